// The bonuses and penalties rank gives a sentence beyond its coverage: it defines the term
// asked about, states a cause, is anchored where the question is, echoes or restates the question
// (quietened), gives way to what was asked. The bonuses of the page a question names or asks
// about as a whole are in page-asked.ts.

import { type Corpus, writtenParts } from './corpus.ts'
import { indexTerms, plain, stem, STOPWORDS, tokens, words } from './terms.ts'
import { bufferInt32, I32 } from './scratch.ts'
import { LIMITS, WEIGHTS } from './weights.ts'
import { RELATION_WEIGHTS } from './wordnet-graph.ts'
import { NEGATORS } from './question-negation.ts'
import type { AnalysedQuestion, Ranked, Retrieval } from './question-types.ts'
import { matchesOf, sentenceText, wordsOf } from './reading-text.ts'
import { focus } from './question-message.ts'
import { contentStems } from './quoted-text.ts'
import { definedBy, defines, DETERMINERS } from './sentence-defines.ts'
import { codeNames, INLINE_CODE } from './code-names.ts'
import { isCitable } from './passages.ts'
import { isLabel, openingOfTitled } from './page-asked.ts'
import {
  ADDING,
  ANAPHORIC_OPENING,
  isQuotesOnly,
  lifted,
  resorted,
  sentenceIs,
  sentenceStems,
  termsOfSentence,
} from './sentence-form.ts'

/**
 * The first `n` of a ranking put back in order (best score first, then earlier sentence) after a
 * bonus moved a few of them: by insertion, in place, as the rest is in order already. (A copy
 * sorted and spliced back cost a bonus more than its test of the candidates.)
 */
export function resortHead(ranked: Ranked[], n: number): void {
  for (let i = 1; i < n; i++) {
    const r = ranked[i]
    let j = i
    for (; j > 0; j--) {
      const o = ranked[j - 1]
      if (o.score > r.score || (o.score === r.score && o.sentence < r.sentence)) break
      ranked[j] = o
    }
    ranked[j] = r
  }
}

/**
 * For "What is X?", a sentence that opens by defining X ("Trust is essentially …") gains
 * WEIGHTS.definition: it is the answer asked for, even when others mention X along with more of
 * the question's other words; when none does, the opening of the page titled X does.
 */
export function definitionBonus(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): void {
  if (!q.defines) return
  const n = Math.min(ranked.length, LIMITS.definitionCandidates)
  let moved = false
  for (let i = 0; i < n; i++) {
    if (!defines(corpus, ranked[i].sentence, q.defines)) continue
    ranked[i].score += WEIGHTS.definition
    moved = true
  }
  // None does: a page named for the thing opens by saying what it is ("The `Context` object is
  // instantiated for each request …" under "# Context"); its best-ranked opening sentence gains it.
  if (!moved) {
    const opening = openingOfTitled(corpus, q.defines)
    if (opening) {
      const { passage } = corpus.data.sentences
      for (let i = 0; i < n; i++) {
        const p = passage[ranked[i].sentence]
        if (p < opening[0] || p > opening[1]) continue
        ranked[i].score += WEIGHTS.definition
        moved = true
        break
      }
    }
  }
  if (!moved) return
  resortHead(ranked, n)
}

/**
 * A question that quotes as code the name a section is headed by ("What does `pyenv which` do?"
 * under "## `pyenv which`", "`status()`" under "## status()") asks what that section says first:
 * its first sentence gains WEIGHTS.namedSection. Words cannot tell that sentence ("Displays the
 * full path to the executable …"): it leaves the name to its heading, while examples and other
 * sections write it in full; "which" is a function word, and "version" and "versions" stem alike.
 * Not when the names lead to more than LIMITS.namedSections sections: then they place nothing.
 */
export function namedSection(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): void {
  if (!q.text.includes('`') || !asksOfName(q.text)) return
  const heads = sectionHeads(corpus)
  const firsts = new Set<number>()
  for (const m of matchesOf(INLINE_CODE, q.text)) {
    // A method is headed by its own name: `c.req.param()` under "## param()".
    const name = asHeading(m[1])
    const own = heads.get(name) ?? heads.get(name.slice(name.lastIndexOf('.') + 1))
    for (const first of own ?? []) firsts.add(first)
  }
  if (!firsts.size || firsts.size > LIMITS.namedSections) return
  let last = -1
  for (let i = 0; i < ranked.length; i++)
    if (firsts.has(ranked[i].sentence)) {
      ranked[i].score += WEIGHTS.namedSection
      last = i
    }
  if (last >= 0) resortHead(ranked, last + 1)
}

/**
 * "Which values does the `priority` option of `setCookie` accept?": a list item or row labelled by
 * a name the question quotes ("- priority: `'Low' | 'Medium' | 'High'`", "`maxAge`: …") says
 * what that name is, as the first sentence under a heading of it does (see namedSection): it
 * gains WEIGHTS.namedSection. Only for a question of few other words (LIMITS.labelledWords).
 */
export function labelledBy(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): void {
  if (!q.text.includes('`') || !asksOfName(q.text, LIMITS.labelledWords)) return
  const names = new Set<string>()
  for (const m of matchesOf(INLINE_CODE, q.text)) {
    const name = asHeading(m[1])
    names.add(name.slice(name.lastIndexOf('.') + 1))
  }
  const n = Math.min(ranked.length, LIMITS.definitionCandidates)
  let last = -1
  for (let i = 0; i < n; i++) {
    const label = LABEL.exec(sentenceText(corpus, ranked[i].sentence))?.[1]
    if (label === undefined || !names.has(asHeading(label))) continue
    ranked[i].score += WEIGHTS.namedSection
    last = i
  }
  if (last >= 0) resortHead(ranked, n)
}

/** A unit's label: its first words, bold or code or bare, before a colon or a dash. */
const LABEL = /^\s*(?:[-*+]\s+)?(?:\*\*|`)?([\w$.]+(?:\(\))?)(?:\*\*|`)?\s*(?::|\s[-–—]\s)/

/**
 * A question the documents ask themselves, as the reader asks it ("Where do I get lsof?" under the
 * FAQ's "1.2	Where do I get lsof?"), is answered by what follows that question line: its first
 * citable unit gains WEIGHTS.askedInDocs. Content words cannot tell it: in an FAQ about lsof,
 * "Where do I get lsof?" and "What is lsof?" share only "lsof", with every answer. The reader's
 * words and the line's are compared whole, function words included (stems, figures aside): the
 * line that shares at least LIMITS.askedShare of the two together (Jaccard), and
 * LIMITS.askedLead more than any other line, is the one asked.
 */
export function askedInDocs(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): void {
  const faq = docQuestions(corpus)
  if (!faq.lines.length) return
  // (The question's words as its tokens were remembered: read again, they were 5% of an answer.)
  const read = wordsOf(q.text)
  if (read.length > LIMITS.askedWords) return
  const mine = comparedStems(read)
  const near = LIMITS.askedShare - LIMITS.askedLead
  let best = -1
  let top = 0
  let second = 0
  const seen = new Set<number>()
  // The lines of its rarest words first, at most LIMITS.askedLines of them: a word on every line
  // of a large corpus's questions would cost a comparison with each.
  const lists: number[][] = []
  for (const w of mine) {
    const lines = faq.byWord.get(w)
    if (lines && !STOPWORDS.has(w)) lists.push(lines)
  }
  lists.sort(byLength)
  for (const lines of lists) {
    if (seen.size >= LIMITS.askedLines) break
    for (const k of lines) {
      if (seen.has(k)) continue
      if (seen.size >= LIMITS.askedLines) break
      seen.add(k)
      const theirs = faq.lines[k].words
      // Sets this far apart in size share too little to be asked, or to come near the line asked.
      if (Math.min(theirs.size, mine.size) < near * Math.max(theirs.size, mine.size)) continue
      let shared = 0
      for (const t of theirs) if (mine.has(t)) shared++
      const share = shared / (mine.size + theirs.size - shared)
      if (share > top) {
        second = top
        top = share
        best = k
      } else if (share > second) second = share
    }
  }
  if (best < 0 || top < LIMITS.askedShare || top - second < LIMITS.askedLead) return
  const answer = faq.lines[best].answer
  for (let i = 0; i < ranked.length; i++)
    if (ranked[i].sentence === answer) {
      ranked[i].score += WEIGHTS.askedInDocs
      resortHead(ranked, i + 1)
      return
    }
}

