// WordNet's relations compiled once, at `npm run build:lexicon`, into the expansions of every stem
// over all of WordNet, filed under the stem they lead TO. A corpus's lexicon is then read off the
// lists of its own stems (see restrictLexicon in lexicon.ts): its cost follows the corpus, not
// WordNet. Walking WordNet's 118,000 synsets for every build cost 0.2–0.3 s even for a 100 kB
// corpus, five times the time of everything else it takes to index it.

import { packTable, type PackedTable } from './packed-table.ts'
import type { SenseGraph } from './wordnet-senses.ts'
import { englishFilter } from './english-stems.ts'

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
  /** Pairs of an adjective sense and the noun sense of the attribute it is a value of ("afraid" → "fear"). */
  attribute?: number[]
  /** Verb senses whose definition says "again" (or "anew", "back"): what the adverb "again" reaches. */
  again: number[]
  /** Triples of a phrasal verb, a word of its definition and the sense it defines. */
  gloss: number[]
  /**
   * Links set by hand where WordNet has none, by kind (see HAND_LINKS): pairs of stems related
   * both ways at the kind's RELATION_WEIGHTS. "partner": an everyday word for a partner and
   * "partner" ("boyfriend"); "everyday": a reader's everyday word and the documents' own
   * ("mom" and "caregiver", "treatment" and "therapy", "show up" and "manifest");
   * "unfaithful": "affair" and a word for unfaithfulness
   * ("infidelity"); "deceit": "lie" (tell an untruth) and a word for deceit ("betrayal");
   * "switches": words for switching a setting the same way ("turn off", "disable").
   */
  links?: Partial<Record<HandLink, number[]>>
  /** Pairs of a word that says its base is lacking and the base ("worthless" → "worth"). */
  lacking?: number[]
  person: number[]
  frequency: number[]
  /** Words English writes only as names ("chicago", "french"), as typed, sorted (see build-lexicon.ts). */
  names?: string[]
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
  again: 0.5,
  partner: 0.6,
  /** A reader's everyday word and the documents' own: "mom" and "caregiver", "treatment" and "therapy". */
  everyday: 0.6,
  /** "affair" and the words for what it is ("infidelity", "cheating"): the same act. */
  unfaithful: 0.8,
  /** "lie" (tell an untruth) and the words for what it does to the one lied to ("betray"). */
  deceit: 0.7,
  /** Words for switching a setting the same way: "turn off" the header is "disable" or "suppress" it. */
  switches: 0.6,
  /** A word that says its base is lacking → the base: "worthless" → "worth" (of "self-worth"). */
  lacking: 0.5,
  /** An adjective → the attribute it is a value of: "scared" (like "afraid") → "fear". */
  attribute: 0.55,
  /** A phrasal verb's definition: "let down" is "fail to meet the hopes or expectations of". */
  gloss: 0.5,
  /** Times a derivation's own relation: "panicky" → (its noun) "panic" → (a kind of) "fear". */
  throughDerivation: 0.6,
}

/** The kinds of link set by hand (see WordnetTable.links), each at its RELATION_WEIGHTS. */
export const HAND_LINKS = ['partner', 'everyday', 'unfaithful', 'deceit', 'switches'] as const
export type HandLink = (typeof HAND_LINKS)[number]

/** Expansions weaker than this are noise (a rare sense of a rare sense) and are not kept. */
export const MIN_EXPANSION_WEIGHT = 0.2

/**
 * How much a sense speaks for its word: the main senses fully, rare ones little. "document" means
 * "support with evidence" in a few percent of its uses, so it barely expands to "support".
 */
export const prominence = (sharePercent: number) => Math.min(1, 0.25 + (1.5 * sharePercent) / 100)

/** WordNet's expansions, filed by the stem they lead to (read with restrictLexicon). */
export interface WordnetGraph {
  /** Every WordNet stem, in code-unit order, as a packed table with empty values: a stem's id is its line. */
  stems: PackedTable
  /** The expansions into stem t are pairs into[t] to into[t + 1] - 1. */
  into: Uint32Array
  /** Each pair's query stem: its id << WEIGHT_BITS | the weight in hundredths. */
  from: Uint32Array
  /** Each pair's place in its query stem's expansions, best first: the order the first 8 are kept in. */
  rank: Uint16Array
  /** Stems that name people (WordNet's noun.person), in WordNet's order. */
  person: string[]
  /** General-English frequency of stems, as a packed table: the same for every corpus. */
  frequency: string
  /** Words English writes only as names, as a packed table with empty values: the same for every corpus. */
  names?: string
  /** Whether English has a stem, as a Bloom filter (see english-stems.ts): the same for every corpus. */
  english?: string
  /** Rare senses and the words that pick them (wordnet-senses.ts), when read with the graph. */
  senses?: SenseGraph
}

