// Bounded load test on loopback: the real Node server (RATE_LIMIT=0), 100 connections for 20 s on
// POST /api/answer, cycling through the dev-set questions. Fails on any error, timeout or non-2xx
// answer, or when memory after a full GC grows more than 20% between warm-up and the end.
//   npm run test:load          (LOAD_SECONDS, LOAD_CONNECTIONS to change the run)
import autocannon from 'autocannon'
import { fork } from 'node:child_process'
import { closeSync, openSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'

const SECONDS = Number(process.env.LOAD_SECONDS ?? 20)
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 100)
// Long enough for the allocator and the JIT to settle, so what grows after it is growth.
const WARMUP_SECONDS = 10
const MAX_GROWTH = 0.2
const ROOT = new URL('..', import.meta.url).pathname

const dev = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/dev.json'), 'utf8')) as {
  questions: Array<{ question: string; history?: string[] }>
}
// A follow-up's history in the dev set is the earlier questions; the API takes turns.
const bodies = dev.questions.map((q) =>
  JSON.stringify({
    question: q.question,
    history: (q.history ?? []).map((content) => ({ role: 'user', content })),
  }),
)

const dir = await mkdtemp(join(tmpdir(), 'verbatim-load-'))
const logFile = join(dir, 'server.log')
const out = openSync(logFile, 'w')
const server = fork(join(ROOT, 'scripts/load-server.ts'), {
  execArgv: ['--import', 'tsx', '--expose-gc'],
  env: { ...process.env, PORT: '0', HOST: '127.0.0.1', RATE_LIMIT: '0' },
  stdio: ['ignore', out, 'inherit', 'ipc'],
})
const exited = new Promise<number | null>((r) => server.on('exit', (code) => r(code)))

async function serverPort(): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const m = /http:\/\/127\.0\.0\.1:(\d+)/.exec(readFileSync(logFile, 'utf8'))
    if (m) return Number(m[1])
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error('the server did not start within 20 s')
}

function memory(): Promise<NodeJS.MemoryUsage> {
  return new Promise((resolve) => {
    server.once('message', (m) => resolve(m as NodeJS.MemoryUsage))
    server.send('mem')
  })
}

/** Each failed request's error code, so a failure says what went wrong. */
const errorCodes: Record<string, number> = {}

function run(port: number, duration: number) {
  let i = 0
  const instance = autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration,
    requests: [
      {
        method: 'POST',
        path: '/api/answer',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, body: bodies[i++ % bodies.length] }),
      },
    ],
  })
  // Without a callback autocannon returns its instance, an event emitter that is also a promise.
  ;(instance as unknown as NodeJS.EventEmitter).on('reqError', (err: NodeJS.ErrnoException) => {
    const code = err.code ?? err.message
    errorCodes[code] = (errorCodes[code] ?? 0) + 1
  })
  return instance
}

const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10
const pct = (a: number, b: number) => Math.round(((b - a) / a) * 1000) / 10

let failed = false
try {
  const port = await serverPort()
  const warm = await run(port, WARMUP_SECONDS)
  const before = await memory()
  const result = await run(port, SECONDS)
  const after = await memory()
  const report = {
    // Other work on the machine shows here; a loaded machine explains slow tails.
    loadAverage1m: Math.round(loadavg()[0] * 10) / 10,
    connections: CONNECTIONS,
    seconds: SECONDS,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    latencyMs: {
      p50: result.latency.p50,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    warmup: { requests: warm.requests.total, errors: warm.errors, non2xx: warm.non2xx },
    errorCodes,
    memoryAfterGcMB: {
      rss: {
        afterWarmup: mb(before.rss),
        end: mb(after.rss),
        growthPct: pct(before.rss, after.rss),
      },
      heapUsed: {
        afterWarmup: mb(before.heapUsed),
        end: mb(after.heapUsed),
        growthPct: pct(before.heapUsed, after.heapUsed),
      },
    },
  }
  console.log(JSON.stringify(report, null, 2))
  const problems = [
    result.errors + warm.errors && `${result.errors + warm.errors} connection errors`,
    result.timeouts && `${result.timeouts} timeouts`,
    result.non2xx + warm.non2xx && `${result.non2xx + warm.non2xx} non-2xx responses`,
    after.rss > before.rss * (1 + MAX_GROWTH) && 'RSS grew more than 20%',
    after.heapUsed > before.heapUsed * (1 + MAX_GROWTH) && 'heap grew more than 20%',
  ].filter(Boolean)
  if (problems.length) {
    failed = true
    console.error(`load test FAILED: ${problems.join('; ')}`)
  } else console.log('load test passed')
} finally {
  server.kill('SIGTERM')
  const code = await exited
  closeSync(out)
  const lines = readFileSync(logFile, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('{'))
  const statuses: Record<string, number> = {}
  let slowest = 0
  for (const l of lines) {
    const { status, ms } = JSON.parse(l) as { status: number; ms: number }
    statuses[status] = (statuses[status] ?? 0) + 1
    slowest = Math.max(slowest, ms)
  }
  console.log(
    `server exited ${code} after SIGTERM; access log: ${lines.length} lines, statuses ${JSON.stringify(statuses)}, slowest in the app ${slowest} ms`,
  )
  if (code !== 0) failed = true
  await rm(dir, { recursive: true, force: true })
}
process.exitCode = failed ? 1 : 0
