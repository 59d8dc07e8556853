// Words → small integer ids, for building an index. Building meets every word of the corpus; a
// string per word and a map lookup per occurrence were most of the build time and its garbage.
// Plain words in ASCII text are found by a hash of the characters where they stand (no string
// made), and a document is read once: its sentences take their word ids from the document's.

import {
  eachWord,
  eachWordAt,
  tokens,
  isAscii,
  isPlainWord,
  plainHash,
  readable,
  scanAscii,
  separable,
} from './terms.ts'

/** `a`, or a copy at least `n` long (doubling, the new part filled with `fill`). */
export function grown(a: Int32Array, n: number, fill = 0): Int32Array<ArrayBuffer> {
  if (n <= a.length) return a as Int32Array<ArrayBuffer>
  const b = new Int32Array(Math.max(n, a.length * 2)).fill(fill)
  b.set(a)
  return b
}

export class WordIds {
  readonly words: string[] = []
  /**
   * Each word the documents write in camelCase ("onError", "streamSSE"), lower-cased, with its
   * parts as they split it ("on", "error") and how many times they write it so: a reader who
   * types the name in small letters or in capitals ("onerror", "STREAMSSE") means the same parts
   * (see writtenParts in corpus.ts). Met only on the tokenizer's slow path, which every such word
   * takes.
   */
  readonly joined = new Map<string, { parts: readonly string[]; times: number }>()
  private readonly byWord = new Map<string, number>()
  // Open addressing over plainHash: slot → word id + 1 (0 empty).
  private slots = new Int32Array(1 << 12)
  private plainCount = 0

  /** The id of a word from words(). */
  id(word: string): number {
    let id = this.byWord.get(word)
    if (id === undefined) {
      word = ownCopy(word)
      this.byWord.set(word, (id = this.words.length))
      this.words.push(word)
      if (isPlainWord(word)) this.place(plainHash(word), id)
    }
    return id
  }

  /** Ids of the words of `text`, in the order words(text) lists them. */
  idsOf(text: string): number[] {
    const out: number[] = []
    this.each(text, (id) => out.push(id))
    return out
  }

  /**
   * Calls `each` with the id of every word of `text` and the span of its token; a word of a line
   * with non-ASCII characters gets its line's span (folding accents moves offsets within it).
   */
  each(
    text: string,
    each: (id: number, start: number, end: number) => void,
    /** Whether the text is a document read whole, whose camelCase words are counted (see joined). */
    whole = false,
  ): void {
    if (isAscii(text)) return this.eachAscii(text, 0, each, whole)
    // Nothing the tokenizer looks at (code marks, links, addresses) reaches across a line, so
    // each line is read alone, and only the lines with non-ASCII characters the slow way.
    for (let from = 0; from <= text.length;) {
      let to = text.indexOf('\n', from)
      if (to < 0) to = text.length
      const line = text.slice(from, to)
      const at = from
      if (isAscii(line)) this.eachAscii(line, at, each, whole)
      else {
        eachWord(line, (w) => each(this.id(w), at, to))
        if (whole && CAMEL.test(line))
          for (const t of tokens(line)) if (t.parts.length > 1) this.join(t.word, t.parts)
      }
      from = to + 1
    }
  }

  /** each() for ASCII text standing at `offset` in the text being read. */
  private eachAscii(
    text: string,
    offset: number,
    each: (id: number, start: number, end: number) => void,
    whole: boolean,
  ): void {
    const folded = readable(text)
    scanAscii(
      folded,
      (start, end, hash) =>
        each(this.plainId(folded, start, end, hash), offset + start, offset + end),
      (start, end) => {
        // A token's word comes first, then its camelCase parts, if it has any.
        let word = -1
        let parts: string[] | undefined
        eachWordAt(folded, start, end, (w) => {
          const id = this.id(w)
          if (word < 0) word = id
          else if (whole) (parts ??= []).push(w)
          each(id, offset + start, offset + end)
        })
        if (parts && parts.length > 1) this.join(this.words[word], parts)
      },
    )
  }

