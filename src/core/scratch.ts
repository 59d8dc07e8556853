// Typed arrays reused from one question to the next. One of more than 64 bytes is allocated
// outside V8's heap, at about 0.5 µs each (20–50 ns inside it), and ranking a question made a
// dozen of them. Answering is synchronous, so one buffer per slot serves every question: each
// call hands out a zeroed view of it (or, to a caller that reads only below the size it asked
// for, the buffer itself), valid until the same slot is asked for again.

const float64: Float64Array[] = []
const int32: Int32Array[] = []

/** Float64Array slots, one per array held at once. */
export const F64 = {
  best: 0,
  sectionBest: 1,
  fieldWeight: 2,
  altWeight: 3,
  scores: 4,
  noTitle: 5,
  weightIn: 6,
  salience: 7,
  termBoost: 8,
  pageBest: 9,
  echo: 10,
} as const

/** Int32Array slots, one per array held at once. */
export const I32 = {
  altStart: 0,
  altTerm: 1,
  said: 2,
  termAt: 3,
  orderMerged: 4,
  conceptsAt: 5,
  conceptOf: 6,
  filledAt: 7,
  matchedTerms: 8,
  says: 9,
  leadMet: 10,
  strongConcept: 11,
  strongNext: 12,
  order: 13,
  isOwn: 14,
  viaContext: 15,
  codeOnly: 16,
  saidBy: 17,
  saidDone: 18,
  leadOf: 19,
  visit: 20,
  visitedAt: 21,
} as const

const grown = (length: number, size: number) => Math.max(size, 2 * length, 64)

/**
 * Slot `slot`'s whole buffer in `pool` (grown by `make` when short), not zeroed: for a caller
 * that only indexes below `size`, without a view made (a view cost ~0.1 µs, and ranking asks for
 * twenty).
 */
function held<T extends Float64Array | Int32Array>(
  pool: T[],
  make: (length: number) => T,
  slot: number,
  size: number,
): T {
  const numbers = pool[slot]
  if (numbers && numbers.length >= size) return numbers
  return (pool[slot] = make(grown(numbers?.length ?? 0, size)))
}

// The first `size` numbers zeroed by a loop, not by fill: TypedArray fill is a call into the
// runtime (~0.1 µs), more than zeroing the few dozen numbers a question's buffers hold. (One
// function per type, so that each loop's stores stay of one kind.)
function zeroedFloat64(numbers: Float64Array, size: number): Float64Array {
  if (size > FILL_FROM) numbers.fill(0, 0, size)
  else for (let i = 0; i < size; i++) numbers[i] = 0
  return numbers
}

function zeroedInt32(numbers: Int32Array, size: number): Int32Array {
  if (size > FILL_FROM) numbers.fill(0, 0, size)
  else for (let i = 0; i < size; i++) numbers[i] = 0
  return numbers
}

/** The size from which fill zeroes a buffer faster than a loop does. */
const FILL_FROM = 256

const makeFloat64 = (n: number) => new Float64Array(n)
const makeInt32 = (n: number) => new Int32Array(n)

/** Slot `slot`'s Float64Array, its first `size` numbers zeroed; read and write only below `size`. */
export const bufferFloat64 = (slot: number, size: number) =>
  zeroedFloat64(held(float64, makeFloat64, slot, size), size)

/** Slot `slot`'s Int32Array, its first `size` numbers zeroed; read and write only below `size`. */
export const bufferInt32 = (slot: number, size: number) =>
  zeroedInt32(held(int32, makeInt32, slot, size), size)

/** A zeroed Float64Array of `size` numbers, backed by slot `slot`'s buffer. */
export const scratchFloat64 = (slot: number, size: number) =>
  bufferFloat64(slot, size).subarray(0, size)

/** A zeroed Int32Array of `size` numbers, backed by slot `slot`'s buffer. */
export const scratchInt32 = (slot: number, size: number) =>
  bufferInt32(slot, size).subarray(0, size)
