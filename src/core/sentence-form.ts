// What a sentence's form says about it as an answer: asides and warnings, signposts, bold or
// linked terms it introduces, whether it holds what the question expects; and how a ranking is
// lifted for sentences with a form. Also the facts about a document sentence that are remembered
// per sentence (its terms, its content stems, whether it is all quotation or matches a pattern),
// which the ranking's bonuses and the answer's gates both read.

import { type Corpus, onNearlyEveryPage } from './corpus.ts'
import { keepBounded } from './bounded-memo.ts'
import { QUOTES } from './quoted-text.ts'
import { plain, stem, STOPWORDS, words } from './terms.ts'
import { LIMITS, WEIGHTS } from './weights.ts'
import type { AnalysedQuestion, Concept, Expectation, Ranked } from './question-types.ts'
import { NUMBER_WORDS, numbered, sentenceText } from './reading-text.ts'

/** Admonitions that warn or explain: `::: warning`, `> [!NOTE]` (not `::: details`, `::: code-group`). */
const ASIDE_OPENING =
  /^[ \t]*(?::::[ \t]*(?:warning|danger|caution|important|note|tip|info)\b|>[ \t]*\[!(?:warning|danger|caution|important|note|tip|info)\])/i
const ASIDE_CLOSING = /^[ \t]*:::[ \t]*$/

/** Whether a sentence stands inside an admonition of its page (memoised per sentence). */
function inAside(corpus: Corpus, id: number): boolean {
  const memo = corpus.memo.aside
  if (memo[id] >= 0) return memo[id] === 1
  const s = corpus.data.sentences.at(id)
  const text = corpus.docs.get(s.docId)!.text
  let end = text.lastIndexOf('\n', s.start - 1)
  const quoted = /^[ \t]*>/.test(text.slice(end + 1, s.start))
  let found = false
  // Up through the lines above, to the fence or alert that opens it, or whatever rules it out.
  for (let n = 0; end > 0 && n < ASIDE_LINES; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1
    const line = text.slice(start, end)
    end = start - 1
    if (ASIDE_OPENING.test(line)) {
      found = quoted === line.trimStart().startsWith('>')
      break
    }
    if (ASIDE_CLOSING.test(line) || /^#{1,6}\s/.test(line) || (quoted && !/^[ \t]*>/.test(line)))
      break
  }
  memo[id] = found ? 1 : 0
  return found
}

/** Lines looked up above a sentence for the admonition it may stand in. */
const ASIDE_LINES = 30

/**
 * A problem report's ranking, with the sentences of the pages' warnings and notes among the first
 * candidates lifted by WEIGHTS.aside.
 */
export function warned(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): Ranked[] {
  if (!q.reports) return ranked
  return lifted(ranked, (r) => inAside(corpus, r.sentence), WEIGHTS.aside)
}

/** The distinct stems of a sentence's first words, as their numbers in corpus.memo.leadTerms. */
export function leadStems(corpus: Corpus, sentence: number): Int32Array {
  const { lead, leadTerms } = corpus.memo
  let stems = lead.get(sentence)
  if (!stems) {
    const ws = words(sentenceText(corpus, sentence))
    const from = discourseOpener(ws)
    const distinct = new Set(ws.slice(from, from + LIMITS.leadWords).map((w) => stem(plain(w))))
    stems = Int32Array.from(distinct, (t) => numbered(leadTerms, t))
    lead.set(sentence, stems)
  }
  return stems
}

/**
 * Words that tie a sentence to the one before ("For example, you can get the client's remote
 * address", "In addition, infidelity may indicate …") and say nothing of what it is about: its
 * lead starts after them. Not "In other words": a restatement says again what the sentence before
 * it leads with, and read from its own opening it was cited beside that one (dev d02, "Why are
 * secure attachments necessary for adults?", two citations of 711 characters) and lost a first
 * place.
 */
const DISCOURSE_OPENERS: ReadonlyArray<readonly string[]> = [
  ['for', 'example'],
  ['for', 'instance'],
  ['in', 'addition'],
  ['in', 'fact'],
  ['however'],
  ['also'],
  ['additionally'],
  ['furthermore'],
  ['moreover'],
  ['similarly'],
  ['likewise'],
]

/** How many words of `ws` a discourse opener takes (see DISCOURSE_OPENERS), 0 if none. */
function discourseOpener(ws: readonly string[]): number {
  for (const opener of DISCOURSE_OPENERS)
    if (opener.every((w, i) => ws[i]?.toLowerCase() === w)) return opener.length
  return 0
}

/**
 * A sentence about the document rather than its subject: "This article explores how betrayal
 * … and how individuals can begin to rebuild …", "In this guide, we will …", "Let's look at the
 * ways in which trust can be damaged …". It names the question's words without answering them.
 * (Not "Let's write a test", "Let's create the app": a step of a how-to, which does something.)
 */
const SIGNPOST =
  /^(?:(?:in\s+)?(?:this|the following|the present)\s+(?:article|post|page|guide|section|chapter|document|tutorial|paper|essay|blog|piece|text)\b,?\s+(?:we\s+|you\s+|will\s+|also\s+|let'?s\s+|let\s+us\s+)*(?:explore|discuss|cover|describe|explain|show|examine|look|introduce|outline|review|walk|learn|see|focus)|(?:(?:now|first|next|so),?\s+)?(?:let['’]?s|let\s+us)\s+(?:now\s+)?(?:explore|discuss|examine|consider|look\s+(?:at|into)|take\s+a\s+(?:closer\s+)?look\s+at|talk\s+about|dive\s+into|turn\s+to)\b)/i

