// Cold start: wall time from spawning a server process to its first answered POST /api/answer, on
// Node (src/node.ts, as `npm start` runs it minus npm's own start-up) and on the worker under
// `wrangler dev` (once src/worker.ts exists), for the default corpus and a 10 MB one.

import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { collectPool, takeBytes } from './scale-corpus.ts'
import { round, table } from './stats.ts'

const ROOT = new URL('..', import.meta.url).pathname
const DEFAULT_CORPUS = join(ROOT, 'corpus')

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })
}

async function firstAnswer(port: number, child: ChildProcess, limitMs: number, t0: number) {
  let exited = false
  child.once('exit', () => (exited = true))
  while (performance.now() - t0 < limitMs && !exited) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/answer`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question: 'What is attachment trauma?' }),
      })
      await res.arrayBuffer()
      if (res.ok) return performance.now() - t0
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 5))
  }
  throw new Error(exited ? 'server exited before answering' : `no answer within ${limitMs} ms`)
}

function stop(child: ChildProcess) {
  try {
    if (child.pid) process.kill(-child.pid, 'SIGTERM')
  } catch {
    child.kill('SIGTERM')
  }
}

async function nodeStart(corpusDir: string) {
  const port = await freePort()
  const t0 = performance.now()
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/node.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      CORPUS_DIR: corpusDir,
      RATE_LIMIT: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let log = ''
  child.stdout!.on('data', (d) => (log += d))
  try {
    const ms = await firstAnswer(port, child, 300_000, t0)
    const built = /index built in (\d+) ms/.exec(log)
    return { ms, indexMs: built ? Number(built[1]) : undefined }
  } finally {
    stop(child)
  }
}

function hasScript(name: string) {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
  return Boolean(pkg.scripts?.[name])
}

async function workerStart(corpusDir: string) {
  const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CORPUS_DIR: corpusDir }
  if (hasScript('build')) {
    // The prebuilt index the worker imports is made ahead of time; that is not part of its start.
    await new Promise<void>((resolve, reject) => {
      const b = spawn('npm', ['run', 'build'], { cwd: ROOT, env, stdio: 'ignore' })
      b.once('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`npm run build: ${code}`)),
      )
    })
  }
  const port = await freePort()
  const t0 = performance.now()
  const child = spawn(
    join(ROOT, 'node_modules/.bin/wrangler'),
    ['dev', '--ip', '127.0.0.1', '--port', String(port), '--log-level', 'error'],
    { cwd: ROOT, env, stdio: 'ignore', detached: true },
  )
  try {
    return { ms: await firstAnswer(port, child, 120_000, t0) }
  } finally {
    stop(child)
  }
}

export async function runColdStart() {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-cold-'))
  const rows: Array<{
    runtime: string
    corpus: string
    ms?: number
    indexMs?: number
    note?: string
  }> = []
  try {
    for (const f of takeBytes(collectPool(10e6), 10e6)) {
      const path = join(dir, f.path)
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, f.content)
    }
    for (const [name, corpusDir] of [
      ['default', DEFAULT_CORPUS],
      ['10 MB', dir],
    ] as const) {
      const n = await nodeStart(corpusDir)
      rows.push({
        runtime: 'Node (src/node.ts)',
        corpus: name,
        ms: round(n.ms),
        indexMs: n.indexMs,
      })
    }
    const worker = join(ROOT, 'src/worker.ts')
    const wrangler = join(ROOT, 'node_modules/.bin/wrangler')
    if (!existsSync(worker) || !existsSync(wrangler)) {
      rows.push({
        runtime: 'worker (wrangler dev)',
        corpus: '-',
        note: `skipped: ${existsSync(worker) ? 'wrangler is not installed' : 'src/worker.ts does not exist yet'}`,
      })
    } else {
      for (const [name, corpusDir] of [
        ['default', DEFAULT_CORPUS],
        ['10 MB', dir],
      ] as const) {
        try {
          const w = await workerStart(corpusDir)
          rows.push({ runtime: 'worker (wrangler dev)', corpus: name, ms: round(w.ms) })
        } catch (err) {
          rows.push({
            runtime: 'worker (wrangler dev)',
            corpus: name,
            note: `failed: ${(err as Error).message}`,
          })
        }
      }
      // Leave the default corpus's prebuilt index behind, as a plain `npm run build` would.
      if (hasScript('build')) spawn('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' })
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const md = [
    '### Cold start (process spawn → first answered POST /api/answer)',
    '',
    table(
      ['runtime', 'corpus', 'ms to first answer', 'of which index build (ms, server log)', 'note'],
      rows.map((r) => [r.runtime, r.corpus, r.ms ?? '-', r.indexMs ?? '-', r.note ?? '']),
    ),
  ].join('\n')
  return { result: rows, md }
}
