// Query expansion tables, built ahead of time from WordNet and restricted to one corpus's vocabulary:
// a reader's word (key) → the corpus's words it may stand for, each with a weight below an exact
// match. Also the typo index: the corpus's own words, so a misspelling can only ever be corrected
// into a word the documents contain.

import { stem } from './terms.ts'

/** The corpus-independent table written by `npm run build:lexicon` (see src/cli/build-lexicon.ts). */
export interface WordnetTable {
  stems: string[]
  synsets: number[][]
  /** Parallel to `synsets`: each member's share (percent) of its word's uses in that sense. */
  shares: number[][]
  hyper: number[]
  broad: number[]
  similar: number[]
  deriv: number[]
  person: number[]
  frequency: number[]
}

/** What ships inside a prebuilt index: small, keyed by stems, plain JSON. */
export interface CorpusLexicon {
  /** Query stem (or two-stem phrase "let down") → [corpus stem, weight] pairs, best first. */
  expand: Record<string, Array<[string, number]>>
  /** Corpus stems that name people ("therapist", "friend"): evidence for a "who" question. */
  person: string[]
  /** General-English frequency of stems that appear in questions but maybe not in the corpus. */
  frequency: Record<string, number>
}

/**
 * Weights of each relation, below 1 (an exact or same-stem match). Derivations ("betrays" →
 * "betrayal") keep most of the meaning; hyponyms ("person" → "therapist") the least.
 */
export const RELATION_WEIGHTS = {
  deriv: 0.8,
  synonym: 0.7,
  similar: 0.55,
  hypernym: 0.5,
  hyponym: 0.4,
}

/** At most this many expansions per query word, so one vague word cannot flood the query. */
export const MAX_EXPANSIONS = 8

/** Expansions weaker than this are noise (a rare sense of a rare sense) and are not kept. */
export const MIN_EXPANSION_WEIGHT = 0.2

/**
 * How much a sense speaks for its word: the main senses fully, rare ones little. "document" means
 * "support with evidence" in a few percent of its uses, so it barely expands to "support".
 */
export const prominence = (sharePercent: number) => Math.min(1, 0.25 + (1.5 * sharePercent) / 100)

export function buildLexicon(table: WordnetTable, corpusStems: Set<string>): CorpusLexicon {
  const inCorpus = table.stems.map((s) => corpusStems.has(s))
  const best = new Map<number, Map<number, number>>()
  const add = (from: number, to: number, w: number) => {
    if (from === to || !inCorpus[to] || w < MIN_EXPANSION_WEIGHT) return
    let m = best.get(from)
    if (!m) best.set(from, (m = new Map()))
    if ((m.get(to) ?? 0) < w) m.set(to, w)
  }
  const member = (synset: number) =>
    table.synsets[synset].map((id, k): [number, number] => [
      id,
      prominence(table.shares[synset][k]),
    ])
  for (let s = 0; s < table.synsets.length; s++) {
    const ids = table.synsets[s]
    if (!ids.some((i) => inCorpus[i])) continue
    const m = member(s)
    for (const [a, pa] of m) for (const [b, pb] of m) add(a, b, RELATION_WEIGHTS.synonym * pa * pb)
  }
  const broad = new Set(table.broad)
  for (let i = 0; i < table.hyper.length; i += 2) {
    const child = member(table.hyper[i])
    const parent = member(table.hyper[i + 1])
    for (const [a, pa] of child)
      for (const [b, pb] of parent) add(a, b, RELATION_WEIGHTS.hypernym * pa * pb)
    if (!broad.has(table.hyper[i + 1])) {
      for (const [a, pa] of parent)
        for (const [b, pb] of child) add(a, b, RELATION_WEIGHTS.hyponym * pa * pb)
    }
  }
  for (let i = 0; i < table.similar.length; i += 2) {
    const a = member(table.similar[i])
    const b = member(table.similar[i + 1])
    for (const [x, px] of a)
      for (const [y, py] of b) {
        add(x, y, RELATION_WEIGHTS.similar * px * py)
        add(y, x, RELATION_WEIGHTS.similar * px * py)
      }
  }
  for (let i = 0; i < table.deriv.length; i += 2) {
    add(table.deriv[i], table.deriv[i + 1], RELATION_WEIGHTS.deriv)
    add(table.deriv[i + 1], table.deriv[i], RELATION_WEIGHTS.deriv)
  }

  const expand: CorpusLexicon['expand'] = {}
  for (const [from, targets] of best) {
    const list = [...targets]
      .sort((x, y) => y[1] - x[1] || table.stems[x[0]].localeCompare(table.stems[y[0]]))
      .slice(0, MAX_EXPANSIONS)
      // Two decimals are all the ranking can tell apart; more only grows the shipped index.
      .map(([to, w]): [string, number] => [table.stems[to], Math.round(w * 100) / 100])
    expand[table.stems[from]] = list
  }
  const frequency: Record<string, number> = {}
  for (let i = 0; i < table.frequency.length; i += 2)
    frequency[table.stems[table.frequency[i]]] = table.frequency[i + 1]
  return {
    expand,
    person: table.person.filter((i) => inCorpus[i]).map((i) => table.stems[i]),
    frequency,
  }
}

