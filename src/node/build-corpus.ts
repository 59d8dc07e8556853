// Node: corpus folder → loaded corpus, through the same ingest pipeline as `npm run build`.

import { readFile } from 'node:fs/promises'
import { loadCorpus, type Corpus } from '../core/corpus.ts'
import { ingest, type PrebuiltIndex } from '../core/ingest.ts'
import type { WordnetTable } from '../core/lexicon.ts'
import { readCorpus } from './read-corpus.ts'

const WORDNET = new URL('../data/wordnet-relations.json', import.meta.url)

let wordnet: Promise<WordnetTable> | undefined
/** The WordNet relation table, read once per process. */
export function loadWordnet(): Promise<WordnetTable> {
  wordnet ??= readFile(WORDNET, 'utf8').then((s) => JSON.parse(s) as WordnetTable)
  return wordnet
}

export interface Built {
  prebuilt: PrebuiltIndex
  corpus: Corpus
  /** Milliseconds spent reading, ingesting and loading. */
  ms: number
}

export async function buildFromFolder(dir: string): Promise<Built> {
  const t0 = performance.now()
  const [{ files, unreadable }, table] = await Promise.all([readCorpus(dir), loadWordnet()])
  const prebuilt = ingest(files, { wordnet: table })
  prebuilt.skipped.unshift(...unreadable)
  const corpus = loadCorpus(prebuilt)
  return { prebuilt, corpus, ms: performance.now() - t0 }
}
