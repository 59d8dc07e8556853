// The search index: BM25 postings over three fields of every citable sentence, their data, loaded
// and scored here (built in index-build.ts). MiniSearch defined the scoring (its BM25+ with field
// boosts, the score multiplied by the number of query terms matched) and stays as the reference: a
// test builds MiniSearch over the very same records and proves that searchTerms returns its
// results, scores and order to the last bit.
//
// Why not MiniSearch itself: its index is one record per sentence, and a sentence's context (the
// rest of its passage) made every passage tokenised and posted once per sentence in it; building,
// serialising and reloading that took ~1.8 s and ~30 bytes of heap per byte of text. Here a
// passage's words are counted once and its sentences share its heading and context postings; a
// sentence's context is its passage's counts minus its own, worked out when a query touches it.

import { keepBounded } from './bounded-memo.ts'
import { byScore } from './by-score.ts'
import { StringTable } from './string-table.ts'

/** One passage as the index sees it: the sentences it may cite and the text around them. */
export interface IndexGroup {
  /** The headings above it (or the document title): the topic of its section. */
  heading: string
  /** Its text that is never cited (the document's question line, code): context for each sentence. */
  around: Array<string | Words>
  /**
   * Its citable sentences, `id` being the sentence's index in the corpus-wide list, with their word
   * ids when the caller has them (see word-ids.ts; the text is read otherwise).
   */
  sentences: Array<{ id: number; text: string; words?: Words }>
}

/** Word ids (from the builder's WordIds) standing for a text. */
export interface Words {
  ids: readonly number[]
}

/** Field weights: a word in the sentence counts most, in its section heading next, around it least. */
export const FIELD_BOOST = { text: 3, heading: 2, context: 1 }
export const FIELDS = ['text', 'heading', 'context'] as const
const BOOSTS = FIELDS.map((f) => FIELD_BOOST[f])

/** MiniSearch's default BM25+ parameters. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 }

/**
 * Most results one search returns: the best by BM25, in MiniSearch's order. Ranking reads every
 * result, so on a corpus of 100,000 sentences a common word made one answer take 200 ms; a corpus
 * with fewer matching sentences than this (the default one, and any of a few MB) is unaffected.
 */
export const MAX_RESULTS = 1000

/** One result, in MiniSearch's SearchResult shape: the sentence id, its score, the terms it matched. */
export interface Match {
  id: number
  score: number
  terms: string[]
  queryTerms: string[]
  /** Each matched query term → the fields it was found in. */
  match: Record<string, string[]>
}

// ---- the data: built once, shipped as JSON, loaded without copying --------------------------------

/**
 * Postings of one field in compressed-row form: term t's entries are start[t] .. start[t+1]-1,
 * each a doc (a sentence's position among the indexed ones, or a passage's) and a frequency.
 */
export interface FieldPostings {
  start: Counts
  doc: Narrow
  tf: Narrow
}

/**
 * Counts and offsets (of postings, of sentences) in 16 bits when they all fit: a corpus's
 * per-term and per-sentence numbers, 4 bytes each as Int32Array, were a tenth of the index at
 * 0.1 MB of text. Two types only, so the code that reads them stays fast.
 */
export type Counts = Uint16Array | Int32Array

/** `xs` in 16 bits when they all fit (a copy), else itself. */
export function compact(xs: Int32Array): Counts {
  for (let i = 0; i < xs.length; i++) if (xs[i] < 0 || xs[i] > 0xffff) return xs
  return Uint16Array.from(xs)
}

/** `n` counts, none above `most`. */
const countsUpTo = (n: number, most: number): Counts =>
  most <= 0xffff ? new Uint16Array(n) : new Int32Array(n)

/**
 * Whole numbers in the fewest bytes that hold them all: a posting's doc and frequency take 3
 * bytes instead of 8 on a corpus of under 65,536 sentences (a posting list was a fifth of a
 * 1 MB corpus's heap).
 */
export type Narrow = Uint8Array | Uint16Array | Int32Array

export function narrow(xs: ArrayLike<number>): Narrow {
  let min = 0
  let max = 0
  for (let i = 0; i < xs.length; i++) {
    if (xs[i] > max) max = xs[i]
    else if (xs[i] < min) min = xs[i]
  }
  return min < 0 || max > 0xffff
    ? Int32Array.from(xs)
    : max > 0xff
      ? Uint16Array.from(xs)
      : Uint8Array.from(xs)
}

