// rank: the sentences that match a question's concepts, scored by salience-weighted coverage
// with the bonuses of rank-bonuses.ts and sentence-form.ts; queryTerms, the terms it searches.

import type { Corpus } from './corpus.ts'
import { bufferFloat64, bufferInt32, F64, I32 } from './scratch.ts'
import { byScore } from './by-score.ts'
import { FIELD_BIT, type Hits, searchHits } from './search-index.ts'
import { words } from './terms.ts'
import { LIMITS, WEIGHTS } from './weights.ts'
import type { AnalysedQuestion, Ranked } from './question-types.ts'
import { focus } from './question-message.ts'
import { deniesIn } from './question-negation.ts'
import { formFactor, hasExpected, isSignpost, leadStems, statesLeftOut } from './sentence-form.ts'
import {
  causeBonus,
  conceptsSaying,
  definitionBonus,
  labelledBy,
  namedSection,
  askedInDocs,
  definitionElsewhere,
  echoGivesWay,
  pointsElsewhere,
  quietContrasted,
  quietWithout,
  quietEchoes,
  quietRestatedCode,
  resortHead,
  stopBonus,
  kindBonus,
  showsBonus,
  shapeBonus,
  wayBonus,
  adviceBonus,
  yieldToAsked,
} from './rank-bonuses.ts'
import { headingAsked, openingAsked, titleMatches } from './page-asked.ts'
import { eachSide } from './comparison-sides.ts'

/**
 * The terms to search, each with its best weight. A long question can name hundreds (40 concepts
 * with their expansions); only the most telling are searched, so the work per question stays
 * bounded whatever it contains: on a 10 MB corpus 175 terms cost seconds, 64 a few milliseconds.
 */
export function queryTerms(q: AnalysedQuestion): Map<string, number> {
  const weights = new Map<string, number>()
  for (const c of q.concepts)
    for (const t of c.alts.keys()) {
      const w = c.alts.get(t)!
      if ((weights.get(t) ?? 0) < w) weights.set(t, w)
    }
  if (weights.size <= LIMITS.maxTerms) return weights
  // Too many: the terms that matter most to the question (weight × salience) are kept.
  const priority = new Map<string, number>()
  for (const c of q.concepts)
    for (const [t, w] of c.alts)
      if ((priority.get(t) ?? 0) < w * c.salience) priority.set(t, w * c.salience)
  const kept = [...priority].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  return new Map(kept.slice(0, LIMITS.maxTerms).map(([t]) => [t, weights.get(t)!]))
}

/** How much a match in these fields (Hits bits) counts: fully in the sentence, less around it. */
function fieldWeight(bits: number): number {
  if (bits & FIELD_BIT.text) return 1
  return bits & FIELD_BIT.heading ? WEIGHTS.headingMatch : WEIGHTS.contextMatch
}

/** Each section's slot in the current ranking, valid where its stamp is the current call's. */
let sectionSlot = new Int32Array(0)
let sectionStamp = new Int32Array(0)
let rankCall = 0
/** The page-title matches of each slot of the current ranking. */
const slotTitle: Float64Array[] = []

/** Each page's slot in the current ranking, valid where its stamp is the current call's. */
let pageSlot = new Int32Array(0)
let pageStamp = new Int32Array(0)

/**
 * Slot tables for `sections` sections and `pages` pages, and a stamp none of them holds yet.
 */
function sectionSlots(sections: number, pages: number) {
  if (sectionStamp.length < sections || pageStamp.length < pages || rankCall === 0x7fffffff) {
    sectionSlot = new Int32Array(Math.max(sections, 2 * sectionSlot.length))
    sectionStamp = new Int32Array(sectionSlot.length)
    pageSlot = new Int32Array(Math.max(pages, 2 * pageSlot.length))
    pageStamp = new Int32Array(pageSlot.length)
    rankCall = 0
  }
  const call = ++rankCall
  return { slotOf: sectionSlot, stamp: sectionStamp, pageOf: pageSlot, pageStamp, call }
}

