// Reading a question's words into concepts: each word's alternatives (stem, typo correction,
// expansions) and salience, function words typed with a slip, compounds, and the names a reader
// types in lower case. Negation and denial are read in question-negation.ts; what the question
// says without naming a thing the documents have (unnamed predicates, complements, choices) in
// question-unnamed.ts.

import { type Corpus, idf, mentions, type WordReading, writtenParts } from './corpus.ts'
import {
  eachSlip,
  editDistance,
  expansions,
  frequencyOf,
  writtenAsName,
  hasExpansions,
  nearestEnglish,
  nearestRelated,
  isSlip,
  type LexiconTables,
} from './lexicon.ts'
import {
  baseForms,
  DISCOURSE_MARKERS,
  FRAME_WORDS,
  PARTICLES,
  stem,
  STOPWORDS,
  words,
} from './terms.ts'
import { rareSenses } from './wordnet-senses.ts'
import { stemmer } from 'stemmer'
import { keepBounded } from './bounded-memo.ts'
import { LIMITS, WEIGHTS } from './weights.ts'
import type { Concept } from './question-types.ts'
import {
  aloneAt,
  ANAPHORA,
  HARD,
  isKnownTerm,
  KEEP,
  wordBefore,
  matchesOf,
  OBJECT_PRONOUNS,
} from './reading-text.ts'
import { type MessageParts, quotesText } from './question-message.ts'
import { CUE_WORDS, MAY_BE_CODE, UNMARKED_CODE } from './expected-answer.ts'
import { READER_IDIOM_WORDS } from './reader-idioms.ts'
import { COUNT, PLURAL_PRONOUNS, placeAsked, readerWords, TELLS, TOLD } from './question-form.ts'
import { inEnglish } from './english-stems.ts'
import { CLIPPINGS, readClipping } from './clippings.ts'
import { addDenied, addNegated, negatedAt, NEGATORS } from './question-negation.ts'
import {
  COMPARED_WITH,
  MAY_COMPARE,
  ownNames,
  writtenOnlyAsName,
  properNames,
  sharedStart,
  writtenTogether,
} from './code-names.ts'

/**
 * Rarity of a word in general English (0 common … 1 rare), from WordNet's sense-tagged counts. A
 * phrasal verb the counts lack ("mess up", "screw up") is as rare as its verb: read as rarest, a
 * reader's "messed-up childhood" weighed as much as a name and outweighed what it asked about.
 */
function rarity(corpus: Corpus, term: string): number {
  const space = term.indexOf(' ')
  const f =
    frequencyOf(corpus.lexicon, term) ??
    (space > 0 ? frequencyOf(corpus.lexicon, term.slice(0, space)) : undefined) ??
    0
  return Math.min(1, Math.max(0.3, 1 - Math.log10(1 + f) / 3))
}

/** A word with one letter left out, each way. */
const withOneLess = (w: string) => Array.from(w, (_, i) => w.slice(0, i) + w.slice(i + 1))

/**
 * Function words long enough to be told from a misspelling of another word, filed under each of
 * their one-letter-less forms: a slip is found by look-ups, not by a scan of every function word.
 */
const STOPWORD_SLIPS = slipIndex(STOPWORDS)

/**
 * Function words of three and four letters typed with two letters swapped ("teh", "waht", "taht",
 * "tihs"), by the typed form. A short word is one edit from too many others to be read back from
 * any slip ("wat" is "what", "was" or "cat"), but two of its letters swapped seldom make another
 * word, and it is the slip typists make in the words they type most. Read as typed, "Waht helps
 * with trust issues" had a topic the documents lack and half its score. A swapped form that is a
 * function word itself, or a swap of two, is left out; one English or the documents know
 * ("form", "dose") stays a word of its own (see misspeltStopword).
 */
const SWAPPED_STOPWORDS = swapIndex(
  [...STOPWORDS].filter((w) => (w.length === 3 || w.length === 4) && /^[a-z]+$/.test(w)),
)

function swapIndex(words: string[]): Map<string, string> {
  const index = new Map<string, string>()
  // Where a form swaps two words' letters, the word whose first letter it keeps: "hwo" is "how"
  // with its inner letters swapped, or "who" with its first two, which typists seldom slip (see
  // ownSlip). Left to neither, "Hwo does …?" read "hwo" as a topic the documents lack.
  const inner = new Map<string, boolean>()
  const twice = new Set<string>()
  for (const s of words) {
    for (let i = 0; i + 1 < s.length; i++) {
      if (s[i] === s[i + 1]) continue
      const key = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2)
      if (STOPWORDS.has(key)) continue
      const was = index.get(key)
      if (was !== undefined && was !== s) {
        if (inner.get(key) === i > 0) twice.add(key)
        if (inner.get(key)) continue
      }
      index.set(key, s)
      inner.set(key, i > 0)
    }
  }
  for (const key of twice) index.delete(key)
  return index
}

/**
 * "a per-request noce": a swap of a short function word's first letter ("once"), which typists
 * seldom slip, read as a slip of a word the documents write ("node", "nonce") instead. A swap
 * inside the word ("waht", "teh") stays the function word whatever the documents have near it
 * ("want").
 */
function ownSlip(corpus: Corpus, w: string): boolean {
  const near = corpus.typos.correct(w, false, 1)
  return near !== undefined && !STOPWORDS.has(near)
}

/** `words` of five letters or more, each filed under itself and its one-letter-less forms. */
function slipIndex(words: Iterable<string>): Map<string, string[]> {
  const index = new Map<string, string[]>()
  for (const s of new Set(words)) {
    if (s.length < 5) continue
    for (const key of [s, ...withOneLess(s)]) index.set(key, [...(index.get(key) ?? []), s])
  }
  return index
}

/**
 * A function word typed with one slip ("actualy", "everyting", "becuase", "realy", "afer"): a word
 * neither the documents nor English know, one edit from a function word of five letters or more,
 * or a shorter one with two letters swapped ("teh", "waht": see SWAPPED_STOPWORDS).
 * Left to the typo index, "actualy" became the documents' "actual" and weighed as a topic, and
 * "afer" their "after" as a word they lack. So is a word English has but seldom uses and the
 * documents never do ("what abut mocking …?"): read as typed, "abut" was a topic they lack, and
 * the question abstained. The function word, or undefined.
 */
function misspeltStopword(corpus: Corpus, w: string, digits: boolean): string | undefined {
  if (w.length < 3 || digits) return undefined
  const t = stem(w)
  if (
    isKnownTerm(corpus, t) &&
    (mentions(corpus, t) || (frequencyOf(corpus.lexicon, t) ?? 0) > RARE_IN_ENGLISH)
  )
    return undefined
  // Most words the documents and English both lack (a restricted lexicon lacks many) are no
  // slip, found by a dozen look-ups of a dozen strings made: each word's verdict is remembered.
  let slip = slips.get(w)
  if (slip === undefined) {
    slip = keepBounded(slips, SLIPS_MEMO, w, stopwordSlipped(w) ?? '')
  }
  if (slip && SWAPPED_STOPWORDS.get(w) === slip && w[0] !== slip[0] && ownSlip(corpus, w))
    return undefined
  return slip || undefined
}

/**
 * Words that ask for a kind of thing, or for what a lack does ("What three kinds of …?", "what
 * happens without it?"): the question's form, as FRAME_WORDS are.
 */
const KIND_ASKED = ['kinds', 'types', 'sorts', 'shape', 'shapes', 'without']

/**
 * The words the readers of a question's idioms and form look for (READER_IDIOM_WORDS,
 * CUE_WORDS, FRAME_WORDS, KIND_ASKED), filed as STOPWORD_SLIPS are: a slip of one is found by
 * look-ups. With the frame's words and the kind's ("What three kunds of childhood exprriences …",
 * "what happebs wthout it?"), a slip had hidden the form, and the question's other words ("three",
 * "give", "rise") were read as topics the documents lack.
 */
const READING_SLIPS = slipIndex([
  ...READER_IDIOM_WORDS,
  ...CUE_WORDS,
  ...FRAME_WORDS,
  ...KIND_ASKED,
])

/**
 * A word the readers of idioms and of a question's form look for, typed with one slip ("red
 * flgas", "ground rlues", "a shortctu", "how do I strt"): a word neither the documents nor English
 * know, one edit from such a word. Those readers compare words as typed, and the word is often
 * none the documents use ("flags", "rules", "quick"), which no correction by their vocabulary
 * reaches; the question is read again with it spelled right (see withFunctionWordsSpelled). Only
 * a slip a typist makes (see isSlip): "rlues" is "rules", not "clues". Over the question sets
 * with two slips typed in each question, 21–25 first places gained and 1–3 lost in each of three
 * seeds; no out-of-scope question more answered.
 */
function misspeltReadingWord(corpus: Corpus, w: string): string | undefined {
  if (w.length < 4) return undefined
  // (Asked of nearly every word a question has: the look-ups first, their verdict remembered.)
  let slip = readingSlips.get(w)
  if (slip === undefined) slip = keepBounded(readingSlips, SLIPS_MEMO, w, readingSlipped(w) ?? '')
  if (!slip) return undefined
  const term = stem(w)
  return isKnownTerm(corpus, term) || inEnglish(corpus.lexicon.english ?? '', term)
    ? undefined
    : slip
}

