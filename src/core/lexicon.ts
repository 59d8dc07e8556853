// Query expansion tables, built ahead of time from WordNet and restricted to one corpus's vocabulary:
// a reader's word (key) → the corpus's words it may stand for, each with a weight below an exact
// match. Also the typo index: the corpus's own words, so a misspelling can only ever be corrected
// into a word the documents contain.

import { LINES_PER_START, prefixChar, type PackedTable } from './packed-table.ts'
import { narrow, type Narrow } from './search-index.ts'
import { StringTable } from './string-table.ts'
import { irregularStem } from './terms.ts'
import { stemmer } from 'stemmer'
import { PAIR_SPAN, RANK_SPAN, WEIGHT_BITS, type WordnetGraph } from './wordnet-graph.ts'

/** What ships inside a prebuilt index: small, keyed by stems, plain JSON. */
export interface CorpusLexicon {
  /**
   * Query stem (or two-stem phrase "cheat on") → its corpus stems and weights, best first
   * ("betray 0.8 trust 0.35"), as a packed table (see packed-table.ts; read with expansions()):
   * 44,000 keys of a 10 MB corpus took 14 MB of heap as arrays of pairs, and 4 MB as an object.
   * The corpus stems are listed once, on the first line; a pair is a stem's place in that list
   * (three characters) and its weight (one): 0.96 MB at 1 MB of text is 0.67 MB so.
   */
  expand: string
  /** Corpus stems that name people ("therapist", "friend"): evidence for a "who" question. */
  person: string[]
  /**
   * General-English frequency of stems that appear in questions but maybe not in the corpus, as a
   * packed table (read with frequencyOf()).
   */
  frequency: string
  /**
   * Words English writes only as names ("chicago", "french", "harlow"), as a packed table with
   * empty values (read with writtenAsName): the same for every corpus, as `frequency` is, since
   * what matters is a name the documents never write. Absent without WordNet.
   */
  names?: string
  /**
   * Whether English has a stem, as a Bloom filter (read with inEnglish, see english-stems.ts): the
   * same for every corpus. Absent without WordNet.
   */
  english?: string
  /**
   * Rare senses of the stems the corpus neither has nor relates to, with the words that pick
   * them in a question (see wordnet-senses.ts), as a packed table; absent without WordNet.
   */
  senses?: string
}

/** At most this many expansions per query word, so one vague word cannot flood the query. */
export const MAX_EXPANSIONS = 8

/**
 * A corpus's lexicon: every query stem's expansions into the corpus's stems, at most
 * MAX_EXPANSIONS each, best first. Read off the graph's lists of the corpus's own stems, then
 * grouped by query stem in one native sort of numeric keys (query stem, rank, pair), so the work
 * follows the corpus's neighbourhood in WordNet, not WordNet's size.
 */
