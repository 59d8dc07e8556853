// The peers of `npm run eval`: they must quote the same sentences Verbatim may cite, abstain only
// when their library finds nothing, and stay behind Verbatim on the dev set.
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { answerQuestion } from '../src/core/answer.ts'
import type { Corpus } from '../src/core/corpus.ts'
import { BASELINES, citableSentences } from '../src/eval/baselines.ts'
import { runSet, type AnswerFn, type QuestionSet } from '../src/eval/run-set.ts'
import devSet from './fixtures/dev.json' with { type: 'json' }
import defaultBlind from './fixtures/default-blind.json' with { type: 'json' }
import defaultBlind2 from './fixtures/default-blind2.json' with { type: 'json' }
import defaultBlind3 from './fixtures/default-blind3.json' with { type: 'json' }
import defaultBlind4 from './fixtures/default-blind4.json' with { type: 'json' }
import defaultBlind5 from './fixtures/default-blind5.json' with { type: 'json' }
import defaultBlind6 from './fixtures/default-blind6.json' with { type: 'json' }
import defaultBlind7 from './fixtures/default-blind7.json' with { type: 'json' }
import defaultBlind8 from './fixtures/default-blind8.json' with { type: 'json' }
import defaultBlind9 from './fixtures/default-blind9.json' with { type: 'json' }
import defaultBlind10 from './fixtures/default-blind10.json' with { type: 'json' }
import defaultBlind11 from './fixtures/default-blind11.json' with { type: 'json' }
import defaultBlind12 from './fixtures/default-blind12.json' with { type: 'json' }
import defaultBlind13 from './fixtures/default-blind13.json' with { type: 'json' }
import defaultBlind14 from './fixtures/default-blind14.json' with { type: 'json' }
import defaultBlind15 from './fixtures/default-blind15.json' with { type: 'json' }
import defaultBlind16 from './fixtures/default-blind16.json' with { type: 'json' }
import honoBlind from './fixtures/hono-blind.json' with { type: 'json' }
import honoBlind2 from './fixtures/hono-blind2.json' with { type: 'json' }
import honoBlind3 from './fixtures/hono-blind3.json' with { type: 'json' }
import honoBlind4 from './fixtures/hono-blind4.json' with { type: 'json' }
import honoBlind5 from './fixtures/hono-blind5.json' with { type: 'json' }
import honoBlind6 from './fixtures/hono-blind6.json' with { type: 'json' }
import honoBlind7 from './fixtures/hono-blind7.json' with { type: 'json' }
import honoBlind8 from './fixtures/hono-blind8.json' with { type: 'json' }
import honoBlind9 from './fixtures/hono-blind9.json' with { type: 'json' }
import honoBlind10 from './fixtures/hono-blind10.json' with { type: 'json' }
import honoBlind11 from './fixtures/hono-blind11.json' with { type: 'json' }
import honoBlind12 from './fixtures/hono-blind12.json' with { type: 'json' }
import honoBlind13 from './fixtures/hono-blind13.json' with { type: 'json' }
import honoBlind14 from './fixtures/hono-blind14.json' with { type: 'json' }
import honoBlind15 from './fixtures/hono-blind15.json' with { type: 'json' }
import honoBlind16 from './fixtures/hono-blind16.json' with { type: 'json' }
import honoHeldout from './fixtures/hono-heldout.json' with { type: 'json' }
import honoSet from './fixtures/hono-questions.json' with { type: 'json' }
import { normalize, scoreOne, summarize, type Summary } from './fixtures/metrics.mjs'
import { defaultCorpus, SHARED_DIR } from './support/corpus.ts'

let corpus: Corpus
beforeAll(async () => {
  ;({ corpus } = await defaultCorpus())
})

const score = (answer: AnswerFn): Summary =>
  summarize(
    runSet(answer, (devSet as QuestionSet).questions).map(({ question, reply }) =>
      scoreOne(question, reply),
    ),
  )

describe.each(Object.keys(BASELINES))('%s out of the box', (name) => {
  it('cites at most three whole citable sentences, exactly as the document has them', () => {
    const answer = BASELINES[name](corpus)
    const citable = new Set(citableSentences(corpus).map((d) => d.text))
    const reply = answer('What can help rebuild trust after a betrayal?')
    expect(reply.found).toBe(true)
    expect(reply.citations.length).toBeGreaterThan(0)
    expect(reply.citations.length).toBeLessThanOrEqual(3)
    for (const c of reply.citations) {
      expect(corpus.docs.get(c.docId)!.text.slice(c.start, c.end)).toBe(c.text)
      expect(citable.has(c.text)).toBe(true)
    }
  })

  it('abstains only when no indexed word matches', () => {
    const answer = BASELINES[name](corpus)
    expect(answer('qwzx vbnmpl')).toEqual({ found: false, answer: '', citations: [] })
    // Any shared word is enough for a library to answer, however far off the question is.
    expect(answer('How much does trust weigh in kilograms?').found).toBe(true)
  })

  it('reads a question as words, never as its library’s query syntax', () => {
    const answer = BASELINES[name](corpus)
    // lunr read "~200" as 200 edits of "trust" (out of memory after two minutes) and throws on a
    // field that does not exist ("c.req.query('x'):"): the question's words are searched instead.
    for (const question of ['rebuild trust, ~200 ways?', "c.req.query('x'): rebuild trust?"])
      expect(answer(question).citations[0]?.text).toBe(
        answer(question.replace(/[~:]/g, ' ')).citations[0]?.text,
      )
  })
})