/**
 * Most sense-tagged uses in WordNet of an English word the documents never use that is still read
 * as a slipped function word ("abut": none; "stiff": 8, "sick": 22 stay words of their own).
 */
const RARE_IN_ENGLISH = 5

/** Words readingSlipped has read, with its verdict ('' for none); at most SLIPS_MEMO, then none. */
const readingSlips = new Map<string, string>()

/** The word of READING_SLIPS a typist's slip away from `w`, if any (see misspeltReadingWord). */
function readingSlipped(w: string): string | undefined {
  for (const key of [w, ...withOneLess(w)])
    for (const s of READING_SLIPS.get(key) ?? []) if (s !== w && isSlip(w, s)) return s
  return undefined
}

/** Words stopwordSlipped has read, with its verdict ('' for none); at most SLIPS_MEMO, then none. */
const slips = new Map<string, string>()
const SLIPS_MEMO = 4096

/**
 * The function word of three or four letters `w` swaps two letters of, or the one of five letters
 * or more one edit from `w`, if any (see misspeltStopword).
 */
function stopwordSlipped(w: string): string | undefined {
  const swapped = w.length <= 4 ? SWAPPED_STOPWORDS.get(w) : undefined
  if (swapped !== undefined) return swapped
  for (const key of [w, ...withOneLess(w)])
    for (const s of STOPWORD_SLIPS.get(key) ?? []) if (editDistance(w, s, 1) <= 1) return s
  return undefined
}

/**
 * A word of prose as typed (three small letters or more, or a capital and two: "Teh", "Rae"; before
 * a contraction's ending too: "Waht's"), or a span of code (left as it is).
 */
