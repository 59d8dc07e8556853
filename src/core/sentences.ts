// Cleaned text → sentence-like units with exact [start, end) offsets. Markdown is read for its
// structure (headings, fenced code, lists, tables, admonitions) so that a documentation page splits
// into prose a reader can cite, while its markup never becomes a "sentence".

import type { UnitKind } from './types.ts'

export interface Unit {
  start: number
  end: number
  kind: UnitKind
  /** Units of one paragraph, list or table share a block number; a new block starts a new passage. */
  block: number
  /** Heading depth for `heading` units (1 = `#`); plain-text titles count as 1. */
  depth?: number
}

/**
 * Words whose trailing full stop does not end a sentence. Lower-cased, without the final dot.
 * Initials ("J. Bowlby") are handled separately.
 */
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'cf',
  'vs',
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'st',
  'jr',
  'sr',
  'fig',
  'no',
  'vol',
  'approx',
  'al',
  'inc',
  'ltd',
  'co',
  'etc.,',
  'p',
  'pp',
  'ch',
  'sec',
  'eq',
  'u.s',
  'u.k',
  'a.m',
  'p.m',
])

// The block rules below are shared with the views' Markdown reader (views/quote-markdown.ts), so a
// quote is read into the same blocks its units came from. Each is linear in the line's length: a
// document may hold a line of tens of thousands of characters.

/** A code fence's opening line: its indent, its marker (three or more ` or ~), its info string. */
export const FENCE = /^(\s*)(`{3,}|~{3,})(.*)/
const HEADING = /^(#{1,6})[ \t]+\S/
/**
 * A setext heading's underline: "=====" under a title, "-----" under a section's heading. Three
 * or more, as READMEs write them (CommonMark takes one).
 */
export const SETEXT_UNDERLINE = /^ {0,3}(?:={3,}|-{3,})[ \t]*$/
/** The first character of a line past its indent (0 for none). */
function firstMark(line: string): number {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i)
    if (c !== 32 && c !== 9) return c
  }
  return 0
}

/** A setext underline (SETEXT_UNDERLINE), its first character looked at first: most lines are text. */
export const isUnderline = (line: string) => {
  const c = firstMark(line)
  return (c === 61 || c === 45) && SETEXT_UNDERLINE.test(line)
}

/** A line that may be a rule or an underline: one opening on "-", "*", "_" or "=". */
const mayBeRule = (line: string) => {
  const c = firstMark(line)
  return c === 45 || c === 42 || c === 95 || c === 61
}

/** A thematic break ("---", "* * *"): a rule between parts of a page, no text. */
const THEMATIC_BREAK = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/
/** An admonition fence (`::: tip`) or a GitHub alert's marker line (`> [!NOTE]`). */
const ADMONITION = /^\s*(:::|>\s*\[!\w+\]\s*$)/
export const TABLE_ROW = /^\s*\|.*\|\s*$/
/**
 * A table's rule line ("|---|:--:|"): only spaces, ":", "|" and "-", with a "|" after its first
 * character. (What /^\s*\|?[\s:|-]+\|[\s:|-]*$/ matched, without its quadratic backtracking.)
 */
export const isTableRule = (line: string): boolean =>
  /^[\s:|-]+$/.test(line) && line.indexOf('|', 1) >= 0
/**
 * A list item's marker, up to its text: the indent, then the bullet or the number (up to three
 * digits), then a task box if any. `[0].length` is where the item's text starts.
 */
export const LIST_ITEM = /^(\s*)(?:([-*+])|(\d{1,3})[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/
const BLOCKQUOTE = /^\s*>[ \t]?/
/**
 * A line of an indented code block (CommonMark): four spaces or a tab before its text, after a
 * blank line and outside a list ("    $ pyenv local 2.7.6" in a command reference), in a text
 * that writes Markdown (see writesMarkdown).
 */
export const INDENTED_CODE = /^(?: {4}|\t)[ \t]*\S/
/** A line that leaves any list: text at the margin that is no list item. */
const AT_MARGIN = /^\S/
const HTML_LINE = /^\s*<\/?[a-zA-Z][^>]*>\s*$/
/** An HTML element's tag, as HTML writes one: a name of letters, digits and "-", then attributes. */
const HTML_TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/g
/** An HTML heading element alone on its line: its level, then its content. */
const HTML_HEADING = /^\s*<h([1-6])(?:\s[^>]*)?>(.*?)<\/h\1>\s*$/i
/**
 * What may stand between the tags of a line of markup: white space and separators, not a
 * Markdown mark ("# <img src=…>" is a heading, "* <img …>" an item).
 */
const SEPARATORS_ONLY = /^[\s•·|/,;:.–—-]*$/
/** An HTML character reference: "&nbsp;", "&#8226;". */
const HTML_ENTITY = /&(?:[a-zA-Z]+|#\d+|#x[\da-fA-F]+);/g

/**
 * A line of HTML markup and nothing a reader sees as text: a README's badges (`<a href="…"><img
 * src="…" alt="npm"></a>`), a row of separators between links' tags. Its tags, character
 * references, separators and white space are all it holds; it is no sentence to cite. (A header
 * file's name in a plain-text FAQ, "<fcntl.h>", is no tag; a Markdown mark before a tag, as in
 * "# <img …>", makes the line a heading or an item.)
 */
function isMarkupOnly(line: string): boolean {
  if (HTML_LINE.test(line)) return true
  if (!line.includes('<')) return false
  const left = line.replace(HTML_TAG, '')
  return left.length < line.length && SEPARATORS_ONLY.test(left.replace(HTML_ENTITY, ''))
}
const MARKDOWN_HEADING = /^#{1,6}[ \t]+\S/m
/** A code fence's line, somewhere in a text. */
const FENCE_LINE = /^\s*(?:`{3,}|~{3,})/m

