// The Node answer pool (src/node/answer-pool.ts): answers from its threads must be exactly the
// inline ones, a failing question fails alone, a dead thread is replaced (and told of), a thread
// that cannot load is not retried forever, threads that keep dying are replaced after a growing wait,
// questions given up on are not sent, questions past the queue's bound are refused as busy, a
// thread holds one batch of at most 16 questions at a time, and a chat turn's conversation is one job.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { devCalls } from '../bench/dev-calls.ts'
import { createApp, type App } from '../src/app.ts'
import { answerQuestion } from '../src/core/answer.ts'
import type { Corpus } from '../src/core/corpus.ts'
import { answerConversation } from '../src/core/conversation.ts'
import type { Answer, Turn } from '../src/core/types.ts'
import { HttpError } from '../src/errors.ts'
import { answerThreadsFromEnv, createAnswerPool, type AnswerPool } from '../src/node/answer-pool.ts'
import { buildFromFolder } from '../src/node/build-corpus.ts'
import { packIndex, unpackIndex } from '../src/node/index-transfer.ts'
import { nodeApp } from '../src/node/node-app.ts'

/** A form post of the chat page, from the page itself (same origin), with these fields. */
const postChat = (app: App, fields: Array<[string, string]>) =>
  app.request('/chat', {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'sec-fetch-site': 'same-origin',
    },
    body: new URLSearchParams(fields).toString(),
  })

