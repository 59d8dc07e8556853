// Answers off the main thread. On Node one thread runs both HTTP and the answer pipeline; under
// load it is saturated while a second core idles. The pool keeps HTTP, validation and rate
// limiting on the main thread and runs answerQuestion (and the chat page's answerConversation) in
// `size` worker threads, each holding its own copy of the index (read from the bytes packIndex
// wrote of the one the main thread built, never ingested again; see index-transfer.ts).
//
// Questions are sent in batches: whatever is waiting when a thread can take more goes in one
// postMessage, so the cost of crossing threads is paid per batch, not per question. Each thread
// holds one batch at a time (IN_FLIGHT) of at most MAX_BATCH questions: what arrives meanwhile
// waits here and goes out together when its answers come back. A question that throws fails alone
// (its request gets a 500); a thread that dies fails the questions it held and is replaced, after
// a wait that grows while threads keep dying (a crash loop under memory pressure would otherwise
// reload the index at full speed). A question whose request was given up on (its AbortSignal
// aborted: the request timed out) is dropped before it is sent, not answered for no one. A thread
// that cannot load the index is tried again a few times, then the pool says so and stays off
// (node-app.ts then answers on the main thread).
// Past a bound on the questions waiting, more are refused as busy (503) rather than queued: a
// client whose request timed out leaves its question behind, and an unbounded queue only grows.
//
// No resourceLimits are set on the threads: each holds a copy of the index and its memos, all
// bounded, and a heap limit would only turn a slow answer into a lost thread.

import { count } from '../config.ts'
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { AnswerOptions } from '../core/answer.ts'
import type { Turn } from '../core/types.ts'
import { HttpError } from '../errors.ts'

/** A question as sent to a thread, or a conversation's questions (see conversation.ts). */
export type Job =
  | { id: number; question: string; history: Turn[]; options: AnswerOptions }
  | { id: number; conversation: string[]; options: AnswerOptions }

/** A Job before the pool numbers it. */
type Work = Job extends infer J ? (J extends Job ? Omit<J, 'id'> : never) : never

/** A thread's reply to one Job: the answer as JSON, or why it failed. */
export type Reply = { id: number; json: string } | { id: number; error: string }

/**
 * Batches a thread may hold at once. With one, the questions that arrive while a thread answers
 * wait here and cross together, in fewer and fuller messages; with two (one answered, one queued
 * behind it) each crossed half-full and the threads interleaved more. Measured with the HTTP
 * bench's load (32 connections, 2 cores, servers alternated 10 s at a time), one in flight with
 * MAX_BATCH 16 answered 9,001 req/s against 8,615 (mean of six rounds; five of six higher; an
 * A/A run of one build gave the second server ~2%, so ~3% beyond that). With one in flight, 16 a
 * batch beat 64 and 8 in three rounds of three and tied with 32; two in flight of 8 each was
 * mixed, and four in flight lower than two.
 */
const IN_FLIGHT = 1
/**
 * Most questions in one message: enough to amortise the crossing, few enough that a thread's
 * answers come back (and its connections send again) while the next batch gathers.
 */
const MAX_BATCH = 16
/**
 * Questions that may wait per thread before more are refused as busy. A thread answers ~10,000 a
 * second, so 2,048 waiting is about a fifth of a second of work: far more than any number of
 * open connections a single server sees in practice (the load test holds 100 open; a bound of one
 * batch per thread refused 8,079 of its 297,145 requests), and still a bound.
 */
const WAITING_PER_THREAD = 2_048
/** Times, per thread, that threads may fail to load before the pool stops trying. */
const BOOT_ATTEMPTS = 3
/** How long after a failed load the next thread is started. */
const RETRY_MS = 1_000
/**
 * How long after a loaded thread dies it is replaced; doubled for each crash since threads last
 * served well, up to RESTART_MAX_MS (under a request's timeout, so questions waiting for it are
 * still answered).
 */
const RESTART_MS = 100
const RESTART_MAX_MS = 5_000
/** A thread that served this long before dying resets the crash count: it died of something passing. */
const STEADY_MS = 60_000

interface Pending {
  job: Job
  resolve: (json: string) => void
  reject: (e: Error) => void
  /** Aborted when the question's request is given up on: it is then not sent. */
  signal?: AbortSignal
}

interface Thread {
  worker: Worker
  ready: boolean
  /** When it loaded (performance.now()): how long it served, if it dies. */
  readyAt: number
  /** Questions sent and not yet answered, by id. */
  held: Map<number, Pending>
  batches: number
}