/**
 * Whether a text writes Markdown's own marks (a "#" heading or a code fence), and so means by four
 * spaces of indent a code block: in a plain-text FAQ, an indented paragraph is the answer's text.
 */
export const writesMarkdown = (text: string) =>
  MARKDOWN_HEADING.test(text) ||
  ((text.includes('```') || text.includes('~~~')) && FENCE_LINE.test(text))

/** A line of text underlined as a setext heading, somewhere in a text. */
const SETEXT_HEADING = /\S[^\n]*\n {0,3}(?:={3,}|-{3,})[ \t]*$/m
/** A line that is markup only: a link definition, a lone link or image, an HTML comment, an address. */
const NOT_PROSE = /^(\[[^\]]+\]:\s|!?\[[^\]]*\]\([^)]*\)$|<!--.*-->$|https?:\/\/\S+$)/
/**
 * A list item that is one link into the documents and nothing else ("* [`pyenv which`](#pyenv-which)"):
 * an entry of a table of contents, the heading it leads to said again, and no text to cite.
 */
const CONTENTS_ENTRY = /^\[[^\]]+\]\((?![a-z][a-z\d+.-]*:)[^)\s]*\)\s*$/i
/** A link and nothing else, but a full stop after it. */
const LONE_LINK = /^!?\[[^\]]*\]\([^)]*\)[.!?]?$/
/** A line that is one bold phrase ("**Single file**", "**Example:**"): a title in all but name. */
const BOLD_LINE = /^(\*\*|__)[^*_]+\1$/

/** Terminal punctuation, then closing quotes or brackets, then white space. */
const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s)/g

function isAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false
  let i = dot
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1])) i--
  const word = text.slice(i, dot).toLowerCase()
  if (ABBREVIATIONS.has(word)) return true
  // A single capital letter before the dot is an initial ("J. Bowlby"), not the end of a sentence.
  return /^\p{Lu}$/u.test(text.slice(i, dot))
}

/**
 * Adds text[s … e), trimmed of white space, to `out` as a sentence. (At module level, not a closure
 * made per paragraph: see `space` in terms.ts.)
 */
