// Term proximity: whether a sentence says the question's words together, as the question does
// ("path parameter", "body limit"), or spread over unrelated clauses. Read only for the head of a
// ranking, from a per-sentence memo of its stems in order.

import type { Corpus } from './corpus.ts'
import { keepBounded } from './bounded-memo.ts'
import { resortHead } from './rank-bonuses.ts'
import { sentenceText } from './reading-text.ts'
import { plain, stem, STOPWORDS, tokens } from './terms.ts'
import type { AnalysedQuestion, Ranked } from './question-types.ts'

/** A sentence's content stems in order: stem e is at word position pos[e], in clause clause[e]. */
export interface SentenceOrder {
  stems: string[]
  pos: Int32Array
  clause: Int32Array
  /** Number of word positions (stopwords included). */
  length: number
}

/** Where a clause ends: a semicolon, comma, colon, dash, or a conjunction that opens another. */
const CLAUSE_BREAK =
  /[;,:\u2014\u2013]|\s-\s|\b(?:and|but|or|while|whereas|because|although|though|which|so|unless|whereas)\b/i

const ORDER_MEMO = 4096

/** The sentence's order (see SentenceOrder), remembered for the last ORDER_MEMO sentences. */
export function sentenceOrder(corpus: Corpus, sentence: number): SentenceOrder {
  const memo = corpus.memo.order
  return (
    memo.get(sentence) ??
    keepBounded(memo, ORDER_MEMO, sentence, orderOf(sentenceText(corpus, sentence)))
  )
}

function orderOf(text: string): SentenceOrder {
  const stems: string[] = []
  const pos: number[] = []
  const clause: number[] = []
  let p = 0
  const pieces = text.split(new RegExp(CLAUSE_BREAK.source, 'gi'))
  pieces.forEach((piece, c) => {
    for (const t of tokens(piece)) {
      for (const w of [t.word, ...t.parts]) {
        const s = plain(w)
        if (STOPWORDS.has(s)) continue
        stems.push(stem(s))
        pos.push(p)
        clause.push(c)
      }
      p++
    }
  })
  return { stems, pos: Int32Array.from(pos), clause: Int32Array.from(clause), length: p }
}

const env = (k: string, d: number) => (process.env[k] !== undefined ? Number(process.env[k]) : d)
export const PX = {
  n: env('PX_N', 15),
  bigram: env('PX_B1', 0),
  gap: env('PX_GAP', 1),
  ordered: env('PX_ORD', 1),
  window: env('PX_B2', 0),
  clause: env('PX_B3', 0),
  min: env('PX_MIN', 0.5),
  flat: env('PX_FLAT', 0),
  rel: env('PX_REL', 0),
  same: env('PX_SAME', 0),
}

/** The question's own concepts in the order its words name them (each word's concept by its stem). */
function questionOrder(q: AnalysedQuestion): number[] {
  const out: number[] = []
  for (const t of tokens(q.text)) {
    const s = plain(t.word)
    if (STOPWORDS.has(s)) continue
    const st = stem(s)
    const j = q.concepts.findIndex((c) => !c.fromHistory && c.alts.get(st) === 1)
    if (j >= 0 && out[out.length - 1] !== j) out.push(j)
  }
  return out
}

/** Proximity bonuses for the head of a ranking (see PX). */
export function proximityBonus(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): void {
  if (!PX.bigram && !PX.window && !PX.clause) return
  if (q.elliptical) return
  const own: number[] = []
  let total = 0
  q.concepts.forEach((c, j) => {
    if (!c.fromHistory) {
      own.push(j)
      total += c.salience
    }
  })
  if (own.length < 2 || !total) return
  const order = PX.bigram ? questionOrder(q) : []
  const pairs: Array<[number, number]> = []
  for (let i = 1; i < order.length; i++) pairs.push([order[i - 1], order[i]])
  let pairTotal = 0
  for (const [a, b] of pairs) pairTotal += (q.concepts[a].salience + q.concepts[b].salience) / 2
  const n = Math.min(ranked.length, PX.n)
  const top = ranked[0].own
  for (let i = 0; i < n; i++) {
    if (PX.same && ranked[i].own < PX.same * top) continue
    const o = sentenceOrder(corpus, ranked[i].sentence)
    // Each stem's best concept and weight (own concepts only).
    const cj = new Int32Array(o.stems.length).fill(-1)
    const cw = new Float64Array(o.stems.length)
    for (let e = 0; e < o.stems.length; e++)
      for (const j of own) {
        const w = q.concepts[j].alts.get(o.stems[e]) ?? 0
        if (w > cw[e]) {
          cw[e] = w
          cj[e] = j
        }
      }
    let bonus = 0
    if (PX.bigram && pairs.length) bonus += PX.bigram * bigramShare(q, o, cj, cw, pairs, pairTotal)
    if (PX.window) bonus += PX.window * windowScore(q, o, cj, cw, total)
    if (PX.clause) bonus += PX.clause * clauseScore(q, o, cj, cw, total)
    ranked[i].score += bonus
  }
  resortHead(ranked, n)
}

