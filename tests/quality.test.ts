// Holds the answer-quality floors reached so far, so quality cannot silently drop. Same metric
// definitions as ../shared/qa/score.mjs (tests/fixtures/metrics.mjs is a verbatim copy of its
// metrics). The Hono sets are question sets of our own on ../shared/corpora/hono-docs; the
// held-out one was written after ranking had been tuned on the other.
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { answerQuestion } from '../src/core/answer.ts'
import { runSet, type QuestionSet } from '../src/eval/run-set.ts'
import { buildFromFolder } from '../src/node/build-corpus.ts'
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
import defaultBlind17 from './fixtures/default-blind17.json' with { type: 'json' }
import defaultBlind18 from './fixtures/default-blind18.json' with { type: 'json' }
import defaultBlind19 from './fixtures/default-blind19.json' with { type: 'json' }
import defaultBlind20 from './fixtures/default-blind20.json' with { type: 'json' }
import defaultBlind21 from './fixtures/default-blind21.json' with { type: 'json' }
import defaultBlind22 from './fixtures/default-blind22.json' with { type: 'json' }
import defaultBlind23 from './fixtures/default-blind23.json' with { type: 'json' }
import defaultBlind24 from './fixtures/default-blind24.json' with { type: 'json' }
import defaultBlind25 from './fixtures/default-blind25.json' with { type: 'json' }
import defaultBlind26 from './fixtures/default-blind26.json' with { type: 'json' }
import defaultBlind27 from './fixtures/default-blind27.json' with { type: 'json' }
import defaultBlind28 from './fixtures/default-blind28.json' with { type: 'json' }
import defaultBlind29 from './fixtures/default-blind29.json' with { type: 'json' }
import defaultBlind30 from './fixtures/default-blind30.json' with { type: 'json' }
import defaultBlind31 from './fixtures/default-blind31.json' with { type: 'json' }
import defaultBlind32 from './fixtures/default-blind32.json' with { type: 'json' }
import defaultBlind33 from './fixtures/default-blind33.json' with { type: 'json' }
import defaultBlind34 from './fixtures/default-blind34.json' with { type: 'json' }
import defaultBlind35 from './fixtures/default-blind35.json' with { type: 'json' }
import defaultBlind36 from './fixtures/default-blind36.json' with { type: 'json' }
import defaultBlind37 from './fixtures/default-blind37.json' with { type: 'json' }
import defaultBlind38 from './fixtures/default-blind38.json' with { type: 'json' }
import defaultBlind39 from './fixtures/default-blind39.json' with { type: 'json' }
import defaultBlind40 from './fixtures/default-blind40.json' with { type: 'json' }
import defaultBlind41 from './fixtures/default-blind41.json' with { type: 'json' }
import defaultBlind42 from './fixtures/default-blind42.json' with { type: 'json' }
import defaultBlind43 from './fixtures/default-blind43.json' with { type: 'json' }
import defaultBlind44 from './fixtures/default-blind44.json' with { type: 'json' }
import defaultBlind45 from './fixtures/default-blind45.json' with { type: 'json' }
import defaultBlind46 from './fixtures/default-blind46.json' with { type: 'json' }
import defaultBlind47 from './fixtures/default-blind47.json' with { type: 'json' }
import defaultBlind48 from './fixtures/default-blind48.json' with { type: 'json' }
import defaultBlind49 from './fixtures/default-blind49.json' with { type: 'json' }
import defaultBlind50 from './fixtures/default-blind50.json' with { type: 'json' }
import defaultBlind51 from './fixtures/default-blind51.json' with { type: 'json' }
import defaultBlind52 from './fixtures/default-blind52.json' with { type: 'json' }
import defaultBlind53 from './fixtures/default-blind53.json' with { type: 'json' }
import defaultBlind54 from './fixtures/default-blind54.json' with { type: 'json' }
import defaultBlind55 from './fixtures/default-blind55.json' with { type: 'json' }
import defaultBlind56 from './fixtures/default-blind56.json' with { type: 'json' }
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
import honoBlind17 from './fixtures/hono-blind17.json' with { type: 'json' }
import honoBlind18 from './fixtures/hono-blind18.json' with { type: 'json' }
import honoBlind19 from './fixtures/hono-blind19.json' with { type: 'json' }
import honoBlind20 from './fixtures/hono-blind20.json' with { type: 'json' }
import honoBlind21 from './fixtures/hono-blind21.json' with { type: 'json' }
import honoBlind22 from './fixtures/hono-blind22.json' with { type: 'json' }
import honoBlind23 from './fixtures/hono-blind23.json' with { type: 'json' }
import honoBlind24 from './fixtures/hono-blind24.json' with { type: 'json' }
import honoBlind25 from './fixtures/hono-blind25.json' with { type: 'json' }
import honoBlind26 from './fixtures/hono-blind26.json' with { type: 'json' }
import honoBlind27 from './fixtures/hono-blind27.json' with { type: 'json' }
import honoBlind28 from './fixtures/hono-blind28.json' with { type: 'json' }
import honoBlind29 from './fixtures/hono-blind29.json' with { type: 'json' }
import honoBlind30 from './fixtures/hono-blind30.json' with { type: 'json' }
import honoBlind31 from './fixtures/hono-blind31.json' with { type: 'json' }
import honoBlind32 from './fixtures/hono-blind32.json' with { type: 'json' }
import honoBlind33 from './fixtures/hono-blind33.json' with { type: 'json' }
import honoBlind34 from './fixtures/hono-blind34.json' with { type: 'json' }
import honoBlind35 from './fixtures/hono-blind35.json' with { type: 'json' }
import honoBlind36 from './fixtures/hono-blind36.json' with { type: 'json' }
import honoBlind37 from './fixtures/hono-blind37.json' with { type: 'json' }
import honoBlind38 from './fixtures/hono-blind38.json' with { type: 'json' }
import honoBlind39 from './fixtures/hono-blind39.json' with { type: 'json' }
import honoBlind40 from './fixtures/hono-blind40.json' with { type: 'json' }
import honoBlind41 from './fixtures/hono-blind41.json' with { type: 'json' }
import honoBlind42 from './fixtures/hono-blind42.json' with { type: 'json' }
import honoBlind43 from './fixtures/hono-blind43.json' with { type: 'json' }
import honoBlind44 from './fixtures/hono-blind44.json' with { type: 'json' }
import honoBlind45 from './fixtures/hono-blind45.json' with { type: 'json' }
import honoBlind46 from './fixtures/hono-blind46.json' with { type: 'json' }
import honoBlind47 from './fixtures/hono-blind47.json' with { type: 'json' }
import honoBlind48 from './fixtures/hono-blind48.json' with { type: 'json' }
import honoBlind49 from './fixtures/hono-blind49.json' with { type: 'json' }
import honoBlind50 from './fixtures/hono-blind50.json' with { type: 'json' }
import honoBlind51 from './fixtures/hono-blind51.json' with { type: 'json' }
import honoBlind52 from './fixtures/hono-blind52.json' with { type: 'json' }
import honoBlind53 from './fixtures/hono-blind53.json' with { type: 'json' }
import honoBlind54 from './fixtures/hono-blind54.json' with { type: 'json' }
import honoBlind55 from './fixtures/hono-blind55.json' with { type: 'json' }
import honoBlind56 from './fixtures/hono-blind56.json' with { type: 'json' }
import honoHeldout from './fixtures/hono-heldout.json' with { type: 'json' }
import honoRealA from './fixtures/hono-real-a.json' with { type: 'json' }
import honoRealB from './fixtures/hono-real-b.json' with { type: 'json' }
import honoRealC from './fixtures/hono-real-c.json' with { type: 'json' }
import honoRealD from './fixtures/hono-real-d.json' with { type: 'json' }
import honoRealE from './fixtures/hono-real-e.json' with { type: 'json' }
import honoRealF from './fixtures/hono-real-f.json' with { type: 'json' }
import honoRealG from './fixtures/hono-real-g.json' with { type: 'json' }
import defaultOos from './fixtures/default-oos.json' with { type: 'json' }
import defaultOos2 from './fixtures/default-oos2.json' with { type: 'json' }
import honoOos from './fixtures/hono-oos.json' with { type: 'json' }
import honoOos2 from './fixtures/hono-oos2.json' with { type: 'json' }
import defaultOos3 from './fixtures/default-oos3.json' with { type: 'json' }
import honoOos3 from './fixtures/hono-oos3.json' with { type: 'json' }
import defaultOos4 from './fixtures/default-oos4.json' with { type: 'json' }
import honoOos4 from './fixtures/hono-oos4.json' with { type: 'json' }
import defaultShapes from './fixtures/default-shapes.json' with { type: 'json' }
import honoShapes from './fixtures/hono-shapes.json' with { type: 'json' }
import honoBroad from './fixtures/hono-broad.json' with { type: 'json' }
import honoBroad2 from './fixtures/hono-broad2.json' with { type: 'json' }
import honoNewcomers from './fixtures/hono-newcomers.json' with { type: 'json' }
import honoSet from './fixtures/hono-questions.json' with { type: 'json' }
import defaultMessy from './fixtures/default-messy.json' with { type: 'json' }
import honoMessy from './fixtures/hono-messy.json' with { type: 'json' }
import { scoreOne, summarize, type Summary } from './fixtures/metrics.mjs'
import pyenvBlindA from './fixtures/pyenv-blind-a.json' with { type: 'json' }
import pyenvBlindB from './fixtures/pyenv-blind-b.json' with { type: 'json' }
import lsofBlindA from './fixtures/lsof-blind-a.json' with { type: 'json' }
import lsofBlindB from './fixtures/lsof-blind-b.json' with { type: 'json' }
import { defaultCorpus, SHARED_DIR } from './support/corpus.ts'
import { randomFrom, withSlips } from '../src/eval/slips.ts'

