// Distinct strings numbered in order, kept as one string and found by a hash of their characters.
// A corpus's index terms and its vocabulary are thousands of short strings looked up by value: as
// a Map (a table of a power of two entries, three words each, and a string object per key) the
// 1,537 index terms of 0.1 MB of text took 106 kB of heap; so, 25 kB. A look-up hashes the string
// in JavaScript, where a Map reads the hash V8 keeps in it: ~10 ns more.

/** FNV-1a of `s`, as plainHash in terms.ts reads a word. */
function hashOf(s: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < s.length; i++) hash = Math.imul(hash ^ s.charCodeAt(i), 0x01000193)
  return hash >>> 0
}

export class StringTable {
  /** Number of strings: their ids are 0 … size - 1. */
  readonly size: number
  private readonly mask: number

  /**
   * `text`: the strings one after another, string `id` being text[starts[id], starts[id + 1]).
   * `slots`: open addressing, a slot holding a string's id + 1 (0: empty), at its hash's place or
   * the first free one after it; at most half of them used, so a string that is not there is told
   * after a probe or two. (The three are what a table sent to another thread is made of again.)
   */
  constructor(
    readonly text: string,
    readonly starts: Int32Array,
    private readonly slots: Uint16Array | Int32Array,
  ) {
    this.size = starts.length - 1
    this.mask = slots.length - 1
  }

  /** The table of `strings`, which must be distinct; string i gets id i. */
  static of(strings: readonly string[]): StringTable {
    const starts = new Int32Array(strings.length + 1)
    for (let i = 0; i < strings.length; i++) starts[i + 1] = starts[i] + strings[i].length
    let size = 16
    while (size < 2 * strings.length) size *= 2
    const slots = strings.length < 0xffff ? new Uint16Array(size) : new Int32Array(size)
    const mask = size - 1
    for (let id = 0; id < strings.length; id++) {
      let s = hashOf(strings[id]) & mask
      while (slots[s] !== 0) s = (s + 1) & mask
      slots[s] = id + 1
    }
    // Joined, not concatenated: a string built with += is a rope of as many pieces.
    return new StringTable(strings.join(''), starts, slots)
  }

  /** The id of `s`, or -1. */
  id(s: string): number {
    const { slots, mask, starts, text } = this
    for (let at = hashOf(s) & mask; ; at = (at + 1) & mask) {
      const slot = slots[at]
      if (slot === 0) return -1
      const start = starts[slot - 1]
      if (starts[slot] - start === s.length && text.startsWith(s, start)) return slot - 1
    }
  }

  /** String `id`. */
  at(id: number): string {
    return this.text.slice(this.starts[id], this.starts[id + 1])
  }

  /** Every string, in order: the list the table was made from. */
  list(): string[] {
    const out: string[] = new Array(this.size)
    for (let id = 0; id < this.size; id++) out[id] = this.at(id)
    return out
  }
}
