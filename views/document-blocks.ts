// A document cut into what its page shows: each passage a section with an anchor, the text between
// passages (headings, question lines, stray lines) in sections of their own. Each section's text is
// read as Markdown by the chat's reader (quote-markdown.ts), and every run of text it yields is cut
// into parts, the cited ones marked. Parts are plain strings; the view renders them, so nothing here
// is ever markup.
//
// The reader yields strings, not offsets. The cited span [from, to) is found in its output by
// reading the section again with a sentinel character (one the text does not hold) at each end of
// the span: where the sentinel lands in a run of text, that run is cut. A sentinel is kept only
// where it leaves the reading unchanged but for itself; one that falls inside Markdown syntax (a
// link's destination, a fence, a list marker, "**") would change it, and is moved: the start
// forward, the end backward, to the nearest place that is shown. So exactly the shown characters
// of the span are marked; if no such place is found, the span's whole surroundings are.

import { Recent } from '../src/core/bounded-memo.ts'
import type { Corpus } from '../src/core/corpus.ts'
import type { SourceDoc } from '../src/core/types.ts'
import { passageAnchor, quoteLink } from './links.ts'
import { markdownDoc, quoteBlocks, type Inline, type QuoteBlock } from './quote-markdown.ts'

export interface Part {
  text: string
  mark: boolean
}
/** A block as the page shows it: the reader's block with each run of text cut into parts. */
export type Block = QuoteBlock<Part[]>
type DocInline = Inline<Part[]>
export interface Section {
  /** Anchor id, for passages. */
  id?: string
  /** Whether the marked span falls in this section. */
  cited: boolean
  blocks: Block[]
}

/**
 * Readings of a section spent looking for the places to mark, in characters read: a span end deep
 * in syntax (a long URL) costs one reading per character, and a query string chooses the span.
 */
const SEARCH_BUDGET = 2_000_000
const MIN_TRIES = 64

/** Anything but Markdown syntax and spaces. */
const WORDS = /[\p{L}\p{N}]/u

type Read = (markdown: string) => QuoteBlock[]

/** Two private-use characters the text does not hold, to stand for the span's ends. */
function sentinels(text: string): [string, string] {
  const out: string[] = []
  for (let c = 0xe000; out.length < 2; c++) {
    const ch = String.fromCharCode(c)
    if (!text.includes(ch)) out.push(ch)
  }
  return [out[0], out[1]]
}

/** Blocks with every run cut at the sentinels: marked from `open` to `close`, or all if `all`. */
function withParts(blocks: QuoteBlock[], ends: [string, string] | null, all: boolean): Block[] {
  let marking = all
  const parts = (s: string): Part[] => {
    if (!ends) return s ? [{ text: s, mark: marking }] : []
    const out: Part[] = []
    let at = 0
    for (let i = 0; i <= s.length; i++) {
      const ch = s[i]
      if (i < s.length && ch !== ends[0] && ch !== ends[1]) continue
      if (i > at) out.push({ text: s.slice(at, i), mark: marking })
      if (i < s.length) marking = ch === ends[0]
      at = i + 1
    }
    return out
  }
  const inline = (x: Inline): DocInline => {
    if ('text' in x) return { text: parts(x.text) }
    if ('code' in x) return { code: parts(x.code) }
    if ('badge' in x) return { badge: parts(x.badge) }
    if ('strong' in x) return { strong: x.strong.map(inline) }
    if ('em' in x) return { em: x.em.map(inline) }
    return { link: x.link.map(inline), href: x.href }
  }
  const inlines = (xs: Inline[]) => xs.map(inline)
  // In the order the document has them, so the mark opens and closes where its sentinels are.
  return blocks.map((b): Block => {
    if ('p' in b) return { p: inlines(b.p) }
    if ('heading' in b) return { heading: inlines(b.heading) }
    if ('pre' in b) {
      const title = b.title === undefined ? undefined : parts(b.title)
      const pre = parts(b.pre)
      return title ? { pre, title } : { pre }
    }
    if ('label' in b) return { label: parts(b.label) }
    if ('list' in b) {
      const list = b.list.map(inlines)
      return b.start === undefined ? { list } : { list, start: b.start }
    }
    return { table: b.table.map((row) => row.map(inlines)), head: b.head }
  })
}

