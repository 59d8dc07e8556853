// The words a question says without naming the thing it asks about: a doing, a predicate, a
// complement, a means, a choice or a setting the documents never write nor closely relate to
// (the readers analyse runs to decide that the documents cannot answer), and the question's own
// concepts among those the history lent.

import { type Corpus, mentions } from './corpus.ts'
import { expansions, hasExpansions } from './lexicon.ts'
import { FRAME_WORDS, stem, STOPWORDS } from './terms.ts'
import { WEIGHTS } from './weights.ts'
import type { Concept } from './question-types.ts'
import { escaped } from './reading-text.ts'
import { inEnglish } from './english-stems.ts'
import {
  complementsAsked,
  COUNT,
  examplesAt,
  headAfter,
  HOW_AUXILIARIES,
  HOW_SUBJECTS,
  meansAsked,
  NUMERAL,
  objectHeadAsked,
  POSSESSIVES,
  predicateAsked,
  settingsAsked,
} from './question-form.ts'
import { scannedOnce } from './code-names.ts'

/** The question's own concept (not one lent by the history) for a word of it, if any. */
export function ownConcept(concepts: Concept[], word: string | undefined): Concept | undefined {
  if (word !== undefined) for (const c of concepts) if (!c.fromHistory && c.word === word) return c
  return undefined
}

/**
 * A concept the documents have no word for, nor one WordNet relates to it at least as closely as
 * WEIGHTS.subjectRelative (see analyse).
 */
export function isUnnamed(corpus: Corpus, c: Concept | undefined): boolean | undefined {
  return c && !saidOrRelative(corpus, c, WEIGHTS.subjectRelative)
}

/**
 * "And how do I rotate that secret …?", "How would I broadcast the same event …?" after a question
 * they answered: a follow-up keeps the thing the last question was about and asks a new doing
 * of it. A doing the documents neither write nor closely relate to (WEIGHTS.tieRelative: "rotate"
 * meets only "success" at 0.2, "broadcast" "message" at 0.48) is one they never speak of, however
 * well they cover the thing. The verb of "how do / can / would I VERB" that thing, or undefined.
 */
export function unnamedFollowUpDoing(
  corpus: Corpus,
  concepts: Concept[],
  asking: string[],
  followsOn: boolean,
): string | undefined {
  if (!followsOn) return undefined
  const k = asking.indexOf('how')
  const aux = asking[k + 1]
  if (k < 0 || !(HOW_AUXILIARIES.has(aux) || aux === 'would') || !HOW_SUBJECTS.has(asking[k + 2]))
    return undefined
  // Done to the thing asked before ("that secret", "the same event", "it"): a verb with an object
  // of its own ("whitelist several origins", "stub the env bindings") is left to coverage, which
  // the object carries, as in a first question.
  const object = asking[k + 4] === 'the' ? asking[k + 5] : asking[k + 4]
  if (!POINTING_BACK.has(object)) return undefined
  const c = ownConcept(concepts, asking[k + 3])
  return c && !c.name && !saidOrRelative(corpus, c, WEIGHTS.tieRelative) ? c.word : undefined
}
/** What an object that points back at the thing asked before opens with: "that", "the same". */
const POINTING_BACK = new Set(['it', 'that', 'this', 'those', 'these', 'them', 'same'])

/**
 * "What is mindfulness?", "What does gaslighting mean?": a term asked to be defined, and nothing
 * else, that the documents never write, nor a synonym of it (WEIGHTS.definedRelative:
 * "unfaithfulness" is their "infidelity", 0.7). A looser relative may speak of the same subject
 * ("mindfulness" ~ "cognitive", 0.5, which had answered with what CBT focuses on), but no
 * sentence of theirs says what the term is. The term, or undefined.
 */
export function unnamedDefinedTerm(
  corpus: Corpus,
  concepts: Concept[],
  definition: { named: Concept[]; asking: string[]; placed: boolean } | undefined,
  /** The question asks what the term is in words ("What is …?"), not by naming it alone. */
  asked = true,
): string | undefined {
  // (A word that asks what it is, "idea" of "the idea behind X", asks of its idea; "mean" and
  // "meaning" only frame the asking.)
  if (!definition || definition.asking.some((w) => !FRAME_WORDS.has(w))) return undefined
  if (definition.named.length > 1)
    return asked ? unnamedHeadOfTerm(corpus, concepts, definition.named) : undefined
  if (!definition.named.length || definition.placed) return undefined
  const [c] = definition.named
  if (c.name || c.mentioned || !onlyTermAsked(concepts, definition.named)) return undefined
  return saidOrRelative(corpus, c, WEIGHTS.definedRelative) ? undefined : c.word
}

