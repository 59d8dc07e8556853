// Question (+ history) → ranked sentences with an answerability score.
//
// A question is read as a set of concepts, one per content word, each with the terms that may stand
// for it in the documents (its own stem, a typo's correction, WordNet expansions) and a salience
// (IDF for words the corpus has, general-English rarity for words it lacks). A sentence's coverage is
// the salience-weighted share of concepts it matches; the best coverage is the one answerability
// score that decides between answering and abstaining.
//
// The steps live in modules named for their job: question-message.ts reads the raw message,
// expected-answer.ts and question-form.ts read what the question asks, code-names.ts how it names
// APIs, question-concepts.ts its words into concepts, question-analysis.ts puts these together
// (analyse), rank.ts ranks sentences with rank-bonuses.ts and sentence-form.ts, follow-ups.ts
// resolves questions that lean on earlier turns; weights.ts holds every limit and weight. This
// module answers a question with its history (retrieve) and re-exports what the code base reads.

import { LIMITS } from './weights.ts'
import type { Corpus } from './corpus.ts'
import { FRAME_WORDS, plain, STOPWORDS } from './terms.ts'
import { wordsOf } from './reading-text.ts'
import type { Turn } from './types.ts'
import type { AnalysedQuestion, Concept, Ranked, Retrieval } from './question-types.ts'
import { setAsideBy } from './question-concepts.ts'
import { onlyCloses, withoutAsides } from './question-message.ts'
import { DEFINITION, MEANING } from './question-form.ts'
import { asksDefault, warned } from './sentence-form.ts'
import { anchored, pastSetAside, setAside, unworkingBonus, otherBonus } from './rank-bonuses.ts'
import { headedApis, titledPage } from './page-asked.ts'
import { exampleOf } from './follow-up-example.ts'
import {
  afterLead,
  another,
  answeredSince,
  ASKS_OTHER,
  asksForOther,
  asksForExample,
  asksForSource,
  asksOnlyForMore,
  continued,
  doneOneself,
  askedAgainFrom,
  askedAgainIn,
  ellipticalSubject,
  lastQuestion,
  lastLead,
  pastLead,
  pointsBack,
  readOn,
  readOnFromLead,
  readsOn,
  samePage,
  conversationPage,
  morePage,
  settingPage,
  defaultOfBest,
  statedDefault,
  withoutCited,
} from './follow-ups.ts'
import { analyse } from './question-analysis.ts'
import { spelledAsMeant, spelledHistory } from './chat-typing.ts'
import { rank } from './rank.ts'

/**
 * The last question (at `last` in the history) asked again, with the turns before it as its
 * history: as it was read and ranked when it was asked, if that is among the last few questions
 * the corpus remembers (a follow-up reads it once or twice more: on from its answer, past what
 * it cited, on from its lead).
 */
function askAgain(corpus: Corpus, history: Turn[], last: number): Retrieval {
  const question = history[last].content
  const before = history.slice(0, last)
  // As it was answered, with what its own history lent it: "how?" after "can I change the
  // output?" (a question of its own, lifted to the logger page the answer before it cited) asks
  // of the logger, and "source?" must cite what was cited. Read so up to LIMITS.askedAgainDepth
  // questions back (each may ask the one before it again); past that, as it reads alone.
  // (Each read once per history a request hands in: a follow-up asks it again two or three
  // times, for its answer, what that cited and where it led.)
  if (askingAgain < LIMITS.askedAgainDepth) {
    let byCorpus = askedAgain.get(history)
    if (!byCorpus) askedAgain.set(history, (byCorpus = new WeakMap()))
    let byTurn = byCorpus.get(corpus)
    if (!byTurn) byCorpus.set(corpus, (byTurn = new Map()))
    const known = byTurn.get(last)
    if (known) return known
    askingAgain++
    try {
      const again = retrieve(corpus, question, before)
      byTurn.set(last, again)
      return again
    } finally {
      askingAgain--
    }
  }
  const leaned = leanedOn(before)
  const known = remembered(corpus, question, leaned)
  if (known) return { question: known.question, ranked: rankedOnce(corpus, known) }
  const read: Read = { before: leaned, question: analyse(corpus, question, before) }
  remember(corpus, question, read)
  return { question: read.question, ranked: rankedOnce(corpus, read) }
}

/** How many questions askAgain is reading again, one inside the other. */
let askingAgain = 0

/** What askAgain read, by the history it was handed, the corpus and the turn. */
const askedAgain = new WeakMap<Turn[], WeakMap<Corpus, Map<number, Retrieval>>>()

/**
 * A function that returns what `make` returns, made on its first call and kept. (Its closure is
 * made here, not as a named local of a caller: tsx names each one made, which cost a follow-up
 * ~4 µs.)
 */
function once<T>(make: () => T): () => T {
  let value: T | undefined
  return () => (value ??= make())
}

/** A question as it was read (and ranked, once it is), with the question it leaned on. */
export interface Read {
  /** The text of the question before it that it may lean on: all that analyse reads of a history. */
  before: string | undefined
  question: AnalysedQuestion
  ranked?: Ranked[]
}

