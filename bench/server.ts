// The HTTP bench's server, run in its own process: the app exactly as `npm start` makes it (nodeApp:
// answer threads per ANSWER_THREADS, settings from the environment) on one port, and the floor on
// another: the same createApp (same middleware, body reading, validation and JSON reply) whose
// answerer skips the pipeline and returns a fixed, real answer of median size.
//   node --import tsx bench/server.ts  → prints {"answer": port, "floor": port, "replyBytes": n}

import { serve } from '@hono/node-server'
import { createApp } from '../src/app.ts'
import { answerQuestion } from '../src/core/answer.ts'
import { nodeApp } from '../src/node/node-app.ts'
import { devCalls } from './dev-calls.ts'

const dir = process.env.CORPUS_DIR ?? new URL('../corpus', import.meta.url).pathname
const { app, corpus, config, startThreads } = await nodeApp(dir)
const pool = await startThreads()

const replies = devCalls(corpus)
  .map((c) => answerQuestion(corpus, c.question, c.history))
  .sort((a, b) => JSON.stringify(a).length - JSON.stringify(b).length)
const fixed = replies[Math.floor(replies.length / 2)]

const listen = (fetch: (req: Request) => Response | Promise<Response>) =>
  new Promise<number>((resolve) => {
    serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port))
  })

const answer = await listen(app.fetch)
const floor = await listen(createApp({ corpus, config, answerer: () => fixed }).fetch)
console.log(
  JSON.stringify({
    answer,
    floor,
    replyBytes: JSON.stringify(fixed).length,
    threads: pool?.size ?? 0,
  }),
)
process.once('SIGTERM', () => process.exit(0))
