// Scale curve: indexes of growing size built from a large real corpus (see scale-corpus.ts), each
// measured in its own process: build time, serialized and gzip size, heap, answer time.

import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { collectPool, takeBytes } from './scale-corpus.ts'
import { mb, round, table } from './stats.ts'

const ROOT = new URL('..', import.meta.url).pathname
export const SCALE_SIZES_MB = [0.1, 1, 10, 50]
/**
 * The Node that builds each point: this one, or BENCH_NODE's binary (users run Node 22 and 24,
 * whose V8 tiers code up sooner than Node 20's: a fresh build is mostly unoptimised code).
 */
export const SCALE_NODE = process.env.BENCH_NODE || process.execPath

export interface ScalePoint {
  targetMB: number
  distinctBytes: number
  textBytes: number
  docs: number
  sentences: number
  vocabulary: number
  ingestMs: number
  loadMs: number
  buildMs: number
  /** The same build again in the same process, warm (fastest of up to five within 3 s). */
  rebuildMs: number
  serializedBytes: number
  gzipBytes: number
  heapBytes: number
  /** What one more copy of the corpus adds to the heap, the build's code compiled (not the budget's measure). */
  heapDataBytes: number
  answerMedianUs: number
  answerP99Us: number
  answerMaxUs: number
  /** The queries asked for the first time (the first round), median and p99. */
  firstMedianUs: number
  firstP99Us: number
  queries: number
  found: number
}

export async function runScale(sizes = SCALE_SIZES_MB) {
  const max = Math.max(...sizes) * 1e6
  const pool = collectPool(max)
  const poolBytes = pool.reduce((n, f) => n + Buffer.byteLength(f.content), 0)
  const sources = new Map<string, { files: number; bytes: number }>()
  for (const f of pool) {
    const s = sources.get(f.source) ?? { files: 0, bytes: 0 }
    s.files++
    s.bytes += Buffer.byteLength(f.content)
    sources.set(f.source, s)
  }
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-scale-'))
  const points: ScalePoint[] = []
  try {
    for (const size of sizes) {
      const files = takeBytes(pool, size * 1e6)
      const file = join(dir, `${size}.json`)
      writeFileSync(file, JSON.stringify(files.map(({ path, content }) => ({ path, content }))))
      const out = execFileSync(
        SCALE_NODE,
        [
          '--expose-gc',
          '--max-old-space-size=8192',
          '--import',
          'tsx',
          'bench/scale-point.ts',
          file,
        ],
        { cwd: ROOT, encoding: 'utf8', maxBuffer: 1e7, stdio: ['ignore', 'pipe', 'inherit'] },
      )
      const point = JSON.parse(out.trim().split('\n').pop()!)
      points.push({ targetMB: size, distinctBytes: Math.min(poolBytes, point.textBytes), ...point })
      console.error(
        `  scale ${size} MB: build ${Math.round(point.buildMs)} ms, p99 ${round(point.answerP99Us / 1000, 2)} ms`,
      )
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const rows = points.map((p) => {
    const text = p.textBytes
    return [
      mb(text),
      mb(p.distinctBytes),
      p.docs,
      p.sentences,
      p.vocabulary,
      Math.round(p.buildMs),
      round(text / 1e6 / (p.buildMs / 1000), 2),
      round(text / 1e6 / (p.rebuildMs / 1000), 2),
      mb(p.serializedBytes),
      mb(p.gzipBytes),
      mb(p.heapBytes),
      round(p.heapBytes / text, 1),
      mb(p.heapDataBytes),
      round(p.heapDataBytes / text, 1),
      round(p.answerMedianUs / 1000, 2),
      round(p.answerP99Us / 1000, 2),
      round(p.firstMedianUs / 1000, 2),
      round(p.firstP99Us / 1000, 2),
    ]
  })
  const at10 = points.find((p) => p.targetMB === 10)
  const budgets = {
    buildMBps: {
      limit: 2,
      worst: Math.min(...points.map((p) => p.textBytes / 1e6 / (p.buildMs / 1000))),
      worstRebuild: Math.min(...points.map((p) => p.textBytes / 1e6 / (p.rebuildMs / 1000))),
    },
    p99At10MBms: { limit: 10, value: at10 ? at10.answerP99Us / 1000 : NaN },
    heapPerTextByte: { limit: 8, worst: Math.max(...points.map((p) => p.heapBytes / p.textBytes)) },
    dataPerTextByte: {
      limit: 8,
      worst: Math.max(...points.map((p) => p.heapDataBytes / p.textBytes)),
    },
  }
  const pass = {
    build: budgets.buildMBps.worst >= 2,
    p99: budgets.p99At10MBms.value <= 10,
    memory: budgets.heapPerTextByte.worst <= 8,
    data: budgets.dataPerTextByte.worst <= 8,
  }
  const md = [
    `### Scale curve (${pool.length} real documents, ${mb(poolBytes)} MB of distinct text; ${SCALE_SIZES_MB.join(', ')} MB indexes)`,
    '',
    table(
      [
        'text MB',
        'distinct MB',
        'docs',
        'sentences',
        'vocabulary',
        'build ms',
        'build MB/s',
        'rebuild MB/s',
        'serialized MB',
        'gzip MB',
        'heap MB',
        'heap/text',
        'data MB',
        'data/text',
        'answer median ms',
        'answer p99 ms',
        'first asked median ms',
        'first asked p99 ms',
      ],
      rows,
    ),
    '',
    `Build is timed in a fresh process, as a server's start pays it; "rebuild" is the same build again in that process (the fastest of up to five within 3 s), once V8 has compiled and optimised the code.`,
    '',
    `"answer" is the queries' median and p99 over ten rounds after three: asked again, their words are remembered. "first asked" is the first of those rounds, each query new to the index and the code fresh from its build: what a reader's first question of its kind costs (the budget's p99 is the former).`,
    '',
    `"heap" is the JS heap and array buffers the first build leaves in its fresh process: the corpus's data and V8's code for the build (about 0.7 MB whatever the corpus). "data" is what one more copy of the corpus adds to the same process, its code compiled: the index's own memory, the corpus's data alone.`,
    '',
    `Budgets: build ≥ 2 MB/s (worst ${round(budgets.buildMBps.worst, 2)}, warm rebuild worst ${round(budgets.buildMBps.worstRebuild, 2)}: ${pass.build ? 'pass' : 'FAIL'}), answer p99 ≤ 10 ms at 10 MB (${round(budgets.p99At10MBms.value, 2)} ms: ${pass.p99 ? 'pass' : 'FAIL'}), memory ≤ 8× text: the index's data worst ${round(budgets.dataPerTextByte.worst, 1)}× (${pass.data ? 'pass' : 'FAIL'}), the whole heap with V8's code worst ${round(budgets.heapPerTextByte.worst, 1)}× (${pass.memory ? 'pass' : 'FAIL'}).`,
    '',
    'Sources of the pool, in the order they are drawn from (text past the pool repeats it under new paths):',
    '',
    table(
      ['source', 'files', 'MB'],
      [...sources].map(([k, v]) => [k, v.files, mb(v.bytes)]),
    ),
  ].join('\n')
  return {
    result: {
      poolFiles: pool.length,
      poolBytes,
      sources: Object.fromEntries(sources),
      points,
      budgets,
      pass,
    },
    md,
  }
}
