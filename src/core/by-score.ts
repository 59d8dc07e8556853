// Ordering a thousand results by score. A compared sort (`sort((a, b) => b.score - a.score)`)
// calls back into JavaScript some ten thousand times and cost as much as a search on a large
// corpus; sorting the bare numbers is native, and each result then finds its place by binary search.

import { F64, I32, scratchFloat64, scratchInt32 } from './scratch.ts'

/**
 * The indices 0 … n-1 ordered by `scores` (the highest first), equal scores by `tie` (which gets
 * two indices). Same order as a stable `sort((a, b) => scores[b] - scores[a] || tie(a, b))`.
 * A view of a buffer reused from one call to the next (see scratch.ts): valid until the next
 * call. (A new array of more than 64 bytes was allocated outside V8's heap, ~0.5 µs, twice a
 * question.)
 */
export function byScore(
  scores: Float64Array,
  n: number,
  tie: (a: number, b: number) => number,
): Int32Array {
  // A few dozen (a small corpus's results): an insertion sort in place costs a tenth of the
  // native sort's set-up.
  if (n <= SMALL) return insertionOrder(scores, n, tie)
  // Negated, so the native ascending sort puts the highest first.
  const sorted = scratchFloat64(F64.sorted, n)
  for (let i = 0; i < n; i++) sorted[i] = -scores[i]
  sorted.sort()
  const out = scratchInt32(I32.order, n)
  // filled[p]: how many of the indices whose score sorts to p are placed (ties share their first place).
  const filled = scratchInt32(I32.sortFilled, n)
  for (let i = 0; i < n; i++) {
    const key = -scores[i]
    let lo = 0
    let hi = n
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (sorted[mid] < key) lo = mid + 1
      else hi = mid
    }
    out[lo + filled[lo]++] = i
  }
  for (let i = 0; i < n;) {
    let j = i + 1
    while (j < n && sorted[j] === sorted[i]) j++
    if (j - i > 1) out.subarray(i, j).sort(tie)
    i = j
  }
  return out
}

/** Below this many, byScore sorts by insertion. */
const SMALL = 48

/** The same order as byScore's, by insertion (stable, so equal keys keep index order). */
function insertionOrder(
  scores: Float64Array,
  n: number,
  tie: (a: number, b: number) => number,
): Int32Array {
  const out = scratchInt32(I32.order, n)
  for (let i = 0; i < n; i++) {
    const s = scores[i]
    let j = i
    // Moves past the placed indices that should come after i: lower scores, or equal scores
    // that the tie puts after it.
    while (j > 0) {
      const k = out[j - 1]
      const d = scores[k] - s
      if (d > 0 || (d === 0 && tie(k, i) <= 0)) break
      out[j] = k
      j--
    }
    out[j] = i
  }
  return out
}
