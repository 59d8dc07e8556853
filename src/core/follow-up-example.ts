// An example asked for after an answer ("Show me an example", "Any code sample?", read by
// asksForExample in follow-ups.ts): the code or the example in words that the pages the last
// answer cited give, and the code blocks a sentence brings with it when it is cited for one.

import type { Corpus } from './corpus.ts'
import type { Turn } from './types.ts'
import { LIMITS } from './weights.ts'
import type { Retrieval } from './question-types.ts'
import { sentenceText } from './reading-text.ts'
import { openingAround } from './page-asked.ts'
import { answeredSince } from './follow-ups.ts'

/**
 * "Show me an example" after "How do I validate a JSON body with zod?": the example is on the
 * pages the last answer cited, in a sentence that brings a code block (the one right after it in
 * its passage: "You can use the schema in the callback function for validation …" and its code),
 * or in a section that is only code (an `example` unit); then, as prose pages give them, in a
 * sentence that says "for example", "such as". Of those (code first, each first in the sections
 * the answer cited), as the last question ranked them, the best leads at its best's score (as readOn's does), the others follow; the citation
 * brings its code (`code`). A code block the last answer already quoted is not shown again. The
 * words "show" and "example" themselves say nothing of what to show: asked as a question of their
 * own, they led to other pages' "In the example below, …", "as shown below" without the code.
 * Undefined when those pages show no example the answer has not.
 */
export function exampleOf(corpus: Corpus, again: Retrieval, since: Turn[]): Retrieval | undefined {
  const answered = answeredSince(since)
  const best = again.ranked[0]
  if (!answered || !best) return undefined
  const { sentences } = corpus.data
  const pages = new Set<string>()
  const sections = new Set<number>()
  // The citation the answer led with: the one its text quotes first.
  let lead = -1
  let leadAt = Infinity
  for (const r of again.ranked) {
    const at = answered.indexOf(sentenceText(corpus, r.sentence))
    if (at < 0) continue
    pages.add(sentences.docId(r.sentence))
    sections.add(corpus.sectionOf[r.sentence])
    if (at < leadAt) [lead, leadAt] = [r.sentence, at]
  }
  // After a page's opening (the answer to a question about the page as a whole), the example is
  // the page's first, in its order: its usage, not the code of a note cited after the opening
  // (the Vite note's `server.cors` for "How do I use the CORS middleware?").
  const first = lead >= 0 && openingAround(corpus, lead) ? firstExample(corpus, lead, answered) : -1
  // Code first, in the sections the answer cited, then elsewhere on their pages; then, as prose
  // pages give examples, in words ("such as difficulty forming close friendships"), in that order.
  const tier = (id: number) => {
    if (!pages.has(sentences.docId(id))) return -1
    const away = sections.has(corpus.sectionOf[id]) ? 0 : 1
    if (showsCode(corpus, id, answered)) return away
    const text = sentenceText(corpus, id)
    return GIVES_EXAMPLE.test(text) && !answered.includes(text) ? 2 + away : -1
  }
  const tiers = again.ranked.map((r) => ({ r, t: tier(r.sentence) })).filter((x) => x.t >= 0)
  const shows = tiers.sort((a, b) => a.t - b.t).map((x) => x.r)
  if (first >= 0) {
    const at = shows.findIndex((r) => r.sentence === first)
    shows.unshift(at >= 0 ? shows.splice(at, 1)[0] : { ...best, sentence: first })
  }
  if (!shows.length) return undefined
  return {
    question: again.question,
    ranked: [{ ...shows[0], score: best.score, coverage: best.coverage }, ...shows.slice(1)],
    code: true,
  }
}

/**
 * A code block that only imports ("import { cors } from 'hono/cors'" under "## Import"): it shows
 * where a thing comes from, not how to use it. Its import statements (over several lines or one,
 * JavaScript's or Python's), requires, comments and fences taken out, nothing is left.
 */
const importsOnly = (code: string) =>
  !code
    .replace(/^\s*(?:```|~~~).*$/gm, '')
    .replace(/\bimport\s[^;]*?\bfrom\s*(['"])[^'"\n]*\1;?|\bimport\s*(['"])[^'"\n]*\2;?/g, '')
    .replace(/\b(?:const|let|var)\s[^=;]*=\s*require\(\s*(['"])[^'"\n]*\1\s*\);?/g, '')
    // Python's: "from hono import Hono", "import os".
    .replace(
      /^\s*(?:from\s+[\w.]+\s+import\s.*|import\s+[\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+)*)\s*$/gm,
      '',
    )
    .replace(/^\s*\/\/.*$/gm, '')
    .trim()

/** The first sentence after `from`, on its page, that shows code the answers have not (see showsCode), or -1. */
function firstExample(corpus: Corpus, from: number, answered: string): number {
  const { sentences } = corpus.data
  const doc = sentences.doc[from]
  for (let id = from + 1; id < sentences.length && sentences.doc[id] === doc; id++)
    if (showsCode(corpus, id, answered)) return id
  return -1
}

/** A sentence that gives an example in words: "for example", "for instance", "e.g.", "such as". */
const GIVES_EXAMPLE = /\b(?:for example|for instance|e\.g\.|such as)/i

/**
 * Sentence `id` is code, or prose that code blocks follow in its passage (as many as a citation
 * brings: see codeAfter), not all of which the answers quoted.
 */
function showsCode(corpus: Corpus, id: number, answered: string): boolean {
  const kind = corpus.data.sentences.kind(id)
  if (kind === 'example') {
    const text = sentenceText(corpus, id)
    return !answered.includes(text) && !importsOnly(text)
  }
  if (kind !== 'sentence' && kind !== 'item') return false
  const last = codeAfter(corpus, id)
  for (let j = id + 1; j <= last; j++) {
    const code = sentenceText(corpus, j)
    if (!answered.includes(code) && !importsOnly(code)) return true
  }
  return false
}

/**
 * The last of the code blocks right after sentence `id` in its passage that fit together in
 * LIMITS.codeChars (`id` itself when none follows or the first is longer): a sentence asked for an
 * example brings them, a code group of install commands and the sample after it ("You can use Zod
 * with the Standard Schema validator:").
 */
export function codeAfter(corpus: Corpus, id: number): number {
  const { sentences } = corpus.data
  const passage = sentences.passage[id]
  let chars = 0
  let last = id
  for (let j = id + 1; j < sentences.length; j++) {
    if (sentences.kind(j) !== 'code' || sentences.passage[j] !== passage) break
    chars += sentences.end[j] - sentences.start[j]
    if (chars > LIMITS.codeChars) break
    last = j
  }
  return last
}