const TYPED_WORD =
  /```[\s\S]*?```|`[^`\n]*`|(?<![\p{L}\p{N}_$.'’-])(?:\p{Lu}\p{Ll}{2,}|\p{Ll}{3,})(?![\p{L}\p{N}_$(-]|['’](?!(?:s|re|ll|d|ve|m|t)\b))/gu

/**
 * How the reader wrote a word: not as a name (false), as a name capitalised at its first letter
 * only ('title': "Workers"), as a camelCase one with one capital inside ('camel': "onError"), in
 * capitals ('caps': "DOCTYPE", "SIGTERM"), or as another name (true: "GraphiQL", "hc").
 */
export type NameForm = boolean | 'title' | 'camel' | 'caps'

/** A concept the question sets aside ("besides infidelity"): its word itself is one of `excluded`. */
export const setAsideBy = (c: Concept, excluded: Set<string> | undefined) =>
  excluded !== undefined && [...c.alts].some(([t, w]) => w === 1 && excluded.has(t))

/** A name's form in the text (see NameForm); only a name long enough to be read as a slip is looked at. */
function nameForm(text: string, names: Set<string>, w: string): NameForm {
  if (!names.has(w)) return false
  if (w.length < LIMITS.titleSlipLength || w.length >= LIMITS.nameSlipLength || !isLowerWord(w))
    return true
  // The same form every time the text writes it alone, in any case: capitalised at its start
  // only, in camelCase with one capital inside, or in capitals. Found in the text in small letters
  // (the same length, for a lower-case name of ASCII letters but for the rare letter whose small
  // form is longer; then read as a name of another form).
  const lower = text.toLowerCase()
  if (lower.length !== text.length) return true
  let form: NameForm | undefined
  for (let at = aloneAt(lower, w); at >= 0; at = aloneAt(lower, w, at + w.length)) {
    const typed = text.slice(at, at + w.length)
    const here: NameForm =
      text[at] !== w[0] && typed.slice(1) === w.slice(1)
        ? 'title'
        : CAMEL_WORD.test(typed)
          ? 'camel'
          : typed === typed.toUpperCase()
            ? 'caps'
            : true
    if (form !== undefined && here !== form) return true
    form = here
  }
  return form ?? true
}

/** A camelCase word with one capital inside: "onError", "setCookie". */
const CAMEL_WORD = /^\p{Ll}+\p{Lu}\p{Ll}+$/u

/**
 * The question with its misspelt function words written right ("Whiich psychologist …?",
 * "Is tere an app …?"), so the readers of its form meet the "which" and "there" they look for:
 * asked "Is tere an online therapy app …?", the app went unread as what is asked about, and the
 * question was answered from a sentence on therapy. Outside code; a capital kept.
 */
export function withFunctionWordsSpelled(
  corpus: Corpus,
  question: string,
  respelled?: ReadonlyMap<string, string>,
): string {
  return question.replace(TYPED_WORD, (w) => {
    if (w.charCodeAt(0) === 96) return w
    const lower = w.toLowerCase()
    if (STOPWORDS.has(lower)) return w
    // A correction to a word the documents write ("slills" their "skills") stands; one to a form
    // made of their stem ("stryed" as "storyed", of "story") gives way to the function word or
    // the idiom's word the slip is of ("strayed" of "the one who strayed").
    const typo = respelled?.get(lower)
    const s =
      typo !== undefined && corpus.typos.has(typo)
        ? typo
        : (misspeltStopword(corpus, lower, false) ?? misspeltReadingWord(corpus, lower) ?? typo)
    return s === undefined ? w : lower === w ? s : s[0].toUpperCase() + s.slice(1)
  })
}

export function conceptFor(
  corpus: Corpus,
  word: string,
  term: string,
  weight: number,
  fromHistory: boolean,
  name: NameForm = false,
  /** Words of this question still allowed a look-up one edit away in the lexicon (see nearestRelated). */
  lookups?: { left: number },
): Concept {
  // A reading spends at most two look-ups and only asks whether any are left, so the budget
  // matters only up to two: a reading is kept for that, and for whether the word is written as a
  // name. Found by the word, then among its few readings (a key of all four was a string built,
  // and hashed, per word).
  const budget = lookups ? Math.min(lookups.left, 2) : 3
  const { words } = corpus.memo
  let readings = words.get(word)
  let reading: WordReading | undefined
  if (readings)
    for (const r of readings)
      if (r.term === term && r.budget === budget && r.name === name) reading = r
  if (!reading) {
    const read = readWord(corpus, word, term, name, lookups && { left: budget })
    reading = { term, budget, name, ...read }
    if (!readings) readings = keepBounded(words, WORD_MEMO, word, [])
    readings.push(reading)
  }
  if (lookups) lookups.left -= reading.spent
  // A fresh concept each time: analyse adjusts salience, alternatives and parts in place.
  const { salience, alts, known, mentioned, parts, respelled } = reading
  const concept: Concept = {
    word,
    salience: salience * weight,
    alts: copyOf(alts),
    known,
    mentioned,
    fromHistory,
  }
  if (parts) concept.parts = [...parts]
  else if (respelled) concept.respelled = respelled
  return concept
}

/**
 * A copy of a reading's alternatives, entry by entry: `new Map(alts)` read them through the
 * map's iterator, which made an array for each entry (a tenth of what a question allocated).
 */
function copyOf(alts: ReadonlyMap<string, number>): Map<string, number> {
  const copy = new Map<string, number>()
  alts.forEach(setIn, copy)
  return copy
}

/** Map.forEach's callback for copyOf: sets each entry in the map it is given as `this`. */
function setIn(this: Map<string, number>, weight: number, term: string) {
  this.set(term, weight)
}

/** Most words whose readings a corpus remembers (see Corpus.memo.words). */
const WORD_MEMO = 8192

/**
 * Whether the documents write a name as the reader does, or in another inflection of it
 * ("Worker", "Workers"; "Validating" for their "validate"): a name is that word, not every word
 * its stem stands for. "Express" (the framework) stems as "expressions" does, which the Hono
 * pages write, and was read as a word of theirs.
 */
function writesName(corpus: Corpus, word: string): boolean {
  const { typos } = corpus
  for (const base of inflectionBases(word))
    for (const form of inflectionsOf(base)) if (typos.has(form)) return true
  return false
}

/** Shortest stem looked up in the filter of English's stems for a word that is longer (see readWord). */
const MIN_ENGLISH_STEM = 5

/**
 * British and American spellings of one word: "behaviour" and "behavior", "recognise" and
 * "recognize", "analyse" and "analyze", "centre" and "center", "catalogue" and "catalog",
 * "cancelled" and "canceled", "adaptor" and "adapter".
 */
function spellingVariant(a: string, b: string): boolean {
  const american = (w: string) =>
    w
      .replace(/our/g, 'or')
      .replace(/is(e|ed|es|ing|ation)$/, 'iz$1')
      .replace(/ys(e|ed|es|ing)$/, 'yz$1')
      .replace(/tre$/, 'ter')
      .replace(/ogue$/, 'og')
      .replace(/([aeiou])ll(ed|ing|er)$/, '$1l$2')
      .replace(/or$/, 'er')
  return american(a) === american(b)
}

/** What an inflected word may be an inflection of: itself, and without -s, -es, -ies, -ed, -ing. */
function inflectionBases(word: string): string[] {
  const out = [word]
  const m = /^(\p{L}{2,}?)(ies|ied)$/u.exec(word)
  if (m) out.push(`${m[1]}y`)
  const e = /^(\p{L}{2,}?)(es|s|ed|d|ing)$/u.exec(word)
  if (e) {
    out.push(e[1])
    if (e[2] === 'ing' || e[2] === 'ed') out.push(`${e[1]}e`)
    // A doubled consonant before -ing/-ed ("setting", "stopped").
    if (/(\p{L})\1$/u.test(e[1])) out.push(e[1].slice(0, -1))
  }
  return out
}

/** A base's regular inflections: -s, -es, -ed, -d, -ing (a final e dropped), y → ies, ied. */
function inflectionsOf(base: string): string[] {
  const out = [base, `${base}s`, `${base}es`, `${base}ed`, `${base}d`, `${base}ing`]
  if (base.endsWith('e')) out.push(`${base.slice(0, -1)}ing`)
  if (base.endsWith('y')) out.push(`${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`)
  return out
}

/**
 * HTTP status codes and the stems of their names (RFC 9110, section 15) where a name is a word
 * documentation writes on its own or as an API's name: 401 Unauthorized, 403 Forbidden, 404 Not
 * Found (`notFound`), 408 Request Timeout. Names of common words ("Bad Request", "Created") or of a
 * class ("redirect" for 3xx: "301, 302 or 308?" asks which code, and was answered) are left out.
 */
export const STATUS_NAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ['401', ['unauthor']],
  ['403', ['forbid']],
  ['404', ['notfound']],
  ['408', ['timeout']],
])
/**
 * Most units a stem may be in for a word that stems so, typed with a slip, to be read as the word
 * it slips from (see readWord). Over the sets with slips typed in, 1, 2 and 5 read the same: 7
 * first places gained and one lost over three seeds, nothing as typed.
 */
const RARE_STEM_USES = 2

/** What a word means to the documents, worked out (see conceptFor, which remembers it). */
function readWord(
  corpus: Corpus,
  word: string,
  term: string,
  name: NameForm,
  lookups?: { left: number },
): Omit<WordReading, 'term' | 'budget' | 'name'> {
  const budget = lookups?.left ?? 0
  const alts = new Map<string, number>()
  let base = term
  let baseWeight = 1
  let split: string[] | undefined
  /** The corpus word a typo stands for ("happnes" → happens), if it is one. */
  let corrected: string | undefined
  /** The documents' word as they write it, when the typo index corrected a word into it. */
  let respelled: string | undefined
  if (!mentions(corpus, term) && !/\s/.test(word)) {
    // An inflection the stemmer leaves alone ("harder"); else, for a word that general English
    // hardly uses either ("skils", "trama"), most likely a typo of a word the documents have.
    const form = isKnownTerm(corpus, term)
      ? undefined
      : baseForms(word).find((f) => isKnownTerm(corpus, stem(f)))
    const rare = (frequencyOf(corpus.lexicon, term) ?? 0) < 2
    // One word for two the documents write apart ("querystring", "ratelimit"): its parts.
    split = form || !rare ? undefined : splitCompound(corpus, word, name !== false)
    // A look-up two edits away (up to 120 variants) is one of the question's few (LIMITS.relatedLookups).
    const deep = !lookups || lookups.left > 0
    // A name is not a typo: "QUIC" is not "quick", "Vercel" not "cancel", "GraphiQL" not
    // "GraphQL". A long one a single slip from one of the documents' names is ("Coudflare",
    // "HTPException", "jsxRenderr"): nine letters or more, one edit at most; four or more for a
    // word capitalised only at its start ("Workets", "Wrokers", "Basc") or a camelCase one
    // with one capital inside ("onEror" of their `onError`); seven or more in capitals
    // ("DICTYPE" of their DOCTYPE, "SIGTTERM"): a name typed with capitals inside it ("GraphiQL")
    // is spelled on purpose, and the edit keeps the first letter (see correct).
    const nameSlip =
      name &&
      word.length >=
        (name === 'title' || name === 'camel'
          ? LIMITS.titleSlipLength
          : name === 'caps'
            ? LIMITS.capsSlipLength
            : LIMITS.nameSlipLength)
    // A rare word English has is no typo ("handlebars" is not "handlers", "sprint" not "print",
    // "stale" not "style"), except as the other side of the Atlantic spells it ("behaviour",
    // "recognise"). Its stem is looked up: a short one only as the word itself ("bail"), since a
    // slip may stem as some four-letter word does ("insted" → "inst"). A word English writes only
    // as a name may be a slip still ("inger" of "anger", "saame" of "shame").
    const english =
      rare &&
      // (Never a camelCase name: code, not English, whatever the filter's 2% says: "mxAge".)
      name !== 'camel' &&
      (term === word || term.length >= MIN_ENGLISH_STEM) &&
      inEnglish(corpus.lexicon.english ?? '', term) &&
      !writtenAsName(corpus.lexicon, word)
    const corrects = rare && (!name || nameSlip) && !split
    const slip = corrects
      ? corpus.typos.correct(word, deep && !name, name || english ? 1 : 2)
      : undefined
    const fixed = form ?? (slip && (!english || spellingVariant(word, slip)) ? slip : undefined)
    // (Only when this word was looked up: the flag tells of the last look-up made, which for a
    // word not looked up was another word's, of this question or of one asked before.)
    if (lookups && corrects && corpus.typos.wentDeep) lookups.left--
    if (fixed) {
      base = stem(fixed)
      baseWeight = form ? 1 : WEIGHTS.typo
      corrected = fixed
      // Written as the documents' word for the readers of the question's form, when the reader's
      // word is a typist's slip of it, not a name of theirs one letter off ("htmx", "systemd"); a
      // word capitalised at its start only too ("the Body Limti Middleware" says the page's title).
      if (!form && (!name || name === 'title') && isSlip(word, fixed)) respelled = fixed
    } else if (
      rare &&
      !name &&
      !split &&
      lookups &&
      lookups.left > 0 &&
      !hasExpansions(corpus.lexicon, term)
    ) {
      // A misspelt word the documents relate to but do not use ("gilty" → guilty → guilt), or
      // another form of one they use ("happnes" → happen, of "happened").
      lookups.left--
      // The word as typed right, read from the slips a typist makes (see nearestEnglish), for a
      // word English lacks too: the English word they have nothing to do with, or the one whose
      // stem nearestRelated would find, written right for the readers of the question's form;
      // where the two differ, the typist's slip is the surer reading ("specfiic" is specific, not
      // the "specify" a slip of its stem makes). Else a slip of its stem.
      const typedRight = english
        ? undefined
        : nearestEnglish(corpus.lexicon, word, (t) => corpus.index.frequency(t))
      const near = typedRight
        ? undefined
        : (nearestRelated(corpus.lexicon, term, (t) => corpus.index.frequency(t)) ??
          nearestOwnStem(corpus, term))
      if (typedRight) {
        base = stem(typedRight)
        baseWeight = WEIGHTS.typo
        corrected = typedRight
        respelled = typedRight
      } else if (near) {
        base = near
        baseWeight = WEIGHTS.typo
        corrected = near
      }
    }
  }
  // A slip whose stem happens to be one of the documents' rarest ("addres" stems as "addr", which
  // one page writes once as a field's name) is read as the word it slips from, when English lacks
  // that stem and the documents use the word more ("address"): as read, it had met the field and
  // not the three sentences on IP addresses.
  if (
    base === term &&
    !name &&
    word.length >= 5 &&
    !/\s/.test(word) &&
    mentions(corpus, term) &&
    corpus.index.frequency(term) <= RARE_STEM_USES &&
    !inEnglish(corpus.lexicon.english ?? '', term)
  ) {
    const slip = corpus.typos.correct(word, false, 1)
    if (
      slip &&
      isSlip(word, slip) &&
      corpus.index.frequency(stem(slip)) > corpus.index.frequency(term)
    ) {
      base = stem(slip)
      baseWeight = WEIGHTS.typo
      corrected = slip
      respelled = slip
    }
  }
  alts.set(base, baseWeight)
  for (const [alt, w] of expansions(corpus.lexicon, base)) {
    if (!alts.has(alt)) alts.set(alt, w * baseWeight)
  }
  // A status code is also read as its name, as the documents may write it instead ("404" is
  // their `notFound`, "Not Found Response").
  for (const n of STATUS_NAMES.get(word) ?? [])
    if (!alts.has(n) && mentions(corpus, n)) alts.set(n, WEIGHTS.statusName)
  let known = false
  for (const alt of alts.keys()) if (mentions(corpus, alt)) known = true
  // Mentioned: in a sentence, a heading or a code sample (an identifier like getSignedCookie). A
  // name only as written (see writesName): "Express" is no word of theirs for "expressions".
  const mentioned = mentions(corpus, base) && (!name || base !== term || writesName(corpus, word))
  // IDF says how rare a word is in these documents; general-English rarity tempers it, so a common
  // word that the documents happen to use once ("read", "inside") does not outweigh their topics.
  let salience = mentioned
    ? idf(corpus, base) * (1 - WEIGHTS.rarity + WEIGHTS.rarity * rarity(corpus, base))
    : corpus.maxIdf * rarity(corpus, base)
  // "What happnes …" frames the question as "What happens …" does.
  if (FRAME_WORDS.has(word) || (corrected !== undefined && FRAME_WORDS.has(corrected)))
    salience *= WEIGHTS.frame
  const spent = budget - (lookups?.left ?? 0)
  if (split) {
    for (const p of split) if (!alts.has(p)) alts.set(p, WEIGHTS.compoundPart)
    // The documents do mention it, in two words: as specific as the rarer of them.
    return {
      salience: Math.max(...split.map((p) => idf(corpus, p))),
      alts,
      known: true,
      mentioned: true,
      parts: split,
      spent,
    }
  }
  return { salience, alts, known, mentioned, spent, respelled }
}

/**
 * The documents' own stem one slip away from a misspelt word's stem ("happn" of "happnes" →
 * "happen" of "happened"): the typo index corrects into the documents' words as written, and a
 * slip in another form of one of them ("happens" for "happened") is two edits from all of them.
 * The stem the documents use most wins; same rules as nearestRelated (first letter kept, 5 to 16
 * letters), and a slip may be a form the documents do not write ("healng" → "healing" → heal)
 * or a key's neighbour typed ("adukt" → adult): into the documents' own stems, a neighbour key
 * seldom makes another word of theirs.
 */
function nearestOwnStem(corpus: Corpus, term: string): string | undefined {
  if (term.length < 5 || term.length > 16 || !/^\p{Ll}+$/u.test(term)) return undefined
  let best: string | undefined
  let bestDf = 0
  eachSlip(
    term,
    (slip) => {
      if (!mentions(corpus, slip)) {
        const s = stemmer(slip)
        if (s === slip || !mentions(corpus, s)) return
        slip = s
      }
      const df = corpus.index.frequency(slip)
      if (df > bestDf || (df === bestDf && best !== undefined && slip < best)) {
        best = slip
        bestDf = df
      }
    },
    true,
  )
  return best
}

/**
 * The stems of the two words the documents have that `word` joins ("querystring" → query,
 * string), preferring the most even cut; undefined when there is none. At most a word's length
 * of look-ups, whatever the corpus.
 */
function splitCompound(corpus: Corpus, word: string, name = false): string[] | undefined {
  if (word.length < 7 || !/^\p{L}+$/u.test(word)) return undefined
  const has = (w: string) => !STOPWORDS.has(w) && corpus.index.inText(stem(w))
  let best: string[] | undefined
  let cut: string[] | undefined
  let even = 0
  for (let i = 3; i <= word.length - 3; i++) {
    const a = word.slice(0, i)
    const b = word.slice(i)
    const e = Math.min(a.length, b.length)
    if (e > even && has(a) && has(b)) {
      best = [stem(a), stem(b)]
      cut = [a, b]
      even = e
    }
  }
  // A word written in lower case stands for the documents' two words only where they write them
  // together ("query string"); "openapi" is not their "open" and "API". A name keeps its parts
  // ("IncomingMessage", "ReferenceError"): the documents write such identifiers whole or not at
  // all, and their parts are what they say of them.
  if (cut && !name && !writtenTogether(corpus, cut[0], sharedStart(cut[1], best![1])))
    return undefined
  return best
}

/**
 * A question as analyse reads it: the concepts so far, the terms they were read from, and the
 * look-ups one edit away still allowed. Handed to addText and addMessage rather than closed over:
 * functions made inside analyse were made again for every question (and, run through tsx, each
 * named by a call to Object.defineProperty).
 */
export interface Reading {
  corpus: Corpus
  concepts: Concept[]
  seen: Set<string>
  lookups: { left: number }
  /**
   * Whether the question (not its history) has a misspelt function word (see misspeltStopword),
   * or a misspelt word an idiom or the question's form is read by (see misspeltReadingWord).
   */
  misspelt?: boolean
  /** The question's words a typo correction read as one of the documents' words, and that word. */
  respelled?: Map<string, string>
}

/**
 * A word in -ing written the way it is said, its "g" dropped ("goin", "doin", "bein", "tryin",
 * "feelin'"): the -ing word, when the documents and English know only that. Left as typed, "goin"
 * weighed as the rarest of topics, "doin" became the documents' "down" and "bein" their "be";
 * read so, each is the function word, frame word or verb the reader meant.
 */
function withItsG(corpus: Corpus, w: string): string {
  if (w.length < 4 || !w.endsWith('in') || STOPWORDS.has(w) || !/^\p{Ll}+$/u.test(w)) return w
  if (mentions(corpus, stem(w)) || isKnownTerm(corpus, stem(w))) return w
  const ing = `${w}g`
  return STOPWORDS.has(ing) || FRAME_WORDS.has(ing) || isKnownTerm(corpus, stem(ing)) ? ing : w
}

/** A function word, unless the reader wrote it as code (`c.get`). */
const isStop = (w: string, code: Set<string>) => STOPWORDS.has(w) && !code.has(w)

/**
 * A number with its unit run on ("500mb", "100MiB", "30s", "2x", "6mo", "3am", "2nd"): units of
 * size (decimal and binary), time, count and order, a closed class. ("2fa", "5xx" are names of
 * things, not measures.)
 */
const MEASURE =
  /^\d+(?:\.\d+)?(?:[kmgt]?i?b|[kmgt]|x|ms|s|secs?|mins?|h|hrs?|d|days?|w|wks?|mo|y|yrs?|yo|am|pm|px|st|nd|rd|th)$/

/** A unit's abbreviation, as MEASURE reads one run on to its number ("mb" of "1 mb"). */
const UNIT = /^(?:[kmgt]i?b|[kmgt]bps|ms|secs?|mins?|hrs?|px)$/
/** A number, whole or decimal. */
const NUMBER = /^\d+(?:\.\d+)?$/

/** A full stop, "!" or "?" that ends a sentence. */
const SENTENCE_PUNCTUATION = /[.!?](?:\s|$)/

/**
 * The text writes `title` inside a sentence, between words: after a space that follows neither a
 * space nor an end of sentence (".", "!", "?", ":"), and before a space and a letter, as
 * /[^\s.!?:]\s+Title\s+\p{L}/u finds it. Read without an expression made per name (one with
 * \p{L} costs ~0.1 ms to compile, and names are new with most questions).
 */
function midSentence(text: string, title: string): boolean {
  for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) {
    let before = at
    while (before > 0 && SPACE.test(text[before - 1])) before--
    if (before === at || before === 0 || SENTENCE_END.test(text[before - 1])) continue
    let after = at + title.length
    while (after < text.length && SPACE.test(text[after])) after++
    if (after === at + title.length || after === text.length) continue
    if (LETTER.test(String.fromCodePoint(text.codePointAt(after)!))) return true
  }
  return false
}

const SPACE = /\s/
const SENTENCE_END = /[.!?:]/
const LETTER = /\p{L}/u

/**
 * In prose written without sentence punctuation, a capitalised word inside the text may start a
 * sentence as well as a name ("… things Part of me wants to try …", "… logged in Right now I'm
 * …"): one that English knows and the documents never write is read as that word, not as a name
 * the documents lack (which weighs as the rarest of topics, and abstains). Only between two
 * words, as a sentence starts: a name that ends the message ("… groups in Chicago", "… into
 * French") stays one; so do names English does not know ("Kafka", "Vercel") and the documents'
 * own ("Workers"). Only for a text with a name and no full stop, "!" or "?" (see addText).
 */
function unnameSentenceStarts(corpus: Corpus, text: string, names: Set<string>): void {
  for (const w of names) {
    const title = w[0].toUpperCase() + w.slice(1)
    if (/^\p{Ll}+$/u.test(w) && midSentence(text, title) && plainWord(corpus, w)) names.delete(w)
  }
}

/**
 * A capital that is the message's form, not a name: a word shouted amid small letters ("why do i
 * feel GUILTY when …", "I THOUGHT SECUREHEADERS REMOVES IT") or one that opens the words after a
 * label's colon ("docs: Clarify when to use …", "(bug): Unable to read …", and in pasted output
 * "make: Fatal errors encountered"). One that English knows in small letters and the documents
 * never write as a name (see plainWord) is read as that word, not as a name the documents lack
 * (which abstains); names English does not know ("JWT", "Redis") stay names. Only when every time
 * the text writes the word it is in such a place.
 */
function unnameFormCapitals(corpus: Corpus, text: string, names: Set<string>): void {
  // The text read once, word by word (a pattern per name read it once per name: 30 ms for a
  // question of 160 shouted words): the names written somewhere as more than form.
  const named = new Set<string>()
  for (const m of matchesOf(WORD_RUN, text)) {
    const w = m[0].toLowerCase()
    if (!names.has(w) || named.has(w)) continue
    const shouted = m[0] === m[0].toUpperCase()
    if (!(shouted || AFTER_LABEL.test(text.slice(Math.max(0, m.index - 3), m.index)))) named.add(w)
  }
  for (const w of names) {
    if (w.length >= MIN_NAME_LENGTH && isLowerWord(w) && !named.has(w) && plainWord(corpus, w))
      names.delete(w)
  }
}

/** A word English knows (the lexicon counts it) that the documents never write as a name. */
const plainWord = (corpus: Corpus, w: string) =>
  frequencyOf(corpus.lexicon, stem(w)) !== undefined && !writesName(corpus, w)

/** A run of letters, digits and underscores: a word as the name readers see it. */
const WORD_RUN = /[\p{L}\p{N}_]+/gu

/** The end of a label before the words it labels: "docs: ", "(bug): ". */
const AFTER_LABEL = /[\p{L})\]]:\s+$/u

/** Words before "normal" that ask whether a thing is common (see addText). */
const NORMAL_ASKED = new Set(['it', 'that', 'this', 'totally', 'completely', 'even', 'perfectly'])
/** "a normal reaction", "a common thing" (see addText): what such a word judges common. */
const USUAL = new Set(['normal', 'common', 'natural', 'typical', 'usual'])
const REACTIONS = new Set(['reaction', 'reactions', 'response', 'responses', 'thing', 'things'])
/** Whether ws[i] is a word of a closing "a normal reaction" (see addText). */
function judgedUsual(ws: readonly string[], i: number): boolean {
  const noun = USUAL.has(ws[i]) ? i + 1 : i
  return (
    REACTIONS.has(ws[noun]) &&
    USUAL.has(ws[noun - 1]) &&
    (noun + 1 === ws.length || !REACTION_OF.has(ws[noun + 1]))
  )
}
/** What says what a reaction is to ("a normal reaction to betrayal"). */
const REACTION_OF = new Set(['to', 'of', 'for', 'after', 'when', 'from'])
/** The forms of "make", which with "sure" says the reader's aim (see addText). */
const MAKE = new Set(['make', 'makes', 'making', 'made'])
/** Words that, before the word that closes the question ("for", "with"), ask what a thing is for (see addText). */
const FOR_PURPOSE = new Map([
  ['good', 'for'],
  ['used', 'for'],
  ['useful', 'for'],
  ['help', 'with'],
  ['helps', 'with'],
])
/** Pronouns that point at a thing, before "help with" (see FOR_PURPOSE). */
const THING_POINTED = new Set(['it', 'that', 'this'])
/** Words before "sure" that make it an aim or a doubt, not a topic (see addText). */
const UNSURE_BEFORE = new Set([...MAKE, 'not', 'im', 'am', 'be', 'pretty', 'quite', 'totally'])

/**
 * "How to destroy/close server?": of two words the reader offers for one thing, joined by a
 * slash, the one the documents use is the question's ("close"); the other is only the reader's
 * wording, and weighed as a word they never mention ("destroy") it kept a question they answer
 * under the bar. Two they both use, or neither, stay as written ("get/set", "text/plain").
 */
function ownWordOfTwo(corpus: Corpus, text: string): string {
  return text.replace(SLASH_PAIR, (m, a: string, b: string) => {
    const first = mentions(corpus, stem(a.toLowerCase()))
    return first === mentions(corpus, stem(b.toLowerCase())) ? m : first ? a : b
  })
}

/** Two words joined by a slash in prose, not a path or a package ("hono/jsx" aside, see ownWordOfTwo). */
const SLASH_PAIR = /(?<![\p{L}\p{N}_./@:-])(\p{L}{2,})\/(\p{L}{2,})(?![\p{L}\p{N}_/-])/gu

/** The particles that are no stopwords (see PARTICLES): read alone only inside a clause. */
const CLOSING_PARTICLES = new Set([...PARTICLES].filter((p) => !STOPWORDS.has(p)))

/**
 * Verbs of meeting a problem ("facing an error", "encountered this issue", "ran into a bug"):
 * with the problem as their object (see meetsProblem), a frame that the problem's noun and its
 * modifiers say; "run" only with "into", "stumble" with its preposition.
 */
const MEETS = new Set(
  'face faces faced facing encounter encounters encountered encountering experience experiences experienced experiencing hit hits hitting run runs ran running stumble stumbles stumbled stumbling'.split(
    ' ',
  ),
)
/** What MEETS needs after it for "run" and "stumble". */
const MEETS_INTO = new Set(['into', 'upon', 'on', 'across'])
/** The nouns of a problem met (see MEETS). */
const PROBLEMS = new Set(
  'error errors issue issues problem problems bug bugs trouble troubles difficulty difficulties exception exceptions warning warnings crash crashes'.split(
    ' ',
  ),
)

/**
 * Whether ws[i], a verb of MEETS, takes a problem as its object: a noun of PROBLEMS after it,
 * across determiners and at most one other word ("facing CORS error", "encountered the same
 * issue"), a verb between being another clause ("people who experience betrayal have problems
 * …" meet no problem).
 */
function meetsProblem(ws: readonly string[], i: number): boolean {
  let k = i + 1
  if (ws[i].startsWith('run') || ws[i] === 'ran' || ws[i].startsWith('stumbl')) {
    if (!MEETS_INTO.has(ws[k])) return false
    k++
  }
  let other = 0
  for (; k < ws.length && k <= i + 5; k++) {
    if (PROBLEMS.has(ws[k])) return true
    if (DETERMINERS.has(ws[k]) || ws[k] === 'same' || ws[k] === 'similar') continue
    if (STOPWORDS.has(ws[k]) || ++other > 1) return false
  }
  return false
}

/** "find out" in its forms (see addText): how the reader learnt of a thing, not the thing. */
const FIND = new Set(['find', 'finds', 'found', 'finding'])
/** "each time", "every time" (see addText). */
const EACH = new Set(['each', 'every'])

/** Words that open a noun object ("push my boyfriend away", "turn the colors off"). */
const DETERMINERS = new Set([
  'my',
  'his',
  'her',
  'their',
  'our',
  'your',
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'some',
  'any',
  'each',
  'every',
])

/**
 * Where a particle stands after the object of the verb ws[i], if one does: "turn the colors off",
 * "push people away"; -1 when there is none, or when the particle follows the verb itself (read
 * as before: "set up the app"). The object is a noun, up to OBJECT_WORDS words after a
 * determiner or none ("turn the logger colors off", "switch individual ones off"), a
 * demonstrative ("switch that on") or a few of something ("switch some of those off").
 * An object longer than a noun is read only where the particle closes its clause: "put the
 * timeout middleware on that route" puts it on a route, with "on" a preposition; and not where
 * its last word takes the particle itself ("make slow requests give up" is giving up).
 */
function particleAfterObject(
  ws: string[],
  i: number,
  code: Set<string>,
  /** The lexicon, which says whether the object's last word takes the particle itself. */
  lexicon: LexiconTables,
): number {
  if (i + 2 >= ws.length || PARTICLES.has(ws[i + 1])) return -1
  if (DEMONSTRATIVES.has(ws[i + 1]) && PARTICLES.has(ws[i + 2]))
    return closesClause(ws, i + 2, code) ? i + 2 : -1
  if (FEW.has(ws[i + 1]) && ws[i + 2] === 'of' && PICKED.has(ws[i + 3]) && PARTICLES.has(ws[i + 4]))
    return closesClause(ws, i + 4, code) ? i + 4 : -1
  const from = DETERMINERS.has(ws[i + 1]) ? i + 2 : i + 1
  for (let j = from; j < Math.min(ws.length, from + OBJECT_WORDS); j++) {
    const proNoun = PRO_NOUNS.has(ws[j])
    if ((isStop(ws[j], code) && !proNoun) || PARTICLES.has(ws[j])) return -1
    if (!PARTICLES.has(ws[j + 1] ?? '')) continue
    if (j === from && !proNoun) return j + 1
    const ownPhrase = hasExpansions(lexicon, `${stem(ws[j])} ${stem(ws[j + 1])}`)
    return !ownPhrase && closesClause(ws, j + 1, code) ? j + 1 : -1
  }
  return -1
}

/** The particle ws[at] closes its clause: nothing follows, or a function word that opens no noun. */
function closesClause(ws: string[], at: number, code: Set<string>): boolean {
  const next = ws[at + 1]
  return (
    next === undefined ||
    (isStop(next, code) && !DETERMINERS.has(next) && !OBJECT_PRONOUNS.has(next))
  )
}
/** Most words of a verb's object read before its particle (see particleAfterObject). */
const OBJECT_WORDS = 3
/** Stopwords that stand for a noun in an object ("switch individual ones off", "set things up"). */
const PRO_NOUNS = new Set(['ones', 'thing', 'things', 'stuff'])
const DEMONSTRATIVES = new Set(['that', 'this', 'these', 'those'])
/** Words that pick a few of something ("some of those", "each of them"). */
const FEW = new Set('some all one each any most both none either few several many'.split(' '))
/** What a few are picked from. */
const PICKED = new Set(['them', 'those', 'these', 'it', 'us'])

/**
 * A phrasal verb's concept. Its verb alone says part of it, as one part of a compound does:
 * "cheated on" is the documents' "cheating", which WordNet's rare "unfaithful" sense of "cheat"
 * barely links.
 */
function phrasalConcept(
  corpus: Corpus,
  verb: string,
  particle: string,
  phrase: string,
  weight: number,
  fromHistory: boolean,
): Concept {
  const concept = conceptFor(corpus, `${verb} ${particle}`, phrase, weight, fromHistory)
  const alone = conceptFor(corpus, verb, stem(verb), weight, fromHistory)
  if (alone.mentioned) {
    const head = stem(verb)
    concept.alts.set(head, Math.max(concept.alts.get(head) ?? 0, WEIGHTS.verbAlone))
    Object.assign(concept, { known: true, mentioned: true, salience: alone.salience })
  }
  return concept
}

/**
 * A prefix written off with a hyphen ("sub-app", "multi-tenant", "mini-framework") makes a kind of
 * what follows it: a "sub-app" is an app. Read as a word of its own, "sub" was rare in the pages
 * and weighed the most of its question, and led every question on a sub-app to the one sentence
 * that says "sub-routers". Unless the documents write the two as one word ("subdomain").
 */
function withoutPrefixes(corpus: Corpus, text: string): string {
  return text.replace(PREFIXED, (m: string, prefix: string, base: string) =>
    corpus.index.inText(stem((prefix + base).toLowerCase())) ? m : base,
  )
}
const PREFIXED = /(?<![\p{L}\p{N}_$.`-])(sub|multi|semi|pseudo|mini|micro|mid)-(\p{L}+)/giu

