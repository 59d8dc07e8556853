// npm run eval — answer quality on the dev set (tests/fixtures/dev.json, a copy of
// ../shared/qa/dev.json), with the same metric definitions as ../shared/qa/score.mjs, side by side
// with lunr, MiniSearch and Orama run out of the box over the same sentences (src/eval/baselines.ts).
//   npm run eval [-- --misses] [-- --corpus DIR --set FILE] [-- --slips N [--seed S]]
// --slips N types each question with N slips (src/eval/slips.ts: a letter left out, swapped, a
// neighbouring key, a doubled letter) in N of its words, the same for every system.

import { readFileSync } from 'node:fs'
import { answerQuestion } from '../core/answer.ts'
import { BASELINES } from '../eval/baselines.ts'
import { pageAt1, runSet, type AnswerFn, type QuestionSet } from '../eval/run-set.ts'
import { randomFrom, withSlips } from '../eval/slips.ts'
import { buildFromFolder } from '../node/build-corpus.ts'
import { scoreOne, summarize, type Summary } from '../../tests/fixtures/metrics.mjs'

const args = process.argv.slice(2)
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name)
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback
}
const corpusDir = opt('--corpus', new URL('../../corpus', import.meta.url).pathname)
const setFile = opt('--set', new URL('../../tests/fixtures/dev.json', import.meta.url).pathname)

const set = JSON.parse(readFileSync(setFile, 'utf8')) as QuestionSet
const slips = Number(opt('--slips', '0'))
if (slips > 0) {
  const random = randomFrom(Number(opt('--seed', '1')))
  for (const q of set.questions) q.question = withSlips(q.question, slips, random)
}
const { corpus } = await buildFromFolder(corpusDir)

const systems: Array<[string, AnswerFn]> = [
  ['verbatim', (q, h) => answerQuestion(corpus, q, h)],
  ...Object.entries(BASELINES).map(([name, make]): [string, AnswerFn] => {
    const answer = make(corpus)
    return [name, (q) => answer(q)]
  }),
]

const summaries: Array<[string, Summary]> = []
const pages: number[] = []
for (const [name, answer] of systems) {
  const runs = runSet(answer, set.questions)
  const rows = runs.map(({ question, reply }) => scoreOne(question, reply))
  pages.push(pageAt1(runs))
  if (name === 'verbatim' && args.includes('--misses')) {
    runs.forEach(({ question, reply }, i) => {
      const r = rows[i]
      if (r.inScope ? r.hit1 : r.abstained) return
      console.log(`MISS ${question.id} [${question.group}] ${question.question.slice(0, 100)}`)
      console.log(`     top: ${reply.citations[0]?.text.slice(0, 140) ?? '(abstained)'}`)
    })
    console.log()
  }
  summaries.push([name, summarize(rows)])
}

const pct = (x?: number) =>
  x === undefined || Number.isNaN(x) ? '    -' : `${(100 * x).toFixed(0).padStart(4)}%`
const groups = Object.entries(summaries[0][1].groups).map(([g, v]) => ({
  g,
  n: v.n,
  metric: v.abstain === undefined ? 'hit@1' : 'abstain',
}))

const typed = slips > 0 ? `, each typed with ${slips} slips (seed ${opt('--seed', '1')})` : ''
console.log(`${set.questions.length} questions from ${setFile}${typed}\ncorpus ${corpusDir}\n`)
const head = ['hit@1', 'hit@3', 'recall@3', 'answered', 'abstain', 'page@1', 'cited']
console.log(
  `${'system'.padEnd(11)}${head.map((h) => h.padStart(9)).join('')}  |${groups
    .map(({ g }) => g.slice(0, 12).padStart(13))
    .join('')}`,
)
console.log(
  `${''.padEnd(11)}${''.padEnd(9 * head.length)}  |${groups
    .map(({ n, metric }) => `${metric} n=${n}`.padStart(13))
    .join('')}`,
)
for (const [i, [name, s]] of summaries.entries()) {
  const cells = [s.hit1, s.hit3, s.recall3, s.answered, s.abstain, pages[i]].map(
    (x) => `    ${pct(x)}`,
  )
  const cited = String(s.medianCitedChars).padStart(9)
  const perGroup = groups.map(({ g }) => {
    const v = s.groups[g]
    return pct(v?.hit1 ?? v?.abstain).padStart(13)
  })
  console.log(`${name.padEnd(11)}${cells.join('')}${cited}  |${perGroup.join('')}`)
}
console.log(
  '\npage@1 = share of in-scope questions whose first citation is from the document their gold is in',
)
console.log('cited = median characters cited in the top 3, over in-scope questions')
