// The server's behaviour under hostile or broken requests: wrong methods, unknown routes, unexpected
// exceptions, slow bodies, floods, cross-origin calls, and what the access log keeps.
import { beforeAll, describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { createApp, type AppConfig } from '../src/app.ts'
import type { Corpus } from '../src/core/corpus.ts'
import { memoryLimiter } from '../src/middleware/rate-limit.ts'
import { AnswerResponseSchema } from '../src/routes/schemas.ts'
import { defaultCorpus } from './support/corpus.ts'
import { expectError, postStream } from './support/http.ts'

let corpus: Corpus
beforeAll(async () => {
  corpus = (await defaultCorpus()).corpus
})

function build(config: AppConfig = {}) {
  const lines: string[] = []
  const app = createApp({ corpus, config: { log: (l) => lines.push(l), ...config } })
  return { app, lines, logged: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) }
}

const ask = (question: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify({ question }),
})

describe('methods and routes', () => {
  it.each([
    ['GET', '/api/answer', 'POST'],
    ['PUT', '/api/answer', 'POST'],
    ['DELETE', '/api/answer', 'POST'],
    ['POST', '/api/documents', 'GET, HEAD'],
    ['DELETE', '/api/documents/broken-trust', 'GET, HEAD'],
    ['POST', '/healthz', 'GET, HEAD'],
  ])('%s %s is 405 with Allow: %s', async (method, path, allow) => {
    const { app } = build()
    const res = await app.request(path, { method })
    await expectError(res, 405, 'method_not_allowed')
    expect(res.headers.get('allow')).toBe(allow)
  })

  it('answers HEAD on GET routes and 404s unknown routes with JSON', async () => {
    const { app } = build()
    expect((await app.request('/healthz', { method: 'HEAD' })).status).toBe(200)
    await expectError(await app.request('/api/nothing'), 404, 'not_found')
    await expectError(await app.request('/api/answer/extra', { method: 'POST' }), 404, 'not_found')
    await expectError(await app.request('/%ZZ'), 404, 'not_found')
  })
})

describe('an unexpected exception', () => {
  const secret = 'index corrupted at /srv/secret/path'
  // A corpus whose search index fails: the kind of fault no validation can rule out.
  const lines: string[] = []
  const broken = () => ({
    app: createApp({
      corpus: {
        ...corpus,
        // Any use of the search index fails, however the search reads it.
        index: new Proxy(
          {},
          {
            get() {
              throw new Error(secret)
            },
          },
        ) as unknown as Corpus['index'],
      },
      config: { log: (l) => lines.push(l) },
    }),
  })

  it('is answered 500 with a generic JSON body naming only the request id, and logged with it', async () => {
    const { app } = broken()
    const res = await app.request('/api/answer', ask('What is attachment trauma?'))
    const body = await expectError(res, 500, 'internal')
    const id = res.headers.get('x-request-id')!
    expect(id).toMatch(/^[\w-]{8,}$/)
    expect(body.error.message).toContain(id)
    const text = JSON.stringify(body)
    expect(text).not.toContain('secret')
    expect(text).not.toMatch(/\bat \w|\.ts\b|Error/)
    const errorLine = lines.map((l) => JSON.parse(l)).find((l) => l.level === 'error')
    expect(errorLine).toMatchObject({ id, method: 'POST', route: '/api/answer', error: 'Error' })
    expect(errorLine.stack.length).toBeGreaterThan(0)
    // The message may quote input; it is left out of the log unless question logging is on.
    expect(lines.join('\n')).not.toContain('secret')
    expect(lines.join('\n')).not.toContain('attachment trauma')
  })
})

