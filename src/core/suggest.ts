// Questions the documents are known to answer, derived from the corpus itself: its own question
// lines, its question headings, and its definitional sentences ("Trust is essentially …" → "What is
// trust?"). Every candidate is put to the answerer once (when the first page is served) and kept only
// if it is answered, so a suggestion never leads to an abstention.

import { answerQuestion, type AnswerOptions } from './answer.ts'
import type { Corpus } from './corpus.ts'

/** Most candidates put to the answerer. */
const MAX_CHECKS = 40

/** Longest suggestion kept: a button, not a paragraph. */
const MAX_CHARS = 140

/**
 * "Exposure therapy involves …", "Trust is essentially …": a short subject, then a defining verb.
 * A bare "is" is not enough ("Rebuilding trust is never easy" defines nothing).
 */
const DEFINES =
  /^([A-Z][A-Za-z'-]*(?: [A-Za-z'-]+){0,4}?)(?: \([A-Z]{2,6}\))? (?:is defined as|is essentially|is an?|is the|involves|focuses on|teaches|means|refers to)\b/

/** Subjects that point elsewhere ("This is …") and say nothing on their own. */
const NOT_A_SUBJECT =
  /^(this|that|these|those|it|there|here|they|he|she|we|you|one|another|when|if|what|which|without|with|in|by|as|let's|the|a|an)\b/i

export function definitionQuestion(sentence: string, text = ''): string | undefined {
  const m = DEFINES.exec(sentence)
  if (!m || NOT_A_SUBJECT.test(m[1])) return undefined
  // "Trust" becomes "trust" only if the document writes it so; "Deno Deploy" and "CBT" stay.
  const lower = m[1][0].toLowerCase() + m[1].slice(1)
  const common = /^[A-Z][a-z'-]*(?: [a-z'-]+)*$/.test(m[1]) && (!text || text.includes(` ${lower}`))
  return `What is ${common ? lower : m[1]}?`
}

interface Candidate {
  docId: string
  question: string
  /** 0: the document's own question; 1: a definition of a phrase; 2: of a single word. */
  tier: number
}

/**
 * Up to `limit` answerable questions: the documents' own questions first, then definitions of
 * phrases, then of single words; shorter first; one per document before any document gets two.
 */
export function suggestQuestions(corpus: Corpus, limit = 4, answer?: AnswerOptions): string[] {
  const { passages, sentences } = corpus.data
  const seen = new Set<string>()
  const candidates: Candidate[] = []
  const add = (docId: string, q: string | undefined, tier: number) => {
    const question = q?.replace(/\s+/g, ' ').trim()
    if (!question || question.length > MAX_CHARS || seen.has(question.toLowerCase())) return
    seen.add(question.toLowerCase())
    candidates.push({ docId, question, tier })
  }
  const textOf = (docId: string) => corpus.docs.get(docId)!.text
  for (let p = 0; p < passages.length; p++) {
    const docId = passages.docId(p, sentences)
    add(docId, passages.label(p, sentences, textOf), 0)
    for (const h of passages.headings(p)) if (h.trim().endsWith('?')) add(docId, h, 0)
  }
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences.at(i)
    const text = textOf(s.docId)
    if (s.kind === 'question') add(s.docId, text.slice(s.start, s.end), 0)
    if (s.kind !== 'sentence') continue
    const q = definitionQuestion(text.slice(s.start, s.end), text)
    if (q) add(s.docId, q, q.split(' ').length > 3 ? 1 : 2)
  }
  candidates.sort((a, b) => a.tier - b.tier || a.question.length - b.question.length)

  // Checked lazily, in the order they would be shown, and at most MAX_CHECKS of them: a large
  // corpus has thousands of candidates, and this runs at start (on Workers, inside the CPU budget).
  const out: Candidate[] = []
  let checks = 0
  for (const onePerDoc of [true, false])
    for (const c of candidates) {
      if (out.length >= limit || checks >= MAX_CHECKS) break
      if (out.includes(c) || (onePerDoc && out.some((o) => o.docId === c.docId))) continue
      checks++
      if (answerQuestion(corpus, c.question, [], answer).found) out.push(c)
    }
  return out.map((c) => c.question)
}