/** The share of the question's pair weight said together (within PX.gap words, in order). */
function bigramShare(
  q: AnalysedQuestion,
  o: SentenceOrder,
  cj: Int32Array,
  cw: Float64Array,
  pairs: Array<[number, number]>,
  pairTotal: number,
): number {
  let got = 0
  let count = 0
  for (const [a, b] of pairs) {
    let best = 0
    for (let e = 0; e < cj.length; e++) {
      if (cj[e] !== a && !(PX.ordered === 0 && cj[e] === b)) continue
      const other = cj[e] === a ? b : a
      for (let f = e + 1; f < cj.length && o.pos[f] - o.pos[e] <= PX.gap + 1; f++) {
        if (cj[f] !== other || o.pos[f] === o.pos[e]) continue
        const w = Math.min(cw[e], cw[f])
        if (w > best) best = w
      }
    }
    if (best > 0) {
      count++
      got += (best * (q.concepts[a].salience + q.concepts[b].salience)) / 2
    }
  }
  if (PX.flat) return Math.min(count, PX.flat)
  return got / pairTotal
}

/**
 * How tightly the sentence holds its matched concepts: (k - 1) / (span - 1) of the shortest span
 * holding all k of them (at PX.min at least), times the share of the question's weight they are.
 */
function windowScore(
  q: AnalysedQuestion,
  o: SentenceOrder,
  cj: Int32Array,
  cw: Float64Array,
  total: number,
): number {
  const want = new Map<number, number>()
  for (let e = 0; e < cj.length; e++)
    if (cj[e] >= 0 && cw[e] >= PX.min) want.set(cj[e], Math.max(want.get(cj[e]) ?? 0, cw[e]))
  const k = want.size
  if (k < 2) return PX.rel === 2 ? 1 : 0
  let share = 0
  for (const [j, w] of want) share += w * q.concepts[j].salience
  // Shortest window holding every wanted concept (two pointers over the matched positions).
  const idx: number[] = []
  for (let e = 0; e < cj.length; e++) if (cj[e] >= 0 && cw[e] >= PX.min) idx.push(e)
  const have = new Map<number, number>()
  let span = Infinity
  for (let r = 0, l = 0; r < idx.length; r++) {
    have.set(cj[idx[r]], (have.get(cj[idx[r]]) ?? 0) + 1)
    while (have.size === k) {
      span = Math.min(span, o.pos[idx[r]] - o.pos[idx[l]] + 1)
      const j = cj[idx[l++]]
      const c = have.get(j)! - 1
      if (c) have.set(j, c)
      else have.delete(j)
    }
  }
  const tight = (k - 1) / Math.max(span - 1, k - 1)
  if (PX.rel === 2) return tight
  if (PX.rel) return tight - 1
  return tight * (share / total)
}

/** The share of the question's weight that the sentence's best clause alone matches. */
function clauseScore(
  q: AnalysedQuestion,
  o: SentenceOrder,
  cj: Int32Array,
  cw: Float64Array,
  total: number,
): number {
  const byClause = new Map<number, Map<number, number>>()
  for (let e = 0; e < cj.length; e++) {
    if (cj[e] < 0 || cw[e] < PX.min) continue
    let m = byClause.get(o.clause[e])
    if (!m) byClause.set(o.clause[e], (m = new Map()))
    m.set(cj[e], Math.max(m.get(cj[e]) ?? 0, cw[e]))
  }
  let best = 0
  if (PX.rel) {
    const all = new Map<number, number>()
    for (const m of byClause.values())
      for (const [j, w] of m) all.set(j, Math.max(all.get(j) ?? 0, w))
    if (all.size < 2) return PX.rel === 2 ? 1 : 0
    let sum = 0
    for (const [j, w] of all) sum += w * q.concepts[j].salience
    for (const m of byClause.values()) {
      let s = 0
      for (const [j, w] of m) s += w * q.concepts[j].salience
      if (s > best) best = s
    }
    return best / sum - (PX.rel === 2 ? 0 : 1)
  }
  for (const m of byClause.values()) {
    if (m.size < 2) continue
    let s = 0
    for (const [j, w] of m) s += w * q.concepts[j].salience
    if (s > best) best = s
  }
  return best / total
}

/** The three proximity features of one sentence for a question (study only). */
export function proximityFeatures(corpus: Corpus, q: AnalysedQuestion, sentence: number): number[] {
  const own: number[] = []
  let total = 0
  q.concepts.forEach((c, j) => {
    if (!c.fromHistory) {
      own.push(j)
      total += c.salience
    }
  })
  const order = questionOrder(q)
  const pairs: Array<[number, number]> = []
  for (let i = 1; i < order.length; i++) pairs.push([order[i - 1], order[i]])
  let pairTotal = 0
  for (const [a, b] of pairs) pairTotal += (q.concepts[a].salience + q.concepts[b].salience) / 2
  const o = sentenceOrder(corpus, sentence)
  const cj = new Int32Array(o.stems.length).fill(-1)
  const cw = new Float64Array(o.stems.length)
  for (let e = 0; e < o.stems.length; e++)
    for (const j of own) {
      const w = q.concepts[j].alts.get(o.stems[e]) ?? 0
      if (w > cw[e]) {
        cw[e] = w
        cj[e] = j
      }
    }
  const rel = PX.rel
  PX.rel = 2
  const f = [
    pairs.length ? bigramShare(q, o, cj, cw, pairs, pairTotal) : 0,
    windowScore(q, o, cj, cw, total || 1),
    clauseScore(q, o, cj, cw, total || 1),
  ]
  PX.rel = rel
  return f
}
