// npm run eval — answer quality on the dev set (tests/fixtures/dev.json, a copy of
// ../shared/qa/dev.json), with the same metric definitions as ../shared/qa/score.mjs.
//   npm run eval [-- --misses] [-- --corpus DIR --set FILE]

import { readFileSync } from 'node:fs'
import { answerQuestion } from '../core/answer.ts'
import { runSet, type QuestionSet } from '../eval/run-set.ts'
import { buildFromFolder } from '../node/build-corpus.ts'
import { formatSummary, scoreOne, summarize } from '../../tests/fixtures/metrics.mjs'

const args = process.argv.slice(2)
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : fallback
}
const corpusDir = opt('--corpus', new URL('../../corpus', import.meta.url).pathname)
const setFile = opt('--set', new URL('../../tests/fixtures/dev.json', import.meta.url).pathname)

const set = JSON.parse(readFileSync(setFile, 'utf8')) as QuestionSet
const { corpus } = await buildFromFolder(corpusDir)
const runs = runSet((q, h) => answerQuestion(corpus, q, h), set.questions)
const rows = runs.map(({ question, reply }) => scoreOne(question, reply))

if (args.includes('--misses')) {
  runs.forEach(({ question, reply }, i) => {
    const r = rows[i]
    if (r.inScope ? r.hit1 : r.abstained) return
    console.log(`MISS ${question.id} [${question.group}] ${question.question.slice(0, 100)}`)
    console.log(`     top: ${reply.citations[0]?.text.slice(0, 140) ?? '(abstained)'}`)
  })
}
const s = summarize(rows)
console.log(formatSummary('verbatim', s))
console.log('\ngroup          n  hit@1  hit@3  abstain')
for (const [g, v] of Object.entries(s.groups)) {
  const pct = (x?: number) => (x === undefined ? '    -' : `${(100 * x).toFixed(0).padStart(4)}%`)
  console.log(
    `${g.padEnd(13)} ${String(v.n).padStart(2)}  ${pct(v.hit1)}  ${pct(v.hit3)}  ${pct(v.abstain)}`,
  )
}