function pushSentence(text: string, out: Array<[number, number]>, s: number, e: number): void {
  while (s < e && /\s/.test(text[s])) s++
  while (e > s && /\s/.test(text[e - 1])) e--
  if (e <= s) return
  // A lone link after a sentence ("… set `strict`. [Read more.](https://…)") is that sentence's
  // source, not a sentence: cited alone it told a reader nothing.
  if (out.length && LONE_LINK.test(text.slice(s, e))) out[out.length - 1][1] = e
  else out.push([s, e])
}

/** Splits `text.slice(from, to)` into sentences; offsets are absolute and trimmed of white space. */
export function splitSentences(text: string, from = 0, to = text.length): Array<[number, number]> {
  const out: Array<[number, number]> = []
  const span = text.slice(from, to)
  let start = 0
  BOUNDARY.lastIndex = 0
  for (let m = BOUNDARY.exec(span); m; m = BOUNDARY.exec(span)) {
    const end = m.index + m[0].length
    // The next sentence must start like one: a capital, a digit, a quote, a bracket or Markdown.
    const rest = span.slice(end).trimStart()
    if (!rest || !/^[\p{Lu}\p{N}"'“‘(\[*_`]/u.test(rest)) continue
    if (m[0].startsWith('.') && m[0].length === 1 && isAbbreviation(span, m.index)) continue
    pushSentence(text, out, from + start, from + end)
    start = end
  }
  pushSentence(text, out, from + start, to)
  return out
}

/**
 * Where a heading line's text ends: before trailing white space, spaces, tabs and closing "#"s.
 * By hand, as /[ \t#]+$/ would try every start in a long run of them.
 */
export function headingEnd(line: string): number {
  let e = line.trimEnd().length
  while (e > 0 && (line[e - 1] === ' ' || line[e - 1] === '\t' || line[e - 1] === '#')) e--
  return e
}

const endsSentence = (line: string) => /[.!?:]["'”’)\]]*\s*$/.test(line)
const isQuestion = (s: string) => /\?["'”’)\]]*$/.test(s.trim())

/**
 * A numbered outline line of a plain-text document: "1.2\tWhere do I get lsof?", "3.1 Refunds",
 * "2\tInstallation". The number has two levels or more, or a tab after it: "1. Install it" is a
 * step of a list.
 */
const NUMBERED_LINE = /^(\d{1,3}(?:\.\d{1,3}){1,4}\.?|\d{1,3}\.?(?=\t))[ \t]+\S/

/** Longest question line of a plain-text outline, continuation lines included. */
const MAX_QUESTION_LINE = 300

/** A line's indent in columns, a tab to the next multiple of eight. */
function indentOf(line: string): number {
  let n = 0
  for (const c of line) {
    if (c === ' ') n++
    else if (c === '\t') n += 8 - (n % 8)
    else break
  }
  return n
}

/**
 * Reads the cleaned text line by line and returns its units in document order.
 * A line break inside a paragraph is a soft wrap unless the line ends a sentence: plain-text
 * documents often put one paragraph per line with no blank line between them.
 */
export function splitUnits(text: string): Unit[] {
  const units: Unit[] = []
  const lines: Array<{ start: number; end: number; text: string }> = []
  for (let pos = 0; pos <= text.length;) {
    const nl = text.indexOf('\n', pos)
    const end = nl === -1 ? text.length : nl
    lines.push({ start: pos, end, text: text.slice(pos, end) })
    pos = end + 1
  }

  // A document that marks its headings with `#` writes its titles that way: there, a lone line
  // without closing punctuation is prose that lacks its full stop ("Get multiple querystring
  // parameter values, e.g. `/search?tags=A&tags=B`"), not a title that would end every section
  // above it.
  const markdown =
    MARKDOWN_HEADING.test(text) ||
    ((text.includes('===') || text.includes('---')) && SETEXT_HEADING.test(text))
  const indentedCode = writesMarkdown(text)
  let depth = 0
  let block = 0
  let para: { start: number; end: number } | null = null
  const flushPara = () => {
    if (!para) return
    const sentences = splitSentences(text, para.start, para.end)
    const whole = text.slice(para.start, para.end).trim()
    const lone =
      sentences.length === 1 &&
      !/[.!?:;,]["'”’)]*$/.test(whole) &&
      whole.length <= 120 &&
      !/\n/.test(whole)
    if (lone && markdown && NOT_PROSE.test(whole)) {
      // A link definition, an image, a comment or a bare address: markup, not text.
    } else if (lone && markdown && BOLD_LINE.test(whole)) {
      // "**Single file**" titles the lines below it, inside the current section.
      const [s, e] = sentences[0]
      units.push({ start: s, end: e, kind: 'heading', block, depth: depth + 1 })
    } else if (lone && !markdown) {
      // A lone short line without closing punctuation is a title ("SECURE ATTACHMENTS ...").
      units.push({ start: sentences[0][0], end: sentences[0][1], kind: 'heading', block, depth: 1 })
    } else {
      for (const [s, e] of sentences) {
        const kind =
          isQuestion(text.slice(s, e)) && sentences.length === 1 ? 'question' : 'sentence'
        units.push({ start: s, end: e, kind, block })
      }
    }
    block++
    para = null
  }

  // In plain text, the indent of the last paragraph of prose since the last numbered line: a block
  // after a blank line indented four columns further is an example ("\t    $ lsof -i" under
  // "\tTo list …:"), as four spaces are in Markdown.
  let proseIndent = -1
  // Whether the line before was blank (or the text starts), and whether a list is still open:
  // an indented line after a blank one is code only outside a list, where it continues an item.
  let afterBlank = true
  let inList = false
  // Whether the lines above are a table's, from its header row on.
  let inTable = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const t = line.text
    const blankBefore = afterBlank
    afterBlank = !t.trim()
    if (!t.includes('|')) inTable = false
    if (LIST_ITEM.test(t)) inList = true
    else if (AT_MARGIN.test(t)) inList = false
    if (indentedCode && blankBefore && !inList && INDENTED_CODE.test(t)) {
      flushPara()
      let j = i
      for (let k = i + 1; k < lines.length; k++) {
        if (INDENTED_CODE.test(lines[k].text)) j = k
        else if (lines[k].text.trim()) break
      }
      units.push({ start: line.start, end: lines[j].end, kind: 'code', block })
      i = j
      continue
    }
    if (!markdown && !para && t.trim()) {
      const numbered = NUMBERED_LINE.exec(t)
      if (numbered) {
        // The line, with the indented lines that continue it ("1.2.4\tWhy can't I …\n\tREADME?").
        let j = i
        while (j + 1 < lines.length && /^[ \t]+\S/.test(lines[j + 1].text)) j++
        const whole = text.slice(line.start, lines[j].end).trimEnd()
        if (isQuestion(whole) && whole.length <= MAX_QUESTION_LINE) {
          units.push({ start: line.start, end: line.start + whole.length, kind: 'question', block })
          block++
          proseIndent = -1
          i = j
          continue
        }
        if (j === i && whole.length <= 100 && !/[.!:;,]$/.test(whole)) {
          // "1.0" heads its part as "1" does.
          depth = numbered[1].replace(/(?:\.0)+\.?$|\.$/, '').split('.').length
          units.push({
            start: line.start,
            end: line.start + whole.length,
            kind: 'heading',
            block,
            depth,
          })
          block++
          proseIndent = -1
          continue
        }
      }
      if (blankBefore && proseIndent >= 0 && indentOf(t) >= proseIndent + 4) {
        flushPara()
        const codeIndent = indentOf(t)
        let j = i
        for (let k = i + 1; k < lines.length; k++) {
          if (!lines[k].text.trim()) continue
          if (indentOf(lines[k].text) < codeIndent) break
          j = k
        }
        units.push({ start: line.start, end: lines[j].end, kind: 'code', block })
        i = j
        continue
      }
    }
    if (FENCE.test(t)) {
      flushPara()
      const marker = FENCE.exec(t)![2]
      let j = i + 1
      while (j < lines.length && !lines[j].text.trimStart().startsWith(marker)) j++
      const last = lines[Math.min(j, lines.length - 1)]
      units.push({ start: line.start, end: last.end, kind: 'code', block })
      i = j
      continue
    }
    if (!t.trim() || ADMONITION.test(t) || isTableRule(t) || isMarkupOnly(t)) {
      flushPara()
      if (!t.trim() || ADMONITION.test(t)) block++
      continue
    }
    // A line of text over a setext underline is a heading ("General guidance\n======"); an
    // underline under nothing, or a rule between paragraphs, is no text at all.
    if (!para && !LIST_ITEM.test(t) && !TABLE_ROW.test(t) && !HEADING.test(t)) {
      const next = lines[i + 1]?.text
      if (next !== undefined && isUnderline(next)) {
        const lead = t.length - t.trimStart().length
        depth = next.trim().startsWith('=') ? 1 : 2
        units.push({
          start: line.start + lead,
          end: line.start + t.trimEnd().length,
          kind: 'heading',
          block,
          depth,
        })
        block++
        i++
        continue
      }
    }
    if (mayBeRule(t) && (THEMATIC_BREAK.test(t) || SETEXT_UNDERLINE.test(t))) {
      flushPara()
      block++
      continue
    }
    const heading = HEADING.exec(t)
    if (heading) {
      flushPara()
      const s = line.start + heading[0].length - 1
      depth = heading[1].length
      units.push({
        start: s,
        end: line.start + headingEnd(t),
        kind: 'heading',
        block,
        depth,
      })
      block++
      continue
    }
    // An HTML heading on a line of its own (a README's centred `<h1 align="center">Zod</h1>`)
    // heads what follows it as a "#" heading does; its text is what lies between its tags.
    const html = HTML_HEADING.exec(t)
    if (html && /[\p{L}\p{N}]/u.test(html[2].replace(HTML_TAG, ''))) {
      flushPara()
      depth = Number(html[1])
      const inner = html[0].indexOf('>') + 1
      const lead = html[2].length - html[2].trimStart().length
      const s = line.start + inner + lead
      units.push({ start: s, end: s + html[2].trim().length, kind: 'heading', block, depth })
      block++
      continue
    }
    // A table's header row is the line over its rule; its body runs on over the lines with a
    // "|" below (GitHub's tables need no "|" at a row's ends: "name | default | description").
    const headsTable = t.includes('|') && i + 1 < lines.length && isTableRule(lines[i + 1].text)
    if (headsTable) inTable = true
    if (TABLE_ROW.test(t) || (inTable && t.includes('|'))) {
      flushPara()
      // The header row only names the columns ("| Option | Header | Value | Default |"): no
      // answer, and no unit.
      if (headsTable) continue
      const lead = t.trimStart()
      const s = line.start + (lead.startsWith('|') ? t.indexOf('|') : t.length - lead.length)
      units.push({ start: s, end: line.start + t.trimEnd().length, kind: 'row', block })
      continue
    }
    const item = LIST_ITEM.exec(t)
    if (item) {
      flushPara()
      // A list item runs on over its indented continuation lines.
      let end = line.end
      while (
        i + 1 < lines.length &&
        /^\s{2,}\S/.test(lines[i + 1].text) &&
        !LIST_ITEM.test(lines[i + 1].text)
      ) {
        end = lines[++i].end
      }
      if (end === line.end && CONTENTS_ENTRY.test(t.slice(item[0].length))) continue
      for (const [s, e] of splitSentences(text, line.start + item[0].length, end)) {
        units.push({ start: s, end: e, kind: 'item', block })
      }
      continue
    }
    const quote = BLOCKQUOTE.exec(t)
    const start = line.start + (quote ? quote[0].length : 0)
    if (para) para.end = line.end
    else {
      para = { start, end: line.end }
      if (!markdown) proseIndent = indentOf(t)
    }
    if (
      endsSentence(t) &&
      !(
        i + 1 < lines.length &&
        LIST_ITEM.test(lines[i + 1].text) === false &&
        /^\s*[a-z]/.test(lines[i + 1].text)
      )
    ) {
      flushPara()
    }
  }
  flushPara()
  return units
}
