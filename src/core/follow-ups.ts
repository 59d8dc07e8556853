// Questions that lean on earlier turns: whether a question points back or is a follow-up at
// all, and how its answer is drawn from the last one ("what else?", "and then?", "the same on
// Bun?", "instead of …"), going on past the lead the last answer cited.

import type { Corpus } from './corpus.ts'
import { isCitable } from './passages.ts'
import { FRAME_WORDS, indexTerms, plain, stem, STOPWORDS } from './terms.ts'
import type { Turn } from './types.ts'
import { LIMITS, WEIGHTS } from './weights.ts'
import type { AnalysedQuestion, Concept, Ranked, Retrieval } from './question-types.ts'
import { ANAPHORA, dummyIt, pointsBackAt, sentenceText, wordsOf } from './reading-text.ts'
import { withoutAsides } from './question-message.ts'
import {
  ADDING,
  ANAPHORIC_OPENING,
  asksDefault,
  lifted,
  resorted,
  sentenceSays,
  statesDefault,
} from './sentence-form.ts'

/** A question that leans on the conversation: it points back ("it", "those") or says too little. */
export function isFollowUp(
  question: string,
  own: Concept[],
  /** Whether the question points back (pointsBack), when the caller knows. */
  back = pointsBack(question),
): boolean {
  // "what if the same key shows up twice?" goes on from the last question; asked first, it stands
  // alone (and is not an unresolved pointer).
  if (back || /^\s*what if\b/i.test(question)) return true
  // "How do I set a cookie?" names one concept the documents know (`setCookie`, the two words
  // joined), but asks a doing of its own, complete: it is no follow-up however few words it knows.
  // (Nor do frame words count: "what role do boundaries play?" asks of one thing, "boundaries", in
  // the conversation's setting, and read alone it was declined as too thin.)
  return (
    own.filter((c) => c.known && !FRAME_WORDS.has(c.word.toLowerCase())).length <= 1 &&
    !asksItsOwn(question)
  )
}

/**
 * A question complete in itself: an auxiliary that asks ("How do I …", "What does …", "Can we
 * …") and, after it and its subject, two words of content or more: a doing and what it is done
 * to ("… set a cookie", "… the logger middleware print"). "How do I install?", "What do I need?"
 * (a light verb: "get", "need", "have" are function words) leave their object to the
 * conversation; "which techniques specifically?", "same thing but on Deno?" ask with no
 * auxiliary at all. (Called only of a question that does not point back.)
 */
export function asksItsOwn(question: string): boolean {
  const ws = wordsOf(
    withoutAsides(question)
      .split(/[.?!]\s/)
      .pop()!,
  ).map(plain)
  let i = ASKING_WORDS.has(ws[0]) ? 1 : 0
  if (!DOING_AUXILIARIES.has(ws[i])) return false
  let content = 0
  for (const w of ws.slice(i + 1)) if (!STOPWORDS.has(w) && !FRAME_WORDS.has(w)) content++
  return content >= 2
}
/** Words that open a question asking for a thing, a way, a place, a reason. */
const ASKING_WORDS = new Set('how what where when why who which'.split(' '))
/** Auxiliaries a doing is asked with ("do I", "can we", "does the middleware"); not "is"/"are". */
const DOING_AUXILIARIES = new Set(
  'do does did can could should would will may might must'.split(' '),
)

/**
 * "cbt wut does it even do": the thing the question points back at is named in it, before the
 * pointing word. ("Does it help with trust?" names "trust" only after "it".)
 */
export function namedBefore(question: string, concepts: Concept[]): boolean {
  const ws = wordsOf(question)
  const at = ws.findIndex((_, i) => pointsBackAt(ws, i))
  if (at <= 0) return false
  const before = new Set(ws.slice(0, at).map(stem))
  return concepts.some(
    (c) => c.known && !c.fromHistory && [...c.alts.keys()].some((t) => before.has(t)),
  )
}

/**
 * The question refers to something said before ("it", "those", "and what about …"); asked of a
 * `first` question, not by the "it" of "is it normal to …" (see dummyIt).
 */
export function pointsBack(question: string, first = false): boolean {
  if (wordsOf(question).some((_, i, ws) => pointsBackAt(ws, i) && !(first && dummyIt(ws, i))))
    return true
  // "What's the equivalent on Workers?": the counterpart of what was asked, unless named ("of X").
  if (/\b(?:equivalents?|counterparts?)\b(?!\s+(?:of|to)\b)/i.test(question)) return true
  // "ok and how would I do the same thing on Bun instead?": what was asked, again, of another thing.
  if (SAME_AGAIN.test(question)) return true
  return /^\s*(and|also|what about|how about|so)\b/i.test(question)
}

/**
 * "ok and how would I do the same thing if I'm running on Bun instead?": what was asked before,
 * asked again in a setting ("on Bun", "with Deno") the question names, as "and on Bun?" asks it.
 */