export function restrictLexicon(
  graph: WordnetGraph,
  corpusStems: Set<string>,
  /** A stem's line in the graph (-1: none); ingest looks each up once for both restrictions. */
  lineOf = (s: string) => graph.stems.lineOf(s),
  /**
   * Whether a two-word key ending in `last` can be looked up (see askedPhrase): the others are
   * left out. Every one is kept by default.
   */
  phraseEnd: (last: string) => boolean = () => true,
): CorpusLexicon {
  const { stems, into, from, rank } = graph
  const found: number[] = []
  let total = 0
  for (const s of corpusStems) {
    const t = lineOf(s)
    if (t >= 0 && into[t + 1] > into[t]) {
      found.push(t)
      total += into[t + 1] - into[t]
    }
  }
  // Query stem, then rank, then the pair's place in the gathered arrays: exact in a double
  // (17 + 16 + 20 bits). Each gathered pair keeps its target (as its place in `found`) and weight.
  const keys = new Float64Array(total)
  const targets = new Int32Array(total)
  const weights = new Uint8Array(total)
  let g = 0
  found.forEach((t, f) => {
    for (let p = into[t]; p < into[t + 1]; p++, g++) {
      targets[g] = f
      weights[g] = from[p] & WEIGHT_MASK
      keys[g] = ((from[p] >>> WEIGHT_BITS) * RANK_SPAN + rank[p]) * PAIR_SPAN + g
    }
  })
  keys.sort()
  // Written as bytes and decoded once (stems are ASCII: build:lexicon keeps only [a-z] words):
  // 20,000 lines built as strings piece by piece took most of the time. The query stems come in
  // the graph's order, read straight through its text; the few corpus stems are copied out first.
  const { text } = stems
  const targetText = new ByteWriter(found.length * 8)
  const targetAt = new Int32Array(found.length + 1)
  found.forEach((t, f) => {
    targetText.ascii(text, stems.keyStart(t), stemEnd(stems, t))
    targetAt[f + 1] = targetText.length
  })
  const person = graph.person.filter((s) => corpusStems.has(s))
  // The tables that are the same for every corpus, passed through.
  const everyCorpus = {
    frequency: graph.frequency,
    ...(graph.names !== undefined && { names: graph.names }),
    ...(graph.english !== undefined && { english: graph.english }),
  }
  if (!total) return { expand: '', person, ...everyCorpus }
  const out = new ByteWriter(total * 5 + targetText.length + found.length + 1024)
  // The corpus stems the expansions lead to, once, on the table's first line (its key sorts
  // before any stem); each expansion then names its stem by its place in that list, in as few
  // digits as name them all (see targetDigits): a stem written out at every pair took two thirds
  // of the table.
  const digits = targetDigits(found.length)
  out.byte(TARGETS_KEY)
  out.byte(TAB)
  for (let f = 0; f < found.length; f++) {
    if (f) out.byte(COMMA)
    out.copy(targetText, targetAt[f], targetAt[f + 1])
  }
  out.byte(NEWLINE)
  // Each target's digits, worked out once (a target is named by a few dozen pairs at 0.1 MB).
  const named = new Uint8Array(found.length * digits)
  for (let f = 0; f < found.length; f++)
    for (let d = 0, id = f; d < digits; d++, id = Math.floor(id / DIGIT_BASE))
      named[f * digits + d] = DIGIT_ZERO + (id % DIGIT_BASE)
  const group = RANK_SPAN * PAIR_SPAN
  // The previous line's key, for front coding (see PrefixTable); line 0 is the targets' line.
  let prevStart = 0
  let prevEnd = 0
  for (let i = 0, line = 1; i < keys.length;) {
    const source = Math.floor(keys[i] / group)
    const end = (source + 1) * group
    // Stem ids follow the stems' code-unit order, the packed table's own order.
    const start = stems.keyStart(source)
    const stop = stemEnd(stems, source)
    if (!askedPhrase(text, start, stop, phraseEnd)) {
      while (i < keys.length && keys[i] < end) i++
      continue
    }
    if (line % LINES_PER_START === 0) out.ascii(text, start, stop)
    else {
      const shared = sharedLength(text, prevStart, prevEnd, start, stop)
      out.byte(prefixChar(shared))
      out.ascii(text, start + shared, stop)
    }
    prevStart = start
    prevEnd = stop
    out.byte(TAB)
    for (let n = 0; i < keys.length && keys[i] < end; i++, n++) {
      if (n >= MAX_EXPANSIONS) continue
      const at = keys[i] % PAIR_SPAN
      out.digits(named, targets[at] * digits, digits, weightChar(weights[at]))
    }
    out.byte(NEWLINE)
    line++
  }
  return {
    expand: out.text(),
    person,
    ...everyCorpus,
  }
}

/**
 * Whether the key text[start … end) may be looked up: a word always, a phrase of two words when
 * `phraseEnd` takes its last. A question looks a phrase up only as a phrasal verb, its last word a
 * particle ("cheat on", see PARTICLES), or as a compound noun whose last word the documents use
 * ("query string", see unnamedCompoundNoun): at 0.1 MB of text 2,571 of the table's 6,435 phrases
 * were neither, 40 kB of its 267 that no question could reach.
 */
function askedPhrase(
  text: string,
  start: number,
  end: number,
  phraseEnd: (last: string) => boolean,
): boolean {
  for (let c = start; c < end; c++)
    if (text.charCodeAt(c) === SPACE) return phraseEnd(text.slice(c + 1, end))
  return true
}

const SPACE = 32

/** Where stem `id` ends in the graph's text: its lines are "stem\t\n", their values empty. */
const stemEnd = (stems: PackedTable, id: number) => stems.keyStart(id + 1) - 2

/** How many leading characters text[a … aEnd) and text[b … bEnd) share. */
function sharedLength(text: string, a: number, aEnd: number, b: number, bEnd: number): number {
  let n = 0
  while (a + n < aEnd && b + n < bEnd && text.charCodeAt(a + n) === text.charCodeAt(b + n)) n++
  return n
}

const TAB = 9
const NEWLINE = 10
/** Between the target stems of that line (a stem may be a phrase: "cheat on"). */
const COMMA = 44
/** The key of the expansion table's line of target stems: code unit 1, before any stem. */
const TARGETS_KEY = 1
/**
 * A target's place in that line, in base 91 over the printable characters from "#" on, lowest
 * digit first, in as many digits as the table's number of targets needs: two name 8,281 stems,
 * more than the expansions of a corpus of a few MB lead to (1,062 at 0.1 MB of text, 2,818 at
 * 1 MB). Three digits each, as first shipped, took 38 kB of the 0.1 MB corpus's 415 kB table.
 */
