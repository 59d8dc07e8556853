// Ranked sentences → an Answer: the best sentences in the documents' own words, each followed by its
// [n] marker and cited with exact offsets; or an honest abstention that says what is missing and
// what nearby text exists.

import { spanText, type Corpus } from './corpus.ts'
import { codeAfter } from './follow-ups.ts'
import { INLINE_CODE, scannedOnce } from './code-names.ts'
import { isCitable } from './passages.ts'
import { asHeading, asksOfName, openingAround } from './rank-bonuses.ts'
import { escaped, matchesOf } from './reading-text.ts'
import { introduces, plainText, retrieve, type Ranked, type Retrieval } from './retrieve.ts'
import {
  hasExpected,
  sentenceIs,
  sentenceSays,
  statesQuantity,
  termsOfSentence,
} from './sentence-form.ts'
import { asksVersion } from './expected-answer.ts'
import { stem, STOPWORDS, words } from './terms.ts'
import { LIMITS, WEIGHTS } from './weights.ts'
import type { AnalysedQuestion, Concept } from './question-types.ts'
import type { Answer, Citation, Related, Turn } from './types.ts'
import type { SentenceTable } from './unit-tables.ts'

export interface AnswerOptions {
  /**
   * Most citations in one answer.
   * @default 3
   */
  k?: number
  /**
   * Least coverage (salience-weighted share of the question's concepts found in one sentence) for
   * the documents to count as answering. Raise it to abstain more often, lower it to answer more.
   * @default 0.28
   */
  threshold?: number
  /**
   * A further sentence is cited only if its score is at least this share of the best one's.
   * @default 0.8
   */
  relative?: number
}

export const DEFAULT_ANSWER_OPTIONS: Required<AnswerOptions> = {
  k: 3,
  threshold: 0.28,
  relative: 0.8,
}

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
 * short paraphrase says three words of a wrong sentence as often as of the right one).
 */
export const SAYS_MANY = { said: 4, ideas: 10, share: 0.75 }

/** A sentence right after a cited one joins its citation from this share of the best score on. */
export const NEIGHBOUR = { relative: 0.65 }

/** A passage of prose no longer than this (in characters) is cited whole. */
export const SHORT_PASSAGE_CHARS = 150

/** Longest opening of a page cited whole for a question about the page (see openingAround). */
export const OPENING_CHARS = 400

/** Longest span (in characters) that merging neighbours may build. */
export const MAX_SPAN_CHARS = 520

/** A sentence that opens like this leans on the one before it ("This includes …"). */
const LEANS_BACK =
  /^(this|these|that|those|it|its|they|their|such|he|she|in addition|additionally|also|through this|with these|however|but|therefore|thus|as a result|for example|for instance)\b/i

/**
 * Whether sentence `id` leans on the one before it (LEANS_BACK), and whether it introduces what
 * follows it (see introduces), remembered per sentence: spanFor asks of each candidate it grows,
 * the same sentences question after question (a slice of the page and a pattern each time).
 */
const leansBack = (corpus: Corpus, id: number) =>
  sentenceIs(corpus, corpus.memo.leansBack, id, LEANS_BACK)
const introducesNext = (corpus: Corpus, id: number) =>
  sentenceIs(corpus, corpus.memo.introduces, id, introduces)

/** Openings that point at the case or aim stated just before: "In this case", "To do this". */
const POINTS_AT_CASE =
  /^(?:in (?:this|that|such|either|each) cases?|to do (?:this|that|so)|in other words|for this reason|because of this)\b/i

interface Span {
  docId: string
  first: number
  last: number
  score: number
  /** Where the span ends without the sentence that explains a pasted sample (see spanFor). */
  unexplained?: number
}

function sentenceText(corpus: Corpus, i: number): string {
  const s = corpus.data.sentences
  return spanText(corpus, s.docId(i), s.start[i], s.end[i])
}

/**
 * The score of a neighbour asked about (a few per answer): found by a scan from the top, where
 * neighbours of cited sentences usually stand, cheaper than a map of a thousand scores.
 */
function scoreOf(ranked: Ranked[], sentence: number): number {
  for (const r of ranked) if (r.sentence === sentence) return r.score
  return 0
}