/** Shorter lists first. (At module level: tsx names a closure each time it is made.) */
const byLength = (a: number[], b: number[]) => a.length - b.length

/**
 * Words as askedInDocs compares them, the question's and a line's alike: stems, function words
 * kept but articles ("Is there a test suite?" for "is there an lsof test suite"), figures (the
 * FAQ's "1.2") left out.
 */
function comparedStems(ws: readonly string[]): Set<string> {
  const out = new Set<string>()
  for (const w of ws) {
    const p = plain(w)
    if (!DETERMINERS.has(p) && !ALL_DIGITS.test(p)) out.add(stem(p))
  }
  return out
}

export const ALL_DIGITS = /^\d+$/

/**
 * The documents' own question lines that open an answer (see askedInDocs): each with its words
 * and the first citable unit after it in its passage, and the lines by their content words. Read
 * once per corpus, when first asked.
 */
function docQuestions(corpus: Corpus): DocQuestions {
  let faq = corpus.memo.faq
  if (faq) return faq
  faq = { lines: [], byWord: new Map() }
  const { sentences } = corpus.data
  for (let i = 0; i + 1 < sentences.length; i++) {
    if (sentences.kind(i) !== 'question') continue
    let j = i + 1
    while (
      j < sentences.length &&
      sentences.passage[j] === sentences.passage[i] &&
      !isCitable(sentences.kind(j))
    )
      j++
    if (j >= sentences.length || sentences.passage[j] !== sentences.passage[i]) continue
    addLine(faq, comparedStems(words(sentenceText(corpus, i))), j)
  }
  // A heading that asks ("## Is there an official Renovate config for Hono?") is answered by the
  // first citable unit under it, as a question line is.
  const asks = (headings: readonly string[]) =>
    headings.length >= 2 && headings[headings.length - 1].trimEnd().endsWith('?')
  for (const { headings, first } of sectionFirsts(corpus, asks))
    addLine(faq, comparedStems(words(headings[headings.length - 1])), first)
  corpus.memo.faq = faq
  return faq
}

/** Files a question line (its words) and the unit that answers it (see docQuestions). */
function addLine(faq: DocQuestions, ws: Set<string>, answer: number): void {
  const k = faq.lines.length
  faq.lines.push({ words: ws, answer })
  for (const w of ws) {
    if (STOPWORDS.has(w)) continue
    const lines = faq.byWord.get(w)
    if (lines) lines.push(k)
    else faq.byWord.set(w, [k])
  }
}

export interface DocQuestions {
  lines: Array<{ words: Set<string>; answer: number }>
  byWord: Map<string, number[]>
}

/**
 * The question asks of the names it quotes and little else: one line, and at most `most`
 * (LIMITS.namedSectionWords) words besides function words, words for the kind of name it is
 * (API_KINDS) and the code ("What does `pyenv version` show?", "What does the `decode` function
 * of the JWT helper do?"). A report that quotes `env` or `useRequestContext()` in passing asks
 * about its problem.
 */
export function asksOfName(text: string, most = LIMITS.namedSectionWords): boolean {
  if (text.includes('\n')) return false
  let left = most
  for (const w of words(text.replace(INLINE_CODE, ' ')))
    if (!STOPWORDS.has(w) && !API_KINDS.has(w) && --left < 0) return false
  return true
}

/**
 * Words that say what kind of thing a quoted name is ("the `decode` function of the JWT helper"):
 * they ask of the name, nothing besides.
 */
const API_KINDS = new Set(
  'function functions method methods option options helper helpers middleware property parameter param argument hook component class api field prop'.split(
    ' ',
  ),
)

/** A heading, or a name quoted as code, as namedSection compares them: "Pyenv  Which" → "pyenv which". */
export const asHeading = (s: string) =>
  s.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\(\)$/, '')

/**
 * Each section's heading (see asHeading) → the first citable unit of each section it heads: worked
 * out once for the corpus, when a question first quotes code.
 */
function sectionHeads(corpus: Corpus): Map<string, number[]> {
  let heads = corpus.memo.heads
  if (heads) return heads
  heads = new Map()
  for (const { headings: path, first: i } of sectionFirsts(corpus, (h) => h.length > 0)) {
    const key = asHeading(path[path.length - 1])
    const firsts = heads.get(key)
    if (firsts) firsts.push(i)
    else heads.set(key, [i])
  }
  corpus.memo.heads = heads
  return heads
}

/**
 * Each section's heading path and first citable unit, read from the first of its passages (from
 * `from` to `to`) that has one, for the sections whose path `keep` takes (asked before the unit
 * is looked for). The headings a question may name: a question line, a quoted name, a page's part.
 */
export function* sectionFirsts(
  corpus: Corpus,
  keep: (headings: readonly string[]) => boolean,
  from = 0,
  to = corpus.data.passages.length - 1,
): Generator<{ headings: readonly string[]; first: number }> {
  const { passages } = corpus.data
  const done = new Set<number>()
  // The passages of a section share its heading path: each path is split once.
  const split = new Map<number, readonly string[]>()
  for (let p = from; p <= to; p++) {
    const section = corpus.sectionOf[passages.first[p]]
    if (done.has(section)) continue
    let headings = split.get(passages.path[p])
    if (!headings) split.set(passages.path[p], (headings = passages.headings(p)))
    if (!keep(headings)) continue
    const first = firstCitable(corpus, p)
    if (first < 0) continue
    done.add(section)
    yield { headings, first }
  }
}

/** The first citable unit of passage `p`, or -1 when it has none (only code, say). */
function firstCitable(corpus: Corpus, p: number): number {
  const { sentences, passages } = corpus.data
  for (let i = passages.first[p]; i < passages.first[p + 1]; i++)
    if (isCitable(sentences.kind(i))) return i
  return -1
}

/**
 * After the subject of a sentence that opens by defining it, the words that say the sentence
 * gives what the thing is, rather than what it does: "is defined as", "is essentially", "are
 * basically", "is simply". (A sentence opening on "This" or "It" goes on about another.)
 */
const STATES_WHAT_IT_IS =
  /^(?!(?:this|that|it|these|those|they)\b)[^,;:]{1,80}?\s(?:is|are)\s+(?:defined|essentially|basically|simply)\b/i

/**
 * A question that asks what something means in other words than "What is X?" ("What does it
 * mean to rely on a partner …?", "attachment trauma definition, any help appreciated").
 */
const ASKS_MEANING = /\b(?:mean|means|meaning|define|defined|definition)\b/i

/** Whether a sentence opens by saying what a thing is ("Trust is essentially the belief …"). */
function statesWhatItIs(corpus: Corpus, sentence: number): boolean {
  const memo = corpus.memo.whatItIs
  if (memo[sentence] < 0)
    memo[sentence] =
      definedBy(corpus, sentence).length > 0 &&
      STATES_WHAT_IT_IS.test(sentenceText(corpus, sentence))
        ? 1
        : 0
  return memo[sentence] === 1
}

/**
 * "How can attachment trauma show up in adult life?", "Could what I went through growing up
 * affect the way I raise my own kids?": a question that does not ask what a thing is is seldom
 * answered by the sentence saying so, though that sentence names the thing and sums up the rest
 * in passing ("… that can cause relational difficulties in adult life"), and so covers much of
 * any question about it. Among the first candidates it keeps WEIGHTS.definitionElsewhere of its
 * score, so that the sentences it sums up, which go on about what is asked ("This can manifest
 * in a variety of ways …"), lead when they match about as well. A question for a cause is exempt
 * (see causeBonus), and so is one asking what a thing is or means, "What is X?" (see
 * definitionBonus) or otherwise (ASKS_MEANING). "What is X?" is read from
 * its shorthand spelled out ("wat is atachment trama??"), so a messy question for a definition
 * still gets it.
 */
export function definitionElsewhere(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): void {
  if (q.defines || q.causes || ASKS_MEANING.test(q.text)) return
  const n = Math.min(ranked.length, LIMITS.definitionCandidates)
  let moved = false
  for (let i = 0; i < n; i++) {
    if (!statesWhatItIs(corpus, ranked[i].sentence)) continue
    ranked[i].score *= WEIGHTS.definitionElsewhere
    moved = true
  }
  if (!moved) return
  resortHead(ranked, n)
}

