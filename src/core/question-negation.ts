// Negation and denial, in a question and in the documents: a word the reader denies ("can't feel
// safe") is said by the documents' word that denies it ("unsafe"), and a word the reader writes
// denied ("unstable") by a sentence that denies the plain word ("a lack of … stable …").

import { type Corpus, mentions } from './corpus.ts'
import { keepBounded } from './bounded-memo.ts'
import { stem, words } from './terms.ts'
import { WEIGHTS } from './weights.ts'
import type { Concept } from './question-types.ts'
import { sentenceText, wordBefore } from './reading-text.ts'

/** Words that deny what follows them: "can't feel safe", "not secure", "never trusted". */
export const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'cant',
  'cannot',
  'dont',
  'doesnt',
  'didnt',
  'wont',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'couldnt',
  'wouldnt',
  'shouldnt',
  'unable',
  'without',
])
/** Prefixes that make a word its own denial ("unsafe", "insecure", "distrust"). */
const DENYING_PREFIXES = ['un', 'in', 'im', 'dis']

/** Whether ws[i] is denied by a word at most two before it ("can't feel safe"). */
export const negatedAt = (ws: readonly string[], i: number) =>
  NEGATORS.has(wordBefore(ws, i)) || NEGATORS.has(wordBefore(ws, i, 2))

/**
 * A word the reader denies ("I can't feel safe") is said by the documents' word that denies it
 * ("feel unsafe"): the same idea, one prefix apart, which neither the stemmer nor WordNet joins
 * (WordNet files "unsafe" as an antonym of "safe"). Only when denied: "safe" alone is not
 * "unsafe".
 */
export function addNegated(corpus: Corpus, concept: Concept, w: string): void {
  for (const p of DENYING_PREFIXES) {
    const t = stem(p + w)
    if (!concept.alts.has(t) && mentions(corpus, t)) {
      concept.alts.set(t, WEIGHTS.denied)
      concept.known = true
    }
  }
}

/**
 * The other way round: a word the reader writes with a denying prefix ("an unstable childhood")
 * is said by a sentence that denies the word without it ("a lack of experience with stable
 * relationships"), and only there (see deniesIn): the plain word says the opposite. Read as a
 * plain relative, "un-" brought "inside" to "side" and "undefined" to "defined".
 */
export function addDenied(corpus: Corpus, concept: Concept, w: string): void {
  for (const p of DENYING_PREFIXES) {
    if (!w.startsWith(p) || w.length < p.length + 3) continue
    const t = stem(w.slice(p.length))
    if (concept.alts.has(t) || !mentions(corpus, t)) continue
    concept.alts.set(t, WEIGHTS.denied)
    ;(concept.deniedIn ??= new Map()).set(t, bareForm(w.slice(p.length)))
    concept.known = true
  }
}

/**
 * "What happens without it?" after a question about secure attachment: the absence of what the
 * conversation is about. `absent` (the concept of "without") is said by a sentence that denies
 * one of the lent concepts' own words ("when children do not have secure attachments", "Without
 * trust, …"), and only there: "… without consent" says "without" of another thing.
 */
export function absenceOf(absent: Concept, lent: readonly Concept[]): void {
  const denied = new Map<string, string>()
  for (const c of lent) {
    const t = stem(c.word.toLowerCase())
    if (c.alts.get(t) === 1 && !c.name) denied.set(t, bareForm(c.word.toLowerCase()))
  }
  if (!denied.size) return
  absent.alts = new Map([...denied.keys()].map((t) => [t, 1]))
  absent.deniedIn = denied
}

/**
 * A word without its ending, for telling a word's own forms ("stable", "secured") from other
 * words of its stem: "authorization" shares the stem of "unauthorized"'s "authorized".
 */
const bareForm = (w: string) => w.replace(/(?:e|y|ed|es|s|ing|ly)$/, '')

/** What denies a word in the documents: a negation, or a lack of it ("lack of stable homes"). */
const DENIERS = new Set([...NEGATORS, 'lack', 'lacks', 'lacking'])

/**
 * Whether the sentence denies a word of this bare form: a denier at most four words before it,
 * for a denied phrase ("do not have a secure bond", "a lack of experience with stable …"), or a
 * setting said to be left out after it ("if the `cookie` option is not set").
 */
export function deniesIn(corpus: Corpus, sentence: number, form: string): boolean {
  return deniedForms(corpus, sentence).has(form)
}

/** Most sentences whose denied words a corpus remembers (see Corpus.memo.denied). */
const DENIED_MEMO = 4096

/** The bare forms of the words a sentence denies (see deniesIn), remembered per sentence. */
function deniedForms(corpus: Corpus, sentence: number): Set<string> {
  const { denied } = corpus.memo
  let forms = denied.get(sentence)
  if (forms) return forms
  forms = new Set()
  const ws = words(sentenceText(corpus, sentence))
  for (let i = 1; i < ws.length; i++)
    for (let d = 1; d <= 4 && d <= i; d++)
      if (DENIERS.has(ws[i - d])) {
        forms.add(bareForm(ws[i]))
        break
      }
  // "… if the `cookie` option is not set": a setting left out is denied by what follows it, the
  // words before "is not set" (up to three).
  for (let i = 2; i < ws.length; i++) {
    if (!LEFT_OUT.has(ws[i]) || ws[i - 1] !== 'not' || !BE.has(ws[i - 2])) continue
    for (let k = i - 3; k >= Math.max(0, i - 5); k--) forms.add(bareForm(ws[k]))
  }
  return keepBounded(denied, DENIED_MEMO, sentence, forms)
}

/** Participles that say a setting was left out, after "is not" ("… is not set"). */
const LEFT_OUT = new Set(['set', 'specified', 'provided', 'given', 'defined', 'passed', 'present'])
/** The forms of "be" before "not" and such a participle. */
const BE = new Set(['is', 'are', 'was', 'were'])
