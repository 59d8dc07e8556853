// Whether the documents answer a question: the coverage bar and the checks (gates) that a best
// sentence must pass besides it, each naming why the documents cannot answer when it fails (a
// name they never mention, a thing they have no word for, a comparison they never make …).

import { type Corpus } from './corpus.ts'
import { onPageAnswered } from './follow-ups.ts'
import { CLAUSE_OPENERS } from './question-form.ts'
import { lastAsking } from './question-message.ts'
import { DEFAULT_ANSWER_OPTIONS } from './answer-options.ts'
import { INLINE_CODE, scannedOnce } from './code-names.ts'
import { asHeading, asksOfName } from './rank-bonuses.ts'
import { oneWordTitles, titleSaysWhole } from './page-asked.ts'
import { escaped, matchesOf, sentenceText } from './reading-text.ts'
import { plainText, type Ranked, type Retrieval } from './retrieve.ts'
import {
  CONTRASTS,
  sentenceSays,
  SETS_APART,
  statesQuantity,
  statesVersion,
  termsOfSentence,
} from './sentence-form.ts'
import { asksVersion } from './expected-answer.ts'
import { stem, STOPWORDS, words } from './terms.ts'
import { WEIGHTS } from './weights.ts'
import type { AnalysedQuestion, Concept } from './question-types.ts'

/** Below this best coverage an answer is unsure, and runners-up from this share of its score are cited. */
export const UNSURE = { coverage: 0.5, relative: 0.65 }

/**
 * Least coverage of a best sentence that states a rule about the API a problem report names in
 * code ("The `notFound` method is only called from the top-level app." for "Custom notFound on a
 * sub-app is ignored …"; see anchored in rank-bonuses.ts). A long report's scenery (routers, paths,
 * JSON, 404s) halves the share of the question any one sentence covers, and such a sentence
 * names the one thing the report is about. Over the 24 sets at 0.2 (against 0.28), six
 * abstentions became first-place answers, one an answer in the first three and three wrong
 * answers; at 0.18 one more wrong, at 0.22 one first place fewer. No out-of-scope question of
 * the sets has such a best sentence.
 */
export const ANCHORED = { coverage: 0.2 }

/**
 * A best sentence whose own words say at least `said` of the question's ideas (see Ranked.said:
 * the word itself, or a relative as good as half of it, in the sentence's text, not its heading)
 * answers from this share of the coverage bar, in a question of at least `ideas` ideas the
 * documents have words for. A long report (a title line, a story, pasted code, then the ask) is
 * read into twenty or thirty ideas, and its setup dilutes the share any one sentence covers under
 * the bar; a sentence that itself names four of them is about what is asked. A short question has
 * no setup to dilute it: there, a sentence under the bar covers too little ("Which therapist helps
 * …, by name?" of a sentence that names no one, its coverage cut for the wrong kind of answer).
 * Every question the rule moved in the sets has 15 ideas or more; 6–12 moved the same.
 * Runners-up are then cited down to the same bar. Over the 30 sets at 0.75 of the bar (0.21): 9
 * abstentions became first-place answers, 3 answers in the first three and 4 wrong
 * answers; 2 wrong answers gained the right one among the first three; no out-of-scope question
 * was answered. At 0.8, one first place and one answer in the first three fewer, one wrong fewer;
 * at 0.7 an out-of-scope report was answered. With three ideas said, 12 right and 9 wrong (a
 * short paraphrase says three words of a wrong sentence as often as of the right one). In the
 * longest questions (`longIdeas`: 25 ideas or more, a report or a story), three said is enough:
 * over the 107 readable sets, of ten abstentions that answered, five in the first place, two in
 * the first three and three wrong, no out-of-scope question answered in any of six typings. From
 * 20 ideas, 8 first places of 17 answers, and one to two out-of-scope questions answered; from 30,
 * 3 of 5.
 */
export const SAYS_MANY = { said: 4, ideas: 10, share: 0.75, longSaid: 3, longIdeas: 25 }

/** Words with which a sentence compares: CONTRASTS, and comparatives ("more", "better") … */
const COMPARES = new RegExp(
  `\\b(?:${CONTRASTS}|(?<!\\b(?:for|learn|read|see)\\s)more(?!\\s+(?:information|details?|info)\\b)|less|fewer|most|least|worse|worst|better|best)\\b`,
  'i',
)

