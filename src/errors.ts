// Coded errors: thrown anywhere inside, mapped to a response once, in app.onError.

export class HttpError extends Error {
  constructor(
    readonly status: 400 | 404 | 405 | 408 | 413 | 415 | 422 | 429 | 500 | 503,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

export const errorBody = (code: string, message: string) => ({ error: { code, message } })
