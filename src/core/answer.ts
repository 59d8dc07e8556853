// Ranked sentences → an Answer: the best sentences in the documents' own words, each followed by its
// [n] marker and cited with exact offsets; or an honest abstention that says what is missing and
// what nearby text exists.

import { spanText, type Corpus } from './corpus.ts'
import { codeAfter } from './follow-up-example.ts'
import { withLineFeeds } from './chat-typing.ts'
import { pointsBack } from './follow-ups.ts'
import { isCitable } from './passages.ts'
import { HEADING_SEP } from './unit-tables.ts'
import { openingAround } from './page-asked.ts'
import { askedParts, joinedAnswers, overlaps } from './question-parts.ts'
import { asHeading } from './rank-bonuses.ts'
import { introduces, retrieve, type Ranked, type Retrieval } from './retrieve.ts'
import { asksDefault, sentenceIs, sentenceSays, statesDefault } from './sentence-form.ts'
import { STOPWORDS, words } from './terms.ts'
import { LIMITS } from './weights.ts'
import type { Answer, Citation, Related, Turn } from './types.ts'
import type { SentenceTable } from './unit-tables.ts'
import { type AnswerOptions, DEFAULT_ANSWER_OPTIONS } from './answer-options.ts'
import {
  abstainingGate,
  answerable,
  barFor,
  headingSays,
  lackedByPage,
  namesBothAlike,
  quoteList,
  UNSURE,
  unwrittenQuote,
  whyAbstained,
} from './answerability.ts'

export { type AnswerOptions, DEFAULT_ANSWER_OPTIONS } from './answer-options.ts'
export { abstainingGate } from './answerability.ts'

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

/**
 * The least share of a sample's score the words that open its section need to explain it (see
 * sampleExplained): a page's first words on its topic in general say too little of a report.
 */
const EXPLAINS_SHARE = 0.3

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

/**
 * Verbs of saying, which a question asks with ("Does the article mention …?", "What do the docs
 * say about …?"): the documents not writing them is no news to the reader, so an abstention does
 * not name them among the words the documents never mention. ("tell" is read as a word only when
 * someone is told, "Should I tell my kids …?": a doing of the reader's, named when missing.)
 */
const SAYING = new Set(
  'say says said saying mention mentions mentioned mentioning talk talks talked talking discuss discusses discussed discussing'.split(
    ' ',
  ),
)