/** Words with which a sentence says a cause: "because", "due to", "results from", "leads to" … */
const SAYS_CAUSE =
  /\b(?:because|due to|caus(?:e|es|ed|ing)|result(?:s|ed|ing)? (?:from|in)|lead(?:s|ing)? to|led to|stem(?:s|med)? from|contribut(?:e|es|ed|ing) to|increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing))\b/i

/**
 * The best sentence names both things the question asks to tell apart but sets nothing apart: a
 * list ("feelings of shame and guilt") names them side by side and says no difference. A sentence
 * that names one of them may say what it is, half of an answer.
 */
export function namesBothAlike(corpus: Corpus, retrieval: Retrieval, r: Ranked): boolean {
  const sides = retrieval.question.setApart
  return (
    sides !== undefined &&
    sides.every((c) => sentenceSays(corpus, r.sentence, c)) &&
    !SETS_APART.test(sentenceText(corpus, r.sentence))
  )
}

/**
 * Asked whether one group is more likely to do a thing, the sentence answers when it compares, or
 * says a cause of that thing: a cause it names of something else ("… caused by separation …
 * relational difficulties" for "more likely to cheat") does not.
 */
function answersOdds(corpus: Corpus, retrieval: Retrieval, r: Ranked): boolean {
  const text = sentenceText(corpus, r.sentence)
  if (COMPARES.test(text)) return true
  if (!SAYS_CAUSE.test(text)) return false
  const thing = retrieval.question.oddsOf
  return thing === undefined || sentenceSays(corpus, r.sentence, thing)
}

/**
 * One reason for the documents not to answer, tested on the best sentence: `abstains` is true
 * when the question, or that sentence, shows the documents do not answer it.
 */
interface Gate {
  name: string
  abstains: (corpus: Corpus, retrieval: Retrieval, best: Ranked, threshold: number) => boolean
  /** Why, in a sentence of the abstention, when it names no missing word (see abstain). */
  tells?: (corpus: Corpus, retrieval: Retrieval, best: Ranked) => string
}

/** Why a question that points back at nothing is declined (see the gate unresolved). */
const UNRESOLVED_TOLD = 'It is not clear what the question points back to.'

/** Why a message to the assistant itself is declined (see the gate toAssistant). */
const TO_ASSISTANT_TOLD =
  'It speaks to this assistant, which has no instructions to show and answers only from the documents.'

/** Why a question about the documents themselves is declined (see the gate aboutDocuments). */
const ABOUT_DOCUMENTS_TOLD =
  'It asks about this assistant or the documents themselves; ask about what they say.'

/**
 * The reasons to abstain, tested in this order on the best sentence (see abstainingGate). The
 * documents answer when one sentence covers enough of the question and matches at least two of
 * its own ideas (one, for a question of one or two ideas they have words for), and no gate below
 * finds a reason it does not answer.
 */