const score = (corpus: Parameters<typeof answerQuestion>[0], set: QuestionSet) =>
  summarize(
    runSet((q, h) => answerQuestion(corpus, q, h), set.questions).map(({ question, reply }) =>
      scoreOne(question, reply),
    ),
  )

/** The real-issue batches a–f as one set. */
const realBatches = (): QuestionSet => ({
  questions: [honoRealA, honoRealB, honoRealC, honoRealD, honoRealE, honoRealF].flatMap(
    (set) => (set as QuestionSet).questions,
  ),
})

/**
 * Each report of a set (a title line, then the report) as GitHub's issue form of honojs/hono
 * frames it: a "###" prompt over each field, the report under "What steps can reproduce the
 * bug?", and "_No response_" in the fields left empty.
 */
const inIssueForm = (set: QuestionSet): QuestionSet => ({
  questions: set.questions.map((q) => {
    const nl = q.question.indexOf('\n')
    if (nl < 0 || q.history?.length) return q
    const [title, report] = [q.question.slice(0, nl).trim(), q.question.slice(nl + 1).trim()]
    const field = (prompt: string, text: string) => `### ${prompt}\n\n${text}`
    const form = [
      title,
      field('What version of Hono are you using?', '4.6.3'),
      field(
        'What runtime/platform is your app running on? (with version if possible)',
        'Node.js 20',
      ),
      field('What steps can reproduce the bug?', report),
      field('What is the expected behavior?', '_No response_'),
      field('What do you see instead?', '_No response_'),
      field('Additional information', '_No response_'),
    ]
    return { ...q, question: form.join('\n\n') }
  }),
})

/**
 * Each report of a set as many are sent: a greeting and thanks under the title, thanks and a link
 * to a reproduction at the end, Windows line ends.
 */
const dressed = (set: QuestionSet): QuestionSet => ({
  questions: set.questions.map((q) => {
    const nl = q.question.indexOf('\n')
    if (nl < 0 || q.history?.length) return q
    const [title, report] = [q.question.slice(0, nl).trim(), q.question.slice(nl + 1).trim()]
    const message = [
      title,
      'Hi team, first of all thanks for this amazing framework!',
      report,
      'Minimal reproduction: https://stackblitz.com/edit/hono-repro-abc123?file=src/index.ts',
      'Thanks in advance for any help.',
    ].join('\n\n')
    return { ...q, question: message.replace(/\n/g, '\r\n') }
  }),
})

/**
 * Each question of a set (its earlier questions kept as asked) with one of the asides readers add
 * about their message, in turn: its language, the account it comes from, a content warning, a
 * letter's close, an emoji's code.
 */
const withAsides = (set: QuestionSet): QuestionSet => {
  const asides: Array<(q: string) => string> = [
    (q) => `${q} Sorry for my bad English.`,
    (q) => `English is not my first language. ${q}`,
    (q) => `${q} (throwaway account)`,
    (q) => `TW: abuse. ${q}`,
    (q) => `${q}\n\nBest regards,\nJohn`,
    (q) => `${q} :pray:`,
    (q) => `${q}\n\nEdit: typo`,
    (q) => `${q} Am I overreacting?`,
    (q) => `I (25M) need advice. ${q}`,
  ]
  return {
    questions: set.questions.map((q, i) => ({
      ...q,
      question: asides[i % asides.length](q.question),
    })),
  }
}

let dev: Summary
let devCorpus: Parameters<typeof answerQuestion>[0]
let hono: Summary
let heldout: Summary
let real: {
  study: Summary
  heldOut: Summary
  study2: Summary
  heldOut2: Summary
  third: Summary
  fourth: Summary
  fifth: Summary
  /** Batches a–f as written, and the same reports in GitHub's issue form (see inIssueForm). */
  written: Summary
  inForm: Summary
  dressed: Summary
}
let blind: Summary[]
/** The first five default blind sets as written, and each question with a reader's aside. */
let asides: { written: Summary; added: Summary }
let blindHono: Summary[]
let outOfScope: Record<
  'default' | 'default2' | 'default3' | 'default4' | 'hono' | 'hono2' | 'hono3' | 'hono4',
  Summary
