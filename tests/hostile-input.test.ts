// Bad input of every kind gets a 4xx with the error shape, never a 5xx, and odd but valid questions
// are answered. Complements api.test.ts, which covers the schema's own limits.
import { beforeAll, describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { createApp, type App } from '../src/app.ts'
import type { Corpus } from '../src/core/corpus.ts'
import { AnswerResponseSchema, DocumentSchema } from '../src/routes/schemas.ts'
import { defaultCorpus } from './support/corpus.ts'
import { expectError, postStream } from './support/http.ts'

let app: App
let corpus: Corpus
beforeAll(async () => {
  corpus = (await defaultCorpus()).corpus
  app = createApp({ corpus, config: { log: () => {} } })
})

const post = (body: BodyInit, type: string | null = 'application/json') =>
  app.request('/api/answer', {
    method: 'POST',
    headers: type === null ? {} : { 'content-type': type },
    body,
  })

describe('content types', () => {
  it.each([
    'text/plain',
    'multipart/form-data; boundary=x',
    'application/x-www-form-urlencoded',
    'application/jsonp',
    'application/json-seq',
    'text/json',
    'json',
  ])('refuses %s with 415', async (type) => {
    await expectError(await post('{"question":"trust"}', type), 415, 'unsupported_media_type')
  })

  it.each(['application/json; charset=utf-8', 'Application/JSON', 'application/problem+json'])(
    'accepts %s',
    async (type) => {
      expect((await post('{"question":"trust"}', type)).status).toBe(200)
    },
  )
})

describe('bodies', () => {
  it.each([
    ['not UTF-8', new Uint8Array([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x7d]), 'invalid_encoding'],
    ['empty', '', 'empty_body'],
    ['whitespace', '  \n ', 'empty_body'],
    ['a bare string', '"What is trust?"', 'invalid_request'],
    ['a number', '42', 'invalid_request'],
    ['true', 'true', 'invalid_request'],
    ['trailing garbage', '{"question":"trust"} x', 'invalid_json'],
    ['two objects', '{"question":"a"}{"question":"b"}', 'invalid_json'],
    ['single quotes', "{'question':'trust'}", 'invalid_json'],
    ['a comment', '{"question":"trust" /* hi */}', 'invalid_json'],
    ['NaN', '{"question":"trust","k":NaN}', 'invalid_json'],
  ])('refuses %s with 400', async (_name, body, code) => {
    await expectError(await post(body as BodyInit), 400, code)
  })

  it('refuses 20,000-deep nesting at the top, in history and in k, without a stack overflow', async () => {
    const deep = '['.repeat(20_000) + ']'.repeat(20_000)
    await expectError(await post(deep), 400, 'invalid_request')
    await expectError(await post(`{"question":"trust","history":${deep}}`), 400, 'invalid_request')
    await expectError(await post(`{"question":"trust","k":${deep}}`), 400, 'invalid_request')
    const objects = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000)
    await expectError(await post(`{"question":${objects}}`), 400, 'invalid_request')
  })

  it('ignores unknown fields, deeply nested or not, and a __proto__ key pollutes nothing', async () => {
    const deep = '['.repeat(20_000) + ']'.repeat(20_000)
    expect((await post(`{"question":"trust","extra":${deep}}`)).status).toBe(200)
    const res = await post('{"question":"trust","__proto__":{"k":1,"polluted":true}}')
    expect(res.status).toBe(200)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(z.parse(AnswerResponseSchema, await res.json()).citations.length).toBeGreaterThan(1)
  })

  it.each([
    ['history as an object', { question: 'trust', history: { role: 'user', content: 'x' } }],
    ['history as a string', { question: 'trust', history: 'x' }],
    ['a turn without content', { question: 'trust', history: [{ role: 'user' }] }],
    ['a turn with numeric content', { question: 'trust', history: [{ role: 'user', content: 1 }] }],
    ['a turn as a string', { question: 'trust', history: ['What is trust?'] }],
    [
      'a turn of 8,001 characters',
      { question: 'trust', history: [{ role: 'user', content: 'a'.repeat(8001) }] },
    ],
    ['role in capitals', { question: 'trust', history: [{ role: 'USER', content: 'x' }] }],
    ['k as a string', { question: 'trust', k: '3' }],
    ['k as a fraction', { question: 'trust', k: 2.5 }],
    ['k of zero', { question: 'trust', k: 0 }],
    ['question as an array', { question: ['trust'] }],
    ['question as an object', { question: { toString: 'trust' } }],
    ['question null', { question: null }],
    [
      'question only zero-width spaces and NBSPs, trimmed to nothing',
      { question: '\u00a0\ufeff ' },
    ],
  ])('refuses %s with 400', async (_name, body) => {
    await expectError(await post(JSON.stringify(body)), 400, 'invalid_request')
  })

  it('stops reading a streamed body at the cap: the rest is never pulled, never buffered', async () => {
    let pulled = 0
    const chunk = new TextEncoder().encode(' '.repeat(16 * 1024))
    const endless = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++
        c.enqueue(chunk)
      },
    })
    const res = await postStream(app, endless)
    await expectError(res, 413, 'payload_too_large')
    // 64 KiB is 4 chunks of 16 KiB; the 5th crosses the cap. A stream may pre-pull one or two more.
    expect(pulled).toBeLessThanOrEqual(8)
  })
})

