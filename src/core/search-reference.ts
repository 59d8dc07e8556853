// MiniSearch over the same passages: the reference the search index must equal (tests only, so the
// worker does not bundle it). One MiniSearch record per sentence, its context spelled out.

import MiniSearch, { type Options } from 'minisearch'
import { FIELD_BOOST, FIELDS, type IndexGroup, type Match } from './search-index.ts'
import { termOf, words } from './terms.ts'

/** MiniSearch's record of one sentence: what the postings above stand for. */
export interface IndexedSentence {
  id: number
  text: string
  heading: string
  context: string
}

export const REFERENCE_OPTIONS: Options<IndexedSentence> = {
  fields: [...FIELDS],
  storeFields: [],
  tokenize: (text) => words(text),
  processTerm: (word) => termOf(word),
  searchOptions: {
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term,
    boost: FIELD_BOOST,
    combineWith: 'OR',
  },
}

/**
 * MiniSearch over the same passages, one record per sentence with its context spelled out, put
 * through its JSON form (as the index used to be shipped, which fixes the order of its postings).
 */
export function referenceIndex(groups: IndexGroup[]): MiniSearch<IndexedSentence> {
  const mini = new MiniSearch(REFERENCE_OPTIONS)
  for (const g of groups)
    for (const s of g.sentences)
      mini.add({
        id: s.id,
        text: s.text,
        heading: g.heading,
        context: [...g.around, ...g.sentences.filter((o) => o !== s).map((o) => o.text)].join('\n'),
      })
  return MiniSearch.loadJSON(JSON.stringify(mini), REFERENCE_OPTIONS)
}

/** MiniSearch's own search for the same query: the reference searchTerms must equal. */
export function searchTermsReference(
  mini: MiniSearch<IndexedSentence>,
  weights: Map<string, number>,
): Match[] {
  if (weights.size === 0) return []
  return mini.search([...weights.keys()].join(' '), {
    boostTerm: (term) => weights.get(term) ?? 1,
  }) as Match[]
}