/** The question a history's next question may lean on (see analyse), if any. */
const leanedOn = (history: Turn[]) => {
  // (Not history[-1] for none: see lastUser in analyse.)
  const at = lastQuestion(history)
  return at >= 0 ? history[at].content : undefined
}

/**
 * How a question that leaned on `before` was read (and ranked) lately, if the corpus remembers
 * it. Found by the question's text itself, whose hash a string keeps (a key made of both texts
 * was a string built and hashed per question).
 */
function remembered(
  corpus: Corpus,
  question: string,
  before: string | undefined,
): Read | undefined {
  const read = corpus.memo.asked.get(question)
  return read && read.before === before ? read : undefined
}

/** Remembers how a question was read (see askAgain), in place of its last reading; callers only read it. */
function remember(corpus: Corpus, question: string, read: Read): void {
  corpus.memo.asked.set(question, read)
}

/** A remembered question's ranking, ranked on first use. */
const rankedOnce = (corpus: Corpus, read: Read) => (read.ranked ??= rank(corpus, read.question))

/**
 * "And so?", "And now?": an elliptical "And X?" whose X says no word of content names no new
 * subject to ask the last question of ("What is so?" matched nothing, and abstained with neither
 * a missing word nor a related passage).
 */
const namesSomething = (other: string) => wordsOf(other).some((w) => !STOPWORDS.has(plain(w)))

/**
 * Whether a question asks what a thing is, with no place it asks it in: "What is CBT?", "What
 * does trust mean?". "What is the default port on Bun?" places its thing: "And Deno?" or "and on
 * Cloudflare Workers?" after it asks of the default port there, not what Deno is.
 */
function definesUnplaced(question: string): boolean {
  const m = DEFINITION.exec(question)
  if (m) return !m[2] || /^(?:of|behind)$/i.test(m[2])
  return MEANING.test(question)
}

/**
 * Most "And X?" questions read back through for the question that says how they ask: "What is
 * exposure therapy?", "what about social skills training?", "and CBT?" asks what CBT is.
 */
const FRAMING_STEPS = 3

/** The sentences that may answer a question, best first, read in its conversation. */
export function retrieve(corpus: Corpus, question: string, history: Turn[] = []): Retrieval {
  // Typed as a chat message ("wat r the signs", "according 2 the article"), read as spelled out
  // by every reader below, the reader's earlier questions too (see chat-typing.ts).
  question = spelledAsMeant(question)
  history = spelledHistory(history)
  const retrieval = doneOneself(corpus, question, history, retrieveAsked(corpus, question, history))
  // Last: the near tie it breaks is the one the follow-up bonuses leave (the page "it" names).
  const ranked = otherBonus(
    corpus,
    question,
    unworkingBonus(corpus, retrieval.question, retrieval.ranked),
  )
  return ranked === retrieval.ranked ? retrieval : { ...retrieval, ranked }
}

