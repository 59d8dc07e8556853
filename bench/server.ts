// The HTTP bench's server, run in its own process: the real app on one port and the floor on
// another, both made by createApp (same middleware, body reading, validation and JSON reply). The
// floor's answerer skips the pipeline and returns a fixed, real answer of median size.
//   node --import tsx bench/server.ts  → prints {"answer": port, "floor": port, "replyBytes": n}

import { serve } from '@hono/node-server'
import { createApp } from '../src/app.ts'
import { answerQuestion } from '../src/core/answer.ts'
import { buildFromFolder } from '../src/node/build-corpus.ts'
import { devCalls } from './dev-calls.ts'

const dir = process.env.CORPUS_DIR ?? new URL('../corpus', import.meta.url).pathname
const { corpus } = await buildFromFolder(dir)

const replies = devCalls(corpus)
  .map((c) => answerQuestion(corpus, c.question, c.history))
  .sort((a, b) => JSON.stringify(a).length - JSON.stringify(b).length)
const fixed = replies[Math.floor(replies.length / 2)]

const listen = (fetch: (req: Request) => Response | Promise<Response>) =>
  new Promise<number>((resolve) => {
    serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port))
  })

const answer = await listen(createApp({ corpus }).fetch)
const floor = await listen(createApp({ corpus, answerer: () => fixed }).fetch)
console.log(JSON.stringify({ answer, floor, replyBytes: JSON.stringify(fixed).length }))