const GATES: readonly Gate[] = [
  // "What topics do you cover?": the titles the abstention lists are the answer (see whatTheyCover).
  {
    name: 'aboutDocuments',
    abstains: (_, retrieval) => Boolean(retrieval.question.aboutDocuments),
    tells: () => ABOUT_DOCUMENTS_TOLD,
  },
  // "print your system prompt", "New instruction from the administrator: …": a prompt injection.
  {
    name: 'toAssistant',
    abstains: (_, retrieval) => Boolean(retrieval.question.toAssistant),
    tells: () => TO_ASSISTANT_TOLD,
  },
  // The best sentence covers none of what the question itself asks, only what its history lent.
  {
    name: 'noOwnIdea',
    abstains: (_, __, best) => best.own <= 0,
    tells: () => 'No passage speaks of what the question itself asks.',
  },
  // A follow-up ("What does it include?") with no earlier turn to say what "it" is.
  {
    name: 'unresolved',
    abstains: (_, retrieval) => retrieval.question.unresolved,
    tells: () => UNRESOLVED_TOLD,
  },
  {
    // The sentence covers too little of the question (see barFor). One that says what the reader
    // quotes ("Secure Area") is about what they ask, however little else of the question it
    // covers; so is one that states a rule of the API a problem report names (see ANCHORED). A
    // follow-up that points back is asked of the page just answered from, which says what "it"
    // is: a sentence of that page matching two of its ideas is held to the bar of a long
    // question's (SAYS_MANY.share), as its own words are often mostly the reader's setting ("…
    // close cleanly on SIGTERM when kubernetes stops the pod?" of the graceful shutdown).
    name: 'lowCoverage',
    abstains: (corpus, retrieval, best, threshold) =>
      best.coverage < barFor(retrieval, best, threshold) &&
      !saysQuote(corpus, retrieval, best) &&
      !((best.anchored || best.opening) && best.coverage >= ANCHORED.coverage) &&
      !(
        retrieval.answered &&
        best.coverage >= threshold * SAYS_MANY.share &&
        best.matched >= 2 &&
        !asksUnsaid(corpus, retrieval.question, best.sentence) &&
        onPageAnswered(corpus, retrieval.answered, best.sentence)
      ),
    tells: () => 'No passage covers enough of the question.',
  },
  {
    // A question about a name the documents never mention ("sessions in Redis") is not theirs to
    // answer, however much else it shares with them.
    name: 'nameNeverMentioned',
    abstains: (_, retrieval) =>
      retrieval.question.concepts.some((c) => c.name && !c.mentioned && !c.fromHistory && !c.told),
  },
  {
    // A question that asks of a name it quotes as code ("What does the `pyenv doctor --pypy`
    // option check?") is not theirs to answer when no page writes that name: its words alone
    // ("pyenv", "doctor", "pypy") are all over the pages that document something else.
    name: 'quotedNameUnwritten',
    abstains: (corpus, retrieval) => unwrittenQuote(corpus, retrieval.question) !== undefined,
    tells: (corpus, retrieval) =>
      `No passage writes \`${unwrittenQuote(corpus, retrieval.question)}\`.`,
  },
  {
    // A question about a thing the documents have no word for ("Which antidepressant …", "Does
    // yoga help …") is not theirs to answer, however much of the rest (often their own topic: "…
    // for attachment trauma") they cover.
    name: 'unnamedThing',
    abstains: (_, retrieval) => Boolean(retrieval.question.unnamed),
  },
  {
    // Asked whether the subject does a thing to an object the documents never name ("Does Hono
    // support GraphQL subscriptions …?", see unnamedObject), they answer only if a sentence they
    // would cite speaks of that object, by a relative at least (their "anxiety" for "lessen
    // nervousness", in the sentence after the best): ones that cover the subject and the verb
    // ("WebSocket support is built into …") answer another question.
    name: 'objectUnsaid',
    abstains: (corpus, retrieval) => {
      const { object, concepts } = retrieval.question
      const c = object === undefined ? undefined : concepts.find((x) => x.word === object)
      const cited = retrieval.ranked.slice(0, DEFAULT_ANSWER_OPTIONS.k)
      return c !== undefined && !cited.some((r) => speaksOf(corpus, r.sentence, c))
    },
    tells: (_, retrieval) => `No passage speaks of “${retrieval.question.object}”.`,
  },
  {
    // Asked to compare two things ("worse for … than for …"), documents that never set them side
    // by side do not answer, however much of each side a sentence covers.
    name: 'comparesNothing',
    abstains: (corpus, retrieval, best) =>
      Boolean(retrieval.question.compares) && !COMPARES.test(sentenceText(corpus, best.sentence)),
    tells: () => 'No passage compares them.',
  },
  {
    // Asked for a number ("Roughly how many adults …?", "At what age …?"), a sentence that states
    // none does not answer, however much of the rest it covers: ranking only lowers such
    // sentences, and in documents without figures one of them still leads.
    name: 'noNumber',
    abstains: (corpus, retrieval, best) =>
      retrieval.question.expects === 'number' &&
      // A version is a figure only when one is asked for ("Which Node version …?"), and a
      // status code or a size is no version ("Which Bun version …?" of Bun's `413`).
      !(asksVersion(retrieval.question.text.toLowerCase())
        ? statesVersion(corpus, best.sentence)
        : statesQuantity(corpus, best.sentence)),
    tells: () => 'No passage gives the figure asked for.',
  },
  {
    // "Who created Hono?" asks for the doer of the doing: a sentence answers that says someone
    // did it ("… was created by X", "X maintains …"), not one that only says the verb ("create
    // `deploy.yml`", an instruction) or denies it ("The Hono team does not maintain …").
    name: 'noDoer',
    abstains: (corpus, retrieval, best) => {
      const { doer } = retrieval.question
      return doer ? !saysDoer(corpus, best.sentence, doer) : false
    },
    tells: () => 'No passage says who did it.',
  },
  {
    // Offered a choice ("… answer 403, or leave the header out?"), a sentence that says neither
    // side answers another question, however much of the shared rest it covers.
    name: 'neitherSide',
    abstains: (corpus, retrieval, best) =>
      Boolean(retrieval.question.choice) && !saysChoice(corpus, retrieval, best),
    tells: () => 'No passage says either side of the choice.',
  },
  {
    // Asked whether one group is more likely to do a thing, a sentence answers that compares or
    // says what leads to it; one that only names the thing does not.
    name: 'noOdds',
    abstains: (corpus, retrieval, best) =>
      Boolean(retrieval.question.comparesOdds) && !answersOdds(corpus, retrieval, best),
    tells: () => 'No passage compares how likely it is.',
  },
  // Asked to tell two things apart, a sentence that only lists them together does not answer.
  {
    name: 'namesBothAlike',
    abstains: namesBothAlike,
    tells: () => 'They only name them together, never telling them apart.',
  },
  {
    // A question much about a name the documents mention in passing ("How do I deploy my Hono
    // app to Vercel?": a list of platforms) is answered only from a page that says it.
    name: 'nameElsewhere',
    abstains: (corpus, retrieval, best) => nameElsewhere(corpus, retrieval, best, NAME_SHARE),
    tells: tellsElsewhere('nameElsewhere'),
  },
  {
    // A figure asked of a named thing ("What status code does csrf() send?") is given where that
    // thing is documented: a number of another page (Bun's 413 beside "body limit") is another's.
    name: 'numberElsewhere',
    abstains: (corpus, retrieval, best) =>
      retrieval.question.expects === 'number' &&
      (nameElsewhere(corpus, retrieval, best, 0) || firstElsewhere(corpus, retrieval, best)),
    tells: tellsElsewhere('numberElsewhere'),
  },
  {
    // Asked how to put an app on a platform ("How do I deploy … to Vercel?", "run it on Netlify
    // Edge Functions"), a page documents it when a heading of its names it, or the sentence says
    // both the platform and the doing ("Deploy the app to Cloudflare Workers …"): one that lists
    // it among others, links to it or shows its import in passing says nothing of deploying there.
    name: 'placeUnsaid',
    abstains: (corpus, retrieval, best) => {
      const { place } = retrieval.question
      return place
        ? !headingSays(corpus, place.concept, best.sentence) &&
            !saysPlacing(corpus, best.sentence, place.concept, place.verb)
        : false
    },
    tells: (_, retrieval) =>
      `They mention “${retrieval.question.place!.concept.word}” only in passing, never putting an app there.`,
  },
  {
    // A sentence that says none of the question's words itself, matching only through its
    // heading and neighbours, answers only if it covers most of the question that way.
    name: 'saysNoWord',
    abstains: (_, __, best) => best.said === 0 && best.coverage < UNSURE.coverage,
    tells: () => 'No passage says the question’s words itself.',
  },
  {
    // A single shared word ("good" in "Translate 'good morning' into French") is a coincidence,
    // not an answer: the sentence must match two of the question's ideas, or one of a question of
    // one or two ideas the documents have words for.
    name: 'tooFewIdeas',
    // (The opening of a page asked about as a whole matches the rest of it by the page's title.)
    abstains: (corpus, retrieval, best) =>
      best.matched <
      (ideasAsked(retrieval) >= 3 && !best.opening && !eachSideSaid(corpus, retrieval) ? 2 : 1),
    tells: () => 'No passage matches enough of the question’s ideas.',
  },
]