let corpus: Corpus
let pool: AnswerPool
let index: SharedArrayBuffer
const warnings: string[] = []
beforeAll(async () => {
  const built = await buildFromFolder(new URL('../corpus', import.meta.url).pathname)
  corpus = built.corpus
  index = await packIndex(built.prebuilt)
  pool = createAnswerPool(index, 2, { warn: (m) => warnings.push(m), restartMs: 10 })
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

  it('answers a conversation in one job, each question after the ones before it, as answered inline', async () => {
    const questions = [
      'What is attachment trauma?',
      'What causes it?',
      'And then?',
      'What is trust?',
    ]
    const json = await pool.converse(questions, { k: 2 })
    expect(json).toBe(JSON.stringify(answerConversation(corpus, questions, { k: 2 })))
    // The same answers the API gives each question with the history the chat page carries.
    const history: Turn[] = []
    const answers = JSON.parse(json) as Answer[]
    questions.forEach((q, i) => {
      expect(answers[i]).toEqual(answerQuestion(corpus, q, history, { k: 2 }))
      history.push({ role: 'user', content: q }, { role: 'assistant', content: answers[i].answer })
    })
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
    await vi.waitFor(() => expect(pool.workers()).toHaveLength(2))
    expect(pool.workers()).not.toContain(before[0])
    expect(warnings.some((m) => /answer thread exited/.test(m))).toBe(true)
  })

  it('waits longer before each restart while threads keep dying, less after good service', async () => {
    const told: string[] = []
    const crashing = createAnswerPool(index, 1, {
      warn: (m) => told.push(m),
      restartMs: 20,
      steadyMs: 1_000,
    })
    const crash = async () => {
      await vi.waitFor(() => expect(crashing.ready()).toBe(true), { timeout: 10_000 })
      const old = crashing.workers()[0]
      await old.terminate()
      await vi.waitFor(
        () => {
          expect(crashing.workers()).toHaveLength(1)
          expect(crashing.workers()[0]).not.toBe(old)
        },
        { timeout: 10_000 },
      )
    }
    await crash()
    await crash()
    await crash()
    // Served a while: the next death is not part of a crash loop.
    await vi.waitFor(() => expect(crashing.ready()).toBe(true), { timeout: 10_000 })
    await new Promise((r) => setTimeout(r, 1_100))
    await crash()
    await crashing.close()
    expect(told.map((m) => /starts in (\d+) ms/.exec(m)?.[1])).toEqual(['20', '40', '80', '20'])
  }, 30_000)

  it('gives each thread one batch of at most 16 questions at a time; the rest wait and go together', async () => {
    const one = createAnswerPool(index, 1)
    await vi.waitFor(() => expect(one.ready()).toBe(true), { timeout: 10_000 })
    const worker = one.workers()[0]
    const sent: number[] = []
    let outstanding = 0
    let most = 0
    const post = worker.postMessage.bind(worker)
    // (A batch crosses as the JSON text of its jobs.)
    worker.postMessage = (jobs: string) => {
      sent.push((JSON.parse(jobs) as unknown[]).length)
      most = Math.max(most, ++outstanding)
      post(jobs)
    }
    // (Before the pool's own listener, which sends the next batch.)
    worker.prependListener('message', () => outstanding--)
    const calls = devCalls(corpus).slice(0, 40)
    const pooled = await Promise.all(calls.map((c) => one.answer(c.question, c.history)))
    expect(pooled).toEqual(
      calls.map((c) => JSON.stringify(answerQuestion(corpus, c.question, c.history))),
    )
    expect(most).toBe(1)
    expect(Math.max(...sent)).toBe(16)
    expect(sent.reduce((a, b) => a + b, 0)).toBe(40)
    await one.close()
  }, 30_000)

  it('does not send a question given up on while it waited', async () => {
    const fresh = createAnswerPool(index, 1)
    // Still loading: both wait; one request is given up on meanwhile.
    const given = new AbortController()
    const dropped = fresh.answer('What is trust?', [], {}, given.signal)
    const kept = fresh.answer('What is trust?')
    given.abort()
    await expect(dropped).rejects.toThrow(/given up on/)
    expect(await kept).toBe(JSON.stringify(answerQuestion(corpus, 'What is trust?')))
    await expect(fresh.answer('What is trust?', [], {}, given.signal)).rejects.toThrow(/given up/)
    await fresh.close()
  }, 30_000)

  it('refuses a question past the bound on those waiting as busy, and answers the rest', async () => {
    const small = createAnswerPool(index, 1, { maxWaiting: 2 })
    try {
      const [a, b, c] = ['What is trust?', 'What is trust?', 'What is trust?'].map((q) =>
        small.answer(q),
      )
      await expect(c).rejects.toMatchObject({ status: 503, code: 'busy' })
      const expected = JSON.stringify(answerQuestion(corpus, 'What is trust?'))
      expect(await a).toBe(expected)
      expect(await b).toBe(expected)
    } finally {
      await small.close()
    }
  }, 30_000)

  it('turns a busy pool into a 503 "busy" for that request', async () => {
    const app = createApp({
      corpus,
      config: { log: () => {} },
      answerer: () => Promise.reject(new HttpError(503, 'busy', 'Too many questions are waiting.')),
    })
    const res = await app.request('/api/answer', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'What is trust?' }),
    })
    expect(res.status).toBe(503)
    expect((await res.json()).error.code).toBe('busy')
  })

  it('replays the chat page\'s conversation in one call, and says "busy" on the page if refused', async () => {
    const calls: string[][] = []
    const page = (converser: Parameters<typeof createApp>[0]['converser']) =>
      postChat(createApp({ corpus, config: { log: () => {} }, converser }), [
        ['asked', 'What is attachment trauma?'],
        ['asked', 'What causes it?'],
        ['n', '2'],
        ['question', 'What is trust?'],
      ])
    const res = await page((c, questions, options) => {
      calls.push(questions)
      return answerConversation(c, questions, options)
    })
    expect(res.status).toBe(200)
    // One job for the threads, whatever the length of the conversation: not one per question.
    expect(calls).toEqual([['What is attachment trauma?', 'What causes it?', 'What is trust?']])
    const busy = await page(() =>
      Promise.reject(new HttpError(503, 'busy', 'Too many questions are waiting.')),
    )
    expect(busy.status).toBe(503)
    expect(await busy.text()).toContain('Too many questions are waiting.')
  })

  it('tells the answerer when its request timed out, so the pool can drop the question', async () => {
    let givenUp: AbortSignal | undefined
    const app = createApp({
      corpus,
      config: { log: () => {}, requestTimeoutMs: 50 },
      answerer: (_, _q, _h, _o, signal) => {
        givenUp = signal
        return new Promise(() => {})
      },
    })
    const res = await app.request('/api/answer', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'What is trust?' }),
    })
    expect(res.status).toBe(408)
    expect(givenUp?.aborted).toBe(true)
  })

  it('stops starting threads that cannot load the index, and says so', async () => {
    const told: string[] = []
    const garbage = new SharedArrayBuffer(16)
    new Uint8Array(garbage).fill(0xff)
    const broken = createAnswerPool(garbage, 1, { warn: (m) => told.push(m), retryMs: 10 })
    try {
      for (let t = 0; t < 300 && !told.some((m) => /pool is off/.test(m)); t++)
        await new Promise((r) => setTimeout(r, 100))
      expect(told.filter((m) => /answer thread failed/.test(m))).toHaveLength(3)
      expect(told.at(-1)).toMatch(/failed to load 3 times; the pool is off/)
      expect(broken.ready()).toBe(false)
      expect(broken.workers()).toHaveLength(0)
      await expect(broken.answer('What is trust?')).rejects.toThrow(/no answer thread/)
    } finally {
      await broken.close()
    }
  }, 60_000)

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

  it('packs the index so that it reads back whole, yielding between slices', async () => {
    const built = await buildFromFolder(new URL('../corpus', import.meta.url).pathname)
    let pauses = 0
    const packed = await packIndex(built.prebuilt, async () => void pauses++)
    // One pause per slice of each array and one after each field: the loop is never held long.
    expect(pauses).toBeGreaterThan(Object.keys(built.prebuilt).length)
    const back = unpackIndex(packed)
    expect(Object.keys(back)).toEqual(Object.keys(built.prebuilt))
    expect(JSON.stringify(back)).toBe(JSON.stringify(built.prebuilt))
  })

  it('reads ANSWER_THREADS: 0 answers inline, unset uses the spare cores', () => {
    expect(answerThreadsFromEnv({ ANSWER_THREADS: '0' })).toBe(0)
    expect(answerThreadsFromEnv({ ANSWER_THREADS: '3' })).toBe(3)
    expect(answerThreadsFromEnv({})).toBeGreaterThanOrEqual(1)
    expect(() => answerThreadsFromEnv({ ANSWER_THREADS: 'two' })).toThrow(/ANSWER_THREADS/)
  })
})

