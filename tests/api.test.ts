import { beforeAll, describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { createApp, type App } from '../src/app.ts'
import { AnswerResponseSchema, DocumentListSchema, DocumentSchema } from '../src/routes/schemas.ts'
import { defaultCorpus } from './support/corpus.ts'
import { expectError, postStream } from './support/http.ts'

let app: App
beforeAll(async () => {
  app = createApp({ corpus: (await defaultCorpus()).corpus })
})

const post = (
  body: unknown,
  headers: Record<string, string> = { 'content-type': 'application/json' },
) =>
  app.request('/api/answer', {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

describe('POST /api/answer', () => {
  it('returns a cited answer in the documented shape, every citation verbatim', async () => {
    const res = await post({ question: 'What does exposure therapy involve?' })
    expect(res.status).toBe(200)
    const body = z.parse(AnswerResponseSchema, await res.json())
    expect(body.found).toBe(true)
    expect(body.citations.length).toBeGreaterThan(0)
    for (const c of body.citations) {
      const doc = await (await app.request(`/api/documents/${c.docId}`)).json()
      expect(doc.text.slice(c.start, c.end)).toBe(c.text)
      expect(doc.version).toBe(c.version)
      expect(body.answer).toContain(`[${c.id}]`)
    }
  })

  it('abstains with found:false and no citations when the documents are silent', async () => {
    const body = await (await post({ question: 'Who painted the Mona Lisa?' })).json()
    expect(body).toMatchObject({ found: false, citations: [] })
    expect(body.answer).toMatch(/do not answer/)
  })

  it('uses history to answer a follow-up', async () => {
    const history = [
      { role: 'user', content: 'What is cognitive behavioral therapy?' },
      {
        role: 'assistant',
        content:
          'Cognitive behavioral therapy (CBT) focuses on changing negative thought patterns. [1]',
      },
    ]
    const body = await (
      await post({ question: 'And what does it help people recognize?', history })
    ).json()
    expect(body.citations[0].text).toContain('unhealthy beliefs')
  })

  it('honours k', async () => {
    const body = await (await post({ question: 'trust', k: 1 })).json()
    expect(body.citations.length).toBeLessThanOrEqual(1)
  })

  it.each([
    ['a missing question', {}, 'invalid_request'],
    ['an empty question', { question: '   ' }, 'invalid_request'],
    ['a question of the wrong type', { question: 42 }, 'invalid_request'],
    ['a question over 2,000 characters', { question: 'a'.repeat(2001) }, 'invalid_request'],
    [
      'an unknown role in history',
      { question: 'hi there', history: [{ role: 'system', content: 'x' }] },
      'invalid_request',
    ],
    [
      'more than 50 history turns',
      { question: 'hi there', history: Array(51).fill({ role: 'user', content: 'x' }) },
      'invalid_request',
    ],
    ['k out of range', { question: 'trust', k: 11 }, 'invalid_request'],
    ['an array as body', [1, 2], 'invalid_request'],
    ['null as body', null, 'invalid_request'],
  ])('rejects %s with 400', async (_name, body, code) => {
    await expectError(await post(body), 400, code)
  })

  it.each([
    [{}, 'question: is required'],
    [{ question: 42 }, 'question: expected string'],
    [{ question: '   ' }, 'question: must not be empty'],
    [{ question: 'a'.repeat(2001) }, 'question: must be at most 2000 characters'],
    [
      { question: 'hi', history: [{ role: 'user', content: 'x'.repeat(8001) }] },
      'history.0.content: must be at most 8000 characters',
    ],
    [{ question: 'hi', k: '2' }, 'k: must be a whole number from 1 to 10'],
    [{ question: 'hi', k: 2.5 }, 'k: must be a whole number from 1 to 10'],
  ])(
    'says what is wrong with %j, naming the field once and the limit with its unit',
    async (body, message) => {
      const res = await post(body)
      expect(res.status).toBe(400)
      expect((await res.json()).error.message).toBe(message)
    },
  )

  it('rejects malformed JSON with 400', async () => {
    await expectError(await post('{"question": '), 400, 'invalid_json')
  })

  it('rejects a non-JSON content type with 415', async () => {
    await expectError(
      await post('question=hi', { 'content-type': 'application/x-www-form-urlencoded' }),
      415,
      'unsupported_media_type',
    )
    await expectError(await post('{"question":"hi"}', {}), 415, 'unsupported_media_type')
  })

  it('rejects a body over 64 KiB with 413, declared or streamed', async () => {
    const big = JSON.stringify({ question: 'x', pad: 'a'.repeat(70 * 1024) })
    await expectError(await post(big), 413, 'payload_too_large')
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode(big))
        c.close()
      },
    })
    const res = await postStream(app, stream)
    await expectError(res, 413, 'payload_too_large')
  })
})

describe('documents API', () => {
  it('lists documents with title, size and passage count', async () => {
    const body = z.parse(DocumentListSchema, await (await app.request('/api/documents')).json())
    expect(body.documents.map((d) => d.id)).toEqual(['attachment-trauma', 'broken-trust'])
    for (const d of body.documents) {
      expect(d.chars).toBeGreaterThan(1000)
      expect(d.passages).toBeGreaterThan(3)
    }
  })

  it('returns one document by id, and 404 JSON for an unknown id or a path outside the corpus', async () => {
    const doc = z.parse(
      DocumentSchema,
      await (await app.request('/api/documents/broken-trust')).json(),
    )
    expect(doc.text.startsWith('When it comes to sex and intimate relationships')).toBe(true)
    await expectError(await app.request('/api/documents/nope'), 404, 'not_found')
    await expectError(await app.request('/api/documents/..%2Fpackage.json'), 404, 'not_found')
    await expectError(await app.request('/api/documents/../../etc/passwd'), 404, 'not_found')
  })

  it('answers /healthz and 404s unknown routes with JSON', async () => {
    expect((await app.request('/healthz')).status).toBe(200)
    await expectError(await app.request('/nowhere'), 404, 'not_found')
  })
})
