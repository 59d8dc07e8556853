// The Node server's app, as `npm start` runs it: settings from the environment, the index built from
// the corpus folder, and answers on a pool of threads (ANSWER_THREADS; 0 answers on the main
// thread). bench/server.ts serves this same app, so the bench measures the production set-up.
//
// The threads are started by startThreads, once the server listens: handing them the index costs
// the main thread time (see index-transfer.ts), and a server that already listens answers on the
// main thread meanwhile, so the threads never delay the first answer.
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'
import { createApp, type App, type AppConfig } from '../app.ts'
import { configFromEnv, type EnvConfig } from '../config.ts'
import type { Corpus } from '../core/corpus.ts'
import { clientOf, exceptLoopback, memoryLimiter } from '../middleware/rate-limit.ts'
import { answerQuestion } from '../core/answer.ts'
import { answerConversation } from '../core/conversation.ts'
import type { Answer } from '../core/types.ts'
import { AnswerJson, type Answerer, type Converser } from '../routes/api.ts'
import { answerThreadsFromEnv, createAnswerPool, type AnswerPool } from './answer-pool.ts'
import { buildFromFolder } from './build-corpus.ts'
import { packIndex } from './index-transfer.ts'

export interface NodeApp {
  app: App
  corpus: Corpus
  env: EnvConfig
  /** What createApp was given besides the corpus and answerer (the bench's floor reuses it). */
  config: AppConfig
  /** Milliseconds spent building the index. */
  ms: number
  /** Answer threads to start (ANSWER_THREADS); 0 answers on the main thread. */
  threads: number
  /**
   * Starts the answer threads (the first call; later ones return the same pool), and resolves once
   * they have been handed the index; undefined when `threads` is 0. Until a thread has loaded it,
   * questions are answered on the main thread.
   */
  startThreads: () => Promise<AnswerPool | undefined>
}

export async function nodeApp(
  dir: string,
  vars: Record<string, string | undefined> = process.env,
): Promise<NodeApp> {
  const env = configFromEnv(vars)
  const threads = answerThreadsFromEnv(vars)
  // Behind a proxy every request comes from the proxy: then the last hop it appended names the client.
  const clientKey = (c: Context) => {
    const forwarded = env.trustProxy
      ? c.req.header('x-forwarded-for')?.split(',').at(-1)
      : undefined
    return clientOf(forwarded || getConnInfo(c).remote.address || 'unknown')
  }
  const { corpus, prebuilt, ms } = await buildFromFolder(dir)
  let pool: AnswerPool | undefined
  let starting: Promise<AnswerPool | undefined> | undefined
  const startThreads = () =>
    (starting ??=
      threads > 0
        ? packIndex(prebuilt)
            .then((index) => (pool = createAnswerPool(index, threads)))
            // Packing or starting the threads failed (a thread that fails later is the pool's):
            // the server already listens, so it goes on answering on the main thread.
            .catch((err: Error) => {
              console.warn(
                `Verbatim: no answer threads (${err.message}); answering on the main thread`,
              )
              return undefined
            })
        : Promise.resolve(undefined))
  // Until the threads are started and one has loaded the index, the main thread answers.
  const answerer: Answerer | undefined =
    threads > 0
      ? (_, q, history, options, givenUp) =>
          pool?.ready()
            ? pool.answer(q, history, options, givenUp).then((json) => new AnswerJson(json))
            : answerQuestion(corpus, q, history, options)
      : undefined
  // The chat page's conversation, replayed on a thread in one job, or here as answerer does.
  const converser: Converser | undefined =
    threads > 0
      ? (_, questions, options, givenUp) =>
          pool?.ready()
            ? pool
                .converse(questions, options, givenUp)
                .then((json) => JSON.parse(json) as Answer[])
            : answerConversation(corpus, questions, options)
      : undefined
  const config: AppConfig = {
    rateLimiter:
      env.rateLimit > 0 ? exceptLoopback(memoryLimiter({ limit: env.rateLimit })) : undefined,
    clientKey,
    corsOrigins: env.corsOrigins,
    requestTimeoutMs: env.requestTimeoutMs,
    logQuestions: env.logQuestions,
  }
  const app = createApp({ corpus, answerer, converser, config })
  return { app, corpus, env, config, ms, threads, startThreads }
}