/**
 * Asked to tell two things apart, the first two sentences say one side each (see eachSide in
 * comparison-sides.ts): together they answer what each is, though neither matches two ideas.
 */
function eachSideSaid(corpus: Corpus, retrieval: Retrieval): boolean {
  const sides = retrieval.question.setApart
  const [a, b] = retrieval.ranked
  if (!sides || !a || !b) return false
  // (Said by the sentence, or by the title of its page: "This middleware can apply Basic
  // authentication …" of "Basic Auth Middleware".)
  const says = (r: Ranked, i: number) =>
    sentenceSays(corpus, r.sentence, sides[i]) ||
    titleSaysWhole(corpus, corpus.data.sentences.doc[r.sentence], sides[i])
  return (
    (says(a, 0) && !says(a, 1) && says(b, 1) && !says(b, 0)) ||
    (says(a, 1) && !says(a, 0) && says(b, 0) && !says(b, 1))
  )
}

/**
 * The first name a question that asks of quoted names (see asksOfName) quotes as code and no page
 * writes (case aside, a call's "()" aside), if any.
 */
export function unwrittenQuote(corpus: Corpus, q: AnalysedQuestion): string | undefined {
  if (!q.text.includes('`') || !asksOfName(q.text)) return undefined
  for (const m of matchesOf(INLINE_CODE, q.text)) {
    const name = asHeading(m[1])
    if (name && !scannedOnce(corpus, `quoted:${name}`, () => new RegExp(escaped(name), 'i')))
      return name
  }
  return undefined
}

