// One point of the scale curve, in a fresh process (run with --expose-gc) so its heap is its own:
// reads the files chosen by scale.ts, builds the index, measures it, answers the fixed queries, and
// prints one JSON line.

import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { answerQuestion } from '../src/core/answer.ts'
import { loadCorpus, type Corpus } from '../src/core/corpus.ts'
import { ingest } from '../src/core/ingest.ts'
import type { RawFile } from '../src/core/types.ts'
import { loadWordnet } from '../src/node/build-corpus.ts'
import { SCALE_QUERIES } from './scale-queries.ts'
import { gc, summary } from './stats.ts'

const [filesJson] = process.argv.slice(2)
const wordnet = await loadWordnet()
/** What the process holds: its JS heap and typed arrays' buffers (the postings live there). */
const held = () => {
  const m = process.memoryUsage()
  return m.heapUsed + m.arrayBuffers
}
gc()
const heap0 = held()
let files: RawFile[] | null = JSON.parse(readFileSync(filesJson, 'utf8')) as RawFile[]
const textBytes = files.reduce((n, f) => n + Buffer.byteLength(f.content), 0)
gc()
const heapFiles = held() - heap0

const t0 = performance.now()
const prebuilt = ingest(files, { wordnet })
const t1 = performance.now()
const corpus = loadCorpus(prebuilt)
const t2 = performance.now()
files = null

gc()
// What the answering process keeps: the loaded corpus (its prebuilt data, documents, index, typo
// index), without the raw files it was built from, measured before the JSON below exists.
const heap = held() - heap0

let serialized: string | null = JSON.stringify(prebuilt)
const serializedBytes = serialized.length
const gzip = gzipSync(serialized).length
serialized = null
gc()

// The first round: each query asked for the first time, as a reader's new question is (the
// corpus's memos of words and of scans of the pages know none of its words yet; the code is
// freshly compiled too). Then two more rounds to warm up before the measured ones.
const firstSamples: number[] = []
for (const q of SCALE_QUERIES) {
  const s = performance.now()
  answerQuestion(corpus, q)
  firstSamples.push((performance.now() - s) * 1000)
}
const first = summary(firstSamples)
for (let r = 0; r < 2; r++) for (const q of SCALE_QUERIES) answerQuestion(corpus, q)
const samples: number[] = []
let found = 0
for (let r = 0; r < 10; r++) {
  for (const q of SCALE_QUERIES) {
    const s = performance.now()
    const a = answerQuestion(corpus, q)
    samples.push((performance.now() - s) * 1000)
    if (r === 0 && a.found) found++
  }
}
const t = summary(samples)

// The same build again in this process, up to five times within 3 s, the fastest kept: what a
// rebuild costs once V8 has compiled and optimised the code (the first build in a fresh process
// also pays for that, most of its time at 0.1 MB).
let rebuildMs = Infinity
const r0 = performance.now()
for (let r = 0; r < 5 && performance.now() - r0 < 3000; r++) {
  const again = JSON.parse(readFileSync(filesJson, 'utf8')) as RawFile[]
  const s = performance.now()
  loadCorpus(ingest(again, { wordnet }))
  rebuildMs = Math.min(rebuildMs, performance.now() - s)
}
// Apart from the heap above, which is the budget's: what one more copy of the corpus adds once
// the build's code is compiled. The first build in a process also leaves V8's code for it
// (bytecode, baseline and optimised code, compiled expressions): about 0.7 MB whatever the
// corpus, a third of the heap above at 0.1 MB. Not the budget's measure; it tells the corpus's
// data from that.
const heapBefore = await settledHeap()
let copy: Corpus | null = loadCorpus(
  ingest(JSON.parse(readFileSync(filesJson, 'utf8')) as RawFile[], { wordnet }),
)
const heapDataBytes = (await settledHeap()) - heapBefore
copy = null
console.log(
  JSON.stringify({
    textBytes,
    docs: prebuilt.docs.length,
    sentences: prebuilt.sentences.length,
    vocabulary: prebuilt.vocabulary.words.size,
    ingestMs: t1 - t0,
    loadMs: t2 - t1,
    buildMs: t2 - t0,
    rebuildMs,
    serializedBytes,
    gzipBytes: gzip,
    heapBytes: heap,
    heapDataBytes,
    heapFilesBytes: heapFiles,
    answerMedianUs: t.median,
    answerP99Us: t.p99,
    answerMaxUs: t.max,
    firstMedianUs: first.median,
    firstP99Us: first.p99,
    queries: SCALE_QUERIES.length,
    found,
  }),
)

/** What the process holds once the collector has swept (the rebuilds' buffers are freed then). */
async function settledHeap() {
  gc()
  await new Promise((resolve) => setTimeout(resolve, 100))
  gc()
  return held()
}