const DIGIT_BASE = 91
const DIGIT_ZERO = 0x23

/** Digits that name each of `count` targets. */
export function targetDigits(count: number): number {
  let digits = 1
  for (let named = DIGIT_BASE; named < count; named *= DIGIT_BASE) digits++
  return digits
}

/** A growing byte buffer of ASCII text. */
class ByteWriter {
  buffer: Uint8Array
  length = 0
  constructor(capacity: number) {
    this.buffer = new Uint8Array(Math.max(capacity, 64))
  }
  private room(n: number) {
    if (this.length + n <= this.buffer.length) return
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + n))
    grown.set(this.buffer)
    this.buffer = grown
  }
  byte(b: number) {
    this.room(1)
    this.buffer[this.length++] = b
  }
  /** The characters text[start … end), all ASCII. */
  ascii(text: string, start: number, end: number) {
    this.room(end - start)
    for (let c = start; c < end; c++) this.buffer[this.length++] = text.charCodeAt(c)
  }
  /** Bytes start … end of another writer: a stem, a few bytes, so copied one by one (a view per
   * call, for buffer.set, cost more than the copy). */
  copy(from: ByteWriter, start: number, end: number) {
    this.room(end - start)
    const source = from.buffer
    const target = this.buffer
    let at = this.length
    for (let i = start; i < end; i++) target[at++] = source[i]
    this.length = at
  }
  /** `count` bytes of `from` from `start`, then `last`: a target's digits and its weight. */
  digits(from: Uint8Array, start: number, count: number, last: number) {
    this.room(count + 1)
    const target = this.buffer
    let at = this.length
    for (let i = start; i < start + count; i++) target[at++] = from[i]
    target[at++] = last
    this.length = at
  }
  text(): string {
    return new TextDecoder().decode(this.buffer.subarray(0, this.length))
  }
}

const WEIGHT_MASK = (1 << WEIGHT_BITS) - 1

/**
 * A weight in the shipped table is one printable ASCII character: hundredths 20 … 100 (no
 * expansion weighs less than MIN_EXPANSION_WEIGHT, none more than an exact match) are "#" … "s".
 * Written as "0.35" they took 4 of a table's ~16 bytes a pair: 0.27 MB of a 1 MB corpus's heap.
 */
const WEIGHT_CHAR_ZERO = 0x23 - 20

export function weightChar(hundredths: number): number {
  if (hundredths < 20 || hundredths > 100)
    throw new RangeError(`weight ${hundredths}/100 out of range`)
  return WEIGHT_CHAR_ZERO + hundredths
}

const weightOf = (code: number) => (code - WEIGHT_CHAR_ZERO) / 100

/** A corpus lexicon's packed tables, ready to look up (see loadCorpus). */
export interface LexiconTables {
  expand: PackedTable
  frequency: PackedTable
  names?: PackedTable
  senses?: PackedTable
  /** See CorpusLexicon.english. */
  english?: string
}

/** Whether WordNet relates a query stem (or phrase) to any corpus stem. */
export const hasExpansions = (lexicon: LexiconTables, term: string) =>
  lexicon.expand.get(term) !== undefined

/** A stem's general-English frequency (WordNet's sense-tagged counts), if it is listed. */
export function frequencyOf(lexicon: LexiconTables, term: string): number | undefined {
  const n = lexicon.frequency.get(term)
  return n === undefined ? undefined : Number(n)
}

/** Whether English writes a word (lower case, as typed) only as a name (see CorpusLexicon.names). */
export const writtenAsName = (lexicon: LexiconTables, word: string) =>
  lexicon.names?.get(word) !== undefined

/** The expansions of a query stem: [corpus stem, weight] pairs, best first. */
export function expansions(lexicon: LexiconTables, term: string): Array<[string, number]> {
  const packed = lexicon.expand.get(term)
  if (!packed) return []
  const targets = targetsOf(lexicon.expand)
  const { digits } = targets
  const out: Array<[string, number]> = []
  for (let i = 0; i + digits < packed.length; i += digits + 1) {
    let id = 0
    for (let d = digits - 1; d >= 0; d--)
      id = id * DIGIT_BASE + packed.charCodeAt(i + d) - DIGIT_ZERO
    out.push([targets.at(id), weightOf(packed.charCodeAt(i + digits))])
  }
  return out
}

/** An expansion table's target stems by place, and the digits a place is written in. */
interface Targets {
  at(id: number): string
  digits: number
}
const targetLists = new WeakMap<PackedTable, Targets>()