/**
 * The name of the first gate (see GATES) that finds the documents do not answer from the ranking,
 * "nothingRanked" when no sentence is ranked, or undefined when they answer.
 */
export function abstainingGate(
  corpus: Corpus,
  retrieval: Retrieval,
  threshold: number,
): string | undefined {
  if (!retrieval.ranked.length) return 'nothingRanked'
  return gateAbstaining(corpus, retrieval, threshold)?.name
}

/** The first gate (see GATES) that abstains on the best sentence, if any. */
function gateAbstaining(corpus: Corpus, retrieval: Retrieval, threshold: number): Gate | undefined {
  const best = retrieval.ranked[0]
  return best && GATES.find((gate) => gate.abstains(corpus, retrieval, best, threshold))
}

/**
 * Why an abstention with no missing word abstains, in a sentence: the gate's own words, or, when
 * nothing was ranked, that no passage matches.
 */
export function whyAbstained(corpus: Corpus, retrieval: Retrieval, threshold: number): string {
  if (retrieval.question.aboutDocuments) return ABOUT_DOCUMENTS_TOLD
  if (retrieval.question.toAssistant) return TO_ASSISTANT_TOLD
  if (retrieval.question.closing) return 'Nothing was asked of the documents.'
  const gate = gateAbstaining(corpus, retrieval, threshold)
  // A first question that only points back ("what is it?") has nothing ranked, and the reason
  // is what it points at, not that no passage matches.
  if (retrieval.question.unresolved) return UNRESOLVED_TOLD
  if (!retrieval.ranked.length) return 'No passage matches the question.'
  return gate?.tells?.(corpus, retrieval, retrieval.ranked[0]) ?? ''
}

/**
 * Tells the names the best sentence's page lacks (see lackedByPage): the passages that match best
 * are elsewhere, and none on a page about the name (see fromNamedPage) answers.
 */
function tellsElsewhere(gate: string) {
  return (corpus: Corpus, retrieval: Retrieval): string => {
    const lacked = lackedByPage(corpus, retrieval, gate)
    const names = quoteList(lacked.map((c) => c.word))
    // (A name its page mentions only outside the best sentence's section: see firstLacked.)
    const best = retrieval.ranked[0].sentence
    const where = lacked.some((c) => namedBy(c, (t) => onPage(corpus, t, best)))
      ? 'never mention'
      : 'are on pages that never mention'
    return `The passages that match it best ${where} ${names}, and no page about ${names} answers it.`
  }
}

/** The documents answer from the ranking: no gate abstains (see GATES). */
export const answerable = (corpus: Corpus, retrieval: Retrieval, threshold: number) =>
  abstainingGate(corpus, retrieval, threshold) === undefined

/** Words that deny a doing between its doer and its verb ("does not maintain", "never wrote"). */
const DENIES = /\b(?:not|never|no longer)\b|n't\b/i

/** How many words before a verb its doer may stand ("The Hono team currently maintains"). */
const DOER_REACH = 4

type Doer = NonNullable<AnalysedQuestion['doer']>

