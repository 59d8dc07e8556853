// What a question's form says it asks about: the thing asked about, its object and predicate,
// a comparison, a term to define, a cause, what it sets aside, a problem it reports. (What it
// quotes is read in quoted-text.ts.)

import type { Corpus } from './corpus.ts'
import { editDistance } from './lexicon.ts'
import {
  baseForms,
  FRAME_WORDS,
  irregularStem,
  lettersSwapped,
  stem,
  STOPWORDS,
  TEXT_SPEAK,
  words,
} from './terms.ts'
import { LIMITS } from './weights.ts'
import { idiomsRead, POSSESSIVES, REFLEXIVE } from './reader-idioms.ts'
import type { AnalysedQuestion, Concept } from './question-types.ts'
import { isKnownTerm, tokensOf, wordBefore, wordsOf } from './reading-text.ts'
import { lastAsking, sentencesOf } from './question-message.ts'

/** Verbs that ask for a text to be made, not for what the documents say. */
const PRODUCERS = new Set('write compose draft generate translate rewrite'.split(' '))
/** Verbs that ask for what the documents say about the thing named after them. */
const EXPLAINERS = new Set(['explain', 'describe', 'summarize', 'summarise'])
/** Politeness before a request ("please", "can you", "could you"). */
const POLITE = new Set('please can could would will you pls plz'.split(' '))

/** A count before a noun ("two things", "3 skills", "several ways"). */
export const COUNT =
  /^(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several)$/

/** "(How) do I …", "(How) can we …", "(How) should you …": a question about doing something. */
export const HOW_AUXILIARIES = new Set(['do', 'can', 'should', 'could'])
export const HOW_SUBJECTS = new Set(['i', 'we', 'you', 'one'])

/**
 * What a question asks about (see askedAbout): a word, the noun after it that it may qualify, and
 * whether an article led to it.
 */
interface Asked {
  word: string
  head?: string
  article?: boolean
  /**
   * After an opener that asks whether ("Does health insurance cover …?"), the noun the subject
   * qualifies, when a verb follows it (see nounAfter).
   */
  next?: string
}

/** Openers of a question asking whether (see askedAbout), and the articles after them. */
const YES_NO_OPENERS = new Set('can could does do is are should will would'.split(' '))
const ARTICLES = new Set(['a', 'an', 'the'])

/** Words after "anything" that say what it is about ("Is there anything about …?"). */
const ABOUT = new Set(['about', 'on', 'regarding', 'concerning'])

/** Words that open a question about the thing named right after them. */
const OPENERS = new Set(['what', 'which', ...YES_NO_OPENERS])

/**
 * The word a question opens on as its subject, if any: the noun after "what"/"which" ("Which
 * antidepressant …"; after "of" for "What dose of sertraline …"), the subject after "can"/"does"/
 * "is" … ("Can meditation help …"). Not a function or framing word ("What does it mean …", "Is
 * there …", "What kind of …" reads on to the noun after "of"); in "(How) can I VERB X?", X; in a
 * request to explain X ("Explain EMDR therapy"), X; in a request to make a text ("Write a poem
 * about trust", "Translate … into French"), the thing to make: the documents answer with what
 * they say, and can write a poem only if they are about poems.
 */
export function askedAbout(ws: string[]): Asked | undefined {
  let start = 0
  while (start < ws.length - 1 && POLITE.has(ws[start])) start++
  // "Write a poem about …", "Translate … into French": the thing to make; "Explain EMDR
  // therapy", "Describe …": the thing to explain.
  if (PRODUCERS.has(ws[start]) || EXPLAINERS.has(ws[start])) return objectFrom(ws, start + 1)
  // "How do I send emails?", "How do I run a cron job …?", "Can I use prisma with hono?": what
  // the doing is done to. (The verb itself as the subject was tried: "How do I forgive …" then
  // abstained, but so did questions the pages answer.)
  const h = ws[0] === 'how' ? 1 : 0
  if (HOW_AUXILIARIES.has(ws[h]) && HOW_SUBJECTS.has(ws[h + 1]) && ws.length > h + 3)
    return objectFrom(ws, h + 3)
  // "how to send emails": the same without a subject.
  if (h && ws[1] === 'to' && ws.length > 3) return objectFrom(ws, 3)
  // "is there a way to use prisma …", "best way to add openapi docs", "I want to use prisma …":
  // what the doing after "way to" or "want to" is done to.
  const way = ws.findIndex((w, j) => j < 6 && WAY_TO.has(w) && ws[j + 1] === 'to')
  if (way >= 0 && ws.length > way + 3) return objectFrom(ws, way + 3)
  if (ws.length < 3 || !OPENERS.has(ws[0])) return undefined
  let i = 1
  if (ws[2] === 'of' && ws.length > 3) i = 3
  // "What is the best book …?", "What are some good books …?", "What are the four …?": past the
  // verb and the article, a judgement or a count leads to the thing asked for, as after "What's
  // a good …" (below).
  if (
    (ws[0] === 'what' || ws[0] === 'which') &&
    (ws[1] === 'is' || ws[1] === 'are') &&
    (ARTICLES.has(ws[2]) || ws[2] === 'some') &&
    (JUDGEMENTS.has(ws[3]) || COUNT.test(ws[3] ?? '')) &&
    ws.length > 4
  )
    i = 3
  // "Is there a rate limiter …?", "Are there any …": the thing asked for comes after "there".
  if (ws[1] === 'there' && (ws[0] === 'is' || ws[0] === 'are')) {
    i = 2
    while (i < ws.length - 1 && ['a', 'an', 'any', 'some'].includes(ws[i])) i++
    // "Is there anything about rate limiting?": what the thing is about.
    if (
      (ws[i] === 'anything' || ws[i] === 'something') &&
      ABOUT.has(ws[i + 1]) &&
      i < ws.length - 2
    )
      i += 2
  }
  // "Can a prenup protect me …?": after an opener that asks whether, an article leads to the
  // subject (only a word English does not know is taken for it: see analyse).
  const article = YES_NO_OPENERS.has(ws[0]) && ARTICLES.has(ws[i]) && i < ws.length - 1
  if (article) i++
  // "What two things …", "Which three skills …": a count says how many, the noun after it what.
  if (COUNT.test(ws[i]) && i < ws.length - 1) i++
  // "What's a good book …?" ("what's" is read as "what"), "the best app for …": an article
  // and a judgement only lead to the thing asked for. (After an article alone, as in "What's the
  // idea behind trust?", the noun may be a frame; it is not taken for the subject.)
  const judged = ws[0] === 'what' && i === 1 && ARTICLES.has(ws[1]) ? 1 : 0
  if (JUDGEMENTS.has(ws[i + judged])) i += judged
  // "Is there a built-in rate limiter?": what is built in. "Which specific techniques …": which
  // of them, not a kind of its own.
  while (
    (JUDGEMENTS.has(ws[i]) || NARROWING.has(ws[i]) || (ws[i] === 'built' && ws[i + 1] === 'in')) &&
    i < ws.length - 1
  )
    i += ws[i] === 'built' ? 2 : 1
  const w = ws[i]
  // (An activity first: "getting a dog", "having a pet" lead with a light verb, a function word,
  // to the thing they do, which is asked about as "taking a pill" is.)
  const activity = activityObject(ws, i)
  if (!activity && (STOPWORDS.has(w) || FRAME_WORDS.has(w) || w.length < 2 || NUMERAL.test(w)))
    return undefined
  const word = activity ?? w
  // A doing right after the word ("Would a dog help …?", "Can a pet make …?") ends the subject
  // there: the word is the thing itself, not an adjective before it.
  if (article) return word === w && DOINGS_ASKED.has(ws[i + 1] ?? '') ? { word } : { word, article }
  // "Which specific skills does it include?": a word between the opener and an auxiliary
  // modifies the noun after it ("Which antidepressant helps …?" has no such noun).
  const head = word === w && ASKING_AUXILIARIES.has(ws[i + 2]) ? headAfter(ws, i) : undefined
  if (head) return { word, head }
  const next = word === w && YES_NO_OPENERS.has(ws[0]) ? nounAfter(ws, i) : undefined
  return next ? { word, next } : { word }
}

/**
 * Doings a yes-no question asks of its subject ("Can a dog help …?", "Does a pet reduce …?"): after
 * "Can a X", one of them says X ends the subject. (An adjective's noun is no such word: "Does a
 * rough upbringing cause …?")
 */
const DOINGS_ASKED = new Set(
  'help helps work cause affect make improve reduce prevent protect lead heal hurt harm fix ruin damage change replace cure trigger'.split(
    ' ',
  ),
)

/** A word that reads as a plural: in -s, not -ss, -us or -is ("stress", "status", "analysis"). */
const PLURAL = /[^sui]s$/

/**
 * The word after `ws[k]` when a verb follows it (past adverbs in -ly: "Does health insurance
 * usually cover …"), so that it is the noun `ws[k]` qualifies, not the verb: "Can infidelity ruin a
 * marriage?" has an article after "ruin", "Is infidelity forgivable?" nothing, and "Can parents
 * prevent trauma?" a plural before it.
 */