/** Reads a text of the message into concepts. `prose`: not code. */
function addText(
  reading: Reading,
  text: string,
  weight: number,
  fromHistory: boolean,
  prose = true,
): void {
  const { corpus, concepts, seen, lookups } = reading
  if (prose && text.includes('/')) text = ownWordOfTwo(corpus, text)
  if (prose && text.includes('-')) text = withoutPrefixes(corpus, text)
  const { ws, parts, code } = readerWords(text)
  const names = properNames(text, prose)
  if (prose && names.size && !SENTENCE_PUNCTUATION.test(text))
    unnameSentenceStarts(corpus, text, names)
  if (names.size && /\p{Ll}/u.test(text)) unnameFormCapitals(corpus, text, names)
  const data = prose ? undefined : readersCodeNames(text, names)
  // A name the reader compares with ("Coming from Express", "like I do in Koa") is where they
  // come from, not what they ask about: a word like any other, not a name the documents lack.
  if (prose && MAY_COMPARE.test(text))
    for (const m of matchesOf(COMPARED_WITH, text)) names.delete(m[1].toLowerCase())
  // The reader's own people and things ("Kayla" of "my girlfriend Kayla") are no topic the
  // documents could have: left out, they neither weigh nor make the documents unable to answer.
  const own = prose ? ownNames(text) : new Set<string>()
  if (prose) {
    addWrittenNames(corpus, ws, names)
    addPlaceName(corpus, text, names)
    addEnglishNames(corpus, ws, names)
    if (text.includes('(')) addGlossedNames(corpus, text, names)
  }
  if (prose)
    for (let i = 0; i < ws.length; i++) if (!names.has(ws[i])) ws[i] = withItsG(corpus, ws[i])
  let versions: Set<string> | undefined
  /** Where a phrasal verb read around its object ends: its particle, not read again. */
  let particleAt = -1
  for (let i = 0; i < ws.length && concepts.length < LIMITS.maxConcepts; i++) {
    const w = ws[i]
    if (own.has(w)) continue
    const stop = isStop(w, code) && !(prose && TELLS.has(w) && TOLD.has(ws[i + 1]))
    // "since I found out about the affair", "how can I find out the visitor's IP address?": how
    // the reader learnt or would learn of a thing, not the thing (what follows says that). As a
    // phrasal verb it stood for "establish", "learn", "experience" and "situation".
    if (prose && FIND.has(w) && ws[i + 1] === 'out' && i + 2 < ws.length) {
      i++
      continue
    }
    // Phrasal verbs WordNet knows ("cheat on", "set up"): the particle changes the meaning,
    // so the pair is one concept. A stopword never starts one ("let down", "get up" stay apart).
    // A pronoun object stands between them ("turning me down", "pick it up"), as English wants.
    // (Looked for only after a word that may start one: half a question's words are stopwords.)
    // A phrase is looked up only so or as a compound (unnamedCompoundNoun): a corpus's lexicon
    // keeps no other (see phraseEnd in ingest.ts).
    // The object may stand between them as a noun too ("turn the colors off", "hand that object
    // over", "push people away"): the phrase is read, and so is the object, as a word of its own.
    // (Not after a stopword's form: "letting my guard down" is no letting down.)
    const objectEnd =
      stop || particleAt === i ? -1 : particleAfterObject(ws, i, code, corpus.lexicon)
    if (objectEnd > 0 && !STOPWORDS.has(stem(w))) {
      const phrase = `${stem(w)} ${stem(ws[objectEnd])}`
      if (hasExpansions(corpus.lexicon, phrase) && !seen.has(phrase)) {
        seen.add(phrase)
        concepts.push(phrasalConcept(corpus, w, ws[objectEnd], phrase, weight, fromHistory))
        particleAt = objectEnd
        continue
      }
    }
    if (i === particleAt) continue
    // A particle that is no stopword ("away", "apart", "back") closing a clause belongs to the
    // verb before it or to an idiom ("push people away", "fall apart", "behind my back") when no
    // phrase was read: it says nothing alone, and the documents rarely write it.
    if (i > 0 && CLOSING_PARTICLES.has(w) && (i + 1 >= ws.length || isStop(ws[i + 1], code)))
      continue
    const gap = !stop && OBJECT_PRONOUNS.has(ws[i + 1]) && PARTICLES.has(ws[i + 2]) ? 1 : 0
    if (!stop && i + 1 + gap < ws.length && PARTICLES.has(ws[i + 1 + gap])) {
      const particle = ws[i + 1 + gap]
      const phrase = `${stem(w)} ${stem(particle)}`
      if (hasExpansions(corpus.lexicon, phrase) && !seen.has(phrase)) {
        seen.add(phrase)
        concepts.push(phrasalConcept(corpus, w, particle, phrase, weight, fromHistory))
        i += 1 + gap
        continue
      }
    }
    // Two words the documents write as one ("query string" → "querystring"); not a name and
    // the first figure of its version ("python 3.12" is no "python3" and "12"). Across "a",
    // only an API a heading of theirs names: "delete a cookie" is `deleteCookie()`, but "set a
    // timeout" no `setTimeout`, which they write only in passing. (Not across "the" or "an":
    // "… the cookie" so joined lost three first places.)
    const across = ws[i + 1] === 'a' ? 1 : 0
    const next = ws[i + 1 + across]
    if (
      !stop &&
      next !== undefined &&
      !isStop(next, code) &&
      !(/^\d/.test(next) && (versions ??= versionParts(text)).has(next))
    ) {
      const joined = w + next
      const term = stem(joined)
      if ((across ? corpus.index.inHeading(term) : corpus.index.inText(term)) && !seen.has(term)) {
        seen.add(term)
        const concept = conceptFor(corpus, joined, term, weight, fromHistory)
        // The parts still count a little: "query()" heads the section on query strings.
        for (const part of [w, next]) {
          if (!concept.alts.has(stem(part))) concept.alts.set(stem(part), WEIGHTS.compoundPart)
        }
        concept.parts = [stem(w), stem(next)]
        concepts.push(concept)
        i += 1 + across
        continue
      }
    }
    if (stop) continue
    // (Each word's tests below go from the cheapest: a word is read by each of them.)
    const digits = /\d/.test(w)
    if (digits && w.length === 1) continue
    if (prose && misspeltStopword(corpus, w, digits) !== undefined) {
      if (!fromHistory) reading.misspelt = true
      continue
    }
    // (Read as typed here, and spelled right when the question is read again.)
    if (prose && !fromHistory && !digits && !names.has(w) && misspeltReadingWord(corpus, w))
      reading.misspelt = true
    // "Am I going to be …": the future, not a going anywhere; "keeps rejecting", "I keep
    // thinking": again and again, not a keeping.
    if (prose && w === 'going' && ws[i + 1] === 'to') continue
    // "I'm facing an error …", "ran into this issue": meeting a problem, which its noun says.
    if (prose && MEETS.has(w) && meetsProblem(ws, i)) continue
    // "under the hood", "from scratch": a way of saying, not a topic ("… how the Basic auth scheme
    // works under the hood …" had answered how routing works; "scratch" was a word never written).
    if (prose && inIdiom(ws, i)) continue
    // "Any idea why …?", "any ideas?": asking for help, not about ideas; "as soon as": when.
    if (prose && wordBefore(ws, i) === 'any' && (w === 'idea' || w === 'ideas')) continue
    if (prose && w === 'soon' && wordBefore(ws, i) === 'as' && ws[i + 1] === 'as') continue
    // "make sure …": the reader's aim, said by what follows; "not sure how …": their doubt.
    if (prose && w === 'sure' && UNSURE_BEFORE.has(wordBefore(ws, i) ?? '')) continue
    if (prose && ws[i + 1] === 'sure' && MAKE.has(w)) continue
    // "Is therapy worth it?": whether the thing is any good, a frame; as a topic "worth" met the
    // documents' "self-worth".
    if (prose && w === 'worth' && ws[i + 1] === 'it') continue
    // "What is it used for?", "what's CBT good for?": what a thing is for, asked of the thing, a
    // frame; as a topic "good" met the articles' "not good enough" (the sentence that says what
    // CBT does lost to it), and "used", which they never write, declined the question.
    // "What does it help with?" asks so of a thing pointed at; "what can those people help
    // with?" asks what they help with, a word of the question.
    if (
      prose &&
      FOR_PURPOSE.get(w) === ws[i + 1] &&
      i + 2 === ws.length &&
      ws[0] === 'what' &&
      (ws[i + 1] === 'for' || THING_POINTED.has(wordBefore(ws, i) ?? ''))
    )
      continue
    // "Is it normal to …?", "is that normal?": whether the reader's lot is common, a frame.
    if (prose && w === 'normal' && NORMAL_ASKED.has(wordBefore(ws, i) ?? '')) continue
    // "Is that a normal reaction?", "a common thing?": whether it is common, as "is that normal?"
    // asks; "reaction" named nothing the reader asked about, and was reported as never mentioned.
    // ("a normal reaction to betrayal" is what a reaction to it is: read.)
    if (prose && judgedUsual(ws, i)) continue
    // "a hard time trusting": a difficulty, said by "hard"; no time is asked about.
    if (prose && (w === 'time' || w === 'times') && HARD.has(wordBefore(ws, i))) continue
    // "each time", "every time": always, said of how often, not a time asked about.
    if (prose && w === 'time' && EACH.has(wordBefore(ws, i) ?? '')) continue
    if (prose && KEEP.has(w) && /..ing$/.test(ws[i + 1] ?? '')) continue
    // "the two of them", "all three of us": people the question points back at, not a count.
    if (prose && ws[i + 1] === 'of' && COUNT.test(w) && PLURAL_PRONOUNS.has(ws[i + 2])) continue
    // In code, numbers and letters and digits run together that the documents never use are
    // data, not a name: "60 * 60 * 24 * 365", the escape codes of "\x1b[32m200\x1b[0m", a hash.
    if (!prose && digits && !mentions(corpus, stem(w))) continue
    // So is a number in prose that the documents never write ("my frontend on localhost:5173"):
    // the reader's setting, not a thing the documents lack.
    if (prose && digits && /^\d+$/.test(w) && !mentions(corpus, w)) continue
    // A unit typed apart from its number ("bigger than 1 mb", "after 30 ms") is the measure's, as
    // one run on is: read as typed, "mb" was a word no one knows, weighed as the rarest topic.
    if (prose && UNIT.test(w) && NUMBER.test(wordBefore(ws, i) ?? '') && !mentions(corpus, stem(w)))
      continue
    // A measure with its unit run on ("a 500mb upload", "capped at 30s", "cheated on 2x") is
    // the reader's setting as well: read as its number where the documents write that ("30"),
    // else left out; as typed, it was a word no one knows, weighed as the rarest of topics.
    let term = stem(w)
    if (prose && digits && MEASURE.test(w) && !mentions(corpus, term)) {
      const number = w.replace(/[a-z]+$/, '')
      if (!mentions(corpus, number)) continue
      term = number
    }
    if (seen.has(term)) continue
    seen.add(term)
    // A part of a version or a dotted figure ("11" of "python3.11", "18" of "2.7.18") is one
    // number's piece: as rare in the pages as any figure, it outweighed the report's words.
    const part = digits && (versions ??= versionParts(text)).has(w)
    // "Is there something built in to …?", "a built-in logger": whether the thing comes with
    // it, not a building (the Dockerfile's build steps had led "Does Hono have built-in caching?").
    const builtIn = prose && w === 'built' && ws[i + 1] === 'in'
    const concept = conceptFor(
      corpus,
      w,
      term,
      part ? weight * WEIGHTS.versionPart : builtIn ? weight * WEIGHTS.frame : weight,
      fromHistory,
      nameForm(text, names, w),
      lookups,
    )
    if (builtIn) concept.frame = true
    if (concept.respelled && !fromHistory)
      (reading.respelled ??= new Map()).set(w, concept.respelled)
    if (prose && negatedAt(ws, i)) addNegated(corpus, concept, w)
    else if (prose) addDenied(corpus, concept, w)
    // An identifier's parts ("graph" of "GraphQL") may stand for it, less surely; not a negation
    // (the "not" of `notFound`), which every caveat of the pages says. Typed in small letters or
    // capitals ("app.onerror"), a name the documents write in camelCase has their parts.
    const ps = parts.get(w) ?? writtenParts(corpus, w)
    if (ps) {
      const content = ps.filter((p) => p.length > 1 && !STOPWORDS.has(p) && !NEGATORS.has(p))
      for (const p of content) {
        if (!concept.alts.has(stem(p))) concept.alts.set(stem(p), WEIGHTS.compoundPart)
      }
      if (content.length > 1) concept.parts = content.map(stem)
    }
    // A name the documents never mention ("Mona Lisa", "Redis") is as specific as a word gets.
    // A word merely unknown to the documents and to the lexicon is not one: readers write
    // "tbh", "ngl", "hubby", and the lexicon holds only the English related to the corpus.
    if (names.has(w) && (prose || !readersOwn(concepts, concept, w, data))) {
      concept.name = true
      if (!concept.mentioned) concept.salience = corpus.maxIdf * weight
    }
    // A clipping ("vars", "prod") is also the word it is cut from (see readClipping).
    const full = prose ? CLIPPINGS.get(w) : undefined
    if (full)
      readClipping(corpus, concept, full, (f) =>
        conceptFor(corpus, f, stem(f), weight, fromHistory),
      )
    concepts.push(concept)
  }
}