/**
 * The terms of the question being ranked, numbered 0, 1, … in the order first met (termOf[k] is
 * term k). Through a numbering that outlives the call (every term met lately keeps its number,
 * stamped with the call that last used it) rather than a map built per question: its entries
 * were a tenth of the ranking's own time, and a question's terms are mostly ones met before.
 */
class TermNumbering {
  /** Each term met, by its lasting number; renumbered from scratch past LIMIT terms. */
  private lasting = new Map<string, number>()
  private local = new Int32Array(1024)
  private stamp = new Int32Array(1024)
  private call = 0
  termOf: string[] = []

  private static readonly LIMIT = 50_000

  /** Starts the numbering of a new question's terms. */
  start(): void {
    this.termOf = []
    if (++this.call === 0x7fffffff) this.forget()
  }

  /** The number of term `t` in this question, numbering it next if it has none yet. */
  number(t: string): number {
    const g = this.lastingNumber(t)
    if (this.stamp[g] !== this.call) {
      this.stamp[g] = this.call
      this.local[g] = this.termOf.length
      this.termOf.push(t)
    }
    return this.local[g]
  }

  /** The number of term `t` in this question, -1 if it has none. */
  numberOf(t: string): number {
    const g = this.lasting.get(t)
    return g !== undefined && this.stamp[g] === this.call ? this.local[g] : -1
  }

  get size(): number {
    return this.termOf.length
  }

  private lastingNumber(t: string): number {
    let g = this.lasting.get(t)
    if (g !== undefined) return g
    // Bounded whatever the questions hold: past LIMIT, all is forgotten but this question's terms.
    if (this.lasting.size >= TermNumbering.LIMIT) this.forgetKeeping()
    g = this.lasting.size
    this.lasting.set(t, g)
    if (g >= this.stamp.length) {
      const local = new Int32Array(2 * this.stamp.length)
      const stamp = new Int32Array(2 * this.stamp.length)
      local.set(this.local)
      stamp.set(this.stamp)
      this.local = local
      this.stamp = stamp
    }
    return g
  }

  /** Forgets every lasting number but those of this call's terms, which keep their local ones. */
  private forgetKeeping(): void {
    const { termOf } = this
    this.forget()
    this.call = 1
    for (let k = 0; k < termOf.length; k++) {
      this.lasting.set(termOf[k], k)
      this.stamp[k] = 1
      this.local[k] = k
    }
  }

  private forget(): void {
    this.lasting = new Map()
    this.stamp.fill(0)
    this.call = 1
  }
}

/** The numbering of the terms of the question being ranked (ranking is synchronous). */
const numbering = new TermNumbering()

/** Ties of a ranking broken by sentence (made here, so that rank's locals stay out of a closure). */
const bySentence = (ranked: Ranked[]) => (a: number, b: number) =>
  ranked[a].sentence - ranked[b].sentence

/**
 * The search for the terms queryTerms reads from a question, its concepts' terms numbered as
 * rank numbers them (term k is termOf[k], concept terms altTerm/altWeight in the concepts'
 * order), with the place of each searched term among them (-1: none). A question of plain terms,
 * no more than LIMITS.maxTerms, searches them as numbered: each term with a positive weight, at
 * its best, in the order it first has one (as queryTerms's map holds them), with no map built and
 * none looked up again by the search and by rank. One with a phrase ("cheat on") or too many
 * terms searches queryTerms's map.
 */
