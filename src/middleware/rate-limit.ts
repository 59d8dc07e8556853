// Per-client rate limit for the answer endpoints. The limiter is passed in, so createApp stays
// runtime-agnostic: Node uses the in-memory one below, Workers wrap the Rate Limiting binding.

import type { Context, MiddlewareHandler } from 'hono'
import { errorBody } from '../errors.ts'

export interface RateDecision {
  ok: boolean
  /** Seconds until a refused client may try again (sent as Retry-After). */
  retryAfter: number
}

export interface RateLimiter {
  limit(key: string): RateDecision | Promise<RateDecision>
}

export interface MemoryLimiterOptions {
  /** Requests allowed per window per key. */
  limit: number
  /** Window length in ms (default one minute). */
  windowMs?: number
  /** Keys tracked per window; beyond it new clients share one bucket, so memory stays bounded. */
  maxKeys?: number
  /** Clock, for tests. */
  now?: () => number
}

/**
 * A sliding-window counter (the previous window's count, weighted by how much of it still overlaps,
 * plus the current one). Two maps of counts, swapped when a window ends: no timers, no sweeping,
 * memory bounded by the clients of two windows.
 */
export function memoryLimiter({
  limit,
  windowMs = 60_000,
  maxKeys = 100_000,
  now = Date.now,
}: MemoryLimiterOptions): { limit(key: string): RateDecision } {
  let windowStart = Math.floor(now() / windowMs) * windowMs
  let current = new Map<string, number>()
  let previous = new Map<string, number>()
  // How long until one more request fits: while the previous window's weight slides out, or, when
  // that is not enough, into the next window, where this window's count becomes the sliding part.
  const waitMs = (key: string, t: number) => {
    const prev = previous.get(key) ?? 0
    const cur = current.get(key) ?? 0
    const elapsed = (t - windowStart) / windowMs
    const excess = prev * (1 - elapsed) + cur + 1 - limit
    if (prev > 0 && excess <= prev * (1 - elapsed)) return (excess / prev) * windowMs
    const share = cur > limit - 1 ? 1 - (limit - 1) / cur : 0
    return windowStart + windowMs - t + share * windowMs
  }
  return {
    limit(key) {
      const t = now()
      const start = Math.floor(t / windowMs) * windowMs
      if (start !== windowStart) {
        previous = start - windowStart === windowMs ? current : new Map()
        current = new Map()
        windowStart = start
      }
      if (!current.has(key) && current.size >= maxKeys) key = '\u0000overflow'
      const elapsed = (t - windowStart) / windowMs
      const used = (previous.get(key) ?? 0) * (1 - elapsed) + (current.get(key) ?? 0)
      if (used + 1 > limit) {
        return { ok: false, retryAfter: Math.max(1, Math.ceil(waitMs(key, t) / 1000)) }
      }
      current.set(key, (current.get(key) ?? 0) + 1)
      return { ok: true, retryAfter: 0 }
    },
  }
}

/** The Workers Rate Limiting binding (`[[ratelimits]]` in wrangler.toml). */
export interface RateLimitBinding {
  limit(options: { key: string }): Promise<{ success: boolean }>
}

/** Wraps the Workers binding; `periodSeconds` must match the binding's `simple.period` (10 or 60). */
export function bindingLimiter(binding: RateLimitBinding, periodSeconds = 60): RateLimiter {
  return {
    async limit(key) {
      const { success } = await binding.limit({ key })
      return { ok: success, retryAfter: success ? 0 : periodSeconds }
    },
  }
}

/**
 * An IPv6 client usually owns a whole /64, so it counts as one client; IPv4-mapped addresses count
 * as their IPv4 address.
 */
/** The key clientOf gives every address of the machine itself (127.0.0.0/8, ::1). */
export const LOOPBACK = 'loopback'

/**
 * A limiter that never refuses the machine itself: local tools, health checks and evaluation
 * scripts on 127.0.0.1 are not abuse. Behind a reverse proxy on the same host, set TRUST_PROXY=1 so
 * clients are told apart by X-Forwarded-For instead of all looking like loopback.
 */
export function exceptLoopback(limiter: RateLimiter): RateLimiter {
  return { limit: (key) => (key === LOOPBACK ? { ok: true, retryAfter: 0 } : limiter.limit(key)) }
}

export function clientOf(address: string): string {
  const a = address.trim().toLowerCase()
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a)
  if (/^127\./.test(mapped?.[1] ?? a) || /^(0*:){2,7}0*1$|^::1$/.test(a)) return LOOPBACK
  if (mapped) return mapped[1]
  if (!a.includes(':')) return a
  const [head, tail = ''] = a.split('::')
  const left = head ? head.split(':') : []
  const right = a.includes('::') && tail ? tail.split(':') : []
  const groups = a.includes('::')
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}

/**
 * Default client key: Cloudflare's `cf-connecting-ip`, which a client cannot set on Workers. The
 * Node entry passes its own (the socket address), since there any client could send that header.
 */
export const cfClientKey = (c: Context) => clientOf(c.req.header('cf-connecting-ip') ?? 'unknown')

export interface RateLimitOptions {
  limiter: RateLimiter
  clientKey?: (c: Context) => string
}

export function rateLimit({
  limiter,
  clientKey = cfClientKey,
}: RateLimitOptions): MiddlewareHandler {
  return async function rateLimit(c, next) {
    // Only the answering itself costs CPU; a wrong method is refused elsewhere for free.
    if (c.req.method !== 'POST') return next()
    const decision = await limiter.limit(clientKey(c))
    if (!decision.ok) {
      return c.json(
        errorBody(
          'rate_limited',
          `Too many questions from this address; try again in ${decision.retryAfter} s.`,
        ),
        429,
        { 'Retry-After': String(decision.retryAfter) },
      )
    }
    return next()
  }
}
