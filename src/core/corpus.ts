// A prebuilt index made ready to answer: the search index reloaded, the typo index and lookup
// tables built once at start, never on a request.

import type { PrebuiltIndex } from './ingest.ts'
import { TypoIndex } from './lexicon.ts'
import { loadIndex, type SentenceIndex } from './search-index.ts'
import type { SourceDoc } from './types.ts'

export interface Corpus {
  data: PrebuiltIndex
  docs: Map<string, SourceDoc>
  index: SentenceIndex
  typos: TypoIndex
  person: Set<string>
  /** Number of indexed (citable) sentences. */
  size: number
  /** IDF of a term never seen in the corpus: the largest any term can have. */
  maxIdf: number
}

export function loadCorpus(data: PrebuiltIndex): Corpus {
  const index = loadIndex(data.search)
  const size = index.documentCount
  return {
    data,
    docs: new Map(data.docs.map((d) => [d.id, d])),
    index,
    typos: new TypoIndex(data.vocabulary),
    person: new Set(data.lexicon.person),
    size,
    maxIdf: Math.log(1 + Math.max(size, 1) / 0.5),
  }
}

/** Inverse document frequency of a stem over the corpus's sentences. */
export function idf(corpus: Corpus, term: string): number {
  const df = corpus.data.df[term] ?? 0
  return Math.log(1 + corpus.size / (df + 0.5))
}

/** The exact text of a span of a document. */
export function spanText(corpus: Corpus, docId: string, start: number, end: number): string {
  return corpus.docs.get(docId)!.text.slice(start, end)
}