export interface IndexParts {
  /** Indexed sentence → its id (index in the corpus-wide sentence list). */
  ids: Int32Array
  /** Passage p's sentences are the indexed ones from groupStart[p] to groupStart[p+1]-1. */
  groupStart: Int32Array
  /** The index's terms (stems), by term id. */
  terms: StringTable
  /** Average length of each field over the sentences, as MiniSearch computes it. */
  avg: number[]
  /** Distinct words of each sentence's text and context, and of each passage's heading. */
  textLength: Counts
  contextLength: Counts
  headingLength: Counts
  /** text: by sentence; heading: by passage; context: by passage, counts of its whole context. */
  text: FieldPostings
  heading: FieldPostings
  context: FieldPostings
  /** Number of sentences whose context holds each term (its document frequency in that field). */
  contextMatching: Counts
}

/** The JSON form: plain arrays, docs stored as gaps so the numbers stay short. */
export interface SerializedIndex {
  format: 'postings-1'
  ids: number[]
  groupStart: number[]
  terms: string[]
  avg: number[]
  textLength: number[]
  contextLength: number[]
  headingLength: number[]
  text: { start: number[]; gap: number[]; tf: number[] }
  heading: { start: number[]; gap: number[]; tf: number[] }
  context: { start: number[]; gap: number[]; tf: number[] }
  contextMatching: number[]
}

/** A built index. JSON.stringify writes its SerializedIndex form. */
export class IndexData {
  constructor(readonly parts: IndexParts) {}
  toJSON(): SerializedIndex {
    const p = this.parts
    const field = (f: FieldPostings) => {
      const gap = new Array<number>(f.doc.length)
      for (let t = 0; t + 1 < f.start.length; t++) {
        let last = 0
        for (let i = f.start[t]; i < f.start[t + 1]; i++) {
          gap[i] = f.doc[i] - last
          last = f.doc[i]
        }
      }
      return { start: Array.from(f.start), gap, tf: Array.from(f.tf) }
    }
    return {
      format: 'postings-1',
      ids: Array.from(p.ids),
      groupStart: Array.from(p.groupStart),
      terms: p.terms.list(),
      avg: p.avg,
      textLength: Array.from(p.textLength),
      contextLength: Array.from(p.contextLength),
      headingLength: Array.from(p.headingLength),
      text: field(p.text),
      heading: field(p.heading),
      context: field(p.context),
      contextMatching: Array.from(p.contextMatching),
    }
  }
}

function fromJSON(s: SerializedIndex): IndexParts {
  if (s.format !== 'postings-1') throw new Error(`unknown search index format ${String(s.format)}`)
  const field = (f: SerializedIndex['text']): FieldPostings => {
    const start = Int32Array.from(f.start)
    const doc = new Int32Array(f.gap.length)
    for (let t = 0; t + 1 < start.length; t++) {
      let last = 0
      for (let i = start[t]; i < start[t + 1]; i++) doc[i] = last = last + f.gap[i]
    }
    return { start: compact(start), doc: narrow(doc), tf: narrow(f.tf) }
  }
  return {
    ids: Int32Array.from(s.ids),
    groupStart: Int32Array.from(s.groupStart),
    terms: StringTable.of(s.terms),
    avg: s.avg,
    textLength: compact(Int32Array.from(s.textLength)),
    contextLength: compact(Int32Array.from(s.contextLength)),
    headingLength: compact(Int32Array.from(s.headingLength)),
    text: field(s.text),
    heading: field(s.heading),
    context: field(s.context),
    contextMatching: compact(Int32Array.from(s.contextMatching)),
  }
}

/**
 * Document frequencies read off the postings, by term id: the number of sentences whose own text
 * holds the term; for a term no sentence's text holds (an identifier seen only in code, a word of
 * a heading), the number of sentences with it in their heading or context.
 */