>
let shapes: { default: Summary; hono: Summary }
let broad: Summary
let broad2: Summary
let newcomers: Summary
let typed: { dev: Summary[]; hono: Summary[] }
let messy: { default: Summary; hono: Summary }
/** The third and fourth corpora's blind sets (tests/corpora): studied half a, held-out half b. */
let others: { pyenv: Summary[]; lsof: Summary[] }
/** The set with each question typed with two slips (src/eval/slips.ts), by seed. */
const slipped = (set: QuestionSet, seed: number): QuestionSet => {
  const random = randomFrom(seed)
  return {
    questions: set.questions.map((q) => ({ ...q, question: withSlips(q.question, 2, random) })),
  }
}
beforeAll(async () => {
  const { corpus } = await defaultCorpus()
  devCorpus = corpus
  dev = score(corpus, devSet as QuestionSet)
  const firstFive = (): QuestionSet => ({
    questions: [defaultBlind, defaultBlind2, defaultBlind3, defaultBlind4, defaultBlind5].flatMap(
      (set) => (set as QuestionSet).questions,
    ),
  })
  asides = { written: score(corpus, firstFive()), added: score(corpus, withAsides(firstFive())) }
  blind = [
    defaultBlind,
    defaultBlind2,
    defaultBlind3,
    defaultBlind4,
    defaultBlind5,
    defaultBlind6,
    defaultBlind7,
    defaultBlind8,
    defaultBlind9,
    defaultBlind10,
    defaultBlind11,
    defaultBlind12,
    defaultBlind13,
    defaultBlind14,
    defaultBlind15,
    defaultBlind16,
    defaultBlind17,
    defaultBlind18,
    defaultBlind19,
    defaultBlind20,
    defaultBlind21,
    defaultBlind22,
    defaultBlind23,
    defaultBlind24,
    defaultBlind25,
    defaultBlind26,
    defaultBlind27,
    defaultBlind28,
    defaultBlind29,
    defaultBlind30,
    defaultBlind31,
    defaultBlind32,
    defaultBlind33,
    defaultBlind34,
    defaultBlind35,
    defaultBlind36,
    defaultBlind37,
    defaultBlind38,
    defaultBlind39,
    defaultBlind40,
    defaultBlind41,
    defaultBlind42,
    defaultBlind43,
    defaultBlind44,
    defaultBlind45,
    defaultBlind46,
    defaultBlind47,
    defaultBlind48,
    defaultBlind49,
    defaultBlind50,
    defaultBlind51,
    defaultBlind52,
    defaultBlind53,
    defaultBlind54,
    defaultBlind55,
    defaultBlind56,
  ].map((set) => score(corpus, set as QuestionSet))
  const docs = await buildFromFolder(
    fileURLToPath(new URL(`file://${SHARED_DIR}/corpora/hono-docs`)),
  )
  hono = score(docs.corpus, honoSet as QuestionSet)
  const pyenv = await buildFromFolder(
    fileURLToPath(new URL('./corpora/pyenv-docs', import.meta.url)),
  )
  const lsof = await buildFromFolder(fileURLToPath(new URL('./corpora/lsof-faq', import.meta.url)))
  others = {
    pyenv: [pyenvBlindA, pyenvBlindB].map((set) => score(pyenv.corpus, set as QuestionSet)),
    lsof: [lsofBlindA, lsofBlindB].map((set) => score(lsof.corpus, set as QuestionSet)),
  }
  messy = {
    default: score(corpus, defaultMessy as QuestionSet),
    hono: score(docs.corpus, honoMessy as QuestionSet),
  }
  typed = {
    dev: [1, 2, 3].map((seed) => score(corpus, slipped(devSet as QuestionSet, seed))),
    hono: [1, 2, 3].map((seed) => score(docs.corpus, slipped(honoSet as QuestionSet, seed))),
  }
  heldout = score(docs.corpus, honoHeldout as QuestionSet)
  real = {
    study: score(docs.corpus, honoRealA as QuestionSet),
    heldOut: score(docs.corpus, honoRealB as QuestionSet),
    study2: score(docs.corpus, honoRealC as QuestionSet),
    heldOut2: score(docs.corpus, honoRealD as QuestionSet),
    third: score(docs.corpus, honoRealE as QuestionSet),
    fourth: score(docs.corpus, honoRealF as QuestionSet),
    fifth: score(docs.corpus, honoRealG as QuestionSet),
    written: score(docs.corpus, realBatches()),
    inForm: score(docs.corpus, inIssueForm(realBatches())),
    dressed: score(docs.corpus, dressed(realBatches())),
  }
  blindHono = [
    honoBlind,
    honoBlind2,
    honoBlind3,
    honoBlind4,
    honoBlind5,
    honoBlind6,
    honoBlind7,
    honoBlind8,
    honoBlind9,
    honoBlind10,
    honoBlind11,
    honoBlind12,
    honoBlind13,
    honoBlind14,
    honoBlind15,
    honoBlind16,
    honoBlind17,
    honoBlind18,
    honoBlind19,
    honoBlind20,
    honoBlind21,
    honoBlind22,
    honoBlind23,
    honoBlind24,
    honoBlind25,
    honoBlind26,
    honoBlind27,
    honoBlind28,
    honoBlind29,
    honoBlind30,
    honoBlind31,
    honoBlind32,
    honoBlind33,
    honoBlind34,
    honoBlind35,
    honoBlind36,
    honoBlind37,
    honoBlind38,
    honoBlind39,
    honoBlind40,
    honoBlind41,
    honoBlind42,
    honoBlind43,
    honoBlind44,
    honoBlind45,
    honoBlind46,
    honoBlind47,
    honoBlind48,
    honoBlind49,
    honoBlind50,
    honoBlind51,
    honoBlind52,
    honoBlind53,
    honoBlind54,
    honoBlind55,
    honoBlind56,
  ].map((set) => score(docs.corpus, set as QuestionSet))
  outOfScope = {
    default: score(corpus, defaultOos as QuestionSet),
    default2: score(corpus, defaultOos2 as QuestionSet),
    hono: score(docs.corpus, honoOos as QuestionSet),
    hono2: score(docs.corpus, honoOos2 as QuestionSet),
    default3: score(corpus, defaultOos3 as QuestionSet),
    hono3: score(docs.corpus, honoOos3 as QuestionSet),
    default4: score(corpus, defaultOos4 as QuestionSet),
    hono4: score(docs.corpus, honoOos4 as QuestionSet),
  }
  shapes = {
    default: score(corpus, defaultShapes as QuestionSet),
    hono: score(docs.corpus, honoShapes as QuestionSet),
  }
  broad = score(docs.corpus, honoBroad as QuestionSet)
  broad2 = score(docs.corpus, honoBroad2 as QuestionSet)
  newcomers = score(docs.corpus, honoNewcomers as QuestionSet)
})

describe('dev-set answer quality (default corpus)', () => {
  it('puts a gold sentence first for at least 90% of in-scope questions', () => {
    expect(dev.hit1).toBeGreaterThanOrEqual(0.9)
    expect(dev.hit3).toBeGreaterThanOrEqual(0.92)
  })
  it('answers at least 90% of in-scope questions and abstains on at least 90% of the rest', () => {
    expect(dev.answered).toBeGreaterThanOrEqual(0.92)
    expect(dev.abstain).toBeGreaterThanOrEqual(0.9)
  })
  it('keeps answers concise', () => {
    expect(dev.medianCitedChars).toBeLessThan(450)
  })
})

describe('Hono documentation set (a real docs corpus)', () => {
  it('holds the floors reached so far', () => {
    expect(hono.hit1).toBeGreaterThanOrEqual(0.7)
    expect(hono.hit3).toBeGreaterThanOrEqual(0.77)
    expect(hono.abstain).toBeGreaterThanOrEqual(0.99)
    expect(hono.answered).toBeGreaterThanOrEqual(0.95)
  })
})

describe('Hono documentation, held-out set (questions ranking was not tuned on)', () => {
  it('holds the floors reached so far', () => {
    expect(heldout.hit1).toBeGreaterThanOrEqual(0.68)
    expect(heldout.hit3).toBeGreaterThanOrEqual(0.78)
    expect(heldout.answered).toBeGreaterThanOrEqual(0.94)
    expect(heldout.abstain).toBeGreaterThanOrEqual(0.99)
  })
})

/** Floors of hit@1, hit@3, answered and abstain: the figures reached, less 0.01. */
const holds = (s: Summary, [hit1, hit3, answered, abstain]: number[]) => {
  expect(s.hit1).toBeGreaterThanOrEqual(hit1)
  expect(s.hit3).toBeGreaterThanOrEqual(hit3)
  expect(s.answered).toBeGreaterThanOrEqual(answered)
  expect(s.abstain).toBeGreaterThanOrEqual(abstain)
}

