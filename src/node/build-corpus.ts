// Node: corpus folder → loaded corpus, through the same ingest pipeline as `npm run build`.

import { readFile } from 'node:fs/promises'
import { loadCorpus, type Corpus } from '../core/corpus.ts'
import { ingest, type PrebuiltIndex } from '../core/ingest.ts'
import type { WordnetTable } from '../core/lexicon.ts'
import { readCorpus } from './read-corpus.ts'

const WORDNET = new URL('../data/wordnet-relations.json', import.meta.url)

let wordnet: WeakRef<WordnetTable> | undefined
let reading: Promise<WordnetTable> | undefined
/**
 * The WordNet relation table, shared while anyone holds it. Only building needs it: held weakly,
 * it is collected once the server has built its index (~20 MB of heap it would otherwise keep),
 * and read again only if a later build finds it gone.
 */
export async function loadWordnet(): Promise<WordnetTable> {
  const held = wordnet?.deref()
  if (held) return held
  reading ??= readFile(WORDNET, 'utf8')
    .then((s) => JSON.parse(s) as WordnetTable)
    .finally(() => (reading = undefined))
  const table = await reading
  wordnet = new WeakRef(table)
  return table
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
