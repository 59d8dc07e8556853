// The only file that imports MiniSearch. The options are defined once and used both to build and to
// reload an index: MiniSearch's loadJSON must be given the options the index was built with, and a
// test proves that a reloaded index answers exactly like a fresh one.

import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch'
import { termOf, words } from './terms.ts'

/** One indexed record per citable sentence. */
export interface IndexedSentence {
  id: number
  /** The sentence itself: matches here count fully. */
  text: string
  /** The headings above it (or the document title): the topic of its section. */
  heading: string
  /** Its passage around it (the document's question line, neighbours, code): context. */
  context: string
}

/** Field weights: a word in the sentence counts most, in its section heading next, around it least. */
export const FIELD_BOOST = { text: 3, heading: 2, context: 1 }

export const INDEX_OPTIONS: Options<IndexedSentence> = {
  fields: ['text', 'heading', 'context'],
  storeFields: [],
  // Documents are turned into terms by the same function as questions (see terms.ts).
  tokenize: (text) => words(text),
  processTerm: (word) => termOf(word),
  searchOptions: {
    // Questions arrive already analysed into terms (with expansions), one per space.
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term,
    boost: FIELD_BOOST,
    combineWith: 'OR',
  },
}

/**
 * An index ready to search: MiniSearch itself when just built, or, when loaded from its JSON, only
 * the postings searchTerms needs (MiniSearch's radix tree would double the load time and memory).
 */
export type SentenceIndex = MiniSearch<IndexedSentence> | LoadedIndex

export interface LoadedIndex {
  documentCount: number
  /** The JSON it was loaded from, for searchTermsReference. */
  json: string
}

export type Match = SearchResult

export function buildIndex(records: IndexedSentence[]): MiniSearch<IndexedSentence> {
  const index = new MiniSearch(INDEX_OPTIONS)
  index.addAll(records)
  return index
}

export function serializeIndex(index: MiniSearch<IndexedSentence>): string {
  return JSON.stringify(index)
}

export function loadIndex(json: string): SentenceIndex {
  const data = JSON.parse(json) as AsPlainObject
  const index: LoadedIndex = { documentCount: data.documentCount, json }
  cache.set(index, new Postings(data))
  return index
}

/**
 * Searches with pre-analysed terms. `weights` gives each term's weight (1 for the reader's own
 * words, less for expansions), so an expansion never outranks an exact match.
 *
 * Same results as `index.search(terms, { boostTerm })` (same scores to the last bit, same order),
 * computed from postings with the BM25 part of each score precomputed: MiniSearch's own search
 * rebuilds its options and per-term result maps on every query, which cost more than the rest of
 * the answer pipeline together. A test compares the two on random queries.
 */
export function searchTerms(index: SentenceIndex, weights: Map<string, number>): Match[] {
  if (weights.size === 0) return []
  return postingsOf(index).search(weights)
}

/** MiniSearch's own search for the same query: the reference searchTerms must equal. */
export function searchTermsReference(index: SentenceIndex, weights: Map<string, number>): Match[] {
  if (weights.size === 0) return []
  const mini = index instanceof MiniSearch ? index : MiniSearch.loadJSON(index.json, INDEX_OPTIONS)
  return mini.search([...weights.keys()].join(' '), {
    boostTerm: (term) => weights.get(term) ?? 1,
  })
}

// ---- precomputed postings ----------------------------------------------------------------------

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

/** MiniSearch's default BM25+ parameters (the index does not override them). */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 }
const FIELDS = INDEX_OPTIONS.fields
/** Field lists by bit set (bit f = FIELDS[f]), shared and frozen: results only read them. */
const FIELD_LISTS = Array.from({ length: 1 << FIELDS.length }, (_, bits) =>
  Object.freeze(FIELDS.filter((_, f) => bits & (1 << f))),
) as string[][]

interface FieldPostings {
  docs: Int32Array
  /** MiniSearch's calcBM25Score for each doc, before the field and term boosts. */
  raw: Float64Array
}

const cache = new WeakMap<SentenceIndex, Postings>()

function postingsOf(index: SentenceIndex): Postings {
  let p = cache.get(index)
  if (!p) cache.set(index, (p = new Postings((index as MiniSearch<IndexedSentence>).toJSON())))
  return p
}

/**
 * Most results one search returns: the best by BM25, in MiniSearch's order. Ranking reads every
 * result, so on a corpus of 100,000 sentences a common word made one answer take 200 ms; a corpus
 * with fewer matching sentences than this (the default one, and any of a few MB) is unaffected.
 */
export const MAX_RESULTS = 1000

class Postings {
  private readonly terms = new Map<string, Array<FieldPostings | undefined>>()
  private readonly ids: number[] = []
  // Per-query scratch, reused so a search allocates nothing in proportion to the corpus: each
  // doc's score so far, the number of distinct query terms it matched, and the query that last
  // touched it (a stamp, so nothing needs clearing).
  private readonly score: Float64Array
  private readonly termScore: Float64Array
  private readonly count: Uint16Array
  private readonly seen: Int32Array
  private readonly termStamp: Int32Array
  private readonly termFields: Uint8Array
  /** Where a chosen doc's result sits, valid when slotStamp equals the current query. */
  private readonly slot: Int32Array
  private readonly slotStamp: Int32Array
  private stamp = 0
  private query = 0