function targetsOf(expand: PackedTable): Targets {
  let list = targetLists.get(expand)
  if (list) return list
  const text = expand.get(String.fromCharCode(TARGETS_KEY)) ?? ''
  const starts: number[] = [0]
  for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) starts.push(i + 1)
  starts.push(text.length + 1)
  const at = Int32Array.from(starts)
  list = { at: (id) => text.slice(at[id], at[id + 1] - 1), digits: targetDigits(at.length - 1) }
  targetLists.set(expand, list)
  return list
}

/**
 * The lexicon's stem one slip away from `term` ("gilti" of "gilty" → "guilti" of "guilty",
 * "ashamd" → "asham"): a misspelling of an English word the documents do not use but relate to,
 * which the typo index, built over their own words, cannot correct. A slip is a letter left out,
 * doubled, added or two letters swapped, or a key's neighbour typed ("startrd" → started), not any
 * letter for another: there a real word most often lies one letter from another ("cron" is no
 * "crop"). Same first letter
 * (typists rarely miss it), at least MIN_RELATED_LENGTH letters, the word most used in general
 * English first, and only a word it does use, or else (from MIN_UNCOUNTED_LENGTH letters) the
 * only stem one slip away, uncounted. A stem the documents use (`own`: how many of their units
 * have it) comes first, as in nearestEnglish, related to others or not: "taugt" is "taught"
 * (their "teaches"), not "taut", which WordNet relates to their "tension". Only for a word
 * nothing else read.
 */
export function nearestRelated(
  lexicon: LexiconTables,
  term: string,
  own: (stem: string) => number = () => 0,
): string | undefined {
  if (
    term.length < MIN_RELATED_LENGTH ||
    term.length > MAX_RELATED_LENGTH ||
    !/^\p{Ll}+$/u.test(term)
  )
    return undefined
  /** A stem the lexicon relates to the documents, or one of theirs. */
  const known = (k: string) => lexicon.expand.lineOf(k) >= 0 || own(k) > 0
  let best: string | undefined
  let bestOwn = 0
  // Into a word that general English uses (listed with its count): "prisma" is no "prism".
  let bestCount = 0
  let uncounted: string | undefined
  let uncountedMany = false
  // Every spelling one slip away that keeps the first letter, looked up by binary search (the
  // lexicon's stems are ASCII): about 28 per letter, whatever the lexicon's size, where a scan of
  // the stems with the same first letter took 5 ms a word on a 10 MB corpus.
  eachSlip(
    term,
    (slip) => {
      // A slip may be an irregular form, filed under its stem: "borken" → "broken" → break; or a
      // regular one: "definiton" → "definition" → definit.
      let key = known(slip) ? slip : irregularStem(slip)
      if (key === undefined || !known(key)) {
        key = stemmer(slip)
        // ("abcs" stems as "abc" does: no slip of it.)
        if (key === slip || key === term || !known(key)) return
      }
      const ours = own(key)
      const count = frequencyOf(lexicon, key) ?? 0
      if (!count && !ours) {
        if (uncounted === undefined) uncounted = key
        else if (uncounted !== key) uncountedMany = true
      }
      if (
        ours > bestOwn ||
        (ours === bestOwn &&
          (count > bestCount || (count === bestCount && best !== undefined && key < best)))
      ) {
        best = key
        bestOwn = ours
        bestCount = count
      }
    },
    true,
  )
  // None that English counts: the one uncounted stem near it that the lexicon relates to the
  // documents, in a word long enough to be no name ("byofriend" → boyfriend, of too few tagged
  // uses for WordNet's counts; "prisma" stays a name). Read as no word, it weighed as the rarest
  // topic and kept the question from an answer.
  if (best === undefined && !uncountedMany && term.length >= MIN_UNCOUNTED_LENGTH) return uncounted
  return best
}

/**
 * The English word a typist's slip of it stands for, when the documents neither use nor relate to
 * it ("sessins" → sessions, "percenatge" → percentage, "specfiic" → specific, "sayying" →
 * saying): read as that word, it weighs as the common word it is, where an unknown string
 * weighed as the rarest of topics and kept an answerable question under the bar, and the
 * readers of the question's form meet the word they look for. Any spelling one slip away that
 * keeps the first letter (see eachSlip) whose stem general English counts, the most used first;
 * a letter the typist would have added only when it doubles its neighbour ("sayying"), since a
 * name less a letter is often a word ("centos" less its "o" is "cents"). `word` as typed, in
 * small letters, at least MIN_ENGLISH_SLIP_LENGTH long: shorter unknown words are as often names
 * as slips ("redis" would be "readis", "perel" "peel", "brene" "berne"). A spelling whose stem
 * the documents use (`own`: how many of their units have it) comes before any general-English
 * count: the stem of a short word ("chea" of "cheaed") is too short for nearestOwnStem. The
 * caller asks only of a word English and the documents lack.
 */