function nounAfter(ws: string[], k: number): string | undefined {
  // "Can parents prevent …": a plural is the subject of the word after it; a compound's modifier
  // is singular ("health insurance", "support group").
  if (PLURAL.test(ws[k])) return undefined
  let v = k + 2
  while (v < ws.length && /..ly$/.test(ws[v]) && STOPWORDS.has(ws[v])) v++
  const verb = ws[v]
  if (!verb || STOPWORDS.has(verb) || FRAME_WORDS.has(verb) || NUMERAL.test(verb)) return undefined
  return headAfter(ws, k)
}

/**
 * A number or a size ("3", "500mb", "404s"): never what a question is about. A word that only
 * holds digits after its first letter ("i18n", "v5", "oauth2") names a thing like any word.
 */
export const NUMERAL = /^\d/

/** A word of letters run together with digits after them: "v5", "i18n", "s3", "oauth2". */
export const ALNUM_NAME = /^\p{L}+\p{N}[\p{L}\p{N}]*$/u

/**
 * Prepositions that tie what a how-to question does to a thing it is done to, with, in or from:
 * "connect hono to postgres using prisma", "do i18n in hono". Not "for": what a reader does
 * something for ("… for invoices", "… for tracing") is their purpose, scenery as often as not.
 */
const TIES = new Set('to with using via into from through in on inside within'.split(' '))

// (POSSESSIVES, the reader's own people and things, is defined with the reader's idioms.)
export { POSSESSIVES }

/**
 * Words that open another clause ("… like I do in Koa", "… after my girlfriend cheated with her
 * coworker", "… a middleware that …"): the things in it are not what the doing is tied to.
 */
export const CLAUSE_OPENERS = new Set(
  'like as unlike unless because since when whenever if while but so than instead without whereas after before until once where who which whom whose that'.split(
    ' ',
  ),
)

/**
 * The things a how-to question ties its doing to ("How do I connect hono to postgres using
 * prisma?": postgres, prisma), each the first word after such a preposition in the clause that
 * asks, with the word after it when that may be the noun it modifies ("in a kiosk app").
 */
export function complementsAsked(ws: string[]): Array<{ word: string; head?: string }> {
  const h = ws[0] === 'how' ? 1 : 0
  if (!HOW_AUXILIARIES.has(ws[h]) || !HOW_SUBJECTS.has(ws[h + 1])) return []
  const out: Array<{ word: string; head?: string }> = []
  for (let k = h + 3; k < ws.length - 1; k++) {
    if (CLAUSE_OPENERS.has(ws[k])) break
    if (!TIES.has(ws[k]) || POSSESSIVES.has(ws[k + 1])) continue
    const w = subjectFrom(ws, k + 1)
    if (w) out.push({ word: w, head: headAfter(ws, ws.indexOf(w, k + 1)) })
  }
  return out
}

/**
 * Words after which a setting phrase ("at work", "at home") has ended: the question's end, another
 * clause, or a conjunction. "at risk of …", "at the mercy of …" go on: the noun has a complement,
 * and names a state rather than a place.
 */
const SETTING_ENDS = new Set(['and', 'or', 'but', 'nor', ...CLAUSE_OPENERS])

/**
 * The bare noun of a setting the question places its doing in: "at" with a noun and no article
 * ("How do I rebuild trust at work?", "… on my own at home …"), the phrase ending there. Such a
 * phrase says where (at work, at home, at school), and advice for another setting does not meet
 * it. "at least", "at all", "at first" are stopwords, not nouns.
 */
export function settingsAsked(ws: string[]): string[] {
  const out: string[] = []
  for (let k = 0; k < ws.length - 1; k++) {
    if (ws[k] !== 'at') continue
    const w = ws[k + 1]
    // Not FRAME_WORDS: "work" frames "Does it work?", but "at work" is a place.
    if (STOPWORDS.has(w) || w.length < 3 || NUMERAL.test(w)) continue
    const after = ws[k + 2]
    if (after === undefined || SETTING_ENDS.has(after)) out.push(w)
  }
  return out
}

/** Prepositions that say by what a doing is done: "cured with …", "rebuilt by journaling", "healed via …". */
const MEANS = new Set('with by through using via'.split(' '))

/** Words that may open the noun phrase of a means ("with a prenup", "through some …"); not a possessive. */
const MEANS_DETERMINERS = new Set('a an the some any this that these those'.split(' '))

/** Most words of a means's noun phrase ("a private investigator", "a blood test"). */
const MEANS_WORDS = 3

/**
 * A word that says a doing done to the subject, or that can be: a participle ("cured", "rebuilt",
 * "broken") or an adjective of what can be done ("treatable", "possible"). A verb in its base or
 * -ing form before "with" is one whose object "with" names ("deal with", "cope with", "help
 * with"), and an adjective of feeling names a companion ("safe with", "awkward with").
 */
const doneWord = (w: string | undefined) =>
  w !== undefined &&
  !STOPWORDS.has(w) &&
  !FRAME_WORDS.has(w) &&
  (/..(?:ed|en|able|ible)$/.test(w) || irregularStem(w) !== undefined)

/**
 * "Can attachment trauma be cured with medication?", "Is it treatable with antidepressants?": the
 * head (last word) of the noun phrase that says by what means the doing is done, when a participle
 * or an adjective of what can be done (see doneWord) leads to its preposition and the phrase ends
 * the clause that asks. A means the documents never speak of is no part of what they say of the
 * doing: a sentence on the cure is not one on the cure by medication. Not the reader's own things
 * ("with my meds"), nor one side of a choice ("with medication or therapy", see unnamedChoice).
 */
export function meansAsked(ws: string[]): string[] {
  const out: string[] = []
  for (let k = 1; k < ws.length - 1; k++) {
    if (CLAUSE_OPENERS.has(ws[k])) break
    if (!MEANS.has(ws[k]) || !doneWord(ws[k - 1])) continue
    // "by" before a noun names the doer or the cause ("hurt by a coworker", "caused by a
    // divorce"), which a sentence on the doing may well cover; before a doing, the means.
    if (ws[k] === 'by' && !/..ing$/.test(ws[k + 1])) continue
    let i = k + 1
    while (i < ws.length && MEANS_DETERMINERS.has(ws[i])) i++
    let end = i
    while (end < ws.length && !STOPWORDS.has(ws[end]) && !CLAUSE_OPENERS.has(ws[end])) end++
    const rest = ws[end]
    if (end === i || end - i > MEANS_WORDS || (rest !== undefined && !CLAUSE_OPENERS.has(rest)))
      continue
    const head = ws[end - 1]
    if (!FRAME_WORDS.has(head) && head.length > 1 && !NUMERAL.test(head)) out.push(head)
  }
  return out
}

/** Words that judge the thing a question asks for rather than name it ("a good book"). */
const JUDGEMENTS = new Set(
  'good best better great decent right proper recommended reliable effective official native simple easy easier'.split(
    ' ',
  ),
)

/**
 * Words that pick some of a kind out, not a kind of their own: "Which specific techniques …",
 * "What exact steps …", "the particular ways …".
 */
const NARROWING = new Set('specific particular exact precise certain actual concrete'.split(' '))

/** Pronouns a count of people points at: "the two of them". */
export const PLURAL_PRONOUNS = new Set(['them', 'us', 'you', 'those', 'these'])

/** Auxiliaries that follow the subject of "Which … does / is / can …?". */
const ASKING_AUXILIARIES = new Set(
  'do does did is are was were can could should would will might may has have'.split(' '),
)

/**
 * The object of a verb from `k` on, and the word after it when that may be the noun it modifies:
 * in "How do I give it fake bindings …?" the thing is bindings, in "How do I run a cron job?" a
 * cron job. (After "Which antidepressant", the next word is a verb: no head is read there.)
 */
function objectFrom(ws: string[], k: number): { word: string; head?: string } | undefined {
  const word = subjectFrom(ws, k)
  if (!word) return undefined
  // "Should I talk to my sister …?": the reader's own people and things set the scene, as they
  // do when a doing is tied to them ("with my coworkers", see TIES).
  // "Should I go through my partner's phone …?": a thing of theirs is what is asked about.
  if (POSSESSIVES.has(ws[ws.indexOf(word, k) - 1])) {
    const owned = word === ws[ws.indexOf(word, k)] ? headAfter(ws, ws.indexOf(word, k)) : undefined
    return owned ? { word: owned } : undefined
  }
  return { word, head: headAfter(ws, ws.indexOf(word, k)) }
}

/** Words before "to" and a doing that say the reader is after that doing ("a way to", "want to"). */
const WAY_TO = new Set(['way', 'ways', 'want', 'wanna', 'need', 'trying'])

/** Words that compare by themselves ("worse", "more … than", "a different kind of treatment than"). */
const COMPARATIVES = new Set('more less fewer worse better different differently'.split(' '))

