// How far one Workers isolate scales: for corpora of growing size, the prebuilt index, the worker
// bundle (wrangler deploy --dry-run, as uploaded), the worker's startup CPU (wrangler check startup,
// which profiles the isolate's start in local workerd) and the memory the loaded index takes (in
// Node, the same JSON.parse + loadCorpus the worker runs at start). Workers allow 1 s of startup
// CPU, a 3 MB gzip bundle on the free plan (10 MB paid) and 128 MB of memory per isolate.

import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { collectPool, takeBytes } from './scale-corpus.ts'
import { round, table } from './stats.ts'

const ROOT = new URL('..', import.meta.url).pathname
const WRANGLER = join(ROOT, 'node_modules/.bin/wrangler')
export const EDGE_SIZES_MB = [0.25, 0.5, 1, 2, 4]

interface EdgePoint {
  corpus: string
  textBytes: number
  indexBytes: number
  uploadKiB: number
  gzipKiB: number
  startupMs: number
  memoryMB: number
}

/** CPU time of a startup profile: its samples less the idle ones. */
function busyMs(profilePath: string): number {
  const p = JSON.parse(readFileSync(profilePath, 'utf8')) as {
    nodes: Array<{ id: number; callFrame: { functionName: string } }>
    samples: number[]
    timeDeltas: number[]
  }
  const idle = new Set(
    p.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id),
  )
  let us = 0
  p.samples.forEach((s, i) => {
    if (!idle.has(s)) us += p.timeDeltas[i] ?? 0
  })
  return us / 1000
}

function measure(corpus: string, dir: string, work: string): EdgePoint {
  const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CORPUS_DIR: dir }
  const run = (cmd: string, args: string[]) =>
    execFileSync(cmd, args, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 1e8 })
  run('npm', ['run', 'build', '--silent'])
  const index = join(ROOT, 'build/index.js')
  const indexBytes = statSync(index).size
  const out = run(WRANGLER, ['deploy', '--dry-run', '--outdir', join(work, 'bundle')])
  const upload = /Total Upload: ([\d.]+) KiB \/ gzip: ([\d.]+) KiB/.exec(out)
  // `check startup` bundles again (running the [build] command) and profiles the start.
  const profile = join(work, 'startup.cpuprofile')
  run(WRANGLER, ['check', 'startup', '--outfile', profile])
  const memory = run(process.execPath, [
    '--expose-gc',
    '--import',
    'tsx',
    '-e',
    `const { loadCorpus } = await import(${JSON.stringify(join(ROOT, 'src/core/corpus.ts'))})
     const text = (await import(${JSON.stringify(index)})).default
     globalThis.gc(); const m0 = process.memoryUsage()
     const corpus = loadCorpus(JSON.parse(text))
     globalThis.gc(); const m1 = process.memoryUsage()
     console.log(m1.heapUsed + m1.arrayBuffers - m0.heapUsed - m0.arrayBuffers, corpus.size)`,
  ])
  const textBytes = Number(
    run(process.execPath, [
      '-e',
      `const { readdirSync, readFileSync } = require('node:fs'); let n = 0
       for (const f of readdirSync(${JSON.stringify(dir)}, { recursive: true }))
         if (/\\.(md|markdown|txt)$/i.test(f)) n += readFileSync(${JSON.stringify(dir)} + '/' + f).length
       console.log(n)`,
    ]),
  )
  return {
    corpus,
    textBytes,
    indexBytes,
    uploadKiB: upload ? Number(upload[1]) : NaN,
    gzipKiB: upload ? Number(upload[2]) : NaN,
    startupMs: busyMs(profile),
    memoryMB: Number(memory.trim().split(/\s+/)[0]) / 1e6,
  }
}

export async function runEdgeScale(sizes = EDGE_SIZES_MB) {
  const work = mkdtempSync(join(tmpdir(), 'verbatim-edge-'))
  const points: EdgePoint[] = []
  try {
    const corpora: Array<[string, string]> = [
      ['default (2 articles)', join(ROOT, 'corpus')],
      ['Hono docs (37 pages)', join(ROOT, '../shared/corpora/hono-docs')],
    ]
    const pool = collectPool(Math.max(...sizes) * 1e6)
    for (const size of sizes) {
      const dir = join(work, `corpus-${size}`)
      for (const f of takeBytes(pool, size * 1e6)) {
        mkdirSync(dirname(join(dir, f.path)), { recursive: true })
        writeFileSync(join(dir, f.path), f.content)
      }
      corpora.push([`${size} MB of README text`, dir])
    }
    for (const [name, dir] of corpora) {
      try {
        const point = measure(name, dir, work)
        points.push(point)
        console.error(
          `  edge ${name}: gzip ${point.gzipKiB} KiB, startup ${round(point.startupMs)} ms`,
        )
      } catch (err) {
        console.error(`  edge ${name}: failed: ${(err as Error).message.split('\n')[0]}`)
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
    // Leave the default corpus's prebuilt index behind, as a plain `npm run build` would.
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'ignore' })
  }
  const md = [
    '### One Workers isolate by corpus size (wrangler 4.86.0, local workerd)',
    '',
    table(
      [
        'corpus',
        'text KiB',
        'index KiB',
        'bundle KiB',
        'bundle gzip KiB',
        'startup CPU ms',
        'memory after load MB',
      ],
      points.map((p) => [
        p.corpus,
        Math.round(p.textBytes / 1024),
        Math.round(p.indexBytes / 1024),
        Math.round(p.uploadKiB),
        Math.round(p.gzipKiB),
        round(p.startupMs),
        round(p.memoryMB, 1),
      ]),
    ),
    '',
    'Limits: 1,000 ms of startup CPU; bundle 3 MB gzip (free plan), 10 MB (paid); 128 MB of memory.',
  ].join('\n')
  return { result: points, md }
}
