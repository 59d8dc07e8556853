// The corpus's units (sentences, list items, rows, question lines, code) and passages as columns of
// numbers. As an object each (a Sentence: three words of header and five fields of eight bytes; a
// Passage with its list of sentences), the 1,038 units and 573 passages of 0.1 MB of text took
// 187 kB of heap, a fifth of the corpus's data; as columns, 18 bytes a unit and 8 a passage.
// A unit is read by its number: `docId(i)`, `start[i]`, `end[i]`, `kind(i)`, `passage[i]`.

import type { Passage, Sentence, UnitKind } from './types.ts'

/** Every kind of unit, by its code in SentenceTable.kinds. */
const UNIT_KINDS: readonly UnitKind[] = [
  'sentence',
  'item',
  'row',
  'question',
  'heading',
  'code',
  'example',
]
const KIND_CODE = new Map(UNIT_KINDS.map((k, i) => [k, i]))

/** The JSON form of a SentenceTable: its columns, a unit's document by its place in `docs`. */
export interface SerializedSentences {
  doc: number[]
  start: number[]
  end: number[]
  kinds: number[]
  passage: number[]
}

/** The corpus-wide list of units, in document order, with exact `[start, end)` offsets. */
export class SentenceTable {
  readonly length: number

  constructor(
    /** Each document's id, by its place in the corpus's list of documents. */
    readonly docIds: readonly string[],
    /** Unit i's document, as its place in docIds. */
    readonly doc: Int32Array,
    readonly start: Int32Array,
    readonly end: Int32Array,
    /** Unit i's kind, as its place in UNIT_KINDS (read with kind()). */
    readonly kinds: Uint8Array,
    /** Index of the passage (in the corpus-wide PassageTable) unit i belongs to. */
    readonly passage: Int32Array,
  ) {
    this.length = doc.length
  }

  /** The table of `units`, each of a document of `docIds`. */
  static of(units: readonly Sentence[], docIds: readonly string[]): SentenceTable {
    const place = new Map(docIds.map((id, i) => [id, i]))
    const n = units.length
    const table = new SentenceTable(
      docIds,
      new Int32Array(n),
      new Int32Array(n),
      new Int32Array(n),
      new Uint8Array(n),
      new Int32Array(n),
    )
    // Units come document by document: the place looked up when the document changes.
    let docId: string | undefined
    let doc = -1
    units.forEach((u, i) => {
      if (u.docId !== docId) doc = place.get((docId = u.docId))!
      table.doc[i] = doc
      table.start[i] = u.start
      table.end[i] = u.end
      table.kinds[i] = KIND_CODE.get(u.kind)!
      table.passage[i] = u.passage
    })
    return table
  }

  /**
   * The table again from what was shipped: its JSON form, or its fields as another thread
   * receives them (typed arrays, copied out of the shared bytes); a table is itself.
   */
  static from(
    shipped: SentenceTable | SerializedSentences,
    docIds: readonly string[],
  ): SentenceTable {
    if (shipped instanceof SentenceTable) return shipped
    return new SentenceTable(
      docIds,
      Int32Array.from(shipped.doc),
      Int32Array.from(shipped.start),
      Int32Array.from(shipped.end),
      Uint8Array.from(shipped.kinds),
      Int32Array.from(shipped.passage),
    )
  }

  docId(i: number): string {
    return this.docIds[this.doc[i]]
  }

  kind(i: number): UnitKind {
    return UNIT_KINDS[this.kinds[i]]
  }

  /** Unit i as an object (a copy: for tests and the few readers of a whole unit at a time). */
  at(i: number): Sentence {
    return {
      docId: this.docId(i),
      start: this.start[i],
      end: this.end[i],
      kind: this.kind(i),
      passage: this.passage[i],
    }
  }

  /** Every unit as an object, in order. */
  list(): Sentence[] {
    return Array.from({ length: this.length }, (_, i) => this.at(i))
  }

  toJSON(): SerializedSentences {
    return {
      doc: Array.from(this.doc),
      start: Array.from(this.start),
      end: Array.from(this.end),
      kinds: Array.from(this.kinds),
      passage: Array.from(this.passage),
    }
  }
}

/** The JSON form of a PassageTable. */
export interface SerializedPassages {
  first: number[]
  path: number[]
  paths: string[]
}