/** The numbers of a text's dotted figures: "3" and "11" of "python3.11", "2", "7", "18" of "2.7.18". */
function versionParts(text: string): Set<string> {
  const parts = new Set<string>()
  if (!text.includes('.')) return parts
  for (const m of matchesOf(DOTTED_NUMBER, text)) for (const p of m[0].split('.')) parts.add(p)
  return parts
}

const DOTTED_NUMBER = /\d+(?:\.\d+)+/g

/**
 * The reader's words that the documents write only as names ("vercel", "cloudflare": see
 * writtenOnlyAsName) are names however the reader cased them: typed in lower case, "how do I
 * deploy my hono app to vercel?" was answered from a list of platforms, as "… to Vercel?" is not.
 */
function addWrittenNames(corpus: Corpus, ws: string[], names: Set<string>): void {
  for (const w of ws) {
    if (w.length < 2 || names.has(w) || STOPWORDS.has(w) || !isLowerWord(w)) continue
    const term = stem(w)
    if (mentions(corpus, term) && writtenOnlyAsName(corpus, w, term)) names.add(w)
  }
}

/**
 * Whether a word is small letters only (/^\p{Ll}+$/u), an ASCII one told without the expression:
 * asked of every word of every question by the name readers below.
 */
function isLowerWord(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i)
    if (c < 97 || c > 122) return /^\p{Ll}+$/u.test(w)
  }
  return w.length > 0
}

