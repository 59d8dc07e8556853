// Reading text, of a question or of a sentence of the documents: its tokens and words (the last
// text read is remembered), regular expressions run over it, a sentence's text, and the word
// classes (pointing words, particles, number words) that several readers of a question share.

import { type Corpus, mentions } from './corpus.ts'
import { frequencyOf, hasExpansions } from './lexicon.ts'
import { tokens, wordsOfTokens } from './terms.ts'

/**
 * The matches of `pattern` (global, and never matching an empty string) in `text`, in order, as
 * text.matchAll(pattern) lists them: matchAll first makes a copy of the pattern (~0.15 µs), and
 * the patterns read with this run on every text of every question.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  pattern.lastIndex = 0
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) out.push(m)
  return out
}

/**
 * The word `back` places before ws[i]; before the first, "", which is no word. ws[-1] is no element but a
 * property named "-1", looked up by name along the prototype chain (measured ~60 ns, against a
 * few for an element), and the readers of a question's words ask for the word before the first
 * of every text they read.
 */
export const wordBefore = (ws: readonly string[], i: number, back = 1): string =>
  i >= back ? ws[i - back] : ''

/** A letter, digit or underscore, as /[\p{L}\p{N}_]/u reads one code point. */
const WORD_CHAR = /[\p{L}\p{N}_]/u

/** A letter or digit, as /[\p{L}\p{N}]/u reads one code point. */
export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** The code point ending just before `i` is one of `chars`. */
function charBefore(text: string, i: number, chars: RegExp): boolean {
  if (i <= 0) return false
  const c = text.charCodeAt(i - 1)
  // The low half of a pair: the code point starts one earlier.
  const from = c >= 0xdc00 && c <= 0xdfff && i >= 2 ? i - 2 : i - 1
  return chars.test(String.fromCodePoint(text.codePointAt(from)!))
}

/** The code point at `i` is one of `chars`. */
function charAt(text: string, i: number, chars: RegExp): boolean {
  return i < text.length && chars.test(String.fromCodePoint(text.codePointAt(i)!))
}

/** Text [start, end) has none of `chars` (a class of one code point, not global) either side. */
export const standsAlone = (text: string, start: number, end: number, chars = WORD_CHAR) =>
  !charBefore(text, start, chars) && !charAt(text, end, chars)

/**
 * The first place at or after `from` where `text` writes `word` alone, with no letter, digit or
 * underscore either side (none of `chars`), or -1: what /(?<![\p{L}\p{N}_])word(?![\p{L}\p{N}_])/gu
 * finds, case for case. Without an expression made per word: compiling a Unicode-aware one costs
 * 0.1-0.7 ms, and the words asked about are new with most questions (made per word to scan the
 * pages, it was two-fifths of the time of a Hono question asked for the first time).
 */
export function aloneAt(text: string, word: string, from = 0, chars = WORD_CHAR): number {
  if (!word) return -1
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1))
    if (standsAlone(text, at, at + word.length, chars)) return at
  return -1
}

/**
 * `text` as a regular expression that matches it literally in any case, each letter a class of
 * its two cases ("[cC][sS][rR][fF]"): for an expression run over every page, which the "i" flag
 * with "u" slows 17-fold (170 against 10 ms over the 10 MB scale corpus: case-folding Unicode
 * classes), while a class of \p{L} needs "u".
 */
export function anyCase(text: string): string {
  let out = ''
  for (const c of text) {
    const lower = c.toLowerCase()
    const upper = c.toUpperCase()
    out +=
      lower !== upper && [...lower].length === 1 && [...upper].length === 1
        ? `[${lower}${upper}]`
        : escaped(c)
  }
  return out
}

/** `text` as a regular expression that matches it literally. */
export const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The text tokensOf read last, its tokens, and its words once asked for. */
let lastRead: string | undefined
let lastTokens: ReturnType<typeof tokens> = []
let lastWords: readonly string[] | undefined

