// The request timeout: Hono's timeout middleware (a 408 past `ms`), which also tells the handler
// that its request was given up on. Hono's own only rejects: the handler runs on, and on Node the
// answer pool would still answer a question whose client already has its 408 (under overload,
// every one of them). The signal lets the pool drop such a question before it is sent.
// (The request's own signal, aborted when the client disconnects, is not read: on Node reading it
// turns the server's light request object into a full Request.)

import type { HTTPException } from 'hono/http-exception'
import type { MiddlewareHandler } from 'hono'

declare module 'hono' {
  interface ContextVariableMap {
    /** Set by deadline(): aborted when the request has timed out (its 408 is sent). */
    givenUp?: AbortSignal
  }
}

/** Fails the request with `exception` past `ms`, and aborts its `givenUp` signal. */
export function deadline(ms: number, exception: HTTPException): MiddlewareHandler {
  return async function deadline(c, next) {
    const given = new AbortController()
    c.set('givenUp', given.signal)
    let timer: ReturnType<typeof setTimeout> | undefined
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        given.abort()
        reject(exception)
      }, ms)
    })
    try {
      await Promise.race([next(), late])
    } finally {
      if (timer !== undefined) clearTimeout(timer)
    }
  }
}
