// createApp: the whole Verbatim app, runtime-agnostic. Node (src/node.ts) and Workers (src/worker.ts)
// only build or load a corpus and hand it in, with what differs between them (the rate limiter, how
// a client is identified, where logs go).

import { Hono, type Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { cors } from 'hono/cors'
import { methodNotAllowed } from 'hono/method-not-allowed'
import type { AnswerOptions } from './core/answer.ts'
import type { Answerer, Converser } from './routes/api.ts'
import type { Corpus } from './core/corpus.ts'
import { errorBody, HttpError } from './errors.ts'
import { deadline } from './middleware/deadline.ts'
import { securityHeaders } from './middleware/security-headers.ts'
import {
  accessLog,
  describeError,
  requestIds,
  routeOf,
  type LogSink,
} from './middleware/access-log.ts'
import { rateLimit, type RateLimiter } from './middleware/rate-limit.ts'
import { apiRoutes } from './routes/api.ts'
import { chatRoutes } from './routes/chat.tsx'

export interface AppConfig {
  /** Answerer settings (citations per answer, abstention threshold); see AnswerOptions. */
  answer?: AnswerOptions
  /** Per-client limit on the answer endpoints (see rate-limit.ts); none when undefined. */
  rateLimiter?: RateLimiter
  /** Names the client a request counts against. Default: `cf-connecting-ip` (right on Workers). */
  clientKey?: (c: Context) => string
  /** Origins allowed to call /api/* from a browser. Default: none (no CORS headers at all). */
  corsOrigins?: string[]
  /** A request unanswered after this many ms gets a 408. Default 10 000. */
  requestTimeoutMs?: number
  /** Where the one-JSON-line-per-request log goes. Default: console.log. */
  log?: LogSink
  /** Log question text too. Default false: questions are personal. */
  logQuestions?: boolean
}

export interface AppDeps {
  corpus: Corpus
  config?: AppConfig
  /**
   * What answers a validated question, from the JSON API and the chat page alike. Defaults to
   * answerQuestion; Node passes its answer threads (node-app.ts); `npm run bench` passes a function
   * returning a fixed reply to measure the HTTP floor through exactly this stack.
   */
  answerer?: Answerer
  /**
   * What answers the chat page's conversations (its earlier questions replayed, then the new one),
   * with the same answers as `answerer`. Defaults to answerConversation; Node passes its threads.
   */
  converser?: Converser
}

/** JSON routes that answer questions, behind the rate limit (the chat page applies it itself). */
export const ANSWER_PATHS = ['/api/answer']

export function createApp({ corpus, config = {}, answerer, converser }: AppDeps) {
  if (!corpus) throw new Error('Verbatim: createApp needs a corpus (see loadCorpus)')
  const log = config.log ?? ((line: string) => console.log(line))
  const logQuestions = config.logQuestions ?? false
  const app = new Hono()
  app.use(securityHeaders())

  app.use(requestIds())
  app.use(accessLog({ log, logQuestions }))
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) =>
        c.json(
          errorBody(
            'method_not_allowed',
            `${c.req.method} is not allowed here; use ${methods.join(' or ')}.`,
          ),
          405,
          { Allow: methods.join(', ') },
        ),
    }),
  )
  if (config.corsOrigins?.length) {
    const origins = config.corsOrigins
    app.use(
      '/api/*',
      cors({
        origin: origins.includes('*') ? '*' : origins,
        allowMethods: ['GET', 'POST'],
        allowHeaders: ['Content-Type'],
        exposeHeaders: ['Retry-After', 'X-Request-Id'],
        maxAge: 600,
      }),
    )
  }
  app.use(
    deadline(
      config.requestTimeoutMs ?? 10_000,
      new HTTPException(408, { message: 'The request took too long to arrive or to answer.' }),
    ),
  )
  if (config.rateLimiter) {
    const limit = rateLimit({ limiter: config.rateLimiter, clientKey: config.clientKey })
    for (const path of ANSWER_PATHS) app.use(path, limit)
  }

  app.get('/healthz', (c) => c.json({ ok: true, documents: corpus.data.docs.length }))
  app.route('/api', apiRoutes({ corpus, answer: config.answer, answerer }))
  app.route(
    '/',
    chatRoutes({
      corpus,
      answer: config.answer,
      rateLimiter: config.rateLimiter,
      clientKey: config.clientKey,
      converser,
    }),
  )

  app.notFound((c) =>
    c.json(errorBody('not_found', `No route for ${c.req.method} ${c.req.path}.`), 404),
  )
  app.onError((err, c) => {
    if (err instanceof HttpError) return c.json(errorBody(err.code, err.message), err.status)
    if (err instanceof HTTPException && err.status < 500)
      return c.json(
        errorBody(err.status === 408 ? 'timeout' : 'bad_request', err.message || 'Bad request.'),
        err.status,
      )
    const id = c.get('requestId')
    log(
      JSON.stringify({
        level: 'error',
        time: new Date().toISOString(),
        id,
        method: c.req.method,
        route: routeOf(c),
        ...describeError(err, logQuestions),
      }),
    )
    return c.json(errorBody('internal', `Something went wrong on our side (request ${id}).`), 500)
  })
  return app
}

export type App = ReturnType<typeof createApp>