/** Whether the j-th sentence of a passage (`members`) is one to cite. */
const citable = (sentences: SentenceTable, members: number[], j: number) =>
  j >= 0 && j < members.length && isCitable(sentences.kind(members[j]))

/** Whether every unit from `first` to `last` is one to cite. */
function isCitableRun(sentences: SentenceTable, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (!isCitable(sentences.kind(i))) return false
  return true
}

/** Characters from the first to the last of a passage's sentences `members[first..last]`. */
const spanChars = (sentences: SentenceTable, members: number[], first: number, last: number) =>
  sentences.end[members[last]] - sentences.start[members[first]]

/**
 * A sentence that introduces the code after it: by how it ends (see introduces), or by pointing
 * at it on the way ("The following example uses Zod Validator.", "In the example below, it will
 * show …", "By defining `ContextRenderer` as shown below, you can …"), which was cited without
 * the code it points at. Not "below the other handler", a place in the reader's code.
 */
const leadsIn = (text: string) => introduces(text) || POINTS_BELOW.test(text)
const POINTS_BELOW =
  /\b(?:the following (?:example|code|script|sample|snippet)|(?:example|code|script|sample|snippet|shown|see|is|are|as|like) below(?!\s+(?:the|a|an|this|that|its|your)\b)|below is)\b/i

/**
 * The sentence that introduces the list item `item` belongs to (see introduces), found back over
 * the items before it under the same heading, when it and the items up to `item` fit in one
 * citation; else `item` itself.
 */
function listLeadIn(corpus: Corpus, item: number): number {
  const { sentences } = corpus.data
  const start = sentences.end[item] - MAX_SPAN_CHARS
  let i = item - 1
  while (
    i >= 0 &&
    sentences.kind(i) === 'item' &&
    corpus.sectionOf[i] === corpus.sectionOf[item] &&
    sentences.start[i] >= start
  )
    i--
  return i >= 0 &&
    sentences.kind(i) === 'sentence' &&
    corpus.sectionOf[i] === corpus.sectionOf[item] &&
    sentences.start[i] >= start &&
    introducesNext(corpus, i)
    ? i
    : item
}

/**
 * Grows a chosen sentence into the smallest span a reader can understand on its own; with `code`
 * (an example asked for), with the code that follows it.
 */
