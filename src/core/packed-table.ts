// A string → string table kept as one string: "key\tvalue\n" lines sorted by key, looked up by
// binary search over its line starts. A lexicon maps tens of thousands of words; as an object it
// took about 100 bytes of heap a key (the key, the value, the property), as one string it takes
// its text plus 4 bytes every LINES_PER_START lines, and it is shipped as one JSON string.

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

/**
 * Lines a table keeps the start of, one in this many (see PackedTable): a corpus's expansion table
 * has 20,000 lines at 0.1 MB of text, and a start for each took 83 kB of its heap, a fifth of the
 * table's text; one in 8 takes 10 kB, and a look-up reads at most 7 more lines.
 */
export const LINES_PER_START = 8

/** A packed table ready to look up. */
export class PackedTable {
  /** Where every `stride`-th line starts (lines 0, stride, 2 × stride, …), and the text's length. */
  protected readonly starts: Int32Array

  /**
   * `stride`: one line in how many to keep the start of. 1 for a table whose line numbers are ids
   * read back with keyStart (WordNet's stems, see wordnet-graph.ts).
   */
  constructor(
    readonly text: string,
    protected readonly stride = LINES_PER_START,
  ) {
    let lines = 0
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++
    // Block b's first line starts at starts[b]; after the last block, the text ends.
    const blocks = Math.ceil(lines / stride)
    this.starts = new Int32Array(blocks + 1)
    let line = 1
    let kept = 1
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1), line++)
      if (line % stride === 0 && line < lines) this.starts[kept++] = i + 1
    this.starts[blocks] = text.length
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
    const line = this.find(key)
    const value =
      line < 0
        ? null
        : this.text.slice(
            this.valueStart(line, key),
            this.text.indexOf('\n', this.valueStart(line, key)),
          )
    keepBounded(this.memo, GET_MEMO, key, value)
    return value ?? undefined
  }

  /** Where the value of `key`, found on the line starting at `line`, starts. */
  protected valueStart(line: number, key: string): number {
    return line + key.length + 1
  }

  /** The line (0, 1, …, in key order) of `key`, or -1. */
  lineOf(key: string): number {
    const at = this.find(key)
    return at < 0 ? -1 : this.foundLine
  }

  /** The line of the last key find() found. */
  protected foundLine = -1

  /** Where the line of `key` starts in `text` (its line number left in foundLine), or -1. */
  protected find(key: string): number {
    const { text, starts } = this
    if (starts.length < 2) return -1
    const lo = this.blockOf(key)
    // Then its lines one by one, up to the next block.
    const end = starts[lo + 1]
    for (let at = starts[lo], line = lo * this.stride; at < end; line++) {
      const c = compareAt(text, at, key)
      if (c === 0) {
        this.foundLine = line
        return at
      }
      if (c > 0) break
      at = text.indexOf('\n', at) + 1
    }
    return -1
  }

  /**
   * The last block whose first key sorts before `key` (or, `orEqual`, is not after it), by binary
   * search of the kept starts: a block's first line is written whole in both tables.
   */
  protected blockOf(key: string, orEqual = true): number {
    const { text, starts } = this
    const past = orEqual ? 0 : -1
    let lo = 0
    let hi = starts.length - 2
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1
      if (compareAt(text, starts[mid], key) <= past) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  /** Calls `visit` with every key that starts with `prefix`, in key order. */
  eachKeyWith(prefix: string, visit: (key: string) => void): void {
    const { text, starts } = this
    const lo = this.blockOf(prefix, false)
    // From the last block that starts before the prefix: its first keys with it may be inside.
    for (let at = starts[lo]; at < text.length; at = text.indexOf('\n', at) + 1) {
      if (compareAt(text, at, prefix) < 0) continue
      if (!text.startsWith(prefix, at)) break
      visit(text.slice(at, text.indexOf('\t', at)))
    }
  }

  /** Where the key on line `line` starts in `text`. */
  keyStart(line: number): number {
    const { starts, stride } = this
    let at = starts[Math.floor(line / stride)]
    for (let k = line % stride; k > 0; k--) at = this.text.indexOf('\n', at) + 1
    return at
  }
}