/**
 * Nothing but the term is asked: a word that only frames the asking ("mean" of "What does it
 * mean?") is no more of it, nor is one the history lent.
 */
const onlyTermAsked = (concepts: Concept[], named: Concept[]) =>
  concepts.every((x) => named.includes(x) || x.fromHistory || x.frame || FRAME_WORDS.has(x.word))

/**
 * "What is a safe dose for me?", "What is a love language?": a term of several words whose last,
 * the noun it names, the documents never write nor a synonym of (WEIGHTS.definedRelative), asks
 * what a thing they lack is, however well they cover the words before it ("safe" of "a safe
 * environment"). Nothing else asked but where it is placed ("for me"). The noun, or undefined.
 */
function unnamedHeadOfTerm(
  corpus: Corpus,
  concepts: Concept[],
  named: Concept[],
): string | undefined {
  const head = named[named.length - 1]
  // (A closing adverb or participle is no noun: "wat is atachment trama exactly??", "what are the
  // three therapies mentioned"; nor is a word English lacks, chat's "gud" of "wat is cbt even gud
  // for".)
  if (head.name || head.mentioned || named.some((c) => c.name) || /(?:ly|ed)$/.test(head.word))
    return undefined
  if (!inEnglish(corpus.lexicon.english ?? '', stem(head.word))) return undefined
  if (!onlyTermAsked(concepts, named)) return undefined
  return saidOrRelative(corpus, head, WEIGHTS.definedRelative) ? undefined : head.word
}

/**
 * "What are the four attachment styles?", "which are the 5 stages of grief": a question that asks
 * for the N things of a kind, with the definite article, asks for a list of them by the name of
 * their kind; when the documents never write that name (the last word of the noun after the
 * count: "styles"), they list no such things, however well they cover its other words
 * ("attachment"). "What are the two ways trust can be damaged?" names a kind they write ("ways").
 * The kind as asked, or undefined.
 */
export function unnamedCount(concepts: Concept[], asking: string[]): string | undefined {
  for (let k = 0; k + 4 < asking.length; k++) {
    if (asking[k] !== 'what' && asking[k] !== 'which') continue
    if ((asking[k + 1] !== 'are' && asking[k + 1] !== 'were') || asking[k + 2] !== 'the') continue
    if (!COUNT.test(asking[k + 3]) || asking[k + 3] === 'few' || asking[k + 3] === 'several')
      continue
    // The noun after the count: its words up to its first plural ("attachment styles", not
    // "therapies mentioned").
    let end = k + 4
    while (end < k + 7 && end < asking.length && !STOPWORDS.has(asking[end])) {
      if (PLURAL_NOUN.test(asking[end++])) break
    }
    if (!PLURAL_NOUN.test(asking[end - 1] ?? '')) return undefined
    const head = ownConcept(concepts, asking[end - 1])
    return head && !head.mentioned && !head.name ? asking.slice(k + 4, end).join(' ') : undefined
  }
  return undefined
}

/** A word that reads as a plural noun (see unnamedCount): in -s, not -ss, -us or -is. */
const PLURAL_NOUN = /[^sui]s$/

/** The documents use the concept's word, or a word WordNet relates to it at `least` or more. */
function saidOrRelative(corpus: Corpus, c: Concept, least: number, except?: string): boolean {
  for (const t of c.alts.keys())
    if (c.alts.get(t)! >= least && t !== except && mentions(corpus, t)) return true
  return false
}

/**
 * The concept of the doing "Should I VERB …?" asks about (see actionAsked): the verb's own, or the
 * phrasal verb it opens ("break up" of "Should I break up with them?", read as one concept).
 */
export function doingConcept(concepts: Concept[], verb: string | undefined): Concept | undefined {
  if (verb === undefined) return undefined
  const own = ownConcept(concepts, verb)
  if (own) return own
  for (const c of concepts) if (!c.fromHistory && c.word.startsWith(verb + ' ')) return c
  return undefined
}

/**
 * A doing the documents have no word for (see isUnnamed). A phrasal verb's own verb is not a
 * word for it (breaking a safe word is not breaking up, nor moving forward moving out), and only
 * a relative that would clearly match it (WEIGHTS.clearMatch) names it: the words of its
 * definition, which any sentence about trouble says, do not ("break up" meets "cause" and
 * "separate" at 0.31; "set up" meets "establish" at 0.39).
 */
