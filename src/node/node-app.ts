// The Node server's app, as `npm start` runs it: settings from the environment, the index built from
// the corpus folder, and answers on a pool of threads (ANSWER_THREADS; 0 answers on the main
// thread). bench/server.ts serves this same app, so the bench measures the production set-up.
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'
import { createApp, type App, type AppConfig } from '../app.ts'
import { configFromEnv, type EnvConfig } from '../config.ts'
import type { Corpus } from '../core/corpus.ts'
import { clientOf, exceptLoopback, memoryLimiter } from '../middleware/rate-limit.ts'
import { answerQuestion } from '../core/answer.ts'
import { AnswerJson, type Answerer } from '../routes/api.ts'
import { answerThreadsFromEnv, createAnswerPool, type AnswerPool } from './answer-pool.ts'
import { buildFromFolder } from './build-corpus.ts'

export interface NodeApp {
  app: App
  corpus: Corpus
  env: EnvConfig
  /** What createApp was given besides the corpus and answerer (the bench's floor reuses it). */
  config: AppConfig
  /** Milliseconds spent building the index. */
  ms: number
  /** The answer threads; undefined when answering on the main thread. */
  pool?: AnswerPool
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
  const pool = threads > 0 ? createAnswerPool(JSON.stringify(prebuilt), threads) : undefined
  // Until a thread has loaded the index (a few hundred ms), the main thread answers, so starting
  // the pool does not delay the first answer.
  const answerer: Answerer | undefined =
    pool &&
    ((_, q, history, options, givenUp) =>
      pool.ready()
        ? pool.answer(q, history, options, givenUp).then((json) => new AnswerJson(json))
        : answerQuestion(corpus, q, history, options))
  const config: AppConfig = {
    rateLimiter:
      env.rateLimit > 0 ? exceptLoopback(memoryLimiter({ limit: env.rateLimit })) : undefined,
    clientKey,
    corsOrigins: env.corsOrigins,
    requestTimeoutMs: env.requestTimeoutMs,
    logQuestions: env.logQuestions,
  }
  const app = createApp({ corpus, answerer, config })
  return { app, corpus, env, config, ms, pool }
}