/** A sentence that opens by sending the reader elsewhere: "See […] for details.", "For more information, see …". */
const POINTER =
  /^(?:see\b|(?:for\s+more\s+(?:details|information|info)|for\s+details)\b[^.]*?\b(?:see|refer)\b)/i

/**
 * "see [renovate-config-hono](…) repository for more details.": a sentence that only points to
 * another page says nothing of its own, though the name of its link may match the question as
 * well as the sentence it follows, which says what that name is. Among the first candidates it
 * keeps WEIGHTS.pointer of its score, so that a sentence saying as much in its own words leads.
 */
export function pointsElsewhere(corpus: Corpus, ranked: Ranked[]): void {
  const n = Math.min(ranked.length, LIMITS.definitionCandidates)
  let moved = false
  for (let i = 0; i < n; i++) {
    if (!sentenceIs(corpus, corpus.memo.pointer, ranked[i].sentence, POINTER)) continue
    ranked[i].score *= WEIGHTS.pointer
    moved = true
  }
  if (!moved) return
  resortHead(ranked, n)
}

/**
 * A sentence that names, as `inline code`, an API a problem report is about (see anchorsOf) and
 * states a limit or a rule of it (see CAVEAT) is most often the answer: "The `notFound` method is
 * only called from the top-level app." for "Custom notFound on a sub-app is ignored". Sharing two
 * or three of a long report's words, it covers less than sentences about the report's scenery;
 * among the first candidates it gains WEIGHTS.anchor (WEIGHTS.anchorNegation when its caveat only
 * negates: see RULE), and is marked `anchored` (answerability asks less coverage of it: see
 * ANCHORED in answerability.ts).
 */
export function anchored(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): Ranked[] {
  const { anchors } = q
  if (!anchors || !ranked.length) return ranked
  const n = Math.min(ranked.length, LIMITS.anchorCandidates)
  const top = ranked[0].score
  let moved = false
  const head = ranked.slice(0, n).map((r) => {
    const names = codeNames(corpus, r.sentence)
    if (!anchors.some((t) => names.includes(t))) return r
    const text = sentenceText(corpus, r.sentence)
    if (!CAVEAT.test(text)) return r
    moved = true
    const bonus = RULE.test(text) ? WEIGHTS.anchor : WEIGHTS.anchorNegation
    return { ...r, score: r.score + bonus, anchored: true }
  })
  if (!moved) return ranked
  // (Stable: ties keep their order.)
  head.sort((a, b) => b.score - a.score)
  // Brought above the best, a sentence takes the best's score rather than more: the bonus says
  // which sentence the report is about, not that it covers more, so the runners-up and the
  // sentences that finish its thought are cited against the same bar as before (see raised).
  return [...head.map((r) => (r.score > top ? { ...r, score: top } : r)), ...ranked.slice(n)]
}

/**
 * A sentence that states a limit or a rule: "only", "not", "never", "must", or a word the page
 * stresses (**bold**, _italic_: "the request _must_ contain …"). In lower case, or opening the
 * sentence: "a Not Found Response" names a response.
 */
const CAVEAT =
  /\b(?:not|only|cannot|can't|never|must|won't|doesn't|isn't|unless)\b|^(?:Not|Only|Never)\b|\*\*|(?<![\w*])[_*][a-z]+[_*](?![\w*])/

/**
 * A caveat that states a rule rather than only negating: what holds ("only", "must", "unless"),
 * what cannot be done, or a word the page stresses. "The handler will never be called", "`hc` does
 * not URL-encode …" only negate: they often say again what the reader reports.
 */
