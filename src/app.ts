// createApp: the whole Verbatim app, runtime-agnostic. Node (src/node.ts) and Workers (src/worker.ts)
// only build or load a corpus and hand it in.

import { Hono } from 'hono'
import type { AnswerOptions } from './core/answer.ts'
import type { Answerer } from './routes/api.ts'
import type { Corpus } from './core/corpus.ts'
import { errorBody, HttpError } from './errors.ts'
import { apiRoutes } from './routes/api.ts'

export interface AppConfig {
  /** Answerer settings (citations per answer, abstention threshold); see AnswerOptions. */
  answer?: AnswerOptions
}

export interface AppDeps {
  corpus: Corpus
  config?: AppConfig
  /**
   * What answers a validated question. Defaults to answerQuestion; `npm run bench` passes a function
   * returning a fixed reply to measure the HTTP floor through exactly this stack.
   */
  answerer?: Answerer
}

export function createApp({ corpus, config = {}, answerer }: AppDeps) {
  if (!corpus) throw new Error('Verbatim: createApp needs a corpus (see loadCorpus)')
  const app = new Hono()

  app.get('/healthz', (c) => c.json({ ok: true, documents: corpus.data.docs.length }))
  app.route('/api', apiRoutes({ corpus, answer: config.answer, answerer }))

  app.notFound((c) =>
    c.json(errorBody('not_found', `No route for ${c.req.method} ${c.req.path}.`), 404),
  )
  app.onError((err, c) => {
    if (err instanceof HttpError) return c.json(errorBody(err.code, err.message), err.status)
    console.error(
      JSON.stringify({ level: 'error', path: c.req.path, error: String(err?.stack ?? err) }),
    )
    return c.json(errorBody('internal', 'Something went wrong on our side.'), 500)
  })
  return app
}

export type App = ReturnType<typeof createApp>
