// Questions the documents are known to answer, derived from the corpus itself: its own question
// lines, its question headings, and its definitional sentences ("Trust is essentially …" → "What is
// trust?"). Every candidate is put to the answerer once, at start, and kept only if it is answered,
// so a suggestion never leads to an abstention.

import { answerQuestion, type AnswerOptions } from './answer.ts'
import type { Corpus } from './corpus.ts'

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

export function definitionQuestion(sentence: string): string | undefined {
  const m = DEFINES.exec(sentence)
  if (!m || NOT_A_SUBJECT.test(m[1])) return undefined
  const subject = /^[A-Z]{2,}\b/.test(m[1]) ? m[1] : m[1][0].toLowerCase() + m[1].slice(1)
  return `What is ${subject}?`
}

/**
 * Up to `limit` answerable questions, alternating between documents so each gets a voice, shorter
 * ones first within a document.
 */
export function suggestQuestions(corpus: Corpus, limit = 4, answer?: AnswerOptions): string[] {
  const { docs, passages, sentences } = corpus.data
  const byDoc = new Map<string, string[]>(docs.map((d) => [d.id, []]))
  const add = (docId: string, q: string | undefined) => {
    const text = q?.replace(/\s+/g, ' ').trim()
    if (!text || text.length > MAX_CHARS) return
    const list = byDoc.get(docId)
    if (list && !list.some((x) => x.toLowerCase() === text.toLowerCase())) list.push(text)
  }
  for (const p of passages) {
    add(p.docId, p.label)
    for (const h of p.headings) if (h.trim().endsWith('?')) add(p.docId, h)
  }
  for (const s of sentences) {
    if (s.kind === 'question') add(s.docId, corpus.docs.get(s.docId)!.text.slice(s.start, s.end))
    if (s.kind !== 'sentence') continue
    add(s.docId, definitionQuestion(corpus.docs.get(s.docId)!.text.slice(s.start, s.end)))
  }
  const answerable = (q: string) => answerQuestion(corpus, q, [], answer).found
  const queues = [...byDoc.values()].map((qs) =>
    qs.sort((a, b) => a.length - b.length).filter(answerable),
  )
  const out: string[] = []
  for (let round = 0; out.length < limit && queues.some((q) => q.length > round); round++)
    for (const q of queues) if (q[round] && out.length < limit) out.push(q[round])
  return out
}