describe('odd Unicode in a question is read, not choked on', () => {
  it.each([
    ['NUL', 'trust\u0000betrayal'],
    ['a lone high surrogate', 'trust \ud800 again'],
    ['a lone low surrogate', '\udc00'],
    ['right-to-left override', '\u202etsurt\u202c rebuild trust'],
    ['emoji only', '😭😭😭💔'],
    ['Chinese', '如何重建信任？'],
    ['Arabic', 'كيف أستعيد الثقة؟'],
    ['Hindi with combining marks', 'विश्वास कैसे बनाएं?'],
    ['zero-width joiners inside a word', 'tr\u200dust after bet\u200drayal'],
    ['fullwidth Latin', 'ｔｒｕｓｔ'],
    ['control characters', '\u0001\u0002trust\u001b[31m'],
    ['the replacement character', '\ufffd\ufffd trust'],
  ])('%s', async (_name, question) => {
    const res = await post(JSON.stringify({ question }))
    expect(res.status).toBe(200)
    const body = z.parse(AnswerResponseSchema, await res.json())
    for (const c of body.citations)
      expect(corpus.docs.get(c.docId)!.text.slice(c.start, c.end)).toBe(c.text)
  })
})

describe('document ids serve corpus documents only', () => {
  const outside = /root:x:0|"name": ?"verbatim"|"dependencies"|compilerOptions/
  it.each([
    '../package.json',
    '..%2Fpackage.json',
    '..%2fpackage.json',
    '%2e%2e%2fpackage.json',
    '%2E%2E/%2E%2E/package.json',
    '..%252Fpackage.json',
    '%252e%252e%252fpackage.json',
    '....//package.json',
    '..\\package.json',
    '..%5cpackage.json',
    '%c0%ae%c0%ae/package.json',
    '%uff0e%uff0e/package.json',
    '/etc/passwd',
    '%2Fetc%2Fpasswd',
    'file:%2F%2F%2Fetc%2Fpasswd',
    'broken-trust%00.md',
    'broken-trust.md',
    'corpus/broken-trust',
    '../corpus/broken-trust.md',
    'BROKEN-TRUST',
    '%00',
    '%ZZ',
    '%',
    'constructor',
    '__proto__',
    'hasOwnProperty',
  ])('%s', async (id) => {
    for (const prefix of ['/api/documents/', '/documents/']) {
      const res = await app.request(prefix + id)
      const text = await res.text()
      expect(text, prefix + id).not.toMatch(outside)
      if (res.status === 200) {
        // Only a real corpus document, reached through URL normalisation, may be served.
        if (prefix === '/api/documents/') {
          const doc = z.parse(DocumentSchema, JSON.parse(text))
          expect(corpus.docs.get(doc.id)?.text).toBe(doc.text)
        }
      } else expect([400, 404]).toContain(res.status)
    }
  })
})

describe("words that name JavaScript's own object properties", () => {
  // Tables keyed by words (text-speak, expansions, frequencies) once answered "constructor" from
  // Object's prototype, and "What is a constructor?" was a 500.
  const names = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'prototype']

  it('are answered as plain words on the default corpus', async () => {
    for (const name of names) {
      const res = await post(JSON.stringify({ question: `What is a ${name}?` }))
      expect(res.status).toBe(200)
      expect(z.safeParse(AnswerResponseSchema, await res.json()).success).toBe(true)
    }
  })

  it('are found when the documents use them', async () => {
    const { ingest } = await import('../src/core/ingest.ts')
    const { loadCorpus } = await import('../src/core/corpus.ts')
    const text =
      '# Classes\n\nA constructor runs when an object is created with new.\n\n' +
      'Every object inherits toString and valueOf from its prototype.\n'
    const built = ingest([{ path: 'js.md', content: text }])
    // Through JSON, as the worker loads it: parsed tables get Object's prototype back.
    const shipped = createApp({
      corpus: loadCorpus(JSON.parse(JSON.stringify(built))),
      config: { log: () => {} },
    })
    const ask = async (question: string) => {
      const res = await shipped.request('/api/answer', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question }),
      })
      expect(res.status).toBe(200)
      return z.parse(AnswerResponseSchema, await res.json())
    }
    expect((await ask('When does a constructor run?')).citations[0].text).toMatch(/constructor/)
    expect((await ask('Where do toString and valueOf come from?')).citations[0].text).toMatch(
      /prototype/,
    )
  })
})