export function nearestEnglish(
  lexicon: LexiconTables,
  word: string,
  own: (stem: string) => number = () => 0,
): string | undefined {
  if (
    word.length < MIN_ENGLISH_SLIP_LENGTH ||
    word.length > MAX_RELATED_LENGTH ||
    !/^[a-z]+$/.test(word)
  )
    return undefined
  let best: string | undefined
  let bestOwn = 0
  let bestCount = 0
  eachSlip(
    word,
    (slip) => {
      if (slip.length === word.length - 1 && !addedDoubled(word, slip)) return
      // (An irregular form is counted under its stem: "brouhgt" → "brought" → bring.)
      const stem = irregularStem(slip) ?? stemmer(slip)
      const count = frequencyOf(lexicon, stem) ?? 0
      // A word the documents use comes first, however rare in English ("cheaed" is their
      // "cheated", not "cheaped").
      const ours = own(stem)
      if (!count && !ours) return
      // Of two spellings of one stem, the shorter: "happnes" is "happens", not "happenes".
      if (
        ours > bestOwn ||
        (ours === bestOwn &&
          (count > bestCount || (count === bestCount && best !== undefined && shorter(slip, best))))
      ) {
        best = slip
        bestOwn = ours
        bestCount = count
      }
    },
    true,
  )
  return best
}

/** Whether `a` comes before `b`: the shorter, then by code units. */
const shorter = (a: string, b: string) => a.length < b.length || (a.length === b.length && a < b)

/** Shortest word nearestEnglish reads as a slip. */
const MIN_ENGLISH_SLIP_LENGTH = 6

/** Shortest stem nearestRelated reads as a slip of a stem general English does not count. */
const MIN_UNCOUNTED_LENGTH = 8

/** Whether the letter `word` has and `shorter` lacks doubles a letter beside it ("sayying"). */
function addedDoubled(word: string, shorter: string): boolean {
  let i = 0
  while (i < shorter.length && shorter[i] === word[i]) i++
  return word[i] === word[i - 1] || word[i] === word[i + 1]
}

/** Shortest and longest stems looked up: short ones lie a slip from too many words; English
 * words are rarely longer than 16 letters, random strings often are. */
const MIN_RELATED_LENGTH = 5
const MAX_RELATED_LENGTH = 16

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

/**
 * Calls `visit` with each spelling one slip (deletion, transposition, insertion, and with
 * `nearKeys` a letter for its neighbour on the keyboard) from `word`, first letter kept; a
 * spelling two slips make is visited twice, which a look-up does not mind (no set of them is
 * built: that was most of the time of a word's look-up).
 */
export function eachSlip(word: string, visit: (slip: string) => void, nearKeys = false): void {
  for (let i = 1; i <= word.length; i++) {
    const head = word.slice(0, i)
    const tail = word.slice(i)
    if (tail) visit(head + tail.slice(1))
    if (tail.length > 1 && tail[0] !== tail[1]) visit(head + tail[1] + tail[0] + tail.slice(2))
    for (let c = 0; c < LETTERS.length; c++) visit(head + LETTERS[c] + tail)
    if (nearKeys && tail) {
      const near = KEY_NEIGHBOURS[tail.charCodeAt(0) - 97]
      if (near) for (let c = 0; c < near.length; c++) visit(head + near[c] + tail.slice(1))
    }
  }
}

/**
 * Each letter's neighbours on a QWERTY keyboard, a to z: the keys a finger slips onto ("adukts"
 * for adults, "counselpr" for counselor). Any letter for any other made "cron" "crop".
 */
export const KEY_NEIGHBOURS =
  'qwsz vghn xdfv serfcx wsdr drtgvc ftyhbv gyujnb ujko huikmn jiolm kop njk bhjm iklp ol wa edft awedxz rfgy yhji cfgb qase zsdc tghu asx'.split(
    ' ',
  )

/** Whether two letters are neighbours on the keyboard (see KEY_NEIGHBOURS). */
const besideOnKeys = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && (KEY_NEIGHBOURS[a.charCodeAt(0) - 97]?.includes(b) ?? false)

/**
 * Whether `typed` is `word` with one slip a typist makes: a letter left out, two neighbours
 * swapped, a key's neighbour typed for a letter, or a letter added that doubles one beside it or
 * lies beside it on the keyboard. "defualt" is default so, "atachment" attachment; "htmx" is no
 * slip of "html" ("x" is far from "l"), nor "systemd" of "system": names the reader meant.
 */
