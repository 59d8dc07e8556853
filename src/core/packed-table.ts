// A string → string table kept as one string: "key\tvalue\n" lines sorted by key, looked up by
// binary search in place. A lexicon maps tens of thousands of words; as an object it took about
// 100 bytes of heap a key (the key, the value, the property), as one string it takes its text:
// a third of the memory, nothing to build at load, and it is shipped as one JSON string.

const TAB = 9
const NEWLINE = 10

/** Packs entries (keys and values without tabs or newlines; keys distinct) into a table. */
export function packTable(entries: Iterable<readonly [string, string]>): string {
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  // Joined, not concatenated: a string built with += is a rope of as many pieces as lines.
  return sorted.map(([key, value]) => `${key}\t${value}\n`).join('')
}

/** The line starting at `at` compared with `key`: negative if its key sorts before, 0 if equal. */
function compareAt(table: string, at: number, key: string): number {
  for (let i = 0; ; i++) {
    const c = table.charCodeAt(at + i)
    if (c === TAB) return i === key.length ? 0 : -1
    if (i === key.length) return 1
    const d = c - key.charCodeAt(i)
    if (d !== 0) return d
  }
}

/** The value of `key` in a packed table, or undefined. */
export function lookup(table: string, key: string): string | undefined {
  let lo = 0
  let hi = table.length
  while (lo < hi) {
    // The line that holds the middle character: its start is after the previous newline.
    let mid = (lo + hi) >>> 1
    while (mid > lo && table.charCodeAt(mid - 1) !== NEWLINE) mid--
    const c = compareAt(table, mid, key)
    if (c === 0) {
      const value = mid + key.length + 1
      return table.slice(value, table.indexOf('\n', value))
    }
    if (c < 0) lo = table.indexOf('\n', mid) + 1
    else hi = mid
  }
  return undefined
}