function searchConcepts(
  corpus: Corpus,
  q: AnalysedQuestion,
  termOf: string[],
  altTerm: Int32Array,
  altWeight: Float64Array,
): { hits: Hits; termAt: Int32Array } {
  const alts = q.concepts.reduce((n, c) => n + c.alts.size, 0)
  const boost = bufferFloat64(F64.termBoost, termOf.length)
  const termAt = bufferInt32(I32.termAt, alts)
  const tokens: string[] = []
  let plain = true
  for (let a = 0; a < alts; a++) {
    const k = altTerm[a]
    const w = altWeight[a]
    if (!(boost[k] < w)) continue
    if (boost[k] === 0) {
      const term = termOf[k]
      if (!term || term.includes(' ')) plain = false
      termAt[tokens.length] = k
      tokens.push(term)
    }
    boost[k] = w
  }
  if (plain && tokens.length <= LIMITS.maxTerms) {
    const boosts: number[] = []
    for (let t = 0; t < tokens.length; t++) boosts.push(boost[termAt[t]])
    return { hits: corpus.index.searchTokens(tokens, boosts, false, false), termAt }
  }
  const hits = searchHits(corpus.index, queryTerms(q), false)
  const searched = hits.terms.length
  const at = bufferInt32(I32.termAt, searched)
  for (let t = 0; t < searched; t++) at[t] = numbering.numberOf(hits.terms[t])
  return { hits, termAt: at }
}

/** Ranks the corpus's sentences for an analysed question, best first. */
/**
 * The question's concepts that only the reader's pasted code says (`app.request`, `method`,
 * `JSON.stringify` of a test they paste), none of its prose: where a sentence matches them only
 * through the code sample next to it, that sample echoes the reader's code. Undefined when the
 * question has no such concept.
 */
function codeOnlyConcepts(q: AnalysedQuestion): Int32Array | undefined {
  const parts = focus(q.text)
  if (!parts.code.length) return undefined
  const code = conceptsSaying(
    q,
    parts.code.flatMap((t) => words(t)),
  )
  const prose = conceptsSaying(
    q,
    [parts.ask, ...parts.story, ...parts.inline, ...parts.errors].flatMap((t) => words(t)),
  )
  const out = bufferInt32(I32.codeOnly, q.concepts.length)
  let any = false
  q.concepts.forEach((c, j) => {
    if (c.fromHistory || !code[j] || prose[j]) return
    out[j] = 1
    any = true
  })
  return any ? out : undefined
}

/**
 * The share of a result's own matched weight (row `row` of `best`) that comes from code-only
 * concepts it matched only in its surroundings (viaContext holds `stamp` for those).
 */
function echoShare(
  n: number,
  best: Float64Array,
  row: number,
  salience: Float64Array,
  codeOnly: Int32Array,
  viaContext: Int32Array,
  stamp: number,
): number {
  let all = 0
  let echoed = 0
  for (let j = 0; j < n; j++) {
    const w = best[row + j] * salience[j]
    all += w
    if (codeOnly[j] && viaContext[j] === stamp) echoed += w
  }
  return all > 0 ? echoed / all : 0
}