/** The ranking of a question, read with its history (see retrieve). */
function retrieveAsked(corpus: Corpus, question: string, history: Turn[] = []): Retrieval {
  // "thanks", "ok, that helps": nothing is asked, so nothing is cited (not the last answer again).
  if (onlyCloses(question)) return { question: analyse(corpus, question), ranked: [] }
  // "Interesting. What else …?" asks what "What else …?" asks, in how it asks too.
  question = withoutAsides(question)
  const last = lastQuestion(history)
  // "And after that?", "What comes next?", "And then?": what the documents say right after the
  // last answer. Read before "And X?" below, which would take "then" for a new subject X.
  const readingOn = last >= 0 && readsOn(question)
  if (readingOn) {
    const onward = readOn(corpus, askAgain(corpus, history, last), history.slice(last + 1))
    if (onward) return onward
  }
  // "Where does it say that?", "Source?": the last answer again, with its citations.
  if (last >= 0 && asksForSource(question)) return askAgain(corpus, history, last)
  // "Show me an example": the last answer's pages, where a sentence brings its code.
  if (last >= 0 && asksForExample(question)) {
    // Where those pages show none the answers have not, what "Tell me more" would add.
    const again = askAgain(corpus, history, last)
    const since = history.slice(last + 1)
    const more = withoutCited(corpus, again, since)
    return exampleOf(corpus, again, since) ?? (more.ranked.length ? more : again)
  }
  // "And exposure therapy?" after "What is CBT?": the same question about the new subject.
  const other = readingOn ? undefined : ellipticalSubject(question)
  const previous =
    last >= 0 ? history[askedAgainFrom(history, last, FRAMING_STEPS)].content.trim() : undefined
  if (
    other &&
    previous &&
    namesSomething(other) &&
    !askedAgainIn(question) &&
    definesUnplaced(previous)
  ) {
    const q = analyse(corpus, `What is ${other}?`)
    return { question: q, ranked: rank(corpus, q) }
  }
  // Where the last answer's part of the page ends, every way of asking to read on asks what
  // "Tell me more" asks: "What comes next?" is no question of its own about `next()`.
  const bare = asksOnlyForMore(question) || readingOn
  if (bare) {
    // "What else?", "Tell me more": the last question again, past what was already cited.
    if (last < 0) return { question: analyse(corpus, question, history), ranked: [] }
    const again = askAgain(corpus, history, last)
    const since = history.slice(last + 1)
    const more = withoutCited(corpus, again, since)
    const ranked = morePage(corpus, again.ranked, more.ranked, answeredSince(since))
    return { ...more, ranked, more: true }
  }
  const q = analyse(corpus, question, history)
  // Remembered as read, and as ranked once it is, for the follow-ups that ask it again.
  const read: Read = { before: last >= 0 ? history[last].content : undefined, question: q }
  remember(corpus, question, read)
  // The readers below (what it points back at, what it asks past) read it as analysed: its slips
  // written right ("What can tose emotions make peole do?" points back as "those" does).
  question = q.text
  if (last < 0)
    return {
      question: q,
      ranked: pastSetAside(
        corpus,
        q,
        defaultOfBest(
          corpus,
          q,
          anchored(corpus, q, headedApis(corpus, q, warned(corpus, q, rankedOnce(corpus, read)))),
        ),
      ),
    }
  // "What other therapies help with trust?" after an answer on one: a question of its own, but
  // one that asks past what the reader has just read.
  if (!q.concepts.some((c) => c.fromHistory)) {
    const own = {
      question: q,
      ranked: defaultOfBest(
        corpus,
        q,
        conversationPage(
          corpus,
          q,
          anchored(corpus, q, headedApis(corpus, q, rankedOnce(corpus, read))),
          answeredSince(history.slice(last + 1)),
          () => askAgain(corpus, history, last).ranked,
          () => titledPage(corpus, q),
        ),
      ),
    }
    return ASKS_OTHER.test(question)
      ? another(corpus, withoutCited(corpus, own, history.slice(last + 1), true))
      : own
  }
  // "Why?", "What is it exactly?", "How so?": a follow-up with no word of its own but how it
  // asks is the last question asked again (its history lent at full weight, not at 0.6).
  if (
    q.concepts.every((c) => c.fromHistory || FRAME_WORDS.has(c.word) || setAsideBy(c, q.excluded))
  ) {
    // "What else besides cheating?": asked again, past what was read and what it sets aside.
    // (With words of its own, what it sets aside still says where to look: "a port other than
    // 3000" is a port setting, "algorithms besides HS256" the list that names it.)
    if (!q.excluded || !asksForOther(question)) return askAgain(corpus, history, last)
    const again = setAside(corpus, q.excluded, askAgain(corpus, history, last))
    return another(corpus, withoutCited(corpus, again, history.slice(last + 1), true))
  }
  const since = history.slice(last + 1)
  // What the answers since the last question quoted, read by the follow-up bonuses below.
  const answered = answeredSince(since)
  const ranked = rankedOnce(corpus, read)
  // The last question's ranking, for the bonuses that find what its answer led with.
  const before = once(() => askAgain(corpus, history, last).ranked)
  // The sentence that answer led with, read by three of the bonuses below: found once.
  const led = once(() => lastLead(corpus, answered, before))
  // The page the last question named by its title, if it named one (see titledPage).
  const titledBefore = once(() => titledPage(corpus, askAgain(corpus, history, last).question))
  const back = pointsBack(question)
  const retrieval: Retrieval = {
    question: q,
    ranked: back
      ? pastLead(
          corpus,
          question,
          afterLead(
            corpus,
            question,
            readOnFromLead(
              corpus,
              question,
              continued(
                corpus,
                samePage(corpus, question, ranked, answered, titledBefore),
                answered,
                question,
              ),
              answered,
              led,
              titledBefore,
            ),
            answered,
            led,
          ),
          answered,
          led,
          asksDefault(q),
        )
      : ranked,
  }
  if (back) retrieval.answered = answered
  retrieval.ranked = statedDefault(corpus, q, retrieval.ranked, answered)
  retrieval.ranked = settingPage(corpus, question, q, retrieval.ranked, (own) =>
    titledPage(corpus, own),
  )
  // "What other ways are there?": a follow-up like any other, but the reader has read the answers
  // since, so what they cited gives way to what they did not. With words of its own, only
  // "else" / "other" asks that: "more" is as often a comparative ("How can I feel more secure?").
  return asksForOther(question)
    ? another(corpus, withoutCited(corpus, retrieval, since, true))
    : retrieval
}

// What the rest of the code base reads from this module lives in these modules.
export { LIMITS, WEIGHTS } from './weights.ts'
export type { AnalysedQuestion, Concept, Expectation, Ranked, Retrieval } from './question-types.ts'
export { asksDefault } from './expected-answer.ts'
export { plainText } from './quoted-text.ts'
export { introduces } from './sentence-form.ts'
export { isFollowUp } from './follow-ups.ts'
export { analyse } from './question-analysis.ts'
export { queryTerms, rank } from './rank.ts'