/**
 * The score kept by a sentence for its form: a unit with fewer than three words of prose outside
 * code ("maxAge: `number`", "Example:") names a thing without saying anything about it; a
 * signpost says what the document will say; a code sample shows it, and a sentence that
 * introduces one ("… like this:") points to it; one that adds to the sentence before it leans on
 * that sentence (WEIGHTS.addsToBefore).
 */
export function formFactor(corpus: Corpus, sentence: number): number {
  const read = formOf(corpus, sentence)
  const form = read & FORM_KIND
  return (
    (form === FORM.intro
      ? WEIGHTS.intro
      : form === FORM.example
        ? WEIGHTS.example
        : form === FORM.terse
          ? WEIGHTS.terse
          : form === FORM.signpost
            ? WEIGHTS.signpost
            : 1) *
    (read & FORM_BOLD ? WEIGHTS.bold : 1) *
    (read & FORM_LINK ? WEIGHTS.link : 1) *
    (read & FORM_ADDS ? WEIGHTS.addsToBefore : 1)
  )
}

/** Whether a sentence is a signpost (see SIGNPOST). */
export const isSignpost = (corpus: Corpus, sentence: number) =>
  (formOf(corpus, sentence) & FORM_KIND) === FORM.signpost

/** A sentence's form and flags (see readForm), read on first use and remembered per sentence. */
function formOf(corpus: Corpus, sentence: number): number {
  const memo = corpus.memo.form
  if (memo[sentence] < 0)
    memo[sentence] = readForm(
      sentenceText(corpus, sentence),
      corpus.data.sentences.kind(sentence) === 'example',
    )
  return memo[sentence]
}

/** A sentence's form and flags, as Corpus.memo.form keeps them (see formFactor). */
function readForm(text: string, example: boolean): number {
  const form = example
    ? FORM.example
    : !saysEnough(text)
      ? FORM.terse
      : introduces(text)
        ? FORM.intro
        : SIGNPOST.test(text)
          ? FORM.signpost
          : FORM.plain
  return (
    form |
    (BOLD.test(text) ? FORM_BOLD : 0) |
    (text.includes('](') ? FORM_LINK : 0) |
    (ADDS_TO_BEFORE.test(text) ? FORM_ADDS : 0)
  )
}

/**
 * The openings that add a point to the sentence before and say nothing of what they add to ("In
 * addition, they may struggle …"): a sentence so opened leans on that one. "Another way …",
 * "Besides X, …" name what they add to, and only join them in ADDING.
 */