export function rank(corpus: Corpus, q: AnalysedQuestion): Ranked[] {
  const n = q.concepts.length
  // Every term of the concepts numbered once, so that each result's matches are read into an
  // array by its few matched terms, not looked up alternative by alternative in its match map
  // (on a large corpus, 1,000 results × every alternative of every concept was a third of the
  // answer). Concept j's alternatives are altTerm/altWeight[altStart[j] .. altStart[j+1]-1];
  // term k is termOf[k].
  numbering.start()
  const termOf = numbering.termOf
  const altStart = bufferInt32(I32.altStart, n + 1)
  // (Loops here, not callbacks: a local a callback reads is kept in a context object, and the
  // loops below read these locals at every step.)
  for (let j = 0; j < n; j++) altStart[j + 1] = altStart[j] + q.concepts[j].alts.size
  const altTerm = bufferInt32(I32.altTerm, altStart[n])
  const altWeight = bufferFloat64(F64.altWeight, altStart[n])
  for (let j = 0; j < n; j++) {
    let a = altStart[j]
    const { alts } = q.concepts[j]
    for (const t of alts.keys()) {
      altTerm[a] = numbering.number(t)
      altWeight[a++] = alts.get(t)!
    }
  }
  // The results as the search met them: they are ordered below by their score here (ties by
  // sentence), which owes nothing to the search's order, so the search need not sort them.
  // termAt: the searched terms' places among the concepts' terms (-1: a term no concept has).
  const { hits, termAt } = searchConcepts(corpus, q, termOf, altTerm, altWeight)
  const count = hits.ids.length
  if (!count) return []
  const total = q.concepts.reduce((n, c) => n + c.salience, 0) || 1
  const ownSum = q.concepts.reduce((n, c) => n + (c.fromHistory ? 0 : c.salience), 0)
  const ownTotal = ownSum || 1
  // What the last question lent a follow-up, which its sentences should say something of; but
  // a new subject ("What about X?") or setting ("And on Node?") takes the place of what it was
  // about.
  const lentTotal = total - ownSum
  const onTopic =
    q.concepts.some((c) => c.fromHistory) && lentTotal > 0 && !q.elliptical && !q.newSubject
  let topBm25 = hits.scores[0]
  for (let i = 1; i < count; i++) if (hits.scores[i] > topBm25) topBm25 = hits.scores[i]
  // Each concept's salience and whether it is the question's own, read from arrays in the loops
  // below (concepts come in several shapes, and their fields were read at every step).
  const salience = bufferFloat64(F64.salience, n)
  const isOwn = bufferInt32(I32.isOwn, n)
  for (let j = 0; j < n; j++) {
    salience[j] = q.concepts[j].salience
    isOwn[j] = q.concepts[j].fromHistory ? 0 : 1
  }
  // How well each result matches each concept, and the best any sentence of its section does: a
  // section about the question ("query()" in the request API) vouches for its sentences.
  const best = bufferFloat64(F64.best, count * n)
  // Each section met gets a slot, in the order met (at most one per result): n numbers of one
  // buffer, and its page title's matches. Sections are told apart by a stamp of this call, not
  // a map: a map's entries were a tenth of the ranking's time. (Sized, and zeroed, for no more
  // slots than there are results or sections: sized by results alone, a Hono question zeroed a
  // slot for each of its ~550 results, and as many page slots for its 37 pages.)
  const sectionBests = bufferFloat64(F64.sectionBest, Math.min(count, corpus.sectionDoc.length) * n)
  // The same for each page: the best any of its sentences does for each concept.
  const pageBests = bufferFloat64(F64.pageBest, Math.min(count, corpus.data.docs.length) * n)
  const { slotOf, stamp, pageOf, pageStamp, call } = sectionSlots(
    corpus.sectionDoc.length,
    corpus.data.docs.length,
  )
  let slots = 0
  let pages = 0
  // How well the title of each page met among the results matches each concept: a sentence deep
  // in a page ("The default is \"Secure Area\"." under Options › realm) is still about its title.
  const titleOf = titleMatches(corpus, q)
  const noTitle = bufferFloat64(F64.noTitle, n)
  const parts: Array<number[] | undefined> = []
  for (const c of q.concepts) parts.push(c.parts && c.parts.map((t) => numbering.number(t)))
  /** Field weight of each term in the current result: 0 where it did not match. */
  const fw = bufferFloat64(F64.fieldWeight, numbering.size)
  // The other way round: term k stands for concepts conceptOf[conceptsAt[k] .. conceptsAt[k+1]-1],
  // with weights weightIn[…], so a result's few matched terms are read, not every alternative.
  const terms = numbering.size
  const conceptsAt = bufferInt32(I32.conceptsAt, terms + 1)
  for (let a = 0; a < altStart[n]; a++) conceptsAt[altTerm[a] + 1]++
  for (let k = 0; k < terms; k++) conceptsAt[k + 1] += conceptsAt[k]
  const conceptOf = bufferInt32(I32.conceptOf, altStart[n])
  const weightIn = bufferFloat64(F64.weightIn, altStart[n])
  const filledAt = bufferInt32(I32.filledAt, terms)
  // The pairs that count only in a sentence that denies the term (see addDenied), with the form
  // it must have there: rare, so a map of the few.
  let denied: Map<number, string> | undefined
  for (let j = 0; j < n; j++) {
    const deniedIn = q.concepts[j].deniedIn
    for (let a = altStart[j]; a < altStart[j + 1]; a++) {
      const x = conceptsAt[altTerm[a]] + filledAt[altTerm[a]]++
      conceptOf[x] = j
      weightIn[x] = altWeight[a]
      const form = deniedIn?.get(termOf[altTerm[a]])
      if (form !== undefined) (denied ??= new Map()).set(x, form)
    }
  }
  const matchedTerms = bufferInt32(I32.matchedTerms, terms)
  const says = bufferInt32(I32.says, n)
  const said = bufferInt32(I32.said, count)
  // "And on Bun?" after a question about the port: its one word says where to look, and a
  // section under that page or heading is there as much as a sentence that names it.
  const own = q.concepts.filter((c) => !c.fromHistory)
  const place = own.length === 1 && n > 1 ? q.concepts.indexOf(own[0]) : -1
  const { matchStart, matchTerm, matchBits } = hits
  const codeOnly = codeOnlyConcepts(q)
  const viaContext = bufferInt32(I32.viaContext, n)
  const echo = codeOnly ? bufferFloat64(F64.echo, count) : undefined
  const visit = bufferInt32(I32.visit, n)
  const visitedAt = bufferInt32(I32.visitedAt, n)
  const withParts: number[] = []
  for (let j = 0; j < n; j++) if (parts[j]) withParts.push(j)
  // The weights the loops below read at every step, read once.
  const { headingMatch, contextMatch, allParts, clearMatch } = WEIGHTS
  const titleMatch = WEIGHTS.titleMatch
  const sectionShare = WEIGHTS.section
  const ownShare = 1 - sectionShare
  for (let i = 0; i < count; i++) {
    const id = hits.ids[i]
    const section = corpus.sectionOf[id]
    if (stamp[section] !== call) {
      stamp[section] = call
      slotOf[section] = slots
      slotTitle[slots++] = titleOf.get(corpus.sectionDoc[section]) ?? noTitle
    }
    const sbAt = slotOf[section] * n
    const tm = slotTitle[slotOf[section]]
    const doc = corpus.sectionDoc[section]
    if (pageStamp[doc] !== call) {
      pageStamp[doc] = call
      pageOf[doc] = pages++
    }
    const pbAt = pageOf[doc] * n
    // The result's matched terms (a few of the question's dozens), each read once.
    let touched = 0
    for (let e = matchStart[i]; e < matchStart[i + 1]; e++) {
      const k = termAt[matchTerm[e]]
      if (k < 0) continue
      if (fw[k] === 0) matchedTerms[touched++] = k
      fw[k] = fieldWeight(matchBits[e])
    }
    const row = i * n
    // (A row starts at 0, as `best` was handed out: only a page whose title matches sets it.)
    // The concepts to settle below: only those this result matched (each listed once, where
    // visitedAt holds i + 1), or that a title or a compound's parts may raise; the others' rows
    // stay 0 and change nothing (in a long question, most of its dozens of concepts).
    let visits = 0
    if (tm !== noTitle)
      for (let j = 0; j < n; j++) {
        best[row + j] = j === place ? tm[j] / titleMatch : tm[j]
        visitedAt[j] = i + 1
        visit[visits++] = j
      }
    // Each matched term raises the concepts it stands for (the best match of each concept wins).
    for (let e = 0; e < touched; e++) {
      const k = matchedTerms[e]
      const field = fw[k]
      for (let x = conceptsAt[k]; x < conceptsAt[k + 1]; x++) {
        if (denied?.has(x) && !deniesIn(corpus, id, denied.get(x)!)) continue
        const j = conceptOf[x]
        if (visitedAt[j] !== i + 1) {
          visitedAt[j] = i + 1
          visit[visits++] = j
        }
        const f = j === place && field === headingMatch ? 1 : field
        const w = weightIn[x]
        if (f === 1 && w >= WEIGHTS.saysConcept) says[j] = i + 1
        if (w * f > best[row + j]) {
          best[row + j] = w * f
          viaContext[j] = f === contextMatch ? i + 1 : 0
        }
      }
    }
    for (let p = 0; p < withParts.length; p++)
      if (visitedAt[withParts[p]] !== i + 1) visit[visits++] = withParts[p]
    // (In any order: each concept's numbers are its own, and `said` a count.)
    for (let v = 0; v < visits; v++) {
      const j = visit[v]
      let m = best[row + j]
      if (says[j] === i + 1 && isOwn[j]) said[i]++
      // A compound's parts together say what one of them says only in part: "Setting and
      // retrieving signed cookies …" is about getSignedCookie, "verify the cookie name" less so.
      const ps = parts[j]
      if (ps && m < allParts) {
        let sum = 0
        for (const k of ps) sum += fw[k]
        const all = (allParts * sum) / ps.length
        if (all > m) m = all
      }
      best[row + j] = m
      if (m > sectionBests[sbAt + j]) sectionBests[sbAt + j] = m
      if (m > pageBests[pbAt + j]) pageBests[pbAt + j] = m
    }
    if (echo) echo[i] = echoShare(n, best, row, salience, codeOnly!, viaContext, i + 1)
    for (let e = 0; e < touched; e++) fw[matchedTerms[e]] = 0
  }
  // "Who can I turn to after my partner …?" asks for someone other than the partner.
  // (A set made only for a question that asks for a person: hasExpected reads it for no other.)
  const askedPeople = q.expects === 'person' ? peopleAsked(corpus, q) : NO_PEOPLE
  // "and what if I don't pass it at all?" asks for a default (see asksDefault): a sentence that
  // says what happens when a setting is left out states one, in its own words, without the word.
  const leftOut = q.concepts.findIndex((c) => !c.fromHistory && c.word === 'default')
  const ranked: Ranked[] = new Array(count)
  for (let i = 0; i < count; i++) {
    const id = hits.ids[i]
    const bm25 = hits.scores[i]
    if (leftOut >= 0 && best[i * n + leftOut] < 1 && statesLeftOut(corpus, id)) {
      best[i * n + leftOut] = 1
      said[i]++
    }
    const sbAt = slotOf[corpus.sectionOf[id]] * n
    const pbAt = pageOf[corpus.sectionDoc[corpus.sectionOf[id]]] * n
    let covered = 0
    let ownCovered = 0
    let pageCovered = 0
    let matched = 0
    for (let j = 0; j < n; j++) {
      const m = best[i * n + j]
      const v = ownShare * m + sectionShare * sectionBests[sbAt + j]
      covered += v * salience[j]
      pageCovered += pageBests[pbAt + j] * salience[j]
      if (isOwn[j]) ownCovered += v * salience[j]
      if (m >= clearMatch) matched++
    }
    // (Before the factor for a wrong type of answer: that says nothing of the topic.)
    const topic = onTopic ? onTopicFactor((covered - ownCovered) / lentTotal) : 1
    let coverage = covered / total
    let own = ownCovered / ownTotal
    if (q.expects && !hasExpected(corpus, id, q.expects, askedPeople)) {
      coverage *= WEIGHTS.wrongType
      own *= WEIGHTS.wrongType
    }
    // (A literal of one shape, its echo set after: a spread of an object per result, most of
    // them empty, cost a tenth of the ranking.)
    const r: Ranked = {
      sentence: id,
      coverage,
      bm25,
      own,
      matched,
      // The concept (its word, or an expansion as good as half of it) is in the sentence's own text.
      said: said[i],
      // In a follow-up the reader's new words say what is asked; the history only says about what.
      // An elliptical one ("And on Node?") is the other way round: the last question is asked
      // again, and its new words only say of what. (In the first, a sentence must also say
      // something of what the last question asked: see onTopicFactor.) A signpost ("This article
      // explores …") keeps its whole score when the question asks what its document sets out to do.
      score:
        (q.elliptical ? coverage : ((coverage + own) / 2) * topic) *
          (q.ofDocument && isSignpost(corpus, id) ? 1 : formFactor(corpus, id)) +
        WEIGHTS.bm25 * (bm25 / topBm25) +
        WEIGHTS.page * (pageCovered / total),
    }
    if (echo && echo[i] > 0) r.echo = echo[i]
    ranked[i] = r
  }
  const scores = bufferFloat64(F64.scores, ranked.length)
  for (let i = 0; i < ranked.length; i++) scores[i] = ranked[i].score
  const order = byScore(scores, ranked.length, bySentence(ranked))
  const sorted: Ranked[] = new Array(ranked.length)
  for (let i = 0; i < ranked.length; i++) sorted[i] = ranked[order[i]]
  definitionBonus(corpus, q, sorted)
  namedSection(corpus, q, sorted)
  labelledBy(corpus, q, sorted)
  askedInDocs(corpus, q, sorted)
  definitionElsewhere(corpus, q, sorted)
  pointsElsewhere(corpus, sorted)
  causeBonus(corpus, q, sorted)
  wayBonus(corpus, q, sorted)
  stopBonus(corpus, q, sorted)
  kindBonus(corpus, q, sorted)
  showsBonus(corpus, q, sorted)
  shapeBonus(corpus, q, sorted)
  leadBonus(corpus, q, sorted, { termOf, altStart, altTerm, altWeight })
  quietEchoes(corpus, q, sorted)
  quietContrasted(corpus, q, sorted)
  quietWithout(corpus, q, sorted)
  quietRestatedCode(corpus, q, sorted)
  yieldToAsked(corpus, q, sorted)
  echoGivesWay(corpus, q, codeOnly, sorted)
  adviceBonus(corpus, q, sorted)
  openingAsked(corpus, q, sorted)
  headingAsked(corpus, q, sorted)
  eachSide(corpus, q, sorted)
  return sorted
}