function spanFor(
  corpus: Corpus,
  r: Ranked,
  ranked: Ranked[],
  code = false,
  /** The question as written: a sample that echoes it brings the sentence after it (see echoesAsked). */
  asked = '',
): Span {
  const { sentences, passages } = corpus.data
  // The opening of a page asked about as a whole says what the page is about in a few sentences
  // ("Using Hono is super easy. We can set up the project, …"): it is cited whole when short.
  const opening = r.opening ? openingAround(corpus, r.sentence) : undefined
  if (
    opening &&
    sentences.end[opening[1]] - sentences.start[opening[0]] <= OPENING_CHARS &&
    isCitableRun(sentences, opening[0], opening[1])
  )
    return {
      docId: sentences.docId(r.sentence),
      first: opening[0],
      last: opening[1],
      score: r.score,
    }
  const members = passages.members(sentences.passage[r.sentence])
  const at = members.indexOf(r.sentence)
  let first = at
  let last = at
  // The sentence that explains a sample the reader pasted, past the span's passage (see below).
  let explained = -1
  // The chosen sentence points back ("This includes …"): give the reader what it points to, in
  // its passage or, first in it, the sentence before it under the same heading (see below).
  const backs = leansBack(corpus, r.sentence)
  if (backs && citable(sentences, members, first - 1)) first--
  // One that opens its paragraph by pointing at the case or aim just stated ("In this case,
  // Secure-headers operates …", "To do this, export …") is an example of the rule the paragraph
  // before ends on ("Please be cautious about the order …"): that sentence comes with it.
  let lead = members[first]
  if (
    first === 0 &&
    POINTS_AT_CASE.test(sentenceText(corpus, r.sentence)) &&
    lead > 0 &&
    corpus.sectionOf[lead - 1] === corpus.sectionOf[lead] &&
    sentences.kind(lead - 1) === 'sentence' &&
    sentences.end[members[members.length - 1]] - sentences.start[lead - 1] <= MAX_SPAN_CHARS
  )
    lead--
  // The index cuts a long paragraph into passages of five sentences, and a new paragraph's "This
  // failure, known as …" points at the one before it as much: when nothing but space stands
  // between them (not the fence of an aside, ":::").
  else if (
    backs &&
    at === 0 &&
    lead > 0 &&
    sentences.kind(lead - 1) === 'sentence' &&
    corpus.sectionOf[lead - 1] === corpus.sectionOf[lead] &&
    onlySpaceBetween(corpus, lead - 1, lead) &&
    sentences.end[r.sentence] - sentences.start[lead - 1] <= MAX_SPAN_CHARS
  )
    lead--
  // An item of a list says what it says only under the sentence that introduces the list ("The
  // cookie helper will throw an `Error` when parsing cookies under the following conditions:" over
  // "The `maxAge` option value is greater than 400 days."): that sentence comes with it, and the
  // items between them, when all fit in one citation.
  if (sentences.kind(r.sentence) === 'item') lead = Math.min(lead, listLeadIn(corpus, r.sentence))
  // The next sentence continues this one and is itself relevant: keep them together.
  while (
    citable(sentences, members, last + 1) &&
    leansBack(corpus, members[last + 1]) &&
    scoreOf(ranked, members[last + 1]) > 0 &&
    last - first < 2
  ) {
    last++
    if (spanChars(sentences, members, first, last) > MAX_SPAN_CHARS) {
      last--
      break
    }
  }
  // A sentence that introduces a code sample ("You can also pass query parameters:", "Your tests
  // can be written like this.") is only half an answer without it.
  const next = members[last + 1]
  if (code) {
    // Asked for an example, a sentence brings the code that follows it, whatever it says ("You
    // can use the schema in the callback function for validation …" and its code).
    last = members.indexOf(codeAfter(corpus, members[last]))
  } else if (
    next !== undefined &&
    sentences.kind(next) === 'code' &&
    leadsIn(sentenceText(corpus, members[last])) &&
    sentences.end[next] - sentences.start[next] <= LIMITS.codeChars
  ) {
    last++
    // The sample is what the reader pasted ("When you try to execute lsof you may get this
    // complaint:" and their very error): the sentence after it, under the same headings, explains it,
    // the answer they need.
    const after = next + 1
    if (
      after < sentences.length &&
      sentences.docId(after) === sentences.docId(next) &&
      passages.headingPath(sentences.passage[after]) ===
        passages.headingPath(sentences.passage[next]) &&
      isCitable(sentences.kind(after)) &&
      echoesAsked(corpus, next, asked)
    )
      explained = after
  }
  // A sentence that introduces a list ("… under the following conditions:") says what the items
  // are about; the items are the answer: as many as fit in one citation.
  if (introducesNext(corpus, members[last])) {
    while (citable(sentences, members, last + 1) && sentences.kind(members[last + 1]) === 'item') {
      last++
      if (spanChars(sentences, members, first, last) > MAX_SPAN_CHARS) {
        last--
        break
      }
    }
  }
  // A short passage of prose alone (an option's description and its default: "The minimum size in
  // bytes to compress. Defaults to 1024 bytes.") is one thought: it is cited whole.
  const whole = sentences.end[members[members.length - 1]] - sentences.start[members[0]]
  if (whole <= SHORT_PASSAGE_CHARS && members.every((m) => isCitable(sentences.kind(m)))) {
    first = 0
    last = members.length - 1
  }
  const span: Span = {
    docId: sentences.docId(r.sentence),
    first: Math.min(lead, members[first]),
    last: members[last],
    score: r.score,
  }
  if (explained > span.last) {
    span.unexplained = span.last
    span.last = explained
  }
  // A bare reply ("No." to an FAQ's "Is there an lsof license?") says nothing a reader can check
  // alone: the sentence after it, under the same heading, says why.
  const after = span.last + 1
  if (
    span.last === r.sentence &&
    BARE_REPLY.test(sentenceText(corpus, r.sentence)) &&
    after < sentences.length &&
    sentences.docId(after) === span.docId &&
    passages.headingPath(sentences.passage[after]) ===
      passages.headingPath(sentences.passage[r.sentence]) &&
    onlySpaceBetween(corpus, span.last, after) &&
    isCitable(sentences.kind(after)) &&
    sentences.end[after] - sentences.start[span.first] <= MAX_SPAN_CHARS
  )
    span.last = after
  return span
}