function abstain(corpus: Corpus, retrieval: Retrieval, threshold: number): Answer {
  const { unnamed, closing, aboutDocuments, toAssistant } = retrieval.question
  // Asked nothing ("thanks"), of the documents themselves, of the assistant, or for more past
  // what they say: no word of the question is one they lack.
  const askedNoWord = retrieval.ended || retrieval.more || aboutDocuments || toAssistant || closing
  // A name quoted as code that no page writes ("pyenv doctor --pypy"), whatever its words.
  const quote = askedNoWord ? undefined : unwrittenQuote(corpus, retrieval.question)
  // A word of a thing named whole is said with it: "side effects", not "side effects" and "side";
  // "app.listen()", not also "listen"; "pyenv doctor --pypy", not also "pypy".
  const inNamed = new Set<string>()
  for (const name of [unnamed, quote])
    if (name && /[\s.()]/.test(name)) for (const w of words(name)) inNamed.add(w)
  // Reading on past the end (see Retrieval.ended) asked for no word: the last question's
  // missing ones were said with its own answer. Only the first five are said.
  const missing = askedNoWord
    ? []
    : retrieval.question.concepts
        .filter(
          (c) =>
            !c.mentioned &&
            !c.fromHistory &&
            !c.implied &&
            !inNamed.has(c.word) &&
            !SAYING.has(c.word),
        )
        // The most telling first: in a long report, the product or API it names before the
        // story's words ("sveltekit, getclient, intellisense, extremely", not the other way).
        .sort((a, b) => b.salience - a.salience)
        .map((c) => c.word)
  // A thing named by words the documents all use, never together ("request id middleware").
  if (unnamed && !askedNoWord && !missing.includes(unnamed) && !SAYING.has(unnamed))
    missing.unshift(unnamed)
  // (Named once: the quoted `toSSG()` is the call unnamed names, "toSSG()".)
  if (quote && !missing.includes(quote) && (!unnamed || asHeading(unnamed) !== quote))
    missing.unshift(quote)
  // Reading on past the end of the last answer's part of the page: what the page says next, on
  // its own (it is no near miss of the question), then the nearest passages as for any question.
  const next = retrieval.ended?.length ? relatedSpan(corpus, retrieval.ended[0]) : undefined
  const related: Related[] = []
  // (None for a question of the documents or the assistant themselves: what it shares with a
  // passage is chance.)
  if (!aboutDocuments && !toAssistant)
    for (const r of retrieval.ranked) {
      if (related.length >= 2 || r.coverage <= 0) break
      if (!retrieval.ended?.includes(r.sentence)) related.push(relatedSpan(corpus, r.sentence))
    }
  // Nothing asked ("thanks"), or asked of the documents themselves: what they cover is the reply.
  let text = retrieval.ended
    ? 'Nothing follows the last answer in its part of the page.'
    : retrieval.more
      ? 'The documents say no more on this than what was cited.'
      : closing || aboutDocuments || toAssistant
        ? whyAbstained(corpus, retrieval, threshold)
        : 'The documents do not answer this question.'
  // Each named as the reader typed it: where a slip was read as another word the documents lack
  // too, the reading is a guess the reader never wrote, and in the question sets every such
  // guess named was wrong ("fastify" read as "fastidy", a slip of the stem of "fastidious";
  // "inline" as "incline"; "sulking" as "silking").
  const { typedAs } = retrieval.question
  const named = typedAs
    ? missing.map((m) =>
        m
          .split(' ')
          .map((w) => typedAs.get(w) ?? w)
          .join(' '),
      )
    : missing
  if (named.length) text += ` They never mention ${quoteList(named.slice(0, 5))}.`
  // With no word to name as missing, the reader is told why (see Gate.tells).
  else if (!askedNoWord) text += ` ${whyAbstained(corpus, retrieval, threshold)}`.trimEnd()
  const answer = text + whatTheyCover(corpus)
  return {
    found: false,
    answer,
    citations: [],
    related,
    missing: named,
    ...(next ? { next } : {}),
  }
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
  question = withLineFeeds(question)
  const whole = compose(corpus, retrieve(corpus, question, history), options)
  // A message that asks two or three things: each is answered on its own, when the whole is
  // answerable and so is each; else the whole stands (an abstention, or one question asked twice
  // over). One that points back ("How does it help?" after "What is CBT?") is asked after the
  // ones before it; one that does not ("how do I get a header?" after "How do I get a query
  // param?") after the conversation alone, or it would be read as going on from them.
  const parts = whole.found ? askedParts(question) : []
  // A follow-up that asks two things of what went before ("so where do the files go, and what URL
  // do they end up at?") leans on it as a whole: its first question alone lost the setting.
  if (!parts.length || (history.length && pointsBack(parts[0]))) return whole
  const answers: Answer[] = []
  const asked = history.slice()
  for (const part of parts) {
    const a = compose(corpus, retrieve(corpus, part, pointsBack(part) ? asked : history), options)
    if (!a.found) return whole
    answers.push(a)
    asked.push({ role: 'user', content: part }, { role: 'assistant', content: a.answer })
  }
  // The whole's best citation, when it is one question's best too, read all of the message's
  // words: it leads.
  const lead = whole.citations[0]
  const leads = answers.some((a) => overlaps(a.citations[0], lead))
  return joinedAnswers(
    leads ? [{ ...whole, citations: [lead] }, ...answers] : answers,
    options.k ?? DEFAULT_ANSWER_OPTIONS.k,
  )
}

/**
 * A code sample cited first, when a citation after it on the same page says something in words:
 * the words lead, the sample after them. Pasted code matches a page's sample best (the reader's
 * `bodyLimit({ maxSize, onError })` against the page's own), but what answers the report is the
 * page's sentence ("If you set Hono's Body Limit Middleware to a value bigger than that, your
 * requests will still fail …"; "Hono automatically handles HEAD requests by converting them to GET
 * …" before the `app.get` sample it explains). Only the order of what is cited changes, never
 * what is cited or whether the question is answered.
 */