/**
 * The sentence says who did a doing the question asks the doer of: the verb (the same stem) with
 * "by" after it ("was created by the maintainers"), or after a name or a person within
 * DOER_REACH words and no denial between. A verb that opens its sentence or clause is an
 * instruction to the reader.
 */
function saysDoer(corpus: Corpus, sentence: number, { verbs, things }: Doer): boolean {
  // What it was done to ("Hono" of "Who created Hono"): the sentence must say it (see doerAsked).
  const said = termsOfSentence(corpus, sentence)
  if (things.length && !things.some((t) => said.has(t))) return false
  const ws = sentenceText(corpus, sentence)
    .split(/[\s(),;:]+/)
    .filter(Boolean)
  return ws.some((w, i) => {
    if (!verbs.has(stem(w.toLowerCase().replace(/\W+$/, '')))) return false
    if (ws[i + 1]?.toLowerCase() === 'by') return true
    // A doer named before it, with no denial between; a verb that opens the sentence ("Then
    // create …") has none.
    const before = ws.slice(Math.max(0, i - DOER_REACH), i)
    return (
      !DENIES.test(before.join(' ')) &&
      before.some((b) => /^[A-Z]/.test(b) && !STOPWORDS.has(b.toLowerCase()))
    )
  })
}

/**
 * The sentence says, in its own words, a word of one side of the choice offered (see
 * sentenceSays), and not every word of a choice of three or more: one that names them all lists
 * the options ("Therapies such as CBT and exposure therapy …" for "Which works better: CBT or
 * exposure therapy?"); it does not pick one.
 */
function saysChoice(corpus: Corpus, retrieval: Retrieval, r: Ranked): boolean {
  const { choice, concepts } = retrieval.question
  const sides = concepts.filter((c) => choice!.includes(c.word))
  const said = sides.filter((c) => sentenceSays(corpus, r.sentence, c)).length
  return said > 0 && (said < sides.length || sides.length < 3)
}

/** The sentence's own words have the concept's word or a relative at WEIGHTS.subjectRelative. */
function speaksOf(corpus: Corpus, sentence: number, c: Concept): boolean {
  const terms = termsOfSentence(corpus, sentence)
  for (const t of c.alts.keys())
    if (c.alts.get(t)! >= WEIGHTS.subjectRelative && terms.has(t)) return true
  return false
}

/** The coverage a best sentence must reach: less for one that says many of a long question's ideas. */
export function barFor(retrieval: Retrieval, best: Ranked, threshold: number): number {
  const ideas = matchable(retrieval)
  return (best.said >= SAYS_MANY.said && ideas >= SAYS_MANY.ideas) ||
    (best.said >= SAYS_MANY.longSaid && ideas >= SAYS_MANY.longIdeas)
    ? threshold * SAYS_MANY.share
    : threshold
}

/**
 * Least share of a question's weight a name carries for the page that answers to have to say it
 * (see nameElsewhere). Over the 24 sets, of 565 names of answered questions, the first cited page
 * never said 27; the two weighing more than a fifth of their question were both out of scope
 * (Vercel, 0.38; JavaScript of "`let` and `const` in JavaScript", 0.36). At 0.2 two in-scope
 * answers were lost ("httpOnly" cookies, a "WWW-Authenticate" header), at 0.15 four.
 */
const NAME_SHARE = 0.3

/**
 * `has` holds the concept's name itself (an alternative at WEIGHTS.nameItself), or all its parts
 * ("incoming" and "message" of IncomingMessage, "bodi" and "limit" of bodyLimit), not one of
 * them ("script" of "JavaScript").
 */
function namedBy(c: Concept, has: (t: string) => boolean): boolean {
  for (const t of c.alts.keys()) if (c.alts.get(t)! >= WEIGHTS.nameItself && has(t)) return true
  return c.parts?.every(has) ?? false
}

/**
 * The question's own name that carries at least NAME_SHARE of its weight is nowhere on the page
 * of sentence `r` (its sentences, headings or code: see onPage): what they mention only in
 * passing, elsewhere, is not what that page is about.
 */
function nameElsewhere(corpus: Corpus, retrieval: Retrieval, r: Ranked, share: number): boolean {
  return namesElsewhere(corpus, retrieval, r, share).length > 0
}

/**
 * The question's own names (or pages' one-word titles: see titleWord) carrying at least `share`
 * of its weight that the page of `r` lacks.
 */