// Real users' messages from GitHub issues of honojs/hono, middleware and node-server (the title on
// the first line, then the gist of the report), gold sentences from the pages, collected in two
// batches of distinct issues by helpers that never saw the code: the kind of question the Hono
// docs are judged on. Far harder than the sets written in GitHub's voice (hit@1 0.28 / 0.26 and
// 0.08 / 0.16 when they came). Each batch was split alternately; its second half (b, d) was held
// out (nobody studied its misses) until the eighteenth session read the misses of all six. A third batch (e), collected after this stop's changes and run on
// its starting code too, fell from 0.28 to 0.16 at hit@1 with them (a leading title that judges,
// "… is misleading", "… is not being used"); three of its misses were read to see why. A fourth
// batch (f: 19 issues that ask how or whether, 10 the pages do not answer), collected at the start
// of the next stop and held out whole: 0.16 / 0.32 / 0.79 / 0.30 then. A fifth (g: 27 reports from
// honojs repositories and others that use Hono, 8 the pages do not answer, none of an issue used
// before), collected at the forty-first session's end and held out whole: 0.19 / 0.30 / 0.74 /
// 0.13 on that session's starting code and at its end.
describe("real users' GitHub issues on the Hono docs", () => {
  it('holds the floors reached so far', () => {
    // (Answered 0.87 until the way a how-to question asks for broke wider ties: r41, a wrong
    // answer, became an abstention, as pyenv's py03 did.)
    // (Hit@3 0.55 until "In the documentation" opening a line kept the line break before it:
    // r07's title question is then read as its question, its body as story, and the answer left
    // the first three; hono-real-e t12 and hono-blind6 6g01 came to the first place.)
    holds(real.study, [0.4, 0.53, 0.84, 0.79])
    // (Answered 0.90 until "python 3.12" was no longer read as "python3": r22, a wrong answer,
    // abstains.)
    holds(real.heldOut, [0.38, 0.54, 0.86, 0.79])
    holds(real.study2, [0.26, 0.34, 0.76, 0.49])
    holds(real.heldOut2, [0.35, 0.47, 0.87, 0.99])
    holds(real.third, [0.23, 0.35, 0.63, 0.74])
    holds(real.fourth, [0.2, 0.31, 0.78, 0.29])
    holds(real.fifth, [0.18, 0.29, 0.73, 0.12])
  })
})

describe("a report in GitHub's issue form, or dressed as many are sent", () => {
  it('is read as the same report written out', () => {
    // The form's prompts ("What do you see instead?", the last that asks) are labels, not the
    // question: before they were read so, the 158 reports of batches a–f in the form got no first
    // place (2 answered); as written they got 55.
    expect(real.inForm.hit1).toBeGreaterThanOrEqual(real.written.hit1 - 0.02)
    expect(real.inForm.hit3).toBeGreaterThanOrEqual(real.written.hit3 - 0.02)
    expect(real.inForm.abstain).toBeGreaterThanOrEqual(real.written.abstain - 0.05)
  })

  it('is read the same with a greeting, thanks, a link to a reproduction and Windows line ends', () => {
    // Before these were read as no part of the report: hit@1 0.35 as written, 0.19 so sent.
    expect(real.dressed.hit1).toBeGreaterThanOrEqual(real.written.hit1 - 0.02)
    expect(real.dressed.hit3).toBeGreaterThanOrEqual(real.written.hit3 - 0.02)
  })
})

describe("a reader's asides about their message", () => {
  it('leave the answers as the question alone gets them', () => {
    // "Sorry for my bad English.", "English is not my first language.", "(throwaway account)",
    // "TW: abuse.", "Best regards, John", ":pray:", "Edit: typo", "Am I overreacting?", "(25M)"
    // name no topic. Read as the story around the question (or, the last, as the question),
    // they took hit@1 of the first five default blind sets from 0.86 to 0.72.
    expect(asides.added.hit1).toBeGreaterThanOrEqual(asides.written.hit1 - 0.01)
    expect(asides.added.abstain).toBeGreaterThanOrEqual(asides.written.abstain - 0.02)
  })
})