function documentFrequencies(p: IndexParts): Counts {
  const { terms, text, heading, context, groupStart } = p
  const out = countsUpTo(terms.size, p.ids.length)
  const size = (g: number) => groupStart[g + 1] - groupStart[g]
  for (let t = 0; t < terms.size; t++) {
    if (text.start[t + 1] > text.start[t]) {
      out[t] = text.start[t + 1] - text.start[t]
      continue
    }
    // Passages with the term in their heading or their context, each counted once.
    let i = heading.start[t]
    let j = context.start[t]
    let n = 0
    while (i < heading.start[t + 1] || j < context.start[t + 1]) {
      const a = i < heading.start[t + 1] ? heading.doc[i] : Infinity
      const b = j < context.start[t + 1] ? context.doc[j] : Infinity
      const g = Math.min(a, b)
      n += size(g)
      if (a === g) i++
      if (b === g) j++
    }
    out[t] = n
  }
  return out
}

// ---- searching ----------------------------------------------------------------------------------

/** An index ready to search. */
export type SentenceIndex = Postings

/** The index of a built or a JSON-parsed IndexData; the built one's arrays are used, not copied. */
export function loadIndex(data: IndexData | SerializedIndex): SentenceIndex {
  return new Postings(data instanceof IndexData ? data.parts : fromJSON(data))
}

/**
 * The results of one search, best first (or, asked for unordered, in the order the search met
 * them), as flat arrays: result r is sentence `ids[r]` with BM25
 * score `scores[r]`, and its matches are entries `matchStart[r]` … `matchStart[r + 1] - 1`, in
 * query order: query term `terms[matchTerm[e]]` matched it in the fields of bits `matchBits[e]`
 * (1 text, 2 heading, 4 context). Only the terms each result matched are listed: a result
 * matches a few of a question's dozens of terms, and a table of every term for every result
 * was mostly zeros that the ranking read through. The arrays are views of the index's own
 * buffers: valid until its next search.
 */
export interface Hits {
  /** The searched terms in query order: a phrase key's words one by one, as MiniSearch reads them. */
  terms: string[]
  ids: Int32Array
  scores: Float64Array
  matchStart: Int32Array
  matchTerm: Int32Array
  matchBits: Uint8Array
}

/** Bit of each field in Hits.fields. */
export const FIELD_BIT = { text: 1, heading: 2, context: 4 } as const

/**
 * Searches with pre-analysed terms. `weights` gives each term's weight (1 for the reader's own
 * words, less for expansions), so an expansion never outranks an exact match. `ordered: false`
 * leaves the results (the same ones) in the order the search met them, for a caller that orders
 * them by a score of its own.
 */
export function searchHits(
  index: SentenceIndex,
  weights: Map<string, number>,
  ordered = true,
): Hits {
  return index.search(weights, ordered)
}

/**
 * The same search in MiniSearch's result shape: same results, scores, order and matches as
 * MiniSearch's `search(terms, { boostTerm })` over the reference records (see referenceIndex).
 */
export function searchTerms(index: SentenceIndex, weights: Map<string, number>): Match[] {
  if (weights.size === 0) return []
  const { terms, ids, scores, matchStart, matchTerm, matchBits } = index.search(weights)
  const results: Match[] = []
  for (let r = 0; r < ids.length; r++) {
    const match: Record<string, string[]> = Object.create(null)
    const queryTerms: string[] = []
    for (let e = matchStart[r]; e < matchStart[r + 1]; e++) {
      const t = matchTerm[e]
      match[terms[t]] = FIELD_LISTS[matchBits[e]]
      if (!queryTerms.includes(terms[t])) queryTerms.push(terms[t])
    }
    results.push({ id: ids[r], score: scores[r], terms: Object.keys(match), queryTerms, match })
  }
  return results
}

/** The k-th largest value of `xs` (which it reorders): Hoare's selection, linear on average. */
function kthLargest(xs: Float64Array, k: number): number {
  let lo = 0
  let hi = xs.length - 1
  const target = xs.length - k
  while (lo < hi) {
    const pivot = xs[(lo + hi) >> 1]
    let i = lo
    let j = hi
    while (i <= j) {
      while (xs[i] < pivot) i++
      while (xs[j] > pivot) j--
      if (i <= j) {
        const x = xs[i]
        xs[i] = xs[j]
        xs[j] = x
        i++
        j--
      }
    }
    if (target <= j) hi = j
    else if (target >= i) lo = i
    else break
  }
  return xs[target]
}

/** Field lists by bit set (bit f = FIELDS[f]), shared and frozen: results only read them. */
const FIELD_LISTS = Array.from({ length: 1 << FIELDS.length }, (_, bits) =>
  Object.freeze(FIELDS.filter((_, f) => bits & (1 << f))),
) as string[][]

