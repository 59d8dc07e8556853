// Every response carries the security headers, whatever produced it: a JSON answer, a document, a
// 404, a 405, a 4xx from validation, a 429, a 500. The headers come from the security-headers
// middleware (src/middleware/security-headers.ts, with the chat page); this file asserts them on
// every kind of response so that no route or error path can skip them.
import { beforeAll, describe, expect, it } from 'vitest'
import { createApp, type App } from '../src/app.ts'
import type { Corpus } from '../src/core/corpus.ts'
import { memoryLimiter } from '../src/middleware/rate-limit.ts'
import { defaultCorpus } from './support/corpus.ts'

let app: App
let broken: App
beforeAll(async () => {
  const { corpus } = await defaultCorpus()
  app = createApp({ corpus, config: { log: () => {}, rateLimiter: memoryLimiter({ limit: 1 }) } })
  const failing = {
    ...corpus,
    // Any use of the search index fails, however the search reads it.
    index: new Proxy(
      {},
      {
        get() {
          throw new Error('boom')
        },
      },
    ),
  } as unknown as Corpus
  broken = createApp({ corpus: failing, config: { log: () => {} } })
})

const json = (body: string, ip: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', 'cf-connecting-ip': ip },
  body,
})

const cases: Array<[string, () => Response | Promise<Response>, number]> = [
  ['an answer', () => app.request('/api/answer', json('{"question":"trust"}', '10.0.0.1')), 200],
  ['the document list', () => app.request('/api/documents'), 200],
  ['a document', () => app.request('/api/documents/broken-trust'), 200],
  ['the health check', () => app.request('/healthz'), 200],
  ['a HEAD request', () => app.request('/healthz', { method: 'HEAD' }), 200],
  ['an unknown route', () => app.request('/nowhere'), 404],
  ['an unknown document', () => app.request('/api/documents/nope'), 404],
  ['a wrong method', () => app.request('/api/answer', { method: 'GET' }), 405],
  ['malformed JSON', () => app.request('/api/answer', json('{', '10.0.0.2')), 400],
  [
    'a wrong content type',
    () => app.request('/api/answer', { method: 'POST', body: 'question=hi' }),
    415,
  ],
  [
    'a body too large',
    () => app.request('/api/answer', json(`{"q":"${'a'.repeat(70_000)}"}`, '10.0.0.3')),
    413,
  ],
  [
    'a rate-limited request',
    async () => {
      await app.request('/api/answer', json('{"question":"trust"}', '10.0.0.9'))
      return app.request('/api/answer', json('{"question":"trust"}', '10.0.0.9'))
    },
    429,
  ],
  [
    'an unexpected exception',
    () => broken.request('/api/answer', json('{"question":"trust"}', '10.0.0.4')),
    500,
  ],
]

describe('security headers on every response', () => {
  it.each(cases)('%s', async (_name, send, status) => {
    const res = await send()
    expect(res.status).toBe(status)
    const csp = res.headers.get('content-security-policy')
    expect(csp, 'Content-Security-Policy').toBeTruthy()
    const directives = new Map(
      csp!
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name.toLowerCase(), values]),
    )
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
    expect(directives.has('default-src')).toBe(true)
    const scripts = directives.get('script-src') ?? directives.get('default-src')!
    for (const loose of ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:', 'data:'])
      expect(scripts, `script-src allows ${loose}`).not.toContain(loose)
    expect(directives.get('object-src') ?? directives.get('default-src')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toBeDefined()
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect([
      'no-referrer',
      'same-origin',
      'strict-origin',
      'strict-origin-when-cross-origin',
    ]).toContain(res.headers.get('referrer-policy'))
    expect(res.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/)
  })
})
