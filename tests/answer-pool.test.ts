// The Node answer pool (src/node/answer-pool.ts): answers from its threads must be exactly the
// inline ones, a failing question fails alone, and a dead thread is replaced.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { devCalls } from '../bench/dev-calls.ts'
import { createApp } from '../src/app.ts'
import { answerQuestion } from '../src/core/answer.ts'
import type { Corpus } from '../src/core/corpus.ts'
import type { Turn } from '../src/core/types.ts'
import { answerThreadsFromEnv, createAnswerPool, type AnswerPool } from '../src/node/answer-pool.ts'
import { buildFromFolder } from '../src/node/build-corpus.ts'

let corpus: Corpus
let pool: AnswerPool
beforeAll(async () => {
  const built = await buildFromFolder(new URL('../corpus', import.meta.url).pathname)
  corpus = built.corpus
  pool = createAnswerPool(JSON.stringify(built.prebuilt), 2)
}, 30_000)
afterAll(() => pool.close())

describe('answer pool', () => {
  it('answers every dev-set call exactly as answerQuestion does, all sent at once', async () => {
    const calls = devCalls(corpus)
    const pooled = await Promise.all(calls.map((c) => pool.answer(c.question, c.history)))
    // Byte for byte the JSON the inline answerer's response would carry.
    expect(pooled).toEqual(
      calls.map((c) => JSON.stringify(answerQuestion(corpus, c.question, c.history))),
    )
  })

  it('passes the answer options on', async () => {
    const q = 'What is attachment trauma?'
    expect(await pool.answer(q, [], { k: 1 })).toBe(
      JSON.stringify(answerQuestion(corpus, q, [], { k: 1 })),
    )
  })

  it('fails a question that throws alone, not the others of its batch', async () => {
    const bad = pool.answer('What is trust?', null as unknown as Turn[])
    const good = pool.answer('What is trust?')
    await expect(bad).rejects.toThrow(/answering failed/)
    expect(await good).toBe(JSON.stringify(answerQuestion(corpus, 'What is trust?')))
  })

  it('replaces a thread that dies, failing only the questions it held', async () => {
    const before = pool.workers()
    await before[0].terminate()
    const answers = await Promise.all(
      ['What is trust?', 'What causes attachment trauma?'].map((q) => pool.answer(q)),
    )
    expect(answers[0]).toBe(JSON.stringify(answerQuestion(corpus, 'What is trust?')))
    expect(pool.workers()).toHaveLength(2)
    expect(pool.workers()[0]).not.toBe(before[0])
  })

  it('turns a failed answer into a 500 for that request', async () => {
    const app = createApp({
      corpus,
      config: { log: () => {} },
      answerer: () => Promise.reject(new Error('thread lost')),
    })
    const res = await app.request('/api/answer', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'What is trust?' }),
    })
    expect(res.status).toBe(500)
    expect((await res.json()).error.code).toBe('internal')
  })

  it('reads ANSWER_THREADS: 0 answers inline, unset uses the spare cores', () => {
    expect(answerThreadsFromEnv({ ANSWER_THREADS: '0' })).toBe(0)
    expect(answerThreadsFromEnv({ ANSWER_THREADS: '3' })).toBe(3)
    expect(answerThreadsFromEnv({})).toBeGreaterThanOrEqual(1)
    expect(() => answerThreadsFromEnv({ ANSWER_THREADS: 'two' })).toThrow(/ANSWER_THREADS/)
  })
})