const sameAgainIn = (question: string) => SAME_AGAIN.test(question) && PLACED.test(question)
/** A setting anywhere in a question: "on Bun", "with Deno", "under wrangler". */
const PLACED = /\b(?:on|in|inside|within|under|with|using|via|behind)\s+[\p{L}@`]/iu

/** Asking what was asked before, of another thing: "the same thing", "do the same", "… instead?". */
const SAME_AGAIN =
  /\b(?:(?:do|does|did|doing)\s+the\s+same|the\s+same\s+(?:thing|way|for|with|on|in)|likewise)\b|\binstead[?.!\s]*$/i

/**
 * "what if I want to check the token myself?": the reader asks how to do a thing themselves
 * instead of what the library does for them, and the documents, which
 * speak to the reader, say so in the second person ("If you want to verify the value of the
 * token yourself, specify the `verifyToken` option", "You can write your own middleware").
 * Among the first candidates such a sentence gains WEIGHTS.oneself. Not in a "without …" clause:
 * "without decoding the Authorization header again myself" asks for what the library does. A
 * follow-up that sets the way shown aside ("… in a database instead of hardcoded": REPLACING)
 * asks for the reader's own way too, though it says no "myself" (as a first question, "returns 400
 * instead of 401" reports a symptom: lifted there too, five first places fell).
 */
export function doneOneself(
  corpus: Corpus,
  question: string,
  history: Turn[],
  retrieval: Retrieval,
): Retrieval {
  const own = asksOneself(question)
  if (!own && !(lastQuestion(history) >= 0 && replacesShown(question))) return retrieval
  const ranked = lifted(
    retrieval.ranked,
    (r) => SECOND_PERSON_OWN.test(sentenceText(corpus, r.sentence)),
    WEIGHTS.oneself,
    SAME_PAGE_CANDIDATES,
  )
  return ranked === retrieval.ranked ? retrieval : { ...retrieval, ranked }
}

/**
 * The reader says they do it themselves ("myself", "ourselves"), outside a "without …" clause.
 * Not "my own", "our own": on the two newest held-out Hono sets these said only whose a thing is
 * ("Our own app on api.example.com is fine", "do i need to write my own timing middleware for
 * that", which asks whether one is built in) and cost two first places, for one gained.
 */
function asksOneself(question: string): boolean {
  if (!/sel(?:f|ves)/i.test(question)) return false
  for (const m of question.matchAll(FIRST_PERSON_OWN)) {
    const clause = question
      .slice(0, m.index)
      .split(/[.?!;\n]/)
      .pop()!
    if (!/\bwithout\b/i.test(clause)) return true
  }
  return false
}
/**
 * "what if the credentials live in my database instead of being hardcoded?", "… rather than a
 * header": in a follow-up, the reader sets aside the way the last answer showed and asks for one
 * of their own.
 */
export const REPLACING = /\b(instead|rather)\s+(?:of|than)\b((?:\s+[\p{L}\p{N}'’/-]+){0,4})/iu
const replacesShown = (question: string) => REPLACING.test(question)
const FIRST_PERSON_OWN = /\b(?:myself|ourselves)\b/gi
const SECOND_PERSON_OWN = /\b(?:yourself|yourselves|your own)\b/i

/**
 * "what's the default if I don't pass that option?" after an answer from the CSRF page: a
 * follow-up that points back with a pronoun asks about what that answer was about, so the
 * pages it cited gain WEIGHTS.samePage among the first candidates. When the last question named
 * a page by its title (`titled`, see titledPage), that page alone gains instead: the pronoun
 * stands for the thing the reader named, not for a page that answered in its place or beside it.
 */
export function samePage(
  corpus: Corpus,
  question: string,
  ranked: Ranked[],
  answered: string,
  titled: () => string | undefined,
): Ranked[] {
  if (!answered || !wordsOf(question).some((w) => PRONOUNS.has(w))) return ranked
  const { sentences } = corpus.data
  const n = Math.min(ranked.length, SAME_PAGE_CANDIDATES)
  let pages = citedPages(corpus, ranked, answered)
  // "How do I protect my routes with the JWT middleware?" answered from the Bearer Auth page: the
  // page the last question named by its title is what "it" stands for, whatever that answer cited,
  // and it alone: "Can it handle more than one user?" after an answer from the Basic Auth page and
  // the getting-started page that mentions it asks of the middleware, not of that other page.
  const named = titled()
  if (named !== undefined) pages = new Set([named])
  if (!pages.size) return ranked
  return lifted(ranked, (r) => pages.has(sentences.docId(r.sentence)), WEIGHTS.samePage, n)
}

/**
 * Whether the page of `sentence` is one the answers since the last question (`answered`) cited:
 * a sentence of it is in their text. (Read only of a follow-up's best sentence about to be
 * declined, see lowCoverage in answerability.ts: a scan of one page, where citedPages looks only
 * at the first candidates.)
 */
export function onPageAnswered(corpus: Corpus, answered: string, sentence: number): boolean {
  const { sentences } = corpus.data
  const doc = sentences.docId(sentence)
  for (let i = sentence - 1; i >= 0 && sentences.docId(i) === doc; i--)
    if (isCitable(sentences.kind(i)) && answered.includes(sentenceText(corpus, i))) return true
  for (let i = sentence; i < sentences.length && sentences.docId(i) === doc; i++)
    if (isCitable(sentences.kind(i)) && answered.includes(sentenceText(corpus, i))) return true
  return false
}

/**
 * The pages of the first candidates of `ranked` (SAME_PAGE_CANDIDATES) whose text the answers
 * since the last question quote: the pages those answers cited.
 */
function citedPages(corpus: Corpus, ranked: Ranked[], answered: string): Set<string> {
  const { sentences } = corpus.data
  const pages = new Set<string>()
  for (let i = 0; i < Math.min(ranked.length, SAME_PAGE_CANDIDATES); i++) {
    const id = ranked[i].sentence
    if (answered.includes(sentenceText(corpus, id))) pages.add(sentences.docId(id))
  }
  return pages
}

/**
 * "what is the default for origin?" after answers from the CORS page: a short question in the
 * reader's own words (no pronoun, nothing lent: see isFollowUp) that names no page by its title
 * is still asked in the conversation, so the pages the last answer cited gain
 * WEIGHTS.conversationPage among the first candidates: "origin" is the CORS option's there, not
 * the CSRF middleware's. (`before`: the last question's ranking, whose first candidates hold what
 * its answer cited.) A question of more words, or one that names a page, says where to look.
 */
export function conversationPage(
  corpus: Corpus,
  q: AnalysedQuestion,
  ranked: Ranked[],
  answered: string,
  before: () => Ranked[],
  titled: () => string | undefined,
): Ranked[] {
  if (!answered || q.concepts.length > LIMITS.conversationWords || titled() !== undefined)
    return ranked
  const { sentences } = corpus.data
  const pages = citedPages(corpus, before(), answered)
  if (!pages.size || !ranked.length) return ranked
  // Only what says the question as well as the first candidate nearly does: "why do people
  // cheat?" after answers on attachment trauma is a new subject, which that page's "… teaches
  // people how to communicate …" says only a word of.
  const covers = ranked[0].coverage * CONVERSATION_COVERS
  // Or one that says the question's heaviest idea, from a lower share: "what's the default max
  // age?" after the CORS middleware, whose "The value of "_Access-Control-Max-Age_" CORS header."
  // (0.8 of the first) says "max age" and not "default", against the cookie helper's "The
  // `maxAge` option …".
  const low = ranked[0].coverage * CONVERSATION_SAYS_HEART
  const heart = heaviestOwn(q)
  const n = Math.min(ranked.length, SAME_PAGE_CANDIDATES)
  return lifted(
    ranked,
    (r) =>
      pages.has(sentences.docId(r.sentence)) &&
      (r.coverage >= covers ||
        (r.coverage >= low && heart !== undefined && saysHere(corpus, r.sentence, heart))),
    WEIGHTS.conversationPage,
    n,
  )
}

/** The question's own heaviest concept. */
function heaviestOwn(q: AnalysedQuestion): Concept | undefined {
  let best: Concept | undefined
  for (const c of q.concepts) if (!c.fromHistory && (!best || c.salience > best.salience)) best = c
  return best
}

/** The sentence, or a heading over it, says the concept. */
function saysHere(corpus: Corpus, sentence: number, c: Concept): boolean {
  if (sentenceSays(corpus, sentence, c)) return true
  const { sentences, passages } = corpus.data
  for (const h of passages.headings(sentences.passage[sentence]))
    for (const t of indexTerms(h)) if ((c.alts.get(t) ?? 0) >= WEIGHTS.saysConcept) return true
  return false
}

/**
 * "Tell me more" after an answer from the timeout middleware's page: more of that page, where it
 * says the question nearly as well as the first candidate left (as conversationPage): not the
 * Context page's "Redirect, default status code is `302`." for "what is the default duration?".
 * (`again`: the last question's ranking, cited sentences and all; `more`: what is left of it.)
 */
export function morePage(
  corpus: Corpus,
  again: Ranked[],
  more: Ranked[],
  answered: string,
): Ranked[] {
  if (!answered || !more.length) return more
  const pages = citedPages(corpus, again, answered)
  if (!pages.size) return more
  const { sentences } = corpus.data
  const covers = more[0].coverage * CONVERSATION_COVERS
  return lifted(
    more,
    (r) => r.coverage >= covers && pages.has(sentences.docId(r.sentence)),
    WEIGHTS.conversationPage,
    Math.min(more.length, SAME_PAGE_CANDIDATES),
  )
}

/** Least share of the first candidate's coverage a sentence lifted by conversationPage must have. */
const CONVERSATION_COVERS = 0.9

/**
 * The same for a sentence that says the question's heaviest idea itself (see conversationPage).
 * Over the fixture sets, 0.5 to 0.7 each moved one follow-up (hono-blind6 6f05, wrong → third)
 * and nothing else, in six typings; 0.6 is their middle.
 */
const CONVERSATION_SAYS_HEART = 0.6

/**
 * "is there a default for that?" after an answer on the body limit: a follow-up that asks for a
 * default (said, or implied by leaving a setting out: see IMPLIED) asks for the default of what
 * the conversation is about. Among the first candidates, the sentences of the page the last
 * answer led with that state a default ("The default is `100 * 1024`", "**Default**: …",
 * "… will **not** be checked if this isn't set") gain WEIGHTS.statedDefault. Only that page's:
 * every option of every middleware has a default, and "default" is all such a question says of
 * which one (on any page, the CORS middleware's defaults led a follow-up on the CSRF middleware).
 */
export function statedDefault(
  corpus: Corpus,
  q: AnalysedQuestion,
  ranked: Ranked[],
  answered: string,
): Ranked[] {
  if (!answered || !asksDefault(q)) return ranked
  const { sentences } = corpus.data
  const n = Math.min(ranked.length, SAME_PAGE_CANDIDATES)
  const page = ledWith(corpus, ranked, n, answered)
  if (page === undefined) return ranked
  const onPage = (r: Ranked) =>
    sentences.docId(r.sentence) === page && statesDefault(corpus, r.sentence)
  // "what's the default if I don't pass that option?": the option the last answer described
  // ("Specify allowed origins …" under `origin`), when a default is stated under its heading, not
  // another option's of the page (`secFetchSite`'s "**Default**: Only allows 'same-origin'").
  const sections = citedSections(corpus, ranked, n, answered)
  const ofCited = (r: Ranked) => sections.has(corpus.sectionOf[r.sentence]) && onPage(r)
  const states = ranked.slice(0, n).some(ofCited) ? ofCited : onPage
  return defaultsLifted(corpus, ranked, states, n)
}

/**
 * "What is the default value of the `secFetchSite` option?": a default asked for, and the best
 * sentence states none ("Specify allowed Sec-Fetch-Site header values …"), a sentence of its
 * section among the first candidates that states one ("**Default**: Only allows 'same-origin'")
 * gains WEIGHTS.statedDefault, as in a follow-up (see statedDefault).
 */
export function defaultOfBest(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): Ranked[] {
  if (!ranked.length || !asksDefault(q)) return ranked
  const best = ranked[0].sentence
  if (statesDefault(corpus, best)) return ranked
  const section = corpus.sectionOf[best]
  const states = (r: Ranked) =>
    corpus.sectionOf[r.sentence] === section && statesDefault(corpus, r.sentence)
  return defaultsLifted(corpus, ranked, states, Math.min(ranked.length, SAME_PAGE_CANDIDATES))
}

/**
 * The first `n` candidates that `states` picks gain WEIGHTS.statedDefault, each with the coverage
 * of the option it closes: a default said alone ("Defaults to 1024 bytes.") is as covered as
 * the sentence before it (see ofOption).
 */
function defaultsLifted(
  corpus: Corpus,
  ranked: Ranked[],
  states: (r: Ranked) => boolean,
  n: number,
): Ranked[] {
  const out = lifted(ranked, states, WEIGHTS.statedDefault, n)
  return out === ranked
    ? ranked
    : out.map((r, i) => (i < n && states(r) ? ofOption(corpus, out, r) : r))
}

/** The sections of the first `n` candidates that the last answer quotes. */
function citedSections(corpus: Corpus, ranked: Ranked[], n: number, answered: string) {
  const out = new Set<number>()
  for (let i = 0; i < n; i++) {
    const id = ranked[i].sentence
    if (answered.includes(sentenceText(corpus, id))) out.add(corpus.sectionOf[id])
  }
  return out
}

/** The page of the candidate the last answer quotes first (its lead), if any of the first `n`. */
function ledWith(corpus: Corpus, ranked: Ranked[], n: number, answered: string) {
  let at = Infinity
  let page: string | undefined
  for (let i = 0; i < n; i++) {
    const id = ranked[i].sentence
    const k = answered.indexOf(sentenceText(corpus, id))
    if (k >= 0 && k < at) {
      at = k
      page = corpus.data.sentences.docId(id)
    }
  }
  return page
}

/**
 * "The default is HS256." names no thing: it is the default of the option the sentence before it
 * describes ("The algorithm used for JWT signing or verification."), so it covers the question as
 * well as that one does, when that is more than its own words do.
 */
function ofOption(corpus: Corpus, ranked: Ranked[], r: Ranked): Ranked {
  const { sentences } = corpus.data
  const before = ranked.find((x) => x.sentence === r.sentence - 1)
  if (!before || sentences.passage[before.sentence] !== sentences.passage[r.sentence]) return r
  if (before.coverage <= r.coverage) return r
  return { ...r, coverage: before.coverage }
}

/**
 * "and on Bun?" after "How do I change the port with `serve()` from @hono/node-server?": the
 * last question asked again in a setting the question names. When its own words name one page
 * by its title (the Bun page), that page is where the setting's answer stands: among the first
 * candidates its sentences gain WEIGHTS.samePage, over pages that only mention the setting in
 * passing (the Body Limit page's `Bun.serve`) while saying more of what was lent.
 */
export function settingPage(
  corpus: Corpus,
  question: string,
  q: AnalysedQuestion,
  ranked: Ranked[],
  titled: (own: AnalysedQuestion) => string | undefined,
): Ranked[] {
  if (!swapsSetting(question)) return ranked
  const page = titled({ ...q, concepts: q.concepts.filter((c) => !c.fromHistory) })
  if (page === undefined) return ranked
  const { sentences } = corpus.data
  return lifted(
    ranked,
    (r) => sentences.docId(r.sentence) === page,
    WEIGHTS.samePage,
    SAME_PAGE_CANDIDATES,
  )
}

/**
 * The last question asked again in another setting: "and on Bun?", "… the same thing on Deno?".
 * (analyse reads the first two ways, `askedAgainIn`, at full weight; "the same thing …", which
 * says words of its own, lends at the usual weight: read at full weight, it moved nothing more.)
 */
const swapsSetting = (question: string) => askedAgainIn(question) || sameAgainIn(question)

/** "and on Bun?", "and on Workers, where do I set it?": the last question, in the setting named. */
export function askedAgainIn(question: string): boolean {
  const other = ELLIPSIS.exec(question.trim())?.[1]
  return (
    (other !== undefined && SETTING.test(other) && !ASKS_ITSELF.test(other)) ||
    doneAgainIn(question)
  )
}

/**
 * The place in the history of the question the one at `at` asked again ("and on Deno?", "what
 * about Y?"), read back through up to `steps` such questions; `at` itself when it asked its own.
 */
export function askedAgainFrom(history: Turn[], at: number, steps: number): number {
  for (let step = 0; step < steps; step++) {
    const asked = history[at].content
    if (!askedAgainIn(asked) && ellipticalSubject(asked) === undefined) break
    const before = lastQuestion(history.slice(0, at))
    if (before < 0) break
    at = before
  }
  return at
}

/** Pronouns that point back at a thing ("does it …", "that option"); people's ("he", "her") do not. */
const PRONOUNS = new Set('it its they them their that those this these'.split(' '))
/** Candidates the page prior may lift: deeper than the follow-up bonuses, as a page is broader. */
const SAME_PAGE_CANDIDATES = 40

/**
 * "What else can break it down?": among what was not yet cited, a sentence that opens by adding
 * another item ("Another way trust can break down is …") gains WEIGHTS.continuation.
 */
export function another(corpus: Corpus, retrieval: Retrieval): Retrieval {
  const ranked = lifted(retrieval.ranked, (r) => ADDING.test(sentenceText(corpus, r.sentence)))
  return ranked === retrieval.ranked ? retrieval : { ...retrieval, ranked }
}

/**
 * A sentence that opens by pointing back ("Through this approach, individuals learn …") right
 * after one the last answer cited ("Exposure therapy involves …") goes on about what a follow-up
 * that points back asks about: it gains WEIGHTS.continuation over a sentence pointing elsewhere
 * ("With these tools, individuals can learn …", after a list of three therapies).
 */
export function continued(
  corpus: Corpus,
  ranked: Ranked[],
  answered: string,
  question: string,
): Ranked[] {
  if (!answered) return ranked
  const { sentences } = corpus.data
  // "What can those emotions make people do?": the thing the question points at by name.
  const pointed = DEMONSTRATIVE.exec(question)?.[1]
  const named = pointed && stem(pointed.toLowerCase())
  // "These emotions can cause them to …" goes on about the emotions the reader points at.
  const pointedAt = named
    ? lifted(
        ranked,
        ({ sentence: id }) => {
          const opening = DEMONSTRATIVE_OPENING.exec(sentenceText(corpus, id))?.[1]
          return opening !== undefined && stem(opening.toLowerCase()) === named
        },
        WEIGHTS.pointedAt,
      )
    : ranked
  return lifted(pointedAt, ({ sentence: id }) => {
    if (id === 0 || sentences.passage[id - 1] !== sentences.passage[id]) return false
    return (
      ANAPHORIC_OPENING.test(sentenceText(corpus, id)) &&
      answered.includes(sentenceText(corpus, id - 1))
    )
  })
}

/**
 * "what does that do to the relationship afterwards?" after an answer that led with "If one
 * partner breaks a safe word …, this breach of trust can undermine …": a follow-up that points
 * back with a pronoun is most often about what the last answer led with (the sentence it cited
 * that best answers the last question), and asks what the page says of it next. The sentence
 * right after that lead, in its passage, goes on about it when it opens by pointing back or by
 * adding ("It can also create tension …", "This can lead to …", "In addition, …"): it gains
 * WEIGHTS.afterLead among the first candidates, though it seldom repeats the reader's words.
 * Whatever its opening, that sentence matches through its neighbour what the pronoun names, so
 * it counts as saying one of the question's words (answerability asks a sentence matched only
 * through its surroundings to cover more). "What else …?" asks past the answer, not on from its
 * lead (see another), unless it asks what more the thing pointed at does (see saidMore).
 */
export function afterLead(
  corpus: Corpus,
  question: string,
  ranked: Ranked[],
  answered: string,
  /** The sentence the last answer led with (see lastLead), found once per question. */
  lead: () => number | undefined,
): Ranked[] {
  if (!answered || !saysPronoun(question)) return ranked
  const more = asksForOther(question)
  if (more && !ELSE_OF_IT.test(question.trim())) return ranked
  const led = lead()
  const next = led === undefined ? undefined : nextInPassage(corpus, led)
  if (next === undefined) return ranked
  const opensOn = goesOnOpening(sentenceText(corpus, next))
  if (more)
    return opensOn && carriedAlong(corpus, answered, led!, next) ? saidMore(ranked, next) : ranked
  // A sentence that says all the reader's own words ("what can that lead to later in life?" and
  // "This can lead to difficulties … later in life") is picked out by them, wherever it stands.
  // Nor over a best that reads on from the lead itself, a little further (see readOnFromLead), and
  // says more of the reader's words: "once they've started to heal, what comes next?" asks for
  // "Once they have begun to heal, they can …", two sentences on, not "This includes …".
  const goesOn =
    opensOn && (ranked[0]?.own ?? 0) < 1 && !furtherOnSaysMore(corpus, ranked, led!, next)
  const out = goesOn ? raised(ranked, next, WEIGHTS.afterLead) : ranked
  // (The ranking copied only where that sentence's own words need the change: callers only read it.)
  const at = out.findIndex((r) => r.sentence === next)
  if (at < 0 || out[at].said !== 0) return out
  const said = out === ranked ? out.slice() : out
  said[at] = { ...out[at], said: 1 }
  return said
}

/**
 * The best candidate stands after `next` within LIMITS.readingOrderReach sentences of the lead, on
 * its page, and says more of the question's own concepts in its own words than `next` does.
 */
function furtherOnSaysMore(corpus: Corpus, ranked: Ranked[], lead: number, next: number): boolean {
  const best = ranked[0]
  const after = ranked.find((r) => r.sentence === next)
  if (!best || !after || best.sentence <= next) return false
  const { sentences } = corpus.data
  return (
    best.sentence - lead <= LIMITS.readingOrderReach &&
    sentences.docId(best.sentence) === sentences.docId(lead) &&
    best.said > after.said
  )
}

/**
 * "What else can that lead to?" after an answer that quoted "If one partner breaks a safe word …,
 * this breach of trust can undermine … It can also create tension and distrust …": asked what
 * more the thing pointed at does (the pronoun is the subject: see ELSE_OF_IT), the page says it
 * in the sentence that goes on about the answer's lead and that the answer carried along. That
 * sentence leads, among the first SAME_PAGE_CANDIDATES, at the best's score (as readOn's does),
 * and counts as saying the reader's own words: they only say how the more bears on the thing
 * ("lead to", "involve"), and the sentence that adds it ("It can also …", "It's a deep
 * understanding …") says that. Past the lead (see another), the reader asks about what the answer
 * only carried along (see withoutCited), not for another item of the last question's list.
 */
function saidMore(ranked: Ranked[], next: number): Ranked[] {
  const i = ranked.findIndex((r) => r.sentence === next)
  if (i < 0 || i >= SAME_PAGE_CANDIDATES) return ranked
  const moved = { ...ranked[i], score: ranked[0].score, own: 1, said: Math.max(ranked[i].said, 1) }
  return [moved, ...ranked.filter((_, j) => j !== i)]
}

/** "What else can that lead to?", "What else does it involve?": the pronoun does the more asked. */
const ELSE_OF_IT =
  /^what\s+else\s+(?:can|could|does|do|did|is|are|was|were|will|would|might|may|should|has|have)\s+(?:it|that|this|they|those|these)\b/i

/** `next` was quoted right after `lead`, as the rest of its passage: the answer carried it along. */
function carriedAlong(corpus: Corpus, answered: string, lead: number, next: number): boolean {
  const at = answered.indexOf(sentenceText(corpus, next))
  return at > 0 && answered.slice(0, at).trimEnd().endsWith(sentenceText(corpus, lead))
}

/**
 * The ranking with `bonus` added to `sentence`'s score if it is among the first candidates, and
 * the sentence moved up to its new place. Brought to the first place, it takes the best's score
 * rather than more: the bonus says where the reader is in the page, not that the sentence answers
 * better, so the runners-up are cited against the same bar as before (one follow-up kept the
 * second citation that had its answer).
 */
function raised(ranked: Ranked[], sentence: number, bonus: number): Ranked[] {
  const i = ranked.findIndex((r) => r.sentence === sentence)
  if (i <= 0 || i >= LIMITS.leadCandidates) return ranked
  const score = ranked[i].score + bonus
  const rest = ranked.filter((_, j) => j !== i)
  const below = rest.findIndex((r) => r.score < score)
  const at = score >= rest[0].score ? 0 : below < 0 ? rest.length : below
  const moved = { ...ranked[i], score: Math.min(score, rest[0].score) }
  return [...rest.slice(0, at), moved, ...rest.slice(at)]
}

/**
 * "Why is that one so destructive?" after "What is one way trust can be damaged in sexual
 * intimacy?", answered "Let's look at the ways in which trust can be damaged …": a follow-up
 * that points back with a pronoun asks about what the last answer led with (see afterLead), not
 * for that sentence again, which still says most of what the last question lent. Among the first
 * candidates it loses WEIGHTS.pastLead, unless it says all the reader's own words too (then it
 * is what they ask again). "What else …?" leaves out what was cited anyway (see another).
 */
export function pastLead(
  corpus: Corpus,
  question: string,
  ranked: Ranked[],
  answered: string,
  /** The sentence the last answer led with (see lastLead), found once per question. */
  led: () => number | undefined,
  /** Whether the question asks for a default (see asksDefault). */
  defaultAsked = false,
): Ranked[] {
  if (!answered || asksForOther(question) || !saysPronoun(question)) return ranked
  const lead = led()
  const i = lead === undefined ? -1 : ranked.findIndex((r) => r.sentence === lead)
  if (i < 0 || i >= LIMITS.leadCandidates || ranked[i].own >= 1) return ranked
  // "and what if I don't pass it at all?" after "The `iss` claim will **not** be checked if this
  // isn't set.": asked for a default the lead states, the reader asks for what it says of it.
  if (defaultAsked && statesDefault(corpus, lead!)) return ranked
  const out = ranked.slice()
  out[i] = { ...ranked[i], score: ranked[i].score - WEIGHTS.pastLead }
  return resorted(out, i + 1)
}

/**
 * "how do those feelings change the way they act with their partner?" after an answer that led
 * with "When trust is broken, it often leads to feelings of shame and guilt.": a follow-up that
 * points back with a pronoun most often asks what the page says next about what the last answer
 * led with, a sentence or three further on ("These emotions can cause them to distance …"), as a
 * reader reads on. Among the first candidates, a sentence of the lead's page up to
 * LIMITS.readingOrderReach sentences after it gains WEIGHTS.readingOrder divided by how far it is,
 * if it says one of the reader's own words (a sentence that only happens to stand near says
 * none of what is asked). The sentence right after the lead that opens by pointing back or adding
 * is afterLead's to raise. "What else …?" asks past the answer (see another); a lead from a page
 * other than the one the last question named by its title is not what the pronoun stands for.
 */
export function readOnFromLead(
  corpus: Corpus,
  question: string,
  ranked: Ranked[],
  answered: string,
  /** The sentence the last answer led with (see lastLead), found once per question. */
  led: () => number | undefined,
  /** The page the last question named by its title, if any (see samePage). */
  titled: () => string | undefined,
): Ranked[] {
  if (!answered || asksForOther(question) || !saysPronoun(question)) return ranked
  const lead = led()
  if (lead === undefined) return ranked
  const { sentences } = corpus.data
  const doc = sentences.docId(lead)
  // A lead from another page than the one the reader named answered in its place: the pronoun
  // stands for what they named, and what follows that lead goes on about something else.
  const named = titled()
  if (named !== undefined && named !== doc) return ranked
  let out: Ranked[] | undefined
  for (let i = 0; i < Math.min(ranked.length, LIMITS.leadCandidates); i++) {
    const r = ranked[i]
    const far = r.sentence - lead
    if (far < 1 || far > LIMITS.readingOrderReach || r.said < 1) continue
    if (sentences.docId(r.sentence) !== doc) continue
    if (far === 1 && goesOnOpening(sentenceText(corpus, r.sentence))) continue
    out ??= ranked.slice()
    out[i] = { ...r, score: r.score + WEIGHTS.readingOrder / far }
  }
  return out ? resorted(out, 0) : ranked
}

/** A sentence that opens by pointing back ("This can lead to …") or by adding ("In addition, …"). */
const goesOnOpening = (text: string) => ANAPHORIC_OPENING.test(text) || ADDING.test(text)

/** A follow-up that points back with a pronoun ("it", "that", "they" …): see afterLead, pastLead. */
const saysPronoun = (question: string) => wordsOf(question).some((w) => PRONOUNS.has(w))

/**
 * The sentence the last answer led with: of those it cited, the one that ranks first for the
 * last question (`before`, its ranking, read once).
 */
export function lastLead(
  corpus: Corpus,
  answered: string,
  before: () => Ranked[],
): number | undefined {
  return before().find((r) => answered.includes(sentenceText(corpus, r.sentence)))?.sentence
}

/** The citable sentence after `sentence` in its passage; undefined at the passage's end. */
function nextInPassage(corpus: Corpus, sentence: number): number | undefined {
  const { sentences } = corpus.data
  const passage = sentences.passage[sentence]
  for (let i = sentence + 1; i < sentences.length && sentences.passage[i] === passage; i++)
    if (isCitable(sentences.kind(i))) return i
  return undefined
}

/** A thing pointed at by name: "those emotions", "these steps", "that approach". */
const DEMONSTRATIVE = /\b(?:those|these|that|this)\s+([a-z]{3,})\b/i
const DEMONSTRATIVE_OPENING = /^(?:those|these|that|this|such)\s+([a-z]{3,})\b/i

/**
 * A turn that is no question of the reader's, or one that asks only for more ("What else?"), for
 * what comes next, or to see the last answer as an example.
 */
function asksNothingNew(turn: Turn): boolean {
  if (turn.role !== 'user') return true
  const asked = withoutAsides(turn.content)
  return asksOnlyForMore(asked) || readsOn(asked) || asksForExample(asked)
}

/** The place in the history of the last question the reader asked, past "What else?" turns; -1 if none. */
export function lastQuestion(history: Turn[]): number {
  let last = history.length - 1
  while (last >= 0 && asksNothingNew(history[last])) last--
  return last
}

/** Words of a question that asks only what comes next: "And then what?", "What's the next step?". */
const SEQUENCE = /\b(?:next|then|after that|after this|afterwards?|later)\b/i
const SEQUENCE_WORDS = new Set(
  "and so then what whats what's next after afterward afterwards later that this step steps come comes happens happen do does is the ok okay alright cool great thanks right".split(
    ' ',
  ),
)
export const readsOn = (question: string) =>
  SEQUENCE.test(question) && wordsOf(question).every((w) => SEQUENCE_WORDS.has(plain(w)))

/**
 * The last answer read on: the citable sentence right after the passage it cited first, in the
 * same document and under the same headings, leads, as relevant to the conversation as the last
 * question's best; then what follows it in its passage, without what the answers since cited. Undefined when the last
 * answer cited nothing, or its passage ended its part of the page.
 */
export function readOn(corpus: Corpus, again: Retrieval, since: Turn[]): Retrieval | undefined {
  const latest = since.findLast((t) => t.role === 'assistant')?.content
  const best = again.ranked[0]
  if (!latest || !best) return undefined
  const { sentences } = corpus.data
  // The sentence its first citation opens with: the one whose words come first in the answer.
  let lead = -1
  let at = Infinity
  for (let i = 0; i < sentences.length; i++) {
    if (!isCitable(sentences.kind(i))) continue
    const p = latest.indexOf(sentenceText(corpus, i))
    if (p >= 0 && p < at) [lead, at] = [i, p]
  }
  if (lead < 0) return undefined
  // Under the same headings of the same document: past a heading, the page goes on to another
  // subject (an article without headings is read on to its end). The place: the page's id, then
  // each heading after a NUL (one NUL for none, as for one empty heading).
  const { passages } = corpus.data
  const under = (i: number) =>
    `${sentences.docId(i)}${passages.headingPath(sentences.passage[i]) || '\u0000'}`
  const place = under(lead)
  let next = lead + 1
  while (
    next < sentences.length &&
    under(next) === place &&
    (!isCitable(sentences.kind(next)) || latest.includes(sentenceText(corpus, next)))
  )
    next++
  if (next >= sentences.length || under(next) !== place)
    return ended(corpus, again, since, next, lead)
  // The rest: what follows it in its passage, as the last question ranked it, to finish its
  // thought. Not the rest of that ranking: the reader asked what comes next, and its other
  // answers ("What is attachment trauma?" again, from elsewhere) came as [2] and [3].
  const answered = answeredSince(since)
  const passage = sentences.passage[next]
  const rest = again.ranked.filter(
    (r) =>
      r.sentence > next &&
      sentences.passage[r.sentence] === passage &&
      !answered.includes(sentenceText(corpus, r.sentence)),
  )
  return { question: again.question, ranked: [{ ...best, sentence: next }, ...rest] }
}

/**
 * Reading on where the last answer's part of the page ends (sentence `next` is past it): past a
 * heading the page goes on to another subject, and the last question's other answers are no
 * more what comes next ("And then?" cited them as a "Tell me more"; "What comes next?", as a
 * question of its own, matched "When it comes to …" and Hono's `next()`). Nothing is cited:
 * the opening of the page's next part, if the page goes on, is offered as what comes next, and
 * what else the last question's ranking holds as related.
 */
function ended(
  corpus: Corpus,
  again: Retrieval,
  since: Turn[],
  next: number,
  lead: number,
): Retrieval {
  const { sentences } = corpus.data
  const docId = sentences.docId(lead)
  let opening = next
  while (
    opening < sentences.length &&
    sentences.docId(opening) === docId &&
    !isCitable(sentences.kind(opening))
  )
    opening++
  const goesOn = opening < sentences.length && sentences.docId(opening) === docId
  const { ranked } = withoutCited(corpus, again, since)
  return { question: again.question, ranked, ended: goesOn ? [opening] : [] }
}

/**
 * A retrieval without the sentences the answers in `since` already quoted. With `leadsOnly`, a
 * sentence quoted only as the continuation of the one before it stays: "What else can it
 * create?" after "If one partner breaks a safe word …, this breach … can undermine … It can also
 * create tension and distrust …" asks about the part the answer carried along, not past it.
 */
export function withoutCited(
  corpus: Corpus,
  retrieval: Retrieval,
  since: Turn[],
  leadsOnly = false,
): Retrieval {
  const answered = answeredSince(since)
  if (!answered) return retrieval
  const { ranked } = retrieval
  return {
    question: retrieval.question,
    ranked: ranked.filter((r, i) => !citedIn(corpus, ranked, answered, leadsOnly, r.sentence, i)),
  }
}

/**
 * Whether sentence `id`, at i in `ranked`, is one the answers (`answered`) quoted, as withoutCited
 * reads them. (Functions of the module, not closures made per call: tsx names each closure it
 * makes, ~0.3% of the dev answers' time.)
 */
function citedIn(
  corpus: Corpus,
  ranked: Ranked[],
  answered: string,
  leadsOnly: boolean,
  id: number,
  i: number,
): boolean {
  const text = sentenceText(corpus, id)
  const at = answered.indexOf(text)
  if (at < 0) return false
  if (!leadsOnly || id === 0) return true
  const { sentences } = corpus.data
  if (sentences.passage[id - 1] !== sentences.passage[id]) return true
  const before = sentenceText(corpus, id - 1)
  // Carried along after the sentence before it, and more what this question asks than that one.
  return !answered.slice(0, at).trimEnd().endsWith(before) || placeIn(ranked, id - 1) < i
}

/** The place of sentence `id` in `ranked`; past its end when it has none. */
function placeIn(ranked: Ranked[], id: number): number {
  const i = ranked.findIndex((r) => r.sentence === id)
  return i < 0 ? ranked.length : i
}

/** Everything the answers in `since` said, to find the sentences they cited. */
export const answeredSince = (since: Turn[]) =>
  since
    .filter((t) => t.role === 'assistant')
    .map((t) => t.content)
    .join('\n')

/** "What else?", "Tell me more", "More please": no word of its own but asking for more. */
export const asksOnlyForMore = (question: string) =>
  MORE.test(question) &&
  wordsOf(question).every((w) => STOPWORDS.has(plain(w)) || MORE_WORDS.has(plain(w)))

/** The words that place a question in a setting (see SETTING), as a pattern's alternatives. */
const PLACING = 'on|in|inside|within|under|with|using|via|behind|for'
/** How a follow-up that goes on from the last question opens ("And X?", "What about X?"). */
const GOING_ON = 'and|and what about|what about|how about'
/** A setting: "on Node", "in Deno", "with @hono/node-server", "for kids". */
export const SETTING = new RegExp(`^(?:${PLACING})\\s`, 'i')

/**
 * "and on cloudflare workers where do I set it?" after "How do I change the port … with Bun?":
 * a setting, then a question of the reader's doing whose object points back ("… do I set it",
 * "… can we do that"), asks the last question again in that setting, as "and on Workers?"
 * does. "and on the server, where does it run?" asks something new of the thing pointed at.
 */
export function doneAgainIn(question: string): boolean {
  const m = SETTING_THEN_ASKED.exec(question.trim())
  if (!m) return false
  const ws = wordsOf(m[1]).map(plain)
  return ws.some((w) => DOERS.has(w)) && DONE_AGAIN.has(ws[ws.length - 1])
}
/** "and on X(,) where do I set it?": a setting, then the question asked in it (group 1). */
const SETTING_THEN_ASKED = new RegExp(
  `^(?:${GOING_ON})\\s+(?:${PLACING})\\s[^?,]{1,40}?,?\\s+((?:what|how|where|when|which|can|could|do|does|should|would|will)\\b[^?]*?)\\s*\\??$`,
  'i',
)
/** Who does what is asked ("do I set it"), and what points back as the thing done. */
const DOERS = new Set(['i', 'we', 'you'])
const DONE_AGAIN = new Set(['it', 'that', 'this', 'them', 'those', 'these'])

/** Words that make the rest of "and …" a question of its own: "and the guilt, where does it come from?" */
export const ASKS_ITSELF =
  /\b(?:what|how|why|who|when|where|which|is|are|does|do|can|could|should|would|will|did)\b/i

/** "And X?", "What about X?": the last question, about X (a few words, not a question of its own). */
export const ELLIPSIS = new RegExp(
  `^(?:${GOING_ON})\\s+(?!(?:what|how|why|who|when|where|which|is|are|does|do|can|could|should|would|will|did|it|that|those|they|this|these)\\b)([^?]{1,60}?)\\s*\\??$`,
  'i',
)

/**
 * The X of "And X?", "What about X?" (see ELLIPSIS), or of "and X, what does it …?", unless it
 * points back: "and once it's installed, how do I use it?" asks of the last subject, it names no
 * new one. (A question of its own may still name one: "and for redirects, what's the default code
 * …?")
 */
export function ellipticalSubject(question: string): string | undefined {
  let other = ELLIPSIS.exec(question.trim())?.[1]
  // "What about social skills training, what does that teach?": the thing named first, then a
  // question of it that points back at it, not at the last answer's subject (which came back at
  // a history's weight, and the sentence listing both therapies led). Not a setting ("and for
  // redirects, what's …?"), which places the last subject.
  const comma = other?.indexOf(',') ?? -1
  if (comma > 0 && ASKS_ITSELF.test(other!.slice(comma + 1)) && !SETTING.test(other!))
    other = other!.slice(0, comma)
  return other === undefined || wordsOf(other).some((w) => ANAPHORA.has(w)) ? undefined : other
}

/**
 * A question asking for more of what was just answered: "What else?", "Anything more?", "Go on",
 * "Can you elaborate?", "expand on that" (declined before as about a word the documents lack).
 */
const MORE =
  /\b(?:else|more|other|others|another|besides|continue|go on|keep going|next|then|afterwards|elaborate|expand|further)\b/i

/**
 * The question asks for something besides what was answered: "What else …?", "What is another
 * way …?", "Are there other …?" open on it. "Can it point to other problems?" names other
 * problems than the one just discussed, and may be answered by what was cited.
 */
export function asksForOther(question: string): boolean {
  const ws = wordsOf(question).map(plain)
  const at = ws.findIndex((w) => OTHER.test(w))
  return at >= 0 && ws.slice(0, at).every((w) => STOPWORDS.has(w) || MORE_WORDS.has(w))
}

/** Of those, the words that ask for something else even in a question with words of its own. */
const OTHER = /\b(?:else|other|others|another|besides)\b/i
/**
 * The same, asked in a question of its own: "What other therapies …?", "Are there other ways …?",
 * "What else helps …?"; not "other people" in passing ("Can trauma make me distrust other people?").
 */
export const ASKS_OTHER =
  /\belse\b|\b(?:what|which|any|are there|is there|there are)\s+(?:other|others|another)\b/i

/** The words of such a question that name no topic of its own ("Tell me more", "More please"). */
const MORE_WORDS = new Set([
  ...['tell', 'say', 'go', 'continue', 'keep', 'going', 'explain', 'elaborate', 'please'],
  ...['else', 'more', 'other', 'others', 'another', 'besides', 'thanks', 'ok', 'okay'],
  ...['next', 'afterwards', 'expand', 'further'],
])

/**
 * "Where does it say that?", "Source?", "Which document is that from?", "Are you sure?": asked of
 * the last answer where its words come from, or whether to believe it. Its citations are that
 * source, so the last question is answered again, with them. (Read as a question of its own,
 * "source" was a word the documents never mention and "are you sure?" matched too little.)
 */
export const asksForSource = (question: string) => SOURCE_ASKED.test(question)
const SOURCE_ASKED =
  /^\s*(?:(?:and|so|but|ok(?:ay)?)\s*,?\s*)?(?:where\s+(?:does|did)\s+(?:it|the\s+(?:article|document|text|docs?))\s+say\s+(?:that|so|this)|(?:(?:what(?:'s|’s|\s+is|\s+are)\s+)?(?:the|your)\s+)?sources?|citations?|references?|which\s+(?:document|article|page|doc)(?:\s+(?:is\s+)?(?:that|this|it)\s+from|\s+says?\s+(?:that|so))?|where\s+(?:is|was)\s+(?:that|this)\s+from|are\s+you\s+sure|really|is\s+that\s+(?:true|right|correct))\s*[?.!]*\s*$/i

/**
 * "Show me an example", "Any code sample?", "What does that look like in code?": a question whose
 * only words of its own ask to see an example, of what the last answer said.
 */
export const asksForExample = (question: string) =>
  EXAMPLE.test(question) &&
  wordsOf(question).every((w) => {
    const p = plain(w)
    return STOPWORDS.has(p) || EXAMPLE_WORDS.has(p) || MORE_WORDS.has(p)
  })
const EXAMPLE = /\b(?:examples?|samples?|snippets?|code|demo)\b/i
/** The words of such a question: what it asks to see, and how ("show me", "give", "look like"). */
const EXAMPLE_WORDS = new Set([
  ...['example', 'examples', 'sample', 'samples', 'snippet', 'snippets', 'code', 'demo'],
  ...['show', 'give', 'see', 'got', 'provide', 'look', 'like', 'please', 'quick', 'short'],
])