/** MiniSearch's BM25+ inverse document frequency. */
const idfOf = (matching: number, total: number) =>
  Math.log(1 + (total - matching + 0.5) / (matching + 0.5))

/** Frequencies 1 … this have their saturation tabled (a term rarely occurs more in one sentence). */
const SATURATION_ROWS = 8

/**
 * BM25+'s term-frequency saturation `d + tf (k+1) / (tf + k (1 - b + b·length/avg))` for small
 * frequencies and the lengths a field has (up to 2,048), worked out once by the very expression
 * the search would use, so a posting's score costs a lookup instead of two divisions.
 */
class Saturation {
  readonly columns: number
  readonly table: Float64Array
  constructor(lengths: ArrayLike<number>, avg: number) {
    let longest = 0
    for (let i = 0; i < lengths.length; i++) if (lengths[i] > longest) longest = lengths[i]
    this.columns = Math.min(longest + 1, 2048)
    this.table = new Float64Array(SATURATION_ROWS * this.columns)
    const { k, b, d } = BM25
    for (let tf = 1; tf <= SATURATION_ROWS; tf++)
      for (let length = 0; length < this.columns; length++)
        this.table[(tf - 1) * this.columns + length] =
          d + (tf * (k + 1)) / (tf + k * (1 - b + (b * length) / avg))
  }
}

/** The length part of BM25's denominator, `k (1 - b + b·length/avg)`, for each doc. */
function norms(lengths: Counts, avg: number): Float64Array {
  const { k, b } = BM25
  const out = new Float64Array(lengths.length)
  for (let i = 0; i < lengths.length; i++) out[i] = k * (1 - b + (b * lengths[i]) / avg)
  return out
}

class Postings {
  readonly documentCount: number
  /** The terms, by id (see StringTable). */
  private readonly terms: StringTable

  /**
   * Term ids already looked up (-1: no term of the index), by term: questions use the same few
   * thousand words again and again, and a look-up in the table hashes the term in JavaScript
   * (~40 ns) where a Map reads the hash V8 keeps in the string (~10 ns); ~26 a question. At most
   * TERM_MEMO, all dropped at once when it fills.
   */
  private readonly looked = new Map<string, number>()

  private termId(term: string): number {
    const t = this.looked.get(term)
    return t !== undefined ? t : keepBounded(this.looked, TERM_MEMO, term, this.terms.id(term))
  }
  private readonly ids: Int32Array
  private readonly groupStart: Int32Array
  private readonly text: FieldPostings
  private readonly heading: FieldPostings
  private readonly context: FieldPostings
  private readonly contextMatching: Counts
  /** Each term's document frequency (see documentFrequencies). */
  private readonly frequencies: Counts
  /** Number of sentences under a heading that holds each term. */
  private readonly headingMatching: Counts
  /** Most docs each term can match: its sentences, and those of passages holding it. */
  private readonly reach: Counts
  private readonly textLength: Counts
  private readonly textAvg: number
  private readonly textSaturation: Saturation
  private readonly headingNorm: Float64Array
  private readonly contextLength: Counts
  private readonly contextAvg: number
  private readonly contextSaturation: Saturation
  // Per-query scratch, reused so a search allocates nothing in proportion to the corpus: each
  // doc's score so far, the number of distinct query terms it matched, when it was first matched
  // (see firstMatch), and the query that last touched it (a stamp, so nothing needs clearing).
  private readonly score: Float64Array
  private readonly count: Uint16Array
  private readonly first: Int32Array
  private readonly seen: Int32Array
  private readonly order: Int32Array
  /** Final scores in match order (to select the best from), then the chosen docs' scores to sort. */
  private readonly scores: Float64Array
  private query = 0

  /**
   * Each term's idf in its three fields (text, heading, context: 3 id, 3 id + 1, 3 id + 2), worked
   * out the first time the term is searched (NaN until then): the index never changes, and three
   * logarithms per term were a tenth of the search's own time on a small corpus.
   */
  private idfTable: Float64Array | undefined

  private idfs(): Float64Array {
    return (this.idfTable ??= new Float64Array(3 * (this.text.start.length - 1)).fill(NaN))
  }
  // The results' buffers, grown as needed and handed out as views: a search made four typed
  // arrays, each allocated outside V8's heap (a third of the search's time on the dev set).
  private resultIds = new Int32Array(64)
  private resultScores = new Float64Array(64)
  private resultStart = new Int32Array(64)
  private resultTerm = new Int32Array(256)
  private resultBits = new Uint8Array(256)
  private termFrom = new Int32Array(64)

