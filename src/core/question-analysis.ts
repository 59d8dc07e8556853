// analyse: a question (and, for a follow-up, the previous one) read into weighted concepts,
// with what it expects and asks about, from the readers of the question-*.ts modules.

import { scannedOnce } from './code-names.ts'
import { onNearlyEveryPage, onShareOfPages, type Corpus, writtenParts } from './corpus.ts'
import { absenceOf } from './question-negation.ts'
import { FRAME_WORDS, hasRun, plain, stem, STOPWORDS, tokens, words } from './terms.ts'
import type { Turn } from './types.ts'
import { LIMITS, WEIGHTS } from './weights.ts'
import type { AnalysedQuestion, Concept } from './question-types.ts'
import { isKnownTerm, matchesOf, pointsBackAt } from './reading-text.ts'
import {
  asksAboutDocuments,
  speaksToAssistant,
  focus,
  type MessageParts,
  onlyCloses,
  withoutAsides,
} from './question-message.ts'
import {
  BOUND_WORDS,
  CATEGORY,
  expectation,
  FORMS_TAKEN,
  WHAT_IT_TAKES,
  IMPLIED,
  QUICK_FIX,
  SPEED_WORDS,
  makerAsked,
  MAY_BE_CODE,
  statusCodeWords,
  UNMARKED_CODE,
  unnamedKind,
} from './expected-answer.ts'
import {
  actionAsked,
  ALNUM_NAME,
  alternativeTo,
  askedAbout,
  askingWords,
  choiceWords,
  causeTerm,
  comparisonAsked,
  compoundHead,
  definedTerm,
  doerAsked,
  ASKS_ANOTHER,
  EXCLUDING,
  MAY_EXCLUDE,
  oddsAsked,
  reportsProblem,
  sidesSetApart,
  DIFFERENCE,
  DIFFERING,
  sidesTied,
  spelledOut,
  placeAsked,
  withoutForAbsent,
} from './question-form.ts'
import { quotedPhrases, quotedStems } from './quoted-text.ts'
import {
  IDENTIFIER,
  inCode,
  inProse,
  RARE_NAMES,
  shouted,
  SYNTAX,
  uncalledFunction,
  unwrittenName,
  VERSION,
  writtenApart,
  writtenAsCode,
} from './code-names.ts'
import {
  addMessage,
  STATUS_NAMES,
  conceptFor,
  pickSenses,
  type Reading,
  setAsideBy,
  withFunctionWordsSpelled,
} from './question-concepts.ts'
import {
  askedConcepts,
  doingConcept,
  isUnnamed,
  isUnnamedDoing,
  namedHead,
  nameHead,
  ownConcept,
  setsAside,
  unnamedChoice,
  unnamedComplement,
  unnamedCompoundNoun,
  unnamedCompoundVerb,
  unnamedCount,
  unnamedDefinedTerm,
  unnamedEnd,
  unnamedFollowUpDoing,
  unnamedMeans,
  unnamedNext,
  unnamedObject,
  unnamedPredicate,
  unnamedSetting,
  unnamedSide,
  unnamedTiedHead,
  unwrittenPairAfterName,
} from './question-unnamed.ts'
import {
  askedAgainFrom,
  askedAgainIn,
  ellipticalSubject,
  isFollowUp,
  lastQuestion,
  namedBefore,
  pointsBack,
  REPLACING,
} from './follow-ups.ts'

/** Four capitals in a row: looked for first, as most questions are not shouted. */
const CAPITALS_RUN = /\p{Lu}{4}/u

