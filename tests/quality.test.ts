// Holds the dev-set floors so answer quality cannot silently drop. Same metric definitions as
// ../shared/qa/score.mjs (tests/fixtures/metrics.mjs is a verbatim copy of its metrics).
import { beforeAll, describe, expect, it } from 'vitest'
import { answerQuestion } from '../src/core/answer.ts'
import { runSet, type QuestionSet } from '../src/eval/run-set.ts'
import devSet from './fixtures/dev.json' with { type: 'json' }
import { scoreOne, summarize, type Summary } from './fixtures/metrics.mjs'
import { defaultCorpus } from './support/corpus.ts'

let summary: Summary
beforeAll(async () => {
  const { corpus } = await defaultCorpus()
  const runs = runSet((q, h) => answerQuestion(corpus, q, h), (devSet as QuestionSet).questions)
  summary = summarize(runs.map(({ question, reply }) => scoreOne(question, reply)))
})

describe('dev-set answer quality', () => {
  it('finds the gold sentence first for most in-scope questions', () => {
    expect(summary.hit1).toBeGreaterThanOrEqual(0.7)
    expect(summary.hit3).toBeGreaterThanOrEqual(0.8)
  })
  it('answers in-scope questions and abstains on out-of-scope ones', () => {
    expect(summary.answered).toBeGreaterThanOrEqual(0.85)
    expect(summary.abstain).toBeGreaterThanOrEqual(0.8)
  })
  it('keeps answers concise', () => {
    expect(summary.medianCitedChars).toBeLessThan(450)
  })
})
