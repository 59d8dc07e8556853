// Node: corpus folder → loaded corpus, through the same ingest pipeline as `npm run build`.

import { loadCorpus, type Corpus } from '../core/corpus.ts'
import { ingest, type PrebuiltIndex } from '../core/ingest.ts'
import type { WordnetGraph } from '../core/wordnet-graph.ts'
import { readCorpus } from './read-corpus.ts'
import { readGraph } from './wordnet-file.ts'

let wordnet: WeakRef<WordnetGraph> | undefined
let reading: Promise<WordnetGraph> | undefined
/**
 * The WordNet graph, shared while anyone holds it. Only building needs it: held weakly, it is
 * collected once the server has built its index (~6 MB it would otherwise keep), and read again
 * only if a later build finds it gone.
 */
export async function loadWordnet(): Promise<WordnetGraph> {
  const held = wordnet?.deref()
  if (held) return held
  reading ??= readGraph().finally(() => (reading = undefined))
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
