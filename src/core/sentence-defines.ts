// Whether a document sentence opens by defining a term, and which: "Trust is essentially the
// belief …", "Exposure therapy involves …", "\"Middleware\" is executed …", "… are known as
// bindings.". The question's side, the term "What is X?" asks to define, is definedTerm in
// question-form.ts.

import type { Corpus } from './corpus.ts'
import { plain, stem, words } from './terms.ts'
import { LIMITS } from './weights.ts'
import { sentenceText } from './reading-text.ts'

/**
 * Verbs that open a definition after the term ("Exposure therapy involves …", "The RPC feature
 * allows …"); "is" and "are" only before what a definition goes on with ("Trust is essentially
 * the belief …", "A handler is a function …"), not before any adjective ("Hono is available …").
 */
const DEFINING = new Set(
  'means refers involves describes focuses teaches includes consists represents provides allows enables lets'.split(
    ' ',
  ),
)
const COPULA = new Set(['is', 'are'])
const AFTER_COPULA = new Set(
  'a an the essentially basically simply defined called known one what how when where used'.split(
    ' ',
  ),
)
export const DETERMINERS = new Set(['a', 'an', 'the'])
/**
 * A plural or mass term is defined without an article, by what its kind does: "Shims are
 * lightweight executables that pass your command along …". "Is" or "are" opens a definition
 * also when a relative pronoun follows the word or two after it, all in one clause, and not
 * after a degree ("so small that", "not something that").
 */
const RELATIVE = new Set(['that', 'which', 'who'])
const RELATIVE_DEFINITION =
  /^[^,;:.]{1,80}?\b(?:is|are)\s+(?!(?:so|such|not|more|less|too|very|also|only)\b)[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:that|which|who)\b/iu

/**
 * A term a sentence sets apart in quotes, bold or italics before "is" or "are" is the one it
 * introduces, whatever follows: "\"Middleware\" is executed before and after the Handler …".
 */
const MARKED_TERM =
  /^\s*(?:(?:a|an|the)\s+)?(?:"([^"]{1,40})"|“([^”]{1,40})”|\*\*([^*]{1,40})\*\*|_([^_]{1,40})_)\s+(?:is|are)\s/iu

/** Words for the sort of thing a name is, after it ("the RPC feature"), as stems. */
const KIND_HEADS = new Set(
  'object featur function method helper middlewar option class compon properti api modul interfac variabl command tool librari packag plugin hook util'.split(
    ' ',
  ),
)

/** Whether a sentence opens by defining the term: "[The] X [(abbreviation)] is / means / …". */
export function defines(corpus: Corpus, sentence: number, term: Array<Set<string>>): boolean {
  let subject = definedBy(corpus, sentence)
  // "The RPC feature allows …", "The `Context` object …": a kind word after the term only says
  // what sort of thing it is.
  if (
    subject.length === term.length + 1 &&
    KIND_HEADS.has(subject[subject.length - 1]) &&
    !term.some((alts) => alts.has(subject[subject.length - 1]))
  )
    subject = subject.slice(0, -1)
  if (subject.length !== term.length) return false
  const left = [...term]
  for (const t of subject) {
    const k = left.findIndex((alts) => alts.has(t))
    if (k < 0) return false
    left.splice(k, 1)
  }
  return true
}

/**
 * The stems of what a sentence opens by defining: its first words, past a/an/the and any
 * parenthesis, up to a defining verb ("Trust" of "Trust is essentially the belief …",
 * "exposure therapy" of "Exposure therapy involves …"); [] when it opens otherwise.
 */
export function definedBy(corpus: Corpus, sentence: number): string[] {
  const { defined } = corpus.memo
  let subject = defined.get(sentence)
  if (subject === undefined) {
    const lead = sentenceText(corpus, sentence).replace(/\s*\([^)]*\)/g, '')
    const ws = words(lead)
      .slice(0, LIMITS.leadWords + 1)
      .map(plain)
    let i = 0
    while (i < ws.length && DETERMINERS.has(ws[i])) i++
    let j = i + 1
    const relative = RELATIVE_DEFINITION.test(lead)
    const verb = (k: number) =>
      DEFINING.has(ws[k]) ||
      (COPULA.has(ws[k]) &&
        (AFTER_COPULA.has(ws[k + 1]) ||
          (relative && (RELATIVE.has(ws[k + 2]) || RELATIVE.has(ws[k + 3])))))
    while (j < LIMITS.leadWords && j < ws.length && !verb(j)) j++
    subject = j < LIMITS.leadWords && j < ws.length ? ws.slice(i, j).map(stem) : []
    // Or set apart in quotes or bold before "is" ("\"Middleware\" is executed before …").
    const marked = subject.length ? null : MARKED_TERM.exec(lead)
    if (marked)
      subject = words(marked[1] ?? marked[2] ?? marked[3] ?? marked[4])
        .map(plain)
        .map(stem)
    // Or named at its end: "… that are bound to a worker are known as bindings.", "We call … as
    // \"Handler\"."
    if (!subject.length) {
      const named = NAMED_AT_END.exec(lead.trimEnd())?.[1] ?? WE_CALL.exec(lead.trimEnd())?.[1]
      if (named) subject = words(named).map(plain).map(stem)
    }
    defined.set(sentence, subject)
  }
  return subject
}

/**
 * A sentence that names what it has described at its end: "… are known as bindings.", "… is
 * called a shim.", "… is referred to as X." (the name, a word or three).
 */
const NAMED_AT_END =
  /\b(?:is|are)\s+(?:known\s+as|called|referred\s+to\s+as)\s+(?:an?\s+|the\s+)?([\p{L}-]+(?:\s+[\p{L}-]+){0,2})\.$/u

/**
 * A sentence in which the writer names what it has described, in quotes: "We call the primitive
 * that returns `Response` as \"Handler\"." (the name, a word or three).
 */
const WE_CALL =
  /^(?:we|you|they|people)\s+call\s+\S.*?\s+(?:as\s+)?["“]([\p{L}-]+(?:\s+[\p{L}-]+){0,2})["”]\.$/iu