/**
 * Whether nothing but space stands between sentence `a` and the next, `b`, of the same document:
 * not an aside's ":::" fence, a heading or code.
 */
function onlySpaceBetween(corpus: Corpus, a: number, b: number): boolean {
  const { sentences } = corpus.data
  return !/\S/.test(spanText(corpus, sentences.docId(a), sentences.end[a], sentences.start[b]))
}

/** A reply and nothing else: "Yes.", "No!". */
const BARE_REPLY = /^\s*(?:yes|no)\s*[.!]?\s*$/i

/**
 * Whether a code sample is, for the most part, what the question pastes: at least half of its
 * content words (three letters or more, at least five of them) are the question's too.
 */
function echoesAsked(corpus: Corpus, code: number, asked: string): boolean {
  if (!asked) return false
  const mine = new Set(words(asked))
  let all = 0
  let shared = 0
  for (const w of new Set(words(sentenceText(corpus, code)))) {
    if (w.length < 3 || STOPWORDS.has(w)) continue
    all++
    if (mine.has(w)) shared++
  }
  return all >= 5 && shared * 2 >= all
}

/**
 * The first of `spans` that shares a unit with `span`, if any. (A function of the module: a closure
 * made per candidate is named by tsx each time it is made, 2.5% of an answer.)
 */
function overlapping(spans: Span[], span: Span): Span | undefined {
  for (const o of spans)
    if (o.docId === span.docId && span.first <= o.last && o.first <= span.last) return o
  return undefined
}

/** Whether two spans of one document are short enough together to read as one citation. */
function fitsWith(corpus: Corpus, a: Span, b: Span): boolean {
  const { sentences } = corpus.data
  const first = Math.min(a.first, b.first)
  const last = Math.max(a.last, b.last)
  return sentences.end[last] - sentences.start[first] <= MAX_SPAN_CHARS
}

/** Two spans of one passage with nothing between them, short enough together to read as one. */
function adjacent(corpus: Corpus, a: Span, b: Span): boolean {
  const { sentences } = corpus.data
  if (sentences.passage[a.first] !== sentences.passage[b.first]) return false
  if (b.first !== a.last + 1 && a.first !== b.last + 1) return false
  return fitsWith(corpus, a, b)
}

/**
 * A citation that grew may now touch another of the same passage (the 1st and 3rd sentences cited
 * apart until the 2nd joins one of them): the two become one citation, in the better one's place.
 */
function foldTouching(corpus: Corpus, spans: Span[], grown: Span): void {
  for (let o; (o = spans.find((x) => x !== grown && adjacent(corpus, x, grown)));) {
    const [keep, drop] = spans.indexOf(o) < spans.indexOf(grown) ? [o, grown] : [grown, o]
    keep.first = Math.min(keep.first, drop.first)
    keep.last = Math.max(keep.last, drop.last)
    spans.splice(spans.indexOf(drop), 1)
    grown = keep
  }
}

function abstain(corpus: Corpus, retrieval: Retrieval, threshold: number): Answer {
  const { unnamed } = retrieval.question
  // A word of the thing named unnamed is said with it: "side effects", not "side effects" and "side".
  const inUnnamed = new Set(unnamed?.includes(' ') ? unnamed.split(' ') : [])
  // Reading on past the end (see Retrieval.ended) asked for no word: the last question's
  // missing ones were said with its own answer.
  const missing = retrieval.ended
    ? []
    : retrieval.question.concepts
        .filter((c) => !c.mentioned && !c.fromHistory && !inUnnamed.has(c.word))
        .map((c) => c.word)
  // A thing named by words the documents all use, never together ("request id middleware").
  if (unnamed && !retrieval.ended && !missing.includes(unnamed)) missing.unshift(unnamed)
  // A name quoted as code that no page writes ("pyenv doctor --pypy"), whatever its words.
  const quote = retrieval.ended ? undefined : unwrittenQuote(corpus, retrieval.question)
  if (quote && !missing.includes(quote)) missing.unshift(quote)
  // Reading on past the end of the last answer's part of the page: what the page says next, on
  // its own (it is no near miss of the question), then the nearest passages as for any question.
  const next = retrieval.ended?.length ? relatedSpan(corpus, retrieval.ended[0]) : undefined
  const related: Related[] = []
  for (const r of retrieval.ranked) {
    if (related.length >= 2 || r.coverage <= 0) break
    if (!retrieval.ended?.includes(r.sentence)) related.push(relatedSpan(corpus, r.sentence))
  }
  let text = retrieval.ended
    ? 'Nothing follows the last answer in its part of the page.'
    : 'The documents do not answer this question.'
  if (missing.length) text += ` They never mention ${quoteList(missing.slice(0, 5))}.`
  // With no word to name as missing, the reader is told why (see Gate.tells).
  else if (!retrieval.ended) text += ` ${whyAbstained(corpus, retrieval, threshold)}`.trimEnd()
  const answer = text + whatTheyCover(corpus)
  return { found: false, answer, citations: [], related, missing, ...(next ? { next } : {}) }
}

