// A document cut into what its page shows: each passage a section with an anchor, the text between
// passages (question lines, stray lines) as headings or paragraphs, and the cited span as marked
// parts. Parts are plain strings; the view renders them, so nothing here is ever markup.

import type { Corpus } from '../src/core/corpus.ts'
import { passageAnchor } from './links.ts'

export interface Part {
  text: string
  mark: boolean
}
export interface Block {
  tag: 'p' | 'h2'
  parts: Part[]
}
export interface Section {
  /** Anchor id, for passages. */
  id?: string
  /** Whether the marked span falls in this section. */
  cited: boolean
  blocks: Block[]
}

/** Non-empty lines of text[start, end), as offsets. */
function lines(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let at = start
  while (at < end) {
    let nl = text.indexOf('\n', at)
    if (nl < 0 || nl > end) nl = end
    let s = at
    let e = nl
    while (s < e && /\s/.test(text[s])) s++
    while (e > s && /\s/.test(text[e - 1])) e--
    if (e > s) out.push([s, e])
    at = nl + 1
  }
  return out
}

function parts(text: string, s: number, e: number, from: number, to: number): Part[] {
  const a = Math.max(s, Math.min(e, from))
  const b = Math.max(a, Math.min(e, to))
  return [
    { text: text.slice(s, a), mark: false },
    { text: text.slice(a, b), mark: true },
    { text: text.slice(b, e), mark: false },
  ].filter((p) => p.text)
}

/**
 * Sections of a document with [from, to) marked. A line equal to the title is dropped (the page
 * has it as its heading); a line ending in "?" between passages is the document's own question.
 */
export function documentSections(corpus: Corpus, docId: string, from = -1, to = -1): Section[] {
  const doc = corpus.docs.get(docId)
  if (!doc) return []
  const text = doc.text
  const sections: Section[] = []
  const between = (s: number, e: number) => {
    const blocks: Block[] = []
    for (const [a, b] of lines(text, s, e)) {
      const line = text.slice(a, b)
      if (line.toLowerCase() === doc.title.toLowerCase()) continue
      blocks.push({ tag: line.endsWith('?') ? 'h2' : 'p', parts: parts(text, a, b, from, to) })
    }
    if (blocks.length) sections.push({ cited: false, blocks })
  }
  let at = 0
  let n = 0
  for (const p of corpus.data.passages) {
    if (p.docId !== docId) continue
    n++
    between(at, p.start)
    sections.push({
      id: passageAnchor(n),
      cited: from < p.end && to > p.start,
      blocks: lines(text, p.start, p.end).map(([a, b]) => ({
        tag: 'p',
        parts: parts(text, a, b, from, to),
      })),
    })
    at = p.end
  }
  between(at, text.length)
  return sections
}