export interface AnswerPool {
  size: number
  /** The answer, as its JSON text. */
  answer: (
    question: string,
    history?: Turn[],
    options?: AnswerOptions,
    signal?: AbortSignal,
  ) => Promise<string>
  /**
   * The answers of a conversation (answerConversation), as the JSON text of their array: one
   * job, so a chat turn waits in the queue and crosses to a thread once, however long its past.
   */
  converse: (questions: string[], options?: AnswerOptions, signal?: AbortSignal) => Promise<string>
  /** Whether a thread has loaded the index and can answer now. */
  ready: () => boolean
  /** The threads' workers now (a crashed one is replaced): for tests and diagnostics. */
  workers: () => Worker[]
  /** Ends every thread; questions still waiting fail. */
  close: () => Promise<void>
}

/**
 * Threads to answer on: ANSWER_THREADS if set (0 = answer on the main thread), else one per core
 * beyond the main thread's, at least one.
 */
export function answerThreadsFromEnv(env: Record<string, string | undefined>): number {
  return count(env, 'ANSWER_THREADS', Math.max(1, availableParallelism() - 1), 0)
}

// The worker is TypeScript: under `tsx` and under vitest alike, it registers tsx's loader itself
// before importing its module (a worker does not inherit the parent's loader hooks).
const WORKER_URL = new URL('./answer-worker.ts', import.meta.url).href
const BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL)}) })`

/** What a pool may be told besides its index and size (the defaults suit a server). */
export interface PoolOptions {
  /** Most questions waiting for a thread; past it, answer() fails with a 503 "busy". */
  maxWaiting?: number
  /** Where a lost thread or a pool that gave up is told of (console.warn). */
  warn?: (message: string) => void
  /** How long after a failed load the next thread is started (RETRY_MS). */
  retryMs?: number
  /** How long after a loaded thread dies it is first replaced (RESTART_MS); doubled per crash. */
  restartMs?: number
  /** How long a thread must serve for its death not to count as a crash loop (STEADY_MS). */
  steadyMs?: number
}

/** A pool of `size` threads answering from `index`, the PrebuiltIndex as packIndex wrote it. */
export function createAnswerPool(
  index: SharedArrayBuffer,
  size: number,
  options: PoolOptions = {},
): AnswerPool {
  if (size < 1) throw new Error('Verbatim: an answer pool needs at least one thread')
  const maxWaiting = options.maxWaiting ?? WAITING_PER_THREAD * size
  const warn = options.warn ?? ((message: string) => console.warn(message))
  const retryMs = options.retryMs ?? RETRY_MS
  const restartMs = options.restartMs ?? RESTART_MS
  const steadyMs = options.steadyMs ?? STEADY_MS
  const waiting: Pending[] = []
  const threads: Thread[] = []
  let nextId = 0
  let flushing = false
  let closed = false
  /** Threads that failed to load since one last did; at BOOT_ATTEMPTS × size the pool gives up. */
  let bootFailures = 0
  let gaveUp = false
  /** Loaded threads that died soon after the last one: each doubles the wait before a restart. */
  let crashes = 0

  const fail = (pending: Iterable<Pending>, message: string) => {
    for (const p of pending) p.reject(new Error(message))
  }

  function start(): Thread {
    const worker = new Worker(BOOT, { eval: true, workerData: { index } })
    const thread: Thread = { worker, ready: false, readyAt: 0, held: new Map(), batches: 0 }
    worker.on('message', (msg: 'ready' | Reply[]) => {
      if (msg === 'ready') {
        thread.ready = true
        thread.readyAt = performance.now()
        bootFailures = 0
      } else {
        thread.batches--
        for (const r of msg) {
          const p = thread.held.get(r.id)
          if (!p) continue
          thread.held.delete(r.id)
          if ('error' in r) p.reject(new Error(`Verbatim: answering failed: ${r.error}`))
          else p.resolve(r.json)
        }
      }
      dispatch()
    })
    // A thread that throws outside a question, or exits, takes only the questions it held with it.
    const lost = (why: string) => {
      const i = threads.indexOf(thread)
      if (i < 0) return
      fail(thread.held.values(), `Verbatim: an answer thread ${why}`)
      thread.held.clear()
      if (closed) return void threads.splice(i, 1)
      if (thread.ready) return restartLater(thread, i, why)
      warn(`Verbatim: an answer thread ${why}`)
      // It died while loading: the next would too, so nothing waits on threads that never come;
      // try again later rather than in a tight loop, and not forever: a loader that is missing or
      // an index too big fails every time, and the operator must learn that the pool is off.
      threads.splice(i, 1)
      if (!threads.some((t) => t.ready))
        fail(waiting.splice(0), `Verbatim: no answer thread (${why})`)
      if (++bootFailures >= BOOT_ATTEMPTS * size) {
        gaveUp = true
        warn(
          threads.length
            ? `Verbatim: answer threads failed to load ${bootFailures} times; no more are started, ${threads.length} of ${size} answer`
            : `Verbatim: answer threads failed to load ${bootFailures} times; the pool is off and questions are answered on the main thread`,
        )
        return
      }
      setTimeout(() => closed || gaveUp || threads.push(start()), retryMs).unref()
    }
    worker.on('error', (err) => lost(`failed: ${err.message}`))
    worker.on('exit', (code) => lost(`exited with code ${code}`))
    return thread
  }

  /**
   * Replaces a loaded thread that died, after a wait: at once-ish after good service, longer and
   * longer while threads keep dying soon after they load. Questions waiting meanwhile go to the
   * other threads, or wait for this one; node-app.ts answers new ones inline while none is ready.
   */
  function restartLater(thread: Thread, i: number, why: string) {
    if (performance.now() - thread.readyAt >= steadyMs) crashes = 0
    const delay = Math.min(RESTART_MAX_MS, restartMs * 2 ** crashes++)
    threads.splice(i, 1)
    warn(`Verbatim: an answer thread ${why}; another starts in ${delay} ms`)
    setTimeout(() => closed || threads.push(start()), delay).unref()
  }

  /** Hands what is waiting to the threads with room, least busy first. */
  function dispatch() {
    while (waiting.length) {
      let best: Thread | undefined
      let ready = 0
      for (const t of threads) {
        if (!t.ready) continue
        ready++
        if (t.batches < IN_FLIGHT && (!best || t.batches < best.batches)) best = t
      }
      if (!best) return
      // Shared among the threads that can answer now, not those still loading.
      const batch = waiting
        .splice(0, Math.max(1, Math.min(MAX_BATCH, Math.ceil(waiting.length / ready))))
        .filter(sendable)
      if (!batch.length) continue
      for (const p of batch) best.held.set(p.job.id, p)
      best.batches++
      // As JSON text: a string crosses as one copy, where the jobs' objects were cloned field by
      // field on this thread, the busy one (up to ~1.5% more answers a second under the bench's
      // load, about the bias of the side-by-side comparison that measured it).
      best.worker.postMessage(JSON.stringify(batch.map((p) => p.job)))
    }
  }

  /** Not given up on; one that was is failed here, so that its promise settles. */
  function sendable(p: Pending): boolean {
    if (!p.signal?.aborted) return true
    p.reject(new Error('Verbatim: the question was given up on before it was answered'))
    return false
  }

  // The questions of one task (e.g. one drain of batch-answers.ts) go out together.
  function flushSoon() {
    if (flushing) return
    flushing = true
    queueMicrotask(() => {
      flushing = false
      dispatch()
    })
  }

  for (let i = 0; i < size; i++) threads.push(start())

  /** `work` queued for a thread, unless the pool cannot take it (closed, off, or too busy). */
  function enqueue(work: Work, signal?: AbortSignal): Promise<string> {
    if (signal?.aborted) return Promise.reject(new Error('Verbatim: the question was given up on'))
    if (closed) return Promise.reject(new Error('Verbatim: the answer pool is closed'))
    if (gaveUp && !threads.length)
      return Promise.reject(new Error('Verbatim: no answer thread (they failed to load)'))
    if (waiting.length >= maxWaiting)
      return Promise.reject(
        new HttpError(
          503,
          'busy',
          'Too many questions are waiting to be answered; try again shortly.',
        ),
      )
    return new Promise<string>((resolve, reject) => {
      waiting.push({ job: { ...work, id: nextId++ } as Job, resolve, reject, signal })
      flushSoon()
    })
  }

  return {
    size,
    answer: (question, history = [], options = {}, signal) =>
      enqueue({ question, history, options }, signal),
    converse: (conversation, options = {}, signal) => enqueue({ conversation, options }, signal),
    ready: () => threads.some((t) => t.ready),
    workers: () => threads.map((t) => t.worker),
    async close() {
      closed = true
      fail(waiting.splice(0), 'Verbatim: the answer pool is closed')
      await Promise.all(threads.map((t) => t.worker.terminate()))
    },
  }
}
