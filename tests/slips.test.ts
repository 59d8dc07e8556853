// The slips of `npm run eval -- --slips N` and of the typed-questions floors: typists' slips in
// prose words only, the same for the same seed.
import { describe, expect, it } from 'vitest'
import { randomFrom, slip, withSlips } from '../src/eval/slips.ts'

/** Whether `b` is `a` with one letter left out, two neighbours swapped, one changed or doubled. */
const oneSlipApart = (a: string, b: string) => {
  if (a === b) return false
  if (b.length === a.length - 1) return [...a].some((_, i) => a.slice(0, i) + a.slice(i + 1) === b)
  if (b.length === a.length + 1) return [...b].some((_, i) => b.slice(0, i) + b.slice(i + 1) === a)
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]))
  return (
    diff.length === 1 ||
    (diff.length === 2 &&
      diff[1] === diff[0] + 1 &&
      a[diff[0]] === b[diff[1]] &&
      a[diff[1]] === b[diff[0]])
  )
}

describe('typed slips', () => {
  it('gives a word one slip, never in its first letter', () => {
    const random = randomFrom(7)
    for (let i = 0; i < 200; i++) {
      const typed = slip('attachment', random)
      expect(typed[0]).toBe('a')
      expect(oneSlipApart('attachment', typed), typed).toBe(true)
    }
  })

  it('slips the asked number of prose words, and leaves code and short words alone', () => {
    const question = 'Why does `c.req.header()` return lowercase header names in middleware?'
    const typed = withSlips(question, 2, randomFrom(3))
    expect(typed).toContain('`c.req.header()`')
    const before = question.split(' ')
    const after = typed.split(' ')
    expect(after).toHaveLength(before.length)
    const changed = before.filter((w, i) => w !== after[i])
    expect(changed).toHaveLength(2)
    for (const w of changed) expect(w.replace(/\W/g, '').length).toBeGreaterThanOrEqual(5)
  })

  it('is the same for the same seed, and differs for another', () => {
    const question = 'How can individuals rebuild trust after betrayal in a relationship?'
    expect(withSlips(question, 2, randomFrom(1))).toBe(withSlips(question, 2, randomFrom(1)))
    const seeds = new Set([1, 2, 3, 4, 5].map((s) => withSlips(question, 2, randomFrom(s))))
    expect(seeds.size).toBeGreaterThan(1)
  })
})