/** A span of code, kept as typed when a shouted message is lowered (see unshouted). */
const CODE_SPAN = /```[\s\S]*?```|`[^`\n]*`/g

/**
 * A message typed in capitals ("CAN A MESSED-UP CHILDHOOD MAKE IT HARDER TO RAISE MY OWN KIDS?")
 * read as if typed in small letters, its code kept: its capitals say nothing of names, and the
 * readers of a question's form read "MESSED-UP" as a name's parts, not the words they know.
 */
function unshouted(question: string): string {
  if (!CAPITALS_RUN.test(question) || !shouted(question)) return question
  return outsideCode(question, (prose) => prose.toLowerCase())
}

/** The text with `change` made to its prose, between its code spans (CODE_SPAN), kept as typed. */
function outsideCode(text: string, change: (prose: string) => string): string {
  let out = ''
  let at = 0
  for (const m of text.matchAll(CODE_SPAN)) {
    out += change(text.slice(at, m.index)) + m[0]
    at = m.index + m[0].length
  }
  return out + change(text.slice(at))
}

/** A letter typed three times or more in a row, in a word of letters ("whyyy", "soooo"). */
const STRETCHED = /(?<![\p{L}\p{N}_$.\/-])(?=\p{L}*(\p{L})\1\1)\p{L}+(?![\p{L}\p{N}_$(\/-])/gu

/**
 * A word stretched for feeling in chat ("whyyy", "soooo", "pleeease", "foreverrr") read as the
 * word: its runs cut to one letter where that makes a function word ("whyyy" → "why", "pleeease"
 * → "please"), else a last letter typed three times or more cut to two ("expresss" → "express",
 * "foreverrr" → "foreverr", which the typo reading meets as "forever"). A run inside a word is
 * left to the typo reading, as a slip of the keyboard ("deeer" is "deeper" more likely than
 * "deer"); so are a word of one letter ("www", "zzz"), a name's capitals inside ("onErrr") and code.
 */
function unstretched(question: string): string {
  if (!/(\p{L})\1\1/u.test(question)) return question
  return outsideCode(question, unstretchedProse)
}

function unstretchedProse(text: string): string {
  return text.replace(STRETCHED, (w) => {
    const lower = w.toLowerCase()
    if (
      new Set(lower).size === 1 ||
      (w !== lower && w.slice(1) !== lower.slice(1) && w !== w.toUpperCase())
    )
      return w
    const one = w.replace(/(\p{L})\1+/gu, '$1')
    if (STOPWORDS.has(one.toLowerCase())) return one
    return w.replace(/(\p{L})\1\1+$/u, '$1$1')
  })
}

/** Reads a question (and, for a follow-up, the previous question) into weighted concepts. */
export function analyse(corpus: Corpus, question: string, history: Turn[] = []): AnalysedQuestion {
  question = withoutForAbsent(unstretched(unshouted(question)))
  const literals = passedStrings(question)
  question = withNoArguments(corpus, question)
  const concepts: Concept[] = []
  const seen = new Set<string>()
  // A few unread words per question are looked up one edit away in the lexicon: a hundred random
  // words would otherwise cost a hundred look-ups of ~50 spellings a letter each.
  const lookups = { left: LIMITS.relatedLookups }
  const reading: Reading = { corpus, concepts, seen, lookups }
  // Read once: the asking sentence also says what the question implies (IMPLIED) and asks about.
  const parts = focus(question)
  addMessage(reading, parts, 1, false)
  // A function word typed with a slip ("Whiich …?", "Is tere …?") is no topic, and the readers of
  // the question's form below look for it, and for the documents' words a typist's slip stands for
  // ("coount on" is "count on"), as written right: the question is read again so. The second
  // reading finds none (what it meets are the documents' words and function words); most questions
  // have none, and are read once.
  if (reading.misspelt || reading.respelled) {
    const spelled = withFunctionWordsSpelled(corpus, question, reading.respelled)
    if (spelled !== question) {
      const read = analyse(corpus, spelled, history)
      if (reading.respelled)
        read.typedAs = new Map([...reading.respelled].map(([typed, right]) => [right, typed]))
      return read
    }
  }
  pickSenses(corpus, concepts)
  // The names a reader makes up in the code they paste (a variable `tenant`, a route "/whoami")
  // are their data: a word of that code the documents never use is no topic they lack, wherever
  // the question says it ("… I always get 'no tenant'"), and neither weighs nor counts as missing.
  // A name written as one in the prose ("Redis") stays, and so does inline code (`c.req.tenantId()`
  // may be the very API asked about).
  let pasted: Set<string> | undefined
  if (parts.code.length) {
    pasted = new Set<string>()
    for (const text of [...parts.code, ...parts.errors])
      for (const w of words(text)) pasted.add(plain(w).toLowerCase())
  }
  // "all['X-Trace-Id'] is always undefined", "`c.header('X-Request-Id', id)` … and the
  // X-Request-Id header is gone": a key the reader's code passes or indexes by (a header's name)
  // is their data, in inline code too and wherever their prose repeats it: neither its words
  // ("trace") nor the name whole (see unwrittenName) are things the documents lack. Read so, such
  // reports were declined, though the page that says why (header keys come back in small letters)
  // matched their other words best.
  const passed = literals?.words.size ? literals.words : undefined
  if (pasted || passed)
    for (let i = concepts.length - 1; i >= 0; i--) {
      const c = concepts[i]
      if (c.mentioned) continue
      const w = c.word.toLowerCase()
      if ((!c.name && pasted?.has(w)) || (!c.fromHistory && passed?.has(w))) concepts.splice(i, 1)
    }

  // "when is hono v5 coming out": letters run together with digits ("v5", "i18n", "s3") in the
  // sentence that asks name a thing (a version, a product, a numeronym) as capitals do, unless
  // the documents write it apart ("UTF-8" for "utf8"). Said only where the reader tells ("… but
  // 404s when pm2 starts it. Why?"), it is their setup, as any word of a story is.
  // (The asking sentence's words are listed only for a question with such a word.)
  let asked: Set<string> | undefined
  for (const c of concepts)
    if (
      !c.fromHistory &&
      ALNUM_NAME.test(c.word) &&
      (!c.mentioned ||
        (VERSION.test(c.word) && !inProse(corpus, c) && !inCode(parts.ask, c.word))) &&
      (asked ??= new Set(parts.asking.length ? parts.asking : words(parts.ask))).has(c.word) &&
      !writtenApart(corpus, c.word)
    ) {
      c.name = true
      c.mentioned = false
    }

  const { ask } = parts
  for (const { word, asked, thing, exact, form } of IMPLIED) {
    if (seen.has(word) || !asked(ask)) continue
    const concept = conceptFor(corpus, word, stem(word), 1, false)
    if (!concept.known) continue
    seen.add(word)
    // "… or is there some cutoff?": the reader's own word for the bound, if the documents never
    // say it, is the implied word, not a second thing they must name.
    const own = concepts.findIndex((c) => !c.mentioned && BOUND_WORDS.has(c.word))
    if (word === 'minimum' && own >= 0) concepts.splice(own, 1)
    // So are "quick fix", "shortcut" when the documents never say them: they ask how long it
    // takes ("Is there a quick fix for …?" had been declined as never mentioning "quick" or "fix").
    if (word === 'time') {
      const fix = QUICK_FIX.test(ask)
      for (let i = concepts.length - 1; i >= 0; i--) {
        const w = concepts[i].word.toLowerCase()
        if (!concepts[i].mentioned && (SPEED_WORDS.has(w) || (fix && w === 'fix')))
          concepts.splice(i, 1)
      }
    }
    // The thing asked about, said in the documents' word where the reader's are missing or weak:
    // it weighs more than a word of theirs would ("small" of "small json responses" meets only
    // "size"; the gzip option's sentences outranked "The minimum size in bytes to compress.").
    if (thing) concept.salience *= WEIGHTS.impliedThing
    if (exact)
      for (const t of [...concept.alts.keys()]) if (t !== stem(word)) concept.alts.delete(t)
    // "… or is it a lost cause?": the hopeless side of a hope asked about is its form, no topic.
    const formWords = form?.(ask) ?? []
    for (let i = concepts.length - 1; formWords.length && i >= 0; i--)
      if (!concepts[i].fromHistory && formWords.includes(concepts[i].word.toLowerCase()))
        concepts.splice(i, 1)
    concept.implied = true
    concepts.push(concept)
  }

  // The question a follow-up leans on: the last one that asked something ("What else?" did not).
  // (Not history[-1] for none: an index below 0 is a property looked up by name, along the
  // prototype chain, for every first question.)
  const lastAt = lastQuestion(history)
  const lastUser = lastAt >= 0 ? history[lastAt] : undefined
  // Whether it points back: asked of a follow-up, and of a first question whether it is unresolved.
  const back = pointsBack(question)
  const followUp = isFollowUp(question, concepts, back)
  // "And on Node?" after "How do I change the port on Bun?": the last question asked again in
  // another setting (a place, a tool, a group: "on", "in", "with", "for" …). Its words are the
  // question (at full weight), but not the thing it replaces. "And exposure therapy?" names a
  // new subject instead, which its sentences should be about.
  const other = ellipticalSubject(question)
  const elliptical = lastUser !== undefined && askedAgainIn(question)
  const before = concepts.length
  if (lastUser && followUp) {
    const lent = elliptical ? 1 : other !== undefined ? WEIGHTS.newSubjectHistory : WEIGHTS.history
    addMessage(reading, focus(lastUser.content), lent, true)
    // "what about Node?" after "and on Deno?" after "How do I serve static files on Bun?": the
    // last question only asked the one before it again, in another setting, so that one is what
    // is asked again now, less the setting it named ("Bun"), which the last one replaced. Only
    // when that setting was a name: after "What does exposure therapy involve?" and "what about
    // CBT?", the subject replaced ("exposure therapy") is no name, and would come back.
    const frame = askedAgainFrom(history, lastAt, 1)
    const earlier = frame === lastAt ? undefined : history[frame]
    if (earlier) {
      const from = concepts.length
      addMessage(reading, focus(earlier.content), lent, true)
      const named = concepts.slice(from).some((c) => c.name)
      for (let i = concepts.length - 1; i >= from; i--)
        if (concepts[i].name || !named) concepts.splice(i, 1)
    }
    // "Is it effective?" after "How does it work?" after "What is exposure therapy?": the last
    // question pointed back too, with no more than one word of its own, and "it" is what the one
    // before it asked of; "how do people recover from it" after "why?" after "what happens when
    // trust is broken". Read back through up to LIMITS.chainSteps such questions.
    let at = lastAt
    for (let step = 0; step < LIMITS.chainSteps; step++) {
      const asked = withoutAsides(history[at].content)
      // (Nor do the words that ask how long or how much, and "take": "how long does it take?"
      // asks the length of what "it" is, and says nothing of its own.)
      const ws = words(asked)
      const own = ws.filter(
        (w, i) =>
          !STOPWORDS.has(w) && !(ws[i - 1] === 'how' && HOW_MEASURE.has(w)) && !TAKES.has(w),
      ).length
      if (own > 1 || (own === 1 && !pointsBack(asked))) break
      const earlier = lastQuestion(history.slice(0, at))
      if (earlier < 0) break
      addMessage(reading, focus(history[earlier].content), lent, true)
      at = earlier
    }
    pickSenses(corpus, concepts.slice(before))
    // "What happens without it?": the absence of what the conversation is about (see absenceOf).
    const absent = WITHOUT_IT.test(question)
      ? concepts.find((c) => !c.fromHistory && c.word.toLowerCase() === 'without')
      : undefined
    if (absent) absenceOf(absent, concepts.slice(before))
  }
  // The setting it names takes the place of the names asked about last time ("Bun"), whether
  // written as a name ("Bun") or not ("cloudflare workers"). So does a name that "And X?" or "What
  // about X?" brings: "and Node?" after "… on Deno?" is no question about Deno too ("It's not
  // Node.js or Deno." had led).
  if (
    (elliptical && concepts.slice(0, before).some((c) => c.name || c.known)) ||
    (other !== undefined && lastUser !== undefined && concepts.slice(0, before).some((c) => c.name))
  )
    for (let i = concepts.length - 1; i >= before; i--) if (concepts[i].name) concepts.splice(i, 1)
  const unresolved =
    !lastUser &&
    ((back &&
      pointsBack(question, true) &&
      concepts.filter((c) => c.known).length <= 1 &&
      !namedBefore(question, concepts)) ||
      BARE_QUESTION.test(question))
  // What the question is about, if the documents have no word for it, nor a word WordNet
  // relates to it at least as closely as WEIGHTS.subjectRelative ("antidepressant", "yoga" in
  // two articles on attachment and trust; "medication" meets only "therapy" at 0.25). A subject
  // with such a relative is left to coverage: "problems" meets "difficulties" (0.3), and "what
  // unit is the duration in?" is answered by "milliseconds" ("unit" ~ "unify" 0.8).
  const asking = askingWords(ask)
  const read = compoundHead(ask, askedAbout(asking))
  // After an article, a word English knows may be an adjective before the noun asked about ("Does
  // a rough upbringing …?"); one it does not know ("Can a prenup …?") is the thing itself.
  const about = read?.article && isKnownTerm(corpus, stem(read.word)) ? undefined : read
  const subject = ownConcept(concepts, about?.word)
  // An English word the documents lack ("fake") before one they have ("bindings") qualifies it;
  // a word English does not know either ("cron" of "cron job", "prisma") is the thing itself.
  const qualifies =
    subject &&
    isKnownTerm(corpus, stem(subject.word)) &&
    ownConcept(concepts, about?.head) !== undefined &&
    !isUnnamed(corpus, ownConcept(concepts, about?.head))
  // "Can I sue my spouse …?": asked whether one may do a thing, the doing is asked about too.
  const act = actionAsked(asking)
  const action = doingConcept(concepts, act)
  // The trade of "Which psychologist developed …?" says who is asked for, not what about.
  const spelledQuestion = spelledOut(question)
  const lower = spelledQuestion.toLowerCase()
  const maker = makerAsked(lower)
  // "Does seeing a shrink or joining a group help …?" asks of either: the documents speak of
  // groups, so the question is theirs though "shrink" is not.
  const either = namedHead(corpus, concepts, alternativeTo(asking, about?.word))
  // "the difference between shame and guilt": the things the question asks to tell apart.
  const sides = sidesSetApart(asking)
  // "What's the difference between c.text and c.body?": the word that asks to tell two things
  // apart frames the question, as "how" does; it is no topic ("may be different for each runtime").
  if (sides?.length === 2)
    for (const c of concepts) {
      const word = c.word.toLowerCase()
      if (!c.fromHistory && (DIFFERENCE.has(word) || DIFFERING.has(word)))
        c.salience *= WEIGHTS.frame
    }
  // Then (see unnamedPart) what else of the question they do not cover. A call no page makes
  // comes first, named as the reader wrote it ("toSSG()", not the word "tossg" read from it).
  let unnamed =
    uncalledFunction(corpus, question) ??
    (isUnnamed(corpus, subject) && !qualifies && !either && subject!.word !== maker
      ? about!.word
      : isUnnamedDoing(corpus, action)
        ? action!.word
        : nameHead(corpus, concepts, asking, subject)) ??
    unwrittenPairAfterName(concepts, asking) ??
    unnamedNext(corpus, concepts, subject, about?.next) ??
    setsAside(question) ??
    unnamedPredicate(corpus, concepts, asking) ??
    unnamedCompoundVerb(corpus, concepts, asking) ??
    unnamedCompoundNoun(corpus, concepts, asking) ??
    unnamedCount(concepts, asking) ??
    unnamedFollowUpDoing(corpus, concepts, asking, lastUser !== undefined) ??
    unnamedPart(corpus, question, ask, concepts, asking, either, literals) ??
    unnamedSide(corpus, concepts, sides) ??
    unnamedTiedHead(corpus, concepts, sidesTied(asking))
  // Asked of either, the documents answer of the one they name: the other is not a part of the
  // question a sentence must cover ("shrink", a word they lack, weighed a sixth of it).
  if (either && isUnnamed(corpus, subject)) subject!.salience = 0
  // "wat is atachment trama", "wat r the signs of …": the forms of a question read as spelled out.
  // (Most questions are one sentence that asks: spelled out once.)
  const spelled = ask === question ? spelledQuestion : spelledOut(ask)
  const asTerm = ask === question ? asTermAlone(corpus, spelled) : spelled
  const definition = definedTerm(asTerm, concepts)
  // ("counts" of "What counts as a shim?" only asks what a shim is: no doing they lack.)
  if (unnamed !== undefined && definition?.asking.includes(unnamed.toLowerCase()))
    unnamed = undefined
  unnamed ??= unnamedDefinedTerm(corpus, concepts, definition, asTerm === spelled)
  // "What does trust mean in a romantic relationship?" asks what trust is: the words after it
  // only place it, and weigh less than the term.
  if (definition?.placed)
    for (const c of concepts)
      if (!c.fromHistory && !definition.named.includes(c)) c.salience *= WEIGHTS.placing
  // "How do you rebuild trust after infidelity?" asks how to rebuild trust: what it comes after
  // places the doing in time, as the words after X place it in "What is X in Y?", and weighs as
  // little. Read as a topic, "infidelity" (the rarest word) led "One way is through infidelity …"
  // over "Rebuilding trust after betrayal is never easy …". Only when the clause before it says
  // two of the question's ideas: a doing and what it is done to.
  placedInTime(asTerm, concepts)
  // "why is that so damaging?", "why is that important?" after an answer: why what it said holds.
  const judged = lastUser !== undefined ? judgedBack(asTerm, concepts) : undefined
  // "Why is trust so important in sex?": why the thing is as judged; the judgement is the frame.
  whyJudged(asTerm, concepts)
  // "How do I enable CORS for all routes?", "how to handle errors globally": where the doing is
  // to apply, which places it as the words after "after" place it in time (see placedInScope).
  placedInScope(asTerm, concepts)
  // "how to get the jwt payload in the handler": where in their code the reader will do it.
  placedInCode(corpus, asTerm, concepts)
  // "which algorithms does it support besides HS256? we use RS256 tokens from our IdP": a name the
  // documents never mention (or a word neither they nor English know, a name typed in small letters
  // as "koa" often is), said only in a sentence that tells, is the reader's setup rather than
  // their topic when the sentence that asks names two things or more, all of which the documents
  // know (see answerable in answerability.ts). "We deploy on Vercel. How do I set it up?" asks of nothing
  // else; "We keep sessions in Redis. How do I read session data?" asks of what they lack.
  if (parts.told.size) {
    const asked = askedConcepts(concepts, parts.asking)
    if (asked.length >= 2 && asked.every((c) => c.known))
      for (const c of concepts)
        if (
          (c.name || !c.known) &&
          !c.mentioned &&
          !c.fromHistory &&
          !parts.asking.includes(c.word)
        ) {
          c.told = parts.told.has(c.word)
          // A short message read whole (a title and a question both ask) weighed such a name as
          // much as what is asked: "… How can I get the IP of the client? In Koa, it's
          // `ctx.request.ip`." abstained for the framework compared with. It weighs as the words
          // of a long message's story do (no sentence matches it: only coverage's total shrinks).
          if (c.told && !parts.story.length) c.salience *= WEIGHTS.story
        }
  }
  // "[zod-openapi] How to make request-body optional?": an issue tagged with the package it is
  // about is about that package; a word of the tag the documents never mention names it.
  const tag = PACKAGE_TAG.exec(question)?.[1]
  if (tag)
    for (const w of words(tag))
      for (const c of concepts)
        if (c.word === w && !c.mentioned && !c.fromHistory)
          Object.assign(c, { name: true, told: false })
  // "What unit is the duration in?", "Which type of error …": the kind of answer asked for, which
  // the answer itself gives ("milliseconds") rather than names.
  const cause = causeTerm(spelled, concepts)
  // "What else besides cheating?": cheating is what the answer is not about.
  const besides = MAY_EXCLUDE.test(ask) ? EXCLUDING.exec(ask)?.[1] : undefined
  const excluded = besides
    ? new Set(
        words(besides)
          .filter((w) => !STOPWORDS.has(w))
          .map((w) => stem(w)),
      )
    : undefined
  const category = CATEGORY.exec(question)?.[1]?.toLowerCase()
  const reports = reportsProblem(corpus, question)
  // (FORMS_TAKEN ends on "take", looked for first: the whole pattern cost ~0.4 µs a question.)
  const formsTaken = /take/iu.test(question)
    ? FORMS_TAKEN.exec(question)?.[1]?.toLowerCase()
    : undefined
  const takes = /take|accept/iu.test(question) ? WHAT_IT_TAKES.exec(question) : null
  const taking = (takes?.[1] ?? takes?.[2])?.toLowerCase()
  // "What is the idea behind CBT?" asks what CBT is: "idea" names no part of the answer.
  const kept: Concept[] = []
  // "… in my database instead of hardcoded": in a follow-up, "instead of" / "rather than" only
  // sets the way shown aside (see doneOneself); the answer need not say "instead".
  // (lastUser is that question: the history is not read again, a pattern or three per turn.)
  const replaced = lastUser !== undefined ? REPLACING.exec(ask) : null
  const replacing = replaced?.[1].toLowerCase()
  // What it sets aside is what the reader does not want: it weighs less than what they do.
  if (replaced) {
    const aside = new Set(words(replaced[2]).map((w) => w.toLowerCase()))
    for (const c of concepts)
      if (!c.fromHistory && aside.has(c.word.toLowerCase())) c.salience *= WEIGHTS.setAside
  }
  // "What is another way trust can break down besides infidelity?": the answer is another way,
  // which need not name infidelity, and a sentence that does is most likely the one way set
  // aside. (Asked with others, "which algorithms besides HS256?", it says where to look: the list
  // that names it.)
  const another = excluded !== undefined && ASKS_ANOTHER.test(ask)
  if (another)
    for (const c of concepts)
      if (!c.fromHistory && setAsideBy(c, excluded)) c.salience *= WEIGHTS.setAside
  for (const c of concepts)
    if (
      c.fromHistory ||
      (c.word !== maker &&
        c.word !== replacing &&
        c.word.toLowerCase() !== judged &&
        !(c.word === 'way' && WAY_ASKED.test(asTerm)) &&
        c.word !== category &&
        !(formsTaken && (c.word === formsTaken || c.word === 'take')) &&
        c.word !== taking &&
        !(definition && definition.asking.includes(c.word)) &&
        !(cause && cause.asking.includes(c.word)))
    )
      kept.push(c)
  const odds = oddsAsked(corpus, asking)
  const expects = expectation(lower, maker)
  const codeWords = statusCodeWords(lower)
  // (Read once, for both: the anchors of a report are the APIs it names.)
  const apis = anchorsOf(corpus, parts)
  return {
    concepts: kept,
    expects,
    // Only a question that asks for a name is checked for its doer (see answerable).
    doer: expects === 'name' ? doerAsked(question) : undefined,
    statusCodeWords: codeWords.length ? codeWords : undefined,
    defines: definition?.term,
    termAlone: (definition !== undefined && asTerm !== spelled) || undefined,
    causes: cause?.term,
    excluded: excluded?.size ? excluded : undefined,
    another: (another && excluded.size > 0) || undefined,
    unresolved,
    aboutDocuments: asksAboutDocuments(question) || undefined,
    ofDocument: asksOfDocument(question) || undefined,
    toAssistant: speaksToAssistant(question) || undefined,
    closing: onlyCloses(question) || undefined,
    quoted: quotedStems(question),
    text: question,
    phrases: quotedPhrases(question),
    unnamed,
    object: unnamedObject(corpus, concepts, asking),
    place: placeConcept(question, kept),
    compares: comparisonAsked(corpus, asking),
    choice: offered(kept, ask),
    comparesOdds: odds !== undefined,
    oddsOf: doingConcept(concepts, odds?.of),
    setApart:
      sides?.length === 2
        ? heads(concepts, sides)
        : sides?.length === 1
          ? itAndSide(concepts, asking, sides[0])
          : undefined,
    elliptical,
    newSubject: other !== undefined && !elliptical && lastUser !== undefined,
    anchors: reports ? apis : undefined,
    apis,
    reports,
  }
}

/**
 * "What does the broken-trust article say it sets out to explore?", "What is the article about?",
 * "the stated aim of the betrayal article": a question of what a document itself sets out to do,
 * which its signpost says ("This article explores how betrayal …"): a document named, and its aim,
 * subject or opening asked, or what it is about or covers. Such a signpost then keeps its whole
 * score (see formFactor). The reader who asks "what does the article say about CBT?" asks of CBT,
 * but a signpost only leads there when it says CBT as well as the sentences that answer it do.
 */
function asksOfDocument(question: string): boolean {
  return DOCUMENT_NOUN.test(question) && DOCUMENT_PURPOSE.test(question)
}
/** The words for one document of a reader's: "article", "piece", "write-up" … */
const DOCUMENT_NOUN = /\b(?:article|piece|write-?up|essay|post|text|document|guide|page)s?\b/i
/** What a document sets out to do, or where it says so. */
const DOCUMENT_PURPOSE =
  /\b(?:sets?\s+out|aims?|purpose|goals?|about|explores?|examines?|covers?|introduction|intro|opening|first\s+paragraph|subject\s+matter|promises?\s+to|focus(?:es)?\s+on)\b/i

/** The platform the question asks how to put an app on, and the verb that places (see placeAsked). */
function placeConcept(question: string, concepts: Concept[]): AnalysedQuestion['place'] {
  const asked = placeAsked(question)
  if (!asked) return undefined
  const word = asked.name.toLowerCase()
  const concept = concepts.find((c) => c.name && !c.fromHistory && c.word === word)
  return concept && { concept, verb: asked.verb }
}

/**
 * "How is it different from exposure therapy?" after "What is CBT?": the side the question points
 * back at is what the last question was about (its heaviest concept lent), the other its own. Both
 * concepts, or undefined when the first side is no pronoun or nothing known was lent. (Before, the
 * one side left set nothing apart, and "There are many interventions … like CBT, exposure therapy
 * …", which names both alike, led.)
 */
function itAndSide(concepts: Concept[], asking: string[], side: string[]): Concept[] | undefined {
  const at = asking.findIndex(
    (w, i) => DIFFERING.has(w) && (asking[i + 1] === 'from' || asking[i + 1] === 'than'),
  )
  // ("how is it different", "is it really different")
  if (at < 1 || (!pointsBackAt(asking, at - 1) && !(at > 1 && pointsBackAt(asking, at - 2))))
    return undefined
  let lent: Concept | undefined
  for (const c of concepts)
    if (c.fromHistory && c.known && (!lent || c.salience > lent.salience)) lent = c
  const own = ownConcept(concepts, side[side.length - 1])
  return lent && own ? [lent, own] : undefined
}

/**
 * The concept that tells each side from the other (see sidesSetApart): its last word the other side
 * lacks ("couples" and "exposure" of "couples therapy" and "exposure therapy", whose shared head
 * sets nothing apart), or its last word. Undefined unless every one has its own.
 */
function heads(concepts: Concept[], sides: string[][]): Concept[] | undefined {
  const out: Concept[] = []
  for (const [i, side] of sides.entries()) {
    const other = sides[1 - i]
    const own = side.filter((w) => !other.includes(w))
    const telling = own.length ? own : side
    // Two of its words the documents write as one name it first ("basic auth", read as their
    // basicAuth, of "basic auth" and "bearer auth middleware"), if one of them is its own.
    let c: Concept | undefined
    for (let k = 0; k + 1 < side.length && !c; k++)
      if (own.includes(side[k]) || own.includes(side[k + 1]))
        c = ownConcept(concepts, side[k] + side[k + 1])
    c ??= ownConcept(concepts, telling[telling.length - 1])
    if (!c) return undefined
    out.push(c)
  }
  return out
}

/**
 * A part of a question the documents do not cover, though they have what it asks about and the
 * doing it asks of (see analyse): the first found of
 * - "How do I connect hono to postgres using prisma?": a thing the doing is tied to that they
 *   have no word for, nor a close relative of, whatever they say of connecting and of hono (one
 *   that only qualifies a noun they have, "in a kiosk app", is read as "fake" of "fake bindings"
 *   is: see unnamedComplement);
 * - "Can attachment trauma be cured with medication?": the means that a doing said as done or as
 *   what can be done is asked to be done by, ending the question, when they have no word for it
 *   nor a close relative of (see unnamedMeans; "How do I …" and "Can you …" read it as a tie,
 *   above);
 * - "Is there a request ID middleware?": a kind of thing they never name (see unnamedKind);
 * - "How do I mount Hono inside a Next.js App Router route handler?", "a middleware that adds an
 *   X-Request-Id header": a name whose parts are their words ("next", "js"; "request", "id") but
 *   that they never write whole (see unwrittenName);
 * - "Is attachment trauma more common in boys or in girls?": a choice between two things they
 *   speak of neither of (see unnamedChoice), unless the question is asked of `either` of two
 *   subjects, one of which they name.
 */
function unnamedPart(
  corpus: Corpus,
  question: string,
  ask: string,
  concepts: Concept[],
  asking: string[],
  either: boolean,
  literals: { whole: ReadonlySet<string> } | undefined,
): string | undefined {
  return (
    unnamedComplement(corpus, concepts, asking) ??
    unnamedMeans(corpus, concepts, asking) ??
    unnamedSetting(corpus, concepts, asking) ??
    unnamedEnd(corpus, concepts, asking) ??
    unnamedKind(corpus, ask, concepts) ??
    unwrittenName(corpus, ask, literals?.whole) ??
    (either ? undefined : unnamedChoice(corpus, concepts, asking))
  )
}

/**
 * Lowers the salience of the words of a how-to question's closing "after …" ("How do you rebuild
 * trust after infidelity?") to WEIGHTS.placing, when the clause before it says two of the
 * question's own ideas (see analyse).
 */
function placedInTime(question: string, concepts: Concept[]): void {
  const m = AFTER_SETTING.exec(question)
  if (!m) return
  const doing = new Set(words(m[1].toLowerCase()))
  const after = new Set(words(m[2].toLowerCase()))
  const own = (c: Concept) => !c.fromHistory && doing.has(c.word.toLowerCase())
  if (concepts.filter(own).length < 2) return
  for (const c of concepts)
    if (!c.fromHistory && !own(c) && after.has(c.word.toLowerCase())) c.salience *= WEIGHTS.placing
}

/**
 * "Is there a way to …?", "is there any easy way to …": asks how, as "How do I …?" does; its
 * "way" names nothing. (As a frame word it still met "This way, `tsserver` doesn't need …", which
 * led "Is there a way to get the client IP?".)
 */
const WAY_ASKED =
  /^\s*(?:is|are)\s+there\s+(?:a|any|an|some)\s+(?:\p{L}+\s+){0,2}?ways?\s+(?:to|for|of|i|we|you)\b/iu

/**
 * Lowers the salience of the words of a how-to question's closing scope ("for all routes", "on
 * every request", "globally", "app-wide") to WEIGHTS.placing and marks them `scope`, when the
 * clause before it says an idea of the question's own. They say where the doing applies, not
 * what it is: read as a topic, "routes" made "How do I enable CORS for all routes?" abstain (no
 * sentence of the CORS page says "route") and "globally" led "how to handle errors globally" to
 * the RPC guide's "global error handlers" rather than the section "Error Handling".
 */
function placedInScope(question: string, concepts: Concept[]): void {
  const m = IN_SCOPE.exec(question)
  if (m) placedAfter(concepts, m[1], words((m[2] ?? m[3]).toLowerCase()))
}

/**
 * Lowers the salience of the place a how-to question closes on ("in the handler", "from a
 * middleware", "inside my component") to WEIGHTS.placing, and marks it `scope`, when the place is
 * a word of many of the documents' pages (GENERIC_PLACE): where in their code the reader will do
 * the thing, which the answer need not say. Read as a topic, "handler" kept "how to get the jwt
 * payload in the handler" from the JWT page's "Get payload:" (a label says only what it heads).
 * A word of few pages ("in a component", of the JSX pages) is what the question is about, and
 * keeps its weight.
 */
function placedInCode(corpus: Corpus, question: string, concepts: Concept[]): void {
  const m = IN_PLACE.exec(question)
  if (m && onShareOfPages(corpus, stem(m[2].toLowerCase()), GENERIC_PLACE, 5))
    placedAfter(concepts, m[1], [m[2].toLowerCase()])
}

/**
 * Weighs the question's own concepts written in `place` (and not in `doing`, the clause before
 * it) at WEIGHTS.placing, as `scope`, when `doing` says a concept of the question's own.
 */
function placedAfter(concepts: Concept[], doing: string, place: readonly string[]): void {
  const said = new Set(words(doing.toLowerCase()))
  const placing = new Set(place)
  const own = (c: Concept) => !c.fromHistory && said.has(c.word.toLowerCase())
  if (!concepts.some(own)) return
  for (const c of concepts)
    if (!c.fromHistory && !own(c) && placing.has(c.word.toLowerCase())) {
      c.salience *= WEIGHTS.placing
      c.scope = true
    }
}

/** What opens a how-to question: "how do I", "how to", "is there a way", "can I". */
const HOW_TO_OPENS = String.raw`^\s*(?:how\s+(?:do|does|can|could|should|would|to)\b|(?:is\s+there\s+(?:a|any)\s+way|can\s+(?:i|we|you))\b)`

/**
 * A how-to question (see HOW_TO_OPENS) that ends on the scope of its doing: the doing asked
 * (group 1), then the scope (group 2, or 3 for a word alone).
 */
const IN_SCOPE = new RegExp(
  HOW_TO_OPENS +
    String.raw`(.*?)(?:\b(?:for|to|on|in|across|into|over)\s+(?:all|every|any)(?:\s+(?:of\s+)?(?:the|my|our|your))?\s+(\p{L}+(?:\s+\p{L}+)?)|\b(globally|app-?wide|application-?wide|site-?wide|everywhere))[?.!\s]*$`,
  'iu',
)

/** A how-to question (see HOW_TO_OPENS) that closes on a place: the doing (1), then the place (2). */
const IN_PLACE = new RegExp(
  HOW_TO_OPENS +
    String.raw`(.*?)\b(?:in|inside|within|from)\s+(?:the|my|a|an|our|your|each|every)\s+(\p{L}+)[?.!\s]*$`,
  'iu',
)

/** Least share of a corpus's pages (of five or more) a place must be written on to be generic. */
const GENERIC_PLACE = 0.3

/**
 * A follow-up that asks why what the last answer said is as the reader judges it ("why is that so
 * damaging?", "why is it important?", "why are they so hard?"): the judgement ("damaging") is the
 * reader's word for what the answer said, whose topic the history lends. Asked alone, it is
 * "why?" asked of the last answer, and the word is left out when it is the only one the follow-up
 * says of its own (see analyse). Read as a topic, "important" led "What is CBT?" then "why is
 * that important?" to "It's important to remember that healing takes time", and "damaging", after
 * a question on a broken safe word, to the sentences on damaged trust in general.
 */
function judgedBack(question: string, concepts: Concept[]): string | undefined {
  const m = JUDGED_BACK.exec(question)
  if (!m) return undefined
  const judged = m[1].toLowerCase()
  const own = concepts.filter((c) => !c.fromHistory)
  return own.length > 0 && own.every((c) => c.word.toLowerCase() === judged) ? judged : undefined
}

/**
 * Lowers the weight of the judgement a why-question makes of its subject ("important" of "Why is
 * trust so important in sex?", "hard" of "why is it so hard to trust again?") to WEIGHTS.frame:
 * it asks the reason, which the documents give in their own words ("the bond of trust between
 * partners is crucial for feeling safe …"), and read as a topic the judgement met any sentence
 * that says it in passing ("It's important to remember that healing takes time").
 */
function whyJudged(question: string, concepts: Concept[]): void {
  const m = WHY_JUDGED.exec(question)
  if (!m) return
  const judged = m[1].toLowerCase()
  for (const c of concepts)
    if (!c.fromHistory && c.word.toLowerCase() === judged) c.salience *= WEIGHTS.frame
}

/** "Why is trust so important …?", "why are secure attachments necessary", "why is it so hard …". */
const WHY_JUDGED =
  /\bwhy\s+(?:is|are|was|were)\s+(?:[\p{L}'-]+\s+){0,4}?(?:so\s+|such\s+an?\s+|really\s+|even\s+)?(important|crucial|essential|necessary|vital|significant|hard|difficult|easy|bad|good|helpful|harmful|damaging|dangerous|painful)\b/iu

/** "why is that so damaging?", "Why was it important?", "but why are they such a big deal?" */
const JUDGED_BACK =
  /^\s*(?:(?:but|and|so|ok|okay)\s*,?\s+)?why\s+(?:is|was|are|were|would\s+(?:that|it|this)\s+be)\s+(?:that|it|this|those|these|they)?\s*(?:so\s+|such\s+an?\s+|really\s+|even\s+|that\s+|considered\s+)?(\p{L}+)\s*[?!.]*\s*$/iu

/** "How do I … after …?": the doing asked (group 1), then what it comes after (group 2). */
const AFTER_SETTING =
  /^\s*how\s+(?:do|does|did|can|could|should|would|will|to)\b(.*?)\b(?:after|following)\s+([^?.!]+)[?.!\s]*$/i

/** What "how …" asks the measure of ("how long", "how often"): a frame, no word of its own. */
const HOW_MEASURE = new Set(['long', 'much', 'many', 'often', 'soon', 'far'])
/** "take" of "how long does it take?": a light verb, saying nothing of what is asked about. */
const TAKES = new Set(['take', 'takes', 'took', 'taking'])

/** "without it", "without them": the absence of what the conversation points back at. */
const WITHOUT_IT = /\bwithout\s+(?:it|them|that|this|those|these)\b/i

/**
 * A question word alone ("why?", "how?", "how so?", "what"): after an answer it asks that answer's
 * question again (see retrieve), but as a first message it asks of nothing: declined as such, not
 * as a question no passage matches.
 */
const BARE_QUESTION = /^\s*(?:why|how(?:\s+so)?|what|when|where|who|which|really|huh)\s*[?!.]*\s*$/i

/**
 * A tag that opens an issue's title and names a package ("[zod-openapi]", "[node-server]"), not a
 * kind of issue ("[Question]": see ON_THE_QUESTION in question-message.ts).
 */
const PACKAGE_TAG = /^\s*\[([a-z0-9@][a-z0-9@/._-]*-[a-z0-9/._-]+)\]/i

/**
 * The terms of the APIs a problem report is about: of the names it writes as code that the
 * documents write as `inline code` too, the rarest in the documents, and those at most RARE_NAMES
 * times as frequent ("notFound" of "Custom notFound on a sub-app is ignored", "getResponse" of
 * "… return `err.getResponse()` … the header is missing"). Its names are those of its `inline
 * code` and of the code written into its prose without backticks (see UNMARKED_CODE), not of its
 * pasted code, which are mostly the reader's program. Undefined for a report that names no such
 * API (asked only of a question that reports a problem).
 */
function anchorsOf(corpus: Corpus, parts: MessageParts): string[] | undefined {
  const names = new Set<string>()
  for (const text of parts.inline) addCodeNames(names, text)
  for (const text of [parts.ask, ...parts.story])
    if (MAY_BE_CODE.test(text))
      for (const m of matchesOf(UNMARKED_CODE, text)) addCodeNames(names, m[0])
  if (parts.code.length) addSpelledNames(names, parts)
  // A name of theirs typed whole in small letters ("bearerauth returns 400 …") in the title or the
  // sentence that asks is the API asked about, as `bearerAuth` is; in the story it may be a
  // word for the thing ("the websocket import"), not their API.
  for (const text of [parts.title ?? '', parts.ask])
    for (const w of words(text)) if (writtenParts(corpus, w)) names.add(stem(w))
  const byRarity = [...names]
    .map((t) => ({ t, n: corpus.index.frequency(t) }))
    .filter((x) => x.n > 0)
    .sort((a, b) => a.n - b.n || (a.t < b.t ? -1 : 1))
  let rarest: number | undefined
  const anchors: string[] = []
  for (const { t, n } of byRarity) {
    if (rarest !== undefined && n > rarest * RARE_NAMES) break
    if (!writtenAsCode(corpus, t)) continue
    rarest ??= n
    anchors.push(t)
  }
  return anchors.length ? anchors : undefined
}

/**
 * Adds to `names` the stems of the names of a report's pasted code that its prose spells out in
 * words: "not found handled by sub" of `sub.notFound(…)`. Said in words, the API is what the
 * report is about, as one written as code is; the rest of its code stays the reader's program.
 * (Before, the report was read without an anchor, and "If both a parent app and its routes have
 * `onError` handlers …" led the Hono page's "The `notFound` method is only called from the
 * top-level app.")
 */
function addSpelledNames(names: Set<string>, parts: MessageParts): void {
  const prose: string[] = []
  for (const text of [parts.title ?? '', parts.ask, ...parts.story]) prose.push(...words(text), '')
  // A status code the prose writes names the API of that status ("its own 404 handler" of
  // `api.notFound(…)`): see STATUS_NAMES.
  const statuses = new Set(prose.flatMap((w) => STATUS_NAMES.get(w) ?? []))
  for (const code of parts.code)
    for (const { word, parts: ps } of tokens(code)) {
      const t = stem(word)
      if (names.has(t)) continue
      if ((ps.length >= 2 && hasRun(prose, ps)) || statuses.has(t)) names.add(t)
    }
}

/**
 * Adds to `names` the stems of the names a piece of code writes (see anchorsOf). (A function of
 * the module, not a closure made per question: tsx names every closure it makes, ~1% of an
 * answer.)
 */
function addCodeNames(names: Set<string>, code: string): void {
  for (const { word } of tokens(code))
    if (word.length >= 3 && IDENTIFIER.test(word) && !SYNTAX.has(word)) names.add(stem(word))
}

/** The own concepts of the words that tell a choice's sides apart (see choiceWords), if any. */
function offered(concepts: Concept[], ask: string): string[] | undefined {
  const sides = choiceWords(ask)
  if (!sides) return undefined
  const own = concepts.filter((c) => !c.fromHistory && sides.includes(c.word.toLowerCase()))
  return own.length ? own.map((c) => c.word) : undefined
}

/**
 * A message that is only a term ("attachment trauma??", "exposure therapy", "TRUST") asks what
 * it is, as "What is attachment trauma?" does: up to three words, none a function word, a frame
 * ("cookie example?" asks for an example) or the documents' own subject ("hono rpc", "read
 * cookie hono": the subject says nothing of what is asked). The message as "What is X?", or as it
 * was. (Before, "attachment trauma??" led with what attachment trauma can produce.)
 */
function asTermAlone(corpus: Corpus, ask: string): string {
  const bare = TERM_ALONE.exec(ask)
  // (Nor a name written in camel case, "basicAuth": the page it names says what it is, in its
  // opening, which need not read as a definition.)
  if (!bare || /\p{Ll}\p{Lu}/u.test(bare[1])) return ask
  const ws = words(bare[1])
  return ws.every(
    (w) => !STOPWORDS.has(w) && !FRAME_WORDS.has(w) && !onNearlyEveryPage(corpus, stem(w)),
  )
    ? `what is ${bare[1]}?`
    : ask
}

/** One to three words of letters (hyphens within), then only question marks or stops. */
const TERM_ALONE = /^\s*(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,2})\s*[?!.]*\s*$/u

/**
 * "const all = c.req.header(); all['X-Request-Id'] // undefined": a call the reader pastes with
 * empty parentheses is that call with no arguments, and where the documents say what it does so
 * ("When `c.req.header()` is called with no arguments, all keys in the returned record are
 * lowercase."), the question says it too: " with no arguments" is read at its end. Without it,
 * the reader's `header` met every sentence on reading one header by its name. Only a method
 * (`.name()`), and only where some page writes `name()` with "with no arguments" or "without
 * arguments" (or parameters) later in the same sentence: `logger()`, `cors()` are called so in
 * every example and say nothing of arguments.
 */
function withNoArguments(corpus: Corpus, question: string): string {
  if (!question.includes('()') || ARGUMENTS_SAID.test(question)) return question
  for (const m of question.matchAll(EMPTY_METHOD_CALL)) {
    const call = `${m[1]}()`
    if (scannedOnce(corpus, `no arguments:${call}`, () => (text) => saysNoArguments(text, call)))
      return `${question} with no arguments`
  }
  return question
}
const EMPTY_METHOD_CALL = /\.([A-Za-z_$][\w$]*)\(\)/g
const ARGUMENTS_SAID = /\b(?:arguments?|parameters?)\b/i
const NO_ARGUMENTS = /\b(?:with\s+no|without)\s+(?:any\s+)?(?:arguments?|parameters?)\b/i
/** How far past a call its sentence is read for "with no arguments" (to its full stop). */
const NO_ARGUMENTS_REACH = 200

/** Some sentence of `text` writes `call` and then says it is made with no arguments. */
function saysNoArguments(text: string, call: string): boolean {
  for (let at = text.indexOf(call); at >= 0; at = text.indexOf(call, at + 1)) {
    const stop = text.indexOf('. ', at + call.length)
    const end = stop < 0 ? at + NO_ARGUMENTS_REACH : Math.min(stop, at + NO_ARGUMENTS_REACH)
    if (NO_ARGUMENTS.test(text.slice(at, end))) return true
  }
  return false
}

/**
 * A string literal passed to a call or used as an index in the reader's code: after "(", "[" or
 * ", " and closed by ")", "]" or ",", as in `header('X-Request-Id')`, `record['x-id']`.
 */
const PASSED_STRING = /[([,]\s*(['"])([^'"\n]{1,60})\1\s*(?=[)\],])/g

/**
 * A string a command's flag takes (`curl -H 'X-Tenant-ID: acme'`, `--header "Authorization: …"`):
 * the reader's request as they send it, a header and its value, all of it their data.
 */
const FLAG_STRING = /(?:^|[\s`])--?[A-Za-z][\w-]*\s+(['"])([^'"\n]{1,80})\1/g

/** A key's or a header's name: words joined by hyphens or underscores, or in camelCase. */
const KEY_SHAPED = /^[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+)+$|^\p{Ll}+\p{Lu}/u

/**
 * The strings the question's code passes or indexes by (see PASSED_STRING), each whole, and the
 * words of those shaped as a key's name (see KEY_SHAPED) or that a command's flag takes (see
 * FLAG_STRING), if any: the reader's data. A string of plain words ("view engine", "ejs") may be
 * the very setting asked about.
 */
function passedStrings(question: string): { whole: Set<string>; words: Set<string> } | undefined {
  if (!question.includes("'") && !question.includes('"')) return undefined
  let out: { whole: Set<string>; words: Set<string> } | undefined
  for (const m of question.matchAll(PASSED_STRING)) {
    out ??= { whole: new Set(), words: new Set() }
    out.whole.add(m[2].toLowerCase())
    if (KEY_SHAPED.test(m[2])) for (const w of words(m[2])) out.words.add(plain(w).toLowerCase())
  }
  for (const m of question.matchAll(FLAG_STRING)) {
    out ??= { whole: new Set(), words: new Set() }
    for (const w of words(m[2])) out.words.add(plain(w).toLowerCase())
  }
  return out
}
