// Units → passages: adjacent units under one heading that belong together. A passage gives each of its
// sentences context for retrieval (its heading path, the document's own question line before it, the
// neighbouring sentences, a code sample it introduces) while the sentence stays the unit of citation.

import type { Passage, Sentence } from './types.ts'
import type { Unit } from './sentences.ts'

/** At most this many citable units in one passage; longer paragraphs are cut into runs. */
export const MAX_PASSAGE_UNITS = 5

/**
 * A heading as a reader sees it: without emphasis marks, and an HTML element by its visible text
 * (`<Badge type="info" text="optional" /> onError` → "(optional) onError"), not by its attribute
 * names, which would otherwise give every option's section the words "type", "info" and "text". A
 * badge's label is set in parentheses, as a qualifier written by hand is ("`pyenv local`
 * (advanced)"): it tags the section's name ("ErrorBoundary (Experimental)") rather than being part
 * of it (see headingName).
 */
export function headingText(raw: string): string {
  return raw
    .replace(/<[^>]*>/g, (tag) => {
      const label = /\btext=["']([^"']*)["']/.exec(tag)
      return label && /\S/.test(label[1]) ? ` (${label[1].trim()}) ` : ' '
    })
    .replace(/[`*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * A heading's name: its text without the qualifiers set in parentheses after a space or at its
 * start ("ErrorBoundary (Experimental)", "`pyenv local` (advanced)", "Automatic installer
 * (Recommended)", "(optional) onError: OnError"), which say what kind of section it is, not what
 * it is about: a reader asks "pyenv local", not "pyenv local advanced". A call's own parentheses
 * stay ("app.route(path, app)", "set() / get()"); so does a heading that is all qualifier.
 */
export function headingName(heading: string): string {
  const name = heading.replace(QUALIFIER, ' ').replace(/\s+/g, ' ').trim()
  return /[\p{L}\p{N}]/u.test(name) ? name : heading
}

/**
 * A parenthesised qualifier at a heading's start or after a space: words, figures, dots, hyphens
 * ("(Experimental)", "(v4.5+)", "(Recommended)"), not a signature's ("(username: string, …)").
 */
const QUALIFIER = /(?<=^|\s)\([\p{L}\p{N}][\p{L}\p{N} .'+-]*\)/gu

export const isCitable = (kind: Sentence['kind']) =>
  kind === 'sentence' || kind === 'item' || kind === 'row' || kind === 'example'

/** Longest code block cited as its section's example; a longer one stays context. */
export const MAX_EXAMPLE_CHARS = 1200

/**
 * Groups one document's units. `sentences` and `passages` are the corpus-wide lists: this appends to
 * both, so indexes stay global.
 */
export function groupPassages(
  docId: string,
  text: string,
  units: Unit[],
  sentences: Sentence[],
  passages: Passage[],
): void {
  const headings: Array<{ depth: number; text: string }> = []
  let current: Passage | null = null
  let currentBlock = -1
  let citableInCurrent = 0
  let label: string | undefined
  let lastEndedWithColon = false
  // One heading path is shared by the passages under it (a large corpus has ~6 passages per path).
  let path: string[] | undefined
  // The code blocks of the current section, and whether it has prose to cite: a section of code
  // alone ("## Import", "## Optional Parameter") has its code cited as its example.
  let sectionCode: number[] = []
  let sectionProse = false
  const closeSection = () => {
    if (!sectionProse && headings.length)
      for (const j of sectionCode)
        if (sentences[j].end - sentences[j].start <= MAX_EXAMPLE_CHARS)
          sentences[j].kind = 'example'
    sectionCode = []
    sectionProse = false
  }

  const open = (): Passage => {
    const p: Passage = {
      docId,
      sentences: [],
      headings: (path ??= headings.map((h) => h.text)),
      start: -1,
      end: -1,
    }
    if (label) p.label = label
    label = undefined
    passages.push(p)
    citableInCurrent = 0
    return p
  }
  const add = (p: Passage, u: Unit) => {
    sentences.push({
      docId,
      start: u.start,
      end: u.end,
      kind: u.kind,
      passage: passages.length - 1,
    })
    p.sentences.push(sentences.length - 1)
    if (p.start < 0) p.start = u.start
    p.end = u.end
  }

  for (const u of units) {
    if (u.kind === 'heading') {
      closeSection()
      const depth = u.depth ?? 1
      while (headings.length && headings[headings.length - 1].depth >= depth) headings.pop()
      headings.push({ depth, text: headingText(text.slice(u.start, u.end)) })
      path = undefined
      current = null
      label = undefined
      continue
    }
    if (u.kind === 'question') {
      // The document's own question labels what follows; it is kept in the passage (for its
      // offsets and its words) but never cited.
      label = text.slice(u.start, u.end)
      current = open()
      add(current, u)
      currentBlock = -2
      continue
    }
    if (u.kind === 'code') {
      // A code sample belongs to the prose that introduces it.
      if (!current) current = open()
      add(current, u)
      sectionCode.push(sentences.length - 1)
      continue
    }
    if (isCitable(u.kind)) sectionProse = true
    const continues =
      current &&
      (u.block === currentBlock ||
        currentBlock === -2 ||
        (lastEndedWithColon && u.kind === 'item')) &&
      citableInCurrent < MAX_PASSAGE_UNITS
    if (!continues) current = open()
    add(current!, u)
    citableInCurrent++
    currentBlock = u.block
    lastEndedWithColon = /:\s*$/.test(text.slice(u.start, u.end))
  }
  closeSection()
}
