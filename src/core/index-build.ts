// Building the search index (search-index.ts holds its data, loading and scoring): each passage
// tokenised once, its words turned into ids, and the postings of three fields written in one pass.

import {
  compact,
  type FieldPostings,
  IndexData,
  type IndexGroup,
  narrow,
  type Words,
} from './search-index.ts'
import { StringTable } from './string-table.ts'
import { termOf } from './terms.ts'
import { grown, WordIds } from './word-ids.ts'

/**
 * Builds the index of the given passages. Each unit of text is tokenised once, its words turned
 * into ids; a sentence's context is its passage's counts (question line, code, the other
 * sentences) less its own. Counting uses arrays indexed by word and term id, stamped per passage
 * or sentence so nothing is cleared or allocated per unit.
 */
export function buildIndex(groups: IndexGroup[]): IndexData {
  const builder = new IndexBuilder()
  for (const g of groups) builder.add(g)
  return builder.finish()
}

/** Builds an index passage by passage, so a caller need not hold all of them at once. */
export class IndexBuilder {
  readonly add: (g: IndexGroup) => void
  readonly finish: () => IndexData

  constructor(readonly wordIds = new WordIds()) {
    ;[this.add, this.finish] = builder(wordIds)
  }
}

/**
 * Counts of ids within one run (a passage, a sentence): a stamp per id says which run its count
 * belongs to, so a new run clears nothing. `seen` lists the run's distinct ids in order.
 */
class Tally {
  private stamps = new Int32Array(1024)
  counts = new Int32Array(1024)
  readonly seen: number[] = []
  private run = 0

  start(): void {
    this.run++
    this.seen.length = 0
  }

  /** Counts one occurrence; true when it is the id's first in this run. */
  add(id: number): boolean {
    if (this.stamps[id] === this.run) {
      this.counts[id]++
      return false
    }
    this.stamps[id] = this.run
    this.counts[id] = 1
    this.seen.push(id)
    return true
  }

  room(n: number): void {
    this.stamps = grown(this.stamps, n)
    this.counts = grown(this.counts, n)
  }
}

/**
 * One field's postings as the build meets them, (term, doc, frequency) appended to flat arrays,
 * then sorted by term (a counting sort, so each term's docs keep their order): an array per term
 * meant tens of thousands of small arrays growing at random, and a twentieth of the build.
 */
class PostingLog {
  private term = new Int32Array(1 << 12)
  private doc = new Int32Array(1 << 12)
  private tf = new Int32Array(1 << 12)
  private length = 0

  push(term: number, doc: number, tf: number): void {
    const n = this.length
    if (n === this.term.length) {
      this.term = grown(this.term, n + 1)
      this.doc = grown(this.doc, n + 1)
      this.tf = grown(this.tf, n + 1)
    }
    this.term[n] = term
    this.doc[n] = doc
    this.tf[n] = tf
    this.length = n + 1
  }

  /** The postings in compressed-row form, for term ids 0 … terms-1. */
  byTerm(terms: number): FieldPostings {
    const n = this.length
    const start = new Int32Array(terms + 1)
    for (let i = 0; i < n; i++) start[this.term[i] + 1]++
    for (let t = 0; t < terms; t++) start[t + 1] += start[t]
    const next = start.slice(0, terms)
    const doc = new Int32Array(n)
    const tf = new Int32Array(n)
    for (let i = 0; i < n; i++) {
      const at = next[this.term[i]]++
      doc[at] = this.doc[i]
      tf[at] = this.tf[i]
    }
    return { start: compact(start), doc: narrow(doc), tf: narrow(tf) }
  }
}

