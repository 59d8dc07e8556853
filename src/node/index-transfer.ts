// The prebuilt index, handed from the main thread to the answer threads (answer-pool.ts) without a
// JSON round trip. JSON.stringify of a 10 MB corpus's index took ~285 ms on the main thread before
// the server could listen (40 MB of text, then parsed again in each thread); V8's structured
// serializer writes the same index in ~85 ms, copies the search index's typed arrays as bytes rather
// than as digits, and needs no toJSON/fromJSON conversion, so a thread holds exactly the arrays the
// main thread answers from.
//
// It is written in slices (a few thousand sentences at a time), yielding to the event loop between
// them, so a server that already listens answers its requests meanwhile instead of stalling for
// the whole index. The bytes go into one SharedArrayBuffer that every thread (and every thread that
// replaces one) reads, rather than a copy per thread; each thread copies out only the typed arrays
// it would otherwise read in place.

import { DefaultDeserializer, DefaultSerializer } from 'node:v8'
import type { PrebuiltIndex } from '../core/ingest.ts'
import { IndexData } from '../core/search-index.ts'
import { StringTable } from '../core/string-table.ts'
import { PassageTable, SentenceTable } from '../core/unit-tables.ts'
import { Vocabulary } from '../core/lexicon.ts'

/** Items of an array written between two yields: ~1 ms of sentences. */
const SLICE = 2_048

/** One piece of the stream: a field's whole value, a slice of an array field, or the end. */
type Piece =
  | { key: string; value: unknown }
  | { key: string; slice: unknown[] }
  | { key: string; index: IndexData['parts'] }
  | { key: keyof typeof TABLES; table: object }
  | { end: true }

/**
 * The index's tables of typed arrays (units, passages, vocabulary), by field: each is written as
 * its fields (a class instance comes back as a plain object) and made again here from them, its
 * typed arrays copied out of the shared bytes.
 */
const TABLES = {
  sentences: (t: object) => SentenceTable.from(t as SentenceTable, (t as SentenceTable).docIds),
  passages: (t: object) => PassageTable.from(t as PassageTable),
  vocabulary: (t: object) => Vocabulary.from(t as Vocabulary),
}
const isTable = (key: string): key is keyof typeof TABLES => key in TABLES

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * The index as bytes an answer thread reads back with unpackIndex. `pause` is awaited between
 * slices (by default, until the event loop has run what is waiting).
 */
export async function packIndex(
  index: PrebuiltIndex,
  pause: () => Promise<void> = nextTurn,
): Promise<SharedArrayBuffer> {
  const out = new DefaultSerializer()
  out.writeHeader()
  const write = (piece: Piece) => out.writeValue(piece)
  for (const [key, value] of Object.entries(index)) {
    // The built search index is a class holding typed arrays: its parts are written, rewrapped on
    // the other side (a serialized class instance comes back as a plain object).
    if (value instanceof IndexData) write({ key, index: value.parts })
    else if (isTable(key)) write({ key, table: value as object })
    else if (!Array.isArray(value)) write({ key, value })
    else
      for (let i = 0; i === 0 || i < value.length; i += SLICE) {
        write({ key, slice: value.slice(i, i + SLICE) })
        await pause()
      }
    await pause()
  }
  write({ end: true })
  const bytes = out.releaseBuffer()
  const shared = new SharedArrayBuffer(bytes.length)
  new Uint8Array(shared).set(bytes)
  return shared
}

/**
 * The search index's typed arrays, copied out of the shared bytes they are read as views of: the
 * answer pipeline reads them on every question, and arrays of the thread's own memory are what
 * the main thread answers from (and keep no part of the shared buffer alive).
 */
function unshared<T extends object>(parts: T): T {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(parts))
    out[key] = ArrayBuffer.isView(value)
      ? (value as Uint8Array).slice()
      : typeof value === 'object' && value !== null && !Array.isArray(value)
        ? unshared(value)
        : value
  return out as T
}

/** Index parts read back, their table of terms (come back as a plain object) a table again. */
const withTerms = (parts: IndexData['parts']): IndexData['parts'] => ({
  ...parts,
  terms: StringTable.from(parts.terms),
})

/** The index packIndex wrote. Throws on bytes that are not one. */
export function unpackIndex(bytes: SharedArrayBuffer): PrebuiltIndex {
  const from = new DefaultDeserializer(Buffer.from(bytes))
  from.readHeader()
  const index: Record<string, unknown> = {}
  for (;;) {
    const piece = from.readValue() as Piece
    if (typeof piece !== 'object' || piece === null) throw new Error('not a packed index')
    if ('end' in piece) return index as unknown as PrebuiltIndex
    if ('index' in piece) index[piece.key] = new IndexData(withTerms(unshared(piece.index)))
    else if ('table' in piece) index[piece.key] = TABLES[piece.key](piece.table)
    else if ('value' in piece) index[piece.key] = piece.value
    else {
      const list = (index[piece.key] ??= []) as unknown[]
      for (const item of piece.slice) list.push(item)
    }
  }
}
