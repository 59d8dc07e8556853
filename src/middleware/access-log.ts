// Request ids and the access log: one JSON line per request with what an operator needs (method,
// route pattern, status, duration, request id) and nothing a reader typed. Questions are personal
// here: the question text is logged only when the operator turns it on (LOG_QUESTIONS=1), and the
// raw path is never logged (a pattern such as /api/documents/:id{.+} stands for it).

import type { Context, MiddlewareHandler } from 'hono'
import { matchedRoutes } from 'hono/route'

declare module 'hono' {
  interface ContextVariableMap {
    /** Set by requestIds(): the id echoed in X-Request-Id and in every log line. */
    requestId: string
    /** Set by the answer routes, logged only when logQuestions is on. */
    question?: string
  }
}

export type LogSink = (line: string) => void

/** Accepts a caller's X-Request-Id when it is short and plain (a proxy's id), otherwise makes one. */
export function requestIds(): MiddlewareHandler {
  return async function requestIds(c, next) {
    const given = c.req.header('x-request-id')
    const id = given && /^[\w-]{8,64}$/.test(given) ? given : crypto.randomUUID()
    c.set('requestId', id)
    await next()
    c.res.headers.set('X-Request-Id', id)
  }
}

/** The route pattern that answered, or null when none did (a 404, or a 405 refused early). */
export function routeOf(c: Context): string | null {
  const routes = matchedRoutes(c).filter((r) => r.method !== 'ALL')
  return routes.at(-1)?.path ?? null
}

export interface AccessLogOptions {
  log: LogSink
  logQuestions?: boolean
}

export function accessLog({ log, logQuestions = false }: AccessLogOptions): MiddlewareHandler {
  return async function accessLog(c, next) {
    const t0 = performance.now()
    await next()
    const line: Record<string, unknown> = {
      time: new Date().toISOString(),
      id: c.get('requestId'),
      method: c.req.method,
      route: routeOf(c),
      status: c.res.status,
      ms: Math.round((performance.now() - t0) * 10) / 10,
    }
    const question = c.get('question')
    if (logQuestions && question !== undefined) line.question = question
    log(JSON.stringify(line))
  }
}

/**
 * An unexpected error for the log: its type and stack frames, not its message, which may quote the
 * input (JSON.parse, for one, quotes the body it failed on) unless question logging is on.
 */
export function describeError(err: unknown, withMessage: boolean): Record<string, unknown> {
  if (!(err instanceof Error)) return { error: withMessage ? String(err) : typeof err }
  const frames = (err.stack ?? '')
    .split('\n')
    .filter((l) => /^\s+at /.test(l))
    .map((l) => l.trim())
  return { error: err.name, ...(withMessage ? { message: err.message } : {}), stack: frames }
}