/** The graph as written to src/data/wordnet-graph.json (see src/node/wordnet-file.ts): its stems as text. */
export type WordnetGraphData = Omit<WordnetGraph, 'stems'> & { stems: string }

/** A weight in hundredths takes the low 7 bits of a pair's `from`. */
export const WEIGHT_BITS = 7

/** localeCompare's order, from one collator rather than one per comparison. */
export const byLocale = new Intl.Collator().compare

/**
 * The best weight of every expansion `from → to` whose target is in the corpus (`inCorpus[to]`),
 * by WordNet's relations: synonyms, hypernyms and hyponyms, similar adjectives, derivations.
 */
export function relatedStems(
  table: WordnetTable,
  inCorpus: ArrayLike<boolean>,
): Map<number, Map<number, number>> {
  const best = new Map<number, Map<number, number>>()
  const add = (from: number, to: number, w: number) => {
    if (from === to || !inCorpus[to] || w < MIN_EXPANSION_WEIGHT) return
    let m = best.get(from)
    if (!m) best.set(from, (m = new Map()))
    if ((m.get(to) ?? 0) < w) m.set(to, w)
  }
  // Only pairs whose target sense has a corpus word can add anything: the others are skipped
  // without reading their members.
  const weights: Array<number[] | undefined> = new Array(table.synsets.length)
  const prominenceOf = (synset: number) =>
    (weights[synset] ??= table.shares[synset].map(prominence))
  const hasCorpusWord = new Uint8Array(table.synsets.length)
  table.synsets.forEach((ids, s) => {
    for (const i of ids) if (inCorpus[i]) hasCorpusWord[s] = 1
  })
  /** Every member of `from` to every member of `to`, at `weight` times both prominences. */
  const relate = (from: number, to: number, weight: number, both = false) => {
    const a = table.synsets[from]
    const b = table.synsets[to]
    const pa = prominenceOf(from)
    const pb = prominenceOf(to)
    for (let i = 0; i < a.length; i++)
      for (let j = 0; j < b.length; j++) {
        add(a[i], b[j], weight * pa[i] * pb[j])
        if (both) add(b[j], a[i], weight * pa[i] * pb[j])
      }
  }
  for (let s = 0; s < table.synsets.length; s++)
    if (hasCorpusWord[s]) relate(s, s, RELATION_WEIGHTS.synonym)
  const broad = new Set(table.broad)
  for (let i = 0; i < table.hyper.length; i += 2) {
    const child = table.hyper[i]
    const parent = table.hyper[i + 1]
    if (hasCorpusWord[parent]) relate(child, parent, RELATION_WEIGHTS.hypernym)
    if (hasCorpusWord[child] && !broad.has(parent)) relate(parent, child, RELATION_WEIGHTS.hyponym)
  }
  for (let i = 0; i < table.similar.length; i += 2) {
    const x = table.similar[i]
    const y = table.similar[i + 1]
    if (hasCorpusWord[x] || hasCorpusWord[y]) relate(x, y, RELATION_WEIGHTS.similar, true)
  }
  const attribute = table.attribute ?? []
  for (let i = 0; i < attribute.length; i += 2)
    if (hasCorpusWord[attribute[i + 1]])
      relate(attribute[i], attribute[i + 1], RELATION_WEIGHTS.attribute)
  for (let i = 0; i < table.deriv.length; i += 2) {
    add(table.deriv[i], table.deriv[i + 1], RELATION_WEIGHTS.deriv)
    add(table.deriv[i + 1], table.deriv[i], RELATION_WEIGHTS.deriv)
  }
  // A word stands, less surely, for what its derivations stand for. The relations of an adjective
  // or a verb are often filed under its noun: "panicky" has none to the documents' words, but its
  // noun "panic" is a kind of "fear"; "anxious" leads to "anxiety" only through "anxiousness".
  // One step only, from the relations above (not from each other's derivations).
  const direct = new Map([...best].map(([k, m]) => [k, new Map(m)]))
  const through = (word: number, derived: number) => {
    const related = direct.get(derived)
    if (related)
      for (const [to, w] of related) add(word, to, RELATION_WEIGHTS.throughDerivation * w)
  }
  for (let i = 0; i < table.deriv.length; i += 2) {
    through(table.deriv[i], table.deriv[i + 1])
    through(table.deriv[i + 1], table.deriv[i])
  }
  /** Each pair of `pairs` related both ways at `weight`. */
  const bothWays = (pairs: readonly number[], weight: number) => {
    for (let i = 0; i < pairs.length; i += 2) {
      add(pairs[i], pairs[i + 1], weight)
      add(pairs[i + 1], pairs[i], weight)
    }
  }
  for (const kind of HAND_LINKS) bothWays(table.links?.[kind] ?? [], RELATION_WEIGHTS[kind])
  const lacking = table.lacking ?? []
  for (let i = 0; i < lacking.length; i += 2)
    add(lacking[i], lacking[i + 1], RELATION_WEIGHTS.lacking)
  // A phrasal verb → the words of its definition ("lean on" → "support"), by how much the sense
  // speaks for it.
  for (let i = 0; i < table.gloss.length; i += 3) {
    const phrase = table.gloss[i]
    const synset = table.gloss[i + 2]
    const share = prominenceOf(synset)[table.synsets[synset].indexOf(phrase)]
    add(phrase, table.gloss[i + 1], RELATION_WEIGHTS.gloss * share)
  }
  // "again" → the verbs that mean doing a thing again, by how much each sense speaks for its word.
  const again = table.stems.indexOf('again')
  if (again >= 0)
    for (const s of table.again) {
      const words = table.synsets[s]
      const p = prominenceOf(s)
      for (let j = 0; j < words.length; j++) add(again, words[j], RELATION_WEIGHTS.again * p[j])
    }
  return best
}