describe('node app', () => {
  const dir = new URL('../corpus', import.meta.url).pathname
  const ask = async (app: App, question: string) =>
    (
      await app.request('/api/answer', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question }),
      })
    ).text()
  const chat = async (app: App, question: string) =>
    (
      await postChat(app, [
        ['asked', 'What is attachment trauma?'],
        ['question', question],
      ])
    ).text()

  it('answers on the main thread before its threads are ready, then on them, alike', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {})
    const node = await nodeApp(dir, { ANSWER_THREADS: '1', RATE_LIMIT: '0' })
    const inline = await nodeApp(dir, { ANSWER_THREADS: '0', RATE_LIMIT: '0' })
    const questions = devCalls(node.corpus)
      .filter((c) => !c.history.length)
      .map((c) => c.question)
      .slice(0, 8)
    const expected = questions.map((q) => JSON.stringify(answerQuestion(node.corpus, q)))
    try {
      // Not started: the server may already listen, and must answer.
      expect(await Promise.all(questions.map((q) => ask(node.app, q)))).toEqual(expected)
      // Started, still loading: answered on the main thread meanwhile.
      const starting = node.startThreads()
      expect(await Promise.all(questions.map((q) => ask(node.app, q)))).toEqual(expected)
      const pool = (await starting)!
      expect(await node.startThreads()).toBe(pool)
      await vi.waitFor(() => expect(pool.ready()).toBe(true), { timeout: 20_000 })
      expect(await Promise.all(questions.map((q) => ask(node.app, q)))).toEqual(expected)
      // The chat page answers through the same answerer, and shows what answering inline shows.
      for (const q of questions.slice(0, 3))
        expect(await chat(node.app, q)).toBe(await chat(inline.app, q))
    } finally {
      await (await node.startThreads())?.close()
      vi.restoreAllMocks()
    }
  }, 60_000)

  it('starts no threads when ANSWER_THREADS is 0', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {})
    const inline = await nodeApp(dir, { ANSWER_THREADS: '0' })
    vi.restoreAllMocks()
    expect(inline.threads).toBe(0)
    expect(await inline.startThreads()).toBeUndefined()
  })
})