/** What a comparison sets its thing against when it only counts ("more than 100 requests", "more than one pair"). */
const COUNTED = /^(?:\d|one$|once$|twice$|a$|an$)/

/** "a header other than Authorization", "X rather than Y": what is set aside, not compared with. */
const SETS_ASIDE = new Set(['other', 'rather', 'else'])

/**
 * "Is attachment trauma worse for children whose parents divorced than for those who lost a
 * parent?", "Is it harder for men than for women?": a comparative ("worse", "more …", a word in
 * -er whose base English knows, as "harder" → "hard") with "than" at most eight words after it
 * asks the documents to set two things side by side. Not "other than", "rather than" (no
 * comparative), nor a count ("more than one", "more than 100 requests").
 */
export function comparisonAsked(corpus: Corpus, ws: string[]): boolean {
  if (comparedWith(ws) || bestAsked(ws)) return true
  const than = ws.indexOf('than')
  if (than < 1) return alternativesCompared(ws)
  if (SETS_ASIDE.has(ws[than - 1]) || COUNTED.test(ws[than + 1] ?? '')) return false
  for (let k = Math.max(0, than - 8); k < than; k++)
    if (COMPARATIVES.has(ws[k]) || adjectiveInEr(corpus, ws[k])) return true
  return false
}

/**
 * "How does pyenv compare to asdf?", "Hono compared with Express": one thing set beside another,
 * the comparison asked for in so many words. (Not "vs": "ipv4 vs ipv6 how to tell which", "workerd
 * vs bun vs node" ask to tell them apart or list them.)
 */
function comparedWith(ws: string[]): boolean {
  for (let k = 1; k + 1 < ws.length; k++) {
    const w = ws[k]
    if (COMPARE.has(w) && (ws[k + 1] === 'to' || ws[k + 1] === 'with') && k + 2 < ws.length)
      return true
  }
  return false
}

const COMPARE = new Set(['compare', 'compares', 'compared', 'comparing'])

/**
 * "Which of those is best for social anxiety?", "Which therapy is the most effective?": which of
 * several things is the best asks to rank them, which documents that only list them ("… like
 * CBT, exposure therapy, and social skills training") do not. Not "the best way / practice /
 * approach" of doing a thing, which asks how.
 */
function bestAsked(ws: string[]): boolean {
  if (ws[0] !== 'which') return false
  for (let k = 2; k < ws.length; k++) {
    // ("most" as the predicate, "is most" / "the most", as PREDICATING reads a comparative.)
    const best = ws[k] === 'best' || (ws[k] === 'most' && PREDICATING.has(ws[k - 1]))
    if (best && !HOW_NOUNS.has(ws[k + 1])) return true
  }
  return false
}

/** "the best way / practice / approach": how to do a thing, not which thing is best. */
const HOW_NOUNS = new Set(['way', 'ways', 'practice', 'practices', 'approach', 'approaches'])

/** Words before a comparative that make it the question's predicate: "the better choice", "is better". */
const PREDICATING = new Set(['the', 'is', 'are'])

/**
 * "Is CBT or exposure therapy more effective …?", "… is individual therapy or couples therapy
 * the better choice?", "Which is better, CBT or …?": a comparative said of two things joined by
 * "or" asks which of them is more so, a comparison as "than" makes one. Said of them: right after
 * the second (one or two words after "or"), or as the predicate ("the better", "is better"); not
 * the state a doing leads to ("Can CBT or exposure therapy help me feel better?"), nor "more or
 * less" (an estimate).
 */
function alternativesCompared(ws: string[]): boolean {
  const or = ws.indexOf('or')
  if (or < 1) return false
  for (let k = 1; k < ws.length; k++) {
    // (Only the words that compare by themselves: read as comparatives, "user", "handler" and
    // "lover" are not.)
    if (!COMPARATIVES.has(ws[k]) || ws[k + 1] === 'or') continue
    if (PREDICATING.has(ws[k - 1]) || (k - or >= 2 && k - or <= 3)) return true
  }
  return false
}

/** Words that say how likely a thing is: what "more likely", "a higher risk" compare. */
const LIKELIHOOD = new Set(
  'likely unlikely prone probable risk risks chance chances odds'.split(' '),
)

/**
 * "Are anxious people more likely to cheat?", "Do they run a higher risk of …?": a comparative
 * right before a word of likelihood compares one group's odds with the rest's, though no "than"
 * names the rest: a sentence that compares answers it, or one that says a cause (what raises the
 * odds of a thing is what makes it more likely), but not one that only names both.
 */
function likelihoodCompared(corpus: Corpus, ws: string[]): boolean {
  for (let k = 0; k < ws.length - 1; k++)
    if (LIKELIHOOD.has(ws[k + 1]) && (COMPARATIVES.has(ws[k]) || adjectiveInEr(corpus, ws[k])))
      return true
  return false
}

/**
 * Odds compared (see likelihoodCompared), and what "more likely to cheat", "a higher risk of
 * relapse" compares them of: the first word after the word of likelihood and its "to" / "of" that
 * is no stopword ("cheat"), if any. Undefined when no odds are compared.
 */
export function oddsAsked(corpus: Corpus, ws: string[]): { of?: string } | undefined {
  if (!likelihoodCompared(corpus, ws)) return undefined
  const k = ws.findIndex((w) => LIKELIHOOD.has(w))
  for (let i = k + 1; i < ws.length; i++) if (!STOPWORDS.has(ws[i])) return { of: ws[i] }
  return {}
}

/** "harder", "bigger", "happier": a word in -er whose base form English uses as a word. */
function adjectiveInEr(corpus: Corpus, w: string): boolean {
  return (
    /..er$/.test(w) &&
    !STOPWORDS.has(w) &&
    baseForms(w).some((b) => b.length > 2 && isKnownTerm(corpus, stem(b)))
  )
}

/**
 * "And if it's not there?", "what if they're gone?": a thing pointed at being absent is what
 * "without it" says, and documents say it so ("Without trust, there's always a fear …").
 */