function wordsBeforeSample(corpus: Corpus, spans: Span[]): void {
  if (spans.length < 2 || !onlySample(corpus, spans[0])) return
  const k = spans.findIndex((s, i) => i > 0 && s.docId === spans[0].docId && !onlySample(corpus, s))
  if (k > 0) spans.unshift(...spans.splice(k, 1))
}

/** Whether a span is nothing but a code sample. */
function onlySample(corpus: Corpus, span: Span): boolean {
  const { sentences } = corpus.data
  for (let i = span.first; i <= span.last; i++) if (sentences.kind(i) !== 'example') return false
  return true
}

/**
 * A code sample cited first whose own section says nothing in words ("### ❌ Don't: Try to Create
 * Dedicated HEAD Handlers" holds only the `app.head(…)` sample a report of a HEAD handler that never
 * runs matches best) is explained by the words that open the section it belongs to ("## HEAD
 * Request Best Practices": "Hono automatically handles HEAD requests by converting them to GET
 * requests …"). That sentence leads, when it says one of the question's own ideas and scores at
 * least EXPLAINS_SHARE of the sample; the last citation gives way if there is no room. (Before
 * wordsBeforeSample, which would lead with words cited from elsewhere on the page: the tip on
 * expensive GET handlers, under "### Performance Considerations".)
 */
function sampleExplained(corpus: Corpus, spans: Span[], ranked: Ranked[], k: number): void {
  if (!spans.length || !onlySample(corpus, spans[0])) return
  const { sentences, passages } = corpus.data
  const p = sentences.passage[spans[0].first]
  const path = passages.headingPath(p)
  const cut = path.lastIndexOf(HEADING_SEP)
  const parent = path.slice(0, cut)
  // The section it belongs to is a part of the page, not the page itself: the page's other
  // sections are about other things ("## Path Parameter" does not explain "## Optional Parameter").
  if (cut <= 0 || parent.lastIndexOf(HEADING_SEP) <= 0) return
  let explains = -1
  for (let q = p; q >= 0 && passages.docId(q, sentences) === spans[0].docId; q--) {
    const at = passages.headingPath(q)
    if (at !== parent && !at.startsWith(parent + HEADING_SEP)) break
    let prose = -1
    for (let i = passages.first[q]; i < passages.first[q + 1] && prose < 0; i++)
      if (isCitable(sentences.kind(i)) && sentences.kind(i) !== 'example') prose = i
    if (prose < 0) continue
    // The sample's own section has words of its own: they are its explanation (see wordsBeforeSample).
    if (at === path) return
    explains = prose
  }
  if (explains < 0) return
  const r = ranked.find((x) => x.sentence === explains)
  if (!r || r.said < 1 || r.score < EXPLAINS_SHARE * spans[0].score) return
  const i = spans.findIndex((s) => s.first <= explains && explains <= s.last)
  if (i >= 0) spans.unshift(...spans.splice(i, 1))
  else {
    spans.unshift({ docId: spans[0].docId, first: explains, last: explains, score: r.score })
    if (spans.length > k) spans.pop()
  }
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
  // So does the next that states a default, when a default is asked and the citation states none
  // ("and what is it by default?" after the CORS option's "The value of … header. You can also
  // pass a callback …", whose third sentence gives it).
  const defaultAsked = asksDefault(retrieval.question)
  const { sentences } = corpus.data
  const joins = (span: Span, next: number) =>
    next < sentences.length &&
    sentences.passage[next] === sentences.passage[span.last] &&
    isCitable(sentences.kind(next)) &&
    !taken.has(next) &&
    sentences.end[next] - sentences.start[span.first] <= MAX_SPAN_CHARS
  for (const span of spans) {
    let next = span.last + 1
    if (joins(span, next) && scoreOf(retrieval.ranked, next) >= best.score * NEIGHBOUR.relative) {
      span.last = next++
      taken.add(span.last)
    }
    if (!defaultAsked) continue
    let states = false
    for (let i = span.first; i <= span.last && !states; i++) states = statesDefault(corpus, i)
    if (!states && joins(span, next) && statesDefault(corpus, next)) {
      span.last = next
      taken.add(next)
    }
  }
  for (const span of [...spans]) if (spans.includes(span)) foldTouching(corpus, spans, span)
  sampleExplained(corpus, spans, retrieval.ranked, opts.k)
  wordsBeforeSample(corpus, spans)

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
