// A question that sets two things apart ("CBT vs exposure therapy", "c.text vs c.body"): the
// best sentence that says each side alone leads, or the opening of the page titled for it.

import type { Corpus } from './corpus.ts'
import { indexTerms } from './terms.ts'
import type { AnalysedQuestion, Concept, Ranked } from './question-types.ts'
import { sentenceText } from './reading-text.ts'
import { sentenceSays, SETS_APART } from './sentence-form.ts'
import { ALL_DIGITS, resortHead } from './rank-bonuses.ts'
import { titledOpening } from './page-asked.ts'

/** The least share of a question's weight its two sides carry for eachSide to read them. */
const SIDES_SHARE = 0.5

/** How far down the ranking each side of a question that sets two apart is looked for (see eachSide). */
const SIDE_CANDIDATES = 20

/**
 * Asked to tell two things apart ("difference between basic auth and bearer auth", "CBT vs
 * exposure therapy"), documents that never compare them still say what each is: the best
 * sentence that says one side and not the other, for each side, leads (in the order they ranked,
 * at the first's score); on a page whose title says the side, its opening ("This middleware can
 * apply Basic authentication to a specified path."). A sentence that says only what the two share
 * ("Firebase Auth Middleware", through "auth") says neither. The best naming both is left first: it may
 * compare them, and a list that names both alike is passed over when the answer is composed.
 */
export function eachSide(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): void {
  const sides = q.setApart
  if (!sides || ranked.length < 2) return
  const [one, other] = sides
  // Only where the two are what is asked, not an aside ("which runtime … (workerd vs bun vs node)").
  let total = 0
  for (const c of q.concepts) if (!c.fromHistory) total += c.salience
  if (one.salience + other.salience < SIDES_SHARE * total) return
  const says = (r: Ranked, c: Concept) => sentenceSays(corpus, r.sentence, c)
  // (The best naming both leads where it sets them apart; one that names both alike, "Parses the
  // request body of type `text/plain`" for "c.text vs c.body", says what neither is.)
  if (
    says(ranked[0], one) &&
    says(ranked[0], other) &&
    SETS_APART.test(sentenceText(corpus, ranked[0].sentence))
  )
    return
  let a = -1
  let b = -1
  for (let i = 0; i < Math.min(ranked.length, SIDE_CANDIDATES) && (a < 0 || b < 0); i++) {
    const x = says(ranked[i], one)
    const y = says(ranked[i], other)
    if (x && !y && a < 0) a = i
    else if (y && !x && b < 0) b = i
  }
  // (A side no candidate says alone may head a section whose lines do not repeat it: "## body()",
  // "Return an HTTP response.", for "c.text vs c.body".)
  if (a < 0) a = headedBy(corpus, ranked, one, other)
  if (b < 0) b = headedBy(corpus, ranked, other, one)
  if (a < 0 || b < 0) return
  // (On the page whose title says the side, the page's opening: what the thing is. "This
  // middleware can apply Basic authentication …", not the "For more information about how the
  // Basic auth scheme works …" after it.)
  a = openingOf(corpus, ranked, a, one, other)
  b = openingOf(corpus, ranked, b, other, one)
  if (a === b || Math.max(a, b) < 2) return
  const top = ranked[0].score
  const [first, second] = a < b ? [a, b] : [b, a]
  ranked[first].score = Math.max(ranked[first].score, top + 2 * SIDE_TIE)
  ranked[second].score = Math.max(ranked[second].score, top + SIDE_TIE)
  resortHead(ranked, second + 1)
}

/**
 * Where in `ranked` the sentence that says what side `c` is stands: the titled opening of the
 * page of ranked[at] (see titledOpening), or the first candidate under a heading the side says
 * (see headedBy); else `at`.
 */
function openingOf(
  corpus: Corpus,
  ranked: Ranked[],
  at: number,
  c: Concept,
  other: Concept,
): number {
  const opening = titledOpening(corpus, corpus.data.sentences.doc[ranked[at].sentence], c)
  if (opening === undefined) {
    const headed = headedBy(corpus, ranked, c, other)
    return headed < 0 ? at : headed
  }
  if (opening === ranked[at].sentence) return at
  const i = ranked.findIndex((r) => r.sentence === opening)
  return i < 0 ? at : i
}

/**
 * The first candidate under a heading side `c` says whole, that does not say the other side:
 * "Render JSON as …" under the Context page's "## json()" for "c.json vs c.text", not
 * "Validation targets include `json` …"; -1 if none.
 */
function headedBy(corpus: Corpus, ranked: Ranked[], c: Concept, other: Concept): number {
  const { sentences, passages } = corpus.data
  for (let i = 0; i < Math.min(ranked.length, SIDE_CANDIDATES); i++) {
    const headings = passages.headings(sentences.passage[ranked[i].sentence])
    if (headings.length < 2) continue
    const terms = indexTerms(headings[headings.length - 1]).filter((t) => !ALL_DIGITS.test(t))
    if (
      terms.length &&
      terms.every((t) => c.alts.get(t) === 1 || c.parts?.includes(t)) &&
      !sentenceSays(corpus, ranked[i].sentence, other)
    )
      return i
  }
  return -1
}

/** What sets the two sides' sentences above the first (see eachSide): a hair, not a bonus. */
const SIDE_TIE = 1e-6
