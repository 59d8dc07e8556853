// Typed arrays reused from one question to the next. One of more than 64 bytes is allocated
// outside V8's heap, at about 0.5 µs each (20–50 ns inside it), and ranking a question made a
// dozen of them. Answering is synchronous, so one buffer per slot serves every question: each
// call hands out a zeroed view of it, valid until the same slot is asked for again.

const float64: Float64Array[] = []
const int32: Int32Array[] = []

/** Slots, one per array held at once (Float64 and Int32 slots are separate). */
export const SLOT = {
  best: 0,
  sectionBest: 1,
  fieldWeight: 2,
  altWeight: 3,
  scores: 4,
  noTitle: 5,
  sorted: 6,
  weightIn: 7,
  altStart: 0,
  altTerm: 1,
  said: 2,
  termAt: 3,
  sortFilled: 4,
  conceptsAt: 5,
  conceptOf: 6,
  filledAt: 7,
  matchedTerms: 8,
  says: 9,
} as const

const grown = (length: number, size: number) => Math.max(size, 2 * length, 64)

/** A zeroed Float64Array of `size` numbers, backed by slot `slot`'s buffer. */
export function scratchFloat64(slot: number, size: number): Float64Array {
  let buffer = float64[slot]
  if (!buffer || buffer.length < size)
    float64[slot] = buffer = new Float64Array(grown(buffer?.length ?? 0, size))
  const view = buffer.subarray(0, size)
  view.fill(0)
  return view
}

/** A zeroed Int32Array of `size` numbers, backed by slot `slot`'s buffer. */
export function scratchInt32(slot: number, size: number): Int32Array {
  let buffer = int32[slot]
  if (!buffer || buffer.length < size)
    int32[slot] = buffer = new Int32Array(grown(buffer?.length ?? 0, size))
  const view = buffer.subarray(0, size)
  view.fill(0)
  return view
}