// Thirty-two pairs of sets (default corpus, Hono docs) written by helpers that saw only the
// documents and dev.json's format, never the code, one to three pairs a stop, most measured before
// anything was changed in that stop (the fourth pair asks in readers' idioms and in the short
// words of GitHub issue titles). Pairs 15 and later are held out: nobody studies their misses, so
// they are the nearest thing here to questions Verbatim was not tuned for. The 24th, written
// when the articles' sentences had all been asked about many times, asks near their edges: its
// out-of-scope questions abstain 0.44 (default) and 0.57 (Hono) at the stop it came in; the
// 25th's Hono ones, 0.43. The 26th came in a stop that changed no answer (its first measure is
// its floor): Hono paraphrases first 2 of 12. The 27th, measured at the seventeenth session's
// start: default 0.73 / 0.82 / 0.88 / 1.00, Hono 0.35 / 0.50 / 0.88 / 0.83 (its questions ask as
// developers do on GitHub: which option wins, what a step left out, code with a question); its
// misses were read in that session, so it is studied, not held out. The 28th was written in the
// eighteenth session after most of its changes and measured before any change was made for it:
// default 0.64 / 0.76 / 0.82 / 1.00, Hono 0.61 / 0.81 / 1.00 / 1.00, the same on that session's
// starting code (fb602ed); its misses were read then, so it is studied. The 29th was written at
// the twenty-fourth session's start (d2bc9b3) and is held out: default 0.52 / 0.70 / 0.85 / 0.86,
// Hono 0.53 / 0.64 / 0.81 / 0.75 there (its Hono half has ten GitHub-style reports). The 30th
// was written at the twenty-fifth session's start (cb35f8d) and is held out: default 0.73 / 0.85 /
// 0.91 / 1.00, Hono 0.58 / 0.75 / 0.94 / 1.00 there (ten GitHub-style reports again). The 31st
// was written after that session's changes and measured on its start and its end: the same,
// verdict for verdict (default 0.64 / 0.70 / 0.85 / 1.00, Hono 0.64 / 0.69 / 0.94 / 0.75). The
// 32nd was written at the twenty-sixth session's start (85dafd3) and is held out: default 0.55 /
// 0.61 / 0.73 / 1.00, Hono 0.53 / 0.64 / 0.78 / 1.00 there (ten GitHub-style reports again).
// The 33rd was written at the twenty-seventh session's start (1351a27) and is held out: default
// 0.64 / 0.73 / 0.91 / 1.00, Hono 0.58 / 0.69 / 0.86 / 1.00 there (ten GitHub-style reports).
describe('blind sets (written without sight of the code)', () => {
  it('holds the floors reached so far on the default corpus', () => {
    holds(blind[0], [0.82, 0.86, 0.95, 0.99])
    // 0.82 until a time of life was read as one word ("when they small" → childhood): 2m07
    // came second.
    holds(blind[1], [0.8, 0.82, 0.91, 0.99])
    holds(blind[2], [0.77, 0.85, 0.89, 0.99])
    holds(blind[3], [0.51, 0.59, 0.77, 0.99])
    // (Abstain 0.99 until "affair" was read as infidelity: 5o07, "my spouse's affair as grounds for
    // divorce and … the settlement", now meets "The act of cheating can shatter …" at the bar.)
    holds(blind[4], [0.77, 0.83, 0.89, 0.9])
    holds(blind[5], [0.71, 0.75, 0.85, 0.99])
    holds(blind[6], [0.71, 0.79, 0.84, 0.99])
    holds(blind[7], [0.74, 0.79, 0.87, 0.99])
    // (0.81 until informal words were read as what they stand for: 10d14's "taken away from your
    // mom and dad" now also meets "parenting", and its gold comes second.)
    holds(blind[8], [0.78, 0.88, 0.91, 0.99])
    holds(blind[9], [0.66, 0.82, 0.93, 0.99])
    holds(blind[10], [0.82, 0.88, 0.96, 0.99])
    // 0.71 until "Let's look at …" was read as a signpost: 13d33, a follow-up answered by the
    // signpost's passage, which took the answer along, now has it second.
    holds(blind[11], [0.71, 0.82, 0.88, 0.89])
    holds(blind[12], [0.68, 0.8, 0.96, 0.99])
    holds(blind[13], [0.8, 0.85, 0.88, 0.99])
    // (Abstain 0.90 until informal words were read as what they stand for: 16d44, "How should I
    // explain to my young kids that their dad had an affair?", is answered now "dad" is a parent.)
    holds(blind[14], [0.55, 0.6, 0.66, 0.79])
    // Answered 0.74 until a phrasal verb's rarity was its verb's: 17d23, a wrong answer, abstains.
    holds(blind[15], [0.52, 0.63, 0.74, 0.99])
    holds(blind[16], [0.77, 0.85, 0.96, 0.89])
    holds(blind[17], [0.66, 0.66, 0.82, 0.99])
    // 0.81 / 0.83 / 0.92 until "which specific techniques" asked of the techniques (20d33).
    holds(blind[18], [0.82, 0.83, 0.93, 0.99])
    holds(blind[19], [0.88, 0.93, 0.99, 0.89])
    holds(blind[20], [0.72, 0.77, 0.88, 0.88])
    // 0.64 until "Let's explore …" was read as a signpost: 23d08's definition, along in the
    // signpost's passage, now comes second.
    holds(blind[21], [0.62, 0.72, 0.8, 0.99])
    holds(blind[22], [0.5, 0.53, 0.8, 0.99])
    // Abstain 0.44 until "a particular antidepressant" was about the antidepressant (25d38) and
    // "How common is …" asked for a figure (25d39).
    holds(blind[23], [0.54, 0.64, 0.78, 0.88])
    holds(blind[24], [0.56, 0.64, 0.77, 0.77])
    holds(blind[25], [0.85, 0.91, 0.94, 0.66])
    holds(blind[26], [0.72, 0.81, 0.87, 0.99])
    // (Answered 0.88 until "find out" was read as a frame: 29d15, answered wrong, abstains.)
    holds(blind[27], [0.72, 0.81, 0.84, 0.99])
    // (Answered 0.9 until a stage asked ("Once the worst of the hurt has passed, …") lifted the
    // sentence framed by it: 30d17's gold comes first, under the coverage bar, and abstains.)
    holds(blind[28], [0.6, 0.75, 0.87, 0.85])
    holds(blind[29], [0.81, 0.87, 0.93, 0.99])
    holds(blind[30], [0.63, 0.69, 0.87, 0.99])
    holds(blind[31], [0.6, 0.66, 0.78, 0.99])
    holds(blind[32], [0.63, 0.72, 0.9, 0.99])
    // The 34th pair, written at the twenty-eighth session's end and held out: its first measure.
    holds(blind[33], [0.69, 0.78, 0.84, 0.85])
    // The 35th pair, written at the twenty-ninth session's start and held out: its first measure.
    // (Answered 0.91 until "find out" was read as a frame: 36d25, answered wrong, abstains.)
    holds(blind[34], [0.69, 0.72, 0.87, 0.99])
    // The 36th pair, written at the twenty-ninth session's end and held out: its first measure.
    holds(blind[35], [0.72, 0.84, 0.9, 0.99])
    // The 37th pair, written by a helper during the thirtieth session and held out: its first
    // measure, the same on the session's starting code (9c37caf).
    holds(blind[36], [0.72, 0.75, 0.78, 0.99])
    // The 38th pair, written by a helper during the thirty-first session and held out: its first
    // measure, the same on the session's starting code (21b9d50).
    holds(blind[37], [0.64, 0.7, 0.87, 0.91])
    // The 39th pair, written by helpers at the thirty-first session's end and held out: its first
    // measure, the same on the session's starting code (21b9d50).
    holds(blind[38], [0.68, 0.71, 0.87, 0.87])
    // The 40th pair, written by a helper at the thirty-second session's start, blind to the
    // answers, and held out: its first measure, on the session's starting code (4a69dc7).
    holds(blind[39], [0.58, 0.65, 0.77, 0.87])
    // The 41st pair, written by a helper at the thirty-second session's end, blind to the answers,
    // and held out: its first measure, on the session's end code (0.59 / 0.66 / 0.81 / 0.88 on
    // its starting code, 4a69dc7).
    // (0.66 / 0.72 at the thirty-fifth session's end: "get over childhood trauma" read as
    // overcoming it.)
    holds(blind[40], [0.65, 0.71, 0.87, 0.87])
    // The 42nd pair, written by a helper at the thirty-third session's start, blind to the answers,
    // and held out: its first measure, on the session's end code (0.53 / 0.63 / 0.72 / 0.75 on its
    // starting code, 9cbf3b9).
    // (0.59 / 0.66 at the thirty-fourth session's end: a marriage's ground that gave way; 0.63 /
    // 0.72 / 0.75 at the thirty-fifth's.)
    holds(blind[41], [0.62, 0.71, 0.74, 0.74])
    // The 43rd pair, written by a helper at the thirty-fourth session's start, blind to the
    // answers, and held out: 0.56 / 0.62 / 0.69 / 0.75 on the session's starting code (ea6167d),
    // 0.59 / 0.66 / 0.72 / 0.75 at its end.
    holds(blind[42], [0.58, 0.65, 0.71, 0.74])
    // The 44th pair, written by a helper at the thirty-fifth session's start, blind to the
    // answers, and held out: 0.81 / 0.88 / 0.88 / 1.00 on the session's starting code (c50654b),
    // 0.88 / 0.91 / 0.91 / 1.00 at its end (a parent read as a caregiver; nerves as anxiety).
    holds(blind[43], [0.87, 0.9, 0.9, 0.99])
    // The 45th pair, written by a helper at the thirty-sixth session's start, blind to the
    // answers, its questions kept apart from the 5,800 before them and its golds on sentences
    // seldom asked: 0.31 / 0.53 / 0.63 / 0.88 on the session's starting code (b862838), the
    // same after its first four changes. Read since (see docs/quality-log.md): 0.41 / 0.63 / 0.69
    // / 0.88 at the session's end.
    holds(blind[44], [0.4, 0.62, 0.68, 0.87])
    // The 46th pair, written by a helper during the thirty-sixth session, blind to the answers,
    // and held out in the 45th's place: 0.53 / 0.56 / 0.72 / 0.88 on the session's starting code
    // (b862838), 0.59 / 0.63 / 0.78 / 0.88 at its end.
    holds(blind[45], [0.58, 0.62, 0.77, 0.87])
    // The 47th pair, written by a helper at the thirty-seventh session's start, blind to the
    // answers, and held out beside the 46th: 0.66 / 0.78 / 0.84 / 1.00 on the session's starting
    // code (368fc61).
    holds(blind[46], [0.65, 0.78, 0.84, 0.99])
    // The 48th pair, written by a helper at the thirty-eighth session's start, blind to the
    // answers, and held out beside the 46th and 47th: 0.63 / 0.75 / 0.91 / 1.00 on the session's
    // starting code (7c53e69).
    holds(blind[47], [0.62, 0.74, 0.9, 0.99])
    // The 49th pair, written by a helper at the thirty-ninth session's start, blind to the
    // answers, and held out beside the 46th-48th: 0.63 / 0.72 / 0.81 / 0.88 on the session's
    // starting code (dc12172).
    holds(blind[48], [0.62, 0.71, 0.8, 0.87])
    // The 50th pair, written by a helper at the fortieth session's start, blind to the answers,
    // and held out beside the 46th-49th: 0.72 / 0.81 / 0.84 / 0.88 on the session's starting
    // code (4acb23e).
    holds(blind[49], [0.71, 0.8, 0.83, 0.87])
    // The 51st pair, written by a helper at the fortieth session's end, blind to the answers,
    // and held out beside the 46th-50th: 0.78 / 0.78 / 0.84 / 1.00 on that session's end
    // (34d0fdf).
    holds(blind[50], [0.77, 0.77, 0.83, 0.99])
    // The 52nd pair, written by a helper at the forty-first session's start, blind to the answers,
    // and held out beside the 46th-51st: 0.66 / 0.78 / 0.88 / 0.88 on the session's starting
    // code (0bb81d1).
    holds(blind[51], [0.65, 0.77, 0.87, 0.87])
    // The 53rd pair, written by a helper at the forty-first session's end, blind to the answers,
    // and held out beside the 46th-52nd: 0.66 / 0.81 / 0.94 / 0.63 at that session's end, the
    // same on its starting code. (hit@3 0.81 until a follow-up that points back read on a few
    // sentences past the last answer's lead: one of its questions left the first three.)
    holds(blind[52], [0.65, 0.78, 0.93, 0.62])
    // The 54th pair, written by a helper during the forty-second session, blind to the answers
    // (its default golds kept off the sentences earlier sets use most): 0.66 / 0.72 / 0.88 / 0.88
    // on that session's starting code (512e2c9) and at its first measure; read since, for what
    // it misses.
    holds(blind[53], [0.65, 0.71, 0.87, 0.87])
    // The 55th pair, written by a helper at the start of the forty-third session, blind to the
    // answers, and held out beside the 46th-53rd: 0.72 / 0.75 / 0.97 / 1.00 on that session's
    // starting code (b6f7911), its first measure.
    holds(blind[54], [0.71, 0.74, 0.96, 0.99])
    // The 56th pair, written by a helper at the start of the forty-fourth session, blind to the
    // answers, and held out beside the 46th-53rd and 55th: 0.56 / 0.75 / 0.88 / 0.75 on that
    // session's starting code (59bf643), its first measure.
    holds(blind[55], [0.55, 0.74, 0.87, 0.74])
  })

  it('holds the floors reached so far on the Hono docs', () => {
    holds(blindHono[0], [0.75, 0.84, 0.99, 0.99])
    holds(blindHono[1], [0.66, 0.8, 0.95, 0.99])
    holds(blindHono[2], [0.61, 0.7, 0.87, 0.99])
    holds(blindHono[3], [0.79, 0.85, 0.99, 0.89])
    holds(blindHono[4], [0.71, 0.73, 0.93, 0.99])
    // (0.69 and 0.73 until clippings were read as their words: 6f10's "deps installed" is read as
    // "dependencies", whose WordNet senses are dependence's, and led elsewhere.)
    holds(blindHono[5], [0.68, 0.72, 0.95, 0.99])
    holds(blindHono[6], [0.75, 0.81, 0.93, 0.99])
    holds(blindHono[7], [0.7, 0.87, 0.96, 0.99])
    holds(blindHono[8], [0.84, 0.84, 0.96, 0.82])
    holds(blindHono[9], [0.73, 0.81, 0.99, 0.99])
    holds(blindHono[10], [0.84, 0.9, 0.96, 0.99])
    // (Hit@1 0.55 until "adding" and "added" were read as "add": in 13g15 a sentence of the
    // validation guide now ties the gold, the Permissions-Policy note, and comes first; four first
    // places came elsewhere, three in held-out sets.)
    holds(blindHono[11], [0.52, 0.7, 0.84, 0.99])
    // 0.64 / 0.7 until an issue's title put as a question was read as what it asks (14g05's
    // report asks the sharper question; five first places came elsewhere, hono-real-d s50 and
    // hono-real-f f01 among them).
    holds(blindHono[12], [0.61, 0.67, 0.84, 0.99])
    holds(blindHono[13], [0.64, 0.73, 0.87, 0.99])
    // (Hit@3 0.52 and answered 0.7 until clippings were read as their words: in 16g32 the last
    // question's "minimal config" became "minimal configuration", which a note on the Bun starter
    // template says, and outweighed the follow-up's own words.)
    // (Answered 0.67 until the precedence shape of shapeBonus: 16g02's wrong answer, "You can
    // then import the sub-routers …", is now declined.)
    holds(blindHono[14], [0.49, 0.5, 0.64, 0.66])
    holds(blindHono[15], [0.34, 0.49, 0.75, 0.82])
    // 0.68 until a version asked for was read as a figure (18g08 now abstains; three held-out
    // version questions of other sets gained their first place).
    // Answered 0.8 until an issue's title put as a question was read as what it asks (18g14 and
    // 18g20, two wrong answers, now decline; the second offers the gold as related).
    holds(blindHono[16], [0.65, 0.68, 0.75, 0.87])
    holds(blindHono[17], [0.61, 0.65, 0.93, 0.99])
    holds(blindHono[18], [0.62, 0.77, 0.9, 0.99])
    holds(blindHono[19], [0.8, 0.83, 0.93, 0.99])
    holds(blindHono[20], [0.75, 0.78, 0.96, 0.74])
    holds(blindHono[21], [0.74, 0.83, 0.93, 0.74])
    // (Answered 0.91 until a prefix written off with a hyphen was read as a kind of the word after
    // it: 24g15, answered wrong, abstains.)
    holds(blindHono[22], [0.8, 0.8, 0.88, 0.99])
    // (0.71 at hit@3 until a question on setting up a middleware was answered with what its page
    // opens with: the follow-up after it, 25g36, no longer passes over the sentence cited before.)
    holds(blindHono[23], [0.6, 0.68, 0.85, 0.7])
    holds(blindHono[24], [0.66, 0.74, 0.91, 0.42])
    // (Answered 0.93 until "adding" was read as "add": 27g20's wrong answer now declines.)
    holds(blindHono[25], [0.6, 0.71, 0.91, 0.61])
    // 0.41 / 0.53 until a list item labelled `priority` answered what it accepts (28g04).
    holds(blindHono[26], [0.43, 0.55, 0.87, 0.82])
    holds(blindHono[27], [0.71, 0.82, 0.99, 0.99])
    holds(blindHono[28], [0.52, 0.63, 0.8, 0.74])
    holds(blindHono[29], [0.6, 0.74, 0.93, 0.99])
    holds(blindHono[30], [0.63, 0.68, 0.93, 0.74])
    holds(blindHono[31], [0.52, 0.63, 0.77, 0.99])
    holds(blindHono[32], [0.57, 0.68, 0.85, 0.99])
    holds(blindHono[33], [0.71, 0.74, 0.93, 0.99])
    holds(blindHono[34], [0.71, 0.77, 0.93, 0.99])
    holds(blindHono[35], [0.71, 0.82, 0.93, 0.99])
    // (hit@3 0.69 until a follow-up that points back read on a few sentences past the last
    // answer's lead: 38g33, "so where do the files actually go …?", left the first three.)
    holds(blindHono[36], [0.49, 0.66, 0.71, 0.99])
    // (0.67 / 0.69 on the thirty-first session's starting code, 21b9d50: 39g36, "can I stop it
    // from adding the DOCTYPE", came first once "adding" was read as "add".)
    holds(blindHono[37], [0.68, 0.71, 0.93, 0.99])
    holds(blindHono[38], [0.69, 0.8, 0.96, 0.99])
    holds(blindHono[39], [0.48, 0.61, 0.85, 0.66])
    holds(blindHono[40], [0.45, 0.58, 0.88, 0.99])
    holds(blindHono[41], [0.5, 0.58, 0.8, 0.99])
    // The 43rd pair (see the default corpus's): 0.43 / 0.49 / 0.73 / 1.00 at the session's start;
    // one wrong answer abstains since "whoever is calling" is read as a client (0.70 answered).
    holds(blindHono[42], [0.43, 0.48, 0.69, 0.99])
    // The 44th pair (see the default corpus's): 0.59 / 0.73 / 0.78 / 0.67, the same at the
    // session's start and end.
    holds(blindHono[43], [0.59, 0.72, 0.78, 0.66])
    // The 45th pair (see the default corpus's): 0.41 / 0.51 / 0.68 / 1.00 at the session's start,
    // 0.41 / 0.51 / 0.70 / 1.00 at its end.
    holds(blindHono[44], [0.4, 0.5, 0.69, 0.99])
    // The 46th pair (see the default corpus's), held out: 0.30 / 0.49 / 0.68 / 1.00 at the
    // session's start, 0.32 / 0.51 / 0.70 / 1.00 at its end.
    holds(blindHono[45], [0.31, 0.5, 0.69, 0.99])
    // The 47th pair (see the default corpus's), held out: 0.51 / 0.62 / 0.89 / 0.67 at the
    // session's start.
    holds(blindHono[46], [0.51, 0.62, 0.89, 0.66])
    // The 48th pair (see the default corpus's), held out: 0.46 / 0.68 / 0.89 / 0.67 at the
    // session's start.
    holds(blindHono[47], [0.45, 0.67, 0.88, 0.66])
    // The 49th pair (see the default corpus's), held out: 0.38 / 0.46 / 0.73 / 1.00 at the
    // session's start.
    holds(blindHono[48], [0.37, 0.45, 0.72, 0.99])
    // The 50th pair (see the default corpus's), held out: 0.49 / 0.57 / 0.78 / 1.00 at the
    // session's start.
    holds(blindHono[49], [0.48, 0.56, 0.77, 0.99])
    // The 51st pair (see the default corpus's), held out: 0.54 / 0.65 / 0.86 / 1.00 at the
    // fortieth session's end.
    holds(blindHono[50], [0.53, 0.64, 0.85, 0.99])
    // The 52nd pair (see the default corpus's), held out: 0.49 / 0.62 / 0.81 / 1.00 at the
    // session's start.
    holds(blindHono[51], [0.48, 0.61, 0.8, 0.99])
    // The 53rd pair (see the default corpus's), held out: 0.16 / 0.32 / 0.70 / 1.00 at the
    // forty-first session's end and on its starting code (golds chosen among the sentences
    // earlier sets seldom used).
    holds(blindHono[52], [0.15, 0.31, 0.69, 0.99])
    // The 54th pair (see the default corpus's): 0.46 / 0.51 / 0.84 / 1.00 on the forty-second
    // session's starting code and at its first measure; read since.
    holds(blindHono[53], [0.45, 0.51, 0.83, 0.99])
    // The 55th pair (see the default corpus's), held out: 0.49 / 0.70 / 0.89 / 0.00 at its first
    // measure, on the forty-third session's starting code: all three of its out-of-scope
    // questions are answered.
    holds(blindHono[54], [0.48, 0.69, 0.88, 0])
    // The 56th pair (see the default corpus's), held out: 0.41 / 0.43 / 0.65 / 1.00 at its first
    // measure, on the forty-fourth session's starting code.
    holds(blindHono[55], [0.4, 0.42, 0.64, 0.99])
  })
})