/** An empty lexicon: exact and same-stem matches only (used when no WordNet table is given). */
export const EMPTY_LEXICON: CorpusLexicon = { expand: {}, person: [], frequency: {} }

// ---- typo correction -------------------------------------------------------------------------

/** Words shorter than this are never corrected: too many real words lie one edit apart. */
export const MIN_TYPO_LENGTH = 4

function deletions(word: string): string[] {
  const out = new Set<string>()
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1))
  return [...out]
}

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let prev2: number[] = []
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2] + 1)
      cur.push(d)
      rowMin = Math.min(rowMin, d)
    }
    if (rowMin > max) return max + 1
    prev2 = prev
    prev = cur
  }
  return prev[b.length]
}

/**
 * A symmetric-delete index (as in SymSpell) over the corpus's words: a query word and a corpus word
 * within two edits share a one-deletion variant, so lookup costs a few map reads instead of a scan.
 */
export class TypoIndex {
  private readonly byDeletion = new Map<string, string[]>()
  private readonly counts: Map<string, number>

  constructor(vocabulary: Array<[string, number]>) {
    this.counts = new Map(vocabulary)
    for (const [word] of vocabulary) {
      if (word.length < MIN_TYPO_LENGTH || !/^\p{L}+$/u.test(word)) continue
      for (const key of [word, ...deletions(word)]) {
        const list = this.byDeletion.get(key)
        if (list) list.push(word)
        else this.byDeletion.set(key, [word])
      }
    }
  }

  has(word: string): boolean {
    return this.counts.has(word)
  }

  /** The corpus word closest to `word` (one edit up to 7 letters, two beyond), most frequent first. */
  correct(word: string): string | undefined {
    if (word.length < MIN_TYPO_LENGTH || this.counts.has(word)) return undefined
    const max = word.length >= 8 ? 2 : 1
    let best: string | undefined
    let bestKey = [Infinity, 0]
    for (const key of [word, ...deletions(word)]) {
      for (const candidate of this.byDeletion.get(key) ?? []) {
        const d = editDistance(word, candidate, max)
        if (d > max) continue
        const count = this.counts.get(candidate) ?? 0
        // Same first letter is a strong hint: typists rarely miss the first one.
        const rank = d - (candidate[0] === word[0] ? 0.5 : 0)
        if (rank < bestKey[0] || (rank === bestKey[0] && count > bestKey[1])) {
          best = candidate
          bestKey = [rank, count]
        }
      }
    }
    return best
  }
}

/** Stem of a word after correction, for callers that only need the term. */
export const correctedStem = (typos: TypoIndex, word: string): string | undefined => {
  const fixed = typos.correct(word)
  return fixed ? stem(fixed) : undefined
}