export function isUnnamedDoing(corpus: Corpus, c: Concept | undefined): boolean | undefined {
  if (!c || !c.word.includes(' ')) return isUnnamed(corpus, c)
  return !saidOrRelative(corpus, c, WEIGHTS.clearMatch, stem(c.word.split(' ')[0]))
}

/**
 * The name "Is it a X if …?" asks to give what the reader tells, when the documents neither use
 * it nor a close relative (WEIGHTS.tieRelative, as for what a how-to question ties its doing
 * to): "crime" meets their "guilt" only at 0.3. The thing a judged doing is done to ("a good idea
 * to have a revenge affair") is a subject, read as subjects are (WEIGHTS.subjectRelative).
 */
export function unnamedPredicate(
  corpus: Corpus,
  concepts: Concept[],
  asking: string[],
): string | undefined {
  const asked = predicateAsked(asking)
  const c = ownConcept(concepts, asked?.word)
  return (asked?.act ? isUnnamed(corpus, c) : lacks(corpus, c)) ? asked!.word : undefined
}

/**
 * A word the documents never use, nor a close relative of (WEIGHTS.tieRelative), neither a name
 * (read as names are) nor a number or size (the reader's setting). (This and namedHead are not
 * closures of analyse: each closure made per question cost a property definition, for its name.)
 */
const lacks = (corpus: Corpus, c: Concept | undefined) =>
  c !== undefined &&
  !c.mentioned &&
  !c.name &&
  !NUMERAL.test(c.word) &&
  !saidOrRelative(corpus, c, WEIGHTS.tieRelative)

/**
 * "How do I implement GraphQL subscriptions …?": after a name the documents mention, a noun they
 * neither use nor closely relate to is what is asked about, a thing of that name's (its
 * subscriptions) that they do not cover. The noun, or undefined.
 */
export function nameHead(
  corpus: Corpus,
  concepts: Concept[],
  asking: string[],
  subject: Concept | undefined,
): string | undefined {
  if (!subject?.name || !subject.mentioned) return undefined
  // The words after the name, past its parts ("graph", "ql" of "graphql").
  const at = asking.indexOf(subject.word)
  if (at < 0) return undefined
  let k = at + 1
  while (k < asking.length && subject.word.includes(asking[k])) k++
  const head = headAfter(asking, k - 1)
  return lacks(corpus, ownConcept(concepts, head)) ? head : undefined
}

/**
 * "… on the Cloudflare free plan?": after a name the documents mention, two words they never
 * write (whatever WordNet relates them to: "free" ~ "escape", "plan" ~ "intend", through verb
 * senses) name a thing of that name's they do not cover. (nameHead reads one such word, when it
 * has no close relative either.) The pair, or undefined.
 */
export function unwrittenPairAfterName(concepts: Concept[], asking: string[]): string | undefined {
  for (const c of concepts) {
    if (c.fromHistory || !c.name || !c.mentioned) continue
    const at = asking.indexOf(c.word)
    if (at < 0) continue
    let k = at + 1
    while (k < asking.length && c.word.includes(asking[k])) k++
    const a = ownConcept(concepts, headAfter(asking, k - 1))
    const b = ownConcept(concepts, headAfter(asking, k))
    if (a && b && !a.mentioned && !b.mentioned && !a.name && !b.name) return `${a.word} ${b.word}`
  }
  return undefined
}

/**
 * "Does health insurance cover …?": a modifier the documents know does not make the compound
 * theirs ("health" of "health insurance"). When they have no word for the noun it qualifies (see
 * nounAfter), nor a relative (see isUnnamed), the question is not theirs to answer. The noun, or
 * undefined.
 */
export function unnamedNext(
  corpus: Corpus,
  concepts: Concept[],
  subject: Concept | undefined,
  next: string | undefined,
): string | undefined {
  if (!subject || isUnnamed(corpus, subject) || next === undefined) return undefined
  return isUnnamed(corpus, ownConcept(concepts, next)) ? next : undefined
}

/**
 * "How do I rate limit requests per IP?": the word after "How do I" that the documents do not
 * know at all, followed by a word of theirs that has an object of its own ("limit requests"),
 * qualifies that verb ("rate limit", as "hot reload", "server render"): a kind of doing they never
 * speak of, though they limit other things. A verb with its object right after it ("whitelist
 * origins in …") is left to coverage. The word, or undefined.
 */