  constructor(p: IndexParts) {
    this.documentCount = p.ids.length
    this.terms = p.terms
    this.ids = p.ids
    this.groupStart = p.groupStart
    this.text = p.text
    this.heading = p.heading
    this.context = p.context
    this.contextMatching = p.contextMatching
    this.frequencies = documentFrequencies(p)
    this.headingMatching = countsUpTo(p.terms.size, p.ids.length)
    this.reach = countsUpTo(p.terms.size, p.ids.length)
    const sentencesOf = (f: FieldPostings, t: number) => {
      let n = 0
      for (let i = f.start[t]; i < f.start[t + 1]; i++)
        n += p.groupStart[f.doc[i] + 1] - p.groupStart[f.doc[i]]
      return n
    }
    for (let t = 0; t < p.terms.size; t++) {
      this.headingMatching[t] = sentencesOf(p.heading, t)
      this.reach[t] = Math.min(
        p.ids.length,
        p.text.start[t + 1] - p.text.start[t] + this.headingMatching[t] + sentencesOf(p.context, t),
      )
    }
    // Lengths, not BM25's length norms: a quarter of the bytes, so the sentences a search visits
    // stay in cache, and the norm is recomputed exactly as norms() computes it.
    this.textLength = p.textLength
    this.textAvg = p.avg[0]
    this.textSaturation = new Saturation(this.textLength, this.textAvg)
    this.headingNorm = norms(p.headingLength, p.avg[1])
    this.contextLength = p.contextLength
    this.contextAvg = p.avg[2]
    this.contextSaturation = new Saturation(this.contextLength, this.contextAvg)
    const size = p.ids.length
    this.score = new Float64Array(size)
    this.count = new Uint16Array(size)
    this.first = new Int32Array(size)
    this.seen = new Int32Array(size)
    this.order = new Int32Array(size)
    this.scores = new Float64Array(size)
  }

  /**
   * The number of sentences whose own text holds `term` (a stem); for a term that only headings,
   * code or question lines hold, the number of sentences they stand above or beside; 0 for a
   * term the corpus does not have.
   */
  frequency(term: string): number {
    const t = this.termId(term)
    return t < 0 ? 0 : this.frequencies[t]
  }

  /** Whether some sentence's own text holds `term`. */
  inText(term: string): boolean {
    const t = this.termId(term)
    return t >= 0 && this.text.start[t + 1] > this.text.start[t]
  }

  /**
   * How many postings `term` has in the three fields: a sentence's text, a passage's heading, a
   * passage's context. A search for it matches sentences on at most this many pages.
   */
  postings(term: string): number {
    const t = this.termId(term)
    if (t < 0) return 0
    const { text, heading, context } = this
    return (
      text.start[t + 1] -
      text.start[t] +
      (heading.start[t + 1] - heading.start[t]) +
      (context.start[t + 1] - context.start[t])
    )
  }

  /** Whether some heading holds `term` (an API documented in a section of its own: "## deleteCookie()"). */
  inHeading(term: string): boolean {
    const t = this.termId(term)
    return t >= 0 && this.heading.start[t + 1] > this.heading.start[t]
  }

  /**
   * Whether `test` holds for some sentence that has `term` in its text, heading or context, with
   * no cap on how many are looked at (a search keeps only the best MAX_RESULTS): each sentence
   * with it in its own text, and the first sentence of each passage with it in a heading or
   * context (a passage's sentences share its page).
   */
  someWith(term: string, test: (sentence: number) => boolean): boolean {
    const t = this.termId(term)
    if (t < 0) return false
    const { ids, groupStart, text } = this
    for (let i = text.start[t]; i < text.start[t + 1]; i++) if (test(ids[text.doc[i]])) return true
    for (const f of [this.heading, this.context])
      for (let i = f.start[t]; i < f.start[t + 1]; i++) {
        const g = f.doc[i]
        if (groupStart[g] < groupStart[g + 1] && test(ids[groupStart[g]])) return true
      }
    return false
  }

