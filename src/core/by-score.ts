// Ordering a thousand results by score. A compared sort (`sort((a, b) => b.score - a.score)`)
// calls back into JavaScript some ten thousand times and cost as much as a search on a large
// corpus. A merge sort of the indices written here reads the scores itself and calls the tie
// only for equal scores: about half the time of sorting the bare numbers natively and then
// finding each result's place among them by binary search (500 results: ~16 against ~33 µs; that
// search was a tenth of a Hono question's time).

import { bufferInt32, I32 } from './scratch.ts'

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
  let from = bufferInt32(I32.order, n)
  let to = bufferInt32(I32.orderMerged, n)
  for (let i = 0; i < n; i++) from[i] = i
  // Runs of RUN sorted by insertion (stable: an index passes only those that should follow it),
  // then merged in pairs of runs, twice as long each pass, from one buffer into the other.
  for (let lo = 0; lo < n; lo += RUN) insertionOrder(scores, from, lo, Math.min(lo + RUN, n), tie)
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width)
      merged(scores, from, to, lo, Math.min(lo + width, n), Math.min(lo + 2 * width, n), tie)
    const swap = from
    from = to
    to = swap
  }
  return from.subarray(0, n)
}

/** The length of the runs sorted by insertion before merging (16 measured best of 8, 16, 32). */
const RUN = 16

/** Sorts out[lo .. hi-1] by insertion, in place (stable). */
function insertionOrder(
  scores: Float64Array,
  out: Int32Array,
  lo: number,
  hi: number,
  tie: (a: number, b: number) => number,
): void {
  for (let i = lo + 1; i < hi; i++) {
    const x = out[i]
    const s = scores[x]
    let j = i
    // Moves past the placed indices that should come after x: lower scores, or equal scores
    // that the tie puts after it.
    while (j > lo) {
      const k = out[j - 1]
      const sk = scores[k]
      if (sk > s || (sk === s && tie(k, x) <= 0)) break
      out[j] = k
      j--
    }
    out[j] = x
  }
}

/**
 * Merges the sorted runs from[lo .. mid-1] and from[mid .. hi-1] into to[lo .. hi-1] (stable: on
 * equal scores and a tie of 0 the left run's index goes first).
 */
function merged(
  scores: Float64Array,
  from: Int32Array,
  to: Int32Array,
  lo: number,
  mid: number,
  hi: number,
  tie: (a: number, b: number) => number,
): void {
  let l = lo
  let r = mid
  let o = lo
  while (l < mid && r < hi) {
    const a = from[l]
    const b = from[r]
    const sa = scores[a]
    const sb = scores[b]
    if (sb > sa || (sb === sa && tie(a, b) > 0)) {
      to[o++] = b
      r++
    } else {
      to[o++] = a
      l++
    }
  }
  while (l < mid) to[o++] = from[l++]
  while (r < hi) to[o++] = from[r++]
}
