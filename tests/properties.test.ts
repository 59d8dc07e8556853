// Property tests over the HTTP API: whatever arrives, the answer is 200 in the answer shape or a 4xx
// in the error shape; whatever is asked, every citation is verbatim and every [n] has its citation;
// the same question always gets the same answer.
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { createApp, type App } from '../src/app.ts'
import type { Corpus } from '../src/core/corpus.ts'
import { AnswerRequestSchema, AnswerResponseSchema, ErrorSchema } from '../src/routes/schemas.ts'
import { defaultCorpus } from './support/corpus.ts'

let app: App
let corpus: Corpus
let vocabulary: string[]
beforeAll(async () => {
  corpus = (await defaultCorpus()).corpus
  app = createApp({ corpus, config: { log: () => {} } })
  vocabulary = corpus.data.vocabulary.words.list()
})

const post = (body: BodyInit, type = 'application/json') =>
  app.request('/api/answer', { method: 'POST', headers: { 'content-type': type }, body })

/** Checks the documented contract of a response and returns its parsed body. */
async function documented(res: Response) {
  const body = await res.json()
  if (res.status === 200) {
    expect(z.safeParse(AnswerResponseSchema, body).success).toBe(true)
  } else {
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    expect(z.safeParse(ErrorSchema, body).success).toBe(true)
  }
  return body
}

/** Any UTF-16 code unit, lone surrogates and NUL included. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n))
const anyText = fc.oneof(
  fc.string({ unit: anyUnit, maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
)
/** Questions made of the corpus's own words, so that many of them are answered. */
const corpusQuestion = () =>
  fc
    .array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 12 })
    .map((ws) => `${ws.join(' ')}?`)

const turn = fc.record({
  role: fc.oneof(fc.constantFrom('user', 'assistant'), fc.string({ maxLength: 10 })),
  content: anyText,
})
const requestLike = fc.record(
  {
    question: fc.oneof(anyText, fc.anything()),
    history: fc.oneof(fc.array(turn, { maxLength: 6 }), fc.anything()),
    k: fc.oneof(fc.integer({ min: -2, max: 12 }), fc.double(), fc.anything()),
  },
  { requiredKeys: [] },
)

describe('any request body', () => {
  it('any JSON text: 200 in the answer shape or 4xx in the error shape, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.json({ maxDepth: 4 }), async (text) => {
        await documented(await post(text))
      }),
      { numRuns: 300 },
    )
  })

  it('any value serialised: likewise', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything({ maxDepth: 3, withNullPrototype: true }), async (value) => {
        const text = JSON.stringify(value)
        if (text === undefined) return
        await documented(await post(text))
      }),
      { numRuns: 300 },
    )
  })

  it('request-shaped objects: exactly the ones the schema accepts are answered', async () => {
    await fc.assert(
      fc.asyncProperty(requestLike, async (value) => {
        const res = await post(JSON.stringify(value))
        await documented(res)
        const valid = z.safeParse(AnswerRequestSchema, JSON.parse(JSON.stringify(value))).success
        expect(res.status === 200).toBe(valid)
      }),
      { numRuns: 300 },
    )
  })

  it('any bytes, under any content type: never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 400 }),
        fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', ''),
        async (bytes, type) => {
          await documented(await post(bytes, type))
        },
      ),
      { numRuns: 200 },
    )
  })
})

describe('any question', () => {
  const question = () =>
    fc.oneof(
      corpusQuestion(),
      anyText.filter((q) => q.trim().length > 0),
    )

  it('every citation is verbatim and every [n] marker has its citation', async () => {
    await fc.assert(
      fc.asyncProperty(question(), async (q) => {
        const res = await post(JSON.stringify({ question: q }))
        const body = await documented(res)
        if (res.status !== 200) return
        const ids = new Set<number>()
        for (const c of body.citations) {
          const doc = corpus.docs.get(c.docId)!
          expect(doc.text.slice(c.start, c.end)).toBe(c.text)
          expect(c.version).toBe(doc.version)
          ids.add(c.id)
        }
        for (const m of body.answer.matchAll(/\[(\d+)\]/g)) expect(ids.has(Number(m[1]))).toBe(true)
        if (!body.found) expect(body.citations).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('the same question always gets the same answer, from this app or a fresh one', async () => {
    const fresh = createApp({ corpus, config: { log: () => {} } })
    await fc.assert(
      fc.asyncProperty(question(), async (q) => {
        const body = JSON.stringify({ question: q })
        const a = await (await post(body)).text()
        const b = await (await post(body)).text()
        const c = await (
          await fresh.request('/api/answer', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
          })
        ).text()
        expect(b).toBe(a)
        expect(c).toBe(a)
      }),
      { numRuns: 150 },
    )
  })
})
