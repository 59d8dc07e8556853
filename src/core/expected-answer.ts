// What kind of answer a question expects: a quantity, a default, a purpose, a first step, a
// duration, a minimum, several things, a kind of thing ("which database …"), or a name (Expectation).

import { type Corpus, mentions, writtenParts } from './corpus.ts'
import { hasExpansions } from './lexicon.ts'
import { FRAME_WORDS, stem, STOPWORDS } from './terms.ts'
import { keepBounded } from './bounded-memo.ts'
import type { Concept, Expectation } from './question-types.ts'
import { anyCase, escaped, isKnownTerm, matchesOf } from './reading-text.ts'

/**
 * "How many …", "what percentage …", "at what age …", "how old …", and "when did …" (a date: in
 * the past, a time the documents would have to write): a question for a quantity, wherever it
 * asks one.
 */
const QUANTITY =
  /\bhow (?:many|much|often|old|common|prevalent|widespread|frequent|rare)\b|\b(?:at )?what (?:percentage|percent|proportion|share|fraction|number|year|age)\b|\bwhen (?:did|was|were)\b/g
/**
 * Words after which a quantity clause is still what is asked: "Can you tell me how much …", "Do
 * you know how many …", "I wonder how often …"; an estimate asked for ("Roughly how many …"). After
 * any other word it is part of the question's topic, not its ask: "Can childhood stuff mess up how much you trust people?" asks whether.
 */
const ASKS_QUANTITY = new Set(
  'me us know knows tell say ask asking wonder wondering idea sure curious estimate guess and but so or also then roughly approximately about around exactly'.split(
    ' ',
  ),
)

/**
 * A question that asks a measure in its unit: "… in seconds", "in milliseconds", "in MB". Not a
 * choice of units ("in seconds or milliseconds?"), which asks which unit.
 */
const IN_UNITS =
  /(?<!\bor )\bin (?:seconds|minutes|hours|days|weeks|milliseconds|ms|bytes|kilobytes|megabytes|gigabytes|kb|mb|gb|percent)\b(?!,? or\b)/

function asksQuantity(t: string): boolean {
  // (QUANTITY opens on one of these, looked for first.)
  if (!t.includes('how ') && !t.includes('what ') && !t.includes('when ')) return false
  for (const m of matchesOf(QUANTITY, t)) {
    // The last word before it in its own sentence, if any.
    const sentence = t
      .slice(0, m.index)
      .split(/[.!?;:]/)
      .pop()!
    const last = sentence
      .split(/[\s,]+/)
      .filter(Boolean)
      .pop()
    if (last === undefined || ASKS_QUANTITY.has(last)) return true
  }
  return false
}

/**
 * "Which status code does c.redirect() send?", "What redirect status code …", "the default status
 * code when …", "blocked status code + body": a status code asked for is a number, and a page
 * that gives one writes it ("default status code is `302`"). Said of the code as the thing asked:
 * after "which" / "what" (a word or two between), after "default", or put beside the body it comes
 * with; "How do I return a 201 status code", "with a custom status code" only name one.
 */
const STATUS_CODE_ASKED =
  /\b(?:(?:which|what)\s+(?:\S+\s+){0,2}?|default\s+)status\s+codes?\b|(?<!\b(?:a|an|custom|my|own|your)\s+)\bstatus\s+codes?\s*(?:\+|&|and\s+(?:the\s+)?(?:response\s+)?body)/

function asksStatusCode(t: string): boolean {
  return t.includes('status') && STATUS_CODE_ASKED.test(t)
}

/**
 * "Which Node version does Hono need?", "the minimum Bun version", "in which version will it be
 * removed?", "What is the latest version of Hono?": a version asked for is a number, and a page
 * that gives one writes it ("18.14.1 or later", "Deprecated in v4.8.0"). "How do I check the
 * version", "how do I update to the latest version" only name one.
 */
