import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { byScore } from '../src/core/by-score.ts'

describe('byScore', () => {
  it('orders as a stable compared sort does, highest score first, ties by the tie-break', () => {
    // Few distinct scores, so most runs hold ties; the tie-break is an arbitrary key per index.
    const item = fc.tuple(
      fc.constantFrom(0.5, 1, 1.25, 3, 1e-9, 7.75),
      fc.integer({ min: 0, max: 5 }),
    )
    fc.assert(
      fc.property(fc.array(item, { maxLength: 120 }), (items) => {
        const scores = Float64Array.from(items, ([s]) => s)
        const tie = (a: number, b: number) => items[a][1] - items[b][1]
        const expected = items.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || tie(a, b))
        expect([...byScore(scores, items.length, tie)]).toEqual(expected)
      }),
      { numRuns: 500 },
    )
  })

  it('reads only the first n scores', () => {
    expect([...byScore(Float64Array.from([1, 3, 2, 99]), 3, () => 0)]).toEqual([1, 2, 0])
  })
})