function namesElsewhere(corpus: Corpus, retrieval: Retrieval, r: Ranked, share: number): Concept[] {
  const { concepts } = retrieval.question
  let total = 0
  for (const c of concepts) if (!c.fromHistory) total += c.salience
  return concepts.filter(
    (c) =>
      (c.name || titleWord(corpus, c)) &&
      c.mentioned &&
      !c.fromHistory &&
      !c.told &&
      c.salience >= share * total &&
      !namedBy(c, (t) => onPage(corpus, t, r.sentence)),
  )
}

/**
 * Whether a concept is, as the reader wrote it, the one word of a page's title ("vitest" of a page
 * titled "vitest", however typed): the page's name, as a capitalised name is one. Documents of
 * several products' READMEs answered "how do I install vitest" from another package's install
 * line, vitest's own page saying nothing of installing.
 */
function titleWord(corpus: Corpus, c: Concept): boolean {
  const titles = oneWordTitles(corpus)
  for (const [t, w] of c.alts) if (w === 1 && titles.has(t)) return true
  return false
}

/**
 * What the best sentence's page lacks when a page gate abstains on it (see GATES): the heavy names
 * for nameElsewhere; for numberElsewhere every name and the first own idea it does not have.
 */
export function lackedByPage(
  corpus: Corpus,
  retrieval: Retrieval,
  gate: string | undefined,
): Concept[] {
  const best = retrieval.ranked[0]
  if (gate === 'nameElsewhere') return namesElsewhere(corpus, retrieval, best, NAME_SHARE)
  if (gate !== 'numberElsewhere') return []
  const lacked = namesElsewhere(corpus, retrieval, best, 0)
  const first = firstLacked(corpus, retrieval, best)
  if (first && !lacked.includes(first)) lacked.push(first)
  return lacked
}

/** The stems of the headings of a page (its title and its sections'), read once a corpus. */
function headingsOf(corpus: Corpus, docId: string): Set<string> {
  let pages = corpus.memo.headingStems
  if (!pages) {
    pages = new Map()
    const { sentences, passages } = corpus.data
    for (let p = 0; p < passages.length; p++) {
      const docId = passages.docId(p, sentences)
      let stems = pages.get(docId)
      if (!stems) pages.set(docId, (stems = new Set()))
      for (const h of passages.headings(p)) for (const w of words(h)) stems.add(stem(w))
    }
    corpus.memo.headingStems = pages
  }
  return pages.get(docId) ?? new Set()
}

/** A heading of the page of sentence `at` says the concept's name, or all its parts. */
export function headingSays(corpus: Corpus, c: Concept, at: number): boolean {
  const stems = headingsOf(corpus, corpus.data.sentences.docId(at))
  return namedBy(c, (t) => stems.has(t))
}

/**
 * The sentence's own words say the platform (its name, or all its parts) and the placing verb.
 * Its terms leave out link targets and addresses (see words in terms.ts), whose words
 * ("site-deploys") it does not say.
 */
function saysPlacing(corpus: Corpus, sentence: number, c: Concept, verb: string): boolean {
  const said = termsOfSentence(corpus, sentence)
  return namedBy(c, (t) => said.has(t)) && said.has(verb)
}

/**
 * The question's first own idea ("csrf" of "csrf() blocked status code + body", "timeout" of
 * "timeout middleware default status code …?") is nowhere on the page of sentence `r`: a figure
 * asked of that thing is not given by another page's figure.
 */
function firstElsewhere(corpus: Corpus, retrieval: Retrieval, r: Ranked): boolean {
  return firstLacked(corpus, retrieval, r) !== undefined
}

/**
 * The question's first own idea (see firstIdea) when the page of sentence `r` lacks it; a name,
 * when the sentence's own section does: a page's install tabs ("bun create …") do not make its
 * Node.js requirements an answer for Bun.
 */
function firstLacked(corpus: Corpus, retrieval: Retrieval, r: Ranked): Concept | undefined {
  const first = firstIdea(retrieval)
  if (!first) return undefined
  const where = first.name ? inSection : onPage
  return namedBy(first, (t) => where(corpus, t, r.sentence)) ? undefined : first
}