/**
 * text[s, e) read as Markdown, with the shown characters of [from, to) marked. `blocks` is its
 * reading without sentinels.
 */
function markedBlocks(
  text: string,
  s: number,
  e: number,
  from: number,
  to: number,
  read: Read,
  blocks: QuoteBlock[],
) {
  const region = text.slice(s, e)
  const a = Math.max(s, from)
  const b = Math.min(e, to)
  if (a >= b) return withParts(blocks, null, false)
  const ends = sentinels(region)
  const plain = JSON.stringify(blocks)
  const withEnds = (at: Array<[number, string]>) => {
    let out = ''
    let last = s
    for (const [p, ch] of at) {
      out += text.slice(last, p) + ch
      last = p
    }
    return out + text.slice(last, e)
  }
  // A reading with sentinels, if each is shown once and the reading is otherwise the same.
  const fits = (at: Array<[number, string]>): QuoteBlock[] | undefined => {
    const read2 = read(withEnds(at))
    let json = JSON.stringify(read2)
    for (const [, ch] of at) {
      const pieces = json.split(ch)
      if (pieces.length !== 2) return undefined
      json = pieces.join('')
    }
    return json === plain ? read2 : undefined
  }
  let tries = Math.max(MIN_TRIES, Math.floor(SEARCH_BUDGET / (region.length + 1)))
  const find = (ch: string, ranges: Array<[number, number]>): number => {
    for (const [first, last] of ranges) {
      const step = first <= last ? 1 : -1
      for (let p = first; step > 0 ? p <= last : p >= last; p += step) {
        if (tries-- <= 0) return -1
        if (fits([[p, ch]])) return p
      }
    }
    return -1
  }
  // The start moves forward to the first shown character; failing that, back to take in the
  // element it is in. The end likewise, backward then forward.
  const open = find(ends[0], [
    [a, b - 1],
    [a - 1, s],
  ])
  const close =
    open < 0
      ? -1
      : find(ends[1], [
          [b, open + 1],
          [b + 1, e],
        ])
  const both =
    open >= 0 && close > open
      ? fits([
          [open, ends[0]],
          [close, ends[1]],
        ])
      : undefined
  return both ? withParts(both, ends, false) : withParts(blocks, null, true)
}

/** The words a reader sees of some inlines, but for badges ("optional"), which tag them. */
const shown = (nodes: DocInline[]): string =>
  nodes
    .map((x) =>
      'text' in x
        ? x.text.map((p) => p.text).join('')
        : 'code' in x
          ? x.code.map((p) => p.text).join('')
          : 'badge' in x
            ? ''
            : shown('strong' in x ? x.strong : 'em' in x ? x.em : x.link),
    )
    .join('')

/**
 * A paragraph cut where a line ends a sentence: plain-text documents put one paragraph per line
 * with no blank line between them (as sentences.ts reads them too), which Markdown would run on.
 */
