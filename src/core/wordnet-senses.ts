// A word's rare senses, for the questions whose other words pick them. The expansion graph weighs
// each sense by how often WordNet's tagged texts use it, so "raise" barely stands for "parent":
// bringing up children is one use of "raise" in twenty, and the documents' "parenting one's own
// children" stays out of reach of "Can a messed-up childhood make it harder to raise my own kids?".
// Counting such senses for every question cost the dev set (docs/quality-log.md: smoothing the
// shares); a sense counts here only where the question says what the sense is about, as Lesk's
// method tells senses apart: "kids" is "child", a word of the definition of raise's "bring up"
// sense ("look after a child until it is an adult"). And only for a word the documents have no
// relative of at all, which the question would otherwise weigh as a word they lack: a word they
// do relate to already has its main senses' relatives, and for every word the rare ones moved
// more answers of the 24 sets down than up (docs/quality-log.md).
//
// Built by `npm run build:lexicon` into src/data/wordnet-senses.json beside the graph, filed like
// it by the stem an expansion leads to, and restricted at ingest (restrictSenses) to the senses
// that lead from a word the corpus neither has nor relates to into the corpus's own words, with
// the corpus's words of their context: 5–12 kB a corpus from 0.1 to 19 MB of text.

import { weightChar } from './lexicon.ts'
import { packTable, PackedTable } from './packed-table.ts'
import {
  graphOrder,
  MIN_EXPANSION_WEIGHT,
  prominence,
  RELATION_WEIGHTS,
  WEIGHT_BITS,
  type WordnetGraph,
  type WordnetTable,
} from './wordnet-graph.ts'

/** What build:lexicon reads from WordNet for each sense, beyond the relation table. */
export interface SenseInputs {
  /** Per synset: the stems of the content words of its definition and examples. */
  gloss: number[][]
  /**
   * Triples of a synset, a stem WordNet derives from one of its members in that sense ("parent",
   * the noun, from "parent", the verb, of {rear, raise, bring up, nurture, parent}) and the synset
   * of the derived word.
   */
  derived: number[]
}

/** The compiled senses, by graph stem id (the graph's code-unit order), as written to JSON. */
export interface SenseGraph {
  /** The expansions into graph stem t are into[t] to into[t + 1] - 1. */
  into: Uint32Array
  /** Each expansion's source stem: its id << WEIGHT_BITS | the weight in hundredths. */
  from: Uint32Array
  /** Each expansion's sense: the context its source needs beside it in a question. */
  sense: Uint32Array
  /** The context of sense s is context[contextAt[s]] to context[contextAt[s + 1] - 1]. */
  contextAt: Uint32Array
  context: Uint32Array
}

/**
 * A context word in more than this share of the senses' contexts says nothing of any of them:
 * "not", "make", "time", "relate", "state" are each in the context of one sense in fifty or more.
 */
const MAX_CONTEXT_SHARE = 0.01

/** A sense that is at least this share of its word's uses is a main sense, counted by the graph. */
const MAIN_SHARE = 50

/**
 * Every rare sense's expansions and context. A sense is rare for a member with less than
 * MAIN_SHARE of its uses in it (a prominence under 1): picked by its context, it counts fully for
 * that member, and leads
 * to its other members at a synonym's weight times their prominence, and to what WordNet derives
 * from it at a derivation's ("raise" → "parent", the noun, in the sense shared with "parent", the
 * verb). Its context: the words of its definition and examples, its members, its hypernyms' and
 * (but for a broad synset's) hyponyms' members, and the words derived from it.
 */