const ADDS_WORDS = 'in addition|additionally|also|moreover|furthermore'
const ADDS_TO_BEFORE = new RegExp(`^(?:${ADDS_WORDS})\\b`, 'i')

/**
 * Whether a sentence says at least three words of prose (two letters or more) outside code, read
 * by replacing every match of BARE_CODE: what saysEnough must say, in fewer steps.
 */
export function saysEnoughByPattern(text: string): boolean {
  const unquoted = text.replace(/`[^`]*`/g, ' ').replace(BOLD_IN_NAME, '$1')
  const prose = BARE_CODE_NEEDS.test(unquoted) ? unquoted.replace(BARE_CODE, ' ') : unquoted
  return (prose.match(/\p{L}{2,}/gu)?.length ?? 0) >= 3
}

/**
 * Whether a sentence says at least three words of prose (two letters or more) outside code: as
 * saysEnoughByPattern reads it, without running BARE_CODE over the whole sentence. Every match of
 * BARE_CODE holds a "(" or a ".name" (BARE_CODE_NEEDS) and starts no earlier than the run of name
 * characters around it, so the words before the first such run lie outside every match: most
 * sentences say three words there. Past it, the next match is found, and so on from its end.
 * (At 10 MB, reading the forms of the sentences a new question ranks was 40% of its time.)
 */
export function saysEnough(text: string): boolean {
  let unquoted = text.includes('`') ? text.replace(/`[^`]*`/g, ' ') : text
  if (unquoted.includes('**')) unquoted = unquoted.replace(BOLD_IN_NAME, '$1')
  let pos = 0
  let found = 0
  for (;;) {
    CODE_NEEDS.lastIndex = pos
    const needs = CODE_NEEDS.exec(unquoted)
    if (!needs) return wordsIn(unquoted, pos, unquoted.length, found) >= 3
    let start = needs.index
    while (start > pos && NAME_CHAR.test(unquoted[start - 1])) start--
    // (A letter outside the Basic Multilingual Plane is two units the loop above cannot read.)
    if (start > pos && isSurrogate(unquoted.charCodeAt(start - 1))) return saysEnoughByPattern(text)
    if ((found = wordsIn(unquoted, pos, start, found)) >= 3) return true
    BARE_CODE.lastIndex = start
    const code = BARE_CODE.exec(unquoted)
    if (!code) return wordsIn(unquoted, start, unquoted.length, found) >= 3
    if ((found = wordsIn(unquoted, start, code.index, found)) >= 3) return true
    pos = code.index + code[0].length
  }
}

/** A character a name read by BARE_CODE is made of, or the dot between its parts. */
const NAME_CHAR = /[\p{L}\p{N}_$.]/u
const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff
const PROSE_WORD = /\p{L}{2,}/gu

/** `found` and the words of two letters or more of text that start in [from, to), up to three. */
function wordsIn(text: string, from: number, to: number, found: number): number {
  PROSE_WORD.lastIndex = from
  for (let m = PROSE_WORD.exec(text); m && m.index < to; m = PROSE_WORD.exec(text))
    if (++found >= 3) return found
  return found
}

/**
 * Bold in a sentence: what its page marks as mattering ("**must** be passed as `string`"). Not
 * bold inside a name: "app.**notFound**(handler)" marks which part of a signature a list names.
 */