export function isSlip(typed: string, word: string): boolean {
  const n = typed.length
  if (n === word.length - 1) {
    for (let i = 0; i < word.length; i++)
      if (word.slice(0, i) + word.slice(i + 1) === typed) return true
    return false
  }
  if (n === word.length + 1) {
    for (let i = 0; i < n; i++) {
      if (typed.slice(0, i) + typed.slice(i + 1) !== word) continue
      const c = typed[i]
      const near = [typed[i - 1], typed[i + 1]]
      if (near.some((d) => d === c || besideOnKeys(c, d))) return true
    }
    return false
  }
  if (n !== word.length) return false
  let i = 0
  while (i < n && typed[i] === word[i]) i++
  if (i === n) return false
  if (typed.slice(i + 1) === word.slice(i + 1)) return besideOnKeys(word[i], typed[i])
  return (
    typed[i] === word[i + 1] && typed[i + 1] === word[i] && typed.slice(i + 2) === word.slice(i + 2)
  )
}

/** An empty lexicon: exact and same-stem matches only (used when no WordNet table is given). */
export const EMPTY_LEXICON: CorpusLexicon = { expand: '', person: [], frequency: '' }

// ---- typo correction -------------------------------------------------------------------------

/** Words shorter than this are never corrected: too many real words lie one edit apart. */
export const MIN_TYPO_LENGTH = 4

/** Longest word whose two-deletion variants are looked up (see TypoIndex.correct). */
const MAX_TWICE_LENGTH = 16

function deletions(word: string): string[] {
  const out = new Set<string>()
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1))
  return [...out]
}

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const width = b.length + 1
  if (rows.length < 3 * width) rows = new Int32Array(6 * width)
  // Three rows of the table, in turn (two back, the last, this one), in one reused buffer: the
  // arrays made per row were most of a question's look-ups of misspelt words.
  let prev2 = 0
  let prev = width
  let cur = 2 * width
  for (let j = 0; j < width; j++) rows[prev + j] = j
  for (let i = 1; i <= a.length; i++) {
    rows[cur] = i
    let rowMin = i
    const ai = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1)
      let d = Math.min(
        rows[prev + j] + 1,
        rows[cur + j - 1] + 1,
        rows[prev + j - 1] + (ai === bj ? 0 : 1),
      )
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        d = Math.min(d, rows[prev2 + j - 2] + 1)
      rows[cur + j] = d
      if (d < rowMin) rowMin = d
    }
    if (rowMin > max) return max + 1
    const oldest = prev2
    prev2 = prev
    prev = cur
    cur = oldest
  }
  return rows[prev + b.length]
}

/** The rows editDistance fills, grown as needed. */
let rows = new Int32Array(96)

/**
 * Whether the word text[start, end) is letters only (/^\p{L}+$/u), an ASCII one told without the
 * expression.
 */
function isLetters(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x80) return LETTERS_ONLY.test(text.slice(start, end))
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a))) return false
  }
  return end > start
}

const LETTERS_ONLY = /^\p{L}+$/u

/**
 * FNV-1a hash of text[start, end) without its character at `skip` (-1: the whole of it), in 30
 * bits: a word's, read where it stands in a table's text.
 */
function keyHash(text: string, start: number, end: number, skip: number): number {
  let h = 0x811c9dc5
  for (let i = start; i < end; i++) {
    if (i === skip) continue
    h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  }
  return h >>> 2
}

/** Whether `key` is the word text[start, end) itself or the word with one character deleted. */
function isKeyOf(key: string, text: string, start: number, end: number): boolean {
  const length = end - start
  if (key.length === length) return text.startsWith(key, start)
  if (key.length !== length - 1) return false
  let i = 0
  while (i < key.length && key.charCodeAt(i) === text.charCodeAt(start + i)) i++
  for (; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i + 1)) return false
  return true
}

/**
 * Where word `id` of a table is written: the table's text and its span there, or (a word with a
 * character above U+00FF, kept apart: see StringTable) the word itself, whole.
 */
function spanOf(words: StringTable, id: number): [string, number, number] {
  const start = words.starts[id]
  const end = words.starts[id + 1]
  if (start < end) return [words.text, start, end]
  const word = words.at(id)
  return [word, 0, word.length]
}

/** The JSON form of a Vocabulary: its words and their counts, as two parallel lists. */
export interface SerializedVocabulary {
  words: string[]
  counts: number[]
}

/**
 * Every word of a corpus and how often it occurs, in the order first met: what the typo index is
 * built from. The words as a StringTable, the counts as numbers: as a list of strings and one of
 * numbers, the 2,120 words of 0.1 MB of text took 91 kB of heap.
 */
export class Vocabulary {
  constructor(
    readonly words: StringTable,
    readonly counts: Int32Array,
  ) {}

  static of(words: readonly string[], counts: ArrayLike<number>): Vocabulary {
    return new Vocabulary(StringTable.of(words), Int32Array.from(counts))
  }

  /** The vocabulary again from its JSON form or from its fields as another thread receives them. */
  static from(shipped: Vocabulary | SerializedVocabulary): Vocabulary {
    if (shipped instanceof Vocabulary) return shipped
    return new Vocabulary(StringTable.from(shipped.words), Int32Array.from(shipped.counts))
  }