function paragraphs(nodes: DocInline[]): DocInline[][] {
  const out: DocInline[][] = [[]]
  for (const x of nodes) {
    if (!('text' in x)) {
      out[out.length - 1].push(x)
      continue
    }
    let run: Part[] = []
    for (const part of x.text) {
      part.text.split(/(?<=[.!?:]["'”’)]*)[ \t]*\n/).forEach((t, i) => {
        if (i > 0) {
          if (run.length) out[out.length - 1].push({ text: run })
          run = []
          out.push([])
        }
        if (t) run.push({ text: t, mark: part.mark })
      })
    }
    if (run.length) out[out.length - 1].push({ text: run })
  }
  return out.filter((p) => p.length)
}

/** A stretch of a document the page shows as one section, read without marks. */
interface Piece {
  s: number
  e: number
  /** Anchor id, for passages; none for the text between them. */
  id?: string
  /** The reader's blocks, for marking. */
  read: QuoteBlock[]
  /** The blocks as the page shows them unmarked. */
  blocks: Block[]
}

/**
 * The unmarked readings of the documents last shown: a page's request then reads again only the
 * sections its span touches. Keyed by the document itself (one id and version of one corpus).
 */
const READINGS = 8
const readings = new Recent<SourceDoc, Piece[]>(READINGS)
/**
 * A span touching more sections than this is no citation (a passage is one section, and its
 * marker may fall in the one before): its sections are marked whole, without the sentinel search,
 * whose cost is per section (`?from=0&to=<length>` would search them all).
 */
const MAX_SEARCHED = 2

/**
 * Sections of a document with [from, to) marked. A heading or line equal to the title is dropped
 * (the page has it as its heading); a line ending in "?" between passages is the document's own
 * question, shown as a heading.
 */
export function documentSections(corpus: Corpus, docId: string, from = -1, to = -1): Section[] {
  const doc = corpus.docs.get(docId)
  if (!doc) return []
  const text = doc.text
  // Relative links lead where they do on the document's original page, as in the chat's quotes.
  const indentedCode = markdownDoc(doc)
  const read: Read = (markdown) =>
    quoteBlocks(markdown, (d) => quoteLink(d, doc.source), indentedCode)
  const title = doc.title.toLowerCase()
  const shownAs = (blocks: Block[], between: boolean): Block[] =>
    blocks.flatMap((b): Block[] => {
      if ('heading' in b) return between && shown(b.heading).toLowerCase() === title ? [] : [b]
      if (!('p' in b)) return [b]
      return paragraphs(b.p).flatMap((p): Block[] => {
        const line = shown(p).trim()
        if (!between) return [{ p }]
        if (line.toLowerCase() === title) return []
        return line.endsWith('?') ? [{ heading: p }] : [{ p }]
      })
    })
  let pieces = readings.get(doc)
  if (!pieces) {
    pieces = []
    const add = (s: number, e: number, id?: string) => {
      const blocks = read(text.slice(s, e))
      pieces!.push({ s, e, id, read: blocks, blocks: shownAs(withParts(blocks, null, false), !id) })
    }
    let at = 0
    let n = 0
    const { sentences, passages } = corpus.data
    for (let p = 0; p < passages.length; p++) {
      if (passages.docId(p, sentences) !== docId) continue
      n++
      // A passage of list items or a heading starts after its marker: the marker goes with it.
      let start = passages.start(p, sentences)
      const lineStart = text.lastIndexOf('\n', start - 1) + 1
      if (lineStart >= at && !WORDS.test(text.slice(lineStart, start))) start = lineStart
      let end = passages.end(p, sentences)
      const lineEnd = text.indexOf('\n', end)
      const rest = lineEnd < 0 ? text.length : lineEnd
      if (!WORDS.test(text.slice(end, rest))) end = rest
      if (text.slice(at, start).trim()) add(at, start)
      add(start, end, passageAnchor(n))
      at = end
    }
    if (text.slice(at).trim()) add(at, text.length)
    readings.set(doc, pieces)
  }
  const touched = pieces.filter((p) => from < p.e && to > p.s)
  const search = touched.length <= MAX_SEARCHED
  const sections: Section[] = []
  for (const p of pieces) {
    const cited = touched.includes(p)
    const blocks = !cited
      ? p.blocks
      : shownAs(
          search
            ? markedBlocks(text, p.s, p.e, from, to, read, p.read)
            : withParts(p.read, null, true),
          !p.id,
        )
    if (p.id) sections.push({ id: p.id, cited, blocks })
    else if (blocks.length) sections.push({ cited: false, blocks })
  }
  return sections
}