const ABSENT =
  /\b(?:if|when)\s+(it|that|this|they)(?:\s*['’](?:s|re)|\s+(?:is|are))?\s+(?:not\s+there|not\s+present|gone|missing|absent)\b|\b(?:if|when)\s+(it|that|this|they)\s+(?:is|are)n['’]t\s+there\b/giu

/** The question with an absence said as "without" (see ABSENT). */
export const withoutForAbsent = (question: string) =>
  // (Both words looked for first, without the expression: few questions have them.)
  /\b(?:if|when)\b/i.test(question) && /there|present|gone|missing|absent/i.test(question)
    ? question.replace(ABSENT, (_, a?: string, b?: string) => `without ${a ?? b}`)
    : question

/** Pronouns that stand for a clause after the predicate: "Is it a crime if …", "Is that a … to …". */
const CLAUSE_PRONOUNS = new Set(['it', 'that', 'this'])

/**
 * "Is it a crime if my partner …?": a question whose subject is a pronoun standing for what the
 * reader tells asks whether a name fits it, the noun right after the article: the documents can
 * say so only if they speak of it. A judgement of doing ("Is it a good idea to have a revenge
 * affair …?") asks about the doing, as "Should I have …?" does: the thing done is the subject.
 */
export function predicateAsked(ws: string[]): { word: string; act: boolean } | undefined {
  if (['is', 'was'].includes(ws[0]) && CLAUSE_PRONOUNS.has(ws[1]) && JUDGED_DOINGS.has(ws[2]))
    return judgedDoing(ws)
  if (!['is', 'was'].includes(ws[0]) || !CLAUSE_PRONOUNS.has(ws[1]) || !ARTICLES.has(ws[2]))
    return undefined
  let k = 3
  while (k < ws.length && !CLAUSE_OPENERS.has(ws[k]) && ws[k] !== 'to') k++
  const noun = ws[k - 1]
  if (k === 3 || !noun || STOPWORDS.has(noun) || FRAME_WORDS.has(noun) || NUMERAL.test(noun))
    return undefined
  // "Is that a normal reaction?" asks whether it is normal: a judged noun only names the kind of
  // thing the reader told, and the judgement is left to coverage.
  if (ws[k] !== 'to') return k === 4 ? { word: noun, act: false } : undefined
  const done = objectFrom(ws, k + 2)?.word
  return done ? { word: done, act: true } : undefined
}

/**
 * Words that judge whether a doing is allowed or wise ("Is it ok to …", "Is it legal for me to
 * …"), not whether it can be done ("possible") or is common ("normal", read as a frame).
 */
const JUDGED_DOINGS = new Set(
  'ok okay alright legal illegal wrong right acceptable bad healthy unhealthy safe unsafe fair unfair appropriate ethical wise selfish'.split(
    ' ',
  ),
)

/**
 * "Is it ok to check my partner's phone …?", "Is it legal for me to go through my husband's phone
 * …?": the thing the judged doing is done to, asked about as "Should I go through my partner's
 * phone?" asks it (act: read as a subject is). Only a thing a noun phrase names (after an article
 * or a possessive): in "Is it okay to let myself cry …?" the word after the verb is a doing.
 */
function judgedDoing(ws: string[]): { word: string; act: boolean } | undefined {
  const to = ws[3] === 'to' ? 3 : ws[3] === 'for' && ws[5] === 'to' ? 5 : -1
  if (to < 0) return undefined
  const done = objectFrom(ws, to + 2)?.word
  const at = done === undefined ? -1 : ws.indexOf(done, to + 2)
  const named = at > 0 && ws.slice(to + 2, at).some((w) => OBJECT_OPENERS.has(w))
  return done && named ? { word: done, act: true } : undefined
}

/** Auxiliaries that open a yes-no question whose subject then does what its verb says. */
const DOING_OPENERS = new Set('does do did can could will would'.split(' '))

/** "have" as the verb of a yes-no question ("Does Hono have a …?"): a function word elsewhere. */
const HAVE = new Set(['have', 'has'])

/** Words that open the object's noun phrase after the verb ("support the …", "fix my …"). */
const OBJECT_OPENERS = new Set(
  'a an the my your his her our their any some this these those'.split(' '),
)

/** A word that may stand in a noun phrase: not a function or frame word, a number or one letter. */
const phraseWord = (w: string | undefined) =>
  w !== undefined && !STOPWORDS.has(w) && !FRAME_WORDS.has(w) && w.length > 1 && !NUMERAL.test(w)

/**
 * "Does Hono support GraphQL subscriptions over websockets?", "Can CBT fix my trust issues?": the
 * head (last word) of the object of the verb a yes-no question asks its subject to do ("have" too:
 * "Does Hono have a rate limiter?"). Without a
 * parser, the subject, verb and object run together as words with no function word between; the
 * object is the end of that run when it holds three words or more (subject, verb, object: a
 * shorter one may be a subject and its verb, "exposure therapy help"), or the run after an
 * article or possessive that ends it ("fix my trust issues"). Undefined otherwise.
 */
export function objectHeadAsked(ws: string[]): string | undefined {
  if (!DOING_OPENERS.has(ws[0])) return undefined
  let k = ARTICLES.has(ws[1]) ? 2 : 1
  const start = k
  while (phraseWord(ws[k])) k++
  let run = k - start
  // "Does Hono have a rate limiter?": "have", a function word, is the verb before the object.
  if (run >= 1 && HAVE.has(ws[k]) && OBJECT_OPENERS.has(ws[k + 1])) {
    k++
    run++
  } else if (run >= 1 && HAVE.has(ws[k]) && phraseWord(ws[k + 1])) {
    // "Does Hono have rate limiting?": a mass noun or a plural needs no article after "have"
    // (read as no object, the question was answered from the Body Limit Middleware's "limit").
    k++
    while (phraseWord(ws[k])) k++
    return endsObject(ws[k]) ? ws[k - 1] : undefined
  }
  if (OBJECT_OPENERS.has(ws[k]) && run >= 2) {
    while (OBJECT_OPENERS.has(ws[k])) k++
    const from = k
    while (phraseWord(ws[k])) k++
    return k > from ? ws[k - 1] : undefined
  }
  // The phrase ends the clause, or a preposition, conjunction or another clause follows it ("…
  // subscriptions over websockets"): before an adverb ("… content swap still work") the run may
  // be all subject, its verb still to come.
  return run >= 3 && endsObject(ws[k]) ? ws[k - 1] : undefined
}

/** Whether `w` may follow an object's noun phrase: nothing, a preposition or another clause. */
const endsObject = (w: string | undefined) =>
  w === undefined || OBJECT_ENDS.has(w) || CLAUSE_OPENERS.has(w)

/** Words that may follow an object's noun phrase: prepositions and conjunctions. */
const OBJECT_ENDS = new Set(
  'over in on of for with to from via through using into within without across at by and or but'.split(
    ' ',
  ),
)

/** The word after `ws[k]`, when it may be a noun that `ws[k]` modifies. */
export function headAfter(ws: string[], k: number): string | undefined {
  const next = ws[k + 1]
  return next &&
    !STOPWORDS.has(next) &&
    !FRAME_WORDS.has(next) &&
    next.length > 1 &&
    !NUMERAL.test(next)
    ? next
    : undefined
}

/** Question and exclamation marks run together ("??", "?!"), which spelledOut makes one "?". */
const MARKS_RUN = /\?[?!]|!\?/

/**
 * A word of TEXT_SPEAK standing alone (see hasShorthand): every word SHORTHAND spells out stands
 * so, between characters that are neither letters, digits nor "_".
 */
const SHORTHAND_RUN = new RegExp(
  `\\b(?:${[...TEXT_SPEAK.keys()].filter((k) => /^[a-z]+$/.test(k)).join('|')})\\b`,
)

/** Whether the text may hold a word of TEXT_SPEAK that SHORTHAND would spell out. */
const hasShorthand = (text: string) => SHORTHAND_RUN.test(text)

/** A word of chat shorthand as typed ("wat", "r", "u", "y"), outside `inline code`. */
const SHORTHAND = /`[^`\n]*`|(?<![\p{L}\p{N}_$.'’-])\p{Ll}+(?![\p{L}\p{N}_$('’-])/gu

/**
 * The text with its chat shorthand spelled out ("wat r the signs" → "what are the signs"), for
 * the readers of a question's form (what it defines, what cause it asks, what answer it expects),
 * which match the words a question is asked with. Only a word typed in small letters is
 * shorthand: "R" or "U" may be a name.
 */
export function spelledOut(text: string): string {
  // Most questions have neither: a match of SHORTHAND is a whole run of small letters, so one
  // spelled out is a run of a-z that TEXT_SPEAK knows (looked for without the expression).
  if (!MARKS_RUN.test(text) && !hasShorthand(text)) return text
  return text
    .replace(SHORTHAND, (w) => (w.startsWith('`') ? w : (TEXT_SPEAK.get(w) ?? w)))
    .replace(/[?!]*\?[?!]*/g, '?')
}

/**
 * The words of the question itself: its last sentence that asks, not the statement before it,
 * text-speak spelled out and swapped auxiliaries read as meant (what askedAbout and actionAsked read).
 */
export function askingWords(ask: string): string[] {
  return wordsOf(lastAsking(ask, ask))
    .map((w) => TEXT_SPEAK.get(w) ?? w)
    .map((w, i, all) => asTyped(wordBefore(all, i), w, all[i + 1]))
}

/**
 * "… answer 403, or does it just leave out the header?", "which value do I get, first or last?":
 * a question that offers its answers joined by "or" asks which of them holds. The words of each
 * side that the other lacks (the second side runs from "or" to the question mark, the first back
 * from "or" to the clause's start), lower case; undefined without such a choice.
 */
export function choiceWords(ask: string): string[] | undefined {
  const text = lastAsking(ask, '').toLowerCase()
  const or = CHOICE_OR.exec(text)
  if (!or) return undefined
  const second = words(text.slice(or.index + or[0].length).split('?')[0])
  const first = words(text.slice(0, or.index).split(CLAUSE_START).pop()!)
  if (first.some((_, i) => examplesAt(first, i))) return undefined
  // Sides of a few words offer things ("first or last", "301, 302 or 308"); clauses ("does the
  // middleware answer 403, or does it leave the header out") restate the question's topic on
  // each side, in words any sentence on it says.
  if (!first.length || !second.length || Math.max(first.length, second.length) > CHOICE_WORDS)
    return undefined
  const distinct = [
    ...first.filter((w) => !second.includes(w)),
    ...second.filter((w) => !first.includes(w)),
  ].filter((w) => !STOPWORDS.has(w))
  return distinct.length ? distinct : undefined
}

/** The most words a side of a choice has (see choiceWords). */
const CHOICE_WORDS = 3

/** The last "or" of a sentence that offers a choice (not "or so", "or not", "and/or"). */
const CHOICE_OR = /,?\s+or\s+(?!so\b|not\b)(?![^?]*\bor\s)/

/**
 * Whether word i of `ws` is the first of examples ("something like busboy or formidable", "e.g.
 * koa or express", "such as …"): "… a middleware for parsing multipart, something like busboy or
 * formidable?" gives examples of what it asks for, offering no choice between them.
 */
export function examplesAt(ws: readonly string[], i: number): boolean {
  const [a, b] = [ws[i - 2], ws[i - 1]]
  return (
    // Not "like" alone: "how long does it last, like weeks or months?" asks which.
    (b === 'like' && (a === 'something' || a === 'anything' || a === 'things')) ||
    b === 'eg' ||
    (a === 'e' && b === 'g') ||
    (a === 'such' && b === 'as') ||
    (a === 'for' && (b === 'example' || b === 'instance'))
  )
}

