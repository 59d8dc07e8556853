// Questions asked for the first time. The dev-set rounds of pipeline.ts repeat 51 calls, whose words
// the corpus's memos (word readings, scans of the pages) keep after the first round; a reader's
// question is mostly new words. Here every question of the blind sets (tests/fixtures, no
// follow-ups) is asked once, after the dev set has warmed the code, then once more: the first pass
// is what a new question costs, the second what it costs once its words are remembered.

import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { answerQuestion } from '../src/core/answer.ts'
import { buildFromFolder } from '../src/node/build-corpus.ts'
import { devCalls } from './dev-calls.ts'
import { round, summary, table } from './stats.ts'

const FIXTURES = new URL('../tests/fixtures/', import.meta.url).pathname
const CORPORA = [
  { name: 'default', dir: new URL('../corpus', import.meta.url).pathname, sets: 'default-blind' },
  {
    name: 'Hono docs',
    dir: new URL('../../shared/corpora/hono-docs', import.meta.url).pathname,
    sets: 'hono-blind',
  },
]

export interface FirstAskedRow {
  corpus: string
  questions: number
  first: ReturnType<typeof summary> & { mean: number }
  again: ReturnType<typeof summary> & { mean: number }
}

const withMean = (xs: number[]) => ({
  ...summary(xs),
  mean: round(xs.reduce((a, b) => a + b, 0) / xs.length),
})

export async function runFirstAsked(): Promise<{ rows: FirstAskedRow[]; md: string }> {
  const rows: FirstAskedRow[] = []
  for (const c of CORPORA) {
    // The Hono pages live in ../shared, beside the checkout: measured when they are there.
    if (!existsSync(c.dir)) continue
    const { corpus } = await buildFromFolder(c.dir)
    const calls = devCalls(corpus)
    for (let r = 0; r < 20; r++)
      for (const k of calls) answerQuestion(corpus, k.question, k.history)
    const questions: string[] = []
    for (const f of readdirSync(FIXTURES)
      .filter((f) => f.startsWith(c.sets))
      .sort())
      for (const q of JSON.parse(readFileSync(FIXTURES + f, 'utf8')).questions)
        if (!q.history?.length) questions.push(q.question)
    const pass = () =>
      questions.map((q) => {
        const t0 = performance.now()
        answerQuestion(corpus, q)
        return (performance.now() - t0) * 1000
      })
    const first = pass()
    const again = pass()
    rows.push({
      corpus: c.name,
      questions: questions.length,
      first: withMean(first),
      again: withMean(again),
    })
  }
  const md = [
    '### Questions asked for the first time (every blind-set question once, then again)',
    '',
    table(
      ['corpus', 'questions', 'pass', 'median µs', 'mean µs', 'p99 µs'],
      rows.flatMap((r) =>
        (['first', 'again'] as const).map((p) => [
          r.corpus,
          r.questions,
          p,
          round(r[p].median),
          r[p].mean,
          round(r[p].p99),
        ]),
      ),
    ),
  ].join('\n')
  return { rows, md }
}