/**
 * Sentence `id` as a passage related to an abstention. (A function of the module, not a closure
 * made per abstention: tsx names every closure it makes, ~0.7% of an answer.)
 */
function relatedSpan(corpus: Corpus, id: number): Related {
  const s = corpus.data.sentences.at(id)
  const doc = corpus.docs.get(s.docId)!
  return {
    docId: s.docId,
    title: doc.title,
    text: doc.text.slice(s.start, s.end),
    start: s.start,
    end: s.end,
  }
}

/** " They cover: <titles>. You could ask: <topics>", the corpus's part of every abstention. */
function whatTheyCover(corpus: Corpus): string {
  let text = corpus.memo.covers
  if (text !== undefined) return text
  const titles = corpus.data.docs.map((d) => d.title)
  if (titles.length) {
    text = ` They cover: ${titles.slice(0, 5).join('; ')}${titles.length > 5 ? ` and ${titles.length - 5} more` : ''}.`
  } else {
    text = ' No documents are loaded.'
  }
  const topics = corpus.data.topics.slice(0, 2)
  if (topics.length) text += ` You could ask: ${topics.map((t) => `“${t}”`).join(' or ')}`
  corpus.memo.covers = text
  return text
}

const quoteList = (xs: string[]) =>
  xs.length <= 1
    ? `“${xs[0]}”`
    : `${xs
        .slice(0, -1)
        .map((x) => `“${x}”`)
        .join(', ')} or “${xs[xs.length - 1]}”`

/** Words that contrast two things, whether to compare them or to tell them apart (a regex source). */
const CONTRASTS = 'than|compared?|comparison|unlike|whereas|versus|vs|differ\\w*'

/** Words with which a sentence compares: CONTRASTS, and comparatives ("more", "better") … */
const COMPARES = new RegExp(
  `\\b(?:${CONTRASTS}|more|less|fewer|most|least|worse|worst|better|best)\\b`,
  'i',
)

/** Words with which a sentence says a cause: "because", "due to", "results from", "leads to" … */
const SAYS_CAUSE =
  /\b(?:because|due to|caus(?:e|es|ed|ing)|result(?:s|ed|ing)? (?:from|in)|lead(?:s|ing)? to|led to|stem(?:s|med)? from|contribut(?:e|es|ed|ing) to|increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing))\b/i

/**
 * Words with which a sentence tells two things apart: CONTRASTS ("unlike", "whereas", "differs",
 * "rather than"), "instead", "distinct" … Not "more" or "less" alone: "more sensitive … guilt or shame" sets nothing apart.
 */
const SETS_APART = new RegExp(
  `\\b(?:${CONTRASTS}|while|distinct\\w*|distinguish\\w*|contrast\\w*|instead)\\b`,
  'i',
)

/**
 * The best sentence names both things the question asks to tell apart but sets nothing apart: a
 * list ("feelings of shame and guilt") names them side by side and says no difference. A sentence
 * that names one of them may say what it is, half of an answer.
 */
