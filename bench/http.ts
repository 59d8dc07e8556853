// Throughput over HTTP: autocannon against POST /api/answer (rotating through every dev-set call)
// and against the floor (same app, fixed reply of an answer's size), alternated in one run so both
// see the same machine state. The server runs in a child process with the rate limiter off.

import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import autocannon from 'autocannon'
import { buildFromFolder } from '../src/node/build-corpus.ts'
import { devCalls } from './dev-calls.ts'
import { round, table } from './stats.ts'

const ROOT = new URL('..', import.meta.url).pathname

export interface HttpOptions {
  seconds?: number
  rounds?: number
  connections?: number
}

interface Round {
  target: 'answer' | 'floor'
  rps: number
  p50: number
  p99: number
  errors: number
  non2xx: number
  requests: number
  /** Server CPU (every thread of its process) per request, µs; undefined where /proc is absent. */
  cpuUs?: number
  /** The same for the main thread alone. */
  mainUs?: number
}

/**
 * CPU seconds the process has used, all its threads (or with `main`, its main thread only, which
 * runs HTTP), from Linux /proc; undefined elsewhere.
 */
function cpuSeconds(pid: number | undefined, main = false): number | undefined {
  try {
    const stat = readFileSync(main ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return undefined
  }
}

function startServer(): Promise<{
  child: ChildProcess
  ports: { answer: number; floor: number; replyBytes: number; threads?: number }
}> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, RATE_LIMIT: '0', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)))
    createInterface({ input: child.stdout! }).once('line', (line) =>
      resolve({ child, ports: JSON.parse(line) }),
    )
  })
}

function fire(port: number, bodies: string[], seconds: number, connections: number) {
  return autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    requests: bodies.map((body) => ({
      method: 'POST',
      path: '/api/answer',
      headers: { 'content-type': 'application/json' },
      body,
    })),
  })
}

export async function runHttp({ seconds = 10, rounds = 3, connections = 32 }: HttpOptions = {}) {
  const { corpus } = await buildFromFolder(new URL('../corpus', import.meta.url).pathname)
  const bodies = devCalls(corpus).map((c) =>
    JSON.stringify(
      c.history.length ? { question: c.question, history: c.history } : { question: c.question },
    ),
  )
  const { child, ports } = await startServer()
  const results: Round[] = []
  try {
    // Warm both paths (JIT, connection pools) before measuring.
    await fire(ports.answer, bodies, 2, connections)
    await fire(ports.floor, bodies, 2, connections)
    for (let r = 0; r < rounds; r++) {
      for (const target of ['answer', 'floor'] as const) {
        const cpu0 = cpuSeconds(child.pid)
        const main0 = cpuSeconds(child.pid, true)
        const res = await fire(ports[target], bodies, seconds, connections)
        const cpu1 = cpuSeconds(child.pid)
        const main1 = cpuSeconds(child.pid, true)
        results.push({
          mainUs:
            main0 === undefined || main1 === undefined
              ? undefined
              : round(((main1 - main0) * 1e6) / res.requests.total),
          cpuUs:
            cpu0 === undefined || cpu1 === undefined
              ? undefined
              : round(((cpu1 - cpu0) * 1e6) / res.requests.total),
          target,
          rps: round(res.requests.average),
          p50: res.latency.p50,
          p99: res.latency.p99,
          errors: res.errors + res.timeouts,
          non2xx: res.non2xx,
          requests: res.requests.total,
        })
      }
    }
  } finally {
    child.kill('SIGTERM')
  }
  const mean = (t: Round['target'], k: 'rps' | 'p50' | 'p99' | 'cpuUs' | 'mainUs') => {
    const xs = results.filter((r) => r.target === t).map((r) => r[k] ?? NaN)
    return round(xs.reduce((a, b) => a + b, 0) / xs.length)
  }
  // The budget is read off the ratio itself, not its printed rounding (0.4995 is printed 0.5).
  const exact = mean('answer', 'rps') / mean('floor', 'rps')
  const ratio = round(exact, 4)
  const errors = results.reduce((n, r) => n + r.errors + r.non2xx, 0)
  const result = {
    seconds,
    rounds,
    connections,
    questions: bodies.length,
    replyBytes: ports.replyBytes,
    answerThreads: ports.threads ?? 0,
    answer: {
      rps: mean('answer', 'rps'),
      p50: mean('answer', 'p50'),
      p99: mean('answer', 'p99'),
      cpuUs: mean('answer', 'cpuUs'),
      mainUs: mean('answer', 'mainUs'),
    },
    floor: {
      rps: mean('floor', 'rps'),
      p50: mean('floor', 'p50'),
      p99: mean('floor', 'p99'),
      cpuUs: mean('floor', 'cpuUs'),
      mainUs: mean('floor', 'mainUs'),
    },
    ratio,
    errors,
    budget: { ratio: 0.5, pass: exact >= 0.5 && errors === 0 },
    rounds_: results,
  }
  const md = [
    `### HTTP throughput (autocannon, ${connections} connections, ${rounds} × ${seconds} s per target, alternated; no answer cache)`,
    '',
    table(
      ['target', 'req/s', 'p50 ms', 'p99 ms', 'server CPU µs/req', 'main thread µs/req'],
      [
        [
          `POST /api/answer (${result.answerThreads} answer threads)`,
          result.answer.rps,
          result.answer.p50,
          result.answer.p99,
          result.answer.cpuUs,
          result.answer.mainUs,
        ],
        [
          `floor (fixed ${ports.replyBytes}-byte reply)`,
          result.floor.rps,
          result.floor.p50,
          result.floor.p99,
          result.floor.cpuUs,
          result.floor.mainUs,
        ],
      ],
    ),
    '',
    `Ratio answer/floor: **${ratio}** (budget ≥ 0.5: ${result.budget.pass ? 'pass' : 'FAIL'}), errors and non-2xx: ${errors}.`,
    '',
    'Rounds:',
    '',
    table(
      ['round', 'target', 'req/s', 'p50 ms', 'p99 ms', 'CPU µs/req', 'requests', 'errors'],
      results.map((r, i) => [
        Math.floor(i / 2) + 1,
        r.target,
        r.rps,
        r.p50,
        r.p99,
        r.cpuUs ?? '',
        r.requests,
        r.errors + r.non2xx,
      ]),
    ),
  ].join('\n')
  return { result, md }
}