export function senseGraph(table: WordnetTable, inputs: SenseInputs): SenseGraph {
  const order = graphOrder(table)
  const idOf = new Int32Array(table.stems.length)
  order.forEach((old, id) => (idOf[old] = id))
  const n = table.synsets.length
  const derived: Array<Array<[number, number]>> = Array.from({ length: n }, () => [])
  for (let i = 0; i < inputs.derived.length; i += 3) {
    const [synset, stem, of] = [inputs.derived[i], inputs.derived[i + 1], inputs.derived[i + 2]]
    const share = table.shares[of][table.synsets[of].indexOf(stem)] ?? 0
    derived[synset].push([stem, prominence(share)])
  }
  const hypernyms: number[][] = Array.from({ length: n }, () => [])
  const hyponyms: number[][] = Array.from({ length: n }, () => [])
  const broad = new Set(table.broad)
  for (let i = 0; i < table.hyper.length; i += 2) {
    hypernyms[table.hyper[i]].push(table.hyper[i + 1])
    if (!broad.has(table.hyper[i + 1])) hyponyms[table.hyper[i + 1]].push(table.hyper[i])
  }
  const contexts: Array<Set<number>> = []
  for (let s = 0; s < n; s++) {
    const ctx = new Set<number>(inputs.gloss[s])
    for (const id of table.synsets[s]) ctx.add(id)
    for (const h of [...hypernyms[s], ...hyponyms[s]])
      for (const id of table.synsets[h]) ctx.add(id)
    for (const [id] of derived[s]) ctx.add(id)
    contexts.push(ctx)
  }
  const df = new Map<number, number>()
  for (const ctx of contexts) for (const id of ctx) df.set(id, (df.get(id) ?? 0) + 1)
  const common = Math.max(1, MAX_CONTEXT_SHARE * n)
  // Entries filed by target (graph id): [source graph id, weight in hundredths, sense].
  const into: number[][] = order.map(() => [])
  const senseOf = new Map<number, number>()
  const contextLists: number[][] = []
  for (let s = 0; s < n; s++) {
    const members = table.synsets[s]
    const shares = table.shares[s]
    const targets = new Map<number, number>()
    const reach = (id: number, w: number) => {
      if (w >= MIN_EXPANSION_WEIGHT && (targets.get(id) ?? 0) < w) targets.set(id, w)
    }
    members.forEach((id, j) => reach(id, RELATION_WEIGHTS.synonym * prominence(shares[j])))
    for (const [id, p] of derived[s]) reach(id, RELATION_WEIGHTS.deriv * p)
    if (!targets.size) continue
    members.forEach((source, j) => {
      if (shares[j] >= MAIN_SHARE) return
      for (const [to, w] of targets) {
        if (to === source) continue
        let sense = senseOf.get(s)
        if (sense === undefined) {
          senseOf.set(s, (sense = contextLists.length))
          const ctx = [...contexts[s]].filter((id) => (df.get(id) ?? 0) <= common)
          contextLists.push(ctx.map((id) => idOf[id]).sort((a, b) => a - b))
        }
        into[idOf[to]].push(idOf[source], Math.round(w * 100), sense)
      }
    })
  }
  return pack(into, contextLists)
}

function pack(into: number[][], contextLists: number[][]): SenseGraph {
  const total = into.reduce((k, list) => k + list.length / 3, 0)
  const graph: SenseGraph = {
    into: new Uint32Array(into.length + 1),
    from: new Uint32Array(total),
    sense: new Uint32Array(total),
    contextAt: new Uint32Array(contextLists.length + 1),
    context: new Uint32Array(contextLists.reduce((k, c) => k + c.length, 0)),
  }
  let p = 0
  into.forEach((list, t) => {
    graph.into[t] = p
    for (let i = 0; i < list.length; i += 3, p++) {
      graph.from[p] = (list[i] << WEIGHT_BITS) | list[i + 1]
      graph.sense[p] = list[i + 2]
    }
  })
  graph.into[into.length] = p
  let c = 0
  contextLists.forEach((list, s) => {
    graph.contextAt[s] = c
    for (const id of list) graph.context[c++] = id
  })
  graph.contextAt[contextLists.length] = c
  return graph
}

/**
 * A corpus's senses table: for each stem the corpus neither has nor relates to, the rare senses
 * that lead to its stems, each with the corpus stems that pick it. A packed table: the corpus
 * stems it names, once, on the first line (key "\u0001"); then per source stem its senses,
 * separated by "!", each its targets (a place in that list in three base-91 digits, and a weight
 * character as in the expansion table), a space, and its context's places. Empty when the graph
 * has no senses.
 */