function builder(wordIds: WordIds): [(g: IndexGroup) => void, () => IndexData] {
  const termIds = new Map<string, number>()
  const terms: string[] = []
  // Per field: the postings as they come, sorted by term at the end.
  const postings = [new PostingLog(), new PostingLog(), new PostingLog()]
  const contextMatching: number[] = []
  // Arrays indexed by word or term id are typed and grown here: ids come from a WordIds shared
  // with other readers, so plain arrays would be written far past their end and turn sparse.
  /** Word id → term id, -1 for a stopword, -2 until first met. */
  let termOfWord = new Int32Array(1024).fill(-2)
  const termOfId = (w: number) => {
    let t = termOfWord[w]
    if (t === -2) {
      const term = termOf(wordIds.words[w])
      t = -1
      if (term) {
        t = termIds.get(term) ?? -1
        if (t < 0) {
          termIds.set(term, (t = terms.length))
          terms.push(term)
          contextMatching.push(0)
        }
      }
      termOfWord[w] = t
    }
    return t
  }
  const idsOf = (source: string | Words) =>
    typeof source === 'string' ? wordIds.idsOf(source) : source.ids

  // Counts by word id and term id: the passage's (p*), the current sentence's (s*).
  const pWords = new Tally()
  const pTerms = new Tally()
  const sWords = new Tally()
  const sTerms = new Tally()
  /** Per term of the passage: how many of its sentences hold all of its occurrences. */
  let fullyOwn = new Int32Array(1024)
  /** Makes room for every word id given out so far and every term id they can map to. */
  const room = () => {
    const words = wordIds.words.length
    termOfWord = grown(termOfWord, words, -2)
    pWords.room(words)
    sWords.room(words)
    // A new word makes at most one new term.
    const most = terms.length + words
    pTerms.room(most)
    sTerms.room(most)
    fullyOwn = grown(fullyOwn, most)
  }

  const ids: number[] = []
  const groupStart = [0]
  const textLength: number[] = []
  const contextLength: number[] = []
  const headingLength: number[] = []
  const avg = [0, 0, 0]
  let heading: { text: string; words: number; terms: Map<number, number> } | undefined
  // A passage's word, counted for it (made once here, not per passage: see `space` in terms.ts).
  const tally = (w: number) => {
    pWords.add(w)
    const t = termOfId(w)
    if (t >= 0 && pTerms.add(t)) fullyOwn[t] = 0
  }
  const add = (g: IndexGroup) => {
    if (!g.sentences.length) return
    const group = groupStart.length - 1
    // Consecutive passages of a section share their heading: count it once.
    const hw = heading?.text !== g.heading ? idsOf(g.heading) : undefined
    const aroundIds = g.around.map(idsOf)
    const own: Array<ReturnType<typeof idsOf>> = []
    for (const s of g.sentences) own.push(idsOf(s.words ?? s.text))
    room()
    if (hw) {
      const terms = new Map<number, number>()
      for (const w of hw) {
        const t = termOfId(w)
        if (t >= 0) terms.set(t, (terms.get(t) ?? 0) + 1)
      }
      heading = { text: g.heading, words: new Set(hw).size, terms }
    }
    const head = heading!
    pWords.start()
    pTerms.start()
    for (const words of aroundIds) for (const w of words) tally(w)
    for (const words of own) for (const w of words) tally(w)
    for (let i = 0; i < own.length; i++) {
      const words = own[i]
      const doc = ids.length
      ids.push(g.sentences[i].id)
      sWords.start()
      sTerms.start()
      for (const w of words) {
        sWords.add(w)
        const t = termOfId(w)
        if (t >= 0) sTerms.add(t)
      }
      // Distinct words of its context: all of the passage's, less those only the sentence has.
      let onlyHere = 0
      for (const w of sWords.seen) if (sWords.counts[w] === pWords.counts[w]) onlyHere++
      const lengths = [sWords.seen.length, head.words, pWords.seen.length - onlyHere]
      // MiniSearch's running average of each field's length, in the same arithmetic.
      for (let f = 0; f < 3; f++) avg[f] = (avg[f] * doc + lengths[f]) / (doc + 1)
      textLength.push(lengths[0])
      contextLength.push(lengths[2])
      for (const t of sTerms.seen) {
        postings[0].push(t, doc, sTerms.counts[t])
        if (sTerms.counts[t] === pTerms.counts[t]) fullyOwn[t]++
      }
    }
    headingLength.push(head.words)
    for (const [t, k] of head.terms) postings[1].push(t, group, k)
    // A term is in a sentence's context when some of its occurrences lie outside the sentence.
    for (const t of pTerms.seen) {
      const matching = own.length - fullyOwn[t]
      if (!matching) continue
      contextMatching[t] += matching
      postings[2].push(t, group, pTerms.counts[t])
    }
    groupStart.push(ids.length)
  }

  const finish = (): IndexData => {
    return new IndexData({
      ids: Int32Array.from(ids),
      groupStart: Int32Array.from(groupStart),
      terms: StringTable.of(terms),
      avg,
      textLength: compact(Int32Array.from(textLength)),
      contextLength: compact(Int32Array.from(contextLength)),
      headingLength: compact(Int32Array.from(headingLength)),
      text: postings[0].byTerm(terms.length),
      heading: postings[1].byTerm(terms.length),
      context: postings[2].byTerm(terms.length),
      contextMatching: compact(Int32Array.from(contextMatching)),
    })
  }
  return [add, finish]
}