/** Where the first side of a choice starts, looking back from its "or". */
const CLAUSE_START = /[,;:(—–]\s|\s-\s|\?\s/

/**
 * "Should I tell my kids …?", "do i tell her …": telling someone is what is asked about, a doing
 * the documents may never discuss; elsewhere "tell" only frames a request ("tell me what …", "can
 * you tell me …") or means setting a tool ("how do I tell Hono which port …") and stays a
 * function word.
 */
export const TELLS = new Set(['tell', 'tells', 'telling', 'told'])
/** The person objects that make "tell" a telling (see TELLS). */
export const TOLD = new Set(
  'my our his her their your him them anyone someone everyone anybody somebody everybody nobody people'.split(
    ' ',
  ),
)

/**
 * The verb of "Can I VERB …?", "Should we VERB …?" (not "How can I …?": a way may have other
 * words), and of "How should a couple VERB …?", "How should partners VERB …?": advice on a doing
 * the documents never speak of is not theirs to give.
 */
export function actionAsked(ws: string[]): string | undefined {
  // How to tell someone ("How do I tell my gf about …?", "How should parents tell their children
  // …?"), or what to tell them ("What should I tell my kids about …?"), is asked of the telling as
  // well: the way has no other words.
  if ((ws[0] === 'how' || ws[0] === 'what') && HOW_AUXILIARIES.has(ws[1])) {
    const k = ARTICLES.has(ws[2]) ? 4 : 3
    if (TELLS.has(ws[k]) && TOLD.has(ws[k + 1])) return ws[k]
  }
  if (ws[0] === 'how' && ws[1] === 'should') {
    const k = ARTICLES.has(ws[2]) ? 4 : 3
    const w = ws[k]
    return !w || STOPWORDS.has(w) || FRAME_WORDS.has(w) || STOPWORDS.has(ws[k - 1]) ? undefined : w
  }
  if (!['can', 'could', 'should'].includes(ws[0]) || !HOW_SUBJECTS.has(ws[1])) return undefined
  const w = ws[2]
  // ("tell", a function word elsewhere, is a doing when someone is told: "Should I tell my kids …?")
  if (TELLS.has(w) && TOLD.has(ws[3])) return w
  return !w || STOPWORDS.has(w) || FRAME_WORDS.has(w) ? undefined : w
}

/** The subject offered beside `word` ("X or Y"): Y, read as subjects are (see subjectFrom). */
export function alternativeTo(ws: string[], word: string | undefined): string | undefined {
  const k = word === undefined ? -1 : ws.indexOf(word)
  return k >= 0 && ws[k + 1] === 'or' ? subjectFrom(ws, k + 2) : undefined
}

/** The first word of `ws` from `k` on that is not a function word, if it can name a subject. */
function subjectFrom(ws: string[], k: number): string | undefined {
  while (k < ws.length && STOPWORDS.has(ws[k])) k++
  const w = ws[k]
  if (!w || FRAME_WORDS.has(w) || w.length < 2 || NUMERAL.test(w)) return undefined
  return activityObject(ws, k) ?? w
}

/**
 * "Should I take anti-anxiety medication …?": a word joined to the next by a hyphen makes one
 * modifier with it, and the thing asked about is the noun after both (the words as read have lost
 * the hyphen: "anti", "anxiety").
 */
export function compoundHead(ask: string, about: Asked | undefined): Asked | undefined {
  if (!about?.head || !ask.includes('-')) return about
  const joined = new RegExp(`\\b${about.word}-${about.head}\\s+(\\p{L}+)`, 'iu').exec(ask)
  const noun = joined?.[1].toLowerCase()
  return noun && !STOPWORDS.has(noun) && !FRAME_WORDS.has(noun) ? { word: noun } : about
}

/** Words that open a noun phrase: an article or a possessive. */
const NOUN_OPENERS = new Set('a an the my your his her their our some'.split(' '))

/**
 * When the subject at `k` is an activity done to a thing ("joining a group", "seeing a
 * counselor", "taking the pill"), that thing is what is asked about: the documents speak of
 * "support groups", not of joining. A bare gerund ("Can meditating help?") stays the subject.
 */
function activityObject(ws: string[], k: number): string | undefined {
  if (!/..ing$/.test(ws[k]) || !NOUN_OPENERS.has(ws[k + 1] ?? '')) return undefined
  return subjectFrom(ws, k + 1)
}

/** "What is X?", "What are the X of Y?", "Define X", "Meaning of X": X, up to its first preposition. */
export const DEFINITION =
  /^(?:what(?:\s+exactly)?(?:'s| is| are|\s+counts?\s+as)|define|definition of|meaning of)\s+(?:a |an |the )?([^?]+?)(?:\s+(in|of|behind|for|on|at|with|within|between|and|to)\s+(?:a |an |the )?([^?]*?))?\s*\??$/i
export const MEANING =
  /^what (?:does|do) (?:a |an |the )?([^?]+?) mean(\s+(?:in|for|to|within|between|when)\b[^?]*)?\s*\??$/i
/** Words that ask what a thing is when they head the question: "the meaning of trust", "the idea behind CBT". */
const WHAT_IT_IS = new Set(
  'meaning definition point idea concept core essence gist purpose basis'.split(' '),
)
/** "trust in a relationship = ??": what the term equals is asked, as "What is trust …?" asks it. */
const EQUALS_ASKED = /^([^=?]+?)\s*=\s*\?+$/

/**
 * "attachment trauma what even is it??", "CBT, what is that?": the term said first, then asked
 * what it is by a pronoun, as "What is attachment trauma?" asks it. A term of one to four words
 * that does not open as a question or a clause does ("is it …", "I …").
 */
const NAMED_THEN_ASKED =
  /^(?!(?:what|how|why|when|where|who|which|is|are|can|could|does|do|did|should|would|will|i|my|so|and|but|ok|okay)\b)((?:[\p{L}\p{N}'’-]+\s+){0,3}[\p{L}\p{N}'’-]+)\s*[,:;.!?-]*\s+what(?:\s+even)?(?:'s|’s|\s+is|\s+are)\s+(?:it|that|this|they|those|these)(?:\s+even|\s+exactly)?\s*[?!.]*$/iu

/** A term's end: the next preposition or clause ("the point of therapy for children"). */
const TERM_END = /\s+(?:in|of|for|on|at|with|within|between|and|to|when|if)\b.*$/i

/**
 * "How does the article define trust?", "How does it describe what trust means in a
 * relationship?", "How does the broken-trust article describe what trust essentially is?", "How
 * is trust defined?": asked how the documents (or a thing they name) define or describe a term,
 * what the term is is asked. (Not asked of what the reader does: "How do I explain to my kids …".)
 */
const DESCRIBED =
  /^how\s+(?:does|do|did|would|will)\s+(?!(?:i|we|you)\b)(?:[\w'’-]+\s+){0,3}?(define|describe|explain|characteri[sz]e)\s+(.+?)\s*\??$/i
const HOW_DEFINED =
  /^how\s+(?:is|are|was|were)\s+(.+?)\s+(defined|described|characteri[sz]ed)(?:\s+(?:in|by)\b[^?]*)?\s*\??$/i
const WHAT_IT_MEANS = /^what\s+(.+?)\s+(?:really\s+|actually\s+|essentially\s+)?means?\b(.*)$/i
const WHAT_TERM_IS =
  /^what\s+(.+?)\s+(?:really\s+|actually\s+|essentially\s+|exactly\s+)?(?:is|are)$/i

/**
 * The question as DEFINITION or MEANING reads it when it asks how a term is defined (see
 * DESCRIBED), and its verb ("define", "described"), which only asks what the term is.
 */
function asDefinition(question: string): { question: string; verb?: string } {
  const passive = HOW_DEFINED.exec(question)
  if (passive) return { question: `what is ${passive[1]}?`, verb: passive[2].toLowerCase() }
  const m = DESCRIBED.exec(question)
  if (!m) return { question }
  const verb = m[1].toLowerCase()
  const means = WHAT_IT_MEANS.exec(m[2])
  if (means) return { question: `what does ${means[1]} mean${means[2]}?`, verb }
  const is = WHAT_TERM_IS.exec(m[2])
  return { question: `what is ${is ? is[1] : m[2]}?`, verb }
}

/**
 * The term a question asks to define, its words as their concepts' alternatives, and the words
 * that only ask what it is ("meaning", "idea" of "What is the idea behind CBT?").
 */
export function definedTerm(
  ask: string,
  concepts: Concept[],
): { term: Array<Set<string>>; asking: string[]; named: Concept[]; placed: boolean } | undefined {
  // (EQUALS_ASKED looked for only in a question with "=": its lazy run is tried at every length.)
  // (NAMED_THEN_ASKED looked for only in a question with "what".)
  let asked = ask.includes('=') ? ask.trim().replace(EQUALS_ASKED, 'what is $1?') : ask.trim()
  if (/\bwhat\b/i.test(asked)) asked = asked.replace(NAMED_THEN_ASKED, 'what is $1?')
  const described = asDefinition(asked)
  const question = described.question
  const m = DEFINITION.exec(question)
  const meaning = m ? undefined : MEANING.exec(question)
  let term = m?.[1] ?? meaning?.[1]
  if (term === undefined) return undefined
  // The rest of the question only places the term ("in a relationship", "for adults"), except
  // after "of", which names the thing asked about ("the effects of betrayal").
  let placed = Boolean(meaning?.[2] || (m?.[2] && !/^(?:of|behind)$/i.test(m[2])))
  // "What is the meaning of trust?": the term is what follows.
  const head = words(term).filter((w) => !STOPWORDS.has(w))
  let asking: string[] = []
  if (
    m?.[3] &&
    /^(?:of|behind)$/i.test(m[2]) &&
    head.length &&
    head.every((w) => WHAT_IT_IS.has(w))
  ) {
    term = m[3].replace(TERM_END, '')
    placed = term !== m[3]
    asking = head
  }
  const ws = words(term).filter((w) => !STOPWORDS.has(w))
  if (!ws.length || ws.length > 4) return undefined
  const out: Array<Set<string>> = []
  const named: Concept[] = []
  for (const w of ws) {
    const c = concepts.find((x) => !x.fromHistory && (x.word === w || x.alts.has(stem(w))))
    if (!c) return undefined
    named.push(c)
    out.push(strongTerms(c))
    // A name typed whole that the documents write in parts ("honorequest", their `HonoRequest`)
    // has as many words as typed in their way, each a part: "The `HonoRequest` is …" defines it.
    if (c.word === w && c.parts && !c.parts.some((p) => ws.some((x) => x !== w && stem(x) === p)))
      for (let k = 0; k < c.parts.length; k++) {
        named.push(c)
        out.push(strongTerms(c))
      }
  }
  // "What counts as a binding?": "counts" only asks what it is.
  const counting = COUNTS_AS.exec(question)?.[1]
  if (counting) asking = [...asking, counting.toLowerCase()]
  // "What does trust mean …?": "mean" only asks what it is, as "is" of "What is trust …?" does;
  // so do "define" of "Define trust" and the verb of "How is trust defined?" (else "Attachment
  // trauma is defined as …" met it).
  if (meaning) asking = [...asking, 'mean']
  const opener = /^(define)\b/i.exec(question)?.[1] ?? described.verb
  if (opener) asking = [...asking, opener.toLowerCase()]
  return { term: out, asking, named, placed }
}

/** "What (exactly) counts as X?": the verb that asks what X is. */
const COUNTS_AS = /^what(?:\s+exactly)?\s+(counts?)\s+as\b/i

/** Question words, and the auxiliaries that follow them. */
const WH = new Set(['what', 'how', 'why', 'where', 'when', 'who', 'which'])
const AUXILIARIES = ['does', 'did', 'can', 'are', 'was', 'were', 'should', 'would', 'could']

/** Words after which "dose" is a dose: "what dose of …", "what dose is safe", "what dose should I …". */
const NOT_A_SUBJECT = new Set(
  'of is are was were should would can could will do does did i you we for to per a an the'.split(
    ' ',
  ),
)

/**
 * The word meant between `previous` and `next`: after "what", "how" … and before its subject,
 * an auxiliary typed with two letters swapped is that auxiliary ("what dose CBT do" asks what CBT
 * does; "dose" is no subject), while "what dose of sertraline …" stays a dose.
 */
function asTyped(previous: string | undefined, w: string, next: string | undefined): string {
  if (previous === undefined || !WH.has(previous) || next === undefined || NOT_A_SUBJECT.has(next))
    return w
  return AUXILIARIES.find((a) => lettersSwapped(w, a)) ?? w
}

export function readerWords(text: string): {
  ws: string[]
  parts: Map<string, readonly string[]>
  /** Function words written as code (`c.get`, `/hello`): names here, so not stopwords. */
  code: Set<string>
} {
  const ws: string[] = []
  const parts = new Map<string, readonly string[]>()
  const code = new Set<string>()
  const all = tokensOf(text)
  for (let k = 0; k < all.length; k++) {
    const { word: w, parts: p, code: asCode } = all[k]
    if (w.length > LIMITS.maxWordLength) continue
    if (asCode && STOPWORDS.has(w) && w.length > 1) code.add(w)
    const speak = asCode ? undefined : TEXT_SPEAK.get(w)
    // "a HEAD handler next to each of my GET routes": "next to" is "beside", no word of `next()`.
    if (w === 'next' && !asCode && all[k + 1]?.word === 'to' && !all[k + 1].code) continue
    // "Is it okay to let myself cry?": "let" oneself is to allow oneself (the documents'
    // "allowing themselves to fully express …"), where "let" alone is a function word.
    if (w === 'let' && !asCode && REFLEXIVE.has(all[k + 1]?.word ?? '')) {
      ws.push('allow')
      continue
    }
    if (speak) ws.push(...speak.split(' '))
    // A lone letter is a variable name or an initial, never a topic ("c" in c.req.query()); but
    // the article stays, a function word between two words: left out, "set a timeout" read as
    // the documents' `setTimeout`, two words written as one.
    else if (w.length > 1 || /\d/.test(w) || (w === 'a' && !asCode))
      ws.push(asTyped(wordBefore(ws, ws.length), w, all[k + 1]?.word))
    if (p.length) parts.set(w, p)
  }
  timesOfLife(ws)
  idiomsRead(ws)
  quantitiesOut(ws)
  timesOfStoryOut(ws)
  return { ws, parts, code }
}

/**
 * Leaves out a noun that only counts: "a couple of good friends", "a couple hundred endpoints",
 * "a ton of middleware" say how many, not a couple or a ton ("bunch", "handful", "lots" are
 * stopwords: they never name anything). "Can a couple rebuild trust?" keeps its couple.
 */
function quantitiesOut(ws: string[]): void {
  for (let k = ws.length - 2; k >= 1; k--) {
    if (ws[k - 1] !== 'a' || (ws[k] !== 'couple' && ws[k] !== 'ton')) continue
    const next = ws[k + 1]
    if (next === 'of' || next === 'hundred' || next === 'thousand' || /^\d+$/.test(next))
      ws.splice(k, 1)
  }
}

/**
 * Spans of time a reader counts in: "two years", "last spring", "eight months ago". (Days only
 * before "ago": a cookie's age is counted in days, "maxAge 500 days".)
 */
const TIME_UNITS = new Set(
  'week weeks weekend month months year years spring summer autumn fall winter night'.split(' '),
)
/** What counts a span of time: a figure, a number's word, a vague amount. */
const TIME_COUNTS = new Set(
  'a an one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty few couple several many last next past'.split(
    ' ',
  ),
)
/** What says a span is how long a thing lasts or takes (see timesOfStoryOut). */
const SPAN_OF = new Set(['for', 'in', 'within', 'after', 'every', 'per', 'than', 'to', 'over'])
/** What may stand before "ago" with no unit: "long ago", "a while ago", "so long ago". */
const AGO_BEFORE = new Set([
  'long',
  'while',
  'so',
  'that',
  'too',
  'very',
  'awhile',
  'of',
  'day',
  'days',
])

/**
 * Leaves out when things happened, as a story tells it: "two years", "last spring", "a few
 * months ago", "that long ago". They name no topic of the documents, and were reported as words
 * they never mention ("ago", "long", "two", "months"), weighing down what was asked. A unit not
 * counted stays ("Does healing take years?"), and so do units a page may be about (seconds,
 * minutes, hours: a timeout, a cache's age).
 */
function timesOfStoryOut(ws: string[]): void {
  for (let k = ws.length - 1; k >= 0; k--) {
    const w = ws[k]
    if (w === 'ago') {
      let j = k
      while (
        j > 0 &&
        (AGO_BEFORE.has(ws[j - 1]) ||
          TIME_UNITS.has(ws[j - 1]) ||
          TIME_COUNTS.has(ws[j - 1]) ||
          /^\d+$/.test(ws[j - 1]))
      )
        j--
      ws.splice(j, k - j + 1)
      k = j
      continue
    }
    if (!TIME_UNITS.has(w) || k === 0) continue
    let j = k
    while (j > 0 && (TIME_COUNTS.has(ws[j - 1]) || /^\d+$/.test(ws[j - 1]) || ws[j - 1] === 'of'))
      j--
    // "How many months …?" asks for the span, and "valid for two years", "within a week" may
    // say how long a thing lasts (a cookie, a token): they stay.
    if (ws[j - 1] === 'how' || SPAN_OF.has(ws[j - 1])) continue
    if (j < k && !(j === k - 1 && (ws[j] === 'a' || ws[j] === 'of'))) {
      ws.splice(j, k - j + 1)
      k = j
    }
  }
}

/** Who is young in "when I was little" ("I" itself is dropped above, a lone letter). */
const AGE_SUBJECTS = new Set(['you', 'they', 'he', 'she', 'we', 'someone', 'one', 'people', 'i'])
const AGE_VERBS = new Set(['was', 'were', 'are', 'is', 'am', 'still'])
/** A child's age as readers name it: "when I was little", "as a kid", "since we were babies". */
const CHILD_AGE = new Set([
  'little',
  'young',
  'small',
  'younger',
  'kid',
  'kids',
  'child',
  'children',
  'baby',
  'babies',
  'toddler',
  'toddlers',
])
const TEEN_AGE = new Set(['teen', 'teens', 'teenager', 'teenagers', 'adolescent', 'adolescents'])
/** The ages "as" may open: "as a kid", "as a little kid", "as teenagers". */
const AGE_AFTER_AS = new Set(['kid', 'kids', 'baby', 'babies', 'toddler', 'toddlers', ...TEEN_AGE])
/** Words that open a time of one's life: "when I was little", "as a kid". */
const AGE_OPENERS = new Set(['when', 'while', 'since', 'before', 'as'])

/**
 * A time of life as readers say it, read as the one word a document would use for it: "when
 * I was little", "when you're a kid", "as kids", "growing up" → childhood; "as a teenager" →
 * adolescence. Word by word, "little" meets nothing ("small in size") and "kid" only "child", so
 * these questions missed what the documents say of childhood. (Ages in figures, "when I was 6",
 * were tried: one question moved, in one slip seed.)
 */
function timesOfLife(ws: string[]): void {
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k]
    if ((w === 'growing' || w === 'grew') && ws[k + 1] === 'up') {
      ws.splice(k, 2, 'childhood')
      continue
    }
    if (!AGE_OPENERS.has(w)) continue
    const end = ageEnd(ws, k)
    const age = CHILD_AGE.has(ws[end]) ? 'childhood' : TEEN_AGE.has(ws[end]) ? 'adolescence' : ''
    // The opener stays ("when", a function word); the words of the age give way to one.
    if (age) ws.splice(k + 1, end - k, age)
  }
}

/** Where the age word of a time of life opened at ws[k] stands (see timesOfLife), or -1. */
function ageEnd(ws: string[], k: number): number {
  let j = k + 1
  if (ws[k] === 'as') {
    if (ws[j] === 'a') j++
  } else {
    // "when you were just a kid": a subject and a verb must come first ("when kids …" is no age).
    if (AGE_SUBJECTS.has(ws[j])) j++
    while (AGE_VERBS.has(ws[j])) j++
    if (j === k + 1) return -1
    if (ws[j] === 'just') j++
    if (ws[j] === 'a') j++
  }
  // "a little kid", "a young teenager": the adjective goes with the noun after it.
  if (
    (ws[j] === 'little' || ws[j] === 'young') &&
    (CHILD_AGE.has(ws[j + 1]) || TEEN_AGE.has(ws[j + 1]))
  )
    j++
  // After "as", only a reader's word for a young one: an adjective alone compares ("as small as
  // possible"), and "child" is a page's word as often ("pass it as children", "a child process").
  if (ws[k] === 'as' && !AGE_AFTER_AS.has(ws[j])) return -1
  return j < ws.length ? j : -1
}

/**
 * "What causes X?", "What can lead to X?", "Where does X come from?", "causes of X", "X causes":
 * a question for what X comes from.
 */
const CAUSE_ASKED = [
  /^(?:what|which(?:\s+[a-z]+)?|what\s+[a-z]+)\s+(?:can\s+|could\s+|may\s+|might\s+|usually\s+|typically\s+)?(?:causes?|leads?\s+to|results?\s+in|triggers?|gives?\s+rise\s+to)\s+(?:a\s+|an\s+|the\s+)?([^?]+?)\s*\??$/i,
  /^where\s+(?:does|do|can|could)\s+(?:a\s+|an\s+|the\s+)?([^?]+?)\s+(?:come|stem|arise|originate)\s+from\s*\??$/i,
  /^(?:the\s+)?(?:causes?|origins?|roots?|sources?)\s+of\s+(?:a\s+|an\s+|the\s+)?([^?]+?)\s*\??$/i,
  // A terse "attachment trauma causes??": X a noun phrase, not a clause that asks of its own
  // ("can I pass multiple origins?" asks about origins, not for what passing comes from).
  /^(?!(?:can|could|do|does|did|how|is|are|should|will|would|why|when|where)\b)(?![^?]*\b(?:i|we|you)\b)([^?]+?)\s+(?:causes|origins)\s*\??$/i,
]

/** The letters of the words that one of CAUSE_ASKED must find (see causeTerm). */
const MAY_ASK_CAUSE = /caus|lead|result|trigger|give|come|stem|aris|origin|root|sourc/i

/**
 * A concept's alternatives at half its weight or more, in their order: read by keys and get (a
 * spread of the map and two passes made an array per alternative and two lists, per question).
 */
function strongTerms(c: Concept): Set<string> {
  const out = new Set<string>()
  for (const t of c.alts.keys()) if (c.alts.get(t)! >= 0.5) out.add(t)
  return out
}

/** X of a question for what X comes from, its words as their concepts' alternatives (as definedTerm). */
export function causeTerm(
  ask: string,
  concepts: Concept[],
): { term: Array<Set<string>>; asking: string[] } | undefined {
  // Each of CAUSE_ASKED needs a word of MAY_ASK_CAUSE: most questions have none, and the last
  // pattern's lazy run is tried at every length.
  if (!MAY_ASK_CAUSE.test(ask)) return undefined
  const question = ask.trim()
  let term: string | undefined
  for (const re of CAUSE_ASKED) if ((term = re.exec(question)?.[1]) !== undefined) break
  if (term === undefined) return undefined
  const ws = words(term).filter((w) => !STOPWORDS.has(w))
  if (!ws.length || ws.length > 4) return undefined
  const out: Array<Set<string>> = []
  for (const w of ws) {
    const c = concepts.find((x) => !x.fromHistory && (x.word === w || x.alts.has(stem(w))))
    if (!c) return undefined
    out.push(strongTerms(c))
  }
  // The words that only ask for a cause ("causes", "lead", "come"): an answer need not say them.
  const asking = wordsOf(question).filter((w) => !ws.includes(w) && CAUSE_WORDS.has(stem(w)))
  return { term: out, asking }
}

/** Stems of the words by which a question asks for a cause. */
const CAUSE_WORDS = new Set([
  'caus',
  'lead',
  'result',
  'trigger',
  'give',
  'rise',
  'come',
  'stem',
  'aris',
  'origin',
  'root',
  'sourc',
])

/** "besides X", "other than X", "apart from X", "except X": X, up to three words. */
export const EXCLUDING =
  /\b(?:besides|other than|apart from|aside from|except(?: for)?|excluding|not counting)\s+((?:[\p{L}\p{N}'’-]+)(?:\s+[\p{L}\p{N}'’-]+){0,2})/iu
/** EXCLUDING's words alone, looked for first (the full pattern cost ~0.4 µs a question). */
export const MAY_EXCLUDE =
  /besides|other than|apart from|aside from|except|excluding|not counting/iu
/**
 * A question that asks for another thing than the one EXCLUDING sets aside ("what is another
 * way … besides infidelity?", "what else, apart from cheating, …?"), not for the thing with
 * others ("which algorithms does it support besides HS256?"). ("other than" is EXCLUDING's own.)
 */
export const ASKS_ANOTHER = /\b(?:another|else|others?(?!\s+than\b))\b/iu

/**
 * A question that reports something not working ("X-Request-Id is missing", "notFound never
 * runs", "why is foo undefined?"): what the pages warn about is where such surprises are
 * explained.
 */
const REPORTS_PROBLEM =
  /\b(?:doesn'?t|does not|don'?t|do not|didn'?t|isn'?t|aren'?t|wasn'?t|won'?t|can'?t|cannot|never|not (?:working|work|called|run|fire|applied)|missing|gone|lost|ignored|broken|undefined|empty|wrong|fails?|failing|throws?|stuck|still)\b/i

/** The words of REPORTS_PROBLEM long enough to be told from another word one slip away. */
const PROBLEM_WORDS = ['undefined', 'missing', 'ignored', 'broken', 'failing', 'throws']

/**
 * Whether a question reports a problem (REPORTS_PROBLEM), also when it misspells the word that
 * says so ("undefind", "mising", "borken"): a word neither the documents nor English know, one
 * edit from one of PROBLEM_WORDS.
 */
export function reportsProblem(corpus: Corpus, question: string): boolean {
  if (REPORTS_PROBLEM.test(question)) return true
  // The question's words as the analysis read them (wordsOf remembers them).
  for (const w of wordsOf(question)) {
    // (Only a word of 5 to 10 letters is one edit from one of PROBLEM_WORDS, of 6 to 9.)
    if (w.length < 5 || w.length > 10 || isKnownTerm(corpus, stem(w))) continue
    if (PROBLEM_WORDS.some((p) => editDistance(w, p, 1) <= 1)) return true
  }
  return false
}

/**
 * Verbs that put an app somewhere: "deploy … to", "run … on", "host … on". What follows their
 * "to" / "on" is the platform the question is about, however many other ideas it has.
 */
const PLACING = /^(?:deploy(?:ing)?|run(?:ning)?|host(?:ing)?|put(?:ting)?|serve)$/
/** A word of PLACING between spaces, looked for first (see placeAsked). */
/** The placing verbs' stems, a plain alternation V8 scans for fast (then MAY_PLACE, exactly). */
const PLACING_STEM = /deploy|run|host|put|serve/i
const MAY_PLACE = /(?:^|\s)(?:deploy(?:ing)?|run(?:ning)?|host(?:ing)?|put(?:ting)?|serve)(?:\s|$)/i
/** Prepositions that name where a placing verb puts its object. */
const PLACE_AT = new Set(['to', 'on', 'onto'])
/** Subjects after which a question's first verb is what it asks to do ("How do I deploy …"). */
const ASKER = new Set(['i', 'we', 'you'])
/** Words between a placing verb and its place: the object ("my Hono app") and a verb it leads to. */
const PLACE_REACH = 8

/**
 * The word of the platform a question asks how to put an app on ("How do I deploy a Hono app to
 * Vercel?", "Where do I put my Hono app to run it on Netlify Edge Functions?"): the word after
 * "to" / "on" that follows the question's first verb when that verb places (a name, if the
 * reader capitalised it, the documents write it so, or they never write it: see placeConcept
 * and addPlaceName). Only the
 * doing asked itself: in "How do I detect whether my code is running on Bun?" the platform is
 * what is detected, not where the reader goes. With the stem of the verb that places.
 */
export function placeAsked(question: string): { name: string; verb: string } | undefined {
  // Most questions have no placing verb: looked for before the question is split.
  if (!PLACING_STEM.test(question) || !MAY_PLACE.test(question)) return undefined
  // The message's sentences as every reader of it splits them (not at "e.g.", at an emoji), each
  // without its closing mark: "deploy … to Vercel. Thanks" and "… to Vercel." name "Vercel".
  for (const sentence of sentencesOf(question)) {
    const ws = sentence.replace(/[?.!]$/, '').split(/\s+/)
    const at = ws.findIndex((w, i) => i > 0 && ASKER.has(w.toLowerCase()))
    // The asked verb: right after the subject, or after one adverb ("How do I quickly deploy");
    // or, asked without one, first ("deploy hono to azure functions") or after "how to".
    const places = (i: number) => PLACING.test(ws[i]?.toLowerCase() ?? '')
    const v =
      at >= 0
        ? [at + 1, at + 2].find(places)
        : [0, 2].find((i) => places(i) && (i === 0 || /^how to$/i.test(`${ws[0]} ${ws[1]}`)))
    if (v === undefined || saysItSo(ws, v)) continue
    // The verb that places is the last before the preposition ("put my app to run it on").
    let verb = ws[v].toLowerCase()
    for (let i = v + 1; i < Math.min(ws.length - 1, v + 1 + PLACE_REACH); i++) {
      if (PLACING.test(ws[i].toLowerCase())) verb = ws[i].toLowerCase()
      // Not a doing ("to run it on …") nor a function word ("to the cloud").
      const next = ws[i + 1].toLowerCase()
      if (PLACING.test(next) || STOPWORDS.has(next)) continue
      if (PLACE_AT.has(ws[i].toLowerCase()) && /^\p{L}/u.test(ws[i + 1]))
        return { name: ws[i + 1].replace(/[^\w.@-]+$/, ''), verb: stem(verb) }
    }
  }
  return undefined
}

/**
 * "Put more simply, what happens to …?", "put another way, …", "put bluntly, …": the verb at `v`
 * opens an aside that ends at a comma within three words, all of them a manner ("simply",
 * "another way") or "it": it says how the reader puts their question, not where they put an app.
 */
function saysItSo(ws: string[], v: number): boolean {
  for (let i = v + 1; i <= v + 3 && i < ws.length; i++) {
    const w = ws[i].toLowerCase()
    const bare = w.replace(/[,;:]$/, '')
    if (!(ASIDE_WORDS.has(bare) || (bare.length > 4 && bare.endsWith('ly')))) return false
    if (bare !== w) return true
  }
  return false
}
/** Words of an aside on how a thing is said ("put more simply,", "put another way,"), but -ly adverbs. */
const ASIDE_WORDS = new Set(['it', 'more', 'most', 'very', 'quite', 'another', 'way'])

/** Words that name the difference a question asks to be drawn: "the difference between …". */
export const DIFFERENCE = new Set([
  'difference',
  'differences',
  'diff',
  'distinction',
  'vs',
  'versus',
])

/** Words that say one thing differs from another: "different from …", "differ from …". */
export const DIFFERING = new Set(['different', 'differently', 'differ', 'differs', 'distinct'])

/**
 * The two things a question asks to be told apart, each as its words up to the last (its head):
 * "What's the difference between exposure therapy and systematic desensitization?", "CBT vs
 * exposure therapy", "How is CBT different from exposure therapy?", "Do X experience it
 * differently from heterosexual couples?" (there only the second side, after "from": before the
 * adverb is a doing, not a side). A side runs over the words that are no stopwords and stops at the first one that is
 * (a preposition, a clause). Undefined when no difference is asked.
 *
 * Each reader of the sides takes the part its test needs: `heads` (question-analysis.ts) the
 * last word the other side lacks, since a shared head ("therapy") tells nothing apart;
 * unnamedSide every word, since a modifier the documents never use makes another kind; and
 * unnamedTiedHead (for sidesTied) only the last word, since a tie is stated of the things and a
 * word before may only qualify them.
 */
export function sidesSetApart(ws: string[]): string[][] | undefined {
  for (let k = 0; k < ws.length - 1; k++) {
    if (DIFFERENCE.has(ws[k]) && ws[k + 1] === 'between') return sidesBetween(ws, k + 1)
    if ((ws[k] === 'vs' || ws[k] === 'versus') && k > 0)
      return [sideBefore(ws, k - 1), sideFrom(ws, k + 1)].filter((s) => s.length > 0)
    if (DIFFERING.has(ws[k]) && (ws[k + 1] === 'from' || ws[k + 1] === 'than')) {
      // "How is CBT different from …", "does rebuilding trust differ from …": the subject right
      // before; not before an adverb ("experience it … differently from"), which modifies a doing.
      const first = ws[k] === 'differently' || k === 0 ? [] : sideBefore(ws, k - 1)
      return [first, sideFrom(ws, k + 2)].filter((s) => s.length > 0)
    }
  }
  return undefined
}

/** Nouns that ask how two things are tied: "a link between …", "the connection between …". */
const TIES_BETWEEN = new Set(
  'link links connection connections correlation association relationship'.split(' '),
)

/**
 * The two things "Is there a link between attachment trauma and borderline personality disorder?"
 * asks to be tied, each as its words (see sideFrom). A tie with a thing the documents never name
 * is not theirs to state, though a sentence of theirs may say how they are tied without a word
 * that sets them apart: only the sides are read (see unnamedSide). Undefined when none is asked.
 */
export function sidesTied(ws: string[]): string[][] | undefined {
  for (let k = 0; k < ws.length - 1; k++)
    if (TIES_BETWEEN.has(ws[k]) && ws[k + 1] === 'between') return sidesBetween(ws, k + 1)
  return undefined
}

/** The sides of "between A and B", `between` at ws[k] (see sideFrom); undefined without "and". */
function sidesBetween(ws: string[], k: number): string[][] | undefined {
  const and = ws.indexOf('and', k + 1)
  if (and < 0) return undefined
  return [sideFrom(ws, k + 1), sideFrom(ws, and + 1)].filter((s) => s.length > 0)
}

/** The content words from `k` on, after any article or possessive, up to the first stopword. */
function sideFrom(ws: string[], k: number): string[] {
  while (k < ws.length && (ARTICLES.has(ws[k]) || POSSESSIVES.has(ws[k]))) k++
  const out: string[] = []
  for (; k < ws.length && !STOPWORDS.has(ws[k]); k++) out.push(ws[k])
  return out
}

/** The content words ending at `k`, back to the first stopword before them. */
function sideBefore(ws: string[], k: number): string[] {
  const out: string[] = []
  for (; k >= 0 && !STOPWORDS.has(ws[k]); k--) out.unshift(ws[k])
  return out
}

/** The verbs a "who" question asks the doer of: "Who created … and who maintains …?". */
const WHO_DOES = /\bwho\s+(?:first\s+)?([a-z]+)(?:\s+(?:the\s+|an?\s+)?([a-z][\w.-]*))?/g

/**
 * "Who created Hono?": the stems of the verbs the question asks the doer of, and of what each
 * was done to, unless a word that points back ("it"): the answering sentence must say that
 * thing, or its doer may have done another ("It was created by …"). Undefined when it asks the
 * doer of none.
 */
export function doerAsked(question: string): AnalysedQuestion['doer'] {
  const asked = [...question.toLowerCase().matchAll(WHO_DOES)]
  if (!asked.length) return undefined
  return {
    verbs: new Set(asked.map((m) => stem(m[1]))),
    things: asked.flatMap((m) => (m[2] && !STOPWORDS.has(m[2]) ? [stem(m[2])] : [])),
  }
}