const RULE = /\b(?:only|cannot|can't|must|unless)\b|^Only\b|\*\*|(?<![\w*])[_*][a-z]+[_*](?![\w*])/

/**
 * Verbs by which a sentence says where its subject comes from, after the subject and a modal at
 * most: "Attachment trauma can result from …", "… stems from …", "… is often caused by …".
 */
const COMES_FROM =
  /^(?:(?:can|may|might|often|usually|typically|mostly|generally|commonly)\s+)*(?:(?:results?|stems?|arises?|comes?|originates?|develops?|springs?)\s+from|(?:is|are)\s+(?:(?:often|usually|typically|mostly|commonly)\s+)?caused\s+by)\b/i

/** Whether a sentence opens on the term and goes on to say what it comes from. */
function saysCause(corpus: Corpus, sentence: number, term: Array<Set<string>>): boolean {
  const text = sentenceText(corpus, sentence)
  const ws = words(text).map(plain)
  let i = 0
  while (i < ws.length && DETERMINERS.has(ws[i])) i++
  const left = [...term]
  for (; i < ws.length && left.length; i++) {
    const k = left.findIndex((alts) => alts.has(stem(ws[i])))
    if (k < 0) return false
    left.splice(k, 1)
  }
  if (left.length) return false
  // The rest of the sentence after its subject, as written.
  const lower = text.toLowerCase()
  let at = 0
  for (let w = 0; w < i; w++) at = lower.indexOf(ws[w], at) + ws[w].length
  return COMES_FROM.test(text.slice(at).trimStart())
}

/**
 * A question that opens by asking how to do something ("How do I turn off the colors …?", "how
 * to get the client IP address …", "How can I …"): it asks for a way. Not "Is there a way to …?"
 * or "Can I …?", which ask whether one exists and are answered as often by what a thing does
 * ("This function decodes a JWT token without performing signature verification.").
 */
const ASKS_HOW = /^\s*how\s+(?:to|(?:do|can|could|should|would)\s+(?:i|we|you|one))\b/i

/**
 * Documentation written to its reader gives a way as what the reader can do: "you can …", "X
 * allows / lets / enables you to …", "If you (do not) want …, set …".
 */
const OFFERS_WAY =
  /\b(?:(?:allows?|enables?)\s+(?:you|users?|us)\s+to|lets?\s+(?:you|users?|us)|you\s+can|if\s+you\s+(?:do\s+not\s+|don'?t\s+)?(?:want|wish|need))\b/i

/**
 * Fewest of the question's ideas a sentence's own words must say for the way it offers to be
 * the one asked for, as answerable asks two of an answer. Over the 51 sets 0 or 1 also turned a
 * wrong answer and an out-of-scope answer into abstentions (the way lifted said too little to
 * answer, and no runner-up was left within reach), 3 kept two of the four first places.
 */
const WAY_SAID = 2

/** Whether a sentence tells its reader what they can do (see OFFERS_WAY), read once per sentence. */
const offersWay = (corpus: Corpus, sentence: number) =>
  sentenceIs(corpus, corpus.memo.way, sentence, OFFERS_WAY)

/** A candidate that offers a way and says, in its own words, enough of the question (WAY_SAID). */
const offers = (corpus: Corpus, r: Ranked) => r.said >= WAY_SAID && offersWay(corpus, r.sentence)

/**
 * "How do I get the IP address of the client …?" asks for a way, and a sentence that offers the
 * reader one ("For example, you can get the client's remote address easily.", "To disable
 * _status code coloring_, you can set a `NO_COLOR` environment variable.") answers it, where a
 * sentence that shares a few more of its words in passing ("To make the client send cookies with
 * every request, add …") or describes ("This is a common way to disable ANSI color escape codes
 * …") does not. When the first candidate offers none, those within WEIGHTS.way of it that do gain
 * WEIGHTS.way: a near tie is broken for a way, and no sentence further down is lifted among the
 * answer's runners-up ("You can also pass a callback function … based on the origin." of the
 * CORS page, for a question on the CSRF middleware's origins).
 */
export function wayBonus(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): void {
  if (!ASKS_HOW.test(q.text)) return
  // A label over code that says only what the question asks ("Get payload:", for "How to access
  // the payload from JWT middleware?") offers the way in its code: nothing is lifted past it.
  if (ranked.length && labelAsked(corpus, q, ranked[0].sentence)) return
  liftNearTies(corpus, ranked, offers)
}

/**
 * "What should I do after being betrayed?", "what do i do now?": the reader asks what to do, and
 * a sentence that says what one must or should do ("To rebuild after experiencing betrayal,
 * individuals must first acknowledge their pain and grief.", "They should seek support …")
 * answers it, where one that says the question's words of what follows ("They might become
 * more sensitive to signs that indicate another person may betray them again.") does not. Near
 * ties (WEIGHTS.advice) are broken for such a sentence, as wayBonus breaks them for a way.
 */
export function adviceBonus(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): void {
  if (!ASKS_WHAT_TO_DO.test(q.text)) return
  liftNearTies(corpus, ranked, advises, WEIGHTS.advice)
}

/** "what should I do …", "what can we do", "what do i even do", "what to do". */
const ASKS_WHAT_TO_DO =
  /\bwhat\s+(?:should|can|do|could|must|shall)\s+(?:i|we|you|one|people|they|u)\s+(?:even\s+|actually\s+|now\s+)?do\b|\bwhat\s+to\s+do\b/i

/**
 * A sentence that says what one must or should do, or what one can do by what means ("they can
 * work on rebuilding their sense of trust by establishing new boundaries").
 */
const ADVISES =
  /\b(?:must|should|need\s+to|have\s+to|important\s+to)\b|\bcan\s+\p{L}+(?:\s+\p{L}+){0,8}\s+by\s+\p{L}+ing\b/iu

/** A candidate that says what to do, and something of the question in its own words. */
const advises = (corpus: Corpus, r: Ranked) =>
  r.said >= 1 && ADVISES.test(sentenceText(corpus, r.sentence))

/**
 * A label (see isLabel) each of whose words is one the question says itself: "Get payload:" for
 * "How to access the payload …?", not "Custom settings:" for "how to set a request timeout".
 */
function labelAsked(corpus: Corpus, q: AnalysedQuestion, sentence: number): boolean {
  if (!isLabel(corpus, sentence)) return false
  const terms = indexTerms(sentenceText(corpus, sentence)).filter((t) => !STOPWORDS.has(t))
  return (
    terms.length > 0 &&
    terms.every((t) => q.concepts.some((c) => !c.fromHistory && c.alts.get(t) === 1))
  )
}

/**
 * When the first candidate is not one `lifts` picks, those within WEIGHTS.way of it that are gain
 * WEIGHTS.way, and the head is sorted again: a near tie broken for the kind of sentence the
 * question asks for (see wayBonus, stopBonus).
 */
function liftNearTies(
  corpus: Corpus,
  ranked: Ranked[],
  lifts: (corpus: Corpus, r: Ranked) => boolean,
  by = WEIGHTS.way,
): void {
  if (ranked.length < 2 || lifts(corpus, ranked[0])) return
  const reach = ranked[0].score - by
  let moved = 0
  for (let i = 1; i < ranked.length && ranked[i].score >= reach; i++) {
    const r = ranked[i]
    if (!lifts(corpus, r)) continue
    r.score += by
    moved = i + 1
  }
  if (moved) resortHead(ranked, moved)
}

/**
 * "What feelings often follow when trust is broken?", "What childhood experiences can cause
 * attachment trauma?", "Which fear …?": asked which things of a kind, a sentence that names the
 * kind and then its instances ("feelings of shame and guilt", "experiences of abuse, neglect, or
 * loss", "fear of abandonment") answers, where one that shares the question's other words but
 * names none ("Breaking someone's trust can make them feel unsafe …") does not. The kind is one of
 * the first three words after "what" / "which"; near ties are broken for such a sentence.
 */
export function kindBonus(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): void {
  const m = KIND_ASKED.exec(q.text)
  if (!m) return
  const kinds = new Set(
    words(m[1])
      .filter((w) => !STOPWORDS.has(w) && !KIND_NOUNS.has(w))
      .map(stem),
  )
  if (!kinds.size) return
  liftNearTies(corpus, ranked, (c, r) => namesInstances(c, r.sentence, kinds))
}

/**
 * Asked how a thing shows ("In what ways can attachment trauma show up?", "How can it manifest in
 * adult life?", "What might that look like in practice?"), the reader wants its instances: a
 * sentence that lists them ("This can manifest in a variety of ways, such as difficulty forming
 * close friendships …") answers, where one that names the thing and its cause again (its
 * definition, "… that can cause relational difficulties in adult life") does not. Near ties are
 * broken for it, as for a way (see wayBonus).
 */
export function showsBonus(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): void {
  if (!MAY_ASK_SHOWING.test(q.text) || !SHOWING_ASKED.test(q.text)) return
  liftNearTies(corpus, ranked, (c, r) =>
    sentenceIs(c, c.memo.listsInstances, r.sentence, LISTS_INSTANCES),
  )
}

/** What every SHOWING_ASKED match holds, looked for first. */
const MAY_ASK_SHOWING = /ways?\b|manifest|show|present|play|look/i
/**
 * "in what ways", "what ways", and "how … manifest / show up / present / play out", "what … look
 * like": a few words between the verb and the thing it asks of.
 */
const SHOWING_ASKED =
  /\b(?:in\s+)?what\s+ways?\b|\bhow\s+(?:can|could|does|do|did|might|may|would|will)\s+(?:[\p{L}'’-]+\s+){1,5}?(?:manifest|show\s+up|show\s+itself|present\s+itself|play\s+out)\b|\bwhat\s+(?:does|do|can|could|might|would|will)\s+(?:[\p{L}'’-]+\s+){1,5}?look\s+like\b/iu
/** A sentence that lists instances of what it speaks of. */
const LISTS_INSTANCES = /\b(?:such\s+as|including|for\s+(?:example|instance)|e\.g\.)/i

/** "What" or "which" opening the question, and the three words after it. */
const KIND_ASKED = /^\s*(?:what|which)\s+((?:[a-z]+\s+){0,2}[a-z]+)\b/i

/**
 * Words that ask for kinds of what follows ("What forms can neglect take?"): a sentence on "the
 * forms of care" names none of neglect's.
 */
const KIND_NOUNS = new Set(
  'kind kinds type types form forms sort sorts way ways shape shapes example examples'.split(' '),
)

/** A word followed by what it is of: "feelings of shame", "experiences such as", "fear of". */
const OF_INSTANCES =
  /\b([a-z]+)\s+(?:of|such\s+as|like|including)\s+(?!the\b|a\b|an\b|this\b|that\b|it\b|them\b)[a-z]/gi

function namesInstances(corpus: Corpus, sentence: number, kinds: Set<string>): boolean {
  // (Read once a sentence: the pattern tried at every word of every candidate of every "what …"
  // question was 1.6% of the pipeline.)
  let named = corpus.memo.instances.get(sentence)
  if (!named) {
    named = []
    for (const m of sentenceText(corpus, sentence).matchAll(OF_INSTANCES))
      named.push(stem(m[1].toLowerCase()))
    corpus.memo.instances.set(sentence, named)
  }
  return named.some((w) => kinds.has(w))
}

/**
 * "… what's the other way?", "how else can …?": asked for the other thing of a kind, a
 * sentence that opens by giving another one ("Another way trust can break down is …") answers,
 * where one that shares more of the question's words restates the first. Near ties are broken
 * for it, as for a way (see wayBonus). (Read from the question as asked: a follow-up's ranking
 * may be its last question's, read again.)
 */
export function otherBonus(corpus: Corpus, question: string, ranked: Ranked[]): Ranked[] {
  const m = OTHER_ASKED.exec(question)
  const word = m ? m[1] : HOW_ELSE.test(question) ? 'way' : undefined
  if (!word || STOPWORDS.has(word.toLowerCase()) || ranked.length < 2) return ranked
  const kind = stem(word.toLowerCase())
  const another = (c: Corpus, r: Ranked) => {
    const opening = OTHER_OPENING.exec(sentenceText(c, r.sentence))
    return opening !== null && stem(opening[1].toLowerCase()) === kind
  }
  if (another(corpus, ranked[0])) return ranked
  // (A copy: the ranking may be a follow-up's, read again from the last question's.)
  const out = ranked.map((r) => ({ ...r }))
  liftNearTies(corpus, out, another)
  return out
}

/**
 * "the other way", "another reason", "any other thing", "Is cheating the only way …?": the kind of
 * what else is asked.
 */
const OTHER_ASKED = /\b(?:the\s+other|another|any\s+other|one\s+more|the\s+only)\s+([a-z]+)/i
/** "how else can trust get broken?": another way is asked. */
const HOW_ELSE = /\bhow\s+else\b/i

/** A sentence that opens by giving another of a kind: "Another way …", "The other reason …". */
const OTHER_OPENING = /^(?:another|the\s+other|one\s+more|a\s+second)\s+([a-z]+)/i

/** "do I (still / really) need to", "do we have to", "is it necessary to", "must I". */
const NEED_ASKED =
  /\b(?:do|does|will|would)\s+(?:i|we|you)\s+(?:still\s+|really\s+|even\s+|also\s+)?(?:have|need)\s+(?:to\b|a\b|an\b|the\b)|\bis\s+it\s+(?:necessary|required)\b|\bmust\s+(?:i|we)\b/i
/** A sentence that says it is not needed: done for the reader, or no need. */
const NEED_SAID =
  /\b(?:automatically|no\s+need|(?:do|does)\s*(?:not|n['’]t)\s+(?:have|need)\s+to|(?:not|never)\s+(?:necessary|required|needed)|out\s+of\s+the\s+box)\b/i

/** "which one wins", "takes precedence", "has priority", "overrides the other". */
const PRECEDENCE_ASKED =
  /\b(?:wins|win\?|takes?\s+(?:precedence|priority)|has\s+(?:precedence|priority)|gets?\s+priority|overrides?|prevails?)\b/i
const BOTH = /\bboth\b/i
const WHICH_USED = /\bwhich\s+(?:[a-z]+\s+)?(?:is|gets|will\s+be)\s+(?:used|called|applied|run)\b/i
/** A sentence that says which has priority. */
const PRECEDENCE_SAID =
  /\b(?:priority|precedence|prioriti[sz]ed?|overrides?|overridden|take\s+effect|takes\s+effect|the\s+one\s+used)\b/i

/** Longest question read for SEVERAL_ASKED. */
const SEVERAL_LENGTH = 200
const SEVERAL_ASKED = /\b(?:more\s+than\s+one|multiple|several)\b/i
const SEVERAL_SAID = /\b(?:multiple|more|several|many|arbitrary|arrays?|lists?|pairs|each)\b|\[\]/i

/** A question framed by a stage of what happens: "once …", "now that …". */
const STAGE_ASKED = /\b(?:once|now\s+that)\b/i
/** A sentence framed by one: it opens on "Once". */
const STAGE_SAID = /^\s*once\b/i
/** "is it normal", "is that (a) common …", "normal reaction", "is this a thing". */
const NORMAL_ASKED =
  /\b(?:is\s+(?:it|this|that)\s+(?:\w+\s+)?(?:normal|common|usual|typical|natural)|normal\s+(?:reaction|response|to\s+feel)|is\s+this\s+a\s+thing|normal\?)/i
/** A sentence that says a thing often, usually or commonly happens. */
const COMMON_SAID =
  /\b(?:often|usually|commonly|common|typically|frequently|many|most|natural|normal)\b/i

/**
 * Near ties broken, as for a way (see wayBonus), for the kind of sentence a question's shape asks
 * for, where one that shares more of the question's words only describes the thing. Each shape:
 * whether a question asks it, and what a sentence says that answers it. In this order.
 */
const SHAPES: ReadonlyArray<{ asks: (text: string) => boolean; says: RegExp }> = [
  // "Do I need to write a separate HEAD handler …?", "Do I have to gzip responses myself on
  // Workers?": a sentence that says it is not needed, or that it is done for the reader ("Hono
  // automatically handles HEAD requests …", "… there is no need to use this middleware", "you
  // don't have to install Hono explicitly"). (Not one that says a thing is needed: "need to",
  // "must" are in every other how-to sentence; lifted too, they cost two first places for three.)
  { asks: (t) => NEED_ASKED.test(t), says: NEED_SAID },
  // "Which onError wins: the one on the root app or the one on the mounted router?", "… which one
  // takes precedence?", "If both … define onError, which handler is used?": a sentence that says
  // which has priority ("… the route-level handlers get priority.", "A `RequestInit` object
  // defined by `init` takes the highest priority.", "… the status passed to the constructor is
  // the one used …").
  {
    asks: (t) => PRECEDENCE_ASKED.test(t) || (BOTH.test(t) && WHICH_USED.test(t)),
    says: PRECEDENCE_SAID,
  },
  // "Can it accept more than one username and password?", "hono basic auth multiple users": a
  // sentence that speaks of several ("… objects defining more `username` and `password` pairs",
  // "If multiple files are uploaded, …", "an array of …"). Up to SEVERAL_LENGTH characters: a
  // report's story says "multiple" of its scenery.
  { asks: (t) => t.length <= SEVERAL_LENGTH && SEVERAL_ASKED.test(t), says: SEVERAL_SAID },
  // "Is it normal to feel ashamed after my partner cheated?", "… is that a normal reaction?": a
  // sentence that says it often or usually follows ("When trust is broken, it often leads to
  // feelings of shame and guilt.").
  { asks: (t) => NORMAL_ASKED.test(t), says: COMMON_SAID },
  // "Once the dust settles, what kind of ground rules should we put in place?", "Now that the worst
  // has passed, …": a question framed by a stage of what happens asks what comes at that stage,
  // and a sentence framed the same way states it ("Once they have begun to heal, they can work on
  // rebuilding …"), where one that shares more of its words speaks of the time before.
  { asks: (t) => STAGE_ASKED.test(t), says: STAGE_SAID },
]

/** The near ties broken for the shapes the question asks in (see SHAPES). */
export function shapeBonus(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): void {
  for (const { asks, says } of SHAPES)
    if (asks(q.text)) liftNearTies(corpus, ranked, (c, r) => says.test(sentenceText(c, r.sentence)))
}

/**
 * "How do I stop `jsxRenderer` from adding a DOCTYPE?", "how to disable the colors", "turn off
 * …": a way asked to keep a thing from happening is given by a sentence that says not doing it
 * ("If you do not want to add a DOCTYPE …, set the `docType` option to `false`.", "To disable
 * …"), where one that only names the thing ("And you can specify the DOCTYPE.") answers another
 * question. When the first candidate says no such thing, those within WEIGHTS.way of it that do
 * gain WEIGHTS.way, as a near tie is broken for a way (see wayBonus).
 */
export function stopBonus(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): void {
  if (ASKS_HOW.test(q.text) && STOP_ASKED.test(q.text)) liftNearTies(corpus, ranked, saysNotDoing)
}

/** A question that asks how to keep a thing from happening (see stopBonus). */
const STOP_ASKED =
  /\b(?:stop|prevent|disable|turn(?:ing)?\s+off|switch(?:ing)?\s+off|get\s+rid\s+of|suppress|opt\s+out)\b/i

/** A sentence that says not doing a thing: "do not", "never", "disable", "`false`", "turn off". */
const NOT_DOING =
  /\b(?:not|never|don'?t|doesn'?t|disabl\w*|turn(?:s|ed)?\s+off|suppress\w*|skip\w*|without)\b|`false`/i

/** Whether a candidate says not doing a thing (NOT_DOING), read once per sentence. */
const saysNotDoing = (corpus: Corpus, r: Ranked) =>
  sentenceIs(corpus, corpus.memo.notDoing, r.sentence, NOT_DOING)

/**
 * "does it also work for streaming responses?", "does that work with Deno's precompile jsx
 * setting?": asked whether a thing works in a setting, documentation answers by what does not
 * ("The timeout middleware cannot be used with stream", "You can't use `useRequestContext()` with
 * the Deno's `precompile` JSX option", "streaming may not work well on Wrangler"): that a thing
 * works is what it assumes, and says only where it does not. Asked whether a thing still holds
 * ("is @hono/node-ws still the package to use for that?"), it says where it no longer does
 * ("`@hono/node-ws` is deprecated."). When the first candidate states no such limit, those within
 * WEIGHTS.unworking of it that do gain WEIGHTS.unworking, as a near tie is broken for a way in a
 * how-to question (see wayBonus).
 */
export function unworkingBonus(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): Ranked[] {
  if (ranked.length < 2 || !asksWorks(q.text) || statesUnworking(corpus, ranked[0].sentence))
    return ranked
  const reach = ranked[0].score - WEIGHTS.unworking
  const covers = ranked[0].coverage * UNWORKING_COVERS
  let out: Ranked[] | undefined
  let i = 1
  for (; i < ranked.length && ranked[i].score >= reach; i++) {
    if (ranked[i].coverage < covers || !statesUnworking(corpus, ranked[i].sentence)) continue
    out ??= ranked.slice()
    out[i] = { ...ranked[i], score: ranked[i].score + WEIGHTS.unworking }
  }
  return out ? resorted(out, i) : ranked
}

/**
 * Least share of the first candidate's coverage a limit must cover to be lifted over it: the
 * limit answers the question only if it is about as much about it.
 */
const UNWORKING_COVERS = 0.8

/**
 * Whether a question asks if a thing works in a setting: in those words (ASKS_WORKS), or as
 * whether the reader can do it where the message names a setting ("can I read the request
 * context from inside a component there? I'm on Deno.").
 */
const asksWorks = (text: string) =>
  ASKS_WORKS.test(text) || (CAN_I.test(text) && SETTING_NAMED.test(text)) || STILL.test(text)
/** A yes-no question whether a thing still holds: "is X still the package to use?". */
const STILL = /(?:^|[.?!]\s+)(?:(?:and|so|but|ok)[\s,]+)?(?:is|are|does|do)\s+[^?.!]*?\bstill\b/i
/** A question whether the reader may do a thing: "can I …", "could we …". */
const CAN_I = /^\s*(?:ok\s+)?(?:can|could)\s+(?:i|we)\b/i
/** A setting named as a name: "on Deno", "under Bun", "with Hono" (case-sensitive). */
const SETTING_NAMED = /\b(?:on|under|with)\s+[A-Z]\w+/

/** A yes-no question whether a thing works (is usable, supported) in a setting, in its asking sentence. */
const ASKS_WORKS =
  /(?:^|[.?!]\s+)(?:(?:and|so|but|ok)[\s,]+)?(?:(?:does|do|will|would|can|could)\s+(?:[^\s?.!]+\s+){1,5}?(?:also\s+|still\s+|even\s+)?(?:work|be used)|(?:is|are)\s+(?:[^\s?.!]+\s+){1,5}?(?:supported|compatible))\s+(?:(?:also|too|well)\s+)?(?:with|for|on|under|in|inside|behind)\b/i

/** A sentence that states what does not work, cannot be used, is not supported, or is deprecated. */
const UNWORKING =
  /\b(?:cannot|can't|can ?not|may not|might not|does not|doesn't|do not|don't|will not|won't|is not|isn't|are not|aren't)\s+(?:be\s+)?(?:work|used?|supported|available|compatible)\b|\bnot\s+(?:supported|compatible)\b|\bdeprecated\b|\bno longer\b/i

/** Whether a sentence states what does not work (UNWORKING), read once per sentence. */
const statesUnworking = (corpus: Corpus, sentence: number) =>
  sentenceIs(corpus, corpus.memo.unworking, sentence, UNWORKING)

/**
 * For "What causes X?", a sentence that says X "results from" / "is caused by" gains WEIGHTS.cause.
 * Written out as definitionBonus is: one helper taking the test as a closure made V8 deoptimise
 * rank in a loop in some processes (commit 486909a), so the two loops stay apart.
 */
export function causeBonus(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): void {
  if (!q.causes) return
  const n = Math.min(ranked.length, LIMITS.definitionCandidates)
  let moved = false
  for (let i = 0; i < n; i++) {
    if (!saysCause(corpus, ranked[i].sentence, q.causes)) continue
    ranked[i].score += WEIGHTS.cause
    moved = true
  }
  if (!moved) return
  resortHead(ranked, n)
}

/**
 * Asked for another thing than X ("What is another way trust can break down besides
 * infidelity?"), a lead candidate that opens by adding an item ("Another way …", "In addition,
 * …") gains WEIGHTS.anotherItem, and those that name X come after the others: each is most likely
 * the one thing set aside, however much else of the question it says. One that names X in a list of
 * three or more ("… close friendships, maintaining romantic partnerships, and even parenting")
 * names others with it, and keeps its place.
 */
export function pastSetAside(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): Ranked[] {
  if (!q.another || !q.excluded) return ranked
  const excluded = q.excluded
  const n = Math.min(ranked.length, LIMITS.leadCandidates)
  const namesAside = (r: Ranked) => {
    const text = sentenceText(corpus, r.sentence)
    return !LIST_OF_THREE.test(text) && saysStemOf(text, excluded)
  }
  // The list's next item says so: "Another way trust can break down is …" (see anotherItem).
  ranked = lifted(ranked, (r) => ADDING.test(sentenceText(corpus, r.sentence)), WEIGHTS.anotherItem)
  const aside = ranked.slice(0, n).filter(namesAside)
  if (aside.length === 0 || aside.length === n) return ranked
  const kept = ranked.slice(0, n).filter((r) => !aside.includes(r))
  // (Each at most the last kept one's score: the ranking stays in order of score, as the citing
  // of runners-up reads it.)
  const floor = kept[kept.length - 1].score
  const after = aside.map((r) => (r.score > floor ? { ...r, score: floor } : r))
  return [...kept, ...after, ...ranked.slice(n)]
}

/** Three or more things listed: "A, B, and C" ("or"), with the comma before the last. */
const LIST_OF_THREE = /,[^,.;]{1,60},\s*(?:and|or)\b/

/** Whether `text` says a word whose stem is one of `stems`. */
const saysStemOf = (text: string, stems: Set<string>) =>
  words(text).some((w) => stems.has(stem(plain(w))))

/** The ranking without the sentences that say what the question sets aside. */
export function setAside(corpus: Corpus, excluded: Set<string>, retrieval: Retrieval): Retrieval {
  const { sentences } = corpus.data
  const says = (id: number) => saysStemOf(sentenceText(corpus, id), excluded)
  // "The act of cheating can shatter … In addition, infidelity may indicate deeper issues …": a
  // sentence that goes on from one about the thing set aside (opening by pointing back or by
  // adding, in its passage) is about it too, in other words.
  const about = (id: number): boolean =>
    says(id) ||
    (id > 0 &&
      sentences.passage[id - 1] === sentences.passage[id] &&
      (ANAPHORIC_OPENING.test(sentenceText(corpus, id)) || ADDING.test(sentenceText(corpus, id))) &&
      about(id - 1))
  return { ...retrieval, ranked: retrieval.ranked.filter((r) => !about(r.sentence)) }
}

/**
 * "**Note**: Unlike `setCookie` and `setSignedCookie`, these functions only generate the cookie
 * strings.": a sentence that names the question's thing only in an opening that sets it apart
 * ("Unlike …,", "In contrast to …,", "Instead of …,") is about something else. It keeps
 * WEIGHTS.contrasted of its score.
 */
export function quietContrasted(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): void {
  const n = Math.min(ranked.length, LIMITS.leadCandidates)
  let moved = false
  for (let i = 0; i < n; i++) {
    const text = sentenceText(corpus, ranked[i].sentence)
    const m = CONTRASTED_OPENING.exec(text)
    if (!m) continue
    const apart = new Set(indexTerms(m[1]))
    const rest = new Set(indexTerms(text.slice(m[0].length)))
    let inApart = 0
    let inRest = 0
    for (const c of q.concepts) {
      if (c.fromHistory) continue
      // (The word itself: a part of a name, "cookie" of setCookie, says less of it.)
      for (const [t, w] of c.alts)
        if (w === 1) {
          if (rest.has(t)) inRest++
          else if (apart.has(t)) inApart++
        }
    }
    if (!inApart || inRest) continue
    ranked[i].score *= WEIGHTS.contrasted
    moved = true
  }
  if (moved) resortHead(ranked, n)
}

/**
 * "How do I verify a JWT's signature?" asks for a way to do it; "This function decodes a JWT
 * token without performing signature verification." says the doing only as what it leaves out. A
 * sentence whose "without …" says at least half the weight of a how-to question's own concepts,
 * none of them said elsewhere in it, keeps WEIGHTS.without of its score. Not asked of a question
 * that itself leaves something out or stops it ("How to decode a JWT without verifying?").
 */
export function quietWithout(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): void {
  if (!ASKS_HOW.test(q.text) || asksNot(q.text)) return
  const n = Math.min(ranked.length, LIMITS.leadCandidates)
  let total = 0
  for (const c of q.concepts) if (!c.fromHistory) total += c.salience
  if (total <= 0) return
  let moved = false
  for (let i = 0; i < n; i++) {
    const text = sentenceText(corpus, ranked[i].sentence)
    if (!/\bwithout\b/i.test(text)) continue
    const denied = new Set<string>()
    for (const m of matchesOf(WITHOUT_PHRASE, text)) for (const t of indexTerms(m[1])) denied.add(t)
    const rest = new Set(indexTerms(text.replace(WITHOUT_PHRASE, ' ')))
    let only = 0
    for (const c of q.concepts) {
      if (c.fromHistory) continue
      let inDenied = false
      let inRest = false
      // (The word or a derivation of it: "verification" of "verify".)
      for (const [t, w] of c.alts)
        if (w >= RELATION_WEIGHTS.deriv) {
          if (rest.has(t)) inRest = true
          else if (denied.has(t)) inDenied = true
        }
      if (inDenied && !inRest) only += c.salience
    }
    if (only < WITHOUT_SHARE * total) continue
    ranked[i].score *= WEIGHTS.without
    moved = true
  }
  if (moved) resortHead(ranked, n)
}

/** What a sentence says it does without: the words after "without", to the clause's end. */
const WITHOUT_PHRASE = /\bwithout\s+([^,.;:()]{1,80})/gi
/** Least share of a question's own weight that a "without …" must say to leave out what is asked. */
const WITHOUT_SHARE = 0.5
/**
 * A question that asks to leave out, not to do, or to stop (a word that denies, see NEGATORS, or
 * STOP_ASKED): its own "without" is what it asks.
 */
const asksNot = (text: string) =>
  STOP_ASKED.test(text) || LEAVE_OUT.test(text) || wordsOf(text).some((w) => NEGATORS.has(w))
const LEAVE_OUT = /\b(?:skip|avoid)\w*/i

/** An opening that sets a thing apart from what the sentence says: its words, up to the comma. */
const CONTRASTED_OPENING =
  /^(?:\*\*[^*]+\*\*:?\s*)?(?:unlike|in\s+contrast\s+to|contrary\s+to|instead\s+of|as\s+opposed\s+to)\s+([^,]{1,120}),/i

/**
 * A sentence that only repeats what the reader quotes (the error message they got, the line of
 * code they wrote) tells them nothing new: the passage around it explains it. It keeps
 * WEIGHTS.echo of its score, so its neighbours, which its section vouches for, can lead.
 */
export function quietEchoes(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): void {
  const n = Math.min(ranked.length, LIMITS.leadCandidates)
  let moved = false
  // The lines the documents quote whole that the reader's message repeats, and what each lost.
  const lines: Array<{ line: Ranked; lost: number }> = []
  for (let i = 0; i < n; i++) {
    const sentence = ranked[i].sentence
    // A line the documents quote whole (the error a call throws, as `inline code`) echoes the
    // reader's words wherever they say them: "$url() throws TypeError: Failed to construct
    // 'URL'" pastes the message without quotation marks.
    const quoted = isQuotesOnly(corpus, sentence)
      ? (q.spoken ??= spokenStems(corpus, q.text))
      : q.quoted
    if (!quoted) continue
    const own = sentenceStems(corpus, sentence)
    let echoed = 0
    for (const t of own) if (quoted.has(t)) echoed++
    if (own.size >= LIMITS.echoWords && echoed >= LIMITS.echoShare * own.size) {
      const lost = ranked[i].score * (1 - WEIGHTS.echo)
      ranked[i].score -= lost
      moved = true
      if (quoted !== q.quoted) lines.push({ line: ranked[i], lost })
    }
  }
  // Every question's candidates are read (any may quote a line whole), few lose: the head, in
  // score order already, is sorted again only when one did (as definitionBonus does).
  if (!moved) return
  if (lines.length && introduceQuotes(corpus, lines, ranked)) {
    ranked.sort((a, b) => b.score - a.score || a.sentence - b.sentence)
    return
  }
  resortHead(ranked, n)
}

/**
 * The stems of a question's content words, and of the parts the documents write a word in that
 * the reader typed whole ("typeerror" of "typeerror: failed to construct 'url'" is their
 * `TypeError`, whose "type" and "error" a line quoting it says): typed in small letters, the
 * message the documents quote was otherwise two words short of echoing it.
 */
function spokenStems(corpus: Corpus, text: string): Set<string> {
  const out = contentStems(text)
  for (const w of words(text)) {
    const parts = writtenParts(corpus, plain(w))
    if (parts) for (const p of parts) if (!STOPWORDS.has(p)) out.add(stem(p))
  }
  return out
}

/**
 * The prose just before a line the documents quote whole (the error a call throws) says when it
 * happens and what to do instead ("You have to pass in an absolute URL for this to work. Passing
 * in a relative URL `/` will result in the following error."), and a reader who pastes the line
 * is in that situation. What the line loses as an echo (see quietEchoes) goes to the last
 * LIMITS.quoteIntro prose sentences before it under the same heading: the passage that explains
 * it takes its place. They share few of the reader's words (the line says the rest), so they
 * cover at least what the line covers, and answer as it would. Returns whether any of them was
 * among the candidates.
 */
function introduceQuotes(
  corpus: Corpus,
  lines: ReadonlyArray<{ line: Ranked; lost: number }>,
  ranked: Ranked[],
): boolean {
  const { sentences } = corpus.data
  const gain = new Map<number, { lost: number; line: Ranked }>()
  for (const { line, lost } of lines) {
    const { sentence } = line
    const section = corpus.sectionOf[sentence]
    let taken = 0
    for (let k = sentence - 1; k >= 0 && taken < LIMITS.quoteIntro; k--) {
      if (corpus.sectionOf[k] !== section || sentences.docId(k) !== sentences.docId(sentence)) break
      if (sentences.kind(k) !== 'sentence') break
      if (!gain.has(k)) gain.set(k, { lost, line })
      taken++
    }
  }
  let moved = false
  for (const r of ranked) {
    const g = gain.get(r.sentence)
    if (g === undefined) continue
    r.score += g.lost
    r.coverage = Math.max(r.coverage, g.line.coverage)
    r.own = Math.max(r.own, g.line.own)
    moved = true
  }
  return moved
}

/**
 * Whether a sentence quotes the reader's code back to them: one of its `inline code` spans has at
 * least LIMITS.restatedCodeWords distinct words, every one of them a word of what the reader quotes
 * or pastes (`const app = new Hono(); app.get(...)`, `<input type="file" multiple />`). A name
 * alone (`useRequestContext()`) is one word, however many parts it has: naming the API the reader
 * asks about is not restating their setup.
 */
function restatesCode(corpus: Corpus, sentence: number, quoted: Set<string>): boolean {
  const text = sentenceText(corpus, sentence)
  if (!text.includes('`')) return false
  for (const m of matchesOf(INLINE_CODE, text)) {
    const own = new Set<string>()
    for (const { word } of tokens(m[1])) {
      const w = plain(word)
      if (!STOPWORDS.has(w) && /\p{L}/u.test(w)) own.add(stem(w))
    }
    if (own.size < LIMITS.restatedCodeWords) continue
    if ([...own].every((t) => quoted.has(t))) return true
  }
  return false
}

/**
 * A sentence that quotes the reader's own code back as `inline code` describes the situation the
 * reader is in, which its matches of their code's words reward: the sentence that answers says
 * what holds of it. Among the first candidates such a sentence keeps WEIGHTS.restatedCode of its
 * score. (quietEchoes asks that nearly all of a sentence be the reader's words; here one quoted
 * fragment of code is enough, since code is what a reader pastes whole.)
 */
export function quietRestatedCode(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): void {
  const { quoted } = q
  if (!quoted) return
  const n = Math.min(ranked.length, LIMITS.leadCandidates)
  let moved = false
  for (let i = 0; i < n; i++)
    if (restatesCode(corpus, ranked[i].sentence, quoted)) {
      ranked[i].score *= WEIGHTS.restatedCode
      moved = true
    }
  if (!moved) return
  resortHead(ranked, n)
}

/**
 * A sentence that sums up what a thing offers, in general: "This helper provides functions for
 * …", "The Streaming Helper provides methods for …", "JWTs are commonly used for …". ("allows"
 * and "enables" are left out: "This allows passing specific values between middleware …" is as
 * often the very answer to a how-to question.)
 */
const OVERVIEW =
  /^(?:this|the|these)\s+(?:[\w`.()-]+\s+){0,3}?(?:provides?|offers?)\b|\b(?:are|is)\s+(?:commonly|often|typically|generally|usually)\s+used\b/i

/** Whether a sentence sums up what a thing offers (OVERVIEW; remembered per sentence). */
const isOverview = (corpus: Corpus, sentence: number) =>
  sentenceIs(corpus, corpus.memo.overview, sentence, OVERVIEW)

/**
 * The question's own concepts (not lent by the history) that the sentences of `ranked` say in
 * their own words, read for the first `n` as they are asked for: concept j of candidate i is said
 * where saidBy[i * concepts + j] is 1. One row per candidate and the question's strong terms
 * listed once, not a set per candidate and the concepts' maps walked again for each (a long
 * question names dozens of terms, and this was a tenth of its ranking).
 */
class SaidConcepts {
  readonly concepts: number
  private readonly saidBy: Int32Array
  private readonly done: Int32Array
  /** The own concepts' alternatives worth half the word or more: term strongTerm[e] says strongOf[e]. */
  private readonly strongTerm: string[] = []
  private readonly strongOf: number[] = []

  constructor(
    private readonly corpus: Corpus,
    q: AnalysedQuestion,
    private readonly ranked: Ranked[],
    n: number,
  ) {
    this.concepts = q.concepts.length
    this.saidBy = bufferInt32(I32.saidBy, n * this.concepts)
    this.done = bufferInt32(I32.saidDone, n)
    for (let j = 0; j < this.concepts; j++) {
      const c = q.concepts[j]
      if (c.fromHistory) continue
      for (const t of c.alts.keys())
        if (c.alts.get(t)! >= WEIGHTS.saysConcept) {
          this.strongTerm.push(t)
          this.strongOf.push(j)
        }
    }
  }

  /** Where candidate i's row starts in `said`, read once it is asked for. */
  row(i: number): number {
    const at = i * this.concepts
    if (this.done[i]) return at
    this.done[i] = 1
    const terms = termsOfSentence(this.corpus, this.ranked[i].sentence)
    const { saidBy, strongTerm, strongOf } = this
    for (let e = 0; e < strongTerm.length; e++)
      if (!saidBy[at + strongOf[e]] && terms.has(strongTerm[e])) saidBy[at + strongOf[e]] = 1
    return at
  }

  /** Concept j is said by the candidate whose row starts at `at`. */
  says(at: number, j: number): boolean {
    return this.saidBy[at + j] === 1
  }
}

/** The concepts the reader's own words `ws` say, the words themselves (weight 1), by index. */
export function conceptsSaying(q: AnalysedQuestion, ws: Iterable<string>): boolean[] {
  const stems = new Set<string>()
  for (const w of ws) stems.add(stem(plain(w)))
  return q.concepts.map((c) => {
    for (const t of c.alts.keys()) if (c.alts.get(t) === 1 && stems.has(t)) return true
    return false
  })
}

/**
 * Two kinds of sentence match a question through its words without saying what it asks: the
 * page's overview, which names the topic and lists what the page offers, and the sentence that
 * says back the reader's setup ("If you want to have a "_fallback_" handler, write the code below
 * the other handler." for "I put `app.get('*', ...)` near the top as a fallback … Does the order
 * I declare routes in actually matter?"; "You can write document metadata tags such as `<title>`
 * … directly inside your components." for a page component that renders its own title). Among
 * the first candidates, each keeps WEIGHTS.overview or WEIGHTS.setupOnly of its score when a
 * sentence of the same page below it says, in its own words, a word of the question the overview
 * does not say, or a word of what is asked: the page is the right one, and that sentence more
 * often the answer ("Handlers or middleware will be executed in registration order."). The setup
 * is read only when the sentence that asks names two things the documents know or more (see
 * focus): a vague one ("Is there a limit?") leaves the story to say what is asked. (Without that,
 * and for sentences of any page, such sentences giving way lost more first places than they
 * gained.)
 */
export function yieldToAsked(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): void {
  const n = Math.min(ranked.length, LIMITS.leadCandidates)
  if (n < 2) return
  const parts = focus(q.text)
  const asked = conceptsSaying(q, parts.asking)
  let known = 0
  for (let j = 0; j < asked.length; j++) if (asked[j] && q.concepts[j].known) known++
  const specific = known >= 2
  // Only an overview gives way to a question that is not specific: with none among the first n,
  // nothing is read.
  if (!specific && !someOverview(corpus, ranked, n)) return
  let told: boolean[] | undefined
  const said = new SaidConcepts(corpus, q, ranked, n)
  const concepts = said.concepts
  let moved = false
  for (let i = 0; i < n; i++) {
    let keep = 1
    if (isOverview(corpus, ranked[i].sentence)) {
      const own = said.row(i)
      if (saidBelow(corpus, ranked, n, said, i, (j) => !said.says(own, j))) keep = WEIGHTS.overview
    } else if (specific) {
      told ??= conceptsSaying(q, parts.told)
      const own = said.row(i)
      // All it says is setup: what the reader told, none of what they ask.
      let says = 0
      let setupOnly = true
      for (let j = 0; j < concepts; j++)
        if (said.says(own, j)) {
          says++
          if (!told[j] || asked[j]) setupOnly = false
        }
      if (says && setupOnly && saidBelow(corpus, ranked, n, said, i, (j) => asked[j]))
        keep = WEIGHTS.setupOnly
    }
    if (keep === 1) continue
    ranked[i].score *= keep
    moved = true
  }
  if (!moved) return
  resortHead(ranked, n)
}

/** One of the first n of `ranked` is a page's overview (see isOverview). */
function someOverview(corpus: Corpus, ranked: Ranked[], n: number): boolean {
  for (let i = 0; i < n; i++) if (isOverview(corpus, ranked[i].sentence)) return true
  return false
}

/** A sentence of candidate i's page below it, among the first n, says a concept `wanted` picks. */
function saidBelow(
  corpus: Corpus,
  ranked: Ranked[],
  n: number,
  said: SaidConcepts,
  i: number,
  wanted: (j: number) => boolean,
): boolean {
  const { sentences } = corpus.data
  const page = sentences.docId(ranked[i].sentence)
  for (let k = i + 1; k < n; k++) {
    if (sentences.docId(ranked[k].sentence) !== page) continue
    const at = said.row(k)
    for (let j = 0; j < said.concepts; j++) if (said.says(at, j) && wanted(j)) return true
  }
  return false
}

/**
 * A lead-in to a code sample ("Your tests can be written like this.") matches pasted code through
 * the sample it introduces: where that sample mirrors the reader's code (`app.request('/testing',
 * { method: 'POST', body: JSON.stringify(…) })`), the words matched are the reader's own, an echo
 * of their setup, not an explanation of it. Among the first candidates, a sentence at least
 * LIMITS.codeEchoShare of whose matched weight is such an echo (see echoShare) keeps WEIGHTS.codeEcho
 * of its score when a sentence of its page below it, no echo itself, says in its own words a word
 * of the reader's prose it does not ("Otherwise, the request body will not be parsed and you will
 * receive an empty object …" for "… `value` is just `{}` …"). (Earlier, every code sample or
 * lead-in keeping less when the reader pasted code lost as many first places as it gained: a
 * sample that matches the reader's prose words is evidence of the right section.)
 */
export function echoGivesWay(
  corpus: Corpus,
  q: AnalysedQuestion,
  codeOnly: Int32Array | undefined,
  ranked: Ranked[],
): void {
  if (!codeOnly) return
  const n = Math.min(ranked.length, LIMITS.leadCandidates)
  if (n < 2) return
  let first = -1
  for (let i = 0; i < n && first < 0; i++)
    if ((ranked[i].echo ?? 0) >= LIMITS.codeEchoShare) first = i
  if (first < 0) return
  // The reader's own words outside their code: what a sentence that explains says back.
  const prose = q.concepts.map((c, j) => !c.fromHistory && !codeOnly[j])
  const said = new SaidConcepts(corpus, q, ranked, n)
  const sentences = corpus.data.sentences
  const samePage = (i: number, k: number) =>
    sentences.docId(ranked[i].sentence) === sentences.docId(ranked[k].sentence)
  const echoes = (i: number) => (ranked[i].echo ?? 0) >= LIMITS.codeEchoShare
  let moved = false
  for (let i = first; i < n; i++) {
    if (!echoes(i)) continue
    const own = said.row(i)
    let gives = false
    for (let k = i + 1; k < n && !gives; k++)
      if (samePage(i, k) && !echoes(k)) {
        const at = said.row(k)
        for (let j = 0; j < said.concepts; j++)
          if (said.says(at, j) && prose[j] && !said.says(own, j)) gives = true
      }
    if (!gives) continue
    ranked[i].score *= WEIGHTS.codeEcho
    moved = true
  }
  if (moved) resortHead(ranked, n)
}