export function restrictSenses(
  graph: WordnetGraph,
  /** The stems the corpus's index holds: of its words, not its function words. */
  corpusStems: Set<string>,
  /** A stem's line in the graph (-1: none), as restrictLexicon was given it. */
  lineOf = (s: string) => graph.stems.lineOf(s),
): string {
  const senses = graph.senses
  if (!senses) return ''
  const { stems, into, from } = graph
  const inCorpus = new Uint8Array(senses.into.length)
  const own: number[] = []
  for (const s of corpusStems) {
    const t = lineOf(s)
    if (t >= 0 && !inCorpus[t]) {
      inCorpus[t] = 1
      own.push(t)
    }
  }
  own.sort((a, b) => a - b)
  // A stem WordNet relates to one of the corpus's has its relatives already (its expansions
  // into the corpus, however many restrictLexicon keeps of them).
  const related = new Uint8Array(senses.into.length)
  for (const t of own)
    for (let p = into[t]; p < into[t + 1]; p++) related[from[p] >>> WEIGHT_BITS] = 1
  const stemAt = (id: number) => stems.text.slice(stems.keyStart(id), stems.keyStart(id + 1) - 2)
  // Source → its senses → their targets and weights.
  const bySource = new Map<number, Map<number, Array<[number, number]>>>()
  for (const t of own) {
    for (let p = senses.into[t]; p < senses.into[t + 1]; p++) {
      const source = senses.from[p] >>> WEIGHT_BITS
      if (inCorpus[source] || related[source]) continue
      let list = bySource.get(source)
      if (!list) bySource.set(source, (list = new Map()))
      const sense = senses.sense[p]
      let targets = list.get(sense)
      if (!targets) list.set(sense, (targets = []))
      targets.push([t, senses.from[p] & WEIGHT_MASK])
    }
  }
  // The corpus stems named, each once, by place (written as its digits, once).
  const place = new Map<number, string>()
  const named: string[] = []
  const placeOf = (id: number) => {
    let at = place.get(id)
    if (at === undefined) {
      place.set(id, (at = digits(named.length)))
      named.push(stemAt(id))
    }
    return at
  }
  // Each sense's context words the corpus has, read once for all the words it is a sense of.
  const contextOf = new Map<number, number[]>()
  const lines: Array<[string, string]> = []
  for (const [source, list] of bySource) {
    const parts: string[] = []
    for (const [sense, targets] of list) {
      let ctx = contextOf.get(sense)
      if (!ctx) {
        ctx = []
        for (let c = senses.contextAt[sense]; c < senses.contextAt[sense + 1]; c++)
          if (inCorpus[senses.context[c]]) ctx.push(senses.context[c])
        contextOf.set(sense, ctx)
      }
      // A word the sense leads to picks nothing: a question that says it has it already.
      let context = ''
      for (const id of ctx)
        if (id !== source && !targets.some(([t]) => t === id)) context += placeOf(id)
      if (!context) continue
      let said = ''
      for (const [t, w] of targets) said += placeOf(t) + String.fromCharCode(weightChar(w))
      parts.push(`${said} ${context}`)
    }
    if (parts.length) lines.push([stemAt(source), parts.join('!')])
  }
  if (!lines.length) return ''
  lines.push([TARGETS_KEY, named.join(',')])
  return packTable(lines)
}

/** A rare sense of a question's word: what it leads to, and the words that pick it. */
export interface RareSense {
  targets: Array<[string, number]>
  context: string[]
}

/** The rare senses of a stem the corpus neither has nor relates to (see restrictSenses). */
export function rareSenses(table: PackedTable | undefined, term: string): RareSense[] {
  const packed = table?.get(term)
  if (!packed) return []
  let named = namedStems.get(table!)
  if (!named) namedStems.set(table!, (named = (table!.get(TARGETS_KEY) ?? '').split(',')))
  const names = named
  return packed.split('!').map((part) => {
    const [said, context] = part.split(' ')
    const targets: Array<[string, number]> = []
    for (let i = 0; i < said.length; i += DIGITS + 1)
      targets.push([namedAt(names, said, i), (said.charCodeAt(i + DIGITS) - WEIGHT_ZERO) / 100])
    const words: string[] = []
    for (let i = 0; i < context.length; i += DIGITS) words.push(namedAt(names, context, i))
    return { targets, context: words }
  })
}

/**
 * The named stem whose place `text` writes at i (see DIGITS). (A function of the module, not a
 * closure made per look-up: tsx names every closure it makes, ~0.3% of an answer.)
 */
function namedAt(named: string[], text: string, i: number): string {
  let id = 0
  for (let d = DIGITS - 1; d >= 0; d--) id = id * BASE + text.charCodeAt(i + d) - ZERO
  return named[id]
}

/** Each senses table's named stems, by place, split once. */
const namedStems = new WeakMap<PackedTable, string[]>()

const WEIGHT_MASK = (1 << WEIGHT_BITS) - 1
const TARGETS_KEY = '\u0001'
/**
 * A place in three base-91 digits over "#" …, lowest first, as in the expansion table, but always
 * three: the table names a few hundred stems and takes 5–12 kB.
 */
const DIGITS = 3
const BASE = 91
const ZERO = 0x23
/** A weight's character, "#" … "s" for 20 … 100 hundredths (see weightChar). */
const WEIGHT_ZERO = 0x23 - 20

function digits(id: number): string {
  let out = ''
  for (let d = 0; d < DIGITS; d++, id = Math.floor(id / BASE))
    out += String.fromCharCode(ZERO + (id % BASE))
  return out
}