/** Before each heading of a path in PassageTable.paths (a document holds no NUL). */
export const HEADING_SEP = '\u0000'

/**
 * The corpus-wide list of passages: runs of adjacent units under one heading. A passage's units
 * are consecutive (it takes them in document order), so it is kept as the first of them; its
 * document is theirs, and its label (the document's own question line that opens it) is its
 * first unit when that is a question.
 */
export class PassageTable {
  readonly length: number

  constructor(
    /** Passage p's units are first[p] … first[p + 1] - 1 (one entry more than passages). */
    readonly first: Int32Array,
    /** Passage p's heading path, as its place in `paths`. */
    readonly path: Int32Array,
    /**
     * The heading paths above passages, each its headings outermost first, each after a NUL ("" for
     * none, "\0Usage\0Options" for two): as a list of strings each, 285 paths of 0.1 MB of text
     * took 34 kB, so 19.
     */
    readonly paths: readonly string[],
  ) {
    this.length = path.length
  }

  /** The table of `passages`, whose units are consecutive (as groupPassages makes them). */
  static of(passages: readonly Passage[]): PassageTable {
    const first = new Int32Array(passages.length + 1)
    const path = new Int32Array(passages.length)
    // Each path once; passages under one heading share its list, which is joined once.
    const pathIds = new Map<string, number>()
    let headings: readonly string[] | undefined
    let id = -1
    passages.forEach((p, i) => {
      first[i] = p.sentences[0]
      if (p.headings !== headings) {
        const joined = (headings = p.headings).map((h) => HEADING_SEP + h).join('')
        id = pathIds.get(joined) ?? -1
        if (id < 0) pathIds.set(joined, (id = pathIds.size))
      }
      path[i] = id
    })
    const last = passages[passages.length - 1]
    first[passages.length] = last ? last.sentences[last.sentences.length - 1] + 1 : 0
    return new PassageTable(first, path, [...pathIds.keys()])
  }

  /** The table again from what was shipped (see SentenceTable.from). */
  static from(shipped: PassageTable | SerializedPassages): PassageTable {
    if (shipped instanceof PassageTable) return shipped
    return new PassageTable(
      Int32Array.from(shipped.first),
      Int32Array.from(shipped.path),
      shipped.paths,
    )
  }

  /** The document of passage p: its units'. */
  docId(p: number, sentences: SentenceTable): string {
    return sentences.docId(this.first[p])
  }

  /** Where passage p starts in its document: where its first unit starts. */
  start(p: number, sentences: SentenceTable): number {
    return sentences.start[this.first[p]]
  }

  /** Where passage p ends in its document: where its last unit ends. */
  end(p: number, sentences: SentenceTable): number {
    return sentences.end[this.first[p + 1] - 1]
  }

  /** The heading path above passage p, outermost first (may be empty). */
  headings(p: number): string[] {
    return this.paths[this.path[p]].split(HEADING_SEP).slice(1)
  }

  /** The heading path above passage p, each heading after a NUL ("" for none). */
  headingPath(p: number): string {
    return this.paths[this.path[p]]
  }

  /** The units of passage p, in document order. */
  members(p: number): number[] {
    const out: number[] = []
    for (let i = this.first[p]; i < this.first[p + 1]; i++) out.push(i)
    return out
  }

  /** The document's own question line that opens passage p, if it is opened by one. */
  label(p: number, sentences: SentenceTable, text: (docId: string) => string): string | undefined {
    const i = this.first[p]
    if (sentences.kind(i) !== 'question') return undefined
    return text(sentences.docId(i)).slice(sentences.start[i], sentences.end[i])
  }

  /** Passage p as an object (a copy, for tests and the build's reader of it). */
  at(p: number, sentences: SentenceTable, text: (docId: string) => string): Passage {
    const out: Passage = {
      docId: this.docId(p, sentences),
      sentences: this.members(p),
      headings: this.headings(p),
      start: this.start(p, sentences),
      end: this.end(p, sentences),
    }
    const label = this.label(p, sentences, text)
    if (label !== undefined) out.label = label
    return out
  }

  toJSON(): SerializedPassages {
    return {
      first: Array.from(this.first),
      path: Array.from(this.path),
      paths: this.paths as string[],
    }
  }
}