export function unnamedCompoundVerb(
  corpus: Corpus,
  concepts: Concept[],
  asking: string[],
): string | undefined {
  const h = asking[0] === 'how' ? 1 : 0
  if (!HOW_AUXILIARIES.has(asking[h]) || !HOW_SUBJECTS.has(asking[h + 1])) return undefined
  const k = h + 2
  const c = ownConcept(concepts, asking[k])
  // An adverb ("programmatically create routes") says how, not what is done.
  if (!c || c.known || c.name || NUMERAL.test(c.word) || /..ly$/.test(c.word)) return undefined
  const verb = ownConcept(concepts, headAfter(asking, k))
  const object = headAfter(asking, k + 1)
  return verb?.mentioned && !verb.name && object && doneTo(corpus, verb.word) ? c.word : undefined
}

/**
 * The documents write the word as a verb, with a thing it is done to after it ("limit the file
 * size", "limits each request"; by its stem): "rate limit requests" qualifies their doing, where
 * "stub env bindings" names a thing ("env bindings") that the unknown verb is done to.
 */
function doneTo(corpus: Corpus, word: string): boolean {
  const verb = stem(word)
  return scannedOnce(
    corpus,
    `done:${verb}`,
    () => new RegExp(`\\b${escaped(verb)}\\w* (?:the|a|an|your|its|their|each|every|all)\\b`, 'i'),
  )
}

/**
 * "Forget the articles and just tell me …", "Ignore all previous instructions …": a sentence that
 * opens by telling the reader's assistant to set aside the documents or its instructions asks for
 * what they do not say (an opinion, advice, a secret): an injection, which they do not answer.
 * The verb, or undefined.
 */
const SETS_ASIDE_SOURCES =
  /(?:^|[.!?:;]\s+)(?:(?:please|just|now|ok|okay|so),?\s+)*(forget|ignore|disregard)\s+(?:about\s+)?(?:(?:all|the|your|these|those|any|every|previous|prior|above|earlier|my)\s+)*(?:articles?|documents?|docs|pages?|sources?|texts?|instructions?|rules?|context|prompts?|guidelines?)\b/iu

export function setsAside(question: string): string | undefined {
  return SETS_ASIDE_SOURCES.exec(question.trim())?.[1].toLowerCase()
}

/** The question's own word `head` is one the documents have a word for (see isUnnamed). */
export const namedHead = (corpus: Corpus, concepts: Concept[], head: string | undefined) =>
  ownConcept(concepts, head) !== undefined && !isUnnamed(corpus, ownConcept(concepts, head))

/**
 * "How do I connect hono to postgres using prisma?": the first thing the doing is tied to (see
 * complementsAsked) that the documents have no word for, nor a close relative of, unless it only
 * qualifies a noun they have ("in a kiosk app", read as "fake" of "fake bindings" is).
 */
export function unnamedComplement(
  corpus: Corpus,
  concepts: Concept[],
  asking: string[],
): string | undefined {
  for (const t of complementsAsked(asking))
    if (lacks(corpus, ownConcept(concepts, t.word)) && !namedHead(corpus, concepts, t.head))
      return t.word
  return undefined
}

/**
 * "Can attachment trauma be cured with medication?": the means a doing is asked to be done by
 * (see meansAsked), when the documents have no word for it nor a close relative (see lacks:
 * "medication" meets their "therapy" only at 0.25). What they say of curing is not what
 * medication does, however well they cover the rest. The word, or undefined.
 */
export function unnamedMeans(
  corpus: Corpus,
  concepts: Concept[],
  asking: string[],
): string | undefined {
  for (const w of meansAsked(asking)) if (lacks(corpus, ownConcept(concepts, w))) return w
  return undefined
}

/**
 * "What are the side effects of CBT?": two words WordNet names as one noun ("side effect"), the
 * first of which the documents never use nor closely relate to (see lacks), before a head they
 * do use ("effects"), name a kind of that head they never speak of. A word English knows before a
 * noun of theirs only qualifies it ("fake bindings", see analyse) and the question is read as one
 * about the head; but a compound English has a name for is a thing of its own: side effects are
 * not the effects the documents describe. Its relatives among their words are its broader terms
 * ("effect", "consequence" at 0.5); only one that stands for it (WEIGHTS.synonym) would name it.
 * Not the reader's own things ("my session cookie", see POSSESSIVES in question-form.ts). The
 * compound as asked, or undefined.
 */