/** Smallest character that says how many characters a front-coded key shares (see PrefixTable). */
const SHARED_ZERO = 0x30
/** Most characters a key may share with the one before: its count stays printable ASCII ("0" … "~"). */
const MOST_SHARED = 0x7e - SHARED_ZERO

/** The character that says a key shares its first `shared` characters with the key before it. */
export function prefixChar(shared: number): number {
  if (shared > MOST_SHARED)
    throw new RangeError(`a key shares ${shared} characters, at most ${MOST_SHARED}`)
  return SHARED_ZERO + shared
}

/**
 * A packed table whose keys are front coded: the first line of each block of LINES_PER_START is
 * written whole, every other line opens with one character saying how many characters its key
 * shares with the key before it (see prefixChar), then the rest of its key. A corpus's expansion
 * table has some 20,000 sorted WordNet stems as keys ("artifici", "artifici addit", …): at 0.1 MB
 * of text they were 0.33 MB, a third of the corpus's data, and sharing prefixes takes a fifth
 * off. A look-up still reads at most a block's lines, comparing each with the key from where the
 * lines before left off, and builds no string.
 */
export class PrefixTable extends PackedTable {
  constructor(text: string) {
    super(text, LINES_PER_START)
  }

  protected override valueStart(line: number): number {
    return this.text.indexOf('\t', line) + 1
  }

  protected override find(key: string): number {
    const { text, starts } = this
    if (starts.length < 2) return -1
    const lo = this.blockOf(key)
    const end = starts[lo + 1]
    let at = starts[lo]
    let line = lo * this.stride
    // The block's first line, whole; then `matched`: how many characters the line before shares
    // with `key` (it sorts before it).
    let matched = matchedAt(text, at, key, 0)
    if (orderAt(text, at + matched, key, matched) === 0) return this.found(line, at)
    if (orderAt(text, at + matched, key, matched) > 0) return -1
    for (
      at = text.indexOf('\n', at) + 1, line++;
      at < end;
      at = text.indexOf('\n', at) + 1, line++
    ) {
      const shared = text.charCodeAt(at) - SHARED_ZERO
      // It keeps more of the line before than `key` does: it sorts before `key` as that did.
      if (shared > matched) continue
      // It changes a character the line before shares with `key` for a later one: after `key`.
      if (shared < matched) return -1
      const more = matchedAt(text, at + 1, key, matched)
      const order = orderAt(text, at + 1 + more, key, matched + more)
      if (order === 0) return this.found(line, at)
      if (order > 0) return -1
      matched += more
    }
    return -1
  }

  private found(line: number, at: number): number {
    this.foundLine = line
    return at
  }

  /** Every line's key and value, in key order (the keys written out whole). */
  *entries(): Generator<[string, string]> {
    const { text } = this
    let key = ''
    for (let at = 0, line = 0; at < text.length; at = text.indexOf('\n', at) + 1, line++) {
      const tab = text.indexOf('\t', at)
      key =
        line % this.stride === 0
          ? text.slice(at, tab)
          : key.slice(0, text.charCodeAt(at) - SHARED_ZERO) + text.slice(at + 1, tab)
      yield [key, text.slice(tab + 1, text.indexOf('\n', tab))]
    }
  }

  override eachKeyWith(): void {
    throw new Error('a front-coded table cannot list its keys by prefix')
  }

  override keyStart(): number {
    throw new Error('a front-coded table has no whole key on every line')
  }
}

/** How many characters from text[at] (up to its tab) equal key's from key[from]. */
function matchedAt(text: string, at: number, key: string, from: number): number {
  let n = 0
  while (
    from + n < key.length &&
    text.charCodeAt(at + n) !== TAB &&
    text.charCodeAt(at + n) === key.charCodeAt(from + n)
  )
    n++
  return n
}

/** A line's key against `key`, the two equal up to text[at] and key[k]: negative if it sorts before. */
function orderAt(text: string, at: number, key: string, k: number): number {
  const c = text.charCodeAt(at)
  if (c === TAB) return k === key.length ? 0 : -1
  if (k === key.length) return 1
  return c - key.charCodeAt(k)
}