// Questions the documents do not answer, the hard kind: on their own topics and in their words
// (numbers they never give, therapies or middleware they never name, advice, comparisons, settings
// they never speak of), written from the documents alone. The second set of each corpus is held
// out: nobody studies its misses, so it checks that what the first taught carries over.
// The same questions typed with two slips each (a letter left out, two swapped, a neighbouring
// key, a letter doubled, in two words of five letters or more, never the first letter), three
// ways. Read through the typo index, a slip's stem and the keyboard, most answers stay: on the
// stop these came in (dev 0.92 clean) dev kept 0.92 / 0.86 / 0.83 hit@1 and every abstention,
// where lunr fell from 0.56 to 0.33-0.39 (npm run eval -- --slips 2); the Hono questions (0.71
// clean) kept 0.71 / 0.68 / 0.66, lunr 0.17-0.27. Since a slip of an English word the documents
// lack is read as that word (nearestEnglish), dev keeps 0.92 / 0.92 / 0.89 (the third seed's
// p01 "Can being sepraated from the people who raised you levae an emotional injury?" was
// declined for never mentioning "sepraated", "raised" or "levae": 0.86; "separated" is the
// documents' "separation").
describe('questions typed with slips', () => {
  it('keeps most first places and every abstention of the dev set', () => {
    for (const s of typed.dev) holds(s, [0.88, 0.91, 0.91, 0.99])
  })

  it('keeps most first places of the Hono questions', () => {
    for (const s of typed.hono) holds(s, [0.65, 0.72, 0.87, 0.99])
  })
})