/** The terms of a question's concepts that name people ("partner" of "… after my partner …?"). */
function peopleAsked(corpus: Corpus, q: AnalysedQuestion): Set<string> {
  const people = new Set<string>()
  for (const c of q.concepts) for (const t of c.alts.keys()) if (corpus.person.has(t)) people.add(t)
  return people
}

/** No people asked about. */
const NO_PEOPLE: ReadonlySet<string> = new Set()

/**
 * The share of its score a follow-up's sentence keeps for covering `lent` of the words the last
 * question lent it: WEIGHTS.offTopic for none, rising to all from WEIGHTS.onTopic on. The new
 * words decide what is asked (half the score is their coverage alone), but a sentence that says
 * them all on another page ("The default options to pass to the Hono application …" for "what's
 * the default if I don't pass that option?" after a question on the CSRF middleware's origins)
 * answers another conversation. Only a sentence that says next to nothing of it loses: the page
 * that answers often says the last question's subject only in its title or headings.
 */
function onTopicFactor(lent: number): number {
  const off = WEIGHTS.offTopic
  return Math.min(1, off + ((1 - off) * lent) / WEIGHTS.onTopic)
}

/**
 * The question's terms as rank numbers them: term k is termOf[k]; concept j's alternatives are
 * altTerm/altWeight[altStart[j] .. altStart[j + 1] - 1].
 */