/**
 * The tokens of a text (see tokens()), which readerWords and the words of a question's text
 * (wordsOf) both read: the last text read is remembered with its tokens, which callers only read.
 */
export function tokensOf(text: string): ReturnType<typeof tokens> {
  if (text !== lastRead) {
    lastTokens = tokens(text)
    lastWords = undefined
    lastRead = text
  }
  return lastTokens
}

/**
 * The words of a question's text (see words()), which several of its tests read (pointsBack,
 * askingWords, namedBefore …), from the text's remembered tokens (see tokensOf); callers only
 * read them.
 */
export function wordsOf(text: string): readonly string[] {
  const all = tokensOf(text)
  return (lastWords ??= wordsOfTokens(all))
}

export const ANAPHORA = new Set([
  'it',
  'its',
  'they',
  'them',
  'their',
  'that',
  'those',
  'this',
  'these',
  'he',
  'she',
  'him',
  'her',
  'there',
])
/** Words that make "a … time" a difficulty: "a hard time", "a tough time". */
export const HARD = new Set(['hard', 'tough', 'difficult', 'rough', 'rougher', 'harder', 'tougher'])
/** Forms of "keep", which before a verb in -ing says "again and again" ("I keep thinking"). */
export const KEEP = new Set(['keep', 'keeps', 'kept', 'keeping'])
/** Verbs around an existential "there" ("is there", "are there any", "there are"). */
const EXISTENTIAL = new Set(['is', 'are', 'was', 'were', 'isnt', 'arent'])

/**
 * Whether word i of `ws` points back at something said before (ANAPHORA): not the "there" of
 * "is there …?" or "there are …", which says a thing exists, not where ("Is there anything
 * about CBT?" asks of CBT, not of a place named earlier).
 */
export const pointsBackAt = (ws: readonly string[], i: number) =>
  ANAPHORA.has(ws[i]) &&
  !(ws[i] === 'there' && (EXISTENTIAL.has(ws[i - 1]) || EXISTENTIAL.has(ws[i + 1])))
/**
 * The "it" of "is it normal to …", "it's hard to …", "would it be wise to …": a subject put ahead
 * of what a question asks about (the clause after "to" or "that"). In a first question it points
 * at nothing said before; after one it may ("What is CBT?" "Is it hard to learn?").
 */
export const dummyIt = (ws: readonly string[], i: number) =>
  ws[i] === 'it' &&
  (ws[i + 2] === 'to' || ws[i + 2] === 'that') &&
  (i === 0 || EXISTENTIAL.has(ws[i - 1]) || ws[i - 1] === 'be')
export const POINTING = new Set([...ANAPHORA].filter((w) => w !== 'that' && w !== 'there'))
/** Objects that go between a phrasal verb and its particle: "turn me down", never "turn down me". */
export const OBJECT_PRONOUNS = new Set(['me', 'you', 'him', 'her', 'it', 'us', 'them'])
/** A figure, in digits or words ("two jobs", "half"); "third-party" counts nothing. */
export const NUMBER_WORDS =
  /\b(\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|percent|half|third(?!-part)|quarter|dozen)\b|%/i

/** A term the system knows something about: the corpus has it, or WordNet or word counts do. */
export const isKnownTerm = (corpus: Corpus, t: string) =>
  mentions(corpus, t) ||
  hasExpansions(corpus.lexicon, t) ||
  frequencyOf(corpus.lexicon, t) !== undefined

/** The number of term `t` in `index`, numbering it next if it has none yet. */
export function numbered(index: Map<string, number>, t: string): number {
  let k = index.get(t)
  if (k === undefined) index.set(t, (k = index.size))
  return k
}

export function sentenceText(corpus: Corpus, sentence: number): string {
  const { docs, sentences } = corpus.data
  return docs[sentences.doc[sentence]].text.slice(
    sentences.start[sentence],
    sentences.end[sentence],
  )
}