const VERSION_ASKED =
  /\b(?:(?:which|what)\s+(?:\S+\s+){0,2}?|(?:minimum|oldest|lowest|earliest|required)\s+(?:\S+\s+)?|(?:what(?:'s|’s|s)|(?:what|which)\s+(?:is|are))\s+(?:the\s+)?(?:latest|newest|current)\s+(?:\S+\s+)?)versions?\b/

export function asksVersion(t: string): boolean {
  return t.includes('version') && VERSION_ASKED.test(t.includes('`') ? withoutCodeSpans(t) : t)
}

/**
 * The text with each `inline code` span as one placeholder word: "version" in "What does `pyenv
 * version` show?" names a command, it asks for no version.
 */
const withoutCodeSpans = (t: string) => t.replace(/`[^`\n]+`/g, 'code')

/**
 * The words that ask for the answer's kind ("what redirect status code"), not of what: empty
 * for a question that asks no status code.
 */
export function statusCodeWords(t: string): string[] {
  if (!t.includes('status')) return []
  const m = STATUS_CODE_ASKED.exec(t)
  return m ? m[0].split(/[^\p{L}]+/u).filter(Boolean) : []
}

/**
 * Verbs that say a person made a thing first ("developed", "founded", "first described"): who did
 * is a name the documents must give.
 */
const MAKING =
  'developed|created|founded|invented|discovered|coined|wrote|designed|pioneered|proposed|came up with|described|introduced|formulated'
/** "Which psychologist developed …?": the trade asked for (see makerAsked). */
const MAKER_ASKED = new RegExp(
  `\\b(?:which|what)\\s+(?:[a-z]+\\s+)?([a-z]+(?:ist|er|or|ian)s?)\\s+(?:first\\s+)?(?:${MAKING})\\b`,
)
/** "Who first described …?" */
const WHO_MADE = new RegExp(`\\bwho\\s+(?:first\\s+)?(?:${MAKING})\\b`)

/**
 * "Which psychologist first developed attachment theory?", "What researcher coined …": a person
 * by their trade, asked who made a thing, asks for a name as "who" does. The trade, if so.
 */
export function makerAsked(t: string): string | undefined {
  return MAKER_ASKED.exec(t)?.[1]
}

/**
 * The kind of answer a question (`t`, in lower case) asks for, if any; `maker`: the trade it asks
 * for by makerAsked.
 */
export function expectation(t: string, maker: string | undefined): Expectation | undefined {
  if (
    asksQuantity(t) ||
    // "What is the default timeout in seconds …?": a measure asked in its unit.
    IN_UNITS.test(t) ||
    /\bstatistic/.test(t) ||
    // A rate ("the success rate of CBT") is a number too; a rate limit is not.
    /\brates?\b(?!\s*-?\s*limit)/.test(t) ||
    asksStatusCode(t) ||
    asksVersion(t)
  ) {
    return 'number'
  }
  // "Who …?" asks for a person; "people who were …" is a relative clause and asks nothing.
  const who = t.includes('who') && /(^|[.?!;:,]\s*|\b(and|but|so)\s+)who\b|\bwhom\b/.test(t)
  // Who made a thing asks for a name: "individuals" does not say who founded a theory.
  if (who && WHO_MADE.test(t)) return 'name'
  if (who) return 'person'
  if (maker) return 'name'
  // "Which therapist does the article recommend by name?" ("the name of the cookie" is no person's).
  if (/\bby name\b/.test(t)) return 'name'
  return undefined
}

/**
 * Leaving a setting out, in the reader's words: "if I leave allowMethods out", "given I never
 * passed one", "without specifying a path", "when it's omitted", "out of the box". Not "without
 * passing it each time" / "… on every call": that asks to set it once, for all.
 */
const DEFAULT_ASKED =
  /\b(?:(?:leave|leaving|left)\s+(?:\S+\s+){0,2}?(?:out|unset|empty|blank)|omit(?:s|ted|ting)?|out of the box|(?:never|not|don'?t|do not|didn'?t|did not|doesn'?t|does not|without|no)\s+(?:(?:explicitly|actually|even)\s+)?(?:setting|passing|(?:pass|set|specify|specifie|provide|give|gave|configure|supply|define)(?:s|d|ed|ing)?)\b(?![^.?!]{0,30}\b(?:each|every)\s+(?:time|call|request|route|handler|file|page)s?\b))/

/** The question asks what happens when a setting is left out: its default. */
export function asksDefault(ask: string): boolean {
  return DEFAULT_ASKED.test(ask.toLowerCase())
}

/**
 * The question asks what a thing is for: "What do counselors try to set up …?", "what are they
 * trying to do for you?", "What's the point of …?". The documents say it with "aim", "goal",
 * "purpose", which the reader did not write.
 */
const PURPOSE_ASKED =
  /\b(?:(?:try|tries|trying|supposed|meant|intended)\s+to\s+(?:do|achieve|accomplish|set\s+up|create|make|build|offer|provide)|what(?:'s|\s+is|\s+are)\s+the\s+(?:point|purpose|goal|aim)s?\s+of)\b/i

/**
 * The question asks for a first step: "how do I even start to heal?", "where do we begin?".
 * The documents say what comes "first", which the reader did not write. Not a thing started
 * ("How do I start a server?", "how to start the app"): that asks how to run it, and "first"
 * read into it led to "Hono was not designed for Node.js at first".
 */
const FIRST_STEP_ASKED =
  /\b(?:(?:how|where)\s+(?:do|does|can|could|should|would|to)\s+(?:(?:i|we|you|u|one|someone|people|they)\s+)?(?:even\s+|actually\s+|ever\s+)?(?:start|begin)(?!\s+(?:a|an|the|my|our|your|this|that)\s)|(?:the\s+)?first\s+steps?)\b/i

/**
 * The hopeless side a question about a hoped-for outcome names ("… or is it a lost cause?", "or
 * is it basically over?"): words of the question's form, no topic ("cause" met "caused").
 */
export function hopelessSide(ask: string): string[] {
  const m = HOPELESS.exec(ask)
  return m ? m[1].toLowerCase().split(/\s+/) : []
}
const HOPELESS =
  /\bor\s+(?:is\s+it|are\s+we|am\s+i)\s+(?:just\s+|basically\s+|already\s+)?(?:a\s+)?(hopeless|over|permanent|doomed|too\s+late|lost\s+cause|done|finished|ruined)\b/i

/**
 * The question asks whether a hoped-for outcome can still come, after a hurt: "Can someone who had
 * a messed-up childhood ever end up in a happy relationship?", "Can a couple come back from an
 * affair, or is it basically over?", "Is there any hope we can get past this?". A yes-or-no
 * question opened by a modal ("can", "will", "is it realistic") that looks ahead ("ever", "one
 * day", "still", "get past", "end up"), or one that names the hopeless side (HOPELESS). The
 * documents answer that it is "possible" (with what it takes), which the reader did not write;
 * "Can therapy really help …?" asks whether a thing works, not whether there is hope.
 */
const PROSPECT_ASKED = new RegExp(
  String.raw`^\s*(?:(?:honestly|realistically|seriously|so|but|ok|okay),?\s+)?` +
    String.raw`(?:can|could|will|would|is\s+it\s+(?:realistic|too\s+late)|is\s+there\s+(?:any\s+|some\s+|still\s+)?(?:hope|chance|way\s+back))\b` +
    String.raw`.*\b(?:ever|still|one\s+day|some\s?day|eventually|recover|regain|(?:come|get)\s+back|(?:get|move)\s+past|move\s+on|end\s+up)\b` +
    String.raw`|\bor\s+is\s+the\s+damage\s+permanent\b|\bany\s+hope\b`,
  'i',
)
const prospectAsked = (ask: string) => PROSPECT_ASKED.test(ask) || HOPELESS.test(ask)

/** The reader's words for a thing being quick ("a quick fix", "a shortcut", "overnight"). */
const QUICK = ['quick', 'quickly', 'shortcut', 'shortcuts', 'overnight']

/**
 * The words, of five letters or more, by which the expressions below tell what a question asks
 * for (a time, a first step, an aim): a slip in one ("a shortctu", "how do I strt") hides it from
 * them, and the question is read again with it spelled right (see misspeltReadingWord).
 */
export const CUE_WORDS: readonly string[] = [
  ...QUICK,
  'start',
  'begin',
  'first',
  'purpose',
  'point',
  'supposed',
  'trying',
]

/**
 * The question asks how long something lasts or takes: "How long until I stop feeling like
 * this?", "how much time does it take", "how soon …?"; or whether it is quick, which asks the
 * same: "Is there a quick fix for …?", "a shortcut to getting over it?", "Does it happen
 * quickly?". The documents say it "takes time", which the reader did not write.
 */
const DURATION_ASKED = new RegExp(
  String.raw`\bhow\s+(?:long|much\s+time|many\s+(?:days|weeks|months|years)|soon)\b|\b(?:${QUICK.join('|')})\b`,
  'i',
)

/**
 * The question asks why a small thing is left out, or where the cut-off lies: "why are my small
 * json responses not getting compressed?", "does it also compress tiny responses … or is there
 * some cutoff?", "under what size does compress() skip a response?". What is too small to be
 * handled is under a "minimum", which the reader did not write (WordNet links "small" to "size",
 * not to "minimum").
 */
const MINIMUM_ASKED = {
  small: /\b(?:small|tiny)\b/i,
  left: /\b(?:not|never|cutoff|cut-off|threshold)\b|n['’]t\b/i,
  below: /\b(?:below|under|beneath)\s+(?:what|which|how\s+(?:much|many|big|small))\b/i,
}
/**
 * The reader's words for asking whether a thing is quick (see DURATION_ASKED): "quick", a
 * "shortcut", "overnight"; and "fix" after "quick" (see QUICK_FIX).
 */
export const SPEED_WORDS = new Set([...QUICK, 'soon'])

/** "a quick fix": the fix a reader hopes for is the quickness asked about (see SPEED_WORDS). */
export const QUICK_FIX = /\bquick\s+fix(?:es)?\b/i

/** The reader's words for where a setting's bound lies (see MINIMUM_ASKED). */
export const BOUND_WORDS = new Set(['cutoff', 'threshold'])

/**
 * Words an answer says that a question implies only by how it asks: "Which methods does it allow
 * if I leave allowMethods out?" asks for the "default", "how do I even start?" for what comes
 * "first", "what are they trying to do?" for their "aim". Each joins the question when the
 * documents know it (the word, or for "aim" a WordNet relative such as "purpose"). Some name the
 * thing asked about (`thing`: a setting's default, its minimum, multiple values), in the
 * documents' word for what the reader said in words they lack or barely relate ("tiny …
 * cutoff", "several files"); the others name only the kind of answer (a first step, an aim, a
 * time, a possibility), which says how the answer is put rather than what it is about.
 */
export const IMPLIED: ReadonlyArray<{
  word: string
  asked: (ask: string) => boolean
  thing?: boolean
  /**
   * The word itself, not its relatives: WordNet's "possible" reaches "assert", "manage" and
   * "like", which met the articles' "assertiveness skills" and "manage anxiety"; its "time"
   * reaches "past" and "future", which met "past traumas" for "how long until I'm over this?".
   */
  exact?: boolean
  /** Words of the question that only say how it asks when it asks so: no topic of it. */
  form?: (ask: string) => string[]
}> = [
  { word: 'default', asked: asksDefault, thing: true },
  { word: 'first', asked: (ask) => FIRST_STEP_ASKED.test(ask) },
  { word: 'aim', asked: (ask) => PURPOSE_ASKED.test(ask) },
  { word: 'time', asked: (ask) => DURATION_ASKED.test(ask), exact: true },
  { word: 'possible', asked: prospectAsked, exact: true, form: hopelessSide },
  {
    word: 'minimum',
    asked: (ask) =>
      (MINIMUM_ASKED.small.test(ask) && MINIMUM_ASKED.left.test(ask)) ||
      MINIMUM_ASKED.below.test(ask),
    thing: true,
  },
  {
    word: 'multiple',
    thing: true,
    // (Its words looked for first, without the expression: few questions have them.)
    asked: (ask) => /several|many|more\s+than/i.test(ask) && SEVERAL_ASKED.test(ask),
  },
]

/**
 * "what happens if the user selects several files?": a count of more than one ("several", "many",
 * "more than one" before a plural; not "how many", which asks the number) is what documentation
 * calls "multiple" ("If multiple files are uploaded, …"); WordNet links neither to it, and
 * "several" is a stopword.
 */
const SEVERAL_ASKED = /(?<!\bhow\s+)\b(?:several|many|more\s+than\s+one)\s+\p{L}+s\b/iu

/**
 * A thing of a kind documentation names ("the rate limiting middleware", "a request ID
 * middleware", "a session middleware", "an i18n helper"): two words before the kind, or one after
 * an article.
 */
const NAMED_KIND =
  /\b(\p{L}[\p{L}\p{N}]*)[ -](\p{L}[\p{L}\p{N}]*)\s+(middleware|helper|adapter|plugin)s?\b/iu
const NAMED_KINDS = new RegExp(NAMED_KIND.source, 'giu')
const ONE_WORD_KIND =
  /\b(?:a|an|the|any|some|\p{L}+['’]s)\s+(\p{L}[\p{L}\p{N}]*)\s+(middleware|helper|adapter|plugin)s?\b/iu
/** A determiner that refers to a thing already known by its name: "the", "Hono's". */
const DEFINITE = /^(?:the|\p{L}+['’]s)\s/iu
/**
 * A line that opens on a thing of a kind, as its subject, as an issue's title does: "Cache
 * middleware is not working", "cache middleware not working", "cache middleware?". Named so, it
 * is known by its name, as after "the". ("Allow middleware to …" opens on a verb: no subject.)
 */
const LINE_KIND =
  /^[ \t]*(\p{L}[\p{L}\p{N}]*)\s+(middleware|helper|adapter|plugin)s?(?=[ \t]*(?:[?!.:]*[ \t]*$|(?:is|are|was|were|isn['’]?t|aren['’]?t|does|doesn['’]?t|did|didn['’]?t|not|never|fails?|failing|throws?|breaks?|broken|returns?|won['’]?t|can['’]?t|cannot|should|with|and|on|in)\b))/imu
/** The kinds alone, which both patterns hold: looked for first. */
const KIND = /middleware|helper|adapter|plugin/iu

/**
 * A plain word of a kind's name: an identifier ("the jsxRenderer middleware") is a name of its
 * own, read as any name is.
 */
const plainWord = (w: string) =>
  /^(?:\p{Lu}?\p{Ll}+|\p{Lu}+)$/u.test(w) &&
  !STOPWORDS.has(w.toLowerCase()) &&
  !FRAME_WORDS.has(w.toLowerCase())

/**
 * "Is there a request ID middleware?", "Does Hono have a session middleware?": a middleware
 * (helper, adapter, plugin) named by two words the documents never write together, and whose
 * last word never names one of theirs either, is one they do not have, however well they know
 * each word ("request logging middleware" is their "Logger Middleware", "a custom auth
 * middleware" one like their "Basic Auth Middleware"); so is one named by a word they do not know.
 * The phrase, or undefined.
 */
export function unnamedKind(
  corpus: Corpus,
  ask: string,
  concepts: readonly Concept[] = [],
): string | undefined {
  // Either pattern names the kind: looked for first, as they cost ~0.5 µs each a question.
  if (!KIND.test(ask)) return undefined
  // Each thing of a kind the question names: "… could write a middleware myself, but is there a
  // built-in request ID middleware …?" names two.
  const pairs: string[][] = [...ask.matchAll(NAMED_KINDS), ...kindsFor(ask)].filter(
    (m) => plainWord(m[1]) && plainWord(m[2]),
  )
  if (!pairs.length) {
    // One word the documents never use ("a session middleware").
    const one = ONE_WORD_KIND.exec(ask)
    if (
      one &&
      plainWord(one[1]) &&
      !namedOne(corpus, asSpelled(concepts, one[1]), one[2], DEFINITE.test(one[0]))
    )
      return one[0].replace(/^\S+\s+/, '').toLowerCase()
    const line = one ? null : LINE_KIND.exec(ask)
    if (
      line &&
      plainWord(line[1]) &&
      !namedOne(corpus, asSpelled(concepts, line[1]), line[2], true)
    )
      return `${line[1]} ${line[2]}`.toLowerCase()
    // Or by the doing a question opens on, as the doing's first word (see doneFirst).
    const done = doneFirst(ask)
    return done && !mentions(corpus, stem(done.word.toLowerCase()))
      ? `${done.word} ${done.kind}`.toLowerCase()
      : undefined
  }
  for (const two of pairs) {
    const phrase = unnamedPair(corpus, two)
    if (phrase) return phrase
  }
  return undefined
}

/**
 * The word as the documents write it, where the reader slipped ("the comprres middleware"): the
 * term its concept was read as, when that is the documents' and not the word's own stem.
 */
function asSpelled(concepts: readonly Concept[], word: string): string {
  const lower = word.toLowerCase()
  const c = concepts.find((x) => x.word === lower)
  const term = c && c.alts.keys().next().value
  return term !== undefined && term !== stem(lower) && c!.mentioned ? term : word
}

/**
 * "a middleware for rate limiting", and "How do I add rate limiting …? Is there a built-in
 * middleware for it?": a kind named by what it is for, read as "rate limiting middleware" (the
 * thing "it" stands for is what the how-to question does something to). Each as NAMED_KINDS
 * matches: the phrase, its two words, the kind.
 */
function kindsFor(ask: string): string[][] {
  const m = KIND_FOR.exec(ask)
  if (!m) return []
  const [, kind, pronoun] = m
  const [w1, w2] = pronoun ? (HOW_TO_OBJECT.exec(ask)?.slice(1) ?? []) : m.slice(3)
  return w1 && w2 ? [[`${w1} ${w2} ${kind}`, w1, w2, kind]] : []
}

/** "(a) middleware for X Y", "… for it / that / this" (see kindsFor). */
const KIND_FOR =
  /\b(middleware|helper|adapter|plugin)s?\s+for\s+(?:(it|that|this)\b|(\p{L}[\p{L}\p{N}]*)[ -](\p{L}[\p{L}\p{N}]*))/iu

/**
 * The two words after a light verb of "How do I add …", "how can we implement …": what such a
 * verb is done to names the doing ("add rate limiting"), where after "validate JSON bodies" the
 * verb does ("a middleware for that" validates; it is no "JSON bodies middleware").
 */
const HOW_TO_OBJECT =
  /\bhow\s+(?:do|can|should|could)\s+(?:i|we|you|one)\s+(?:add|implement|do|enable|get|have|use|set\s+up)\s+(?:(?:a|an|the)\s+)?(\p{L}[\p{L}\p{N}]*)[ -](\p{L}[\p{L}\p{N}]*)/iu

/**
 * "pretty print json responses when ?pretty is in the query, built in middleware for that?": a
 * question that opens on its doing, with no word that asks before it, is a how-to question said
 * short, and "that" / "it" stands for the doing. Its first word is the one that names it
 * ("pretty", as "compress" of "compress responses with gzip" names their Compress Middleware),
 * and one the documents never use names a middleware they do not have. (A question word, an
 * auxiliary or an article is a stopword, and fails plainWord.) The word and the kind, or
 * undefined.
 */
function doneFirst(ask: string): { word: string; kind: string } | undefined {
  const m = KIND_FOR.exec(ask)
  if (!m?.[2] || HOW_TO_OBJECT.test(ask)) return undefined
  const first = OPENING_DOING.exec(ask)?.[1]
  return first && plainWord(first) ? { word: first, kind: m[1] } : undefined
}

/** The first word of a question, when another follows it (see doneFirst). */
const OPENING_DOING = /^\s*(\p{L}[\p{L}\p{N}]*)[ -]\p{L}/u

/** Most kinds ("request id middleware") whose naming a corpus remembers (see Corpus.memo.kinds). */
const KINDS_MEMO = 1024

/**
 * The documents name a middleware (helper …) by `word`: they use the word, and write it before the
 * kind ("CORS Middleware", a word more allowed: "CSRF Protection Middleware") or title a page with
 * it that calls itself one. A word they use only of other things ("cache", of headers) names
 * none of theirs: "Hono's cache middleware" is one they do not have, as "a session middleware" is.
 */
function namedOne(corpus: Corpus, word: string, kind: string, definite: boolean): boolean {
  const stemmed = stem(word.toLowerCase())
  if (!mentions(corpus, stemmed)) return false
  // "a single helper", "a simple middleware" describe one; only "the" or "Hono's" refers to a
  // middleware by its name.
  if (!definite) return true
  const key = `${stemmed} ${kind.toLowerCase()}`
  const memo = corpus.memo.kinds
  let named = memo.get(key)
  if (named === undefined) {
    const w = `(?:${escaped(stemmed)}|${escaped(word.toLowerCase())})`
    // A name typed whole that the documents write in parts ("secureheaders" of their
    // `secureHeaders`) is also their name written apart ("Secure Headers Middleware").
    const parts = writtenParts(corpus, word.toLowerCase())
    const apart = parts ? `|${parts.map(anyCase).join('[ \\t-]*')}` : ''
    // In any case without the "i" flag (see anyCase): this scans every page.
    const name = new RegExp(
      `\\b(?:${anyCase(stemmed)}|${anyCase(word.toLowerCase())}${apart})[\\p{L}\\p{N}]*(?:[ \\t-]+[\\p{L}\\p{N}]+)?[ \\t-]+${anyCase(kind)}`,
      'u',
    )
    const titled = new RegExp(`\\b${w}`, 'i')
    const kindWord = new RegExp(`\\b${kind}`, 'i')
    named = [...corpus.docs.values()].some(
      (doc) => name.test(doc.text) || (titled.test(doc.title) && kindWord.test(doc.text)),
    )
    keepBounded(memo, KINDS_MEMO, key, named)
  }
  return named
}

/** The phrase of "X Y middleware" when the documents never name such a middleware (see unnamedKind). */
function unnamedPair(corpus: Corpus, two: readonly string[]): string | undefined {
  const [phrase, w1, w2, kind] = two
  const first = stem(w1.toLowerCase())
  const last = stem(w2.toLowerCase())
  // Two words the documents do not both know are read as any such words are.
  if (!isKnownTerm(corpus, first) || !isKnownTerm(corpus, last)) return undefined
  const key = `${first} ${last} ${kind.toLowerCase()}`
  const memo = corpus.memo.kinds
  let named = memo.get(key)
  if (named === undefined) {
    // A stem need not begin its words ("parti" of "party"): either way of writing it will do.
    const either = (stemmed: string, word: string) =>
      `(?:${escaped(stemmed)}|${escaped(word.toLowerCase())})`
    const w1s = either(first, w1)
    const w2s = either(last, w2)
    // A modifier the documents never use makes another kind: "rate limiting middleware" is not
    // their "Body Limit Middleware", where "request logging middleware" is their "Logger
    // Middleware" and "custom auth middleware" one like their "Basic Auth Middleware".
    const ownModifier = mentions(corpus, first) || hasExpansions(corpus.lexicon, first)
    const names = [
      // The doing written out, a few words apart within a sentence, names it too: "a middleware
      // for parsing multipart" is their "Parse Request body of type `multipart/form-data`",
      // done without one.
      new RegExp(`\\b${w1s}\\w*(?:[\\s-]+[^\\s.!?]+){0,5}?[\\s-]+\\W?${w2s}`, 'i'),
      // A name may hold a word more ("CSRF Protection Middleware").
      ...(ownModifier
        ? [
            new RegExp(
              `\\b(?:${anyCase(last)}|${anyCase(w2.toLowerCase())})[\\p{L}\\p{N}]*(?:[ \\t-]+[\\p{L}\\p{N}]+)?[ \\t-]+${anyCase(kind)}`,
              'u',
            ),
          ]
        : []),
    ]
    // Or a page is about it: titled by the word ("CSRF Protection") and calling itself one
    // ("This middleware protects against CSRF attacks …").
    const titled = new RegExp(`\\b${w2s}`, 'i')
    const kindWord = new RegExp(`\\b${kind}`, 'i')
    named = [...corpus.docs.values()].some(
      (doc) =>
        names.some((n) => n.test(doc.text)) ||
        (ownModifier && titled.test(doc.title) && kindWord.test(doc.text)),
    )
    keepBounded(memo, KINDS_MEMO, key, named)
  }
  return named ? undefined : phrase.toLowerCase()
}

/** The kind of answer a question asks for by name: "what unit", "which type", "what kinds of". */
export const CATEGORY = /\b(?:what|which)\s+(units?|types?|formats?|kinds|sorts|varieties)\b/i

/**
 * "What forms can infidelity take?", "What shape does it take in couples?": the reader asks for the
 * kinds of a thing, which the documents list ("One way is through infidelity …"); neither the
 * "forms" nor the "take" is what it is about.
 */
export const FORMS_TAKEN =
  /\bwhat\s+(forms?|shapes?)\s+(?:can|could|does|do|did|might|may|will|would|should)\s+(?:[\p{L}'’-]+\s+){1,4}?take\b/iu

/**
 * "What options does it take?", "Which arguments does `serve()` accept?", "What does bodyLimit
 * take as options?": the verb only says that the thing named is given something; what is asked is
 * the kind of thing given ("options"). Read as a topic, "take" weighed more than "options", and
 * its WordNet sense "fetch" led to the CSRF page's `Sec-Fetch-Site` after a question on CORS. The
 * verb is the first group or the second. Without a noun asked for, "What does healing take?" asks
 * what healing needs: there "take" is what is asked.
 */
export const WHAT_IT_TAKES =
  /\b(?:what|which|how\s+many)\s+(?:[\p{L}'’-]+\s+(?:can|could|does|do|did|might|may|will|would|should)\s+(?:[\p{L}'’.()`-]+\s+){1,4}?(takes?|accepts?)\b|(?:can|could|does|do|did|might|may|will|would|should)\s+(?:[\p{L}'’.()`-]+\s+){1,4}?(takes?|accepts?)\s+as\s)/iu

/**
 * Code written into prose without backticks: a call ("secureHeaders()", "c.req.header()"), a
 * dotted name ("process.env"), a camelCase name ("poweredBy"), a header ("X-Powered-By").
 */
export const UNMARKED_CODE =
  /(?<![\w$.])(?:[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\(\)|[a-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+|[a-z]+[A-Z][\w$]*|[A-Z][a-z]*(?:-[A-Z][a-z]+)+)(?![\w$])/g
/** What every UNMARKED_CODE match holds ("()", a dot inside a name, a camel hump, "-X"), looked for first. */
export const MAY_BE_CODE = /\(\)|[\w$]\.[A-Za-z_$]|[a-z][A-Z]|-[A-Z]/