interface ConceptTerms {
  termOf: string[]
  altStart: Int32Array
  altTerm: Int32Array
  altWeight: Float64Array
}

/** Each opening stem's first strong entry in the current leadBonus, valid where its stamp is the call's. */
let leadFirst = new Int32Array(0)
let leadStamp = new Int32Array(0)
let leadCall = 0

/** Entry tables for `terms` opening stems, and a stamp none of them holds yet (see sectionSlots). */
function leadSlots(terms: number) {
  if (leadStamp.length < terms || leadCall === 0x7fffffff) {
    leadFirst = new Int32Array(Math.max(terms, 2 * leadFirst.length))
    leadStamp = new Int32Array(leadFirst.length)
    leadCall = 0
  }
  return { first: leadFirst, stamp: leadStamp, call: ++leadCall }
}

/**
 * A sentence that opens with the question's words is about them ("Social skills training teaches
 * …"); one that names them in passing at its end is not. Only the leading candidates are checked.
 * The question's alternatives are read as rank numbered them (concept j's are altTerm/altWeight
 * [altStart[j] .. altStart[j+1]-1], term k is termOf[k]), each term looked up once.
 */
function leadBonus(
  corpus: Corpus,
  q: AnalysedQuestion,
  ranked: Ranked[],
  terms: ConceptTerms,
): void {
  const { termOf, altStart, altTerm, altWeight } = terms
  // "And on Node?" asks the last question again: a sentence opening on "Node" is not its answer.
  if (q.elliptical) return
  const own = q.concepts.filter((c) => !c.fromHistory)
  const total = own.reduce((n, c) => n + c.salience, 0)
  if (!total || ranked.length < 2) return
  const n = Math.min(ranked.length, LIMITS.leadCandidates)
  // The candidates' opening stems, read (and numbered) before the question's terms are looked
  // up among them.
  const leads: Int32Array[] = []
  for (let i = 0; i < n; i++) leads.push(leadStems(corpus, ranked[i].sentence))
  // The concepts each opening stem stands for well enough, read once: for stem k, the concepts
  // strongConcept[e] along e = first[k], strongNext[e] … (-1 ends), where its stamp is this
  // call's. (Concepts by their place among the question's own.)
  const { leadTerms } = corpus.memo
  const { first, stamp, call } = leadSlots(leadTerms.size)
  const entries = altStart[q.concepts.length]
  const strongConcept = bufferInt32(I32.strongConcept, entries)
  const strongNext = bufferInt32(I32.strongNext, entries)
  // Each term's opening stem: 0 not looked up yet, -1 none, else the stem + 1.
  const leadOf = bufferInt32(I32.leadOf, termOf.length)
  let e = 0
  for (let j = 0, o = -1; j < q.concepts.length; j++) {
    if (q.concepts[j].fromHistory) continue
    o++
    for (let a = altStart[j]; a < altStart[j + 1]; a++) {
      if (altWeight[a] < 0.5) continue
      const t = altTerm[a]
      if (leadOf[t] === 0) leadOf[t] = (leadTerms.get(termOf[t]) ?? -2) + 1
      const k = leadOf[t] - 1
      if (k < 0) continue
      if (stamp[k] !== call) {
        stamp[k] = call
        first[k] = -1
      }
      strongConcept[e] = o
      strongNext[e] = first[k]
      first[k] = e++
    }
  }
  const met = bufferInt32(I32.leadMet, own.length)
  for (let i = 0; i < n; i++) {
    const stems = leads[i]
    for (let s = 0; s < stems.length; s++) {
      const k = stems[s]
      if (stamp[k] === call)
        for (let x = first[k]; x >= 0; x = strongNext[x]) met[strongConcept[x]] = i + 1
    }
    // Summed in the concepts' order, so that the score is the same to the last bit.
    let share = 0
    for (let j = 0; j < own.length; j++) if (met[j] === i + 1) share += own[j].salience
    ranked[i].score += (WEIGHTS.lead * share) / total
  }
  // The first n again in score order (ties by sentence), in place: a dozen at most.
  resortHead(ranked, n)
}