  search(weights: Map<string, number>, ordered = true): Hits {
    // The query is the keys joined by spaces and split again, so a phrase key ("let down")
    // searches its words, each with its own weight or 1.
    const tokens: string[] = []
    // Only a phrase's words can repeat a term (a map's keys are distinct): without a phrase no
    // term is looked for among those before it.
    let phrases = false
    for (const key of weights.keys()) {
      if (!key.includes(' ')) {
        if (key) tokens.push(key)
        continue
      }
      phrases = true
      for (const term of key.split(' ')) if (term) tokens.push(term)
    }
    const boosts: number[] = []
    for (const term of tokens) boosts.push(weights.get(term) ?? 1)
    return this.searchTokens(tokens, boosts, phrases, ordered)
  }

  /**
   * The search of `tokens`, token t weighted by boosts[t]. Unless `repeats`, no token is another's
   * (as the keys of a map are not): none is looked for among those before it.
   */
  searchTokens(
    tokens: string[],
    boosts: ArrayLike<number>,
    repeats: boolean,
    ordered = true,
  ): Hits {
    this.query++
    this.matched = 0
    // Term t matched touchedDocs[from[t] .. from[t+1]-1] (with those docs' fields).
    if (this.termFrom.length < tokens.length + 1)
      this.termFrom = new Int32Array(2 * (tokens.length + 1))
    const from = this.termFrom
    this.touchedLength = 0
    for (let t = 0; t < tokens.length; t++) {
      const term = tokens[t]
      from[t] = this.touchedLength
      this.scoreTerm(t, term, boosts[t], repeats && tokens.indexOf(term) < t)
      from[t + 1] = this.touchedLength
    }
    const { score, count, order, matched } = this
    // A doc's score is multiplied by the number of distinct query terms it matched, as MiniSearch
    // does; the final scores are also kept in match order (finals), for the selection to read in turn.
    const finals = this.scores
    for (let i = 0; i < matched; i++) {
      const doc = order[i]
      finals[i] = score[doc] = score[doc] * count[doc]
    }
    const chosen = this.best(matched, ordered)

    // Results as flat arrays: a thousand result objects, each with its own field map, cost more
    // than the scoring itself on a large corpus (and the ranking only reads their bits).
    const size = chosen.length
    if (this.resultIds.length < size) {
      this.resultIds = new Int32Array(2 * size)
      this.resultScores = new Float64Array(2 * size)
    }
    if (this.resultStart.length < size + 1) this.resultStart = new Int32Array(2 * (size + 1))
    const touched = this.touchedLength
    if (this.resultTerm.length < touched) {
      this.resultTerm = new Int32Array(2 * touched)
      this.resultBits = new Uint8Array(2 * touched)
    }
    const ids = this.resultIds.subarray(0, size)
    const scores = this.resultScores.subarray(0, size)
    const start = this.resultStart.subarray(0, size + 1)
    start.fill(0)
    const { touchedDocs, touchedFields, resultTerm, resultBits } = this
    // Each matched doc's count, read into its score above, now says where its result is: 0 for
    // none, else its place + 1 (at most MAX_RESULTS, within 16 bits). A query's first touch of a
    // doc resets its count.
    for (let i = 0; i < matched; i++) count[order[i]] = 0
    for (let i = 0; i < size; i++) {
      const doc = chosen[i]
      ids[i] = this.ids[doc]
      scores[i] = score[doc]
      count[doc] = i + 1
    }
    // Each result's matches, a row of entries in query order: rows counted (result r's count at
    // start[r + 1]), summed into where each row starts, then filled term by term, each row's fill
    // moving its start on to where the next row starts, and moved back one row.
    for (let i = 0; i < touched; i++) {
      const place = count[touchedDocs[i]]
      if (place) start[place]++
    }
    for (let r = 1; r <= size; r++) start[r] += start[r - 1]
    for (let t = 0; t < tokens.length; t++) {
      for (let i = from[t]; i < from[t + 1]; i++) {
        const place = count[touchedDocs[i]]
        if (!place) continue
        const e = start[place - 1]++
        resultTerm[e] = t
        resultBits[e] = touchedFields[i]
      }
    }
    for (let r = size; r > 0; r--) start[r] = start[r - 1]
    start[0] = 0
    const entries = start[size]
    return {
      terms: tokens,
      ids,
      scores,
      matchStart: start,
      matchTerm: resultTerm.subarray(0, entries),
      matchBits: resultBits.subarray(0, entries),
    }
  }

