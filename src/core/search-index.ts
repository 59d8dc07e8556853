// The only file that imports MiniSearch. The options are defined once and used both to build and to
// reload an index: MiniSearch's loadJSON must be given the options the index was built with, and a
// test proves that a reloaded index answers exactly like a fresh one.

import MiniSearch, { type Options, type SearchResult } from 'minisearch'
import { termOf, words } from './terms.ts'

/** One indexed record per citable sentence. */
export interface IndexedSentence {
  id: number
  /** The sentence itself: matches here count fully. */
  text: string
  /** Its passage around it (headings, the document's question line, neighbours, code): context. */
  context: string
}

/** Field weights: a word in the sentence counts three times one in its surroundings. */
export const FIELD_BOOST = { text: 3, context: 1 }

export const INDEX_OPTIONS: Options<IndexedSentence> = {
  fields: ['text', 'context'],
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

export type SentenceIndex = MiniSearch<IndexedSentence>
export type Match = SearchResult

export function buildIndex(records: IndexedSentence[]): SentenceIndex {
  const index = new MiniSearch(INDEX_OPTIONS)
  index.addAll(records)
  return index
}

export function serializeIndex(index: SentenceIndex): string {
  return JSON.stringify(index)
}

export function loadIndex(json: string): SentenceIndex {
  const index = MiniSearch.loadJSON(json, INDEX_OPTIONS)
  postingsOf(index)
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
  return index.search([...weights.keys()].join(' '), {
    boostTerm: (term) => weights.get(term) ?? 1,
  })
}

// ---- precomputed postings ----------------------------------------------------------------------

/** MiniSearch's default BM25+ parameters (the index does not override them). */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 }
const FIELDS = INDEX_OPTIONS.fields
const FIELD_MATCH: Record<string, string[]> = {}

interface FieldPostings {
  docs: Int32Array
  /** MiniSearch's calcBM25Score for each doc, before the field and term boosts. */
  raw: Float64Array
}

const cache = new WeakMap<SentenceIndex, Postings>()

function postingsOf(index: SentenceIndex): Postings {
  let p = cache.get(index)
  if (!p) cache.set(index, (p = new Postings(index)))
  return p
}

interface Entry {
  score: number
  terms: string[]
  match: Record<string, string[]>
}

class Postings {
  private readonly terms = new Map<string, Array<FieldPostings | undefined>>()
  private readonly ids: number[] = []
  /** Per-query scratch, reused: a term's score per doc and the query that last touched it. */
  private readonly termScore: Float64Array
  private readonly termStamp: Int32Array
  private readonly termFields: Uint8Array
  private stamp = 0

  constructor(index: SentenceIndex) {
    // toJSON is MiniSearch's documented serialization format: the only view of its data we read.
    const json = index.toJSON()
    const total = json.documentCount
    for (const [shortId, id] of Object.entries(json.documentIds))
      this.ids[Number(shortId)] = id as number
    const avg = json.averageFieldLength
    for (const [term, data] of json.index) {
      const perField: Array<FieldPostings | undefined> = []
      FIELDS.forEach((field, f) => {
        const freqs = data[json.fieldIds[field]] as Record<string, number> | undefined
        if (!freqs) return
        const keys = Object.keys(freqs)
        const matching = keys.length
        const docs = new Int32Array(matching)
        const raw = new Float64Array(matching)
        const fieldId = json.fieldIds[field]
        keys.forEach((k, i) => {
          const doc = Number(k)
          const tf = freqs[k]
          const length = (json.fieldLength[doc] as number[])[fieldId]
          docs[i] = doc
          raw[i] = bm25(tf, matching, total, length, avg[fieldId])
        })
        perField[f] = { docs, raw }
      })
      this.terms.set(term, perField)
    }
    const size = this.ids.length
    this.termScore = new Float64Array(size)
    this.termStamp = new Int32Array(size)
    this.termFields = new Uint8Array(size)
  }

  search(weights: Map<string, number>): Match[] {
    const combined = new Map<number, Entry>()
    const touched: number[] = []
    for (const key of weights.keys()) {
      // The query is the keys joined by spaces and split again, so a phrase key ("let down")
      // searches its words, each with its own weight or 1.
      for (const term of key.includes(' ') ? key.split(' ') : [key]) {
        if (!term) continue
        this.addTerm(term, weights.get(term) ?? 1, combined, touched)
      }
    }
    const results: Match[] = []
    for (const [doc, { score, terms, match }] of combined) {
      results.push({
        id: this.ids[doc],
        score: score * (terms.length || 1),
        terms: Object.keys(match),
        queryTerms: terms,
        match,
      })
    }
    results.sort(byScore)
    return results
  }

  private addTerm(term: string, boost: number, combined: Map<number, Entry>, touched: number[]) {
    const perField = this.terms.get(term)
    if (!perField) return
    const stamp = ++this.stamp
    touched.length = 0
    for (let f = 0; f < FIELDS.length; f++) {
      const postings = perField[f]
      if (!postings) continue
      const fieldBoost = FIELD_BOOST[FIELDS[f] as keyof typeof FIELD_BOOST] || 1
      const { docs, raw } = postings
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i]
        // The same product, in the same order, as MiniSearch's termResults.
        const weighted = 1 * boost * fieldBoost * 1 * raw[i]
        if (this.termStamp[doc] === stamp) {
          this.termScore[doc] += weighted
          this.termFields[doc] |= 1 << f
        } else {
          this.termStamp[doc] = stamp
          this.termScore[doc] = weighted
          this.termFields[doc] = 1 << f
          touched.push(doc)
        }
      }
    }
    for (const doc of touched) {
      const fields = fieldList(this.termFields[doc])
      const existing = combined.get(doc)
      if (existing) {
        existing.score = existing.score + this.termScore[doc]
        existing.match[term] = fields
        if (!existing.terms.includes(term)) existing.terms.push(term)
      } else {
        // A prototype-less object is a plain hash table to V8: callers read it with ever-different
        // keys, and per-result hidden classes made those reads megamorphic (2x the whole answer).
        const match: Record<string, string[]> = Object.create(null)
        match[term] = fields
        combined.set(doc, { score: this.termScore[doc], terms: [term], match })
      }
    }
  }
}

function fieldList(bits: number): string[] {
  const key = String(bits)
  let list = FIELD_MATCH[key]
  if (!list) {
    list = FIELDS.filter((_, f) => bits & (1 << f))
    Object.freeze(list)
    FIELD_MATCH[key] = list
  }
  return list
}

const byScore = (a: Match, b: Match) => b.score - a.score

function bm25(tf: number, matching: number, total: number, length: number, avg: number): number {
  const { k, b, d } = BM25
  const invDocFreq = Math.log(1 + (total - matching + 0.5) / (matching + 0.5))
  return invDocFreq * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * length) / avg)))
}
