// A quoted span of a document (an answer's sentence, a citation) read as the Markdown it was
// written in, so the chat shows a link as a link, `code` as code and a fenced sample as a block,
// not their syntax. Like document-blocks.ts, the result is plain data: strings, and hrefs that a
// resolver (see quoteLink in links.ts) already accepted. The view renders it with hono/jsx, so
// nothing here is ever markup, whatever the document holds.
//
// The block rules (fences, table rows and rules, list items) are the ones sentences.ts splits
// documents with, so a quote is read into the blocks its units came from.
//
// Only what a quote needs is read: paragraphs, fenced code, list items, table rows, headings,
// block quotes, VitePress containers (`::: tip`), GitHub alerts (`> [!NOTE]`), and inline code,
// links, autolinks, images (as their alt text), strong and emphasis, and VitePress badges
// (`<Badge type="info" text="optional" />`) as their text. Other HTML stays text.

import {
  FENCE,
  headingEnd,
  INDENTED_CODE,
  isTableRule,
  LIST_ITEM,
  TABLE_ROW,
  writesMarkdown,
} from '../src/core/sentences.ts'
import type { SourceDoc } from '../src/core/types.ts'

/**
 * Whether a document writes Markdown (see writesMarkdown), so that its quotes read four spaces of
 * indent as code: read once per document, for the chat's quotes and the document page alike.
 */
export function markdownDoc(doc: SourceDoc): boolean {
  let known = markdownDocs.get(doc)
  if (known === undefined) markdownDocs.set(doc, (known = writesMarkdown(doc.text)))
  return known
}
const markdownDocs = new WeakMap<SourceDoc, boolean>()

/** `S` is what a run of text is: a string here; the document page reads runs with marked parts. */
export type Inline<S = string> =
  | { text: S }
  | { code: S }
  | { strong: Inline<S>[] }
  | { em: Inline<S>[] }
  | { link: Inline<S>[]; href: string }
  /** A VitePress `<Badge text="…" />`: its text, shown as a small label. */
  | { badge: S }

export type QuoteBlock<S = string> =
  | { p: Inline<S>[] }
  | { heading: Inline<S>[] }
  /** A fenced block: the code only; `title` is a VitePress tab name ("```sh [npm]" → "npm"). */
  | { pre: S; title?: S }
  /** A container's or an alert's name ("Tip", "Note"), shown as a small label. */
  | { label: S }
  | { list: Inline<S>[][]; start?: number }
  /** Table rows as cells; `head` when the first row is a header (a rule line follows it). */
  | { table: Inline<S>[][][]; head: boolean }

/** The href a link's destination may have on the page, or undefined: the link stays words. */
export type LinkResolver = (destination: string) => string | undefined

/**
 * Longer quotes are shown as plain text: inline reading looks ahead for closers, and a quote of
 * that size (a document that is one huge line) is not worth the time. Cited spans run ~500 chars.
 */
export const MAX_MARKDOWN_CHARS = 20_000
/** How far a closer (`*`, `]`, `)`) is looked for: keeps reading linear in the quote's length. */
const LOOKAHEAD = 1_000
/** A self-closing VitePress badge, and its text attribute. */
const BADGE = /^<Badge\s[^<>]*\/>/
const BADGE_TEXT = /\stext=(?:"([^"]*)"|'([^']*)')/
/** Nesting of links and emphasis read; deeper markup is shown as it is written. */
const MAX_DEPTH = 4

const CONTAINER = /^\s*:{3,}\s*(\S*)\s*(.*?)\s*$/
const ALERT = /^\[!(\w+)\]$/
/** A heading's marker; its text runs to headingEnd (closing "#"s trimmed by hand, in linear time). */
const HEADING = /^#{1,6}[ \t]+/
const COMMENT = /^\s*<!--.*-->\s*$/
/** Containers that only group what they hold (VitePress tabs, raw HTML): no label. */
const GROUPING = new Set(['code-group', 'raw', 'v-pre'])

/** A block quote's markers at the start of a line. */
const QUOTE_MARKER = /^\s*(?:>[ \t]?)+/

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase()