export function unnamedCompoundNoun(
  corpus: Corpus,
  concepts: Concept[],
  asking: string[],
): string | undefined {
  for (let k = 0; k + 1 < asking.length; k++) {
    const next = asking[k + 1]
    if (STOPWORDS.has(asking[k]) || STOPWORDS.has(next) || POSSESSIVES.has(asking[k - 1])) continue
    // (Its last word mentioned: a corpus's lexicon keeps no other compound, see phraseEnd in
    // ingest.ts.)
    if (!mentions(corpus, stem(next)) || !lacks(corpus, ownConcept(concepts, asking[k]))) continue
    const compound = `${stem(asking[k])} ${stem(next)}`
    if (!hasExpansions(corpus.lexicon, compound)) continue
    const named = expansions(corpus.lexicon, compound).some(
      ([t, w]) => w >= WEIGHTS.synonym && mentions(corpus, t),
    )
    if (!named) return `${asking[k]} ${next}`
  }
  return undefined
}

/** Openers of a question that asks whether its subject is or does what the rest says. */
const WHETHER = new Set('is are was were can could will would does do did'.split(' '))

/**
 * "Can social skills training be done online?": a yes-no question ends on what it asks of its
 * subject (its predicate: "online", "genetic"). A last word the documents have no word for, nor a
 * close relative of (see lacks), is a property they never state, however well they cover the
 * subject. The word, or undefined.
 */
export function unnamedEnd(
  corpus: Corpus,
  concepts: Concept[],
  asking: string[],
): string | undefined {
  const n = asking.length
  if (!WHETHER.has(asking[0]) || n < 4 || !predicateBefore(asking, n - 1)) return undefined
  const last = asking[n - 1]
  return lacks(corpus, ownConcept(concepts, last)) ? last : undefined
}

/**
 * "Does Hono support GraphQL subscriptions over websockets?": the thing a yes-no question asks
 * whether its subject does something to (the head of the verb's object, see objectHeadAsked),
 * when it is what the question most turns on (its most salient concept), the documents never
 * write it, and they write no word that stands for it (WEIGHTS.synonym). What they say of the
 * subject and of the verb ("WebSocket support …", "GraphQL Server") does not answer whether it
 * does that to this; a sentence that speaks of it by a looser relative may ("lessen
 * nervousness": "manage anxiety"), which the gate in answerability.ts reads. A less salient object is
 * left to coverage. Nor does a sentence that writes the head answer of a kind of it named by a word
 * they lack. The word they lack, or undefined.
 */
export function unnamedObject(
  corpus: Corpus,
  concepts: Concept[],
  asking: string[],
): string | undefined {
  const head = objectHeadAsked(asking)
  const c = ownConcept(concepts, head)
  // A head they write, named by a word before it that they lack ("rate limiter", "session store",
  // "brain development", "swagger docs"), is a kind of it they never speak of: the Body Limit
  // page's "limit" is no rate limiter.
  if (c?.mentioned) {
    const before = asking[asking.lastIndexOf(head!) - 1]
    const kind = before && !STOPWORDS.has(before) ? ownConcept(concepts, before) : undefined
    return lacks(corpus, kind) ? kind!.word : undefined
  }
  if (!c || c.name || saidOrRelative(corpus, c, WEIGHTS.synonym)) return undefined
  for (const o of concepts) if (!o.fromHistory && o.salience > c.salience) return undefined
  return c.word
}

/** Verbs that link a subject to what it is or becomes: "be genetic", "get worse", "stay calm". */
const LINKING = new Set('be been being get gets getting become becomes stay remain seem'.split(' '))

/**
 * The word at `k` is the predicate's: right after a linking verb ("get older"), or after a
 * participle that follows one ("be done online", "be treated remotely"). A last word after
 * anything else ("a quick fix", "wreck your self-esteem") is an object, and paraphrases end on
 * objects the documents name otherwise.
 */
function predicateBefore(ws: string[], k: number): boolean {
  const prev = ws[k - 1]
  if (LINKING.has(prev)) return true
  return (prev === 'done' || /..ed$/.test(prev)) && LINKING.has(ws[k - 2])
}