/**
 * The platform a question asks to put an app on (see placeAsked), typed in lower case, is a name
 * when the documents never write it: "how do I run hono on azure functions?" asks about Azure,
 * which English knows as a colour; as a word it weighed little and the question was answered from
 * "run" and "hono".
 */
function addPlaceName(corpus: Corpus, text: string, names: Set<string>): void {
  const place = placeAsked(text)?.name.toLowerCase()
  if (!place || place.length < 2 || names.has(place) || STOPWORDS.has(place) || !isLowerWord(place))
    return
  if (!mentions(corpus, stem(place))) names.add(place)
}

/**
 * The reader's words that English writes only as names (WordNet's "Chicago", "French", "Harlow":
 * see CorpusLexicon.names) are names however the reader cased them, when the documents never
 * write them: typed in lower case, "support groups … in chicago" and "translate 'good morning'
 * into french" were answered from the rest of the question, as "… in Chicago" is not. Not a word
 * one slip from one of the documents' words: a misspelling meets some name ("valie" for value,
 * "ageed" for agreed are names in WordNet) more often than a reader names what the documents lack.
 */
function addEnglishNames(corpus: Corpus, ws: string[], names: Set<string>): void {
  for (const w of ws) {
    if (names.has(w) || w.length < MIN_NAME_LENGTH || STOPWORDS.has(w) || !isLowerWord(w)) continue
    // (Most of a question's words are the documents': looked at before the table of names.)
    if (mentions(corpus, stem(w)) || !writtenAsName(corpus.lexicon, w)) continue
    if (writesName(corpus, w)) continue
    if (corpus.typos.correct(w, false, 1) === undefined) names.add(w)
  }
}