describe('Verbatim against its peers on the dev set', () => {
  it('ranks the gold sentence first and abstains more often than every peer', () => {
    const ours = score((q, h) => answerQuestion(corpus, q, h))
    for (const make of Object.values(BASELINES)) {
      const answer = make(corpus)
      const peer = score((q) => answer(q))
      expect(ours.hit1).toBeGreaterThan(peer.hit1)
      expect(ours.abstain).toBeGreaterThan(peer.abstain)
    }
  })
})

describe.each([
  ['hono-questions.json', honoSet],
  ['hono-heldout.json', honoHeldout],
  ['hono-blind.json', honoBlind],
  ['hono-blind2.json', honoBlind2],
  ['hono-blind3.json', honoBlind3],
  ['hono-blind4.json', honoBlind4],
  ['hono-blind5.json', honoBlind5],
  ['hono-blind6.json', honoBlind6],
  ['hono-blind7.json', honoBlind7],
  ['hono-blind8.json', honoBlind8],
  ['hono-blind9.json', honoBlind9],
  ['hono-blind10.json', honoBlind10],
  ['hono-blind11.json', honoBlind11],
  ['hono-blind12.json', honoBlind12],
  ['hono-blind13.json', honoBlind13],
  ['hono-blind14.json', honoBlind14],
  ['hono-blind15.json', honoBlind15],
  ['hono-blind16.json', honoBlind16],
])('the Hono question set %s', (_file, questions) => {
  // Pages repeat some sentences word for word (the Bun and Deno pages share their serveStatic
  // paragraphs): such a gold sentence is one answer wherever it is cited, as the scorer matches
  // text. Every gold is on some page, and the page a question names holds one of its golds.
  it('takes every gold sentence word for word from the pages, one from the page it names', () => {
    const set = questions as QuestionSet & { documents: Record<string, string> }
    const pages = new Map(
      Object.entries(set.documents).map(([id, file]) => [
        id,
        normalize(readFileSync(`${SHARED_DIR}/corpora/hono-docs/${file}`, 'utf8')),
      ]),
    )
    for (const q of set.questions) {
      if (q.doc == null) continue
      expect(pages.has(q.doc), q.id).toBe(true)
      for (const gold of q.gold) {
        const found = [...pages.values()].some((page) => page.includes(normalize(gold)))
        expect({ id: q.id, gold, found }).toEqual({ id: q.id, gold, found: true })
      }
      const named = q.gold.some((gold) => pages.get(q.doc!)!.includes(normalize(gold)))
      expect({ id: q.id, named }).toEqual({ id: q.id, named: true })
    }
  })
})

describe('the held-out Hono set', () => {
  it('shares no question with the set it checks', () => {
    const asked = new Set((honoSet as QuestionSet).questions.map((q) => q.question))
    for (const q of (honoHeldout as QuestionSet).questions)
      expect(asked.has(q.question)).toBe(false)
  })
})

describe.each([
  ['default-blind.json', defaultBlind],
  ['default-blind2.json', defaultBlind2],
  ['default-blind3.json', defaultBlind3],
  ['default-blind4.json', defaultBlind4],
  ['default-blind5.json', defaultBlind5],
  ['default-blind6.json', defaultBlind6],
  ['default-blind7.json', defaultBlind7],
  ['default-blind8.json', defaultBlind8],
  ['default-blind9.json', defaultBlind9],
  ['default-blind10.json', defaultBlind10],
  ['default-blind11.json', defaultBlind11],
  ['default-blind12.json', defaultBlind12],
  ['default-blind13.json', defaultBlind13],
  ['default-blind14.json', defaultBlind14],
  ['default-blind15.json', defaultBlind15],
  ['default-blind16.json', defaultBlind16],
])('the blind default-corpus set %s', (_file, questions) => {
  it('takes every gold sentence word for word from the default corpus', () => {
    const text = ['attachment-trauma.md', 'broken-trust.md']
      .map((f) => normalize(readFileSync(new URL(`../corpus/${f}`, import.meta.url), 'utf8')))
      .join('\n')
    for (const q of (questions as QuestionSet).questions)
      for (const gold of q.gold)
        expect({ id: q.id, found: text.includes(normalize(gold)) }).toEqual({
          id: q.id,
          found: true,
        })
  })

  it('shares no question with the dev set', () => {
    const asked = new Set((devSet as QuestionSet).questions.map((q) => q.question))
    for (const q of (questions as QuestionSet).questions) expect(asked.has(q.question)).toBe(false)
  })
})