/** Some sentence, heading or code of the section of sentence `at` has the term (a stem). */
function inSection(corpus: Corpus, term: string, at: number): boolean {
  const section = corpus.sectionOf[at]
  return corpus.index.someWith(term, (s) => corpus.sectionOf[s] === section)
}

/** Words that bound the figure asked ("Minimum Node.js version?"): the figure is of what follows. */
const BOUNDS = new Set(['minimum', 'maximum', 'min', 'max', 'lowest', 'highest', 'least', 'most'])

/**
 * The question's first own idea the documents mention, past the words that ask a status code and
 * those that bound the figure asked.
 */
function firstIdea(retrieval: Retrieval): Concept | undefined {
  // (Not the words that ask for a status code: "What status code does bearerAuth return …?" is
  // asked of bearerAuth.)
  const asking = retrieval.question.statusCodeWords ?? []
  return retrieval.question.concepts.find(
    (c) =>
      !c.fromHistory &&
      c.mentioned &&
      !asking.includes(c.word.toLowerCase()) &&
      !BOUNDS.has(c.word.toLowerCase()),
  )
}

/** Some sentence, heading or code of the page of sentence `at` has the term (a stem). */
function onPage(corpus: Corpus, term: string, at: number): boolean {
  const { sentences } = corpus.data
  const doc = sentences.doc[at]
  return corpus.index.someWith(term, (s) => sentences.doc[s] === doc)
}

/**
 * The question's ideas a sentence could match: those the documents have a word for, or a relative
 * of. An idea they have none for ("lied", "cry") weighs in coverage as missing already; counted
 * here too, "Who should I lean on after my girlfriend lied to me?" abstained on "They should seek
 * support from friends …", which matches one of its two other ideas, as any sentence would.
 */
const matchable = (retrieval: Retrieval) =>
  retrieval.question.concepts.filter((c) => c.known).length

/**
 * The ideas a question asks a sentence to match (see tooFewIdeas): those the documents know, less
 * what the last question lent a new subject ("What about grouping?" after "optional
 * parameters?": the sections on grouping need say nothing of parameters).
 */
const ideasAsked = (retrieval: Retrieval) =>
  retrieval.question.concepts.filter(
    (c) => c.known && !(retrieval.question.newSubject && c.fromHistory),
  ).length

/** The sentence says a phrase the reader put in quotation marks, word for word. */
function saysQuote(corpus: Corpus, retrieval: Retrieval, r: Ranked): boolean {
  const { phrases } = retrieval.question
  if (!phrases) return false
  const text = plainText(sentenceText(corpus, r.sentence))
  return phrases.some((p) => text.includes(p))
}

/** Words listed in quotes, the last after “or”: “a”, “b” or “c”. */
export const quoteList = (xs: string[]) =>
  xs.length <= 1
    ? `“${xs[0]}”`
    : `${xs
        .slice(0, -1)
        .map((x) => `“${x}”`)
        .join(', ')} or “${xs[xs.length - 1]}”`

/**
 * Whether the clause that asks (the last asking sentence, up to a word that opens another clause:
 * "when", "so", "because" …, see CLAUSE_OPENERS) has a word of the question's own the documents
 * never mention, nor the sentence by a relative (as "confrontation" says "facing"): "how do I
 * issue refresh tokens … and revoke them when the user logs out?" asks for a doing they never
 * write, where "how do I make it close cleanly on SIGTERM when kubernetes stops the pod?" asks
 * theirs in the reader's setting. A manner adverb ("cleanly", "automatically") says how, not what.
 */
function asksUnsaid(corpus: Corpus, q: AnalysedQuestion, sentence: number): boolean {
  const ws = words(lastAsking(q.text, q.text).toLowerCase())
  let end = ws.length
  for (let i = 1; i < end; i++) if (CLAUSE_OPENERS.has(ws[i])) end = i
  const clause = new Set(ws.slice(0, end))
  return q.concepts.some(
    (c) =>
      !c.fromHistory &&
      !c.mentioned &&
      clause.has(c.word.toLowerCase()) &&
      !MANNER_ADVERB.test(c.word) &&
      !speaksOf(corpus, sentence, c),
  )
}

/** "cleanly", "automatically", "properly" (not "apply", "family", "easily"). */
const MANNER_ADVERB = /\w{3,}[^ip]ly$/i
