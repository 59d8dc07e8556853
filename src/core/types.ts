// Plain data shared by every stage of the pipeline. Nothing here knows about Hono, Node or Workers,
// so the same values flow through the build, the Node server and the worker.

/** A corpus file as read from disk (or bundled): the only input of the pipeline. */
export interface RawFile {
  /** Path relative to the corpus folder, with `/` separators, e.g. `guides/faq.md`. */
  path: string
  content: string
}

/** A document after cleaning. `text` is what offsets index into and what the documents API returns. */
export interface SourceDoc {
  id: string
  title: string
  /** Original URL from front matter (`source:`), when the document names one. */
  source?: string
  /** Hashtags found in the raw file (e.g. `#attachmenttrauma`), without the `#`. */
  tags: string[]
  text: string
  /** Short content hash of `text`; lets a client notice that a stored citation went stale. */
  version: string
}

/**
 * How a unit of text is used:
 * - `sentence`, `item` (list item), `row` (table row): prose that can be cited;
 * - `question`: a line that asks a question; it labels the passage that follows and is never cited;
 * - `heading`: context for the units below it; never cited;
 * - `code`: a fenced code block; searchable context for the prose around it, never cited alone;
 * - `example`: a fenced code block that is all its section says ("## Optional Parameter" and its
 *   sample): cited, since no sentence can stand for it.
 */
export type UnitKind = 'sentence' | 'item' | 'row' | 'question' | 'heading' | 'code' | 'example'

/** A sentence-like unit with exact `[start, end)` offsets into its document's cleaned text. */
export interface Sentence {
  docId: string
  start: number
  end: number
  kind: UnitKind
  /** Index of the passage (in the corpus-wide passage list) this unit belongs to. */
  passage: number
}

/** A run of adjacent units under one heading: the unit of retrieval context. */
export interface Passage {
  docId: string
  /** Indexes into the corpus-wide sentence list, in document order. */
  sentences: number[]
  /** Heading path above the passage, outermost first (may be empty). */
  headings: string[]
  /** The document's own question line that introduces this passage, if any. */
  label?: string
  start: number
  end: number
}

/** One cited span in an answer. `text === document.text.slice(start, end)` always holds. */
export interface Citation {
  id: number
  docId: string
  title: string
  text: string
  start: number
  end: number
  score: number
  version: string
}

/** A nearby passage offered when the documents do not answer: never presented as a citation. */
export interface Related {
  docId: string
  title: string
  text: string
  start: number
  end: number
}

export interface Answer {
  found: boolean
  answer: string
  citations: Citation[]
  /** When `found` is false: up to two nearest passages, so the reader is not left empty-handed. */
  related?: Related[]
  /** When `found` is false: the question's key words that no document mentions. */
  missing?: string[]
  /**
   * When reading on ("And then?") finds the last answer's part of the page ended: the opening of
   * the page's next part, if the page goes on. Not an answer to the question nor one of the
   * nearest passages: what the reader would read next.
   */
  next?: Related
}

export interface Turn {
  role: 'user' | 'assistant'
  content: string
}
