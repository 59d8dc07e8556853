// What the API tests share: the error shape every refusal must have, and a POST whose body arrives
// as a stream (which no JSON helper of theirs can send).
import { expect } from 'vitest'
import * as z from 'zod/mini'
import type { App } from '../../src/app.ts'
import { ErrorSchema } from '../../src/routes/schemas.ts'

/**
 * The response is a refusal with this status, sent as JSON in the documented error shape, with a
 * message a reader can act on, and (when given) this error code.
 */
export async function expectError(res: Response, status: number, code?: string) {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toMatch(/^application\/json/)
  const body = z.parse(ErrorSchema, await res.json())
  if (code) expect(body.error.code).toBe(code)
  expect(body.error.message.length).toBeGreaterThan(10)
  return body
}

/** POSTs a JSON question whose body is streamed, as a slow or endless client sends it. */
export const postStream = (app: App, body: ReadableStream<Uint8Array>) =>
  app.request('/api/answer', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    // @ts-expect-error: Node's fetch needs duplex for a streamed body
    duplex: 'half',
  })