function namesBothAlike(corpus: Corpus, retrieval: Retrieval, r: Ranked): boolean {
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

/**
 * The reasons to abstain, tested in this order on the best sentence (see abstainingGate). The
 * documents answer when one sentence covers enough of the question and matches at least two of
 * its own ideas (one, for a question of one or two ideas they have words for), and no gate below
 * finds a reason it does not answer.
 */
const GATES: readonly Gate[] = [
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
    tells: () => 'It is not clear what the question points back to.',
  },
  {
    // The sentence covers too little of the question (see barFor). One that says what the reader
    // quotes ("Secure Area") is about what they ask, however little else of the question it
    // covers; so is one that states a rule of the API a problem report names (see ANCHORED).
    name: 'lowCoverage',
    abstains: (corpus, retrieval, best, threshold) =>
      best.coverage < barFor(retrieval, best, threshold) &&
      !saysQuote(corpus, retrieval, best) &&
      !((best.anchored || best.opening) && best.coverage >= ANCHORED.coverage),
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
      // A version is a figure only when one is asked for ("Which Node version …?").
      !(asksVersion(retrieval.question.text.toLowerCase())
        ? hasExpected(corpus, best.sentence, 'number', NO_PEOPLE)
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
    abstains: (_, retrieval, best) =>
      best.matched < (matchable(retrieval) >= 3 && !best.opening ? 2 : 1),
    tells: () => 'No passage matches enough of the question’s ideas.',
  },
]

/**
 * The first name a question that asks of quoted names (see asksOfName) quotes as code and no page
 * writes (case aside, a call's "()" aside), if any.
 */
function unwrittenQuote(corpus: Corpus, q: AnalysedQuestion): string | undefined {
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
function whyAbstained(corpus: Corpus, retrieval: Retrieval, threshold: number): string {
  const gate = gateAbstaining(corpus, retrieval, threshold)
  if (!retrieval.ranked.length) return 'No passage matches the question.'
  return gate?.tells?.(corpus, retrieval, retrieval.ranked[0]) ?? ''
}

/**
 * Tells the names the best sentence's page lacks (see lackedByPage): the passages that match best
 * are elsewhere, and none on a page about the name (see fromNamedPage) answers.
 */
function tellsElsewhere(gate: string) {
  return (corpus: Corpus, retrieval: Retrieval): string => {
    const names = quoteList(lackedByPage(corpus, retrieval, gate).map((c) => c.word))
    return `The passages that match it best are on pages that never mention ${names}, and no page about ${names} answers it.`
  }
}

/** The documents answer from the ranking: no gate abstains (see GATES). */
const answerable = (corpus: Corpus, retrieval: Retrieval, threshold: number) =>
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

/** No people named by the question (hasExpected reads them only for a person asked for). */
const NO_PEOPLE: ReadonlySet<string> = new Set()

/** The coverage a best sentence must reach: less for one that says many of a long question's ideas. */
function barFor(retrieval: Retrieval, best: Ranked, threshold: number): number {
  return best.said >= SAYS_MANY.said && matchable(retrieval) >= SAYS_MANY.ideas
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

/** The question's own names carrying at least `share` of its weight that the page of `r` lacks. */
function namesElsewhere(corpus: Corpus, retrieval: Retrieval, r: Ranked, share: number): Concept[] {
  const { concepts } = retrieval.question
  let total = 0
  for (const c of concepts) if (!c.fromHistory) total += c.salience
  return concepts.filter(
    (c) =>
      c.name &&
      c.mentioned &&
      !c.fromHistory &&
      !c.told &&
      c.salience >= share * total &&
      !namedBy(c, (t) => onPage(corpus, t, r.sentence)),
  )
}

/**
 * What the best sentence's page lacks when a page gate abstains on it (see GATES): the heavy names
 * for nameElsewhere; for numberElsewhere every name and the first own idea it does not have.
 */
function lackedByPage(corpus: Corpus, retrieval: Retrieval, gate: string | undefined): Concept[] {
  const best = retrieval.ranked[0]
  if (gate === 'nameElsewhere') return namesElsewhere(corpus, retrieval, best, NAME_SHARE)
  if (gate !== 'numberElsewhere') return []
  const lacked = namesElsewhere(corpus, retrieval, best, 0)
  const first = firstIdea(retrieval)
  if (first && !lacked.includes(first) && !namedBy(first, (t) => onPage(corpus, t, best.sentence)))
    lacked.push(first)
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
function headingSays(corpus: Corpus, c: Concept, at: number): boolean {
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
  const first = firstIdea(retrieval)
  if (!first) return false
  return !namedBy(first, (t) => onPage(corpus, t, r.sentence))
}

/** The question's first own idea the documents mention, past the words that ask a status code. */
function firstIdea(retrieval: Retrieval): Concept | undefined {
  // (Not the words that ask for a status code: "What status code does bearerAuth return …?" is
  // asked of bearerAuth.)
  const asking = retrieval.question.statusCodeWords ?? []
  return retrieval.question.concepts.find(
    (c) => !c.fromHistory && c.mentioned && !asking.includes(c.word.toLowerCase()),
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

/** The sentence says a phrase the reader put in quotation marks, word for word. */
function saysQuote(corpus: Corpus, retrieval: Retrieval, r: Ranked): boolean {
  const { phrases } = retrieval.question
  if (!phrases) return false
  const text = plainText(sentenceText(corpus, r.sentence))
  return phrases.some((p) => text.includes(p))
}

/** Runners-up that may lead when the best sentence fails only on what it matches: the next three,
 * each scoring at least 0.8 of the best (0.9 moved less; none of the sets' abstentions moved). */
const RUNNER_UP = { candidates: 3, relative: 0.8 }

/**
 * The ranking to answer from, or undefined when the documents do not answer. When the best
 * sentence matches too few of the question's ideas but one nearly as good matches enough, that
 * one leads: "What can those people help with?" after "Who can help after
 * betrayal?" is answered by the sentence that says "help" and "betrayal", not abstained on for
 * the one that says only "people".
 */
function answering(corpus: Corpus, retrieval: Retrieval, threshold: number): Retrieval | undefined {
  if (answerable(corpus, retrieval, threshold)) return retrieval
  // Asked to tell two things apart, the sentences that only list them together are no answer, but
  // those that say what one of them is may be: they answer in the list's place. One that names
  // neither ("Breaking someone's trust …" for shame and guilt, through "feel") says of neither.
  const sides = retrieval.question.setApart
  if (sides && retrieval.ranked.length && namesBothAlike(corpus, retrieval, retrieval.ranked[0])) {
    const ranked = retrieval.ranked.filter(
      (r) =>
        !namesBothAlike(corpus, retrieval, r) &&
        sides.some((c) => sentenceSays(corpus, r.sentence, c)),
    )
    const rest = { ...retrieval, ranked }
    return ranked.length && answerable(corpus, rest, threshold) ? rest : undefined
  }
  const named = fromNamedPage(corpus, retrieval, threshold)
  if (named) return named
  const { ranked } = retrieval
  // Only when the best covers enough of the question: a runner-up never lowers the bar.
  if (ranked.length < 2 || ranked[0].coverage < threshold) return undefined
  for (let i = 1; i < Math.min(ranked.length, RUNNER_UP.candidates + 1); i++) {
    if (ranked[i].score < ranked[0].score * RUNNER_UP.relative) break
    const promoted = [ranked[i], ...ranked.slice(0, i), ...ranked.slice(i + 1)]
    const candidate = { ...retrieval, ranked: promoted }
    if (answerable(corpus, candidate, threshold)) return candidate
  }
  return undefined
}

/** How many of the best sentences on the pages that document a name may answer (see fromNamedPage). */
const NAMED_PAGE = { candidates: 3 }

/**
 * When the best sentence fails only because the question's name is documented on another page
 * (nameElsewhere, numberElsewhere), the ranking of the pages whose headings name it, led by the
 * first of their best NAMED_PAGE.candidates sentences that passes every gate: "What options does
 * the CORS middleware accept?" is best matched by the logger page ("… accepts an optional
 * `PrintFunc` …"), but the CORS page answers it. A page that only mentions the name (Vercel in a
 * list of platforms) documents nothing of it, so no heading of its names it.
 */
function fromNamedPage(
  corpus: Corpus,
  retrieval: Retrieval,
  threshold: number,
): Retrieval | undefined {
  const lacked = lackedByPage(corpus, retrieval, abstainingGate(corpus, retrieval, threshold))
  if (!lacked.length) return undefined
  const ranked = retrieval.ranked.filter((r) =>
    lacked.every((c) => headingSays(corpus, c, r.sentence)),
  )
  for (let i = 0; i < Math.min(ranked.length, NAMED_PAGE.candidates); i++) {
    const promoted = [ranked[i], ...ranked.slice(0, i), ...ranked.slice(i + 1)]
    const candidate = { ...retrieval, ranked: promoted }
    if (answerable(corpus, candidate, threshold)) return candidate
  }
  return undefined
}

/** Answers a question from the corpus, or abstains when the documents do not support an answer. */
export function answerQuestion(
  corpus: Corpus,
  question: string,
  history: Turn[] = [],
  options: AnswerOptions = {},
): Answer {
  return compose(corpus, retrieve(corpus, question, history), options)
}

/** The answer to a ranked question: its cited spans, or an abstention (the last stage of answerQuestion). */
export function compose(corpus: Corpus, retrieval: Retrieval, options: AnswerOptions = {}): Answer {
  const opts = { ...DEFAULT_ANSWER_OPTIONS, ...options }
  const answered = !retrieval.ended && answering(corpus, retrieval, opts.threshold)
  if (!answered) return abstain(corpus, retrieval, opts.threshold)
  retrieval = answered
  const best = retrieval.ranked[0]

  const spans: Span[] = []
  const taken = new Set<number>()
  // Few (the candidates read before the loop stops): a list, not a set that hashed each text.
  const said: string[] = []
  // When even the best sentence covers the question only in part, the runners-up are nearly as
  // likely to be the answer: cite them too, so the reader can pick.
  const relative = best.coverage < UNSURE.coverage ? UNSURE.relative : opts.relative
  // Runners-up are held to the bar the best one was held to.
  const floor = barFor(retrieval, best, opts.threshold)
  for (const r of retrieval.ranked) {
    if (spans.length >= opts.k) break
    if (r !== best && (r.score < best.score * relative || r.coverage < floor)) break
    if (taken.has(r.sentence)) continue
    // Pages repeat themselves ("The algorithm used for JWT signing or verification." under both
    // sign() and verify()): the same words cited twice would only take the place of another answer.
    const words = sentenceText(corpus, r.sentence)
    if (said.includes(words)) continue
    said.push(words)
    const span = spanFor(corpus, r, retrieval.ranked, retrieval.code, retrieval.question.text)
    // The sentence after a pasted sample, cited already, stays where it is.
    if (span.unexplained !== undefined && overlapping(spans, span)) span.last = span.unexplained
    // One that overlaps a citation (an item brought under its list's lead-in, see listLeadIn)
    // extends it when together they fit in one citation; else it is left out.
    const over = overlapping(spans, span)
    if (over && !fitsWith(corpus, over, span)) continue
    for (let i = span.first; i <= span.last; i++) taken.add(i)
    // A sentence right next to one already cited belongs with it: one passage, one citation.
    const neighbour = over ?? spans.find((o) => adjacent(corpus, o, span))
    if (neighbour) {
      neighbour.first = Math.min(neighbour.first, span.first)
      neighbour.last = Math.max(neighbour.last, span.last)
      foldTouching(corpus, spans, neighbour)
    } else {
      spans.push(span)
    }
  }

  // The sentence right after a cited one, in the same passage, that is nearly as relevant finishes
  // its thought ("The algorithm used for signing." → "The default is HS256."): it joins the citation.
  for (const span of spans) {
    const next = span.last + 1
    const { sentences } = corpus.data
    if (
      next < sentences.length &&
      sentences.passage[next] === sentences.passage[span.last] &&
      isCitable(sentences.kind(next)) &&
      !taken.has(next) &&
      scoreOf(retrieval.ranked, next) >= best.score * NEIGHBOUR.relative &&
      sentences.end[next] - sentences.start[span.first] <= MAX_SPAN_CHARS
    ) {
      span.last = next
      taken.add(next)
    }
  }
  for (const span of [...spans]) if (spans.includes(span)) foldTouching(corpus, spans, span)

  const citations: Citation[] = spans.map((span, i) => {
    const doc = corpus.docs.get(span.docId)!
    const start = corpus.data.sentences.start[span.first]
    const end = corpus.data.sentences.end[span.last]
    return {
      id: i + 1,
      docId: doc.id,
      title: doc.title,
      text: doc.text.slice(start, end),
      start,
      end,
      score: Math.round(span.score * 1000) / 1000,
      version: doc.version,
    }
  })
  return {
    found: true,
    answer: citations.map((c) => `${c.text} [${c.id}]`).join(' '),
    citations,
  }
}