  /** Counts `word` written in camelCase, keeping the first parts it was written in (see joined). */
  private join(word: string, parts: readonly string[]): void {
    const known = this.joined.get(word)
    if (known) known.times++
    else this.joined.set(ownCopy(word), { parts: parts.map(ownCopy), times: 1 })
  }

  /** The id of the plain word at text[start, end), lower-cased, found without making its string. */
  private plainId(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const slot = this.slots[s]
      if (slot === 0) break
      const word = this.words[slot - 1]
      if (word.length === end - start && sameLowerCase(text, start, word)) return slot - 1
    }
    return this.id(text.slice(start, end).toLowerCase())
  }

  private place(hash: number, id: number): void {
    if (++this.plainCount * 2 > this.slots.length) this.grow()
    const mask = this.slots.length - 1
    let s = hash & mask
    while (this.slots[s] !== 0) s = (s + 1) & mask
    this.slots[s] = id + 1
  }

  private grow(): void {
    const old = this.slots
    this.slots = new Int32Array(old.length * 2)
    const mask = this.slots.length - 1
    for (const slot of old) {
      if (slot === 0) continue
      let s = plainHash(this.words[slot - 1]) & mask
      while (this.slots[s] !== 0) s = (s + 1) & mask
      this.slots[s] = slot
    }
  }
}

/** A small letter then a capital: camelCase, which only such a line can hold. */
const CAMEL = /\p{Ll}\p{Lu}/u

/**
 * `word`, holding no other string. V8 cuts a string of 13 characters or more out of a longer one
 * as a view of it, which keeps the whole of it alive: a word read from a document whose addresses
 * were blanked (see readable in terms.ts) kept that blanked copy of the document, as long as the
 * vocabulary and the index's terms (its stems) live, 50 kB of a 0.1 MB corpus's heap. Joining
 * its characters makes a string of its own, the size of the view.
 */
const ownCopy = (word: string) => (word.length < 13 ? word : word.split('').join(''))

/** Whether text[start, start + word.length) lower-cased is `word` (ASCII). */
function sameLowerCase(text: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    let c = text.charCodeAt(start + i)
    if (c >= 65 && c <= 90) c += 32
    if (c !== word.charCodeAt(i)) return false
  }
  return true
}

/**
 * A document's words read once, with where each stands, so that the words of any span of it can
 * be had without reading the span again.
 */
export class DocumentWords {
  private readonly ids: number[] = []
  private readonly starts: number[] = []
  private readonly ends: number[] = []
  constructor(
    private readonly wordIds: WordIds,
    private readonly text: string,
  ) {
    wordIds.each(
      text,
      (id, start, end) => {
        this.ids.push(id)
        this.starts.push(start)
        this.ends.push(end)
      },
      true,
    )
  }

  /** Every word id of the document, in order (as words(text) lists the words). */
  all(): readonly number[] {
    return this.ids
  }

  /**
   * Word ids of text[start, end): the document's own when the span reads the same alone (see
   * separable) and no token crosses its edges (a word of a non-ASCII line spans its whole line, so
   * a span that cuts such a line is read anew); otherwise the span is read anew.
   */
  span(start: number, end: number): number[] {
    if (separable(this.text, start, end)) {
      const { starts, ends } = this
      let lo = 0
      let hi = starts.length
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (ends[mid] <= start) lo = mid + 1
        else hi = mid
      }
      // Token lo is the first to end after `start`; it must not begin before it.
      if (lo === starts.length || starts[lo] >= start) {
        let to = lo
        while (to < starts.length && ends[to] <= end) to++
        // A token that begins inside the span but runs past its end would be cut by it.
        if (to === starts.length || starts[to] >= end) return this.ids.slice(lo, to)
      }
    }
    return this.wordIds.idsOf(this.text.slice(start, end))
  }
}
