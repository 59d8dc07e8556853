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
  return MiniSearch.loadJSON(json, INDEX_OPTIONS)
}

/**
 * Searches with pre-analysed terms. `weights` gives each term's weight (1 for the reader's own
 * words, less for expansions), so an expansion never outranks an exact match.
 */
export function searchTerms(index: SentenceIndex, weights: Map<string, number>): Match[] {
  if (weights.size === 0) return []
  return index.search([...weights.keys()].join(' '), {
    boostTerm: (term) => weights.get(term) ?? 1,
  })
}