/** Blocks of a quote. Markup a quote cuts in half (a fence without its end) is read to the end. */
export function quoteBlocks(
  text: string,
  resolve: LinkResolver,
  /** Whether the text's document writes Markdown, where four spaces of indent mean code (see writesMarkdown). */
  indentedCode = false,
): QuoteBlock[] {
  if (text.length > MAX_MARKDOWN_CHARS) return [{ p: [{ text }] }]
  const inline = (s: string) => inlines(s, resolve)
  const blocks: QuoteBlock[] = []
  const lines = text.split('\n')
  let para: string[] = []
  let list: { items: string[]; ordered: boolean; start?: number; indent: number } | null = null
  let table: { rows: string[]; head: boolean } | null = null
  const flush = () => {
    if (para.length) blocks.push({ p: inline(para.join('\n')) })
    if (list) {
      const block: QuoteBlock = { list: list.items.map(inline) }
      if (list.ordered) block.start = list.start
      blocks.push(block)
    }
    if (table) blocks.push({ table: table.rows.map((r) => cells(r).map(inline)), head: table.head })
    para = []
    list = null
    table = null
  }

  for (let i = 0; i < lines.length; i++) {
    // A block quote's marker is syntax: its lines are read as if they stood alone.
    const line = lines[i].replace(QUOTE_MARKER, '')
    // Code indented by four spaces, after a blank line and outside a list (see splitUnits).
    if (
      indentedCode &&
      !para.length &&
      !list &&
      (i === 0 || !lines[i - 1].trim()) &&
      INDENTED_CODE.test(line)
    ) {
      flush()
      let j = i
      for (let k = i + 1; k < lines.length; k++) {
        if (INDENTED_CODE.test(lines[k])) j = k
        else if (lines[k].trim()) break
      }
      const code = lines.slice(i, j + 1).map((l) => l.replace(/^(?: {4}|\t)/, ''))
      blocks.push({ pre: code.join('\n') })
      i = j
      continue
    }
    const fence = FENCE.exec(line)
    if (fence) {
      flush()
      const [, indent, marker, info] = fence
      // A fence inside a block quote holds the quote's lines without their markers, and ends
      // with the quote if its closing fence is missing.
      const quoted = QUOTE_MARKER.test(lines[i])
      const code: string[] = []
      let j = i + 1
      for (; j < lines.length; j++) {
        if (quoted && !QUOTE_MARKER.test(lines[j])) break
        const codeLine = quoted ? lines[j].replace(QUOTE_MARKER, '') : lines[j]
        const t = codeLine.trim()
        if (t.startsWith(marker[0].repeat(marker.length)) && /^[`~]+$/.test(t)) {
          j++
          break
        }
        code.push(codeLine.startsWith(indent) ? codeLine.slice(indent.length) : codeLine)
      }
      const title = /\[([^\]]+)\]/.exec(info)?.[1].trim()
      blocks.push(title ? { pre: code.join('\n'), title } : { pre: code.join('\n') })
      i = j - 1
      continue
    }
    const container = CONTAINER.exec(line)
    if (container) {
      flush()
      const [, name, title] = container
      if (name && !GROUPING.has(name.toLowerCase())) {
        blocks.push({ label: title || capitalized(name) })
      }
      continue
    }
    const alert = ALERT.exec(line.trim())
    if (alert) {
      flush()
      blocks.push({ label: capitalized(alert[1]) })
      continue
    }
    if (!line.trim() || COMMENT.test(line)) {
      flush()
      continue
    }
    if (TABLE_ROW.test(line) || (table && isTableRule(line))) {
      if (!table) flush()
      table ??= { rows: [], head: false }
      if (isTableRule(line)) {
        // The rule under the first row makes it the header; any other rule is dropped.
        if (table.rows.length === 1) table.head = true
      } else table.rows.push(line)
      continue
    }
    const heading = HEADING.exec(line)
    if (heading) {
      flush()
      blocks.push({ heading: inline(line.slice(heading[0].length, headingEnd(line))) })
      continue
    }
    const item = LIST_ITEM.exec(line)
    if (item) {
      const ordered = item[3] !== undefined
      if (!list || list.ordered !== ordered) {
        flush()
        list = { items: [], ordered, indent: item[1].length }
        if (ordered) list.start = Number(item[3])
      }
      list.items.push(line.slice(item[0].length))
      continue
    }
    if (list) {
      // A line of text under an item continues it, indented or not (CommonMark's lazy
      // continuation: a wrapped item); a blank line or another block ends the list.
      list.items[list.items.length - 1] += `\n${line.trim()}`
      continue
    }
    if (table) flush()
    para.push(line)
  }
  flush()
  return blocks
}

/** A table row's cells: split at "|" outside code spans, "\|" being a literal bar. */
function cells(row: string): string[] {
  const s = row.trim().replace(/^\|/, '').replace(/\|$/, '')
  const out: string[] = []
  let cell = ''
  let inCode = false
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]
    if (ch === '\\' && s[i + 1] === '|') {
      cell += '|'
      i++
    } else if (ch === '`') {
      inCode = !inCode
      cell += ch
    } else if (ch === '|' && !inCode) {
      out.push(cell.trim())
      cell = ''
    } else cell += ch
  }
  out.push(cell.trim())
  return out
}

const PUNCTUATION = /[!-/:-@[-`{-~]/
const SPACE = /\s/
const WORD = /[\p{L}\p{N}]/u

/** End of the code span opening at `i` (a run of n backticks), at the next run of exactly n. */
function codeSpanEnd(s: string, i: number, n: number, limit: number): number {
  for (let j = i + n; j < limit; j++) {
    if (s[j] !== '`') continue
    let k = j
    while (k < s.length && s[k] === '`') k++
    if (k - j === n) return j
    j = k
  }
  return -1
}

/** Index of the `close` that ends a bracket opened just before `i`, skipping code spans. */
function matching(s: string, i: number, open: string, close: string): number {
  const limit = Math.min(s.length, i + LOOKAHEAD)
  let depth = 0
  for (let j = i; j < limit; j++) {
    const ch = s[j]
    if (ch === '\\') j++
    else if (ch === '`') {
      let n = 1
      while (s[j + n] === '`') n++
      const end = codeSpanEnd(s, j, n, limit)
      if (end >= 0) j = end + n - 1
      else j += n - 1
    } else if (ch === open) depth++
    else if (ch === close) {
      if (depth === 0) return j
      depth--
    }
  }
  return -1
}

/**
 * Closer of an emphasis run `delim` opened at `i`: a run of the same character, as long or of three
 * (which closes with its last characters: "*x **y***", "***x***"), not after a space, and for "_"
 * not inside a word ("snake_case" is no emphasis).
 */
function emphasisEnd(s: string, i: number, delim: string): number {
  const ch = delim[0]
  const n = delim.length
  const limit = Math.min(s.length, i + LOOKAHEAD)
  for (let j = i + n; j < limit; j++) {
    if (s[j] === '\\') {
      j++
      continue
    }
    if (s[j] === '`') {
      let m = 1
      while (s[j + m] === '`') m++
      const end = codeSpanEnd(s, j, m, limit)
      j = (end >= 0 ? end : j) + m - 1
      continue
    }
    if (s[j] !== ch) continue
    let k = j
    while (s[k] === ch) k++
    // A run of another length is another emphasis ("*a **b** c*"), unless it closes both ("***").
    const run = k - j
    const closes = (run === n || run >= 3) && k - n > i + n && !SPACE.test(s[j - 1])
    if (closes && (ch !== '_' || !WORD.test(s[k] ?? ' '))) return k - n
    j = k - 1
  }
  return -1
}

/** Strips a link destination's title and angle brackets: `<a b> "t"` → `a b`. */
function destination(raw: string): string {
  const s = raw.trim()
  if (s.startsWith('<')) {
    const end = s.indexOf('>')
    return end > 0 ? s.slice(1, end) : s
  }
  return s.split(/\s+/)[0] ?? ''
}

/** A character that can open inline syntax ("!" only before "["). */
const INLINE_SYNTAX = /[\\`[<*_]/

export function inlines(s: string, resolve: LinkResolver, depth = 0): Inline[] {
  // Most cells and many sentences are plain text: skip the scan and the closures it makes (a table
  // row of 10,000 empty cells took 23–45 ms, three quarters of it naming those closures).
  if (!INLINE_SYNTAX.test(s)) return s ? [{ text: s }] : []
  const out: Inline[] = []
  let text = ''
  const push = (node: Inline) => {
    if (text) out.push({ text })
    text = ''
    out.push(node)
  }
  const inner = (t: string) =>
    depth < MAX_DEPTH ? inlines(t, resolve, depth + 1) : [{ text: t } as Inline]
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]
    if (ch === '\\' && i + 1 < s.length && PUNCTUATION.test(s[i + 1])) {
      text += s[++i]
      continue
    }
    if (ch === '`') {
      let n = 1
      while (s[i + n] === '`') n++
      const end = codeSpanEnd(s, i, n, Math.min(s.length, i + LOOKAHEAD))
      if (end < 0) {
        text += s.slice(i, i + n)
        i += n - 1
        continue
      }
      let code = s.slice(i + n, end).replace(/\n/g, ' ')
      if (/^ .*\S.* $/.test(code)) code = code.slice(1, -1)
      push({ code })
      i = end + n - 1
      continue
    }
    if (ch === '[' || (ch === '!' && s[i + 1] === '[')) {
      const image = ch === '!'
      const open = image ? i + 1 : i
      const close = matching(s, open + 1, '[', ']')
      if (close > 0 && s[close + 1] === '(') {
        const end = matching(s, close + 2, '(', ')')
        if (end > 0) {
          const label = s.slice(open + 1, close)
          const href = image ? undefined : resolve(destination(s.slice(close + 2, end)))
          // An image is shown as its alt text; a link the page may not carry, as its words.
          if (href) push({ link: inner(label), href })
          else {
            for (const node of inner(label)) {
              if ('text' in node) text += node.text
              else push(node)
            }
          }
          i = end
          continue
        }
      }
      text += ch
      continue
    }
    if (ch === '<') {
      const badge = BADGE.exec(s.slice(i, i + LOOKAHEAD))
      const label = badge && BADGE_TEXT.exec(badge[0])
      if (badge && label) {
        push({ badge: label[1] ?? label[2] })
        i += badge[0].length - 1
        continue
      }
      const auto = /^<(https?:\/\/[^\s<>]+)>/.exec(s.slice(i, i + LOOKAHEAD))
      const href = auto && resolve(auto[1])
      if (auto && href) {
        push({ link: [{ text: auto[1] }], href })
        i += auto[0].length - 1
        continue
      }
      text += ch
      continue
    }
    if (ch === '*' || ch === '_') {
      let n = 1
      while (s[i + n] === ch) n++
      const opensWord = !SPACE.test(s[i + n] ?? ' ')
      const inWord = ch === '_' && WORD.test(s[i - 1] ?? ' ')
      if (opensWord && !inWord) {
        // "***x***" reads as strong emphasis of emphasis; otherwise the run is ** or *.
        const delim = ch.repeat(n >= 2 ? 2 : 1)
        const end = emphasisEnd(s, i, delim)
        if (end > i + delim.length) {
          const content = s.slice(i + delim.length, end)
          push(delim.length === 2 ? { strong: inner(content) } : { em: inner(content) })
          i = end + delim.length - 1
          continue
        }
      }
      text += s.slice(i, i + n)
      i += n - 1
      continue
    }
    text += ch
  }
  if (text) out.push({ text })
  return out
}

/** The words a reader sees of some inlines, for measuring an excerpt. */
const visible = (nodes: Inline[]): number =>
  nodes.reduce(
    (n, x) =>
      n +
      ('text' in x
        ? x.text.length
        : 'code' in x
          ? x.code.length
          : 'badge' in x
            ? x.badge.length
            : visible('strong' in x ? x.strong : 'em' in x ? x.em : x.link)),
    0,
  )

/** Inlines cut to about `budget` visible characters at a space, and whether they were cut. */
function clipInlines(nodes: Inline[], budget: number): [Inline[], boolean] {
  const out: Inline[] = []
  let left = budget
  for (const x of nodes) {
    const size = visible([x])
    if (size <= left) {
      out.push(x)
      left -= size
      continue
    }
    if ('text' in x) {
      const cut = x.text.lastIndexOf(' ', left)
      if (cut > 0) out.push({ text: x.text.slice(0, cut) })
    } else if (!('code' in x) && !('badge' in x)) {
      const kids = 'strong' in x ? x.strong : 'em' in x ? x.em : x.link
      const [clipped] = clipInlines(kids, left)
      if (clipped.length) {
        out.push(
          'strong' in x
            ? { strong: clipped }
            : 'em' in x
              ? { em: clipped }
              : { link: clipped, href: x.href },
        )
      }
    }
    return [out, true]
  }
  return [out, false]
}

/**
 * The first `budget` visible characters of a quote's blocks, cut at a space (or a line of code),
 * with "…" where it was cut: the source list needs only enough of a quote to place it.
 */
export function clipBlocks(blocks: QuoteBlock[], budget: number): QuoteBlock[] {
  const out: QuoteBlock[] = []
  let left = budget
  const more = { text: ' …' }
  for (const b of blocks) {
    if (left <= 0) {
      out.push({ p: [{ text: '…' }] })
      return out
    }
    if ('p' in b || 'heading' in b) {
      const nodes = 'p' in b ? b.p : b.heading
      const [clipped, cut] = clipInlines(nodes, left)
      if (cut) {
        out.push({ p: [...clipped, more] })
        return out
      }
      out.push(b)
      left -= visible(nodes)
    } else if ('pre' in b) {
      if (b.pre.length <= left) {
        out.push(b)
        left -= b.pre.length
        continue
      }
      const lines = b.pre.split('\n')
      const kept: string[] = []
      for (const line of lines) {
        if (kept.length && kept.join('\n').length + line.length > left) break
        kept.push(line)
      }
      out.push({ ...b, pre: `${kept.join('\n')}\n…` })
      return out
    } else if ('list' in b) {
      const items: Inline[][] = []
      for (const item of b.list) {
        const [clipped, cut] = clipInlines(item, left)
        if (cut) {
          items.push([...clipped, more])
          out.push({ ...b, list: items })
          return out
        }
        items.push(item)
        left -= visible(item)
      }
      out.push(b)
    } else if ('table' in b) {
      const rows: Inline[][][] = []
      for (const row of b.table) {
        if (rows.length && visible(row.flat()) > left) {
          out.push({ ...b, table: rows }, { p: [{ text: '…' }] })
          return out
        }
        rows.push(row)
        left -= visible(row.flat())
      }
      out.push(b)
    } else out.push(b)
  }
  return out
}