const BOLD = /(?<![\p{L}\p{N}_$.])\*\*[^*\n]+\*\*(?![\p{L}\p{N}_$(]|\.[\p{L}_$])/u

/** Bold glued to a name ("app.**notFound**(handler)"): the name as written without it. */
const BOLD_IN_NAME = /\*\*([\p{L}\p{N}_$.]+)\*\*/gu

/**
 * Code written without backticks, a call or a dotted name ("app.notFound(handler)",
 * "c.req.header"): a signature names a thing, as `inline code` does, and says nothing of it.
 * Tried only where a name starts (not after a letter, "_" or "$"): a start inside a name fails
 * whenever the name's own start failed, and each failed start backtracks through the name and
 * its look-behind, so trying every letter of every word of prose cost 76 µs a sentence of the
 * 10 MB scale corpus; the same replacements now cost 14 µs (100,000 of its lines; identical
 * output, and on 100,000 random texts).
 */
const BARE_CODE =
  /(?<![\p{L}_$])[\p{L}_$][\p{L}\p{N}_$]*(?:\.[\p{L}_$][\p{L}\p{N}_$]*)*(?:\([^()\n]*\)|(?<=\.[\p{L}_$][\p{L}\p{N}_$]*))/gu

/** What BARE_CODE needs somewhere in a text: a parenthesis, or a dot before a name. Two in three of the scale corpus's lines have neither. */
const BARE_CODE_NEEDS = /\(|\.[\p{L}_$]/u
/** BARE_CODE_NEEDS, to be looked for from a position. */
const CODE_NEEDS = new RegExp(BARE_CODE_NEEDS.source, 'gu')

/**
 * A sentence that introduces what follows it: a sample, a list ("You can upload files using a
 * form body:", "Your tests can be written like this.", "… do the following.").
 */
export function introduces(text: string): boolean {
  const end = text.trimEnd()
  if (end.endsWith(':')) return true
  // Read at the end only: a pattern anchored at the end is otherwise tried at every character.
  return end.endsWith('.') && INTRODUCING_END.test(end.slice(-24))
}
const INTRODUCING_END = /\b(?:like this|as follows|the following|(?:as |like )?below)\.$/

/**
 * Values of Corpus.memo.form (-1: not yet read): a form, and flags for bold, links and an
 * opening that adds to the sentence before.
 */
const FORM = { plain: 0, terse: 1, signpost: 2, example: 3, intro: 4 }
const FORM_KIND = 7
const FORM_BOLD = 8
const FORM_LINK = 16
const FORM_ADDS = 32

/** Words that contrast two things, whether to compare them or to tell them apart (a regex source). */
export const CONTRASTS = 'than|compared?|comparison|unlike|whereas|versus|vs|differ\\w*'

/**
 * Words with which a sentence tells two things apart: CONTRASTS ("unlike", "whereas", "differs",
 * "rather than"), "instead", "distinct" … Not "more" or "less" alone: "more sensitive … guilt or shame" sets nothing apart.
 */
export const SETS_APART = new RegExp(
  `\\b(?:${CONTRASTS}|while|distinct\\w*|distinguish\\w*|contrast\\w*|instead)\\b`,
  'i',
)

/** A capitalised word inside the sentence: a name. */
const namesSomeone = (text: string) => /\s\p{Lu}\p{Ll}+/u.test(text.slice(1))

/** A capitalised word inside the text that is not on nearly every page (see hasExpected). */
function namesOther(corpus: Corpus, text: string): boolean {
  for (const m of text.slice(1).matchAll(CAPITALISED_INSIDE))
    if (!onNearlyEveryPage(corpus, stem(m[1].toLowerCase()))) return true
  return false
}
const CAPITALISED_INSIDE = /\s(\p{Lu}\p{Ll}+)/gu

/** A word that names people ("therapist"), not a function word WordNet also files there ("at"). */
const isPerson = (corpus: Corpus, w: string) => !STOPWORDS.has(w) && corpus.person.has(stem(w))

/**
 * A sentence that introduces a list or table ("The specific required Node.js versions are as
 * follows:") gives the figures its first item gives ("- 18.x => 18.14.1+"): a figure as `figure`
 * finds it (NUMBER_WORDS, or VERSION_FORM for a version). (Not a code sample's: its numbers are
 * the example's data.)
 */
function introducesNumber(
  corpus: Corpus,
  sentence: number,
  text: string,
  figure: RegExp = NUMBER_WORDS,
): boolean {
  const { sentences } = corpus.data
  const next = sentence + 1
  return (
    next < sentences.length &&
    sentences.docId(next) === sentences.docId(sentence) &&
    (sentences.kind(next) === 'item' || sentences.kind(next) === 'row') &&
    introduces(text) &&
    figure.test(sentenceText(corpus, next))
  )
}

/**
 * Figures that count nothing: a version ("3.10.4", "v4.8.0"), a manual page's section ("lsof(8)")
 * and what `inline code` writes (a command's arguments, a path), unless it is a figure alone
 * ("`302`").
 */
const NOT_QUANTITY =
  /`(?![\d.,%]+`)[^`\n]*`|\b[a-z]\w*\(\d[a-z]?\)|\bv?\d+(?:\.\d+){2,}[\w.+-]*|\bv\d+(?:\.\d+)?\b/g

/**
 * Whether a sentence states a quantity ("in the ballpark of 30%", "two jobs"): a figure besides
 * versions and code (see NOT_QUANTITY), or one in the list it introduces. Asked "How many
 * milliseconds …?", "Pyenv-provided 3.10.4 installation" gives no figure. Read once per sentence.
 */
export function statesQuantity(corpus: Corpus, sentence: number): boolean {
  const known = corpus.memo.quantity
  if (known[sentence] < 0) {
    const text = sentenceText(corpus, sentence)
    const yes =
      hasExpected(corpus, sentence, 'number', NO_ONE) &&
      (NUMBER_WORDS.test(text.replace(NOT_QUANTITY, ' ')) ||
        introducesNumber(corpus, sentence, text))
    known[sentence] = yes ? 1 : 0
  }
  return known[sentence] === 1
}

const NO_ONE: ReadonlySet<string> = new Set()

/**
 * A version: dotted figures ("18.14.1+", "18.x", "3.10"), "v4", a package's "@4", or a figure
 * after a capitalised name or "version" ("Node.js 18", "version 2"). A status code (`413`) or a
 * size ("128MiB") is none.
 */
const VERSION_FORM =
  /\bv?\d+\.(?:\d+|x)\b|\bv\d+\b|@\^?\d|(?:\b\p{Lu}[\p{L}.]*|\bversions?)\s+\d+\b/u

/**
 * Whether a sentence gives a version (see VERSION_FORM), or the list it introduces does ("The
 * specific required Node.js versions are as follows:" before "- 18.x => 18.14.1+").
 */
export function statesVersion(corpus: Corpus, sentence: number): boolean {
  const text = sentenceText(corpus, sentence)
  return VERSION_FORM.test(text) || introducesNumber(corpus, sentence, text, VERSION_FORM)
}

/**
 * Whether a sentence holds the kind of answer asked for. A person must be one the question does
 * not already name (`asked`): a sentence about "your partner" does not say whom to turn to when the
 * partner is the one who let the reader down.
 */
export function hasExpected(
  corpus: Corpus,
  sentence: number,
  expects: Expectation,
  asked: ReadonlySet<string>,
): boolean {
  const known = corpus.memo[expects]
  // A person: a noun WordNet files under people, or a capitalised name inside the sentence;
  // a name: only the latter.
  if (known[sentence] < 0) {
    const text = sentenceText(corpus, sentence)
    const yes =
      expects === 'number'
        ? NUMBER_WORDS.test(text) || introducesNumber(corpus, sentence, text)
        : expects === 'name'
          ? namesSomeone(text)
          : words(text).some((w) => isPerson(corpus, w)) || namesSomeone(text)
    known[sentence] = yes ? 1 : 0
  }
  if (known[sentence] === 0) return false
  // A name, not the documents' own subject: "Hono", on nearly every page of its docs, names no
  // one ("Who created Hono?" had been answered with "… the Hono application created by
  // `createApp()`").
  if (expects === 'name') return namesOther(corpus, sentenceText(corpus, sentence))
  if (expects !== 'person' || !asked.size) return true
  // Someone besides the people the question names: read again only for such a question.
  const text = sentenceText(corpus, sentence)
  return namesSomeone(text) || words(text).some((w) => isPerson(corpus, w) && !asked.has(stem(w)))
}

/**
 * "The `iss` claim will **not** be checked if this isn't set.", "If not defined, both are allowed
 * …", "… will check for an `Authorization` header if the `cookie` option is not set": what happens
 * when a setting is left out, which is its default, though the sentence never says "default".
 */
const LEFT_OUT =
  /\bif\s+(?:(?:this|it|that)|(?:the\s+)?`?[\w.]+`?\s+option)\s+(?:is|was)(?:n't|\s+not)\s+(?:set|provided|specified|defined|passed|given)\b|\bif\s+not\s+(?:set|provided|specified|defined|passed|given)\b/i

/** Whether a sentence says what happens when a setting is left out (LEFT_OUT), read once per sentence. */
export const statesLeftOut = (corpus: Corpus, sentence: number) =>
  sentenceIs(corpus, corpus.memo.leftOut, sentence, saysLeftOut)

/** LEFT_OUT in a sentence read without its bold markers ("if **this** isn't set"). */
const saysLeftOut = (text: string) => LEFT_OUT.test(text.replace(/\*/g, ''))

/** A sentence that opens by adding to what came before: "Another way …", "In addition, …". */
export const ADDING = new RegExp(`^(?:another|besides|other|${ADDS_WORDS})\\b`, 'i')

/**
 * The ranking with `bonus` added to those of the first `candidates` that `lifts`, re-sorted; the
 * same array when none does.
 */
export function lifted(
  ranked: Ranked[],
  lifts: (r: Ranked) => boolean,
  bonus = WEIGHTS.continuation,
  candidates = LIMITS.leadCandidates,
): Ranked[] {
  // (Copied only once one is lifted: most follow-ups lift none.)
  let out: Ranked[] | undefined
  const head = Math.min(ranked.length, candidates)
  for (let i = 0; i < head; i++) {
    const r = ranked[i]
    if (!lifts(r)) continue
    out ??= ranked.slice()
    out[i] = { ...r, score: r.score + bonus }
  }
  return out ? resorted(out, head) : ranked
}

/** Ranked sentences, the highest score first. */
export const byScoreDown = (a: Ranked, b: Ranked) => b.score - a.score

/**
 * `ranked` sorted in place as `sort(byScoreDown)` sorts it (stably), where only its first `head`
 * scores changed. Where the rest is still in order (a ranking is), by insertion: each changed one
 * moves past a few, where the compared sort called byScoreDown some n log n times (the sort was
 * two thirds of `lifted`, ~6 µs of a follow-up on the default corpus).
 */
export function resorted(ranked: Ranked[], head: number): Ranked[] {
  for (let i = head + 1; i < ranked.length; i++)
    if (ranked[i - 1].score < ranked[i].score) return ranked.sort(byScoreDown)
  for (let i = 1; i < ranked.length; i++) {
    const r = ranked[i]
    let j = i
    // Past those of lower score only: equal scores keep their order, as a stable sort keeps them.
    while (j > 0 && ranked[j - 1].score < r.score) {
      ranked[j] = ranked[j - 1]
      j--
    }
    ranked[j] = r
  }
  return ranked
}

/**
 * A sentence that opens by pointing back: "This includes …", "Through this approach, …", "They
 * should …".
 */
export const ANAPHORIC_OPENING =
  /^(?:(?:through|with|by|in|for|from|during|after|despite|as|like|of|to)\s+)?(?:this|these|that|those|such|it|its|they|their)\b/i

/** A unit that is all quotation: `inline code` or quoted text, with no word of prose around it. */
const quotesOnly = (text: string) => !/\p{L}/u.test(text.replace(QUOTES, ' '))

/**
 * Whether a sentence is all quotation (quotesOnly), remembered per sentence: every question reads
 * its first candidates for it (see quietEchoes), and the replace over each was most of that.
 */
export function isQuotesOnly(corpus: Corpus, sentence: number): boolean {
  return sentenceIs(corpus, corpus.memo.quotesOnly, sentence, quotesOnly)
}

/** The content stems of a sentence (contentStems of its text), remembered per sentence. Read only. */
export function sentenceStems(corpus: Corpus, sentence: number): ReadonlySet<string> {
  return sentenceTerms(corpus, sentence).stems
}

/**
 * Whether a sentence's text matches `pattern` (a regex, or a test of the text), remembered in
 * `memo` (one slot per sentence, -1 until read): the bonuses that test their first candidates meet
 * the same sentences question after question.
 */
export function sentenceIs(
  corpus: Corpus,
  memo: Int8Array,
  sentence: number,
  pattern: RegExp | ((text: string) => boolean),
): boolean {
  if (memo[sentence] < 0) {
    const text = sentenceText(corpus, sentence)
    memo[sentence] = (pattern instanceof RegExp ? pattern.test(text) : pattern(text)) ? 1 : 0
  }
  return memo[sentence] === 1
}

/** Most sentences whose terms a corpus remembers (see Corpus.memo.terms). */
const TERMS_MEMO = 4096

/** The index terms of a sentence's own text, remembered for the last TERMS_MEMO sentences. Read only. */
export function termsOfSentence(corpus: Corpus, sentence: number): ReadonlySet<string> {
  return sentenceTerms(corpus, sentence).terms
}

/**
 * What a sentence's own text says, as stems: its index terms (indexTerms, what the index and the
 * gates match) and its content stems (contentStems, what an echo of the reader's words is
 * counted in). The two differ only by the stopwords written as code (`c.get`, `/hello`), which
 * the index keeps as terms and content stems leave out; a sentence with none (most) has one set
 * for both. Remembered for the last TERMS_MEMO sentences.
 */
export interface SentenceTerms {
  terms: ReadonlySet<string>
  stems: ReadonlySet<string>
}

function sentenceTerms(corpus: Corpus, sentence: number): SentenceTerms {
  const { terms } = corpus.memo
  return (
    terms.get(sentence) ??
    keepBounded(terms, TERMS_MEMO, sentence, termsOf(sentenceText(corpus, sentence)))
  )
}

/** The index terms and content stems of a text, its words read once (see SentenceTerms). */
function termsOf(text: string): SentenceTerms {
  const stems = new Set<string>()
  let codeStopwords: string[] | undefined
  for (const w of words(text)) {
    const p = plain(w)
    if (!STOPWORDS.has(p)) stems.add(stem(p))
    else if (p !== w) (codeStopwords ??= []).push(stem(p))
  }
  if (!codeStopwords) return { terms: stems, stems }
  const terms = new Set(stems)
  for (const t of codeStopwords) terms.add(t)
  return { terms, stems }
}

/**
 * The sentence's own text has the concept's word or an alternative at WEIGHTS.saysConcept; a
 * compound's, its whole or all its parts.
 */
export function sentenceSays(
  corpus: Corpus,
  sentence: number,
  c: Concept,
  /** Whether one part of a compound says it ("Basic authentication" of basicAuth). */
  partly = false,
): boolean {
  const terms = termsOfSentence(corpus, sentence)
  const parts = partly ? undefined : c.parts
  for (const t of c.alts.keys())
    if (c.alts.get(t)! >= WEIGHTS.saysConcept && terms.has(t) && !parts?.includes(t)) return true
  // A compound is said whole or by all its parts: "Firebase Auth" says no "basic auth".
  return parts !== undefined && parts.every((t) => terms.has(t))
}

/**
 * Whether the question asks for a default: its own concept "default", said or implied by leaving
 * a setting out (see IMPLIED in expected-answer.ts).
 */
export const asksDefault = (q: AnalysedQuestion) =>
  q.concepts.some((c) => !c.fromHistory && c.word === 'default')

/** Whether a sentence states a default (DEFAULT_STATED). */
export const statesDefault = (corpus: Corpus, id: number) =>
  DEFAULT_STATED.test(sentenceText(corpus, id).replace(/\*/g, ''))

/** A sentence that states a default: "The default is …", "Defaults to …", "if this isn't set". */
const DEFAULT_STATED =
  /\b(?:the default(?: value)? is|defaults? (?:to|is)|default:|by default|if (?:this|it|that)(?: option)? (?:is|was)(?:n't| not) (?:set|provided|specified|defined|passed|given)|if not (?:set|provided|specified|defined|passed|given))/i