// Messy questions as people type them (typos, small letters, no punctuation, capitals, text-speak,
// keywords, emoji, long stories, pasted code; 36 the documents answer and 9 they do not, each
// corpus), written from the documents alone by a helper that never saw the code, after this
// stop's typing changes, and held out. On the stop's starting code and its end: default 0.67 /
// 0.75 / 0.83 / 0.78 and 0.67 / 0.75 / 0.83 / 0.89, Hono 0.58 / 0.67 / 0.86 / 0.33 and 0.58 /
// 0.67 / 0.86 / 0.44 — the typing changes moved none of their answers. Their misses were read in
// the nineteenth session (2026-12-05, night), so they are held out no longer; "evry1" read as
// "everyone" took default to 0.75 at hit@1 (md24).
describe('messy questions written blind (studied since the nineteenth session)', () => {
  it('holds the floors reached so far', () => {
    holds(messy.default, [0.8, 0.85, 0.93, 0.88])
    holds(messy.hono, [0.57, 0.66, 0.85, 0.43])
  })
})

// Docs of two other kinds, written by nobody here, with blind sets written from them alone: pyenv's
// Markdown pages (a command-line tool) and lsof's plain-text FAQ. Each set's studied half (a) and
// held-out half (b); measured at this stop's start at 0.16 / 0.30 / 0.78 / 0.38 and 0.24 / 0.30 /
// 0.84 / 0.38 (pyenv), 0.29 / 0.39 / 0.89 / 0.29 and 0.29 / 0.39 / 0.86 / 0.43 (lsof).
describe('docs of other kinds: a command-line tool (pyenv) and a plain-text FAQ (lsof)', () => {
  it('holds the floors reached so far', () => {
    // (hit@3 0.42 until a command said whole led with its section: py05 "pyenv uninstal how" now
    // cites "## `pyenv uninstall`" ("Uninstall Python versions."), not the README's line that
    // points to it, which is its gold.)
    holds(others.pyenv[0], [0.26, 0.4, 0.78, 0.74])
    // 0.30 / 0.32 until "Shims are lightweight executables that …" defined shims (py40).
    // 0.31 until a follow-up that points back read on a few sentences past the last answer's
    // lead: py52, "the PGO part takes forever, can I make it quicker?", leads with the sentence
    // after it that names PGO; its gold, on the task that runs faster, stands three further.
    holds(others.pyenv[1], [0.29, 0.34, 0.85, 0.49])
    holds(others.lsof[0], [0.45, 0.56, 0.92, 0.42])
    // (hit@3 0.61 until a version's figures were no longer joined to the word before them: lf22's
    // IPv4 address "10.0.0.5" had read "100", which met its answer third.)
    holds(others.lsof[1], [0.42, 0.56, 0.95, 0.42])
  })
})