describe('request ids and the access log', () => {
  it('writes one JSON line per request with method, route, status, time and id, and no question', async () => {
    const { app, logged } = build()
    const question = 'My partner lied to me about money, how do I trust again?'
    const r1 = await app.request('/api/answer', ask(question))
    const r2 = await app.request('/api/documents/broken-trust')
    const r3 = await app.request('/nowhere/secret-looking-path')
    const lines = logged()
    expect(lines).toHaveLength(3)
    expect(lines[0]).toMatchObject({ method: 'POST', route: '/api/answer', status: 200 })
    expect(lines[1]).toMatchObject({ method: 'GET', route: '/api/documents/:id{.+}', status: 200 })
    expect(lines[2]).toMatchObject({ method: 'GET', route: null, status: 404 })
    for (const [i, res] of [r1, r2, r3].entries()) {
      expect(lines[i].id).toBe(res.headers.get('x-request-id'))
      expect(Date.parse(lines[i].time as string)).not.toBeNaN()
      expect(lines[i].ms).toBeGreaterThanOrEqual(0)
    }
    const all = JSON.stringify(lines)
    expect(all).not.toContain('money')
    expect(all).not.toContain('secret-looking')
  })

  it('logs the question only when explicitly enabled', async () => {
    const { app, logged } = build({ logQuestions: true })
    await app.request('/api/answer', ask('What is attachment trauma?'))
    expect(logged()[0].question).toBe('What is attachment trauma?')
  })

  it("keeps a proxy's plain request id and replaces one that could forge log lines", async () => {
    const { app, logged } = build()
    const a = await app.request('/healthz', { headers: { 'x-request-id': 'edge-1234abcd' } })
    expect(a.headers.get('x-request-id')).toBe('edge-1234abcd')
    const b = await app.request('/healthz', {
      headers: { 'x-request-id': 'x","status":200,"y":"' },
    })
    expect(b.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    expect(logged().map((l) => l.id)).toEqual(['edge-1234abcd', b.headers.get('x-request-id')])
  })
})

describe('request timeout', () => {
  it('answers 408 when the body never finishes arriving', async () => {
    const { app } = build({ requestTimeoutMs: 100 })
    const body = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode('{"question": "wha'))
      },
    })
    const t0 = performance.now()
    const res = await postStream(app, body)
    await expectError(res, 408, 'timeout')
    expect(performance.now() - t0).toBeLessThan(2000)
  })
})

describe('rate limit', () => {
  it('refuses the client over its limit with 429 and Retry-After, and no one else', async () => {
    const { app } = build({ rateLimiter: memoryLimiter({ limit: 3 }) })
    const from = (ip: string) => ask('What is trust?', { 'cf-connecting-ip': ip })
    for (let i = 0; i < 3; i++)
      expect((await app.request('/api/answer', from('1.1.1.1'))).status).toBe(200)
    const refused = await app.request('/api/answer', from('1.1.1.1'))
    await expectError(refused, 429, 'rate_limited')
    const wait = Number(refused.headers.get('retry-after'))
    expect(wait).toBeGreaterThanOrEqual(1)
    // A sliding window: requests of this minute still weigh, fading, through the next one.
    expect(wait).toBeLessThanOrEqual(120)
    expect((await app.request('/api/answer', from('2.2.2.2'))).status).toBe(200)
    // Reading documents costs nothing and is not limited.
    expect(
      (await app.request('/api/documents', { headers: { 'cf-connecting-ip': '1.1.1.1' } })).status,
    ).toBe(200)
  })

  it('also limits questions asked through the chat page, answering with a message on the page', async () => {
    const { app } = build({ rateLimiter: memoryLimiter({ limit: 1 }) })
    const chat = () =>
      app.request('/chat', {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'sec-fetch-site': 'same-origin',
          'hx-request': 'true',
          'cf-connecting-ip': '3.3.3.3',
        },
        body: new URLSearchParams({ question: 'What is trust?' }).toString(),
      })
    expect((await chat()).status).toBe(200)
    const refused = await chat()
    expect(refused.status).toBe(429)
    expect(refused.headers.get('content-type')).toMatch(/text\/html/)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(await refused.text()).toMatch(/Too many questions/)
  })

  it('is off when no limiter is given (RATE_LIMIT=0)', async () => {
    const { app } = build()
    for (let i = 0; i < 200; i++)
      expect((await app.request('/api/answer', ask('trust'))).status).toBe(200)
  })
})

describe('CORS', () => {
  const preflight = {
    method: 'OPTIONS',
    headers: { origin: 'https://friend.example', 'access-control-request-method': 'POST' },
  }

  it('is off by default: no Access-Control headers, preflight refused', async () => {
    const { app } = build()
    const res = await app.request('/api/answer', ask('trust', { origin: 'https://evil.example' }))
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
    const pre = await app.request('/api/answer', preflight)
    expect(pre.status).toBe(405)
    expect(pre.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('allows only the configured origins', async () => {
    const { app } = build({ corsOrigins: ['https://friend.example'] })
    const pre = await app.request('/api/answer', preflight)
    expect(pre.status).toBe(204)
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://friend.example')
    const ok = await app.request('/api/answer', ask('trust', { origin: 'https://friend.example' }))
    expect(z.safeParse(AnswerResponseSchema, await ok.json()).success).toBe(true)
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://friend.example')
    const other = await app.request('/api/answer', ask('trust', { origin: 'https://evil.example' }))
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
  })
})