/**
 * A word neither the documents nor English know, glossed in parentheses by another such word
 * that holds it ("in redis (ioredis)", "valkey (iovalkey)"): the reader names a product and the
 * package that reaches it, named after it, so both are names however they are cased. Any two
 * unknown words were too many: a slip glossed by a name ("a scjduled (cron) handler") and a word
 * the lexicon, kept to the documents' neighbourhood, does not hold ("our gateway (php)").
 */
function addGlossedNames(corpus: Corpus, text: string, names: Set<string>): void {
  for (const m of matchesOf(GLOSSED, text)) {
    const pair = [m[1], m[2]]
    if (!m[1].includes(m[2]) && !m[2].includes(m[1])) continue
    if (pair.every((w) => unknownWord(corpus, w))) for (const w of pair) names.add(w)
  }
}

/** A lower-case word, then another in parentheses (see addGlossedNames). */
const GLOSSED = /(?<![\p{L}\p{N}_.@/$-])(\p{Ll}{4,})\s*\((\p{Ll}{4,})\)/gu

/** A word the documents never write, the lexicon does not know, and no slip of theirs. */
function unknownWord(corpus: Corpus, w: string): boolean {
  const term = stem(w)
  return (
    !STOPWORDS.has(w) &&
    !mentions(corpus, term) &&
    frequencyOf(corpus.lexicon, term) === undefined &&
    corpus.typos.correct(w, false, 1) === undefined
  )
}

/** The shortest word read as a name by English alone (see addEnglishNames; as in build-lexicon.ts). */
const MIN_NAME_LENGTH = 4

