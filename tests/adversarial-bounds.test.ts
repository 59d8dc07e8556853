// The answer path is synchronous CPU that no timeout can interrupt, so the work one question can cause
// must be bounded by construction (capped concepts, no prefix or fuzzy search, capped expansions).
// This proves the bound on the default corpus: every hostile question the API accepts answers in well
// under 50 ms of CPU. `npm run bound:10mb` checks the same inputs against a 10 MB corpus.
import { beforeAll, describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { createApp, type App } from '../src/app.ts'
import { AnswerRequestSchema, AnswerResponseSchema } from '../src/routes/schemas.ts'
import { adversarialQuestions } from './support/adversarial.ts'
import { defaultCorpus } from './support/corpus.ts'

const BUDGET_MS = 50
/** Calls before the measured ones, so that V8 has optimised the pipeline (see below). */
const WARM_UP = 10
const RUNS = 7

let app: App
let vocabulary: string[]
beforeAll(async () => {
  const { corpus } = await defaultCorpus()
  app = createApp({ corpus, config: { log: () => {} } })
  vocabulary = corpus.data.vocabulary.words.list()
})

/** CPU time (user + system) of one request, in ms: wall time would count other test files too. */
async function cpuMs(body: unknown): Promise<{ ms: number; status: number; json: unknown }> {
  const t0 = process.cpuUsage()
  const res = await app.request('/api/answer', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  const json = await res.json()
  const d = process.cpuUsage(t0)
  return { ms: (d.user + d.system) / 1000, status: res.status, json }
}

describe(`every question the API accepts answers within ${BUDGET_MS} ms of CPU (median of runs)`, () => {
  it('the inputs are all accepted by the request schema (else the bound proves nothing)', () => {
    for (const a of adversarialQuestions(vocabulary)) {
      const parsed = z.safeParse(AnswerRequestSchema, { question: a.question, history: a.history })
      expect(parsed.success, a.name).toBe(true)
    }
  })

  it.each(adversarialQuestions(['placeholder']).map((a) => a.name))('%s', async (name) => {
    const a = adversarialQuestions(vocabulary).find((x) => x.name === name)!
    const body = { question: a.question, history: a.history }
    // The process's CPU time also counts V8's compiler threads, which optimise the pipeline in the
    // background during the first dozen calls: for "corpus words with typos" calls 2 to 13 took 10 to
    // 48 ms of CPU for 6 to 25 ms of wall time, and the steady state is 6 to 10 ms. The worst of a few
    // runs therefore measured when V8 compiled (it failed CI at 66 ms), not what the question costs.
    // So: warm up, then bound the median of the runs, which one compile or GC spike cannot move but a
    // question that really costs more than the budget always exceeds.
    const first = await cpuMs(body)
    expect(first.status).toBe(200)
    expect(z.safeParse(AnswerResponseSchema, first.json).success).toBe(true)
    for (let i = 0; i < WARM_UP - 1; i++) await cpuMs(body)
    const runs: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const { ms, status } = await cpuMs(body)
      expect(status).toBe(200)
      runs.push(ms)
    }
    runs.sort((x, y) => x - y)
    const median = runs[RUNS >> 1]
    console.log(
      `${name}: median ${median.toFixed(1)}, worst ${runs[RUNS - 1].toFixed(1)} ms CPU over ${RUNS} runs`,
    )
    expect(median, `${name}: median of ${RUNS} runs`).toBeLessThan(BUDGET_MS)
  })
})
