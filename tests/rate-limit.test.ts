import { describe, expect, it } from 'vitest'
import {
  bindingLimiter,
  clientOf,
  exceptLoopback,
  LOOPBACK,
  memoryLimiter,
} from '../src/middleware/rate-limit.ts'

describe('memoryLimiter', () => {
  it('allows `limit` requests a minute per key, then refuses with a wait that ends the refusal', () => {
    let t = 1_000_000 * 60_000
    const limiter = memoryLimiter({ limit: 5, now: () => t })
    for (let i = 0; i < 5; i++) expect(limiter.limit('a').ok).toBe(true)
    const refused = limiter.limit('a')
    expect(refused.ok).toBe(false)
    expect(limiter.limit('b').ok).toBe(true)
    t += refused.retryAfter * 1000
    // Within the next window the old requests still weigh in, but the advised wait was enough.
    expect(limiter.limit('a').ok).toBe(true)
  })

  it('slides: a burst at the end of one window still counts at the start of the next', () => {
    let t = 500 * 60_000 + 59_000
    const limiter = memoryLimiter({ limit: 10, now: () => t })
    for (let i = 0; i < 10; i++) limiter.limit('a')
    t += 2_000 // 1 s into the next window: ~98% of the burst still counts
    expect(limiter.limit('a').ok).toBe(false)
    t += 120_000 // two windows later, nothing counts
    for (let i = 0; i < 10; i++) expect(limiter.limit('a').ok).toBe(true)
  })

  it('keeps memory bounded: beyond maxKeys new clients share one bucket', () => {
    const t = 0
    const limiter = memoryLimiter({ limit: 2, maxKeys: 3, now: () => t })
    for (const k of ['a', 'b', 'c']) expect(limiter.limit(k).ok).toBe(true)
    expect(limiter.limit('d').ok).toBe(true)
    expect(limiter.limit('e').ok).toBe(true)
    expect(limiter.limit('f').ok).toBe(false)
    expect(limiter.limit('a').ok).toBe(true)
  })
})

describe('bindingLimiter', () => {
  it("asks the Workers binding with the client's key and turns a refusal into a Retry-After", async () => {
    const keys: string[] = []
    const limiter = bindingLimiter(
      {
        async limit({ key }) {
          keys.push(key)
          return { success: keys.length <= 1 }
        },
      },
      10,
    )
    expect(await limiter.limit('1.2.3.4')).toEqual({ ok: true, retryAfter: 0 })
    expect(await limiter.limit('1.2.3.4')).toEqual({ ok: false, retryAfter: 10 })
    expect(keys).toEqual(['1.2.3.4', '1.2.3.4'])
  })
})

describe('exceptLoopback', () => {
  it('never refuses the machine itself, and passes everyone else to the limiter', async () => {
    const limiter = exceptLoopback(memoryLimiter({ limit: 1 }))
    for (let i = 0; i < 5; i++) expect((await limiter.limit(LOOPBACK)).ok).toBe(true)
    expect((await limiter.limit('203.0.113.7')).ok).toBe(true)
    expect((await limiter.limit('203.0.113.7')).ok).toBe(false)
  })
})

describe('clientOf', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::9', '2001:db8:1:2::/64'],
    ['2001:DB8:0001:0002:ffff::1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', 'loopback'],
    ['127.0.0.1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
  ])('%s counts as %s', (address, client) => {
    expect(clientOf(address)).toBe(client)
  })
})