  toJSON(): SerializedVocabulary {
    return { words: this.words.list(), counts: Array.from(this.counts) }
  }
}

/** Bits of a variant's hash (see keyHash). */
const HASH_BITS = 30

/**
 * A symmetric-delete index (as in SymSpell) over the corpus's words: a query word and a corpus word
 * within two edits share a one-deletion variant, so lookup costs a few reads instead of a scan.
 * The variants are not kept as strings, nor as hashes: a word is listed, once, in the bucket of
 * each of its variants' hashes (their top bits, about two variants a bucket), each bucket's words
 * in vocabulary order, and a word found in a bucket is checked to really have the variant. Every
 * word that has it is in its bucket, so sharing one with other variants changes nothing. Words are
 * referred to by their place in the vocabulary, which the index shares rather than copies: two
 * bytes a place below 65,536 words. At 0.1 MB of text its 14,800 variants take 46 kB so; as a
 * sorted array of hash × 2^23 + place in doubles they took 119 kB (and 27 MB of map entries as
 * strings, at 10 MB).
 */
export class TypoIndex {
  /** Bucket b's words are places[bucketStart[b]] … places[bucketStart[b + 1] - 1]. */
  private readonly bucketStart: Narrow
  private readonly places: Narrow
  /** A hash's bucket is its top bits: hash >>> shift. */
  private readonly shift: number
  private readonly words: StringTable
  private readonly counts: Int32Array
  /** Places of the words a typo may be corrected into (letters only, MIN_TYPO_LENGTH or more). */
  private readonly typable: Narrow

  constructor(vocabulary: Vocabulary) {
    const { words, counts } = vocabulary
    this.words = words
    this.counts = counts
    // Each variant's hash and its word's place, word by word in vocabulary order, each word read
    // where it stands in the table's text.
    const hashes: number[] = []
    const owners: number[] = []
    const typable: number[] = []
    for (let id = 0; id < words.size; id++) {
      const [text, start, end] = spanOf(words, id)
      if (end - start < MIN_TYPO_LENGTH || !isLetters(text, start, end)) continue
      typable.push(id)
      for (let skip = -1; skip < end - start; skip++) {
        // A doubled letter gives the same variant twice: the word is listed once anyway (below).
        const at = start + skip
        if (skip > 0 && text.charCodeAt(at) === text.charCodeAt(at - 1)) continue
        hashes.push(keyHash(text, start, end, skip < 0 ? -1 : at))
        owners.push(id)
      }
    }
    const bits = Math.max(0, Math.ceil(Math.log2(hashes.length / 2)))
    this.shift = HASH_BITS - bits
    // Each variant's bucket, -1 where its word is in that bucket already; then a counting sort by
    // bucket, which keeps each bucket's words in vocabulary order.
    const bucketOf = new Int32Array(hashes.length)
    const start = new Int32Array((1 << bits) + 1)
    for (let i = 0, first = 0; i < hashes.length; i++) {
      if (owners[i] !== owners[first]) first = i
      let b = hashes[i] >>> this.shift
      for (let j = first; j < i; j++) if (bucketOf[j] === b) b = -1
      bucketOf[i] = b
      if (b >= 0) start[b + 1]++
    }
    for (let b = 1; b < start.length; b++) start[b] += start[b - 1]
    const next = start.slice()
    const places = new Int32Array(start[start.length - 1])
    for (let i = 0; i < hashes.length; i++)
      if (bucketOf[i] >= 0) places[next[bucketOf[i]]++] = owners[i]
    this.bucketStart = narrow(start)
    this.places = narrow(places)
    this.typable = narrow(typable)
  }

  has(word: string): boolean {
    return this.words.id(word) >= 0
  }

  /** The places of the corpus words listed under the variant `key`, in vocabulary order. */
  private *candidates(key: string): Generator<number> {
    const b = keyHash(key, 0, key.length, -1) >>> this.shift
    const { words } = this
    for (let i = this.bucketStart[b]; i < this.bucketStart[b + 1]; i++) {
      const id = this.places[i]
      if (isKeyOf(key, ...spanOf(words, id))) yield id
    }
  }

  /** Whether the last correct() call looked a word up by its two-deletion variants. */
  wentDeep = false

