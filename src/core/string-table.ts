// Distinct strings numbered in order, kept as one string and found by a hash of their characters.
// A corpus's index terms and its vocabulary are thousands of short strings looked up by value: as
// a Map (a table of a power of two entries, three words each, and a string object per key) the
// 1,537 index terms of 0.1 MB of text took 106 kB of heap; so, 25 kB. A look-up hashes the string
// in JavaScript, where a Map reads the hash V8 keeps in it: ~10 ns more.
//
// V8 keeps a string of characters up to U+00FF in a byte each, any other in two: one word of
// another alphabet ("błazejewicz") among 2,120 doubled the whole text. Such strings are kept whole,
// apart (`wide`), their place in the text left empty.

/** FNV-1a of `s`, as plainHash in terms.ts reads a word. */
function hashOf(s: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < s.length; i++) hash = Math.imul(hash ^ s.charCodeAt(i), 0x01000193)
  return hash >>> 0
}

/** A character V8 cannot keep in a byte. */
const WIDE = /[^\u0000-\u00ff]/

/** Characters copied at a time by inBytes. */
const CHUNK = 4096

/**
 * `text` (no character above U+00FF) as V8 keeps such a string, a byte a character. A string cut
 * from a document with one character above it is two bytes a character, whatever its own, and so
 * is a string joined from such pieces: the 2,120 words of 0.1 MB of text took 29 kB joined, not
 * 14. String.fromCharCode makes a string of bytes of codes that fit in one.
 */
function inBytes(text: string): string {
  const codes = new Uint8Array(Math.min(CHUNK, text.length))
  const pieces: string[] = []
  for (let at = 0; at < text.length; at += CHUNK) {
    const n = Math.min(CHUNK, text.length - at)
    for (let i = 0; i < n; i++) codes[i] = text.charCodeAt(at + i)
    pieces.push(String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]))
  }
  return pieces.join('')
}

export class StringTable {
  /** Number of strings: their ids are 0 … size - 1. */
  readonly size: number
  private readonly mask: number

  /**
   * `text`: the strings one after another, string `id` being text[starts[id], starts[id + 1]),
   * but for those with a character above U+00FF: string wideIds[k] is wide[k] (ids ascending),
   * its place in the text empty. `slots`: open addressing, a slot holding a string's id + 1 (0:
   * empty), at its hash's place or the first free one after it; at most two thirds of them used.
   * (The five are what a table sent to another thread is made of again.)
   */
  constructor(
    readonly text: string,
    readonly starts: Int32Array,
    private readonly slots: Uint16Array | Int32Array,
    private readonly wideIds: Int32Array = new Int32Array(0),
    private readonly wide: readonly string[] = [],
  ) {
    this.size = starts.length - 1
    this.mask = slots.length - 1
  }

  /** The table of `strings`, which must be distinct; string i gets id i. */
  static of(strings: readonly string[]): StringTable {
    const starts = new Int32Array(strings.length + 1)
    const narrow: string[] = []
    const wideIds: number[] = []
    const wide: string[] = []
    strings.forEach((s, id) => {
      const isWide = WIDE.test(s)
      if (isWide) {
        wideIds.push(id)
        wide.push(s)
      } else narrow.push(s)
      starts[id + 1] = starts[id] + (isWide ? 0 : s.length)
    })
    // A power of two, at least half again the strings: a string that is not there is told after
    // a few probes (two or three on average).
    let size = 16
    while (size < 1.5 * strings.length) size *= 2
    const slots = strings.length < 0xffff ? new Uint16Array(size) : new Int32Array(size)
    const mask = size - 1
    for (let id = 0; id < strings.length; id++) {
      let s = hashOf(strings[id]) & mask
      while (slots[s] !== 0) s = (s + 1) & mask
      slots[s] = id + 1
    }
    // Joined, not concatenated: a string built with += is a rope of as many pieces.
    return new StringTable(inBytes(narrow.join('')), starts, slots, Int32Array.from(wideIds), wide)
  }

  /**
   * The table again from what was shipped: the list of its strings (its JSON form), or its fields
   * as another thread receives them (their typed arrays copied out of the shared bytes); a table
   * is itself.
   */
  static from(shipped: StringTable | readonly string[]): StringTable {
    if (shipped instanceof StringTable) return shipped
    if (Array.isArray(shipped)) return StringTable.of(shipped as readonly string[])
    const { text, starts, slots, wideIds, wide } = shipped as unknown as {
      text: string
      starts: Int32Array
      slots: Uint16Array | Int32Array
      wideIds: Int32Array
      wide: string[]
    }
    return new StringTable(text, starts.slice(), slots.slice(), wideIds.slice(), wide)
  }

  /** The id of `s`, or -1. */
  id(s: string): number {
    const { slots, mask, starts, text } = this
    for (let at = hashOf(s) & mask; ; at = (at + 1) & mask) {
      const slot = slots[at]
      if (slot === 0) return -1
      const start = starts[slot - 1]
      const length = starts[slot] - start
      if (length === s.length) {
        if (length > 0 ? text.startsWith(s, start) : this.at(slot - 1) === s) return slot - 1
        // An empty place may be a wide string's.
      } else if (length === 0 && this.wide.length > 0 && this.at(slot - 1) === s) return slot - 1
    }
  }

  /** String `id`. */
  at(id: number): string {
    const start = this.starts[id]
    const end = this.starts[id + 1]
    if (start < end || !this.wide.length) return this.text.slice(start, end)
    // An empty place: a wide string's, or an empty string's.
    const { wideIds } = this
    let lo = 0
    let hi = wideIds.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (wideIds[mid] < id) lo = mid + 1
      else hi = mid
    }
    return wideIds[lo] === id ? this.wide[lo] : ''
  }

  /** Every string, in order: the list the table was made from. */
  list(): string[] {
    const out: string[] = new Array(this.size)
    for (let id = 0; id < this.size; id++) out[id] = this.at(id)
    return out
  }
}
