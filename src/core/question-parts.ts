// A message that asks two or three things at once ("What is CBT? What is exposure therapy?", "how
// do I set a cookie and how do I read it?"): its questions, each to be answered on its own. Read
// whole, such a message matched a sentence that shares a few words with each question and answers
// neither.

import type { Answer, Citation } from './types.ts'

/** An elliptical question ("what about signed ones?") leans on the one before: no question alone. */
const ELLIPTICAL = /^(?:(?:and|so|but|or)\s+)?(?:what|how)\s+about\b/i

/** A word that joins a question to the one before it. */
const CONNECTIVE = /^(?:and|also|plus|so)\s+/i

/** Words that open a question. */
const OPENS_QUESTION =
  /^(?:(?:and|also|so|but|or|then|plus)\s+)?(?:how|what|what's|whats|why|when|where|which|who|is|are|am|can|could|should|do|does|did|will|would|was|were|has|have)\b/i

/** ", and how …": a second question joined to the first inside one sentence. */
const JOINED_QUESTION = /,?\s+(?:and|also|plus)\s+(?=(?:how|what|why|when|where|which|who)\b)/i

/** Fewest words of a question asked on its own. */
const LEAST_WORDS = 3

/** Most characters of a message read for its questions: a longer one tells a story around one. */
const MOST_CHARS = 240

/**
 * The questions a short message asks, in order, when it asks more than one, each a question of
 * its own (opening as a question does, of at least LEAST_WORDS words); otherwise `[]`. A message
 * with lines or code is a report around one question (see focus), never split.
 */
export function askedParts(message: string): string[] {
  const text = message.trim()
  if (text.length > MOST_CHARS || /[\n`]/.test(text) || !text.includes('?')) return []
  const parts: string[] = []
  for (const sentence of text.split(/(?<=\?)\s+/)) {
    const pieces = sentence.split(JOINED_QUESTION)
    for (const [i, piece] of pieces.entries())
      parts.push(i < pieces.length - 1 ? `${piece.trim()}?` : piece.trim())
  }
  if (parts.length < 2 || parts.length > 3) return []
  // "And how does exposure therapy work?" asked alone would go on from the question before it;
  // asked in the same breath, it only goes on to another: the "and" is left off.
  for (let i = 1; i < parts.length; i++) parts[i] = parts[i].replace(CONNECTIVE, '')
  // (A chat message may leave off its last question mark: "what is cbt? what is exposure therapy".)
  for (const p of parts)
    if (!OPENS_QUESTION.test(p) || ELLIPTICAL.test(p) || p.split(/\s+/).length < LEAST_WORDS)
      return []
  return parts
}

/**
 * One answer of the answers to a message's questions (see askedParts): each question's best
 * citation in turn, then their runners-up in turn, up to `k`; a span already cited (or overlapping
 * one) is not cited twice. Citations are numbered anew and the answer's text follows them.
 */
export function joinedAnswers(answers: Answer[], k: number): Answer {
  const citations: Citation[] = []
  const most = Math.max(...answers.map((a) => a.citations.length))
  for (let rank = 0; rank < most && citations.length < k; rank++)
    for (const a of answers) {
      const c = a.citations[rank]
      if (!c || citations.length >= k) continue
      if (citations.some((o) => overlaps(o, c))) continue
      citations.push({ ...c, id: citations.length + 1 })
    }
  return {
    found: true,
    answer: citations.map((c) => `${c.text} [${c.id}]`).join(' '),
    citations,
  }
}

/** Whether two citations share text. */
export const overlaps = (a: Citation, b: Citation) =>
  a.docId === b.docId && a.start < b.end && b.start < a.end