  // MiniSearch's documented serialization format (toJSON): the only view of its data we read.
  constructor(json: AsPlainObject) {
    const total = json.documentCount
    for (const [shortId, id] of Object.entries(json.documentIds))
      this.ids[Number(shortId)] = id as number
    const avg = json.averageFieldLength
    for (const [term, data] of json.index) {
      const perField: Array<FieldPostings | undefined> = []
      FIELDS.forEach((field, f) => {
        const fieldId = json.fieldIds[field]
        const freqs = data[fieldId] as Record<string, number> | undefined
        if (!freqs) return
        const keys = Object.keys(freqs)
        const matching = keys.length
        const docs = new Int32Array(matching)
        const raw = new Float64Array(matching)
        keys.forEach((k, i) => {
          const doc = Number(k)
          docs[i] = doc
          raw[i] = bm25(freqs[k], matching, total, json.fieldLength[doc][fieldId], avg[fieldId])
        })
        perField[f] = { docs, raw }
      })
      this.terms.set(term, perField)
    }
    const size = this.ids.length
    this.score = new Float64Array(size)
    this.termScore = new Float64Array(size)
    this.count = new Uint16Array(size)
    this.seen = new Int32Array(size)
    this.termStamp = new Int32Array(size)
    this.termFields = new Uint8Array(size)
    this.slot = new Int32Array(size)
    this.slotStamp = new Int32Array(size)
  }

  search(weights: Map<string, number>): Match[] {
    // The query is the keys joined by spaces and split again, so a phrase key ("let down")
    // searches its words, each with its own weight or 1.
    const tokens: string[] = []
    for (const key of weights.keys())
      for (const term of key.includes(' ') ? key.split(' ') : [key]) if (term) tokens.push(term)
    const query = ++this.query
    // Docs in the order they were first matched: MiniSearch's result order before its stable sort.
    const order: number[] = []
    const touchedBy: Array<{ docs: number[]; fields: number[] }> = []
    const { seen, score, termScore, count } = this
    for (let t = 0; t < tokens.length; t++) {
      const term = tokens[t]
      const repeated = tokens.indexOf(term) < t
      const touched = this.scoreTerm(term, weights.get(term) ?? 1)
      touchedBy.push(touched)
      const docs = touched.docs
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i]
        if (seen[doc] !== query) {
          seen[doc] = query
          score[doc] = termScore[doc]
          count[doc] = 1
          order.push(doc)
        } else {
          score[doc] = score[doc] + termScore[doc]
          if (!repeated) count[doc]++
        }
      }
    }
    // A doc's score is multiplied by the number of distinct query terms it matched, as MiniSearch does.
    for (let i = 0; i < order.length; i++) score[order[i]] = score[order[i]] * count[order[i]]
    let chosen = order
    if (order.length > MAX_RESULTS) {
      const scores = new Float64Array(order.length)
      for (let i = 0; i < order.length; i++) scores[i] = score[order[i]]
      const cut = kthLargest(scores, MAX_RESULTS)
      // Ties at the cut are kept in match order, as a stable sort then a slice would keep them.
      let ties = MAX_RESULTS
      for (let i = 0; i < scores.length; i++) if (scores[i] > cut) ties--
      chosen = []
      for (const d of order) {
        const sc = score[d]
        if (sc > cut || (sc === cut && ties-- > 0)) chosen.push(d)
      }
    }
    chosen.sort((a, b) => score[b] - score[a])

    const results: Match[] = []
    for (let i = 0; i < chosen.length; i++) {
      const doc = chosen[i]
      this.slot[doc] = i
      this.slotStamp[doc] = query
      // A prototype-less object is a plain hash table to V8: callers read it with ever-different
      // keys, and per-result hidden classes made those reads megamorphic (2x the whole answer).
      const match: Record<string, string[]> = Object.create(null)
      results.push({ id: this.ids[doc], score: this.score[doc], terms: [], queryTerms: [], match })
    }
    // Match maps filled term by term, so their keys come in query order, as MiniSearch's do.
    for (let t = 0; t < tokens.length; t++) {
      const term = tokens[t]
      const { docs, fields } = touchedBy[t]
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i]
        if (this.slotStamp[doc] !== query) continue
        const r = results[this.slot[doc]]
        r.match[term] = FIELD_LISTS[fields[i]]
        if (!r.queryTerms.includes(term)) r.queryTerms.push(term)
      }
    }
    for (const r of results) r.terms = Object.keys(r.match)
    return results
  }

  /** Scores one query term into termScore; returns the docs it matched (text field's first). */
  private scoreTerm(term: string, boost: number): { docs: number[]; fields: number[] } {
    const touched: number[] = []
    const perField = this.terms.get(term)
    if (!perField) return { docs: touched, fields: [] }
    const stamp = ++this.stamp
    const { termStamp, termScore, termFields } = this
    for (let f = 0; f < FIELDS.length; f++) {
      const postings = perField[f]
      if (!postings) continue
      const fieldBoost = FIELD_BOOST[FIELDS[f] as keyof typeof FIELD_BOOST] || 1
      const { docs, raw } = postings
      const bit = 1 << f
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i]
        // The same product, in the same order, as MiniSearch's termResults.
        const weighted = 1 * boost * fieldBoost * 1 * raw[i]
        if (termStamp[doc] === stamp) {
          termScore[doc] += weighted
          termFields[doc] |= bit
        } else {
          termStamp[doc] = stamp
          termScore[doc] = weighted
          termFields[doc] = bit
          touched.push(doc)
        }
      }
    }
    const fields: number[] = []
    for (let i = 0; i < touched.length; i++) fields.push(termFields[touched[i]])
    return { docs: touched, fields }
  }
}

function bm25(tf: number, matching: number, total: number, length: number, avg: number): number {
  const { k, b, d } = BM25
  const invDocFreq = Math.log(1 + (total - matching + 0.5) / (matching + 0.5))
  return invDocFreq * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * length) / avg)))
}
