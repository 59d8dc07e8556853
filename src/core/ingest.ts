// Files → the whole prebuilt index. This is the ONE pipeline: `npm run build` (for the worker) and the
// Node server both call it, so both runtimes answer from identical data.

import { characterClassWords } from './character-classes.ts'
import { cleanDocument } from './clean.ts'
import { EMPTY_LEXICON, restrictLexicon, Vocabulary, type CorpusLexicon } from './lexicon.ts'
import { groupPassages, isCitable } from './passages.ts'
import { IndexBuilder } from './index-build.ts'
import { type IndexData, type IndexGroup, type SerializedIndex } from './search-index.ts'
import { splitUnits } from './sentences.ts'
import type { StringTable } from './string-table.ts'
import { forgetStems, PARTICLE_STEMS, stem, STOPWORDS } from './terms.ts'
import { DocumentWords, grown, type WordIds } from './word-ids.ts'
import type { Passage, RawFile, Sentence, SourceDoc } from './types.ts'
import { PassageTable, SentenceTable } from './unit-tables.ts'
import type { WordnetGraph } from './wordnet-graph.ts'
import { restrictSenses } from './wordnet-senses.ts'

/** Bump when the shape of PrebuiltIndex changes, so a stale prebuilt file is rebuilt, not misread. */
export const INDEX_FORMAT = 13

/** Files larger than this are skipped with a warning: a corpus is prose, not a data dump. */
export const MAX_FILE_CHARS = 5_000_000

export interface PrebuiltIndex {
  format: number
  docs: SourceDoc[]
  /** Every unit of every document, in order (see unit-tables.ts). */
  sentences: SentenceTable
  passages: PassageTable
  lexicon: CorpusLexicon
  /** Every word of the corpus with its count, in the order first met: the typo index is built from it at load. */
  vocabulary: Vocabulary
  /** Questions and headings the corpus itself offers: suggestions when a question is not covered. */
  topics: string[]
  /**
   * The words the documents write in camelCase (two times in three at least, see onlyJoined),
   * each lower-cased then its parts, apart by spaces ("onerror on error"): see writtenParts in
   * corpus.ts.
   */
  joined: string[]
  /** The search index (see search-index.ts): built in process, or its JSON form once shipped. */
  search: IndexData | SerializedIndex
  /** Files that could not be used, with the reason, reported at start. */
  skipped: Array<{ path: string; reason: string }>
}

export interface IngestOptions {
  /** WordNet's expansions (src/data/wordnet-graph.json); without them, no synonym expansion. */
  wordnet?: WordnetGraph
}

/** A short, stable content hash (two 32-bit FNV-1a passes → 12 hex digits). Pure, no crypto API. */
export function contentVersion(text: string): string {
  let a = 0x811c9dc5
  let b = 0x01000193 ^ text.length
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193) >>> 0
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0
  }
  return (a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0')).slice(0, 12)
}

/** `guides/faq.md` → `guides/faq`: a document's id is its path without the extension. */
export const docIdOf = (path: string) =>
  path.replace(/\\/g, '/').replace(/\.(md|markdown|txt)$/i, '')

/** Why a file cannot be used, or undefined when it can. */
export function unusableReason(content: string): string | undefined {
  if (content.length > MAX_FILE_CHARS)
    return `larger than ${MAX_FILE_CHARS.toLocaleString('en')} characters`
  if (content.includes('\u0000')) return 'binary content (NUL bytes)'
  if (content.includes('\uFFFD')) return 'not valid UTF-8'
  if (!content.trim()) return 'empty'
  return undefined
}

export function ingest(files: RawFile[], options: IngestOptions = {}): PrebuiltIndex {
  const docs: SourceDoc[] = []
  const sentences: Sentence[] = []
  const passages: Passage[] = []
  const skipped: PrebuiltIndex['skipped'] = []
  const topics: string[] = []
  // Each document is read into word ids once: its vocabulary and its sentences' words come from it.
  const builder = new IndexBuilder()
  const wordIds = builder.wordIds
  let counts: Int32Array = new Int32Array(1024)
  const firstSeen: number[] = []

  const sorted = [...files].sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0))
  for (const file of sorted) {
    const reason = unusableReason(file.content)
    if (reason) {
      skipped.push({ path: file.path, reason })
      continue
    }
    const id = docIdOf(file.path)
    const cleaned = cleanDocument(file.content, id)
    if (!cleaned.text) {
      skipped.push({ path: file.path, reason: 'no text left after cleaning' })
      continue
    }
    docs.push({ ...cleaned, id, version: contentVersion(cleaned.text) })
    const words = new DocumentWords(wordIds, cleaned.text)
    counts = grown(counts, wordIds.words.length)
    for (const w of words.all()) if (counts[w]++ === 0) firstSeen.push(w)
    const units = splitUnits(cleaned.text)
    const first = passages.length
    groupPassages(id, cleaned.text, units, sentences, passages)
    for (let p = first; p < passages.length; p++)
      builder.add(indexGroup(passages[p], docs[docs.length - 1], sentences, words))
    for (const u of units) {
      const t = cleaned.text.slice(u.start, u.end)
      if (u.kind === 'question' || (u.kind === 'heading' && t.endsWith('?'))) topics.push(t)
    }
  }

  const search = builder.finish()
  // Every word of the corpus with its count, in the order first met.
  const words = firstSeen.map((w) => wordIds.words[w])
  const vocabulary = Vocabulary.of(
    words,
    firstSeen.map((w) => counts[w]),
  )

  const corpusStems = new Set<string>()
  const indexed = new Set<string>()
  for (const w of words) {
    corpusStems.add(stem(w))
    if (!STOPWORDS.has(w)) indexed.add(stem(w))
  }
  const lexicon = options.wordnet
    ? withSenses(options.wordnet, corpusStems, indexed, search.parts.terms)
    : EMPTY_LEXICON
  forgetStems()

  return {
    format: INDEX_FORMAT,
    docs,
    sentences: SentenceTable.of(
      sentences,
      docs.map((d) => d.id),
    ),
    passages: PassageTable.of(passages),
    lexicon,
    vocabulary,
    topics: [...new Set(topics)],
    joined: onlyJoined(wordIds, counts),
    search,
    skipped,
  }
}