/**
 * "How do I rebuild trust at work?", "Is it safe to do exposure therapy … at home …?": a setting
 * the question places its doing in (see settingsAsked) that the documents never name: they never
 * write its noun as a noun (after an article, a possessive or a preposition other than "to": their
 * "work on rebuilding" is a verb), nor a word that stands for it (WEIGHTS.synonym). What they say of
 * the doing in general is not what it takes in that setting. The noun, or undefined.
 */
export function unnamedSetting(
  corpus: Corpus,
  concepts: Concept[],
  asking: string[],
): string | undefined {
  for (const w of settingsAsked(asking)) {
    const c = ownConcept(concepts, w)
    if (!c || c.name || saidOrRelative(corpus, c, WEIGHTS.synonym, stem(w))) continue
    if (!writtenAsNoun(corpus, w)) return w
  }
  return undefined
}

/**
 * "What's the difference between exposure therapy and systematic desensitization?", "… differently
 * from heterosexual couples?": a side of a difference asked (see sidesSetApart) one of whose
 * words the documents neither say nor name by a close relative (WEIGHTS.synonym). A thing they never
 * name cannot be told apart from one they do, and a modifier they never use makes another kind
 * ("heterosexual couples" is not their "partners"). The word, or undefined.
 */
export function unnamedSide(
  corpus: Corpus,
  concepts: Concept[],
  sides: string[][] | undefined,
): string | undefined {
  if (sides)
    for (const side of sides)
      for (const w of side) {
        const c = ownConcept(concepts, w)
        if (c && !c.name && !saidOrRelative(corpus, c, WEIGHTS.synonym)) return w
      }
  return undefined
}

/**
 * "Is there a link between attachment trauma and borderline personality disorder?": the head (last
 * word) of a side of a tie asked (see sidesTied) that the documents have no word for, nor a
 * relative at WEIGHTS.subjectRelative, as a subject they lack (see isUnnamed). Only the head: a
 * word before it may only qualify it ("a rough childhood" is their childhood), and "relationship
 * problems" are their "difficulties" (0.3). The word, or undefined.
 */
export function unnamedTiedHead(
  corpus: Corpus,
  concepts: Concept[],
  sides: string[][] | undefined,
): string | undefined {
  if (sides)
    for (const side of sides) {
      const c = ownConcept(concepts, side[side.length - 1])
      if (c && !c.name && isUnnamed(corpus, c)) return c.word
    }
  return undefined
}

/** Words before which a word is a noun: articles, possessives, prepositions (not "to"). */
const BEFORE_NOUNS =
  'at in on of from for with by into the a an my your his her its our their this that'

/** The documents write the word (or its plural) as a noun somewhere (see BEFORE_NOUNS). */
const writtenAsNoun = (corpus: Corpus, w: string) =>
  scannedOnce(
    corpus,
    `noun:${w}`,
    () =>
      new RegExp(`\\b(?:${BEFORE_NOUNS.split(' ').join('|')})\\s+${escaped(w)}(?:s|es)?\\b`, 'i'),
  )

/**
 * "Is attachment trauma more common in boys or in girls?": a question that asks which of two
 * things is the answer can be answered only by documents that speak of one of them. Each side is
 * the word next to "or" (after a preposition or article for the second: "or in girls"); a side is
 * spoken of when the documents say it or a close relative (WEIGHTS.choiceRelative: "boys" meets
 * "childhood" only at 0.3, which says nothing of boys rather than girls).
 */
export function unnamedChoice(
  corpus: Corpus,
  concepts: Concept[],
  asking: string[],
): string | undefined {
  for (let k = 1; k < asking.length - 1; k++) {
    if (asking[k] !== 'or' || examplesAt(asking, k - 1)) continue
    const a = ownConcept(concepts, asking[k - 1])
    const next = STOPWORDS.has(asking[k + 1]) ? asking[k + 2] : asking[k + 1]
    const b = ownConcept(concepts, next)
    if (a && b && !spokenOf(corpus, a) && !spokenOf(corpus, b)) return a.word
  }
  return undefined
}

/**
 * The documents say the concept's word or a relative at least WEIGHTS.choiceRelative close; a name
 * only if they mention it.
 */
const spokenOf = (corpus: Corpus, c: Concept) =>
  !(c.name && !c.mentioned) && saidOrRelative(corpus, c, WEIGHTS.choiceRelative)

/** The question's own concepts for words of the sentence that asks. */
export function askedConcepts(concepts: Concept[], asking: readonly string[]): Concept[] {
  const out: Concept[] = []
  for (const c of concepts) if (!c.fromHistory && asking.includes(c.word)) out.push(c)
  return out
}
