// A string → string table kept as one string: "key\tvalue\n" lines sorted by key, looked up by
// binary search over its line starts. A lexicon maps tens of thousands of words; as an object it
// took about 100 bytes of heap a key (the key, the value, the property), as one string it takes
// its text plus 4 bytes a line, and it is shipped as one JSON string.

import { keepBounded } from './bounded-memo.ts'

const TAB = 9

/** Packs entries (keys and values without tabs or newlines; keys distinct) into a table's text. */
export function packTable(entries: Iterable<readonly [string, string]>): string {
  const values = new Map(entries)
  // Sorted without a comparator: native code-unit order (what `<` compares), no call per comparison.
  const keys = [...values.keys()].sort()
  // Joined, not concatenated: a string built with += is a rope of as many pieces as lines.
  return keys.map((key) => `${key}\t${values.get(key)}\n`).join('')
}

/** The line starting at `at` compared with `key`: negative if its key sorts before, 0 if equal. */
function compareAt(text: string, at: number, key: string): number {
  for (let i = 0; ; i++) {
    const c = text.charCodeAt(at + i)
    if (c === TAB) return i === key.length ? 0 : -1
    if (i === key.length) return 1
    const d = c - key.charCodeAt(i)
    if (d !== 0) return d
  }
}

/** Most keys a table remembers the values of (see PackedTable.get). */
const GET_MEMO = 4096

/** A packed table ready to look up. */
export class PackedTable {
  /** Where each line starts, and the text's length after the last. */
  private readonly starts: Int32Array

  constructor(readonly text: string) {
    let lines = 0
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++
    this.starts = new Int32Array(lines + 1)
    let line = 1
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
      this.starts[line++] = i + 1
  }

  /**
   * Keys already looked up, with their values (null: absent). Questions ask about the same few
   * thousand words again and again, and each look-up is a binary search of string comparisons;
   * at most GET_MEMO keys are kept, all dropped at once when it fills.
   */
  private readonly memo = new Map<string, string | null>()

  /** The value of `key`, or undefined. */
  get(key: string): string | undefined {
    const known = this.memo.get(key)
    if (known !== undefined) return known ?? undefined
    const line = this.lineOf(key)
    const value =
      line < 0
        ? null
        : this.text.slice(this.starts[line] + key.length + 1, this.starts[line + 1] - 1)
    keepBounded(this.memo, GET_MEMO, key, value)
    return value ?? undefined
  }

  /** The line (0, 1, …, in key order) of `key`, or -1. */
  lineOf(key: string): number {
    const { text, starts } = this
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const c = compareAt(text, starts[mid], key)
      if (c === 0) return mid
      if (c < 0) lo = mid + 1
      else hi = mid
    }
    return -1
  }

  /** Calls `visit` with every key that starts with `prefix`, in key order. */
  eachKeyWith(prefix: string, visit: (key: string) => void): void {
    const { text, starts } = this
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (compareAt(text, starts[mid], prefix) < 0) lo = mid + 1
      else hi = mid
    }
    for (let line = lo; line < starts.length - 1 && text.startsWith(prefix, starts[line]); line++) {
      visit(text.slice(starts[line], text.indexOf('\t', starts[line])))
    }
  }

  /** Where the key on line `line` starts in `text`. */
  keyStart(line: number): number {
    return this.starts[line]
  }
}