  /**
   * The corpus word closest to `word` (one edit up to 7 letters, two beyond), most frequent first.
   * `deep`: whether a long word may also be looked up by its two-deletion variants (the caller
   * bounds how many words of one question may); `most`: the most edits allowed.
   */
  correct(word: string, deep = true, most = 2): string | undefined {
    this.wentDeep = false
    if (word.length < MIN_TYPO_LENGTH || this.has(word)) return undefined
    const max = Math.min(word.length >= 8 ? 2 : 1, most)
    let best: string | undefined
    let bestKey = [Infinity, 0]
    const consider = (keys: Iterable<string>) => {
      for (const key of keys) {
        for (const id of this.candidates(key)) {
          const candidate = this.words.at(id)
          const d = editDistance(word, candidate, max)
          if (d > max) continue
          // Two slips and the first letter among them is no typo but another word: "presigned"
          // is not "designed".
          if (d === 2 && candidate[0] !== word[0]) continue
          const count = this.counts[id]
          // Same first letter is a strong hint: typists rarely miss the first one.
          const rank = d - (candidate[0] === word[0] ? 0.5 : 0)
          if (rank < bestKey[0] || (rank === bestKey[0] && count > bestKey[1])) {
            best = candidate
            bestKey = [rank, count]
          }
        }
      }
    }
    const once = deletions(word)
    consider([word, ...once])
    // A letter both changed and added ("relashionship" for relationship) is two deletions of the
    // typo away from one deletion of the word: tried on a long word nothing nearer corrected, up
    // to MAX_TWICE_LENGTH letters (a 40-letter string would make 780 look-ups; no word is that long).
    if (!best && deep && max === 2 && word.length <= MAX_TWICE_LENGTH) {
      this.wentDeep = true
      const twice = new Set<string>()
      for (const d of once) for (const dd of deletions(d)) twice.add(dd)
      consider(twice)
    }
    if (!best && deep && max === 2 && word.length <= MAX_TWICE_LENGTH)
      best = this.nearestByScan(word)
    return best ?? this.unabbreviated(word)
  }

  /**
   * The corpus word two edits from a long `word` that the look-ups by deletion cannot reach: a
   * letter changed and another added or left out ("relashoinship", "atachmnet"), which needs two
   * deletions of the corpus word, and the index holds one. A scan of the words with the same
   * first letter and a length within two, only for a word nothing else corrected.
   */
  private nearestByScan(word: string): string | undefined {
    const { words } = this
    const first = word.charCodeAt(0)
    let bestId = -1
    let bestKey = [Infinity, 0]
    for (const id of this.typable) {
      const [text, start, end] = spanOf(words, id)
      if (text.charCodeAt(start) !== first || Math.abs(end - start - word.length) > 2) continue
      const candidate = text.slice(start, end)
      const d = editDistance(word, candidate, 2)
      if (d > 2) continue
      const count = this.counts[id]
      if (d < bestKey[0] || (d === bestKey[0] && count > bestKey[1])) {
        bestId = id
        bestKey = [d, count]
      }
    }
    return bestId < 0 ? undefined : this.words.at(bestId)
  }

  /**
   * The corpus word that `word` writes the way people text: with some of its vowels or doubled
   * letters left out ("atachmnt" → attachment, "thrpy" → therapy, "rltnshp" → relationship), its
   * first letter and at least half its letters kept. Fewest left out first, then the most used.
   * (Up to two only, "rltnshp" and "cnslng" were words no one knows, weighed as the rarest.)
   * A scan of the vocabulary, only for a word nothing else corrected.
   */
  private unabbreviated(word: string): string | undefined {
    if (word.length < MIN_ABBREVIATED_LENGTH) return undefined
    let bestKey = [Infinity, 0]
    const { words } = this
    let bestId = -1
    for (const id of this.typable) {
      // The candidate is read where it stands: text[start, end).
      const [text, start, end] = spanOf(words, id)
      const dropped = end - start - word.length
      if (dropped < 1 || 2 * word.length < end - start) continue
      if (text.charCodeAt(start) !== word.charCodeAt(0)) continue
      if (!droppedLetters(word, text, start, end)) continue
      const count = this.counts[id]
      if (dropped < bestKey[0] || (dropped === bestKey[0] && count > bestKey[1])) {
        bestId = id
        bestKey = [dropped, count]
      }
    }
    return bestId < 0 ? undefined : this.words.at(bestId)
  }
}

/** Shortest word read as a texted abbreviation: shorter ones match too many corpus words. */
const MIN_ABBREVIATED_LENGTH = 4

/**
 * Whether `short` is the word text[start, end) with some letters left out, each a vowel or a
 * repeat of the letter before it (the ways texting shortens a word).
 */
function droppedLetters(short: string, text: string, start: number, end: number): boolean {
  let i = 0
  for (let j = start; j < end; j++) {
    const c = text.charCodeAt(j)
    if (i < short.length && short.charCodeAt(i) === c) {
      i++
      continue
    }
    if (!VOWELS.includes(text[j]) && (j === start || c !== text.charCodeAt(j - 1))) return false
  }
  return i === short.length
}

const VOWELS = 'aeiouy'