/**
 * The words the documents write in camelCase (see PrebuiltIndex.joined): at least JOINED_SHARE of
 * the times they write them. One they also write otherwise as often is a word of its own there
 * too: the pages' "DOCTYPE" (four times) is HTML's, not the parts of their `docType` option (four
 * times), and a reader who types it so means that. One written otherwise only in passing (the
 * route "/notfound" of an example, beside fourteen `notFound`) is still theirs in parts.
 */
function onlyJoined(wordIds: WordIds, counts: Int32Array): string[] {
  const out: string[] = []
  for (const [word, { parts, times }] of wordIds.joined)
    if (times >= JOINED_SHARE * counts[wordIds.id(word)]) out.push(`${word} ${parts.join(' ')}`)
  return out
}

/** Least share of a word's occurrences written in camelCase for its parts to be read (see onlyJoined). */
const JOINED_SHARE = 2 / 3

/** The corpus's lexicon with the rare senses of the words it neither has nor relates to. */
function withSenses(
  wordnet: WordnetGraph,
  corpusStems: Set<string>,
  indexed: Set<string>,
  /** The search index's terms: what a question's word can be mentioned as (see mentions). */
  terms: StringTable,
): CorpusLexicon {
  // Each stem found in the graph once, not once per restriction: a binary search of string
  // comparisons, 1,700 of them at 0.1 MB of text, run cold in a fresh process.
  const lines = new Map<string, number>()
  for (const s of corpusStems) lines.set(s, wordnet.stems.lineOf(s))
  const lineOf = (s: string) => lines.get(s) ?? -1
  // A phrase is looked up as a phrasal verb or as a compound whose last word the documents use.
  const phraseEnd = (last: string) => PARTICLE_STEMS.has(last) || terms.id(last) >= 0
  const lexicon = restrictLexicon(wordnet, corpusStems, lineOf, phraseEnd)
  const senses = restrictSenses(wordnet, indexed, lineOf)
  return senses ? { ...lexicon, senses } : lexicon
}

/**
 * The passages as the search index sees them: each one's citable sentences, the nearest two
 * headings above it (or its document's title) with the document's own question that introduces
 * it, and its text that is never cited (code), which is context for each of its sentences along
 * with their neighbours.
 */
export function indexGroups(
  docs: SourceDoc[],
  sentences: SentenceTable,
  passages: PassageTable,
): IndexGroup[] {
  const docById = new Map(docs.map((d) => [d.id, d]))
  const text = (docId: string) => docById.get(docId)!.text
  const units = sentences.list()
  return Array.from({ length: passages.length }, (_, p) => {
    const passage = passages.at(p, sentences, text)
    return indexGroup(passage, docById.get(passage.docId)!, units)
  })
}

/**
 * A unit's text in its document. (Module-level helpers, not closures made per passage: see
 * `space` in terms.ts.)
 */
const unitText = (doc: SourceDoc, u: Sentence) => doc.text.slice(u.start, u.end)

/** A unit's words, read from its document's word ids when there are any. */
const unitWords = (words: DocumentWords | undefined, u: Sentence) =>
  words && { ids: words.span(u.start, u.end) }

/** One passage as the index sees it; `words`, its document read into word ids, spares reading it. */
function indexGroup(
  p: Passage,
  doc: SourceDoc,
  sentences: Sentence[],
  words?: DocumentWords,
): IndexGroup {
  const headings = p.headings.length ? p.headings : [doc.title]
  const around: IndexGroup['around'] = []
  const cited: IndexGroup['sentences'] = []
  for (const j of p.sentences) {
    // The question line is read with the headings (below), not as context.
    if (sentences[j].kind === 'question' && p.label !== undefined) continue
    // An example's section heading is what it shows: its words count as the example's own.
    if (sentences[j].kind === 'example')
      cited.push({
        id: j,
        text: `${headings[headings.length - 1]}\n${unitText(doc, sentences[j])}`,
      })
    else if (isCitable(sentences[j].kind)) {
      // A regex's character class is said in words too (see character-classes.ts): the sentence
      // is then read anew with them.
      const text = unitText(doc, sentences[j])
      const said = characterClassWords(text)
      if (said) cited.push({ id: j, text: `${text}\n${said}` })
      else cited.push({ id: j, text, words: unitWords(words, sentences[j]) })
    } else {
      const text = unitText(doc, sentences[j])
      around.push(unitWords(words, sentences[j]) ?? text)
      const said = characterClassWords(text)
      if (said) around.push(said)
    }
  }
  return {
    // The nearest headings name what the section is about ("query()", "Body Limit Middleware");
    // so does a question the document asks and answers right after ("How does broken trust in
    // sexual intimacy restructure one's unconscious sense of safety …?"), a heading in all but its
    // markup. As context (0.5 a match, not 0.7) it weighed less than one sentence elsewhere
    // saying "safety" and "trust": over the 24 sets two answers rose to the first place (dbl11
    // 12d13 from a wrong answer, dbl8 9d40 from the first three) and one wrong answer into the
    // first three (dbl10 11d13); nothing fell. The Hono pages ask themselves nothing.
    heading: [...headings.slice(-2), ...(p.label ? [p.label] : [])].join('\n'),
    around,
    sentences: cited,
  }
}