/** A name of three words or more joined by hyphens: a header, a kebab-case package. */
const HYPHENED = /[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+){2,}/g

/**
 * A hyphened name the reader quotes as code (`Access-Control-Allow-Origin`) is one thing, not
 * four ideas: the concepts its words brought in (from `start` on) share one concept's weight, so
 * a quoted header weighs as one word of the question, as `X-Powered-By` written whole would.
 */
function shareHyphenedName(text: string, concepts: Concept[], start: number): void {
  if (!text.includes('-')) return
  const share = new Map<string, number>()
  for (const m of matchesOf(HYPHENED, text)) {
    const ws = m[0].toLowerCase().split('-')
    for (const w of ws) share.set(w, Math.max(share.get(w) ?? 0, ws.length))
  }
  for (let j = start; j < concepts.length; j++) {
    const k = share.get(concepts[j].word)
    if (k) concepts[j].salience /= k
  }
}

/** A string literal of code ('X-Tenant-Id', "My Shop"), or the text between two tags. */
const LITERAL = /'[^'\n]*'|"[^"\n]*"|>[^<>\n]*</g

/**
 * A type argument of one name (`hc<SomeType>(…)`, `createMiddleware<Env>`): the reader's own type,
 * declared in their program, not the API's.
 */
const TYPE_ARGUMENT = /(?<=[\p{L}\p{N}_$]<)\s*\p{Lu}[\p{L}\p{N}_]*\s*(?=>)/gu

/**
 * The names of a code text said only inside its literals or as type arguments: the reader's data
 * and types, not names of an API.
 */
function readersCodeNames(text: string, names: Set<string>): Set<string> {
  if (!names.size) return names
  const outside = properNames(text.replace(TYPE_ARGUMENT, ' ').replace(LITERAL, ' '), false)
  return new Set([...names].filter((n) => !outside.has(n)))
}

/**
 * A capitalised word of the reader's code is the reader's own, not a name of a thing the
 * documents lack: data in a literal (the header 'X-Tenant-Id', the title <title>My Shop</title>),
 * a type argument (`hc<SomeType>`), or an identifier whose parts the prose says ("DbClient" of
 * "I declared my db client …"). A library's identifier (`new PrismaClient()`, `Redis.get`) stays
 * a name the documents never mention.
 */
function readersOwn(concepts: Concept[], concept: Concept, w: string, data?: Set<string>): boolean {
  if (data?.has(w)) return true
  const { parts } = concept
  return !!parts?.every((p) => concepts.some((c) => !c.fromHistory && c.alts.get(p) === 1))
}

/** The summed salience of some concepts. */
const salienceOf = (cs: Concept[]) => cs.reduce((n, c) => n + c.salience, 0)

/**
 * Whether the sentence that asks leaves it to the story to say what is asked: it names nothing the
 * documents know ("What am I missing?"), or one thing in a few words ("related??", "does order
 * matter?", "Is there a limit?") or while pointing back at the story ("Is there actually anything
 * that can help with this?"). A whole question that names its one topic and points at nothing
 * ("What would therapy actually do for someone like me?", "What should I actually be doing
 * first?") asks about that topic: the story around it only sets the scene, as any story does.
 * Read as vague, the scene of 20 words uncapped at 0.8 buried the topic (4m06's answers 18th).
 */
function vagueAsk(ask: string, known: number): boolean {
  if (known === 0) return true
  if (known > 1) return false
  const ws = words(ask)
  return ws.length <= LIMITS.shortAsk || ws.some((w) => ANAPHORA.has(w))
}

/** Reads the parts of a message into concepts, each weighed by what it says about the question. */
export function addMessage(
  reading: Reading,
  parts: MessageParts,
  weight: number,
  fromHistory: boolean,
): void {
  const { corpus, concepts } = reading
  const { ask, story, inline, code, errors } = parts
  addText(reading, ask, weight, fromHistory)
  // "What am I missing?" names nothing: then the story around it says what is asked.
  const vague = vagueAsk(
    ask,
    concepts.filter((c) => c.known && c.fromHistory === fromHistory).length,
  )
  const storyWeight = vague ? WEIGHTS.storyWhenVague : WEIGHTS.story
  // An issue's title says what a vague ask ("Is this a bug?", "Why?") asks about: it is read as
  // asked, not as the story it opens ("Custom notFound on a sub-app is ignored …", then the report).
  const title = vague ? parts.title : undefined
  if (title !== undefined) addText(reading, title, weight, fromHistory)
  const asked = concepts.length
  // Code the story names without backticks ("process.env is empty", "secureHeaders() and
  // poweredBy()") is the API the question is about, read as inline code is, not as scenery.
  const unmarked: string[] = []
  for (let text of story) {
    if (title !== undefined && text.startsWith(title)) text = text.slice(title.length)
    addText(
      reading,
      MAY_BE_CODE.test(text) ? text.replace(UNMARKED_CODE, (m) => (unmarked.push(m), ' ')) : text,
      weight * storyWeight,
      fromHistory,
    )
  }
  // However long the story, it only sets the scene for the question: all its words together
  // weigh at most a share of the question's own.
  if (!vague) {
    const own = salienceOf(concepts.slice(0, asked).filter((c) => c.fromHistory === fromHistory))
    const told = salienceOf(concepts.slice(asked))
    const cap = WEIGHTS.storyShare * own
    if (told > cap) for (const c of concepts.slice(asked)) c.salience *= cap / told
  }
  const prose = ask || story.length
  const inlineWeight = weight * (prose ? WEIGHTS.inlineCode : 1)
  for (const text of unmarked) addText(reading, text, inlineWeight, fromHistory, false)
  for (const text of inline) {
    const start = concepts.length
    addText(reading, text, inlineWeight, fromHistory, false)
    shareHyphenedName(text, concepts, start)
  }
  // An error the documents quote is what the question is about; any other ("Cannot read
  // properties of undefined") is the reader's program's, as the code around it is.
  const codeWeight = weight * (prose ? WEIGHTS.code : 1)
  for (const text of errors)
    addText(reading, text, quotesText(corpus, text) ? inlineWeight : codeWeight, fromHistory, false)
  for (const text of code) addText(reading, text, codeWeight, fromHistory, false)
}

/**
 * A word the documents have no relative of, read in a rare sense that the question's other words
 * pick (see wordnet-senses.ts): "raise" beside "kids" (a "child") is bringing up, and meets the
 * documents' "parenting one's own children"; beside "money" it would have stayed a word they lack.
 * A sense is picked by a word of its definition, examples or neighbours that another word of the
 * question says (itself or a relative at WEIGHTS.senseContext or more), on the words as read,
 * before any other word gains a sense.
 */
export function pickSenses(corpus: Corpus, concepts: Concept[]): void {
  const table = corpus.lexicon.senses
  if (!table) return
  const gained: Array<[Concept, string, number]> = []
  // Each concept's terms that may pick a sense, listed once (the first time a word has rare
  // senses) rather than spread out of its map again for each sense of each other word.
  let picking: string[][] | undefined
  for (const c of concepts) {
    if (c.known || c.name || c.parts) continue
    const term = c.alts.keys().next().value
    if (term === undefined) continue
    for (const { targets, context } of rareSenses(table, term)) {
      picking ??= concepts.map(contextTerms)
      const picked = concepts.some(
        (o, k) =>
          o !== c &&
          o.fromHistory === c.fromHistory &&
          picking![k].some((t) => context.includes(t)),
      )
      if (picked) for (const [t, w] of targets) gained.push([c, t, w])
    }
  }
  for (const [c, t, w] of gained) {
    if ((c.alts.get(t) ?? 0) < w) c.alts.set(t, w)
    c.known = true
  }
}

/** A concept's terms that may pick a sense of another word: itself and close relatives. */
function contextTerms(c: Concept): string[] {
  const out: string[] = []
  c.alts.forEach((w, t) => {
    if (w >= WEIGHTS.senseContext) out.push(t)
  })
  return out
}

/**
 * Idioms whose last word names no topic ("hood", "box", "scratch", "fly", "nutshell"); their other
 * words are function words. As the reader's words read them: a lone "a" is left out.
 */
const IDIOMS = [
  ['under', 'the', 'hood'],
  ['out', 'of', 'the', 'box'],
  ['from', 'scratch'],
  ['on', 'the', 'fly'],
  ['in', 'nutshell'],
  // The reader's words keep the article "a" (see readerWords), so the idiom is written with it.
  ['in', 'a', 'nutshell'],
  // Discourse markers, each word of them ("In other words, is there an example …" had been
  // declined as "They never mention 'words'").
  ...DISCOURSE_MARKERS.map((m) => m.split(' ')),
]

/** Each word of IDIOMS, with the idioms it is in and where. */
const IDIOM_WORDS = new Map<string, Array<[string[], number]>>()
for (const idiom of IDIOMS)
  idiom.forEach((w, j) => IDIOM_WORDS.set(w, [...(IDIOM_WORDS.get(w) ?? []), [idiom, j]]))

/** Whether ws[i] is a word of one of IDIOMS written whole around it. */
function inIdiom(ws: readonly string[], i: number): boolean {
  for (const [idiom, j] of IDIOM_WORDS.get(ws[i]) ?? []) {
    const k = i - j
    if (k >= 0 && idiom.every((w, x) => ws[k + x] === w)) return true
  }
  return false
}