describe('abstention on hard out-of-scope questions', () => {
  it('holds the floors reached so far', () => {
    expect(outOfScope.default.abstain).toBeGreaterThanOrEqual(0.86)
    expect(outOfScope.default2.abstain).toBeGreaterThanOrEqual(0.87)
    expect(outOfScope.hono.abstain).toBeGreaterThanOrEqual(0.95)
    expect(outOfScope.hono2.abstain).toBeGreaterThanOrEqual(0.87)
    expect(outOfScope.default3.abstain).toBeGreaterThanOrEqual(0.77)
    expect(outOfScope.hono3.abstain).toBeGreaterThanOrEqual(0.57)
    // The fourth sets (50 and 40), written to reuse the documents' own words for what they do not
    // say ("Does the heightened sensitivity to signs … ever go away?"); no share of unknown words,
    // nor the heaviest such word, tells their answered questions from answered ones in scope.
    expect(outOfScope.default4.abstain).toBeGreaterThanOrEqual(0.69)
    expect(outOfScope.hono4.abstain).toBeGreaterThanOrEqual(0.46)
  })

  // Questions the documents do answer, asked in the shapes those abstentions read (yes/no, "Should
  // I", a setting, a choice, a number, a platform, "who"), written from the documents alone after
  // the rules: abstaining must not spread to them (on the stop's starting code 0.63 / 0.80 /
  // 0.93 and 0.63 / 0.75 / 0.97 at hit@1 / hit@3 / answered).
  it('still answers questions of the same shapes that the documents answer', () => {
    expect(shapes.default.hit1).toBeGreaterThanOrEqual(0.62)
    expect(shapes.default.hit3).toBeGreaterThanOrEqual(0.79)
    expect(shapes.default.answered).toBeGreaterThanOrEqual(0.92)
    expect(shapes.hono.hit1).toBeGreaterThanOrEqual(0.71)
    expect(shapes.hono.hit3).toBeGreaterThanOrEqual(0.77)
    // 0.94 until a negation stopped standing for the identifier it starts (the "not" of
    // notFound): s30, a notFound report answered wrongly, became an abstention.
    expect(shapes.hono.answered).toBeGreaterThanOrEqual(0.94)
  })
})

// Broad questions a newcomer types before reading anything ("How do I use the bearer auth
// middleware?", "how to set up cors", "cookie example?"), 40 the pages answer and 8 they do not,
// written by a helper that saw only the pages, with the sentences a good answer quotes as gold
// (mostly what a page opens with). Measured before anything was changed for them: 0.47 / 0.68 /
// 1.00 / 0.75; a page's opening leading for a question about the page as a whole took them to
// 0.60 / 0.75 (see openingAsked), a heading that asks a question read as one 0.62, and the
// section a question names with the page 0.70 / 0.78, the reader's own ("to my routes") and a
// title's short word ("Auth") 0.75 / 0.83, a wider tie for a way 0.78.
describe('broad questions about a feature of the Hono docs', () => {
  it('holds the floors reached so far', () => {
    holds(broad, [0.77, 0.81, 0.99, 0.74])
  })
  // A second set of 48 (c01 …), written blind after those changes, held out: phrased by the task
  // ("how can I protect an endpoint with a password", "websockets on node??") more than by a
  // page's name. At its start (d641609) 0.30 / 0.50 / 0.93 / 0.62; at its arrival 0.33 / 0.50;
  // 0.38 at the session's end; 0.40 / 0.53 once a reader's "read" or "create" no longer hid the
  // page asked ("read cookie hono").
  it('holds the floors of the held-out second set', () => {
    // One first place fewer until "\"Middleware\" is executed …" was read as what middleware is (c07).
    holds(broad2, [0.44, 0.56, 0.92, 0.62])
  })
  // A fourth (n01 …), half broad and half task questions, written blind at the session's end and
  // held out whole: 0.50 / 0.68 / 0.95 / 0.38 on its starting code (d641609), 0.62 / 0.70 at its
  // end (five more first places, none lost); lunr 0.28 / 0.55. Abstain 0.50 once a rare word
  // English has was no longer read as a typo ("a password reset email": "reset" was "rest").
  it('holds the floors of the held-out mixed set', () => {
    // 0.62 until "The RPC feature allows …" was read as defining RPC (n19, 2026-12-06).
    holds(newcomers, [0.64, 0.69, 0.94, 0.49])
  })
})

// The dev set's questions written as readers also write them: with a greeting or thanks around
// them, emoji at their ends, or their two longest words misspelt. Each variant is checked against
// the same questions as written (hit@1 within 0.03, no out-of-scope question answered), so a
// reading that loses them shows here. Before the asides were read as nothing: 0.84 with "Hi!
// Quick question please:", 0.61 with "TIA", abstain 0.90 with an emoji after and 0.80 in quotes.
describe('the dev set written differently', () => {
  const variant = (write: (q: string) => string): Summary => {
    const set = devSet as QuestionSet
    return summarize(
      runSet(
        (q, h) => answerQuestion(devCorpus, q, h),
        set.questions.map((q) => ({ ...q, question: write(q.question) })),
      ).map(({ question, reply }) => scoreOne(question, reply)),
    )
  }
  /** A letter dropped, two swapped or one doubled in each of the two longest words (fixed seed). */
  const misspelt = (seed: number) => (q: string) => {
    let s = seed
    const next = (n: number) => ((s = (s * 1103515245 + 12345) & 0x7fffffff), s % n)
    const parts = q.split(/(\s+)/)
    const longest = parts
      .map((w, i) => [w.replace(/\W/g, '').length, i])
      .filter(([n]) => n >= 5)
      .sort((a, b) => b[0] - a[0])
      .slice(0, 2)
    for (const [, i] of longest) {
      const m = /^(\W*)(\w+)(\W*)$/.exec(parts[i])
      if (!m) continue
      const w = m[2]
      const k = 1 + next(w.length - 2)
      const op = next(3)
      const slip =
        op === 0
          ? w.slice(0, k) + w.slice(k + 1)
          : op === 1
            ? w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2)
            : w.slice(0, k) + w[k] + w.slice(k)
      parts[i] = m[1] + slip + m[3]
    }
    return parts.join('')
  }

  it('answers as well with a greeting, an acknowledgement or thanks around the question', () => {
    for (const write of [
      (q: string) => 'Hi! Quick question please: ' + q,
      (q: string) => 'Interesting. ' + q,
      (q: string) => q + ' Any help appreciated, I am stuck.',
      (q: string) => q + ' TIA',
    ]) {
      const s = variant(write)
      expect(s.hit1).toBeGreaterThanOrEqual(dev.hit1 - 0.03)
      expect(s.abstain).toBeGreaterThanOrEqual(dev.abstain - 0.05)
    }
  })

  it('answers as well with emoji at either end, or the whole question in quotation marks', () => {
    for (const write of [
      (q: string) => q + ' 😢',
      (q: string) => '🙏 ' + q,
      (q: string) => `"${q}"`,
    ]) {
      const s = variant(write)
      expect(s.hit1).toBeGreaterThanOrEqual(dev.hit1 - 0.03)
      expect(s.abstain).toBeGreaterThanOrEqual(dev.abstain - 0.05)
    }
  })

  it('still puts a gold sentence first for most questions with their two longest words misspelt', () => {
    // The figures reached, less 0.02 (0.72 / 0.83 / 0.78 before misspelt forms of the
    // documents' words were read as those words; 0.81 / 0.92 / 0.89 before slips were stemmed,
    // keys' neighbours read and a typist's slip written in for the readers of the form).
    for (const [seed, floor] of [
      [7, 0.81],
      [11, 0.9],
      [23, 0.89],
    ])
      expect(variant(misspelt(seed)).hit1).toBeGreaterThanOrEqual(floor)
  })
})