  /**
   * The best MAX_RESULTS of the matched docs, best first (or, not `ordered`, in match order).
   * MiniSearch sorts its results stably in the order they were first matched, so ties are broken
   * by firstMatch (then doc: one term's docs were met in doc order).
   */
  private best(matched: number, ordered: boolean): number[] {
    const { score, first, order } = this
    const chosen: number[] = []
    if (matched > MAX_RESULTS) {
      // The final scores in match order, reordered by the selection: each doc's own score
      // (score[doc]) is the same number, and is what the pass after it reads.
      const cut = kthLargest(this.scores.subarray(0, matched), MAX_RESULTS)
      const ties: number[] = []
      for (let i = 0; i < matched; i++) {
        const s = score[order[i]]
        if (s > cut) chosen.push(order[i])
        else if (s === cut) ties.push(order[i])
      }
      // Ties at the cut are kept in match order, as a stable sort then a slice would keep them.
      ties.sort((a, b) => earlier(first, a, b))
      for (let i = 0; chosen.length < MAX_RESULTS; i++) chosen.push(ties[i])
    } else for (let i = 0; i < matched; i++) chosen.push(order[i])
    if (!ordered) return chosen
    const scores = this.scores
    for (let i = 0; i < chosen.length; i++) scores[i] = score[chosen[i]]
    const ranks = byScore(scores, chosen.length, (a, b) => earlier(first, chosen[a], chosen[b]))
    const out: number[] = new Array(ranks.length)
    for (let i = 0; i < ranks.length; i++) out[i] = chosen[ranks[i]]
    return out
  }

  /** Number of docs matched so far by the current query: order[0 .. matched-1]. */
  private matched = 0
  /** Docs matched by the query's terms so far, each term's in a run in doc order (see search). */
  private touchedDocs = new Int32Array(1024)
  private touchedFields = new Uint8Array(1024)
  private touchedLength = 0

  /** Makes room for `more` touched docs. */
  private reserve(more: number): void {
    const needed = this.touchedLength + more
    if (needed <= this.touchedDocs.length) return
    const docs = new Int32Array(Math.max(needed, this.touchedDocs.length * 2))
    docs.set(this.touchedDocs)
    this.touchedDocs = docs
    const fields = new Uint8Array(docs.length)
    fields.set(this.touchedFields)
    this.touchedFields = fields
  }