/** A query stem's expansions in the order they are kept: heaviest first, ties by locale. */
export function bestFirst(
  table: WordnetTable,
  targets: Map<number, number>,
): Array<[number, number]> {
  return [...targets].sort((x, y) => y[1] - x[1] || byLocale(table.stems[x[0]], table.stems[y[0]]))
}

/** Every stem's general-English frequency, as a packed table's entries. */
export function frequencyEntries(table: WordnetTable): Array<[string, string]> {
  const entries: Array<[string, string]> = []
  for (let i = 0; i < table.frequency.length; i += 2)
    entries.push([table.stems[table.frequency[i]], String(table.frequency[i + 1])])
  return entries
}

/** Stems, ranks and pairs under these bounds fit restrictLexicon's sort keys (17 + 16 + 20 bits). */
export const STEM_SPAN = 2 ** 17
export const RANK_SPAN = 2 ** 16
export const PAIR_SPAN = 2 ** 20

/** The table's stem ids in the graph's order: the stems' code-unit order, a graph stem's id. */
export function graphOrder(table: WordnetTable): number[] {
  return table.stems
    .map((_, i) => i)
    .sort((a, b) => {
      const x = table.stems[a]
      const y = table.stems[b]
      return x < y ? -1 : x > y ? 1 : 0
    })
}

/** The graph of every stem's expansions over all of WordNet (for npm run build:lexicon). */
export function expansionGraph(table: WordnetTable): WordnetGraphData {
  const order = graphOrder(table)
  const idOf = new Int32Array(table.stems.length)
  order.forEach((old, id) => (idOf[old] = id))
  const everything = new Array<boolean>(table.stems.length).fill(true)
  const pairsInto: Array<number[]> = order.map(() => [])
  for (const [from, targets] of relatedStems(table, everything)) {
    const list = bestFirst(table, targets)
    if (list.length > RANK_SPAN) throw new Error(`${table.stems[from]}: too many expansions`)
    list.forEach(([to, w], rank) =>
      pairsInto[idOf[to]].push((idOf[from] << WEIGHT_BITS) | Math.round(w * 100), rank),
    )
  }
  const total = pairsInto.reduce((n, list) => n + list.length / 2, 0)
  if (table.stems.length > STEM_SPAN || total > PAIR_SPAN)
    throw new Error(`WordNet graph too large: ${table.stems.length} stems, ${total} pairs`)
  const into = new Uint32Array(order.length + 1)
  const from = new Uint32Array(total)
  const rank = new Uint16Array(total)
  let p = 0
  pairsInto.forEach((list, t) => {
    into[t] = p
    for (let i = 0; i < list.length; i += 2, p++) {
      from[p] = list[i]
      rank[p] = list[i + 1]
    }
  })
  into[order.length] = p
  return {
    stems: packTable(order.map((old) => [table.stems[old], ''])),
    into,
    from,
    rank,
    person: table.person.map((i) => table.stems[i]),
    frequency: packTable(frequencyEntries(table)),
    ...(table.names && { names: namesTable(table.names) }),
    english: englishFilter(table.stems),
  }
}

/** The words English writes only as names, as a packed table with empty values. */
export const namesTable = (names: string[]) => packTable(names.map((w) => [w, '']))