  /**
   * Scores query term `t` and adds it to each doc's score. Its three fields' postings are each in
   * doc order (a passage's heading and context stand for its run of sentences), so they are merged
   * in one pass, and each doc's term score is summed field by field, as MiniSearch sums it (its
   * products, in its order). `repeated`: the term came earlier in the query, so it adds to the
   * score again but is not a new term matched.
   */
  private scoreTerm(t: number, term: string, boost: number, repeated: boolean): void {
    const id = this.termId(term)
    if (id < 0) return
    const { groupStart, text, heading, context, score, count, first, seen, order, query } = this
    const { headingNorm, textLength, contextLength, textAvg, contextAvg } = this
    const { table: textTable, columns: textColumns } = this.textSaturation
    const { table: contextTable, columns: contextColumns } = this.contextSaturation
    const { b } = BM25
    this.reserve(this.reach[id])
    const { touchedDocs, touchedFields } = this
    let touched = this.touchedLength
    let matched = this.matched
    const total = this.documentCount
    const { k, d } = BM25
    const END = 0x7fffffff
    const textWeight = 1 * boost * BOOSTS[0] * 1
    const headingWeight = 1 * boost * BOOSTS[1] * 1
    const contextWeight = 1 * boost * BOOSTS[2] * 1

    let ti = text.start[id]
    const textTo = text.start[id + 1]
    const idfs = this.idfs()
    let textIdf = idfs[3 * id]
    if (Number.isNaN(textIdf)) textIdf = idfs[3 * id] = idfOf(textTo - ti, total)
    let textDoc = ti < textTo ? text.doc[ti] : END

    // The heading (and context) postings walked sentence by sentence: the current passage's
    // sentences run from headingDoc to headingEnd - 1. Each starts as if an empty passage had
    // just been passed (doc === end), so the walk's one step to the next passage also finds the
    // first; past the last, doc is END and end -1.
    let hi = heading.start[id] - 1
    const headingTo = heading.start[id + 1]
    let headingIdf = 0
    if (hi + 1 < headingTo) {
      headingIdf = idfs[3 * id + 1]
      if (Number.isNaN(headingIdf))
        headingIdf = idfs[3 * id + 1] = idfOf(this.headingMatching[id], total)
    }
    let headingDoc = 0
    let headingEnd = 0
    let headingScore = 0

    let ci = context.start[id] - 1
    const contextTo = context.start[id + 1]
    let contextIdf = 0
    if (ci + 1 < contextTo) {
      contextIdf = idfs[3 * id + 2]
      if (Number.isNaN(contextIdf))
        contextIdf = idfs[3 * id + 2] = idfOf(this.contextMatching[id], total)
    }
    let contextDoc = 0
    let contextEnd = 0
    let passageTf = 0

    for (;;) {
      if (headingDoc === headingEnd) {
        hi = nextPassage(heading, hi + 1, headingTo, groupStart)
        if (hi < headingTo) {
          const group = heading.doc[hi]
          headingDoc = groupStart[group]
          headingEnd = groupStart[group + 1]
          const tf = heading.tf[hi]
          headingScore =
            headingWeight * (headingIdf * (d + (tf * (k + 1)) / (tf + headingNorm[group])))
        } else {
          headingDoc = END
          headingEnd = -1
        }
      }
      if (contextDoc === contextEnd) {
        ci = nextPassage(context, ci + 1, contextTo, groupStart)
        if (ci < contextTo) {
          contextDoc = groupStart[context.doc[ci]]
          contextEnd = groupStart[context.doc[ci] + 1]
          passageTf = context.tf[ci]
        } else {
          contextDoc = END
          contextEnd = -1
        }
      }
      let doc = textDoc < headingDoc ? textDoc : headingDoc
      if (contextDoc < doc) doc = contextDoc
      if (doc === END) break
      let termScore = 0
      let fields = 0
      let own = 0
      if (textDoc === doc) {
        const tf = text.tf[ti]
        const length = textLength[doc]
        const saturation =
          tf <= SATURATION_ROWS && length < textColumns
            ? textTable[(tf - 1) * textColumns + length]
            : d + (tf * (k + 1)) / (tf + k * (1 - b + (b * length) / textAvg))
        termScore = textWeight * (textIdf * saturation)
        fields = 1
        own = tf
        textDoc = ++ti < textTo ? text.doc[ti] : END
      }
      if (headingDoc === doc) {
        termScore += headingScore
        fields |= 2
        headingDoc++
      }
      if (contextDoc === doc) {
        // A sentence's context is the rest of its passage: its own occurrences are not counted.
        const tf = passageTf - own
        if (tf > 0) {
          const length = contextLength[doc]
          const saturation =
            tf <= SATURATION_ROWS && length < contextColumns
              ? contextTable[(tf - 1) * contextColumns + length]
              : d + (tf * (k + 1)) / (tf + k * (1 - b + (b * length) / contextAvg))
          termScore += contextWeight * (contextIdf * saturation)
          fields |= 4
        }
        contextDoc++
      }
      if (fields === 0) continue
      if (seen[doc] !== query) {
        seen[doc] = query
        score[doc] = termScore
        count[doc] = 1
        first[doc] = firstMatch(t, fields)
        order[matched++] = doc
      } else {
        score[doc] = score[doc] + termScore
        if (!repeated) count[doc]++
      }
      touchedDocs[touched] = doc
      touchedFields[touched++] = fields
    }
    this.touchedLength = touched
    this.matched = matched
  }
}

/** Most terms an index remembers the ids of (see Postings.termId). */
const TERM_MEMO = 1024

/** Compares two docs by when the query first matched them (`first`), then by doc. */
const earlier = (first: Int32Array, a: number, b: number) => first[a] - first[b] || a - b

/** The first of a field's postings from `i` (before `to`) whose passage has sentences, or `to`. */
function nextPassage(f: FieldPostings, i: number, to: number, groupStart: Int32Array): number {
  while (i < to && groupStart[f.doc[i]] === groupStart[f.doc[i] + 1]) i++
  return i
}

/**
 * When MiniSearch first met a doc: at query term t, among the term's text matches, then its
 * heading-only matches, then its context-only ones (each in doc order).
 */
const firstMatch = (t: number, fields: number) => t * 4 + (fields & 1 ? 0 : fields & 2 ? 1 : 2)
