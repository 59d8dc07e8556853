// Question (+ history) → ranked sentences with an answerability score.
//
// A question is read as a set of concepts, one per content word, each with the terms that may stand
// for it in the documents (its own stem, a typo's correction, WordNet expansions) and a salience
// (IDF for words the corpus has, general-English rarity for words it lacks). A sentence's coverage is
// the salience-weighted share of concepts it matches; the best coverage is the one answerability
// score that decides between answering and abstaining.

import { idf, mentions, type Corpus, type WordReading } from './corpus.ts'
import {
  eachSlip,
  editDistance,
  expansions,
  frequencyOf,
  hasExpansions,
  nearestRelated,
} from './lexicon.ts'
import { isCitable } from './passages.ts'
import { bufferFloat64, bufferInt32, F64, I32 } from './scratch.ts'
import { byScore } from './by-score.ts'
import { FIELD_BIT, searchHits, type Hits } from './search-index.ts'
import {
  baseForms,
  FRAME_WORDS,
  indexTerms,
  plain,
  stem,
  STOPWORDS,
  TEXT_SPEAK,
  tokens,
  words,
  wordsOfTokens,
} from './terms.ts'
import type { Turn } from './types.ts'
import { rareSenses } from './wordnet-senses.ts'
import { keepBounded } from './bounded-memo.ts'

export interface Concept {
  /** The reader's word (or phrase), as reported when the documents never mention it. */
  word: string
  /** How much this concept matters to the question. */
  salience: number
  /** Index term → how well it stands for the concept (1 = the word itself). */
  alts: Map<string, number>
  /** True when at least one alternative occurs in the corpus. */
  known: boolean
  /** True when the word itself (or its typo's correction) occurs in the corpus. */
  mentioned: boolean
  /** Borrowed from earlier turns to resolve a follow-up; never reported as missing. */
  fromHistory: boolean
  /** Written as a name ("Redis", "GraphQL", "ECS"). */
  name?: boolean
  /** The parts of a compound ("sign", "cooki" of getSignedCookie): all of them together stand for it. */
  parts?: string[]
  /**
   * A name said only where the reader tells about their setup ("… from our IdP"), beside a
   * question of what the documents do cover: it sets the scene, it is not what they ask about.
   */
  told?: boolean
  /**
   * Alternatives that count only in a sentence that denies them, each with the bare form the
   * word must have there (see addDenied): the reader's "unstable" is the documents' "lack of …
   * stable", never their plain "stable".
   */
  deniedIn?: Map<string, string>
}

/** What an answer must hold: a number, a person, or a person's name (who made something). */
export type Expectation = 'number' | 'person' | 'name'

export interface AnalysedQuestion {
  concepts: Concept[]
  expects?: Expectation
  /** A follow-up ("What does it include?") with no earlier turn to say what "it" is. */
  unresolved: boolean
  /** Stems of what the reader quotes ("…", `…`, pasted code): an error message, a line of code. */
  quoted?: Set<string>
  /** The question as the reader wrote it. */
  text: string
  /**
   * Stems of every content word of the question: what a message the documents quote is checked
   * against. Worked out when first asked for (see spokenOf): few questions meet such a message.
   */
  spoken?: Set<string>
  /** Phrases of two words or more the reader puts in quotation marks, lower-cased: "secure area". */
  phrases?: string[]
  /**
   * The word a question opens on as its subject ("Which antidepressant …", "What dose of
   * sertraline …", "Does yoga help …"; see askedAbout) when the documents have neither it nor any
   * word related to it, or the doing it asks of ("Can I sue …"), or a noun after a name of theirs
   * they do not use ("GraphQL subscriptions", see nameHead); else another part of the question
   * they do not cover (see unnamedPart): a thing the doing is tied to, a middleware they never
   * name ("request id middleware"), a joined name ("Next.js"), a function they never call, the
   * sides of an either-or question.
   */
  unnamed?: string
  /**
   * "Is attachment trauma worse for children of divorce than for those who lost a parent?": the
   * question asks to compare (see comparisonAsked), which only a sentence that compares answers.
   */
  compares?: boolean
  /**
   * "Are anxious people more likely to cheat?": the question compares how likely a thing is (see
   * likelihoodCompared), which a sentence that compares or says a cause answers.
   */
  comparesOdds?: boolean
  /** "And on Node?": the last question asked again of another thing (see analyse). */
  elliptical?: boolean
  /**
   * "And exposure therapy?", "What about social skills training?" after "What does CBT focus
   * on?": the last question asked of a new subject, which takes the place of the one it was about.
   */
  newSubject?: boolean
  /**
   * For "What is X?" ("What are …", "What does X mean?", "Define X"): for each word of X, the
   * stems that stand for it (its concept's alternatives of weight 0.5 or more).
   */
  defines?: Array<Set<string>>
  /** Stems of what the question sets aside: "cheat" of "what else besides cheating?". */
  excluded?: Set<string>
  /** For "What causes X?" ("Where does X come from?", "causes of X"): X, as `defines` holds a term. */
  causes?: Array<Set<string>>
  /**
   * Terms of the APIs a problem report is about: the rarest names it writes as code ("notFound"
   * of "Custom notFound on a sub-app is ignored", "onError" of "… don't reach app.onError"; see
   * anchorsOf).
   */
  anchors?: string[]
  /** The question reports a problem (see reportsProblem): the pages' warnings may answer it. */
  reports: boolean
}

export interface Ranked {
  /** Index into corpus.data.sentences. */
  sentence: number
  /** Salience-weighted share of the question's concepts that this sentence covers, 0..1. */
  coverage: number
  /** Final ranking score: coverage, adjusted by answer type, plus a small BM25 tie-breaker. */
  score: number
  /** MiniSearch's BM25 score. */
  bm25: number
  /** Coverage of the question's own concepts only (without those lent by the history). */
  own: number
  /** How many of the question's concepts (its own and those lent by history) this sentence matches clearly. */
  matched: number
  /** How many of the question's own concepts the sentence's own words match (not its surroundings). */
  said: number
  /** It states a rule about the API a problem report names (see anchored). */
  anchored?: boolean
  /**
   * The share of its own matched weight that comes from words only the reader's pasted code says,
   * matched only in its surroundings (the code it introduces): an echo of the reader's code.
   */
  echo?: number
}

export interface Retrieval {
  question: AnalysedQuestion
  ranked: Ranked[]
}

/** Limits that bound the work a single question can cause, whatever it contains. */
export const LIMITS = {
  /** Distinct concepts kept from one question; later ones are dropped. */
  maxConcepts: 40,
  /** Distinct search terms (concepts and their expansions) searched for one question. */
  maxTerms: 64,
  /** Words longer than this are not words (hashes, base64): ignored. */
  maxWordLength: 40,
  /** Candidates checked for opening with the question's words, and how many words count as the opening. */
  leadCandidates: 12,
  leadWords: 8,
  /**
   * Words of one question looked up one edit away among the lexicon's English words, or by their
   * two-deletion variants in the typo index when nothing nearer corrects them.
   */
  relatedLookups: 3,
  /** Candidates checked for defining what "What is X?" asks about. */
  definitionCandidates: 40,
  /**
   * Candidates checked for stating a rule about the API a problem report names (see anchored):
   * at 20, 40 or all of them, three first places were lost and none gained.
   */
  anchorCandidates: 12,
  /** Shortest name read as a slip of one of the documents' names (see conceptFor). */
  nameSlipLength: 9,
  /** A question longer than this is read as a story: its last question counts most. */
  storyChars: 200,
  /** A sentence of at least this many content words, this share of them quoted by the reader, echoes the quote. */
  echoWords: 3,
  echoShare: 0.8,
  /** Most prose sentences before a quoted line that introduce it (see introduceQuotes). */
  quoteIntro: 2,
  /** Fewest distinct words of one `inline code` span, all the reader's, that restate their code. */
  restatedCodeWords: 4,
  /**
   * Least share of a sentence's matched weight that, echoing the reader's pasted code, lets it
   * give way (see echoGivesWay). Over the 34 sets 0.15–0.25 alike; 0.1 lost a first three, 0.3
   * moved nothing.
   */
  codeEchoShare: 0.2,
}

/** Weights of the parts of a question and of its history. */
export const WEIGHTS = {
  /** A typo's correction stands for the word a little less surely than the word itself. */
  typo: 0.9,
  /** A match only in a sentence's surroundings (heading, neighbours) counts this much. */
  contextMatch: 0.5,
  /** A match in the section's heading: the sentence is about it, without naming it again. */
  headingMatch: 0.7,
  /** A match in the title of the page: the whole page is about it ("Basic Auth Middleware"). */
  titleMatch: 0.5,
  /** Words from the earlier sentences of a long message (the story before the question). */
  story: 0.35,
  /** One part of a compound ("query" of "query string") standing for the whole. */
  compoundPart: 0.6,
  /**
   * A phrasal verb's verb alone ("cheat" of "cheated on"), below what WordNet relates to the
   * phrase at its best: "turning me down" is "rejected" (0.57) before it is "turn against" (0.5).
   */
  verbAlone: 0.5,
  /** All parts of a compound together ("signed cookies" for getSignedCookie) standing for the whole. */
  allParts: 0.8,
  /** Share of a known word's salience that depends on its general-English rarity. */
  rarity: 0.3,
  /** Share of a sentence's coverage taken from the best its section does for each concept. */
  section: 0.3,
  /**
   * Added, times the share of the question its page covers (each concept's best match anywhere
   * on the page), to a sentence's score: a page that speaks of everything a long question names
   * is the page it is about, where a sentence of another page matches as many of its words by
   * chance ("the client that made the request" on the RPC client's page, not the ConnInfo
   * helper's). Only the order moves: coverage, and so answerability, is the sentence's own. Over
   * the 28 sets 0.035 brought five answers to the first place (four from the first three) and
   * two wrong ones into the first three, took none from the first place and one from the first
   * three; 0.02–0.05 all gained, 0.04 and up lost a first place; as a share of coverage (0.05)
   * it answered seven questions wrongly that had abstained; the page's lead over the sentence
   * itself, or its share of the best page's, gained less.
   */
  page: 0.035,
  /** Most that a story's words weigh together, as a share of the words of the question it leads to. */
  storyShare: 1,
  /** Story words when the asking sentence itself names at most one thing the documents know. */
  storyWhenVague: 0.8,
  /** Words from `inline code` in a question's prose. */
  inlineCode: 0.7,
  /** Words from code pasted into a question. */
  code: 0.15,
  /** Words from the previous question, lent to a follow-up. */
  history: 0.6,
  /**
   * The last question's words in "What about X?" (X a new subject, not a setting): they still say
   * what is asked of X, but X takes the place of what they were about, and at 0.6 a sentence on
   * the old subject that says one new word ("Social skills training teaches people …" for "and
   * what about people afraid of intimacy?") outranked the one on X. Over the 34 sets, 0 to 0.5 all
   * moved 4f04 @3 → @1 and 13d36 wrong → @3 (→ @1 from 0.15 down); nothing fell at any of them.
   */
  newSubjectHistory: 0.15,
  /**
   * Score kept in a follow-up by a sentence that says nothing of what the last question asked
   * about, and the share of that question's weight (its words lent as history) from which a
   * sentence keeps all of it: "does it also work for streaming responses?" after a question on
   * the timeout middleware is not answered by "It returns a streaming response …", which says
   * every new word and little of the timeout. Over the 26 sets, 0.7 and 0.15 brought four
   * follow-ups up and none down; 0.8 only one up; 0.7 full from 0.2 or 0.3, one wrong answer
   * abstained instead of rising; 0.5 or 0.6 mostly cost first places (up to five).
   * "What about social skills training?" is exempt (see rank): read so, it lost its answer.
   */
  offTopic: 0.7,
  onTopic: 0.15,
  /** Share of the final score given to BM25, to break ties between equally covering sentences. */
  bm25: 0.05,
  /**
   * Factor of a sentence with bold in it: what a page marks as mattering ("**you must define
   * your routes using chained methods**") is more often what a reader asks about.
   */
  bold: 1.1,
  /**
   * Factor of a sentence with a link: it names another page's topic in its link text ("pass it to
   * [your app.onError() callback](…)") and leaves the details there.
   */
  link: 0.97,
  /** Added to a sentence of a warning or note when the question reports a problem. */
  aside: 0.05,
  /** Score kept by a terse unit (an option's name and type, "Example:"). */
  terse: 0.85,
  /**
   * Score kept by a code sample cited on its own: it shows rather than says, and matches a
   * question through what every sample has (`new Hono()`, `c.req`, `return`); the sentence that
   * introduces it is cited with it anyway (see answer.ts). 0.85 moved one Hono answer, 0.7 and
   * below ten (four to the first place, three more into the first three, three wrong answers to
   * abstentions) and none back; 0.6 one more.
   */
  example: 0.6,
  /**
   * Score kept by a sentence that introduces what follows it ("You can upload files using a form
   * body:"): a signpost to a sample or a list, cited with it (see answer.ts), and less often the
   * answer than a sentence that says it. At 0.9, eight Hono answers moved up (five to the first
   * place) and one down, and one question the pages do not answer was answered; 0.8 moved as
   * many down as up. Sentences that end "like this.", "as follows." or "the following." are such
   * signposts too: three more answers up, one down.
   */
  intro: 0.9,
  /** Bonus, in a follow-up that points back, for the sentence continuing one the last answer cited. */
  continuation: 0.05,
  /**
   * Bonus, in a follow-up that points back with a pronoun, for the sentence that goes on from the
   * one the last answer led with ("It can also create tension …" after "If one partner breaks a
   * safe word …"). Over the 24 sets: at 0.3 eight follow-ups came to the first place (and one
   * more, answered now: see afterLead) and none left it; 0.2 and 0.25 moved one fewer up, 0.35
   * to 0.5 one to three fewer.
   */
  afterLead: 0.3,
  /**
   * Malus, in a follow-up that points back with a pronoun, for the sentence the last answer led
   * with: the reader asks about it, not for it again (see pastLead). Over the 32 sets at 0.2 (with
   * definitionElsewhere): 3 follow-ups came to the first place, one Hono answer wrong → abstained,
   * one fell to @2 (a question asking whether the lead still holds); 0.1 moved only two, 0.25–0.3
   * the same as 0.2.
   */
  pastLead: 0.2,
  /**
   * Score kept, in a question that asks no definition, by a sentence that states what a thing is
   * ("Attachment trauma is defined as …", "Trust is essentially …": see statesWhatItIs). Over the
   * 32 sets at 0.9: 3 answers came to the first place, one wrong answer abstained instead, one
   * story asking "is that a thing?" fell to @3; at 0.85 and 0.8 one or two more fell.
   */
  definitionElsewhere: 0.9,
  /** Kept by a sentence that only sends the reader elsewhere (see pointsElsewhere). */
  pointer: 0.9,
  /** Score kept by a sentence about the document itself ("This article explores …"). */
  signpost: 0.8,
  /** Bonus, in a follow-up that points back with a pronoun, for the pages the last answer cited. */
  samePage: 0.15,
  /**
   * Bonus, in a follow-up asking for a default, for the sentences stating one on the page the
   * last answer led with (see statedDefault). Over the 30 sets, 0.15–0.25 brought two answers
   * from the first three to the first place and lost none; 0.1 one, 0.3 lost one first place.
   */
  statedDefault: 0.2,
  /**
   * Bonus for a sentence that says "yourself" / "your own" when the reader says "myself" / "my
   * own" (see doneOneself). Over the 30 sets, 0.25–0.5 brought three answers to the first place
   * (one of them wrong before) and none down; 0.2 one fewer, 0.6 lost one to an abstention.
   */
  oneself: 0.3,
  /**
   * Salience kept by the words a follow-up sets aside with "instead of" / "rather than" ("… in a
   * database instead of hardcoded"): what the reader does not want. Over the 32 sets 0.2–0.3
   * brought one wrong answer to the first three and moved nothing else; at 0.5 nothing moved.
   */
  setAside: 0.3,
  /** Bonus, in a follow-up naming what it points at ("those emotions"), for a sentence opening on it ("These emotions …"). */
  pointedAt: 0.1,
  /** Bonus for a sentence that opens with the question's words, times the share it opens with. */
  lead: 0.08,
  /**
   * Bonus for a sentence that states a rule about the API a problem report names (see anchored).
   * Over the 24 sets, at 0.2 thirteen answers came to the first place and one left it; 0.1 moved
   * four fewer up, 0.3 and 0.5 three more down.
   */
  anchor: 0.2,
  /**
   * Bonus, instead of WEIGHTS.anchor, for a sentence about the reported API whose only caveat is a
   * negation ("not", "never", "won't"; see anchored and RULE): it often says again what the reader
   * reports ("This handler will NEVER be called", "… where your middleware was never registered"),
   * while a rule ("only", "must", "cannot", a stressed word) says what holds. Over the 27 sets
   * (with restatedCode), 0.04–0.05 brought two answers from the first three and one wrong answer
   * to the first place, one or two wrong answers abstained, and none moved down; 0.07 and 0.1 one
   * or two fewer up; 0.08 and 0.02 lost one first place each, 0 five.
   */
  anchorNegation: 0.05,
  /** Salience kept by the words of "What is X in Y?" other than X: they place X, not ask about it. */
  placing: 0.5,
  /** Bonus for a sentence that defines what "What is X?" asks about: "X is …", "X involves …". */
  definition: 0.3,
  /** Bonus for a sentence that says where what "What causes X?" asks about comes from. */
  cause: 0.3,
  /** A concept counts as clearly matched from this match weight on (a context match of a synonym does not). */
  clearMatch: 0.35,
  /**
   * A denied word's denying form ("can't feel safe" → "unsafe"), and a denying form's denied word
   * ("unstable" → "lack … stable"): see addNegated and addDenied.
   */
  denied: 0.9,
  /** Salience kept by a word that frames the question ("mean", "happen") rather than its topic. */
  frame: 0.4,
  /** Coverage kept by a sentence that lacks the kind of answer asked for (a number, a person). */
  wrongType: 0.25,
  /** Score kept by a sentence that only repeats what the reader quotes (the error message itself). */
  echo: 0.5,
  /**
   * Score kept by a sentence that quotes the reader's own code back as `inline code` (see
   * restatesCode): it describes the reader's setup ("If you define routes separately … (like …
   * `const app = new Hono(); app.get(...)`), …"), while the answer states the rule about it ("…
   * **you must define your routes using chained methods** …"). Over the 27 sets, 0.7–0.9 brought
   * five answers from the first three to the first place and moved none down.
   */
  restatedCode: 0.8,
  /**
   * Score kept by a sentence that sums up what a page's subject offers ("This helper provides
   * functions for encoding, decoding, signing, and verifying …", "JWTs are commonly used for …":
   * see OVERVIEW) when a sentence of its page below it says one of the question's words it does
   * not (see yieldToAsked): the overview names the topic, the other says what holds of it ("This
   * function decodes a JWT token without performing signature verification."). Over the 32 sets,
   * 0.7–0.85 brought two answers from the first three to the first place and moved none down;
   * 0.9 only one.
   */
  overview: 0.8,
  /**
   * Score kept by a sentence whose own words say only what the reader tells of their setup, none
   * of what they ask, when a sentence of its page below it says something asked (see
   * yieldToAsked). Over the 32 sets, 0.85–0.9 brought two answers from the first three to the
   * first place and moved none down; 0.8 lost one first place on the default corpus.
   */
  setupOnly: 0.9,
  /**
   * Score kept by a sentence whose matches are mostly an echo of the reader's pasted code, when a
   * sentence of its page below it says a word of the reader's prose (see echoGivesWay). Over the
   * 34 sets, 0.7–0.9 brought the same two answers from the first three to the first place and
   * moved none down.
   */
  codeEcho: 0.85,
  /**
   * Weakest WordNet relative through which the documents still speak of a question's subject:
   * a hyponym or hypernym through a main sense (0.4 or 0.5 × a prominence of 0.75). Below it
   * the subject is not theirs ("medication" ~ "therapy" 0.25, "meditation" ~ "think" 0.29).
   */
  subjectRelative: 0.3,
  /** How close a relative the documents must say for a side of an either-or question (see unnamedChoice). */
  choiceRelative: 0.5,
  /**
   * Weakest relative through which the documents still speak of what a how-to question ties its
   * doing to ("… in memory", see unnamedComplement): a thing the reader places the doing in or
   * does it with is concrete, and "memory" ~ "remember" (0.47) or "learn" (0.3) is no place of
   * theirs. Over the 24 sets, 0.5 gained one abstention (hho o08) and moved nothing else; no
   * answer of 42 hand-written how-to probes moved.
   */
  tieRelative: 0.5,
  /**
   * Weakest relative through which another word of the question says a word of a rare sense's
   * context ("kids" says "child", 0.7, of raise's "bring up" sense: see pickSenses).
   */
  senseContext: 0.5,
}

/**
 * The matches of `pattern` (global, and never matching an empty string) in `text`, in order, as
 * text.matchAll(pattern) lists them: matchAll first makes a copy of the pattern (~0.15 µs), and
 * the patterns read with this run on every text of every question.
 */
function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  pattern.lastIndex = 0
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) out.push(m)
  return out
}

/** `text` as a regular expression that matches it literally. */
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The text tokensOf read last, its tokens, and its words once asked for. */
let lastRead: string | undefined
let lastTokens: ReturnType<typeof tokens> = []
let lastWords: readonly string[] | undefined

/**
 * The tokens of a text (see tokens()), which readerWords and the words of a question's text
 * (wordsOf) both read: the last text read is remembered with its tokens, which callers only read.
 */
function tokensOf(text: string): ReturnType<typeof tokens> {
  if (text !== lastRead) {
    lastTokens = tokens(text)
    lastWords = undefined
    lastRead = text
  }
  return lastTokens
}

/**
 * The words of a question's text (see words()), which several of its tests read (pointsBack,
 * askingWords, namedBefore …), from the text's remembered tokens (see tokensOf); callers only
 * read them.
 */
function wordsOf(text: string): readonly string[] {
  const all = tokensOf(text)
  return (lastWords ??= wordsOfTokens(all))
}

const ANAPHORA = new Set([
  'it',
  'its',
  'they',
  'them',
  'their',
  'that',
  'those',
  'this',
  'these',
  'he',
  'she',
  'him',
  'her',
  'there',
])
/** Pronouns that can only point back at a thing or someone ("that" and "there" also relate and exist). */
/** Words that make "a … time" a difficulty: "a hard time", "a tough time". */
const HARD = new Set(['hard', 'tough', 'difficult', 'rough', 'rougher', 'harder', 'tougher'])
/** Forms of "keep", which before a verb in -ing says "again and again" ("I keep thinking"). */
const KEEP = new Set(['keep', 'keeps', 'kept', 'keeping'])
/** Verbs before an existential "there" ("is there", "are there any"). */
const EXISTENTIAL = new Set(['is', 'are', 'was', 'were', 'isnt', 'arent'])
const POINTING = new Set([...ANAPHORA].filter((w) => w !== 'that' && w !== 'there'))
/** Objects that go between a phrasal verb and its particle: "turn me down", never "turn down me". */
const OBJECT_PRONOUNS = new Set(['me', 'you', 'him', 'her', 'it', 'us', 'them'])
const PARTICLES = new Set([
  'up',
  'down',
  'out',
  'off',
  'on',
  'over',
  'back',
  'away',
  'through',
  'along',
  'around',
  'apart',
])
const NUMBER_WORDS =
  /\b(\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|percent|half|third|quarter|dozen)\b|%/i

/** "How many …", "what percentage …": a question for a quantity, wherever it asks one. */
const QUANTITY =
  /\bhow (?:many|much|often)\b|\bwhat (?:percentage|percent|proportion|share|fraction|number|year)\b/g
/**
 * Words after which a quantity clause is still what is asked: "Can you tell me how much …", "Do
 * you know how many …", "I wonder how often …". After any other word it is part of the question's
 * topic, not its ask: "Can childhood stuff mess up how much you trust people?" asks whether.
 */
const ASKS_QUANTITY = new Set(
  'me us know knows tell say ask asking wonder wondering idea sure curious estimate guess and but so or also then'.split(
    ' ',
  ),
)

function asksQuantity(t: string): boolean {
  // (QUANTITY opens on either, looked for first.)
  if (!t.includes('how ') && !t.includes('what ')) return false
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
 * "Which psychologist first developed attachment theory?", "What researcher coined …": a person
 * by their trade, asked who made a thing, asks for a name as "who" does. The trade, if so.
 */
function makerAsked(t: string): string | undefined {
  return /\b(?:which|what)\s+(?:[a-z]+\s+)?([a-z]+(?:ist|er|or|ian)s?)\s+(?:first\s+)?(?:developed|created|founded|invented|discovered|coined|wrote|designed|pioneered|proposed|came up with)\b/.exec(
    t,
  )?.[1]
}

/**
 * The kind of answer a question (`t`, in lower case) asks for, if any; `maker`: the trade it asks
 * for by makerAsked.
 */
function expectation(t: string, maker: string | undefined): Expectation | undefined {
  if (
    asksQuantity(t) ||
    /\bstatistic/.test(t) ||
    // A rate ("the success rate of CBT") is a number too; a rate limit is not.
    /\brates?\b(?!\s*-?\s*limit)/.test(t)
  ) {
    return 'number'
  }
  // "Who …?" asks for a person; "people who were …" is a relative clause and asks nothing.
  const who = t.includes('who') && /(^|[.?!;:,]\s*|\b(and|but|so)\s+)who\b|\bwhom\b/.test(t)
  // Who made a thing asks for a name: "individuals" does not say who founded a theory.
  if (
    who &&
    /\bwho\s+(first\s+)?(developed|created|founded|invented|discovered|coined|wrote|designed|pioneered|proposed|came up with)\b/.test(
      t,
    )
  )
    return 'name'
  if (who) return 'person'
  if (maker) return 'name'
  // "Which therapist does the article recommend by name?" ("the name of the cookie" is no person's).
  if (/\bby name\b/.test(t)) return 'name'
  return undefined
}

/**
 * Leaving a setting out, in the reader's words: "if I leave allowMethods out", "given I never
 * passed one", "without specifying a path", "when it's omitted", "out of the box".
 */
const DEFAULT_ASKED =
  /\b(?:(?:leave|leaving|left)\s+(?:\S+\s+){0,2}?(?:out|unset|empty|blank)|omit(?:s|ted|ting)?|out of the box|(?:never|not|don'?t|do not|didn'?t|did not|doesn'?t|does not|without|no)\s+(?:(?:explicitly|actually|even)\s+)?(?:setting|passing|(?:pass|set|specify|specifie|provide|give|gave|configure|supply|define)(?:s|d|ed|ing)?))\b/

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
 * The documents say what comes "first", which the reader did not write.
 */
const FIRST_STEP_ASKED =
  /\b(?:(?:how|where)\s+(?:do|does|can|could|should|would|to)\s+(?:(?:i|we|you|u|one|someone|people|they)\s+)?(?:even\s+|actually\s+|ever\s+)?(?:start|begin)|(?:the\s+)?first\s+steps?)\b/i

/**
 * The question asks how long something lasts or takes: "How long until I stop feeling like
 * this?", "how much time does it take". The documents say it "takes time", which the reader did
 * not write.
 */
const DURATION_ASKED = /\bhow\s+(?:long|much\s+time|many\s+(?:days|weeks|months|years))\b/i

/**
 * The question asks why a small thing is left out, or where the cut-off lies: "why are my small
 * json responses not getting compressed?", "does it also compress tiny responses … or is there
 * some cutoff?". What is too small to be handled is under a "minimum", which the reader did not
 * write (WordNet links "small" to "size", not to "minimum").
 */
const MINIMUM_ASKED = {
  small: /\b(?:small|tiny)\b/i,
  left: /\b(?:not|never|cutoff|cut-off|threshold)\b|n['’]t\b/i,
}
/** The reader's words for where a setting's bound lies (see MINIMUM_ASKED). */
const BOUND_WORDS = new Set(['cutoff', 'threshold'])

/**
 * Words an answer says that a question implies only by how it asks: "Which methods does it allow
 * if I leave allowMethods out?" asks for the "default", "how do I even start?" for what comes
 * "first", "what are they trying to do?" for their "aim". Each joins the question when the
 * documents know it (the word, or for "aim" a WordNet relative such as "purpose").
 */
const IMPLIED: ReadonlyArray<{ word: string; asked: (ask: string) => boolean }> = [
  { word: 'default', asked: asksDefault },
  { word: 'first', asked: (ask) => FIRST_STEP_ASKED.test(ask) },
  { word: 'aim', asked: (ask) => PURPOSE_ASKED.test(ask) },
  { word: 'time', asked: (ask) => DURATION_ASKED.test(ask) },
  {
    word: 'minimum',
    asked: (ask) => MINIMUM_ASKED.small.test(ask) && MINIMUM_ASKED.left.test(ask),
  },
  {
    word: 'multiple',
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
  /\b(?:a|an|the|any|some)\s+(\p{L}[\p{L}\p{N}]*)\s+(middleware|helper|adapter|plugin)s?\b/iu
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
function unnamedKind(corpus: Corpus, ask: string): string | undefined {
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
    if (one && plainWord(one[1]) && !mentions(corpus, stem(one[1].toLowerCase())))
      return one[0].replace(/^\S+\s+/, '').toLowerCase()
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
      new RegExp(`\\b${w1s}\\w*[\\s-]+${w2s}`, 'i'),
      // A name may hold a word more ("CSRF Protection Middleware").
      ...(ownModifier
        ? [new RegExp(`\\b${w2s}[\\p{L}\\p{N}]*(?:[ \\t-]+[\\p{L}\\p{N}]+)?[ \\t-]+${kind}`, 'iu')]
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
const CATEGORY = /\b(?:what|which)\s+(units?|types?|formats?|kinds|sorts|varieties)\b/i

/**
 * "What forms can infidelity take?", "What shape does it take in couples?": the reader asks for the
 * kinds of a thing, which the documents list ("One way is through infidelity …"); neither the
 * "forms" nor the "take" is what it is about.
 */
const FORMS_TAKEN =
  /\bwhat\s+(forms?|shapes?)\s+(?:can|could|does|do|did|might|may|will|would|should)\s+(?:[\p{L}'’-]+\s+){1,4}?take\b/iu

/**
 * Code written into prose without backticks: a call ("secureHeaders()", "c.req.header()"), a
 * dotted name ("process.env"), a camelCase name ("poweredBy"), a header ("X-Powered-By").
 */
const UNMARKED_CODE =
  /(?<![\w$.])(?:[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\(\)|[a-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+|[a-z]+[A-Z][\w$]*|[A-Z][a-z]*(?:-[A-Z][a-z]+)+)(?![\w$])/g
/** What every UNMARKED_CODE match holds ("()", a dot inside a name, a camel hump, "-X"), looked for first. */
const MAY_BE_CODE = /\(\)|[\w$]\.[A-Za-z_$]|[a-z][A-Z]|-[A-Z]/

/** A message split by what each part says about the question. */
interface MessageParts {
  /** The sentence that asks (the whole prose of a short message). */
  ask: string
  /** The rest of a long message's prose: the story around the question. */
  story: string[]
  /** `inline code` in the prose: usually the API the question is about. */
  inline: string[]
  /** Fenced code blocks: identifiers that may name the API, amid syntax and variable names. */
  code: string[]
  /**
   * The words of the sentences that only tell, beside the one that asks ("we use RS256 tokens
   * from our IdP" after "which algorithms does it support?"), even when a short message is read
   * whole.
   */
  told: Set<string>
  /** The words of the sentence that asks, when the message has others; else none. */
  asking: readonly string[]
  /** The messages of errors in pasted output (see ERROR_MESSAGE). */
  errors: string[]
}

/** The end of a sentence of a message; not the dot of a title ("Dr. Lee") or an abbreviation. An
 * emoji ends one too: "my partner cheated 💔 why do i feel so ashamed" is two. */
const SENTENCE_END =
  /(?<=[.!?])(?<!\b(?:Dr|Mr|Mrs|Ms|Prof|St|vs|etc|e\.g|i\.e)\.)\s+|\s*\p{Extended_Pictographic}[\p{Extended_Pictographic}\u200d\ufe0f\s]*/u
/**
 * What every SENTENCE_END holds: a full stop, "!" or "?" before a space, or an emoji. Looked for
 * first: SENTENCE_END tried at every character of a message that has none cost ~1 µs.
 */
const MAY_END_SENTENCE = /[.!?]\s|\p{Extended_Pictographic}/u

/** The sentences of a message (see SENTENCE_END). */
const sentencesOf = (text: string) =>
  MAY_END_SENTENCE.test(text) ? text.split(SENTENCE_END) : [text]

/** A sentence that asks: with a question mark, or opening as a question does ("why do i feel …"). */
const asks = (sentence: string) =>
  sentence.includes('?') ||
  /^(?:why|how|what|when|where|who|which|is|are|am|can|could|should|do|does|did|will|would)\b/i.test(
    sentence.trim(),
  )

/**
 * A line of a pasted stack trace ("at hc.$url (client.js:112:12)", "❯ src/index.ts:14:22",
 * 'File "app.py", line 3'): where the error passed, never what the question is about.
 */
const STACK_FRAME =
  /^[ \t]*(?:at [^\n]*:\d+(?::\d+)?\)?|❯[^\n]*:\d+(?::\d+)?|File "[^"\n]*", line \d+[^\n]*)[ \t]*$/gm

/**
 * A line of pasted output that reports an error ("error TS2589: Type instantiation is …",
 * "Uncaught TypeError: Failed to construct 'URL': Invalid URL", "Error: Body is unusable"); the
 * message is its second group.
 */
const ERROR_MESSAGE =
  /^[ \t]*(?:Uncaught[ \t]+)?((?:\w*Error|error(?:[ \t]+TS\d+)?|Exception)[ \t]*:[ \t]*)(\S[^\n]*)$/gm

/**
 * The title line of an issue: the message's first line, ending in no full stop, question mark or
 * colon, with a blank line after it ("Access API Gateway authorizer claims from a Hono handler on
 * AWS Lambda", then the report).
 */
const TITLE_LINE = /^[ \t]*([^\n]*[^\s.!?:;,])[ \t]*\n[ \t]*\n/

/**
 * The parts of a message. A short question is read whole. In a long one (a story, or prose around
 * pasted code), or a short one that tells something before it asks, the last sentence that asks
 * something leads and the rest of the prose is background.
 */
function focus(question: string): MessageParts {
  // A question is read into parts two or three times (its analysis, the last question's in a
  // follow-up, yieldToAsked), two messages in turn: the last two are remembered. (Callers only read
  // the parts.)
  for (const [text, parts] of focused) if (text === question) return parts
  const parts = readParts(question)
  focused = [[question, parts], ...focused.slice(0, 1)]
  return parts
}

/** The last two messages read into parts, the latest first (see focus). */
let focused: Array<[string, MessageParts]> = []

function readParts(question: string): MessageParts {
  question = withoutAsides(question)
  const inline: string[] = []
  const code: string[] = []
  const errors: string[] = []
  let prose = question
  // Fenced code and `inline code`: only in a message with a backtick.
  if (question.includes('`'))
    prose = question
      .replace(/```[\s\S]*?(```|$)/g, (m) => {
        code.push(
          m
            .replace(/^`+\w*|`+$/g, '')
            .replace(STACK_FRAME, '')
            // An error's message is prose the documents may quote ("Type instantiation is
            // excessively deep …"), read as inline code is; its name and code stay code.
            .replace(
              ERROR_MESSAGE,
              (line, _name: string, message: string) => (
                errors.push(message),
                line.slice(0, line.length - message.length)
              ),
            ),
        )
        // A fenced block ends a paragraph: what follows it starts a sentence ("Hitting …").
        return '\n\n'
      })
      .replace(/`([^`\n]*)`/g, (_, m: string) => {
        inline.push(m)
        return ' '
      })
  // A host name or address written out ("tenant1.example.com/hello") is an example, read as
  // code: its made-up parts ("tenant1") are data, not words the documents lack. (Every one has
  // "://" or a dot before its top-level domain, looked for first.)
  if (MAY_NAME_HOST.test(prose))
    prose = prose.replace(HOST, (m: string) => {
      inline.push(m)
      return ' '
    })
  prose = prose.trim()
  // A piece with no word ("?" after "… Vercel 🤔") is no sentence.
  const sentences = sentencesOf(prose).filter((p) => /[\p{L}\p{N}]/u.test(p))
  // Nothing but emoji (or nothing at all): nothing to read.
  if (!sentences.length)
    return { ask: '', story: [], inline, code, told: new Set(), asking: [], errors }
  // A long message written without a full stop ("so last month i found out … is it normal to
  // feel this much shame"): its question starts at the last question opener of its second half.
  if (sentences.length === 1 && prose.length > LIMITS.storyChars) {
    const half = Math.floor(prose.length / 2)
    let at = -1
    for (const m of prose.matchAll(QUESTION_OPENER)) if (m.index >= half) at = m.index
    if (at > 0) sentences.splice(0, 1, prose.slice(0, at).trim(), prose.slice(at))
  }
  let ask = sentences.length - 1
  for (let i = sentences.length - 1; i >= 0; i--) {
    if (asks(sentences[i])) {
      ask = i
      break
    }
  }
  // A short message is read whole, unless a sentence of its own asks and the rest only tells
  // ("Kayla cheated on me last summer. How do we rebuild trust?"); one that points back ("I read
  // about EMDR. Does it help?") needs what it points at.
  const asking = sentences.length > 1 ? wordsOf(sentences[ask]) : []
  const tells =
    sentences.length > 1 &&
    asks(sentences[ask]) &&
    sentences.every((t, i) => i === ask || !asks(t)) &&
    // "Is there …", "are there …": there is, not a place pointed back at.
    !asking.some((w, i) => ANAPHORA.has(w) && !(w === 'there' && EXISTENTIAL.has(asking[i - 1])))
  const story = sentences.filter((_, i) => i !== ask)
  // What a sentence that asks points back at ("I read about EMDR. Does it help?") is what it asks
  // about: a sentence before it tells only when it has no such word; one after it always does.
  const pointing = asking.some((w) => POINTING.has(w))
  // An issue's title line says what the report is about, as the sentence that asks does: a name
  // in it is no part of the reader's setup, though the report's body tells of it too.
  const title = TITLE_LINE.exec(prose)?.[1]
  // It points at what was said just before it ("… but I only want the path. Is there something
  // built in for this?"): a sentence before that one still tells ("I build links for TanStack
  // Router from the hc client.").
  const told = new Set<string>()
  sentences.forEach((t, i) => {
    if (i !== ask && !asks(t) && (i > ask || !pointing || i < ask - 1))
      for (const w of words(t)) told.add(w)
  })
  if (title !== undefined) for (const w of words(title)) told.delete(w)
  if (prose.length <= LIMITS.storyChars && !tells)
    return { ask: prose, story: [], inline, code, told, asking, errors }
  return { ask: sentences[ask], story, inline, code, told, asking, errors }
}

/**
 * The question without what the reader says around it that names no topic: a greeting or an
 * acknowledgement before it, thanks after it, a reference to the documents themselves.
 */
function withoutAsides(question: string): string {
  // The same messages come again within one answer: the question (from retrieve, then again in
  // focus), and a follow-up's earlier questions (in lastQuestion, in retrieve and in analyse,
  // and in focus). What was made of the last few is remembered.
  let bare = asidesRead.get(question)
  if (bare === undefined) {
    bare = keepBounded(asidesRead, ASIDES_READ, question, readWithoutAsides(question))
  }
  return bare
}

/** Messages withoutAsides read lately, with what it made of them; at most ASIDES_READ, then none. */
const asidesRead = new Map<string, string>()
const ASIDES_READ = 16

/** withoutAsides, worked out. */
function readWithoutAsides(question: string): string {
  // Versions pasted on lines of their own, unless they are all the message says.
  const setup = withoutVersionLines(question)
  let bare = /[\p{L}]{2}/u.test(setup) ? setup : question
  // Each pattern only where a cheap test finds what any match of it holds: tried at every
  // character, EMOJI_EDGES cost ~0.8 µs a message, and a message is read two or three times.
  if (MAY_HAVE_EMOJI_EDGE.test(bare)) bare = bare.replace(EMOJI_EDGES, '')
  if (MAY_REFER_TO_SOURCE.test(bare)) bare = bare.replace(SOURCE_REFERENCE, '')
  bare = bare.replace(PREAMBLE, '')
  // A whole message in quotation marks quotes no phrase of the documents: it is the question.
  const quoted = /^\s*(["“])([^"“”]+)["”]\s*$/.exec(bare)
  return withoutPostscript(quoted ? quoted[2] : bare)
}

/**
 * A line of versions a reader pastes ("hono version: 4.6.3, node v20.11.0", "bun@1.1.8"): their
 * setup, not their question. A version inside a sentence ("Our CI runs Node 18.12.") stays.
 * Read item by item (each at most 60 characters), so that no pattern backtracks over a line.
 */
function withoutVersionLines(message: string): string {
  if (!/\d\.\d/.test(message)) return message
  return message
    .split('\n')
    .filter((line) => {
      const items = line.split(/[,;]/)
      return !(
        line.trim() &&
        items.every((item) => item.trim() === '' || (item.length <= 60 && VERSION_ITEM.test(item)))
      )
    })
    .join('\n')
}
const VERSION_ITEM =
  /^\s*[A-Za-z][\w./-]*(?: [\w./-]+){0,2}\s*[:=@]?\s*v?\d+(?:\.[\dx]+)+[\w.-]*\s*$|^\s*v?\d+(?:\.[\dx]+)+\s*$/

/**
 * Emoji that open or close a message ("… alone? 😢", "… server 🤔?"): a tone, not a word, nor a
 * sentence's end.
 */
const EMOJI_EDGES =
  /^[\s\p{Extended_Pictographic}\u200d\ufe0f]+(?=\S)|(?<=[^\s\p{Extended_Pictographic}\u200d\ufe0f])\s*[\p{Extended_Pictographic}\u200d\ufe0f][\s\p{Extended_Pictographic}\u200d\ufe0f]*(?=[?!.]*\s*$)/gu
/** What every EMOJI_EDGES match holds: a space first, or an emoji (or its joiner) anywhere. */
const MAY_HAVE_EMOJI_EDGE = /^\s|[\p{Extended_Pictographic}\u200d\ufe0f]/u

/** Punctuation that closes an aside: "Hi!", "Quick question:", "Got it -". */
const CLOSE = String.raw`\s*[!.,:;-][\s!.,:;-]*`
/** "Hi!", "Hey all,", "Good morning!". */
const GREETING = String.raw`(?:hi|hello|hey|hiya|howdy|greetings|good (?:morning|afternoon|evening))\b(?:\s+(?:all|everyone|there|folks|guys|team))?[\s!.,:;-]*`
/** "Interesting.", "Got it, thanks.", "OK." (any number of them). */
const ACKNOWLEDGEMENT = String.raw`(?:oh|ah|wow|cool|great|nice|interesting|i see|got it|makes sense|ok(?:ay)?|alright|right|thanks?|thank you|hmm+)(?:\s*,\s*thanks?)?${CLOSE}`
/** "Quick question:", "Noob question here -", "I have a question:", "Could you please explain:". */
const ON_THE_QUESTION = String.raw`(?:(?:a|one|another)\s+)?(?:quick|simple|short|small|dumb|stupid|silly|noob|newbie|beginner|general)\s+question(?:\s+(?:here|please|for you|about this))?${CLOSE}|i\s+have\s+a\s+question${CLOSE}|(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?(?:explain|tell\s+me|help\s+me\s+understand)(?:\s+(?:this|something))?\s*[:-][\s:-]*`
/** "I'm new to Hono.", "I am just getting started with this,". */
const ON_THEMSELVES = String.raw`(?:i'?m|i\s+am)\s+(?:(?:pretty|very|fairly|totally|completely)\s+)?(?:new|a\s+beginner|a\s+newbie|just\s+(?:starting|getting\s+started))(?:\s+(?:to|with|at|in)\s+[^.!?,:;\s][^.!?,:;]{0,29})?${CLOSE}`

/**
 * What a reader says before asking: a greeting, an acknowledgement of the last answer, a word on
 * the question itself and on themselves, in that order, each optional. It names no topic.
 */
const PREAMBLE = new RegExp(
  `^\\s*(?:${GREETING})?(?:${ACKNOWLEDGEMENT})*(?:${ON_THE_QUESTION})?(?:${ON_THEMSELVES})?`,
  'i',
)

/**
 * What a reader says after asking, in sentences of its own: thanks, a plea for help, being stuck
 * ("Thanks in advance!", "Any help appreciated, I'm stuck."). It names no topic. Read sentence by
 * sentence from the end (each at most 80 characters), so that no pattern backtracks over a message.
 */
function withoutPostscript(message: string): string {
  // One sentence (no full stop, "!" or "?" before a space) has no postscript.
  if (!/[.!?]\s/.test(message)) return message
  const sentences = message.split(/(?<=[.!?])\s+/)
  let keep = sentences.length
  while (keep > 1 && sentences[keep - 1].length <= 80 && PLEA.test(sentences[keep - 1])) keep--
  return keep === sentences.length ? message : sentences.slice(0, keep).join(' ')
}
const PLEA_PHRASE = String.raw`(?:(?:any|all)\s+help\s+(?:(?:is|would be)\s+)?(?:much\s+|greatly\s+|very\s+)?(?:appreciated|welcome)|(?:please\s+)?help(?:\s+me)?(?:\s+please)?|thanks?(?:\s+(?:you|a lot|so much|in advance))*|thx|ty|cheers|(?:i'?m|i\s+am)\s+(?:so\s+|really\s+|completely\s+)?(?:stuck|lost|confused))`
const PLEA = new RegExp(
  String.raw`^\s*${PLEA_PHRASE}(?:\s*[,;]\s*${PLEA_PHRASE})*\s*[!.]*\s*$`,
  'i',
)

/**
 * The reader pointing at the documents themselves ("…, according to the article?", "in the docs",
 * "as the text puts it"): the documents are all Verbatim answers from, so this names no topic, and
 * "What is trust, according to the article?" asks what "What is trust?" asks.
 */
const SOURCE_REFERENCE =
  /(?<!\s)(?:,\s*|\s+)?\b(?:according to|as per|based on|as (?:described|explained|defined|said|stated) in|in|from)\s+(?:the|this|these|that|those|your)\s+(?:articles?|texts?|documents?|docs|documentation|pieces?|passages?|authors?|writers?)\b/gi
/** What every SOURCE_REFERENCE match holds: the word for the documents. */
const MAY_REFER_TO_SOURCE = /article|text|doc|piece|passage|author|writer/i

/**
 * A URL, or a host name of three parts or more with its path: "https://…", "api.example.com/v1"
 * ("Fly.io" is a name, `c.req.json` a member: neither ends in a top-level domain after two dots).
 */
const HOST =
  /\bhttps?:\/\/\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)+\.(?:com|org|net|io|dev|app|local|test|localhost)\b(?:\/[\w\-./]*)?/gi
/** What every HOST match holds: "://", or a dot before a top-level domain. */
const MAY_NAME_HOST = /:\/\/|\.(?:com|org|net|io|dev|app|local|test)/i

/** Words that open a question in running text: "is it", "how do", "why am", "should i" … */
const QUESTION_OPENER =
  /\b(?:is (?:it|this|that|there)|are (?:there|they|we)|(?:how|why|what|when|where) (?:do|does|did|can|could|should|would|is|are|am|was|will)|(?:should|can|could|do|does|am|will) (?:i|we|you|he|she|they))\b/gi

/** Verbs that ask for a text to be made, not for what the documents say. */
const PRODUCERS = new Set('write compose draft generate translate rewrite'.split(' '))
/** Verbs that ask for what the documents say about the thing named after them. */
const EXPLAINERS = new Set(['explain', 'describe', 'summarize', 'summarise'])
/** Politeness before a request ("please", "can you", "could you"). */
const POLITE = new Set('please can could would will you pls plz'.split(' '))

/** A count before a noun ("two things", "3 skills", "several ways"). */
const COUNT = /^(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several)$/

/** "(How) do I …", "(How) can we …", "(How) should you …": a question about doing something. */
const HOW_AUXILIARIES = new Set(['do', 'can', 'should', 'could'])
const HOW_SUBJECTS = new Set(['i', 'we', 'you', 'one'])

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
function askedAbout(ws: string[]): Asked | undefined {
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
  if (ws.length < 3 || !OPENERS.has(ws[0])) return undefined
  let i = 1
  if (ws[2] === 'of' && ws.length > 3) i = 3
  // "Is there a rate limiter …?", "Are there any …": the thing asked for comes after "there".
  if (ws[1] === 'there' && (ws[0] === 'is' || ws[0] === 'are')) {
    i = 2
    while (i < ws.length - 1 && ['a', 'an', 'any', 'some'].includes(ws[i])) i++
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
  // "Is there a built-in rate limiter?": what is built in.
  while ((JUDGEMENTS.has(ws[i]) || (ws[i] === 'built' && ws[i + 1] === 'in')) && i < ws.length - 1)
    i += ws[i] === 'built' ? 2 : 1
  const w = ws[i]
  if (STOPWORDS.has(w) || FRAME_WORDS.has(w) || w.length < 2 || NUMERAL.test(w)) return undefined
  const word = activityObject(ws, i) ?? w
  // "Which specific skills does it include?": a word between the opener and an auxiliary
  // modifies the noun after it ("Which antidepressant helps …?" has no such noun).
  if (article) return { word, article }
  const head = word === w && ASKING_AUXILIARIES.has(ws[i + 2]) ? headAfter(ws, i) : undefined
  if (head) return { word, head }
  const next = word === w && YES_NO_OPENERS.has(ws[0]) ? nounAfter(ws, i) : undefined
  return next ? { word, next } : { word }
}

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
const NUMERAL = /^\d/

/** A word of letters run together with digits after them: "v5", "i18n", "s3", "oauth2". */
const ALNUM_NAME = /^\p{L}+\p{N}[\p{L}\p{N}]*$/u

/**
 * Prepositions that tie what a how-to question does to a thing it is done to, with, in or from:
 * "connect hono to postgres using prisma", "do i18n in hono". Not "for": what a reader does
 * something for ("… for invoices", "… for tracing") is their purpose, scenery as often as not.
 */
const TIES = new Set('to with using via into from through in on inside within'.split(' '))

/** "with my coworkers", "to my ex": the reader's own people and things, which set the scene. */
const POSSESSIVES = new Set('my your his her our their'.split(' '))

/**
 * Words that open another clause ("… like I do in Koa", "… after my girlfriend cheated with her
 * coworker", "… a middleware that …"): the things in it are not what the doing is tied to.
 */
const CLAUSE_OPENERS = new Set(
  'like as unlike unless because since when whenever if while but so than instead without whereas after before until once where who which whom whose that'.split(
    ' ',
  ),
)

/**
 * The things a how-to question ties its doing to ("How do I connect hono to postgres using
 * prisma?": postgres, prisma), each the first word after such a preposition in the clause that
 * asks, with the word after it when that may be the noun it modifies ("in a kiosk app").
 */
function complementsAsked(ws: string[]): Array<{ word: string; head?: string }> {
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

/** Words that judge the thing a question asks for rather than name it ("a good book"). */
const JUDGEMENTS = new Set(
  'good best better great decent right proper recommended reliable effective official native simple easy easier'.split(
    ' ',
  ),
)

/** Pronouns a count of people points at: "the two of them". */
const PLURAL_PRONOUNS = new Set(['them', 'us', 'you', 'those', 'these'])

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

/** Words that compare by themselves ("worse", "more … than"). */
const COMPARATIVES = new Set('more less fewer worse better'.split(' '))

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
function comparisonAsked(corpus: Corpus, ws: string[]): boolean {
  const than = ws.indexOf('than')
  if (than < 1 || SETS_ASIDE.has(ws[than - 1]) || COUNTED.test(ws[than + 1] ?? '')) return false
  for (let k = Math.max(0, than - 8); k < than; k++)
    if (COMPARATIVES.has(ws[k]) || adjectiveInEr(corpus, ws[k])) return true
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
const withoutForAbsent = (question: string) =>
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
function predicateAsked(ws: string[]): { word: string; act: boolean } | undefined {
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

/** The word after `ws[k]`, when it may be a noun that `ws[k]` modifies. */
function headAfter(ws: string[], k: number): string | undefined {
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
function spelledOut(text: string): string {
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
function askingWords(ask: string): string[] {
  const asking = sentencesOf(ask).filter((p) => p.includes('?'))
  return wordsOf(asking[asking.length - 1] ?? ask)
    .map((w) => TEXT_SPEAK.get(w) ?? w)
    .map((w, i, all) => asTyped(all[i - 1], w, all[i + 1]))
}

/**
 * The verb of "Can I VERB …?", "Should we VERB …?" (not "How can I …?": a way may have other
 * words), and of "How should a couple VERB …?", "How should partners VERB …?": advice on a doing
 * the documents never speak of is not theirs to give.
 */
function actionAsked(ws: string[]): string | undefined {
  if (ws[0] === 'how' && ws[1] === 'should') {
    const k = ARTICLES.has(ws[2]) ? 4 : 3
    const w = ws[k]
    return !w || STOPWORDS.has(w) || FRAME_WORDS.has(w) || STOPWORDS.has(ws[k - 1]) ? undefined : w
  }
  if (!['can', 'could', 'should'].includes(ws[0]) || !HOW_SUBJECTS.has(ws[1])) return undefined
  const w = ws[2]
  return !w || STOPWORDS.has(w) || FRAME_WORDS.has(w) ? undefined : w
}

/** The subject offered beside `word` ("X or Y"): Y, read as subjects are (see subjectFrom). */
function alternativeTo(ws: string[], word: string | undefined): string | undefined {
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
function compoundHead(ask: string, about: Asked | undefined): Asked | undefined {
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
const DEFINITION =
  /^(?:what(?:'s| is| are)|define|definition of|meaning of)\s+(?:a |an |the )?([^?]+?)(?:\s+(in|of|behind|for|on|at|with|within|between|and|to)\s+(?:a |an |the )?([^?]*?))?\s*\??$/i
const MEANING =
  /^what (?:does|do) (?:a |an |the )?([^?]+?) mean(\s+(?:in|for|to|within|between|when)\b[^?]*)?\s*\??$/i
/** Words that ask what a thing is when they head the question: "the meaning of trust", "the idea behind CBT". */
const WHAT_IT_IS = new Set(
  'meaning definition point idea concept core essence gist purpose basis'.split(' '),
)
/** "trust in a relationship = ??": what the term equals is asked, as "What is trust …?" asks it. */
const EQUALS_ASKED = /^([^=?]+?)\s*=\s*\?+$/

/** A term's end: the next preposition or clause ("the point of therapy for children"). */
const TERM_END = /\s+(?:in|of|for|on|at|with|within|between|and|to|when|if)\b.*$/i

/**
 * The term a question asks to define, its words as their concepts' alternatives, and the words
 * that only ask what it is ("meaning", "idea" of "What is the idea behind CBT?").
 */
function definedTerm(
  ask: string,
  concepts: Concept[],
): { term: Array<Set<string>>; asking: string[]; named: Concept[]; placed: boolean } | undefined {
  const question = ask.trim().replace(EQUALS_ASKED, 'what is $1?')
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
    out.push(new Set([...c.alts].filter(([, weight]) => weight >= 0.5).map(([t]) => t)))
  }
  return { term: out, asking, named, placed }
}

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
const DETERMINERS = new Set(['a', 'an', 'the'])

/** Whether a sentence opens by defining the term: "[The] X [(abbreviation)] is / means / …". */
function defines(corpus: Corpus, sentence: number, term: Array<Set<string>>): boolean {
  const subject = definedBy(corpus, sentence)
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
function definedBy(corpus: Corpus, sentence: number): string[] {
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
    const verb = (k: number) =>
      DEFINING.has(ws[k]) || (COPULA.has(ws[k]) && AFTER_COPULA.has(ws[k + 1]))
    while (j < LIMITS.leadWords && j < ws.length && !verb(j)) j++
    subject = j < LIMITS.leadWords && j < ws.length ? ws.slice(i, j).map(stem) : []
    defined.set(sentence, subject)
  }
  return subject
}

/** Question words, and the auxiliaries that follow them. */
const WH = new Set(['what', 'how', 'why', 'where', 'when', 'who', 'which'])
const AUXILIARIES = ['does', 'did', 'can', 'are', 'was', 'were', 'should', 'would', 'could']

/** Whether `a` is `b` with two adjacent letters swapped. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false
  let i = 0
  while (a[i] === b[i]) i++
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
}

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
  return AUXILIARIES.find((a) => swapped(w, a)) ?? w
}

function readerWords(text: string): {
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
    if (speak) ws.push(...speak.split(' '))
    // A lone letter is a variable name or an initial, never a topic ("c" in c.req.query()).
    else if (w.length > 1 || /\d/.test(w)) ws.push(asTyped(ws[ws.length - 1], w, all[k + 1]?.word))
    if (p.length) parts.set(w, p)
  }
  return { ws, parts, code }
}

/** The name after "coming from", "like I do in", "the equivalent of": what the reader compares with. */
const COMPARED_WITH =
  /\b(?:coming (?:over )?from|(?:switching|migrating|moving|porting) (?:over )?from|(?:just )?like (?:I|we|you) (?:do|did|would|used to) in|the way (?:I|we|you) (?:do|did) (?:it )?in|equivalent (?:of|to|for))\s+(\p{L}[\p{L}.]*)/giu
/** What every COMPARED_WITH match holds, looked for first (the full pattern cost ~0.4 µs a text). */
const MAY_COMPARE = /from|like|the way|equivalent/iu

/** Capitalised words in a row after a number (a status code) or an opening quote: a title. */
const TITLE_RUN = /(?<=\b\d+ +|["“‘] *)\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*/gu
/** A word capitalised inside a sentence (not after its end, a line's start, a quote or "("). */
const CAPITALISED = /(?<![.!?]\s*|^\s*|\n\s*|["'“‘(]\s*)\b(\p{Lu}[\p{L}\p{N}]*)/gu
/** Capitals and digits only: "ECS", "HTTP2". */
const ACRONYM = /\b(\p{Lu}[\p{Lu}\p{N}]+)\b/gu
/** Capitals inside a word: "GraphQL", "OAuth2". */
const INNER_CAPITALS = /\b(\p{Lu}(?:\p{Ll}+\p{Lu}|\p{Lu}+\p{Ll})[\p{L}\p{N}]*)\b/gu
/** A capital after a small letter, not a member or a call: "tRPC", "macOS". */
const LOWER_CAMEL = /(?<![.\/$_])\b(\p{Ll}+\p{Lu}[\p{L}\p{N}]*)\b(?![(.])/gu

/** Nine letters in ten or more are capitals (counted without building a list: it runs per part). */
function shouted(text: string): boolean {
  let upper = 0
  let lower = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 65 && c <= 90) upper++
    else if (c >= 97 && c <= 122) lower++
    else if (c > 127) {
      const ch = text[i]
      if (ch !== ch.toLowerCase()) upper++
      else if (ch !== ch.toUpperCase()) lower++
    }
  }
  return upper >= 0.9 * (upper + lower)
}

/**
 * Lower-cased names in a question: words capitalised inside a sentence ("Redis", "GraphQL") and
 * acronyms ("ECS") unless the message is shouted (see shouted()); in prose, also a word with a
 * capital after a small letter ("tRPC", "macOS"), which English never writes. In code such a word
 * is an identifier, most often the reader's own (`userId`), and the same word as a member or a
 * call (c.req.parseBody()) is code written without backticks.
 */
function properNames(text: string, prose: boolean): Set<string> {
  const out = new Set<string>()
  // Every name below has a capital: a text without one (code, a message typed in lower case) has
  // none, found without trying each pattern at each of its characters.
  if (!/\p{Lu}/u.test(text)) return out
  // A title's capitals are its form, not names: the reason phrase of a status line ("400 Bad
  // Request", "404 Not Found") and a quoted title ("“Getting Started”"), every word of the run.
  // (Only after a digit or an opening quote, looked for first.)
  const title: Array<[number, number]> = []
  if (/[0-9"“‘]/.test(text))
    for (const m of matchesOf(TITLE_RUN, text)) title.push([m.index, m.index + m[0].length])
  for (const m of matchesOf(CAPITALISED, text)) {
    if (title.some(([a, b]) => a <= m.index && m.index < b)) continue
    // Not one or two capitals alone: "I", "PR", "CI", "DB" stand for too many things.
    if (/\p{Ll}/u.test(m[1]) || m[1].length > 2) out.add(m[1].toLowerCase())
  }
  // The names below have two capitals in a row (or a capital and a digit), or a small letter
  // before a capital: looked for first, as most questions have neither.
  const capitals = /\p{Lu}[\p{Lu}\p{N}]/u.test(text)
  const camel = /\p{Ll}\p{Lu}/u.test(text)
  // A shouted message's capitals say nothing, even with a lower-case letter or two in it (the
  // "m" of a pasted escape code "[32m").
  if (shouted(text)) out.clear()
  else {
    if (capitals)
      for (const m of matchesOf(ACRONYM, text)) if (m[1].length > 2) out.add(m[1].toLowerCase())
    // Capitals inside a word ("GraphQL", "OAuth2") make a name wherever it stands, even first
    // in a sentence or in parentheses.
    if (capitals || camel)
      for (const m of matchesOf(INNER_CAPITALS, text)) out.add(m[1].toLowerCase())
  }
  if (prose && camel) {
    for (const m of matchesOf(LOWER_CAMEL, text)) out.add(m[1].toLowerCase())
  }
  return out
}

/**
 * Names the reader gives their own people and things, in apposition after a possessive: "Kayla"
 * of "my girlfriend Kayla", "Jessica" of "her older sister Jessica", "Acme" of "our app Acme";
 * and a title with the name after it ("Dr. Lee").
 */
function ownNames(text: string): Set<string> {
  const out = new Set<string>()
  // Every such name is a capitalised word after a space, looked for first.
  if (!/\s\p{Lu}\p{Ll}/u.test(text)) return out
  for (const m of matchesOf(OWN_NAME, text))
    for (const name of m.slice(1)) if (name) out.add(name.toLowerCase())
  return out
}
const OWN_NAME =
  /\b(?:[Mm]y|[Yy]our|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir)\s+(?:(?:best|older|younger|little|big|new|old|late|former|current)\s+)?\p{Ll}[\p{Ll}'-]*\s+(\p{Lu}\p{Ll}+)\b|\b(Dr|Mr|Mrs|Ms|Prof)\.?\s+(\p{Lu}\p{Ll}+)\b/gu

/** Rarity of a word in general English (0 common … 1 rare), from WordNet's sense-tagged counts. */
function rarity(corpus: Corpus, term: string): number {
  const f = frequencyOf(corpus.lexicon, term) ?? 0
  return Math.min(1, Math.max(0.3, 1 - Math.log10(1 + f) / 3))
}

/** A word with one letter left out, each way. */
const withOneLess = (w: string) => Array.from(w, (_, i) => w.slice(0, i) + w.slice(i + 1))

/**
 * Function words long enough to be told from a misspelling of another word, filed under each of
 * their one-letter-less forms: a slip is found by look-ups, not by a scan of every function word.
 */
const STOPWORD_SLIPS = new Map<string, string[]>()
for (const s of STOPWORDS) {
  if (s.length < 5) continue
  for (const key of [s, ...withOneLess(s)])
    STOPWORD_SLIPS.set(key, [...(STOPWORD_SLIPS.get(key) ?? []), s])
}

/**
 * A function word typed with one slip ("actualy", "everyting", "becuase", "realy"): a word neither
 * the documents nor English know, one edit from a function word of five letters or more. Left to
 * the typo index, "actualy" became the documents' "actual" and weighed as a topic.
 */
function misspeltStopword(corpus: Corpus, w: string): boolean {
  if (w.length < 5 || /\d/.test(w) || isKnownTerm(corpus, stem(w))) return false
  // Most words the documents and English both lack (a restricted lexicon lacks many) are no
  // slip, found by a dozen look-ups of a dozen strings made: each word's verdict is remembered.
  let slip = slips.get(w)
  if (slip === undefined) {
    slip = keepBounded(slips, SLIPS_MEMO, w, slipOfStopword(w))
  }
  return slip
}

/** Words slipOfStopword has read, with its verdict; at most SLIPS_MEMO, then none. */
const slips = new Map<string, boolean>()
const SLIPS_MEMO = 4096

/** A word one edit from a function word of five letters or more (see misspeltStopword). */
function slipOfStopword(w: string): boolean {
  for (const key of [w, ...withOneLess(w)])
    for (const s of STOPWORD_SLIPS.get(key) ?? []) if (editDistance(w, s, 1) <= 1) return true
  return false
}

/** A term the system knows something about: the corpus has it, or WordNet or word counts do. */
const isKnownTerm = (corpus: Corpus, t: string) =>
  mentions(corpus, t) ||
  hasExpansions(corpus.lexicon, t) ||
  frequencyOf(corpus.lexicon, t) !== undefined

function conceptFor(
  corpus: Corpus,
  word: string,
  term: string,
  weight: number,
  fromHistory: boolean,
  name = false,
  /** Words of this question still allowed a look-up one edit away in the lexicon (see nearestRelated). */
  lookups?: { left: number },
): Concept {
  // A reading spends at most two look-ups and only asks whether any are left, so the budget
  // matters only up to two: a reading is kept for that, and for whether the word is written as a
  // name. Found by the word, then among its few readings (a key of all four was a string built,
  // and hashed, per word).
  const budget = lookups ? Math.min(lookups.left, 2) : 3
  const { words } = corpus.memo
  let readings = words.get(word)
  let reading: WordReading | undefined
  if (readings)
    for (const r of readings)
      if (r.term === term && r.budget === budget && r.name === name) reading = r
  if (!reading) {
    const read = readWord(corpus, word, term, name, lookups && { left: budget })
    reading = { term, budget, name, ...read }
    if (!readings) readings = keepBounded(words, WORD_MEMO, word, [])
    readings.push(reading)
  }
  if (lookups) lookups.left -= reading.spent
  // A fresh concept each time: analyse adjusts salience, alternatives and parts in place.
  const { salience, alts, known, mentioned, parts } = reading
  return parts
    ? {
        word,
        salience: salience * weight,
        alts: copyOf(alts),
        known,
        mentioned,
        fromHistory,
        parts: [...parts],
      }
    : { word, salience: salience * weight, alts: copyOf(alts), known, mentioned, fromHistory }
}

/**
 * A copy of a reading's alternatives, entry by entry: `new Map(alts)` read them through the
 * map's iterator, which made an array for each entry (a tenth of what a question allocated).
 */
function copyOf(alts: ReadonlyMap<string, number>): Map<string, number> {
  const copy = new Map<string, number>()
  alts.forEach(setIn, copy)
  return copy
}

/** Map.forEach's callback for copyOf: sets each entry in the map it is given as `this`. */
function setIn(this: Map<string, number>, weight: number, term: string) {
  this.set(term, weight)
}

/** Most words whose readings a corpus remembers (see Corpus.memo.words). */
const WORD_MEMO = 8192

/** What a word means to the documents, worked out (see conceptFor, which remembers it). */
function readWord(
  corpus: Corpus,
  word: string,
  term: string,
  name: boolean,
  lookups?: { left: number },
): Omit<WordReading, 'term' | 'budget' | 'name'> {
  const budget = lookups?.left ?? 0
  const alts = new Map<string, number>()
  let base = term
  let baseWeight = 1
  let split: string[] | undefined
  /** The corpus word a typo stands for ("happnes" → happens), if it is one. */
  let corrected: string | undefined
  if (!mentions(corpus, term) && !/\s/.test(word)) {
    // An inflection the stemmer leaves alone ("harder"); else, for a word that general English
    // hardly uses either ("skils", "trama"), most likely a typo of a word the documents have.
    const form = isKnownTerm(corpus, term)
      ? undefined
      : baseForms(word).find((f) => isKnownTerm(corpus, stem(f)))
    const rare = (frequencyOf(corpus.lexicon, term) ?? 0) < 2
    // One word for two the documents write apart ("querystring", "ratelimit"): its parts.
    split = form || !rare ? undefined : splitCompound(corpus, word, name)
    // A look-up two edits away (up to 120 variants) is one of the question's few (LIMITS.relatedLookups).
    const deep = !lookups || lookups.left > 0
    // A name is not a typo: "QUIC" is not "quick", "Vercel" not "cancel", "GraphiQL" not
    // "GraphQL". A long one a single slip from one of the documents' names is ("Coudflare",
    // "HTPException", "jsxRenderr"): nine letters or more, one edit at most.
    const nameSlip = name && word.length >= LIMITS.nameSlipLength
    const fixed =
      form ??
      (rare && (!name || nameSlip) && !split
        ? corpus.typos.correct(word, deep && !name, name ? 1 : 2)
        : undefined)
    if (lookups && corpus.typos.wentDeep) lookups.left--
    if (fixed) {
      base = stem(fixed)
      baseWeight = form ? 1 : WEIGHTS.typo
      corrected = fixed
    } else if (
      rare &&
      !name &&
      !split &&
      lookups &&
      lookups.left > 0 &&
      !hasExpansions(corpus.lexicon, term)
    ) {
      // A misspelt word the documents relate to but do not use ("gilty" → guilty → guilt), or
      // another form of one they use ("happnes" → happen, of "happened").
      lookups.left--
      const near = nearestRelated(corpus.lexicon, term) ?? nearestOwnStem(corpus, term)
      if (near) {
        base = near
        baseWeight = WEIGHTS.typo
        corrected = near
      }
    }
  }
  alts.set(base, baseWeight)
  for (const [alt, w] of expansions(corpus.lexicon, base)) {
    if (!alts.has(alt)) alts.set(alt, w * baseWeight)
  }
  let known = false
  for (const alt of alts.keys()) if (mentions(corpus, alt)) known = true
  // Mentioned: in a sentence, a heading or a code sample (an identifier like getSignedCookie).
  const mentioned = mentions(corpus, base)
  // IDF says how rare a word is in these documents; general-English rarity tempers it, so a common
  // word that the documents happen to use once ("read", "inside") does not outweigh their topics.
  let salience = mentioned
    ? idf(corpus, base) * (1 - WEIGHTS.rarity + WEIGHTS.rarity * rarity(corpus, base))
    : corpus.maxIdf * rarity(corpus, base)
  // "What happnes …" frames the question as "What happens …" does.
  if (FRAME_WORDS.has(word) || (corrected !== undefined && FRAME_WORDS.has(corrected)))
    salience *= WEIGHTS.frame
  const spent = budget - (lookups?.left ?? 0)
  if (split) {
    for (const p of split) if (!alts.has(p)) alts.set(p, WEIGHTS.compoundPart)
    // The documents do mention it, in two words: as specific as the rarer of them.
    return {
      salience: Math.max(...split.map((p) => idf(corpus, p))),
      alts,
      known: true,
      mentioned: true,
      parts: split,
      spent,
    }
  }
  return { salience, alts, known, mentioned, spent }
}

/**
 * The documents' own stem one slip away from a misspelt word's stem ("happn" of "happnes" →
 * "happen" of "happened"): the typo index corrects into the documents' words as written, and a
 * slip in another form of one of them ("happens" for "happened") is two edits from all of them.
 * The stem the documents use most wins; same rules as nearestRelated (first letter kept, 5 to 16
 * letters).
 */
function nearestOwnStem(corpus: Corpus, term: string): string | undefined {
  if (term.length < 5 || term.length > 16 || !/^\p{Ll}+$/u.test(term)) return undefined
  let best: string | undefined
  let bestDf = 0
  eachSlip(term, (slip) => {
    if (!mentions(corpus, slip)) return
    const df = corpus.index.frequency(slip)
    if (df > bestDf || (df === bestDf && best !== undefined && slip < best)) {
      best = slip
      bestDf = df
    }
  })
  return best
}

/**
 * The stems of the two words the documents have that `word` joins ("querystring" → query,
 * string), preferring the most even cut; undefined when there is none. At most a word's length
 * of look-ups, whatever the corpus.
 */
function splitCompound(corpus: Corpus, word: string, name = false): string[] | undefined {
  if (word.length < 7 || !/^\p{L}+$/u.test(word)) return undefined
  const has = (w: string) => !STOPWORDS.has(w) && corpus.index.inText(stem(w))
  let best: string[] | undefined
  let cut: string[] | undefined
  let even = 0
  for (let i = 3; i <= word.length - 3; i++) {
    const a = word.slice(0, i)
    const b = word.slice(i)
    const e = Math.min(a.length, b.length)
    if (e > even && has(a) && has(b)) {
      best = [stem(a), stem(b)]
      cut = [a, b]
      even = e
    }
  }
  // A word written in lower case stands for the documents' two words only where they write them
  // together ("query string"); "openapi" is not their "open" and "API". A name keeps its parts
  // ("IncomingMessage", "ReferenceError"): the documents write such identifiers whole or not at
  // all, and their parts are what they say of them.
  if (cut && !name && !writtenTogether(corpus, cut[0], sharedStart(cut[1], best![1])))
    return undefined
  return best
}

/**
 * A question as analyse reads it: the concepts so far, the terms they were read from, and the
 * look-ups one edit away still allowed. Handed to addText and addMessage rather than closed over:
 * functions made inside analyse were made again for every question (and, run through tsx, each
 * named by a call to Object.defineProperty).
 */
interface Reading {
  corpus: Corpus
  concepts: Concept[]
  seen: Set<string>
  lookups: { left: number }
}

/**
 * A word in -ing written the way it is said, its "g" dropped ("goin", "doin", "bein", "tryin",
 * "feelin'"): the -ing word, when the documents and English know only that. Left as typed, "goin"
 * weighed as the rarest of topics, "doin" became the documents' "down" and "bein" their "be";
 * read so, each is the function word, frame word or verb the reader meant.
 */
function withItsG(corpus: Corpus, w: string): string {
  if (w.length < 4 || !w.endsWith('in') || STOPWORDS.has(w) || !/^\p{Ll}+$/u.test(w)) return w
  if (mentions(corpus, stem(w)) || isKnownTerm(corpus, stem(w))) return w
  const ing = `${w}g`
  return STOPWORDS.has(ing) || FRAME_WORDS.has(ing) || isKnownTerm(corpus, stem(ing)) ? ing : w
}

/** A function word, unless the reader wrote it as code (`c.get`). */
const isStop = (w: string, code: Set<string>) => STOPWORDS.has(w) && !code.has(w)

/** Reads a text of the message into concepts. `prose`: not code. */
function addText(
  reading: Reading,
  text: string,
  weight: number,
  fromHistory: boolean,
  prose = true,
): void {
  const { corpus, concepts, seen, lookups } = reading
  const { ws, parts, code } = readerWords(text)
  const names = properNames(text, prose)
  const data = prose ? undefined : namesInLiterals(text, names)
  // A name the reader compares with ("Coming from Express", "like I do in Koa") is where they
  // come from, not what they ask about: a word like any other, not a name the documents lack.
  if (prose && MAY_COMPARE.test(text))
    for (const m of matchesOf(COMPARED_WITH, text)) names.delete(m[1].toLowerCase())
  // The reader's own people and things ("Kayla" of "my girlfriend Kayla") are no topic the
  // documents could have: left out, they neither weigh nor make the documents unable to answer.
  const own = prose ? ownNames(text) : new Set<string>()
  if (prose)
    for (let i = 0; i < ws.length; i++) if (!names.has(ws[i])) ws[i] = withItsG(corpus, ws[i])
  for (let i = 0; i < ws.length && concepts.length < LIMITS.maxConcepts; i++) {
    const w = ws[i]
    if (own.has(w)) continue
    const stop = isStop(w, code)
    // Phrasal verbs WordNet knows ("cheat on", "set up"): the particle changes the meaning,
    // so the pair is one concept. A stopword never starts one ("let down", "get up" stay apart).
    // A pronoun object stands between them ("turning me down", "pick it up"), as English wants.
    const gap = OBJECT_PRONOUNS.has(ws[i + 1]) && PARTICLES.has(ws[i + 2]) ? 1 : 0
    if (!stop && i + 1 + gap < ws.length && PARTICLES.has(ws[i + 1 + gap])) {
      const particle = ws[i + 1 + gap]
      const phrase = `${stem(w)} ${stem(particle)}`
      if (hasExpansions(corpus.lexicon, phrase) && !seen.has(phrase)) {
        seen.add(phrase)
        const concept = conceptFor(corpus, `${w} ${particle}`, phrase, weight, fromHistory)
        // Its verb alone says part of it, as one part of a compound does: "cheated on" is the
        // documents' "cheating", which WordNet's rare "unfaithful" sense of "cheat" barely links.
        const verb = conceptFor(corpus, w, stem(w), weight, fromHistory)
        if (verb.mentioned) {
          const head = stem(w)
          concept.alts.set(head, Math.max(concept.alts.get(head) ?? 0, WEIGHTS.verbAlone))
          Object.assign(concept, { known: true, mentioned: true, salience: verb.salience })
        }
        concepts.push(concept)
        i += 1 + gap
        continue
      }
    }
    // Two words the documents write as one ("query string" → "querystring").
    if (!stop && i + 1 < ws.length && !isStop(ws[i + 1], code)) {
      const joined = w + ws[i + 1]
      if (corpus.index.inText(stem(joined)) && !seen.has(stem(joined))) {
        seen.add(stem(joined))
        const concept = conceptFor(corpus, joined, stem(joined), weight, fromHistory)
        // The parts still count a little: "query()" heads the section on query strings.
        for (const part of [w, ws[i + 1]]) {
          if (!concept.alts.has(stem(part))) concept.alts.set(stem(part), WEIGHTS.compoundPart)
        }
        concept.parts = [stem(w), stem(ws[i + 1])]
        concepts.push(concept)
        i++
        continue
      }
    }
    if (stop) continue
    // (Each word's tests below go from the cheapest: a word is read by each of them.)
    const digits = /\d/.test(w)
    if ((digits && w.length === 1) || (prose && misspeltStopword(corpus, w))) continue
    // "Am I going to be …": the future, not a going anywhere; "keeps rejecting", "I keep
    // thinking": again and again, not a keeping.
    if (prose && w === 'going' && ws[i + 1] === 'to') continue
    // "Any idea why …?", "any ideas?": asking for help, not about ideas; "as soon as": when.
    if (prose && ws[i - 1] === 'any' && (w === 'idea' || w === 'ideas')) continue
    if (prose && w === 'soon' && ws[i - 1] === 'as' && ws[i + 1] === 'as') continue
    // "a hard time trusting": a difficulty, said by "hard"; no time is asked about.
    if (prose && (w === 'time' || w === 'times') && HARD.has(ws[i - 1])) continue
    if (prose && KEEP.has(w) && /..ing$/.test(ws[i + 1] ?? '')) continue
    // "the two of them", "all three of us": people the question points back at, not a count.
    if (prose && ws[i + 1] === 'of' && COUNT.test(w) && PLURAL_PRONOUNS.has(ws[i + 2])) continue
    // In code, numbers and letters and digits run together that the documents never use are
    // data, not a name: "60 * 60 * 24 * 365", the escape codes of "\x1b[32m200\x1b[0m", a hash.
    if (!prose && digits && !mentions(corpus, stem(w))) continue
    // So is a number in prose that the documents never write ("my frontend on localhost:5173",
    // "a 300MB upload"): the reader's setting, not a thing the documents lack.
    if (prose && digits && /^\d+$/.test(w) && !mentions(corpus, w)) continue
    const term = stem(w)
    if (seen.has(term)) continue
    seen.add(term)
    const concept = conceptFor(corpus, w, term, weight, fromHistory, names.has(w), lookups)
    if (prose && negatedAt(ws, i)) addNegated(corpus, concept, w)
    else if (prose) addDenied(corpus, concept, w)
    // An identifier's parts ("graph" of "GraphQL") may stand for it, less surely.
    const ps = parts.get(w)
    if (ps) {
      const content = ps.filter((p) => p.length > 1 && !STOPWORDS.has(p))
      for (const p of content) {
        if (!concept.alts.has(stem(p))) concept.alts.set(stem(p), WEIGHTS.compoundPart)
      }
      if (content.length > 1) concept.parts = content.map(stem)
    }
    // A name the documents never mention ("Mona Lisa", "Redis") is as specific as a word gets.
    // A word merely unknown to the documents and to the lexicon is not one: readers write
    // "tbh", "ngl", "hubby", and the lexicon holds only the English related to the corpus.
    if (names.has(w) && (prose || !readersOwn(concepts, concept, w, data))) {
      concept.name = true
      if (!concept.mentioned) concept.salience = corpus.maxIdf * weight
    }
    concepts.push(concept)
  }
}

/** A string literal of code ('X-Tenant-Id', "My Shop"), or the text between two tags. */
const LITERAL = /'[^'\n]*'|"[^"\n]*"|>[^<>\n]*</g

/** The names of a code text said only inside its literals: data, not names of an API. */
function namesInLiterals(text: string, names: Set<string>): Set<string> {
  if (!names.size) return names
  const outside = properNames(text.replace(LITERAL, ' '), false)
  return new Set([...names].filter((n) => !outside.has(n)))
}

/**
 * A capitalised word of the reader's code is the reader's own, not a name of a thing the
 * documents lack: data in a literal (the header 'X-Tenant-Id', the title <title>My Shop</title>),
 * or an identifier whose parts the prose says ("DbClient" of "I declared my db client …"). A
 * library's identifier (`new PrismaClient()`, `Redis.get`) stays a name the documents never
 * mention.
 */
function readersOwn(concepts: Concept[], concept: Concept, w: string, data?: Set<string>): boolean {
  if (data?.has(w)) return true
  const { parts } = concept
  return !!parts?.every((p) => concepts.some((c) => !c.fromHistory && c.alts.get(p) === 1))
}

/** Words that deny what follows them: "can't feel safe", "not secure", "never trusted". */
const NEGATORS = new Set([
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
const negatedAt = (ws: readonly string[], i: number) =>
  NEGATORS.has(ws[i - 1]) || NEGATORS.has(ws[i - 2])

/**
 * A word the reader denies ("I can't feel safe") is said by the documents' word that denies it
 * ("feel unsafe"): the same idea, one prefix apart, which neither the stemmer nor WordNet joins
 * (WordNet files "unsafe" as an antonym of "safe"). Only when denied: "safe" alone is not
 * "unsafe".
 */
function addNegated(corpus: Corpus, concept: Concept, w: string): void {
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
function addDenied(corpus: Corpus, concept: Concept, w: string): void {
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
 * A word without its ending, for telling a word's own forms ("stable", "secured") from other
 * words of its stem: "authorization" shares the stem of "unauthorized"'s "authorized".
 */
const bareForm = (w: string) => w.replace(/(?:e|y|ed|es|s|ing|ly)$/, '')

/** What denies a word in the documents: a negation, or a lack of it ("lack of stable homes"). */
const DENIERS = new Set([...NEGATORS, 'lack', 'lacks', 'lacking'])

/**
 * Whether the sentence denies a word of this bare form: a denier at most four words before it,
 * for a denied phrase ("do not have a secure bond", "a lack of experience with stable …").
 */
function deniesIn(corpus: Corpus, sentence: number, form: string): boolean {
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
  return keepBounded(denied, DENIED_MEMO, sentence, forms)
}

/** The summed salience of some concepts. */
const salienceOf = (cs: Concept[]) => cs.reduce((n, c) => n + c.salience, 0)

/** Reads the parts of a message into concepts, each weighed by what it says about the question. */
function addMessage(
  reading: Reading,
  parts: MessageParts,
  weight: number,
  fromHistory: boolean,
): void {
  const { corpus, concepts } = reading
  const { ask, story, inline, code, errors } = parts
  addText(reading, ask, weight, fromHistory)
  // "What am I missing?" names nothing: then the story around it says what is asked.
  const vague = concepts.filter((c) => c.known && c.fromHistory === fromHistory).length <= 1
  const storyWeight = vague ? WEIGHTS.storyWhenVague : WEIGHTS.story
  const asked = concepts.length
  // Code the story names without backticks ("process.env is empty", "secureHeaders() and
  // poweredBy()") is the API the question is about, read as inline code is, not as scenery.
  const unmarked: string[] = []
  for (const text of story)
    addText(
      reading,
      MAY_BE_CODE.test(text) ? text.replace(UNMARKED_CODE, (m) => (unmarked.push(m), ' ')) : text,
      weight * storyWeight,
      fromHistory,
    )
  // However long the story, it only sets the scene for the question: all its words together
  // weigh at most a share of the question's own.
  if (!vague) {
    const own = salienceOf(concepts.slice(0, asked).filter((c) => c.fromHistory === fromHistory))
    const told = salienceOf(concepts.slice(asked))
    const cap = WEIGHTS.storyShare * own
    if (told > cap) for (const c of concepts.slice(asked)) c.salience *= cap / told
  }
  const prose = ask || story.length
  const inlineWeight = weight * (prose ? WEIGHTS.inlineCode : 1)
  for (const text of [...unmarked, ...inline])
    addText(reading, text, inlineWeight, fromHistory, false)
  // An error the documents quote is what the question is about; any other ("Cannot read
  // properties of undefined") is the reader's program's, as the code around it is.
  const codeWeight = weight * (prose ? WEIGHTS.code : 1)
  for (const text of errors)
    addText(reading, text, quotesText(corpus, text) ? inlineWeight : codeWeight, fromHistory, false)
  for (const text of code) addText(reading, text, codeWeight, fromHistory, false)
}

/**
 * A word the documents have no relative of, read in a rare sense that the question's other words
 * pick (see wordnet-senses.ts): "raise" beside "kids" (a "child") is bringing up, and meets the
 * documents' "parenting one's own children"; beside "money" it would have stayed a word they lack.
 * A sense is picked by a word of its definition, examples or neighbours that another word of the
 * question says (itself or a relative at WEIGHTS.senseContext or more), on the words as read,
 * before any other word gains a sense.
 */
function pickSenses(corpus: Corpus, concepts: Concept[]): void {
  const table = corpus.lexicon.senses
  if (!table) return
  const gained: Array<[Concept, string, number]> = []
  for (const c of concepts) {
    if (c.known || c.name || c.parts) continue
    const term = c.alts.keys().next().value
    if (term === undefined) continue
    for (const { targets, context } of rareSenses(table, term)) {
      const picked = concepts.some(
        (o) =>
          o !== c &&
          o.fromHistory === c.fromHistory &&
          [...o.alts].some(([t, w]) => w >= WEIGHTS.senseContext && context.includes(t)),
      )
      if (picked) for (const [t, w] of targets) gained.push([c, t, w])
    }
  }
  for (const [c, t, w] of gained) {
    if ((c.alts.get(t) ?? 0) < w) c.alts.set(t, w)
    c.known = true
  }
}

/** The question's own concept (not one lent by the history) for a word of it, if any. */
function ownConcept(concepts: Concept[], word: string | undefined): Concept | undefined {
  if (word !== undefined) for (const c of concepts) if (!c.fromHistory && c.word === word) return c
  return undefined
}

/**
 * A concept the documents have no word for, nor one WordNet relates to it at least as closely as
 * WEIGHTS.subjectRelative (see analyse).
 */
function isUnnamed(corpus: Corpus, c: Concept | undefined): boolean | undefined {
  return c && !saidOrRelative(corpus, c, WEIGHTS.subjectRelative)
}

/** The documents use the concept's word, or a word WordNet relates to it at `least` or more. */
function saidOrRelative(corpus: Corpus, c: Concept, least: number): boolean {
  for (const [t, w] of c.alts) if (w >= least && mentions(corpus, t)) return true
  return false
}

/**
 * The name "Is it a X if …?" asks to give what the reader tells, when the documents neither use
 * it nor a close relative (WEIGHTS.tieRelative, as for what a how-to question ties its doing
 * to): "crime" meets their "guilt" only at 0.3. The thing a judged doing is done to ("a good idea
 * to have a revenge affair") is a subject, read as subjects are (WEIGHTS.subjectRelative).
 */
function unnamedPredicate(
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
function nameHead(
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
function unwrittenPairAfterName(concepts: Concept[], asking: string[]): string | undefined {
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
function unnamedNext(
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
function unnamedCompoundVerb(
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
  return inSomeDoc(
    corpus,
    new RegExp(`\\b${escaped(stem(word))}\\w* (?:the|a|an|your|its|their|each|every|all)\\b`, 'i'),
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

function setsAside(question: string): string | undefined {
  return SETS_ASIDE_SOURCES.exec(question.trim())?.[1].toLowerCase()
}

/** The question's own word `head` is one the documents have a word for (see isUnnamed). */
const namedHead = (corpus: Corpus, concepts: Concept[], head: string | undefined) =>
  ownConcept(concepts, head) !== undefined && !isUnnamed(corpus, ownConcept(concepts, head))

/**
 * "How do I connect hono to postgres using prisma?": the first thing the doing is tied to (see
 * complementsAsked) that the documents have no word for, nor a close relative of, unless it only
 * qualifies a noun they have ("in a kiosk app", read as "fake" of "fake bindings" is).
 */
function unnamedComplement(
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
 * "Is attachment trauma more common in boys or in girls?": a question that asks which of two
 * things is the answer can be answered only by documents that speak of one of them. Each side is
 * the word next to "or" (after a preposition or article for the second: "or in girls"); a side is
 * spoken of when the documents say it or a close relative (WEIGHTS.choiceRelative: "boys" meets
 * "childhood" only at 0.3, which says nothing of boys rather than girls).
 */
function unnamedChoice(corpus: Corpus, concepts: Concept[], asking: string[]): string | undefined {
  for (let k = 1; k < asking.length - 1; k++) {
    if (asking[k] !== 'or') continue
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
function askedConcepts(concepts: Concept[], asking: readonly string[]): Concept[] {
  const out: Concept[] = []
  for (const c of concepts) if (!c.fromHistory && asking.includes(c.word)) out.push(c)
  return out
}

/** The longest start two words share ("bod" of "body" and its stem "bodi"). */
function sharedStart(a: string, b: string): string {
  let i = 0
  while (i < a.length && a[i] === b[i]) i++
  return a.slice(0, i)
}

/** Most words whose writing apart a corpus remembers (see Corpus.memo.apart). */
const APART_MEMO = 1024

/**
 * The documents write a word of letters and digits with a hyphen or space ("UTF-8" for "utf8").
 * Every page is scanned for it (~0.4 ms on the Hono pages), once per word: remembered.
 */
function writtenApart(corpus: Corpus, word: string): boolean {
  const { apart } = corpus.memo
  let known = apart.get(word)
  if (known === undefined) {
    known = keepBounded(apart, APART_MEMO, word, scannedApart(corpus, word))
  }
  return known
}

/** writtenApart, scanned for. */
function scannedApart(corpus: Corpus, word: string): boolean {
  const [, letters, rest] = /^(\p{L}+)(.*)$/u.exec(word) ?? []
  if (!rest) return false
  return inSomeDoc(corpus, new RegExp(`\\b${letters}[\\s-]${rest}\\b`, 'iu'))
}

/**
 * The documents write `a` and then a word starting `b` ("query string", "development tool"), as
 * the words a reader joins ("querystring", "devtools") stand for. Scanned once per such word:
 * the word's reading is remembered (see conceptFor).
 */
function writtenTogether(corpus: Corpus, a: string, b: string): boolean {
  return inSomeDoc(corpus, new RegExp(`\\b${escaped(a)}\\w*[\\s-]*${escaped(b)}`, 'i'))
}

/** Some document's text matches `pattern` (not global): a scan of every page. */
function inSomeDoc(corpus: Corpus, pattern: RegExp): boolean {
  for (const doc of corpus.docs.values()) if (pattern.test(doc.text)) return true
  return false
}

/**
 * A name of parts joined by a dot or hyphens, capitalised as a name: "Next.js", "Socket.IO",
 * "X-Request-Id" (each part capitalised: "Built-in", "Server-side" are English). Not a version
 * ("v4.8.0"), a path or a package ("@hono/node-server", "hono/jsx").
 */
const JOINED_NAME =
  /(?<![\p{L}\p{N}_.@/-])\p{Lu}[\p{L}\p{N}]*(?:\.\p{L}+|(?:-\p{Lu}[\p{L}\p{N}]*)+)(?![\p{L}\p{N}_@/-]|\.[\p{L}\p{N}])/gu

/**
 * A name with capitals inside, as products are written ("OpenAPI", "GraphQL", "OAuth"): read in
 * parts ("open", "api") for retrieval, but whole it is a thing of its own. Only with an acronym in
 * it (two capitals in a row, see unwrittenName): a name in plain PascalCase ("IncomingMessage") is
 * an identifier of code, whose parts the documents may write as theirs (`c.env.incoming`).
 */
const CAPITALS_INSIDE =
  /(?<![\p{L}\p{N}_.@/$`-])\p{Lu}(?:\p{Ll}+\p{Lu}|\p{Lu}+\p{Ll})[\p{L}\p{N}]*(?![\p{L}\p{N}_@/(`-]|\.[\p{L}\p{N}])/gu

/** Most joined names and calls whose writing a corpus remembers (see Corpus.memo.written). */
const WRITTEN_MEMO = 1024

/**
 * The first joined name (see JOINED_NAME) of a sentence that asks that the documents never
 * write whole, lower-cased. Its parts are read as words like any (the documents' "js" and
 * "next"); whole, it is a thing they do not cover. Said only where the reader tells ("My
 * middleware sets X-Request-Id. Why is it lost …?"), it is their setup, as any name there is.
 */
function unwrittenName(corpus: Corpus, ask: string): string | undefined {
  // Every such name has a dot or a hyphen before a letter, or a capital inside: looked for first.
  if (!/[.-]\p{L}|\p{L}\p{Lu}/u.test(ask)) return undefined
  const asking = sentencesOf(ask).filter((p) => p.includes('?'))
  for (const sentence of asking.length ? asking : [ask])
    for (const m of [
      ...matchesOf(JOINED_NAME, sentence),
      ...matchesOf(CAPITALS_INSIDE, sentence).filter((c) => /\p{Lu}{2}/u.test(c[0])),
    ]) {
      const name = m[0].toLowerCase()
      if (!writtenWhole(corpus, name) && !writtenWhole(corpus, name.replace(/s$/, ''))) return name
    }
  return undefined
}

/** The documents write `name` (lower-cased) whole, in any case; scanned once per name, remembered. */
function writtenWhole(corpus: Corpus, name: string): boolean {
  const { written } = corpus.memo
  const known = written.get(name)
  if (known !== undefined) return known
  const whole = new RegExp(`(?<![\\p{L}\\p{N}])${escaped(name)}(?![\\p{L}\\p{N}])`, 'iu')
  return keepBounded(written, WRITTEN_MEMO, name, inSomeDoc(corpus, whole))
}

/** The first name called in a piece of code: "$url" of `client.api.posts.$url()`. */
const CALLED = /([A-Za-z_$][\w$]*)\(/

/**
 * A function that a sentence that asks writes as a call in inline code (`createBunWebSocket()`),
 * and that the documents never write called, anywhere in their text or code: an API they do not
 * document. Over the Hono sets, every question with such a call was one they do not answer; a
 * call the reader only tells of, or pastes in a block, is their code.
 */
function uncalledFunction(corpus: Corpus, question: string): string | undefined {
  if (!question.includes('`')) return undefined
  const prose = question.replace(/```[\s\S]*?(```|$)/g, '\n\n')
  for (const sentence of sentencesOf(prose)) {
    if (!sentence.includes('?')) continue
    for (const m of matchesOf(INLINE_CODE, sentence)) {
      const name = CALLED.exec(m[1])?.[1]
      if (name && !writtenCalled(corpus, name)) return `${name}()`
      // "Do I need `wait: true`?": an option set as code that the documents never set.
      const option = OPTION_SET.exec(m[1])?.[1]
      if (option && !writtenSet(corpus, option)) return `${option}:`
    }
  }
  return undefined
}

/**
 * The documents write `name(` anywhere, in any case. Remembered with the names written whole, under
 * the name and its parenthesis, which no joined name ends with.
 */
function writtenCalled(corpus: Corpus, name: string): boolean {
  const key = `${name.toLowerCase()}(`
  const { written } = corpus.memo
  const known = written.get(key)
  if (known !== undefined) return known
  const called = new RegExp(`(?<![\\w$])${escaped(name)}\\(`, 'i')
  return keepBounded(written, WRITTEN_MEMO, key, inSomeDoc(corpus, called))
}

/** An option set in a piece of code: "wait" of `wait: true`, of `{ wait: true }`. */
const OPTION_SET = /^\s*\{?\s*([A-Za-z_$][\w$]*)\s*:\s*\S/

/**
 * The documents write `name:` anywhere (an option set, a header line), in any case; remembered
 * with the names written whole, under the name and its colon, which no joined name ends with.
 */
function writtenSet(corpus: Corpus, name: string): boolean {
  const key = `${name.toLowerCase()}:`
  const { written } = corpus.memo
  const known = written.get(key)
  if (known !== undefined) return known
  const set = new RegExp(`(?<![\\w$])${escaped(name)}\\s*:`, 'i')
  return keepBounded(written, WRITTEN_MEMO, key, inSomeDoc(corpus, set))
}

/** A version: "v3", "v4". */
const VERSION = /^v\d+$/

/**
 * The documents write the word itself in a sentence of theirs, not only in code or a heading. A
 * version they write only in code ("uses: cloudflare/wrangler-action@v3" in a workflow file) is
 * another package's pin, no version of theirs they speak of. (Any word of letters and digits
 * read so cost questions on things their code shows: "IPv6" of getConnInfo, "R2Bucket".)
 */
const inProse = (corpus: Corpus, c: Concept) =>
  [...c.alts].some(([t, w]) => w === 1 && corpus.index.inText(t))

/**
 * The reader writes `word` as part of code or a longer version ("actions/checkout@v4",
 * "v4.8.0"): a pin like the documents' own, not a version asked about by name.
 */
const inCode = (text: string, word: string) =>
  new RegExp(`[.@/$_]${word}|${word}[.(/_]\\w`, 'iu').test(text)

/** Reads a question (and, for a follow-up, the previous question) into weighted concepts. */
export function analyse(corpus: Corpus, question: string, history: Turn[] = []): AnalysedQuestion {
  question = withoutForAbsent(question)
  const concepts: Concept[] = []
  const seen = new Set<string>()
  // A few unread words per question are looked up one edit away in the lexicon: a hundred random
  // words would otherwise cost a hundred look-ups of ~50 spellings a letter each.
  const lookups = { left: LIMITS.relatedLookups }
  const reading: Reading = { corpus, concepts, seen, lookups }
  // Read once: the asking sentence also says what the question implies (IMPLIED) and asks about.
  const parts = focus(question)
  addMessage(reading, parts, 1, false)
  pickSenses(corpus, concepts)
  // The names a reader makes up in the code they paste (a variable `tenant`, a route "/whoami")
  // are their data: a word of that code the documents never use is no topic they lack, wherever
  // the question says it ("… I always get 'no tenant'"), and neither weighs nor counts as missing.
  // A name written as one in the prose ("Redis") stays, and so does inline code (`c.req.tenantId()`
  // may be the very API asked about).
  if (parts.code.length) {
    const pasted = new Set<string>()
    for (const text of [...parts.code, ...parts.errors])
      for (const w of words(text)) pasted.add(plain(w).toLowerCase())
    for (let i = concepts.length - 1; i >= 0; i--) {
      const c = concepts[i]
      if (!c.mentioned && !c.name && pasted.has(c.word.toLowerCase())) concepts.splice(i, 1)
    }
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
  for (const { word, asked } of IMPLIED) {
    if (seen.has(word) || !asked(ask)) continue
    const concept = conceptFor(corpus, word, stem(word), 1, false)
    if (!concept.known) continue
    seen.add(word)
    // "… or is there some cutoff?": the reader's own word for the bound, if the documents never
    // say it, is the implied word, not a second thing they must name.
    const own = concepts.findIndex((c) => !c.mentioned && BOUND_WORDS.has(c.word))
    if (word === 'minimum' && own >= 0) concepts.splice(own, 1)
    concepts.push(concept)
  }

  // The question a follow-up leans on: the last one that asked something ("What else?" did not).
  const lastUser = history[lastQuestion(history)] as Turn | undefined
  // Whether it points back: asked of a follow-up, and of a first question whether it is unresolved.
  const back = pointsBack(question)
  const followUp = isFollowUp(question, concepts, back)
  // "And on Node?" after "How do I change the port on Bun?": the last question asked again in
  // another setting (a place, a tool, a group: "on", "in", "with", "for" …). Its words are the
  // question (at full weight), but not the thing it replaces. "And exposure therapy?" names a
  // new subject instead, which its sentences should be about.
  const other = ELLIPSIS.exec(question.trim())?.[1]
  const elliptical =
    lastUser !== undefined &&
    ((other !== undefined && SETTING.test(other) && !ASKS_ITSELF.test(other)) ||
      doneAgainIn(question))
  const before = concepts.length
  if (lastUser && followUp) {
    const lent = elliptical ? 1 : other !== undefined ? WEIGHTS.newSubjectHistory : WEIGHTS.history
    addMessage(reading, focus(lastUser.content), lent, true)
    pickSenses(corpus, concepts.slice(before))
  }
  // The setting it names takes the place of the names asked about last time ("Bun"), whether
  // written as a name ("Bun") or not ("cloudflare workers").
  if (elliptical && concepts.slice(0, before).some((c) => c.name || c.known))
    for (let i = concepts.length - 1; i >= before; i--) if (concepts[i].name) concepts.splice(i, 1)
  const unresolved =
    !lastUser &&
    back &&
    concepts.filter((c) => c.known).length <= 1 &&
    !namedBefore(question, concepts)
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
  const action = ownConcept(concepts, act)
  // The trade of "Which psychologist developed …?" says who is asked for, not what about.
  const lower = spelledOut(question).toLowerCase()
  const maker = makerAsked(lower)
  // "Does seeing a shrink or joining a group help …?" asks of either: the documents speak of
  // groups, so the question is theirs though "shrink" is not.
  const either = namedHead(corpus, concepts, alternativeTo(asking, about?.word))
  // Then (see unnamedPart) what else of the question they do not cover.
  const unnamed =
    (isUnnamed(corpus, subject) && !qualifies && !either && subject!.word !== maker
      ? about!.word
      : isUnnamed(corpus, action)
        ? act
        : nameHead(corpus, concepts, asking, subject)) ??
    unwrittenPairAfterName(concepts, asking) ??
    unnamedNext(corpus, concepts, subject, about?.next) ??
    setsAside(question) ??
    unnamedPredicate(corpus, concepts, asking) ??
    unnamedCompoundVerb(corpus, concepts, asking) ??
    unnamedPart(corpus, question, ask, concepts, asking, either)
  // Asked of either, the documents answer of the one they name: the other is not a part of the
  // question a sentence must cover ("shrink", a word they lack, weighed a sixth of it).
  if (either && isUnnamed(corpus, subject)) subject!.salience = 0
  // "wat is atachment trama", "wat r the signs of …": the forms of a question read as spelled out.
  const spelled = spelledOut(ask)
  const definition = definedTerm(spelled, concepts)
  // "What does trust mean in a romantic relationship?" asks what trust is: the words after it
  // only place it, and weigh less than the term.
  if (definition?.placed)
    for (const c of concepts)
      if (!c.fromHistory && !definition.named.includes(c)) c.salience *= WEIGHTS.placing
  // "which algorithms does it support besides HS256? we use RS256 tokens from our IdP": a name the
  // documents never mention, said only in a sentence that tells, is the reader's setup rather than
  // their topic when the sentence that asks names two things or more, all of which the documents
  // know (see answerable in answer.ts). "We deploy on Vercel. How do I set it up?" asks of nothing
  // else; "We keep sessions in Redis. How do I read session data?" asks of what they lack.
  if (parts.told.size) {
    const asked = askedConcepts(concepts, parts.asking)
    if (asked.length >= 2 && asked.every((c) => c.known))
      for (const c of concepts)
        if (c.name && !c.mentioned && !c.fromHistory && !parts.asking.includes(c.word))
          c.told = parts.told.has(c.word)
  }
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
  // "What is the idea behind CBT?" asks what CBT is: "idea" names no part of the answer.
  const kept: Concept[] = []
  // "… in my database instead of hardcoded": in a follow-up, "instead of" / "rather than" only
  // sets the way shown aside (see doneOneself); the answer need not say "instead".
  const replaced = lastQuestion(history) >= 0 ? REPLACING.exec(ask) : null
  const replacing = replaced?.[1].toLowerCase()
  // What it sets aside is what the reader does not want: it weighs less than what they do.
  if (replaced) {
    const aside = new Set(words(replaced[2]).map((w) => w.toLowerCase()))
    for (const c of concepts)
      if (!c.fromHistory && aside.has(c.word.toLowerCase())) c.salience *= WEIGHTS.setAside
  }
  for (const c of concepts)
    if (
      c.fromHistory ||
      (c.word !== maker &&
        c.word !== replacing &&
        c.word !== category &&
        !(formsTaken && (c.word === formsTaken || c.word === 'take')) &&
        !(definition && definition.asking.includes(c.word)) &&
        !(cause && cause.asking.includes(c.word)))
    )
      kept.push(c)
  return {
    concepts: kept,
    expects: expectation(lower, maker),
    defines: definition?.term,
    causes: cause?.term,
    excluded: excluded?.size ? excluded : undefined,
    unresolved,
    quoted: quotedStems(question),
    text: question,
    phrases: quotedPhrases(question),
    unnamed,
    compares: comparisonAsked(corpus, asking),
    comparesOdds: likelihoodCompared(corpus, asking),
    elliptical,
    newSubject: other !== undefined && !elliptical && lastUser !== undefined,
    anchors: reports ? anchorsOf(corpus, question, parts) : undefined,
    reports,
  }
}

/**
 * A part of a question the documents do not cover, though they have what it asks about and the
 * doing it asks of (see analyse): the first found of
 * - "How do I connect hono to postgres using prisma?": a thing the doing is tied to that they
 *   have no word for, nor a close relative of, whatever they say of connecting and of hono (one
 *   that only qualifies a noun they have, "in a kiosk app", is read as "fake" of "fake bindings"
 *   is: see unnamedComplement);
 * - "Is there a request ID middleware?": a kind of thing they never name (see unnamedKind);
 * - "How do I mount Hono inside a Next.js App Router route handler?", "a middleware that adds an
 *   X-Request-Id header": a name whose parts are their words ("next", "js"; "request", "id") but
 *   that they never write whole (see unwrittenName);
 * - "Is there something like `some()` / `every()` to compose middleware?": a function they never
 *   call, which they do not document (see uncalledFunction);
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
): string | undefined {
  return (
    unnamedComplement(corpus, concepts, asking) ??
    unnamedKind(corpus, ask) ??
    unwrittenName(corpus, ask) ??
    uncalledFunction(corpus, question) ??
    (either ? undefined : unnamedChoice(corpus, concepts, asking))
  )
}

/**
 * The terms of the APIs a problem report is about: of the names it writes as code that the
 * documents write as `inline code` too, the rarest in the documents, and those at most RARE_NAMES
 * times as frequent ("notFound" of "Custom notFound on a sub-app is ignored", "getResponse" of
 * "… return `err.getResponse()` … the header is missing"). Its names are those of its `inline
 * code` and of the code written into its prose without backticks (see UNMARKED_CODE), not of its
 * pasted code, which are mostly the reader's program. Undefined for a report that names no such
 * API (asked only of a question that reports a problem).
 */
function anchorsOf(corpus: Corpus, question: string, parts: MessageParts): string[] | undefined {
  const names = new Set<string>()
  const add = (code: string) => {
    for (const { word } of tokens(code))
      if (word.length >= 3 && IDENTIFIER.test(word) && !SYNTAX.has(word)) names.add(stem(word))
  }
  for (const text of parts.inline) add(text)
  for (const text of [parts.ask, ...parts.story])
    if (MAY_BE_CODE.test(text)) for (const m of matchesOf(UNMARKED_CODE, text)) add(m[0])
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
 * How many times as often as the rarest a name of the report may stand in the documents and still
 * be one of its APIs: "c.req.header() … headers['X-Foo']" is about `header` as much as `req`, and
 * "c.set() … c.get()" about both. Over the 24 sets, at 4 (against only the rarest) four answers
 * came to the first place and one abstention became a wrong answer; 2 and 3 moved one or two
 * fewer up, 8 and more one or two down.
 */
const RARE_NAMES = 4

/** A name in code starts with a letter: "404" of `c.json(…, 404)` is a value. */
const IDENTIFIER = /^[a-z_$]/

/** JavaScript's own words in a reader's code: syntax, never the API asked about. */
const SYNTAX = new Set(
  'const let var return await async new function import from export true false null undefined typeof this if else default'.split(
    ' ',
  ),
)

/** Sentences read for whether the documents write a term as `inline code` (see writtenAsCode). */
const CODE_LOOKUPS = 64

/** Some sentence of the documents (among the first CODE_LOOKUPS that say it) writes `term` as code. */
function writtenAsCode(corpus: Corpus, term: string): boolean {
  const { ids } = searchHits(corpus.index, new Map([[term, 1]]), false)
  const n = Math.min(ids.length, CODE_LOOKUPS)
  for (let i = 0; i < n; i++) if (codeNames(corpus, ids[i]).includes(term)) return true
  return false
}

/** A question that leans on the conversation: it points back ("it", "those") or says too little. */
export function isFollowUp(
  question: string,
  own: Concept[],
  /** Whether the question points back (pointsBack), when the caller knows. */
  back = pointsBack(question),
): boolean {
  // "what if the same key shows up twice?" goes on from the last question; asked first, it stands
  // alone (and is not an unresolved pointer).
  return back || /^\s*what if\b/i.test(question) || own.filter((c) => c.known).length <= 1
}

/**
 * "cbt wut does it even do": the thing the question points back at is named in it, before the
 * pointing word. ("Does it help with trust?" names "trust" only after "it".)
 */
function namedBefore(question: string, concepts: Concept[]): boolean {
  const ws = wordsOf(question)
  const at = ws.findIndex((w) => ANAPHORA.has(w))
  if (at <= 0) return false
  const before = new Set(ws.slice(0, at).map(stem))
  return concepts.some(
    (c) => c.known && !c.fromHistory && [...c.alts.keys()].some((t) => before.has(t)),
  )
}

/** The question refers to something said before ("it", "those", "and what about …"). */
function pointsBack(question: string): boolean {
  if (wordsOf(question).some((w) => ANAPHORA.has(w))) return true
  // "What's the equivalent on Workers?": the counterpart of what was asked, unless named ("of X").
  if (/\b(?:equivalents?|counterparts?)\b(?!\s+(?:of|to)\b)/i.test(question)) return true
  // "ok and how would I do the same thing on Bun instead?": what was asked, again, of another thing.
  if (SAME_AGAIN.test(question)) return true
  return /^\s*(and|also|what about|how about|so)\b/i.test(question)
}

/** Asking what was asked before, of another thing: "the same thing", "do the same", "… instead?". */
const SAME_AGAIN =
  /\b(?:(?:do|does|did|doing)\s+the\s+same|the\s+same\s+(?:thing|way|for|with|on|in)|likewise)\b|\binstead[?.!\s]*$/i

/**
 * The terms to search, each with its best weight. A long question can name hundreds (40 concepts
 * with their expansions); only the most telling are searched, so the work per question stays
 * bounded whatever it contains: on a 10 MB corpus 175 terms cost seconds, 64 a few milliseconds.
 */
export function queryTerms(q: AnalysedQuestion): Map<string, number> {
  const weights = new Map<string, number>()
  for (const c of q.concepts)
    for (const [t, w] of c.alts) if ((weights.get(t) ?? 0) < w) weights.set(t, w)
  if (weights.size <= LIMITS.maxTerms) return weights
  // Too many: the terms that matter most to the question (weight × salience) are kept.
  const priority = new Map<string, number>()
  for (const c of q.concepts)
    for (const [t, w] of c.alts)
      if ((priority.get(t) ?? 0) < w * c.salience) priority.set(t, w * c.salience)
  const kept = [...priority].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  return new Map(kept.slice(0, LIMITS.maxTerms).map(([t]) => [t, weights.get(t)!]))
}

/** How much a match in these fields (Hits bits) counts: fully in the sentence, less around it. */
function fieldWeight(bits: number): number {
  if (bits & FIELD_BIT.text) return 1
  return bits & FIELD_BIT.heading ? WEIGHTS.headingMatch : WEIGHTS.contextMatch
}

/** Each section's slot in the current ranking, valid where its stamp is the current call's. */
let sectionSlot = new Int32Array(0)
let sectionStamp = new Int32Array(0)
let rankCall = 0
/** The page-title matches of each slot of the current ranking. */
const slotTitle: Float64Array[] = []

/** Each page's slot in the current ranking, valid where its stamp is the current call's. */
let pageSlot = new Int32Array(0)
let pageStamp = new Int32Array(0)

/**
 * Slot tables for `sections` sections and `pages` pages, and a stamp none of them holds yet.
 */
function sectionSlots(sections: number, pages: number) {
  if (sectionStamp.length < sections || pageStamp.length < pages || rankCall === 0x7fffffff) {
    sectionSlot = new Int32Array(Math.max(sections, 2 * sectionSlot.length))
    sectionStamp = new Int32Array(sectionSlot.length)
    pageSlot = new Int32Array(Math.max(pages, 2 * pageSlot.length))
    pageStamp = new Int32Array(pageSlot.length)
    rankCall = 0
  }
  const call = ++rankCall
  return { slotOf: sectionSlot, stamp: sectionStamp, pageOf: pageSlot, pageStamp, call }
}

/** The number of term `t` in `index`, numbering it next if it has none yet. */
function numbered(index: Map<string, number>, t: string): number {
  let k = index.get(t)
  if (k === undefined) index.set(t, (k = index.size))
  return k
}

/** Ties of a ranking broken by sentence (made here, so that rank's locals stay out of a closure). */
const bySentence = (ranked: Ranked[]) => (a: number, b: number) =>
  ranked[a].sentence - ranked[b].sentence

/** The numbers of terms `ts` in `index` (see numbered). */
function numberedAll(index: Map<string, number>, ts: string[]): number[] {
  const out: number[] = []
  for (const t of ts) out.push(numbered(index, t))
  return out
}

/**
 * The search for the terms queryTerms reads from a question, its concepts' terms numbered as
 * rank numbers them (term k is termOf[k], concept terms altTerm/altWeight in the concepts'
 * order), with the place of each searched term among them (-1: none). A question of plain terms,
 * no more than LIMITS.maxTerms, searches them as numbered: each term with a positive weight, at
 * its best, in the order it first has one (as queryTerms's map holds them), with no map built and
 * none looked up again by the search and by rank. One with a phrase ("cheat on") or too many
 * terms searches queryTerms's map.
 */
function searchConcepts(
  corpus: Corpus,
  q: AnalysedQuestion,
  termIndex: Map<string, number>,
  termOf: string[],
  altTerm: Int32Array,
  altWeight: Float64Array,
): { hits: Hits; termAt: Int32Array } {
  const alts = q.concepts.reduce((n, c) => n + c.alts.size, 0)
  const boost = bufferFloat64(F64.termBoost, termOf.length)
  const termAt = bufferInt32(I32.termAt, alts)
  const tokens: string[] = []
  let plain = true
  for (let a = 0; a < alts; a++) {
    const k = altTerm[a]
    const w = altWeight[a]
    if (!(boost[k] < w)) continue
    if (boost[k] === 0) {
      const term = termOf[k]
      if (!term || term.includes(' ')) plain = false
      termAt[tokens.length] = k
      tokens.push(term)
    }
    boost[k] = w
  }
  if (plain && tokens.length <= LIMITS.maxTerms) {
    const boosts: number[] = []
    for (let t = 0; t < tokens.length; t++) boosts.push(boost[termAt[t]])
    return { hits: corpus.index.searchTokens(tokens, boosts, false, false), termAt }
  }
  const hits = searchHits(corpus.index, queryTerms(q), false)
  const searched = hits.terms.length
  const at = bufferInt32(I32.termAt, searched)
  for (let t = 0; t < searched; t++) at[t] = termIndex.get(hits.terms[t]) ?? -1
  return { hits, termAt: at }
}

/** Ranks the corpus's sentences for an analysed question, best first. */
/**
 * The question's concepts that only the reader's pasted code says (`app.request`, `method`,
 * `JSON.stringify` of a test they paste), none of its prose: where a sentence matches them only
 * through the code sample next to it, that sample echoes the reader's code. Undefined when the
 * question has no such concept.
 */
function codeOnlyConcepts(q: AnalysedQuestion): Int32Array | undefined {
  const parts = focus(q.text)
  if (!parts.code.length) return undefined
  const code = conceptsSaying(
    q,
    parts.code.flatMap((t) => words(t)),
  )
  const prose = conceptsSaying(
    q,
    [parts.ask, ...parts.story, ...parts.inline, ...parts.errors].flatMap((t) => words(t)),
  )
  const out = bufferInt32(I32.codeOnly, q.concepts.length)
  let any = false
  q.concepts.forEach((c, j) => {
    if (c.fromHistory || !code[j] || prose[j]) return
    out[j] = 1
    any = true
  })
  return any ? out : undefined
}

/**
 * The share of a result's own matched weight (row `row` of `best`) that comes from code-only
 * concepts it matched only in its surroundings (viaContext holds `stamp` for those).
 */
function echoShare(
  n: number,
  best: Float64Array,
  row: number,
  salience: Float64Array,
  codeOnly: Int32Array,
  viaContext: Int32Array,
  stamp: number,
): number {
  let all = 0
  let echoed = 0
  for (let j = 0; j < n; j++) {
    const w = best[row + j] * salience[j]
    all += w
    if (codeOnly[j] && viaContext[j] === stamp) echoed += w
  }
  return all > 0 ? echoed / all : 0
}

export function rank(corpus: Corpus, q: AnalysedQuestion): Ranked[] {
  const n = q.concepts.length
  // Every term of the concepts numbered once, so that each result's matches are read into an
  // array by its few matched terms, not looked up alternative by alternative in its match map
  // (on a large corpus, 1,000 results × every alternative of every concept was a third of the
  // answer). Concept j's alternatives are altTerm/altWeight[altStart[j] .. altStart[j+1]-1];
  // term k is termOf[k].
  const termIndex = new Map<string, number>()
  const termOf: string[] = []
  const altStart = bufferInt32(I32.altStart, n + 1)
  // (Loops here, not callbacks: a local a callback reads is kept in a context object, and the
  // loops below read these locals at every step.)
  for (let j = 0; j < n; j++) altStart[j + 1] = altStart[j] + q.concepts[j].alts.size
  const altTerm = bufferInt32(I32.altTerm, altStart[n])
  const altWeight = bufferFloat64(F64.altWeight, altStart[n])
  for (let j = 0; j < n; j++) {
    let a = altStart[j]
    for (const [t, w] of q.concepts[j].alts) {
      let k = termIndex.get(t)
      if (k === undefined) {
        termIndex.set(t, (k = termOf.length))
        termOf.push(t)
      }
      altTerm[a] = k
      altWeight[a++] = w
    }
  }
  // The results as the search met them: they are ordered below by their score here (ties by
  // sentence), which owes nothing to the search's order, so the search need not sort them.
  // termAt: the searched terms' places among the concepts' terms (-1: a term no concept has).
  const { hits, termAt } = searchConcepts(corpus, q, termIndex, termOf, altTerm, altWeight)
  const count = hits.ids.length
  if (!count) return []
  const total = q.concepts.reduce((n, c) => n + c.salience, 0) || 1
  const ownSum = q.concepts.reduce((n, c) => n + (c.fromHistory ? 0 : c.salience), 0)
  const ownTotal = ownSum || 1
  // What the last question lent a follow-up, which its sentences should say something of; but
  // a new subject ("What about X?") or setting ("And on Node?") takes the place of what it was
  // about.
  const lentTotal = total - ownSum
  const onTopic =
    q.concepts.some((c) => c.fromHistory) && lentTotal > 0 && !q.elliptical && !q.newSubject
  let topBm25 = hits.scores[0]
  for (let i = 1; i < count; i++) if (hits.scores[i] > topBm25) topBm25 = hits.scores[i]
  // Each concept's salience and whether it is the question's own, read from arrays in the loops
  // below (concepts come in several shapes, and their fields were read at every step).
  const salience = bufferFloat64(F64.salience, n)
  const isOwn = bufferInt32(I32.isOwn, n)
  for (let j = 0; j < n; j++) {
    salience[j] = q.concepts[j].salience
    isOwn[j] = q.concepts[j].fromHistory ? 0 : 1
  }
  // How well each result matches each concept, and the best any sentence of its section does: a
  // section about the question ("query()" in the request API) vouches for its sentences.
  const best = bufferFloat64(F64.best, count * n)
  // Each section met gets a slot, in the order met (at most one per result): n numbers of one
  // buffer, and its page title's matches. Sections are told apart by a stamp of this call, not
  // a map: a map's entries were a tenth of the ranking's time.
  const sectionBests = bufferFloat64(F64.sectionBest, count * n)
  // The same for each page: the best any of its sentences does for each concept.
  const pageBests = bufferFloat64(F64.pageBest, count * n)
  const { slotOf, stamp, pageOf, pageStamp, call } = sectionSlots(
    corpus.sectionDoc.length,
    corpus.data.docs.length,
  )
  let slots = 0
  let pages = 0
  // How well the title of each page met among the results matches each concept: a sentence deep
  // in a page ("The default is \"Secure Area\"." under Options › realm) is still about its title.
  const titleOf = titleMatches(corpus, q)
  const noTitle = bufferFloat64(F64.noTitle, n)
  const parts: Array<number[] | undefined> = []
  for (const c of q.concepts) parts.push(c.parts && numberedAll(termIndex, c.parts))
  /** Field weight of each term in the current result: 0 where it did not match. */
  const fw = bufferFloat64(F64.fieldWeight, termIndex.size)
  // The other way round: term k stands for concepts conceptOf[conceptsAt[k] .. conceptsAt[k+1]-1],
  // with weights weightIn[…], so a result's few matched terms are read, not every alternative.
  const terms = termIndex.size
  const conceptsAt = bufferInt32(I32.conceptsAt, terms + 1)
  for (let a = 0; a < altStart[n]; a++) conceptsAt[altTerm[a] + 1]++
  for (let k = 0; k < terms; k++) conceptsAt[k + 1] += conceptsAt[k]
  const conceptOf = bufferInt32(I32.conceptOf, altStart[n])
  const weightIn = bufferFloat64(F64.weightIn, altStart[n])
  const filledAt = bufferInt32(I32.filledAt, terms)
  // The pairs that count only in a sentence that denies the term (see addDenied), with the form
  // it must have there: rare, so a map of the few.
  let denied: Map<number, string> | undefined
  for (let j = 0; j < n; j++) {
    const deniedIn = q.concepts[j].deniedIn
    for (let a = altStart[j]; a < altStart[j + 1]; a++) {
      const x = conceptsAt[altTerm[a]] + filledAt[altTerm[a]]++
      conceptOf[x] = j
      weightIn[x] = altWeight[a]
      const form = deniedIn?.get(termOf[altTerm[a]])
      if (form !== undefined) (denied ??= new Map()).set(x, form)
    }
  }
  const matchedTerms = bufferInt32(I32.matchedTerms, terms)
  const says = bufferInt32(I32.says, n)
  const said = bufferInt32(I32.said, count)
  // "And on Bun?" after a question about the port: its one word says where to look, and a
  // section under that page or heading is there as much as a sentence that names it.
  const own = q.concepts.filter((c) => !c.fromHistory)
  const place = own.length === 1 && n > 1 ? q.concepts.indexOf(own[0]) : -1
  const { matchStart, matchTerm, matchBits } = hits
  const codeOnly = codeOnlyConcepts(q)
  const viaContext = bufferInt32(I32.viaContext, n)
  const echo = codeOnly ? bufferFloat64(F64.echo, count) : undefined
  for (let i = 0; i < count; i++) {
    const id = hits.ids[i]
    const section = corpus.sectionOf[id]
    if (stamp[section] !== call) {
      stamp[section] = call
      slotOf[section] = slots
      slotTitle[slots++] = titleOf.get(corpus.sectionDoc[section]) ?? noTitle
    }
    const sbAt = slotOf[section] * n
    const tm = slotTitle[slotOf[section]]
    const doc = corpus.sectionDoc[section]
    if (pageStamp[doc] !== call) {
      pageStamp[doc] = call
      pageOf[doc] = pages++
    }
    const pbAt = pageOf[doc] * n
    // The result's matched terms (a few of the question's dozens), each read once.
    let touched = 0
    for (let e = matchStart[i]; e < matchStart[i + 1]; e++) {
      const k = termAt[matchTerm[e]]
      if (k < 0) continue
      if (fw[k] === 0) matchedTerms[touched++] = k
      fw[k] = fieldWeight(matchBits[e])
    }
    const row = i * n
    // (A row starts at 0, as `best` was handed out: only a page whose title matches sets it.)
    if (tm !== noTitle)
      for (let j = 0; j < n; j++) best[row + j] = j === place ? tm[j] / WEIGHTS.titleMatch : tm[j]
    // Each matched term raises the concepts it stands for (the best match of each concept wins).
    for (let e = 0; e < touched; e++) {
      const k = matchedTerms[e]
      const field = fw[k]
      for (let x = conceptsAt[k]; x < conceptsAt[k + 1]; x++) {
        if (denied?.has(x) && !deniesIn(corpus, id, denied.get(x)!)) continue
        const j = conceptOf[x]
        const f = j === place && field === WEIGHTS.headingMatch ? 1 : field
        const w = weightIn[x]
        if (f === 1 && w >= 0.5) says[j] = i + 1
        if (w * f > best[row + j]) {
          best[row + j] = w * f
          viaContext[j] = f === WEIGHTS.contextMatch ? i + 1 : 0
        }
      }
    }
    for (let j = 0; j < n; j++) {
      let m = best[row + j]
      if (says[j] === i + 1 && isOwn[j]) said[i]++
      // A compound's parts together say what one of them says only in part: "Setting and
      // retrieving signed cookies …" is about getSignedCookie, "verify the cookie name" less so.
      const ps = parts[j]
      if (ps && m < WEIGHTS.allParts) {
        let sum = 0
        for (const k of ps) sum += fw[k]
        const all = (WEIGHTS.allParts * sum) / ps.length
        if (all > m) m = all
      }
      best[row + j] = m
      if (m > sectionBests[sbAt + j]) sectionBests[sbAt + j] = m
      if (m > pageBests[pbAt + j]) pageBests[pbAt + j] = m
    }
    if (echo) echo[i] = echoShare(n, best, row, salience, codeOnly!, viaContext, i + 1)
    for (let e = 0; e < touched; e++) fw[matchedTerms[e]] = 0
  }
  // "Who can I turn to after my partner …?" asks for someone other than the partner.
  const askedPeople = new Set<string>()
  if (q.expects === 'person')
    for (const c of q.concepts)
      for (const t of c.alts.keys()) if (corpus.person.has(t)) askedPeople.add(t)
  const ranked: Ranked[] = new Array(count)
  for (let i = 0; i < count; i++) {
    const id = hits.ids[i]
    const bm25 = hits.scores[i]
    const sbAt = slotOf[corpus.sectionOf[id]] * n
    const pbAt = pageOf[corpus.sectionDoc[corpus.sectionOf[id]]] * n
    let covered = 0
    let ownCovered = 0
    let pageCovered = 0
    let matched = 0
    for (let j = 0; j < n; j++) {
      const m = best[i * n + j]
      const v = (1 - WEIGHTS.section) * m + WEIGHTS.section * sectionBests[sbAt + j]
      covered += v * salience[j]
      pageCovered += pageBests[pbAt + j] * salience[j]
      if (isOwn[j]) ownCovered += v * salience[j]
      if (m >= WEIGHTS.clearMatch) matched++
    }
    // (Before the factor for a wrong type of answer: that says nothing of the topic.)
    const topic = onTopic ? onTopicFactor((covered - ownCovered) / lentTotal) : 1
    let coverage = covered / total
    let own = ownCovered / ownTotal
    if (q.expects && !hasExpected(corpus, id, q.expects, askedPeople)) {
      coverage *= WEIGHTS.wrongType
      own *= WEIGHTS.wrongType
    }
    // (A literal of one shape, its echo set after: a spread of an object per result, most of
    // them empty, cost a tenth of the ranking.)
    const r: Ranked = {
      sentence: id,
      coverage,
      bm25,
      own,
      matched,
      // The concept (its word, or an expansion as good as half of it) is in the sentence's own text.
      said: said[i],
      // In a follow-up the reader's new words say what is asked; the history only says about what.
      // An elliptical one ("And on Node?") is the other way round: the last question is asked
      // again, and its new words only say of what. (In the first, a sentence must also say
      // something of what the last question asked: see onTopicFactor.)
      score:
        (q.elliptical ? coverage : ((coverage + own) / 2) * topic) * formFactor(corpus, id) +
        WEIGHTS.bm25 * (bm25 / topBm25) +
        WEIGHTS.page * (pageCovered / total),
    }
    if (echo && echo[i] > 0) r.echo = echo[i]
    ranked[i] = r
  }
  const scores = bufferFloat64(F64.scores, ranked.length)
  for (let i = 0; i < ranked.length; i++) scores[i] = ranked[i].score
  const order = byScore(scores, ranked.length, bySentence(ranked))
  const sorted: Ranked[] = new Array(ranked.length)
  for (let i = 0; i < ranked.length; i++) sorted[i] = ranked[order[i]]
  definitionBonus(corpus, q, sorted)
  definitionElsewhere(corpus, q, sorted)
  pointsElsewhere(corpus, sorted)
  causeBonus(corpus, q, sorted)
  leadBonus(corpus, q, sorted)
  quietEchoes(corpus, q, sorted)
  quietRestatedCode(corpus, q, sorted)
  yieldToAsked(corpus, q, sorted)
  echoGivesWay(corpus, q, codeOnly, sorted)
  return sorted
}

/**
 * The share of its score a follow-up's sentence keeps for covering `lent` of the words the last
 * question lent it: WEIGHTS.offTopic for none, rising to all from WEIGHTS.onTopic on. The new
 * words decide what is asked (half the score is their coverage alone), but a sentence that says
 * them all on another page ("The default options to pass to the Hono application …" for "what's
 * the default if I don't pass that option?" after a question on the CSRF middleware's origins)
 * answers another conversation. Only a sentence that says next to nothing of it loses: the page
 * that answers often says the last question's subject only in its title or headings.
 */
function onTopicFactor(lent: number): number {
  const off = WEIGHTS.offTopic
  return Math.min(1, off + ((1 - off) * lent) / WEIGHTS.onTopic)
}

/** Each opening stem's first strong entry in the current leadBonus, valid where its stamp is the call's. */
let leadFirst = new Int32Array(0)
let leadStamp = new Int32Array(0)
let leadCall = 0

/** Entry tables for `terms` opening stems, and a stamp none of them holds yet (see sectionSlots). */
function leadSlots(terms: number) {
  if (leadStamp.length < terms || leadCall === 0x7fffffff) {
    leadFirst = new Int32Array(Math.max(terms, 2 * leadFirst.length))
    leadStamp = new Int32Array(leadFirst.length)
    leadCall = 0
  }
  return { first: leadFirst, stamp: leadStamp, call: ++leadCall }
}

/**
 * A sentence that opens with the question's words is about them ("Social skills training teaches
 * …"); one that names them in passing at its end is not. Only the leading candidates are checked.
 */
function leadBonus(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): void {
  // "And on Node?" asks the last question again: a sentence opening on "Node" is not its answer.
  if (q.elliptical) return
  const own = q.concepts.filter((c) => !c.fromHistory)
  const total = own.reduce((n, c) => n + c.salience, 0)
  if (!total || ranked.length < 2) return
  const n = Math.min(ranked.length, LIMITS.leadCandidates)
  // The candidates' opening stems, read (and numbered) before the question's terms are looked
  // up among them.
  const leads: Int32Array[] = []
  for (let i = 0; i < n; i++) leads.push(leadStems(corpus, ranked[i].sentence))
  // The concepts each opening stem stands for well enough, read once: for stem k, the concepts
  // strongConcept[e] along e = first[k], strongNext[e] … (-1 ends), where its stamp is this
  // call's.
  const { leadTerms } = corpus.memo
  const { first, stamp, call } = leadSlots(leadTerms.size)
  let entries = 0
  for (const c of own) entries += c.alts.size
  const strongConcept = bufferInt32(I32.strongConcept, entries)
  const strongNext = bufferInt32(I32.strongNext, entries)
  let e = 0
  for (let j = 0; j < own.length; j++)
    for (const [t, w] of own[j].alts) {
      const k = w < 0.5 ? undefined : leadTerms.get(t)
      if (k === undefined) continue
      if (stamp[k] !== call) {
        stamp[k] = call
        first[k] = -1
      }
      strongConcept[e] = j
      strongNext[e] = first[k]
      first[k] = e++
    }
  const met = bufferInt32(I32.leadMet, own.length)
  for (let i = 0; i < n; i++) {
    for (const k of leads[i])
      if (stamp[k] === call)
        for (let x = first[k]; x >= 0; x = strongNext[x]) met[strongConcept[x]] = i + 1
    // Summed in the concepts' order, so that the score is the same to the last bit.
    let share = 0
    for (let j = 0; j < own.length; j++) if (met[j] === i + 1) share += own[j].salience
    ranked[i].score += (WEIGHTS.lead * share) / total
  }
  // The first n again in score order (ties by sentence), in place: a dozen at most.
  resortHead(ranked, n)
}

/**
 * The first `n` of a ranking put back in order (best score first, then earlier sentence) after a
 * bonus moved a few of them: by insertion, in place, as the rest is in order already. (A copy
 * sorted and spliced back cost a bonus more than its test of the candidates.)
 */
function resortHead(ranked: Ranked[], n: number): void {
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
 * the question's other words.
 */
function definitionBonus(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): void {
  if (!q.defines) return
  const n = Math.min(ranked.length, LIMITS.definitionCandidates)
  let moved = false
  for (let i = 0; i < n; i++) {
    if (!defines(corpus, ranked[i].sentence, q.defines)) continue
    ranked[i].score += WEIGHTS.definition
    moved = true
  }
  if (!moved) return
  resortHead(ranked, n)
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
function definitionElsewhere(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): void {
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
function pointsElsewhere(corpus: Corpus, ranked: Ranked[]): void {
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
 * ANCHORED in answer.ts).
 */
function anchored(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): Ranked[] {
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

/** The terms of the names a sentence writes as `inline code` (memoised per sentence). */
function codeNames(corpus: Corpus, sentence: number): string[] {
  let names = corpus.memo.code.get(sentence)
  if (names === undefined) {
    names = []
    const text = sentenceText(corpus, sentence)
    if (text.includes('`'))
      for (const m of matchesOf(INLINE_CODE, text))
        for (const { word } of tokens(m[1])) if (word.length >= 3) names.push(stem(word))
    corpus.memo.code.set(sentence, names)
  }
  return names
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

/** `inline code` in a sentence (of the documents, or of a question). */
const INLINE_CODE = /`([^`\n]+)`/g

/**
 * "What causes X?", "What can lead to X?", "Where does X come from?", "causes of X", "X causes":
 * a question for what X comes from.
 */
const CAUSE_ASKED = [
  /^(?:what|which(?:\s+[a-z]+)?|what\s+[a-z]+)\s+(?:can\s+|could\s+|may\s+|might\s+|usually\s+|typically\s+)?(?:causes?|leads?\s+to|results?\s+in|triggers?|gives?\s+rise\s+to)\s+(?:a\s+|an\s+|the\s+)?([^?]+?)\s*\??$/i,
  /^where\s+(?:does|do|can|could)\s+(?:a\s+|an\s+|the\s+)?([^?]+?)\s+(?:come|stem|arise|originate)\s+from\s*\??$/i,
  /^(?:the\s+)?(?:causes?|origins?|roots?|sources?)\s+of\s+(?:a\s+|an\s+|the\s+)?([^?]+?)\s*\??$/i,
  /^([^?]+?)\s+(?:causes|origins)\s*\??$/i,
]

/** X of a question for what X comes from, its words as their concepts' alternatives (as definedTerm). */
function causeTerm(
  ask: string,
  concepts: Concept[],
): { term: Array<Set<string>>; asking: string[] } | undefined {
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
    out.push(new Set([...c.alts].filter(([, weight]) => weight >= 0.5).map(([t]) => t)))
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
 * For "What causes X?", a sentence that says X "results from" / "is caused by" gains WEIGHTS.cause.
 * Written out as definitionBonus is: one helper taking the test as a closure made V8 deoptimise
 * rank in a loop in some processes (commit 486909a), so the two loops stay apart.
 */
function causeBonus(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): void {
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

/** "besides X", "other than X", "apart from X", "except X": X, up to three words. */
const EXCLUDING =
  /\b(?:besides|other than|apart from|aside from|except(?: for)?|excluding|not counting)\s+((?:[\p{L}\p{N}'’-]+)(?:\s+[\p{L}\p{N}'’-]+){0,2})/iu
/** EXCLUDING's words alone, looked for first (the full pattern cost ~0.4 µs a question). */
const MAY_EXCLUDE = /besides|other than|apart from|aside from|except|excluding|not counting/iu

/** The ranking without the sentences that say what the question sets aside. */
function setAside(corpus: Corpus, excluded: Set<string>, retrieval: Retrieval): Retrieval {
  const { sentences } = corpus.data
  const says = (id: number) =>
    words(sentenceText(corpus, id)).some((w) => excluded.has(stem(plain(w))))
  // "The act of cheating can shatter … In addition, infidelity may indicate deeper issues …": a
  // sentence that goes on from one about the thing set aside (opening by pointing back or by
  // adding, in its passage) is about it too, in other words.
  const about = (id: number): boolean =>
    says(id) ||
    (id > 0 &&
      sentences[id - 1].passage === sentences[id].passage &&
      (ANAPHORIC_OPENING.test(sentenceText(corpus, id)) || ADDING.test(sentenceText(corpus, id))) &&
      about(id - 1))
  return { ...retrieval, ranked: retrieval.ranked.filter((r) => !about(r.sentence)) }
}

/** The reader's quotes: "…" (or “…”), `inline code` and fenced code. */
const QUOTES = /```[\s\S]*?(?:```|$)|`[^`\n]+`|"[^"\n]+"|“[^”\n]+”/g

/** The phrases of two words or more a question puts in quotation marks, lower-cased. */
function quotedPhrases(question: string): string[] | undefined {
  if (!/["“']/.test(question)) return undefined
  const out: string[] = []
  for (const m of matchesOf(QUOTED_PHRASE, question)) {
    const phrase = plainText(m[1] ?? m[2] ?? m[3])
    if (/\S\s\S/.test(phrase)) out.push(phrase)
  }
  return out.length ? out : undefined
}

const QUOTED_PHRASE = /"([^"\n]+)"|“([^”\n]+)”|(?<![\p{L}\p{N}])'([^'\n]+)'(?![\p{L}\p{N}])/gu

/** Lower case, single spaces: how a quoted phrase is looked for in a sentence. */
export const plainText = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim()

/** The stems of a text's content words. */
function contentStems(text: string): Set<string> {
  const out = new Set<string>()
  for (const w of words(text)) if (!STOPWORDS.has(plain(w))) out.add(stem(plain(w)))
  return out
}

/** A unit that is all quotation: `inline code` or quoted text, with no word of prose around it. */
const quotesOnly = (text: string) => !/\p{L}/u.test(text.replace(QUOTES, ' '))

/**
 * Whether a sentence is all quotation (quotesOnly), remembered per sentence: every question reads
 * its first candidates for it (see quietEchoes), and the replace over each was most of that.
 */
function isQuotesOnly(corpus: Corpus, sentence: number): boolean {
  const memo = corpus.memo.quotesOnly
  if (memo[sentence] < 0) memo[sentence] = quotesOnly(sentenceText(corpus, sentence)) ? 1 : 0
  return memo[sentence] === 1
}

/** Most sentences whose content stems a corpus remembers (see Corpus.memo.stems). */
const STEMS_MEMO = 4096

/** The content stems of a sentence (contentStems of its text), remembered per sentence. Read only. */
function sentenceStems(corpus: Corpus, sentence: number): ReadonlySet<string> {
  const { stems } = corpus.memo
  return (
    stems.get(sentence) ??
    keepBounded(stems, STEMS_MEMO, sentence, contentStems(sentenceText(corpus, sentence)))
  )
}

/** Content stems of what the question quotes, or undefined when it quotes nothing. */
function quotedStems(question: string): Set<string> | undefined {
  if (!/[`"“]/.test(question)) return undefined
  const out = new Set<string>()
  for (const m of matchesOf(QUOTES, question)) {
    for (const w of words(m[0])) if (!STOPWORDS.has(plain(w))) out.add(stem(plain(w)))
  }
  return out.size ? out : undefined
}

/**
 * A sentence that only repeats what the reader quotes (the error message they got, the line of
 * code they wrote) tells them nothing new: the passage around it explains it. It keeps
 * WEIGHTS.echo of its score, so its neighbours, which its section vouches for, can lead.
 */
function quietEchoes(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): void {
  const n = Math.min(ranked.length, LIMITS.leadCandidates)
  let moved = false
  // The lines the documents quote whole that the reader's message repeats, and what each lost.
  const lines: Array<{ line: Ranked; lost: number }> = []
  for (let i = 0; i < n; i++) {
    const sentence = ranked[i].sentence
    // A line the documents quote whole (the error a call throws, as `inline code`) echoes the
    // reader's words wherever they say them: "$url() throws TypeError: Failed to construct
    // 'URL'" pastes the message without quotation marks.
    const quoted = isQuotesOnly(corpus, sentence) ? (q.spoken ??= contentStems(q.text)) : q.quoted
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
      if (corpus.sectionOf[k] !== section || sentences[k].docId !== sentences[sentence].docId) break
      if (sentences[k].kind !== 'sentence') break
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
function quietRestatedCode(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): void {
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
 * Whether a sentence's text matches `pattern`, remembered in `memo` (one slot per sentence, -1
 * until read): the bonuses that test their first candidates meet the same sentences question after
 * question.
 */
function sentenceIs(corpus: Corpus, memo: Int8Array, sentence: number, pattern: RegExp): boolean {
  if (memo[sentence] < 0) memo[sentence] = pattern.test(sentenceText(corpus, sentence)) ? 1 : 0
  return memo[sentence] === 1
}

/** Most sentences whose index terms a corpus remembers (see Corpus.memo.terms). */
const TERMS_MEMO = 4096

/** The index terms of a sentence's own text, remembered for the last TERMS_MEMO sentences. */
function termsOfSentence(corpus: Corpus, sentence: number): Set<string> {
  const { terms } = corpus.memo
  return (
    terms.get(sentence) ??
    keepBounded(terms, TERMS_MEMO, sentence, new Set(indexTerms(sentenceText(corpus, sentence))))
  )
}

/** The question's own concepts (not lent by the history) a sentence's own words say. */
function saidConcepts(corpus: Corpus, q: AnalysedQuestion, sentence: number): Set<number> {
  const terms = termsOfSentence(corpus, sentence)
  const said = new Set<number>()
  q.concepts.forEach((c, j) => {
    if (c.fromHistory) return
    for (const [t, w] of c.alts)
      if (w >= 0.5 && terms.has(t)) {
        said.add(j)
        return
      }
  })
  return said
}

/** The concepts the reader's own words `ws` say, the words themselves (weight 1), by index. */
function conceptsSaying(q: AnalysedQuestion, ws: Iterable<string>): boolean[] {
  const stems = new Set<string>()
  for (const w of ws) stems.add(stem(plain(w)))
  return q.concepts.map((c) => {
    for (const [t, w] of c.alts) if (w === 1 && stems.has(t)) return true
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
function yieldToAsked(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): void {
  const n = Math.min(ranked.length, LIMITS.leadCandidates)
  if (n < 2) return
  const parts = focus(q.text)
  const asked = conceptsSaying(q, parts.asking)
  let told: boolean[] | undefined
  const specific = q.concepts.filter((c, j) => asked[j] && c.known).length >= 2
  const said: Array<Set<number> | undefined> = new Array(n)
  const saidAt = (i: number) => (said[i] ??= saidConcepts(corpus, q, ranked[i].sentence))
  const pageOf = (i: number) => corpus.data.sentences[ranked[i].sentence].docId
  /** A sentence of i's page below it, among the first n, says a concept that `wanted` picks. */
  const below = (i: number, wanted: (j: number) => boolean) => {
    for (let k = i + 1; k < n; k++)
      if (pageOf(k) === pageOf(i)) for (const j of saidAt(k)) if (wanted(j)) return true
    return false
  }
  let moved = false
  for (let i = 0; i < n; i++) {
    let keep = 1
    if (isOverview(corpus, ranked[i].sentence)) {
      const own = saidAt(i)
      if (below(i, (j) => !own.has(j))) keep = WEIGHTS.overview
    } else if (specific) {
      const own = [...saidAt(i)]
      told ??= conceptsSaying(q, parts.told)
      const setup = told
      if (own.length && own.every((j) => setup[j] && !asked[j]) && below(i, (j) => asked[j]))
        keep = WEIGHTS.setupOnly
    }
    if (keep === 1) continue
    ranked[i].score *= keep
    moved = true
  }
  if (!moved) return
  resortHead(ranked, n)
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
function echoGivesWay(
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
  const said: Array<Set<number> | undefined> = new Array(n)
  const saidAt = (i: number) => (said[i] ??= saidConcepts(corpus, q, ranked[i].sentence))
  const sentences = corpus.data.sentences
  const samePage = (i: number, k: number) =>
    sentences[ranked[i].sentence].docId === sentences[ranked[k].sentence].docId
  const echoes = (i: number) => (ranked[i].echo ?? 0) >= LIMITS.codeEchoShare
  let moved = false
  for (let i = first; i < n; i++) {
    if (!echoes(i)) continue
    const own = saidAt(i)
    let gives = false
    for (let k = i + 1; k < n && !gives; k++)
      if (samePage(i, k) && !echoes(k))
        for (const j of saidAt(k)) if (prose[j] && !own.has(j)) gives = true
    if (!gives) continue
    ranked[i].score *= WEIGHTS.codeEcho
    moved = true
  }
  if (moved) resortHead(ranked, n)
}

/**
 * The page a question names by its title ("the JWT middleware": "JWT Auth Middleware"): the one
 * page whose title says the largest share of the question's weight, at least TITLED_SHARE of it,
 * and more than any other page's title does.
 */
function titledPage(corpus: Corpus, q: AnalysedQuestion): string | undefined {
  const total = q.concepts.reduce((sum, c) => sum + c.salience, 0)
  if (total <= 0) return undefined
  let best: number | undefined
  let top = 0
  let second = 0
  for (const [page, tm] of titleMatches(corpus, q)) {
    let share = 0
    for (let j = 0; j < tm.length; j++)
      share += (tm[j] / WEIGHTS.titleMatch) * q.concepts[j].salience
    share /= total
    if (share > top) [second, top, best] = [top, share, page]
    else if (share > second) second = share
  }
  if (best === undefined || top < TITLED.share || top - second < TITLED.lead) return undefined
  return corpus.data.docs[best].id
}

/**
 * Least share of a question's weight a page's title must say to be the page it names, and by how
 * much more than any other title. Over the 32 sets a share of 0.15–0.3 alike (0.4 lost one); a
 * lead of 0–0.05 alike, 0.1 lost two of the three gained.
 */
const TITLED = { share: 0.3, lead: 0.05 }

const titles = new WeakMap<Corpus, Map<string, number[]>>()

/** Each index term of the pages' titles → the pages (places in data.docs) whose title has it. */
function titleIndex(corpus: Corpus): Map<string, number[]> {
  let index = titles.get(corpus)
  if (index) return index
  index = new Map()
  corpus.data.docs.forEach((doc, d) => {
    for (const stem of new Set(indexTerms(doc.title))) {
      const pages = index!.get(stem)
      if (pages) pages.push(d)
      else index!.set(stem, [d])
    }
  })
  titles.set(corpus, index)
  return index
}

/**
 * How well each page's title matches each concept (the best alternative's weight, times
 * WEIGHTS.titleMatch), for the pages whose title has any of the question's terms: a sentence deep
 * in a page ("The default is \"Secure Area\"." under Options › realm) is still about its title.
 */
function titleMatches(corpus: Corpus, q: AnalysedQuestion): Map<number, Float64Array> {
  const index = titleIndex(corpus)
  const n = q.concepts.length
  const out = new Map<number, Float64Array>()
  for (let j = 0; j < n; j++)
    for (const [t, w] of q.concepts[j].alts) {
      const pages = index.get(t)
      if (pages)
        for (const page of pages) {
          let tm = out.get(page)
          if (!tm) out.set(page, (tm = new Float64Array(n)))
          if (w > tm[j]) tm[j] = w
        }
    }
  for (const tm of out.values()) for (let j = 0; j < n; j++) tm[j] *= WEIGHTS.titleMatch
  return out
}

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
function reportsProblem(corpus: Corpus, question: string): boolean {
  if (REPORTS_PROBLEM.test(question)) return true
  // The question's words as the analysis read them (wordsOf remembers them).
  for (const w of wordsOf(question)) {
    if (w.length < 5 || isKnownTerm(corpus, stem(w))) continue
    if (PROBLEM_WORDS.some((p) => editDistance(w, p, 1) <= 1)) return true
  }
  return false
}

/** Admonitions that warn or explain: `::: warning`, `> [!NOTE]` (not `::: details`, `::: code-group`). */
const ASIDE_OPENING =
  /^[ \t]*(?::::[ \t]*(?:warning|danger|caution|important|note|tip|info)\b|>[ \t]*\[!(?:warning|danger|caution|important|note|tip|info)\])/i
const ASIDE_CLOSING = /^[ \t]*:::[ \t]*$/

/** Whether a sentence stands inside an admonition of its page (memoised per sentence). */
function inAside(corpus: Corpus, id: number): boolean {
  const memo = corpus.memo.aside
  if (memo[id] >= 0) return memo[id] === 1
  const s = corpus.data.sentences[id]
  const text = corpus.docs.get(s.docId)!.text
  let end = text.lastIndexOf('\n', s.start - 1)
  const quoted = /^[ \t]*>/.test(text.slice(end + 1, s.start))
  let found = false
  // Up through the lines above, to the fence or alert that opens it, or whatever rules it out.
  for (let n = 0; end > 0 && n < ASIDE_LINES; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1
    const line = text.slice(start, end)
    end = start - 1
    if (ASIDE_OPENING.test(line)) {
      found = quoted === line.trimStart().startsWith('>')
      break
    }
    if (ASIDE_CLOSING.test(line) || /^#{1,6}\s/.test(line) || (quoted && !/^[ \t]*>/.test(line)))
      break
  }
  memo[id] = found ? 1 : 0
  return found
}

/** Lines looked up above a sentence for the admonition it may stand in. */
const ASIDE_LINES = 30

/**
 * A problem report's ranking, with the sentences of the pages' warnings and notes among the first
 * candidates lifted by WEIGHTS.aside.
 */
function warned(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): Ranked[] {
  if (!q.reports) return ranked
  return lifted(ranked, (r) => inAside(corpus, r.sentence), WEIGHTS.aside)
}

/** Letters and digits only, lower case: how a quoted message is compared with the documents. */
const bareText = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/**
 * Some sentence of the documents says `text` (its first QUOTE_WORDS words) word for word, found
 * among the sentences that have its rarest word.
 */
function quotesText(corpus: Corpus, text: string): boolean {
  const phrase = bareText(text).split(' ').slice(0, QUOTE_WORDS)
  if (phrase.length < QUOTE_WORDS) return false
  let rarest: string | undefined
  let fewest = Infinity
  for (const w of phrase) {
    if (STOPWORDS.has(w)) continue
    const n = corpus.index.frequency(stem(w))
    if (n === 0) return false
    if (n < fewest) [rarest, fewest] = [stem(w), n]
  }
  if (rarest === undefined) return false
  const said = phrase.join(' ')
  const hits = searchHits(corpus.index, new Map([[rarest, 1]]))
  return hits.ids.some((id) => bareText(sentenceText(corpus, id)).includes(said))
}

/** Words of an error message that must be the documents' own, in order, to count as quoted. */
const QUOTE_WORDS = 5

function sentenceText(corpus: Corpus, sentence: number): string {
  const s = corpus.data.sentences[sentence]
  return corpus.docs.get(s.docId)!.text.slice(s.start, s.end)
}

/** The distinct stems of a sentence's first words, as their numbers in corpus.memo.leadTerms. */
function leadStems(corpus: Corpus, sentence: number): Int32Array {
  const { lead, leadTerms } = corpus.memo
  let stems = lead.get(sentence)
  if (!stems) {
    const distinct = new Set(
      words(sentenceText(corpus, sentence))
        .slice(0, LIMITS.leadWords)
        .map((w) => stem(plain(w))),
    )
    stems = Int32Array.from(distinct, (t) => numbered(leadTerms, t))
    lead.set(sentence, stems)
  }
  return stems
}

/**
 * A sentence about the document rather than its subject: "This article explores how betrayal
 * … and how individuals can begin to rebuild …", "In this guide, we will …". It names the
 * question's words without answering them.
 */
const SIGNPOST =
  /^(?:in\s+)?(?:this|the following|the present)\s+(?:article|post|page|guide|section|chapter|document|tutorial|paper|essay|blog|piece|text)\b,?\s+(?:we\s+|you\s+|will\s+|also\s+|let'?s\s+|let\s+us\s+)*(?:explore|discuss|cover|describe|explain|show|examine|look|introduce|outline|review|walk|learn|see|focus)/i

/**
 * The score kept by a sentence for its form: a unit with fewer than three words of prose outside
 * code ("maxAge: `number`", "Example:") names a thing without saying anything about it; a
 * signpost says what the document will say; a code sample shows it, and a sentence that
 * introduces one ("… like this:") points to it.
 */
function formFactor(corpus: Corpus, sentence: number): number {
  const memo = corpus.memo.form
  if (memo[sentence] < 0) {
    const text = sentenceText(corpus, sentence)
    const prose = text
      .replace(/`[^`]*`/g, ' ')
      .replace(BOLD_IN_NAME, '$1')
      .replace(BARE_CODE, ' ')
    const form =
      corpus.data.sentences[sentence].kind === 'example'
        ? FORM.example
        : (prose.match(/\p{L}{2,}/gu)?.length ?? 0) < 3
          ? FORM.terse
          : introduces(text)
            ? FORM.intro
            : SIGNPOST.test(text)
              ? FORM.signpost
              : FORM.plain
    memo[sentence] =
      form | (BOLD.test(text) ? FORM_BOLD : 0) | (text.includes('](') ? FORM_LINK : 0)
  }
  const form = memo[sentence] & FORM_KIND
  return (
    (form === FORM.intro
      ? WEIGHTS.intro
      : form === FORM.example
        ? WEIGHTS.example
        : form === FORM.terse
          ? WEIGHTS.terse
          : form === FORM.signpost
            ? WEIGHTS.signpost
            : 1) *
    (memo[sentence] & FORM_BOLD ? WEIGHTS.bold : 1) *
    (memo[sentence] & FORM_LINK ? WEIGHTS.link : 1)
  )
}

/**
 * Bold in a sentence: what its page marks as mattering ("**must** be passed as `string`"). Not
 * bold inside a name: "app.**notFound**(handler)" marks which part of a signature a list names.
 */
const BOLD = /(?<![\p{L}\p{N}_$.])\*\*[^*\n]+\*\*(?![\p{L}\p{N}_$(]|\.[\p{L}_$])/u

/** Bold glued to a name ("app.**notFound**(handler)"): the name as written without it. */
const BOLD_IN_NAME = /\*\*([\p{L}\p{N}_$.]+)\*\*/gu

/**
 * Code written without backticks, a call or a dotted name ("app.notFound(handler)",
 * "c.req.header"): a signature names a thing, as `inline code` does, and says nothing of it.
 */
const BARE_CODE =
  /[\p{L}_$][\p{L}\p{N}_$]*(?:\.[\p{L}_$][\p{L}\p{N}_$]*)*(?:\([^()\n]*\)|(?<=\.[\p{L}_$][\p{L}\p{N}_$]*))/gu

/**
 * A sentence that introduces what follows it: a sample, a list ("You can upload files using a
 * form body:", "Your tests can be written like this.", "… do the following.").
 */
export function introduces(text: string): boolean {
  const end = text.trimEnd()
  if (end.endsWith(':')) return true
  // Read at the end only: a pattern anchored at the end is otherwise tried at every character.
  return end.endsWith('.') && INTRODUCING_END.test(end.slice(-24))
}
const INTRODUCING_END = /\b(?:like this|as follows|the following|(?:as |like )?below)\.$/

/** Values of Corpus.memo.form (-1: not yet read): a form, and flags for bold and links. */
const FORM = { plain: 0, terse: 1, signpost: 2, example: 3, intro: 4 }
const FORM_KIND = 7
const FORM_BOLD = 8
const FORM_LINK = 16

/** A capitalised word inside the sentence: a name. */
const namesSomeone = (text: string) => /\s\p{Lu}\p{Ll}+/u.test(text.slice(1))

/** A word that names people ("therapist"), not a function word WordNet also files there ("at"). */
const isPerson = (corpus: Corpus, w: string) => !STOPWORDS.has(w) && corpus.person.has(stem(w))

/**
 * Whether a sentence holds the kind of answer asked for. A person must be one the question does
 * not already name (`asked`): a sentence about "your partner" does not say whom to turn to when the
 * partner is the one who let the reader down.
 */
function hasExpected(
  corpus: Corpus,
  sentence: number,
  expects: Expectation,
  asked: Set<string>,
): boolean {
  const known = corpus.memo[expects]
  // A person: a noun WordNet files under people, or a capitalised name inside the sentence;
  // a name: only the latter.
  if (known[sentence] < 0) {
    const text = sentenceText(corpus, sentence)
    const yes =
      expects === 'number'
        ? NUMBER_WORDS.test(text)
        : expects === 'name'
          ? namesSomeone(text)
          : words(text).some((w) => isPerson(corpus, w)) || namesSomeone(text)
    known[sentence] = yes ? 1 : 0
  }
  if (known[sentence] === 0) return false
  if (expects !== 'person' || !asked.size) return true
  // Someone besides the people the question names: read again only for such a question.
  const text = sentenceText(corpus, sentence)
  return namesSomeone(text) || words(text).some((w) => isPerson(corpus, w) && !asked.has(stem(w)))
}

/**
 * The last question (at `last` in the history) asked again, with the turns before it as its
 * history: as it was read and ranked when it was asked, if that is among the last few questions
 * the corpus remembers (a follow-up reads it once or twice more: on from its answer, past what
 * it cited, on from its lead).
 */
function askAgain(corpus: Corpus, history: Turn[], last: number): Retrieval {
  const question = history[last].content
  const before = history.slice(0, last)
  const leaned = leanedOn(before)
  const known = remembered(corpus, question, leaned)
  if (known) return { question: known.question, ranked: rankedOnce(corpus, known) }
  const read: Read = { before: leaned, question: analyse(corpus, question, before) }
  remember(corpus, question, read)
  return { question: read.question, ranked: rankedOnce(corpus, read) }
}

/** A question as it was read (and ranked, once it is), with the question it leaned on. */
export interface Read {
  /** The text of the question before it that it may lean on: all that analyse reads of a history. */
  before: string | undefined
  question: AnalysedQuestion
  ranked?: Ranked[]
}

/** The question a history's next question may lean on (see analyse), if any. */
const leanedOn = (history: Turn[]) => (history[lastQuestion(history)] as Turn | undefined)?.content

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

/** A concept the question sets aside: its word itself is one of those `excluded`. */
const setApart = (c: Concept, excluded: Set<string> | undefined) =>
  excluded !== undefined && [...c.alts].some(([t, w]) => w === 1 && excluded.has(t))

/** The sentences that may answer a question, best first, read in its conversation. */
export function retrieve(corpus: Corpus, question: string, history: Turn[] = []): Retrieval {
  return doneOneself(corpus, question, history, retrieveAsked(corpus, question, history))
}

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
function doneOneself(
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
const REPLACING = /\b(instead|rather)\s+(?:of|than)\b((?:\s+[\p{L}\p{N}'’/-]+){0,4})/iu
const replacesShown = (question: string) => REPLACING.test(question)
const FIRST_PERSON_OWN = /\b(?:myself|ourselves)\b/gi
const SECOND_PERSON_OWN = /\b(?:yourself|yourselves|your own)\b/i

/** The ranking of a question, read with its history (see retrieve). */
function retrieveAsked(corpus: Corpus, question: string, history: Turn[] = []): Retrieval {
  // "Interesting. What else …?" asks what "What else …?" asks, in how it asks too.
  question = withoutAsides(question)
  const last = lastQuestion(history)
  // "And exposure therapy?" after "What is CBT?": the same question about the new subject.
  const other = ELLIPSIS.exec(question.trim())?.[1]
  const previous = last >= 0 ? history[last].content.trim() : undefined
  if (other && previous && (DEFINITION.test(previous) || MEANING.test(previous))) {
    const q = analyse(corpus, `What is ${other}?`)
    return { question: q, ranked: rank(corpus, q) }
  }
  // "And after that?", "What comes next?": what the documents say right after the last answer.
  if (last >= 0 && readsOn(question)) {
    const onward = readOn(corpus, askAgain(corpus, history, last), history.slice(last + 1))
    if (onward) return onward
  }
  const bare = asksOnlyForMore(question)
  if (bare) {
    // "What else?", "Tell me more": the last question again, past what was already cited.
    if (last < 0) return { question: analyse(corpus, question, history), ranked: [] }
    return withoutCited(corpus, askAgain(corpus, history, last), history.slice(last + 1))
  }
  const q = analyse(corpus, question, history)
  // Remembered as read, and as ranked once it is, for the follow-ups that ask it again.
  const read: Read = { before: last >= 0 ? history[last].content : undefined, question: q }
  remember(corpus, question, read)
  if (last < 0)
    return {
      question: q,
      ranked: anchored(corpus, q, warned(corpus, q, rankedOnce(corpus, read))),
    }
  // "What other therapies help with trust?" after an answer on one: a question of its own, but
  // one that asks past what the reader has just read.
  if (!q.concepts.some((c) => c.fromHistory)) {
    const own = { question: q, ranked: anchored(corpus, q, rankedOnce(corpus, read)) }
    return ASKS_OTHER.test(question)
      ? another(corpus, withoutCited(corpus, own, history.slice(last + 1), true))
      : own
  }
  // "Why?", "What is it exactly?", "How so?": a follow-up with no word of its own but how it
  // asks is the last question asked again (its history lent at full weight, not at 0.6).
  if (
    q.concepts.every((c) => c.fromHistory || FRAME_WORDS.has(c.word) || setApart(c, q.excluded))
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
  let again: Ranked[] | undefined
  const before = () => (again ??= askAgain(corpus, history, last).ranked)
  const retrieval = {
    question: q,
    ranked: pointsBack(question)
      ? pastLead(
          corpus,
          question,
          afterLead(
            corpus,
            question,
            continued(
              corpus,
              samePage(corpus, question, ranked, answered, () =>
                titledPage(corpus, askAgain(corpus, history, last).question),
              ),
              answered,
              question,
            ),
            answered,
            before,
          ),
          answered,
          before,
        )
      : ranked,
  }
  retrieval.ranked = statedDefault(corpus, q, retrieval.ranked, answered)
  // "What other ways are there?": a follow-up like any other, but the reader has read the answers
  // since, so what they cited gives way to what they did not. With words of its own, only
  // "else" / "other" asks that: "more" is as often a comparative ("How can I feel more secure?").
  return asksForOther(question)
    ? another(corpus, withoutCited(corpus, retrieval, since, true))
    : retrieval
}

/**
 * "what's the default if I don't pass that option?" after an answer from the CSRF page: a
 * follow-up that points back with a pronoun asks about what that answer was about, so the
 * pages it cited gain WEIGHTS.samePage among the first candidates. When the last question named
 * a page by its title (`titled`, see titledPage) and the answer cited none of it, that page
 * gains instead: the pronoun stands for the thing the reader named, not for the page that
 * answered in its place.
 */
function samePage(
  corpus: Corpus,
  question: string,
  ranked: Ranked[],
  answered: string,
  titled: () => string | undefined,
): Ranked[] {
  if (!answered || !wordsOf(question).some((w) => PRONOUNS.has(w))) return ranked
  const { sentences } = corpus.data
  const n = Math.min(ranked.length, SAME_PAGE_CANDIDATES)
  let pages = new Set<string>()
  for (let i = 0; i < n; i++) {
    const id = ranked[i].sentence
    if (answered.includes(sentenceText(corpus, id))) pages.add(sentences[id].docId)
  }
  // "How do I protect my routes with the JWT middleware?" answered from the Bearer Auth page: the
  // page the last question named by its title is what "it" stands for, whatever that answer cited.
  const named = titled()
  if (named !== undefined && !pages.has(named)) pages = new Set([named])
  if (!pages.size) return ranked
  return lifted(ranked, (r) => pages.has(sentences[r.sentence].docId), WEIGHTS.samePage, n)
}
/**
 * "is there a default for that?" after an answer on the body limit: a follow-up that asks for a
 * default (said, or implied by leaving a setting out: see IMPLIED) asks for the default of what
 * the conversation is about. Among the first candidates, the sentences of the page the last
 * answer led with that state a default ("The default is `100 * 1024`", "**Default**: …",
 * "… will **not** be checked if this isn't set") gain WEIGHTS.statedDefault. Only that page's:
 * every option of every middleware has a default, and "default" is all such a question says of
 * which one (on any page, the CORS middleware's defaults led a follow-up on the CSRF middleware).
 */
function statedDefault(
  corpus: Corpus,
  q: AnalysedQuestion,
  ranked: Ranked[],
  answered: string,
): Ranked[] {
  if (!answered || !q.concepts.some((c) => !c.fromHistory && c.word === 'default')) return ranked
  const { sentences } = corpus.data
  const n = Math.min(ranked.length, SAME_PAGE_CANDIDATES)
  const page = ledWith(corpus, ranked, n, answered)
  if (page === undefined) return ranked
  const states = (r: Ranked) =>
    sentences[r.sentence].docId === page &&
    DEFAULT_STATED.test(sentenceText(corpus, r.sentence).replace(/\*/g, ''))
  const out = lifted(ranked, states, WEIGHTS.statedDefault, n)
  return out === ranked
    ? ranked
    : out.map((r, i) => (i < n && states(r) ? ofOption(corpus, out, r) : r))
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
      page = corpus.data.sentences[id].docId
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
  if (!before || sentences[before.sentence].passage !== sentences[r.sentence].passage) return r
  if (before.coverage <= r.coverage) return r
  return { ...r, coverage: before.coverage }
}

/** A sentence that states a default: "The default is …", "Defaults to …", "if this isn't set". */
const DEFAULT_STATED =
  /\b(?:the default(?: value)? is|defaults? (?:to|is)|default:|by default|if (?:this|it|that)(?: option)? (?:is|was)(?:n't| not) (?:set|provided|specified|defined|passed|given)|if not (?:set|provided|specified|defined|passed|given))/i

/** Pronouns that point back at a thing ("does it …", "that option"); people's ("he", "her") do not. */
const PRONOUNS = new Set('it its they them their that those this these'.split(' '))
/** Candidates the page prior may lift: deeper than the follow-up bonuses, as a page is broader. */
const SAME_PAGE_CANDIDATES = 40

/** A sentence that opens by adding to what came before: "Another way …", "In addition, …". */
const ADDING = /^(?:another|also|additionally|in addition|furthermore|moreover|besides|other)\b/i

/**
 * "What else can break it down?": among what was not yet cited, a sentence that opens by adding
 * another item ("Another way trust can break down is …") gains WEIGHTS.continuation.
 */
function another(corpus: Corpus, retrieval: Retrieval): Retrieval {
  const ranked = lifted(retrieval.ranked, (r) => ADDING.test(sentenceText(corpus, r.sentence)))
  return ranked === retrieval.ranked ? retrieval : { ...retrieval, ranked }
}

/**
 * The ranking with `bonus` added to those of the first `candidates` that `lifts`, re-sorted; the
 * same array when none does.
 */
function lifted(
  ranked: Ranked[],
  lifts: (r: Ranked) => boolean,
  bonus = WEIGHTS.continuation,
  candidates = LIMITS.leadCandidates,
): Ranked[] {
  // (Copied only once one is lifted: most follow-ups lift none.)
  let out: Ranked[] | undefined
  for (let i = 0; i < Math.min(ranked.length, candidates); i++) {
    const r = ranked[i]
    if (!lifts(r)) continue
    out ??= ranked.slice()
    out[i] = { ...r, score: r.score + bonus }
  }
  return out ? out.sort(byScoreDown) : ranked
}

/** Ranked sentences, the highest score first. */
const byScoreDown = (a: Ranked, b: Ranked) => b.score - a.score

/**
 * A sentence that opens by pointing back ("Through this approach, individuals learn …") right
 * after one the last answer cited ("Exposure therapy involves …") goes on about what a follow-up
 * that points back asks about: it gains WEIGHTS.continuation over a sentence pointing elsewhere
 * ("With these tools, individuals can learn …", after a list of three therapies).
 */
function continued(corpus: Corpus, ranked: Ranked[], answered: string, question: string): Ranked[] {
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
    if (id === 0 || sentences[id - 1].passage !== sentences[id].passage) return false
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
function afterLead(
  corpus: Corpus,
  question: string,
  ranked: Ranked[],
  answered: string,
  before: () => Ranked[],
): Ranked[] {
  if (!answered || !saysPronoun(question)) return ranked
  const more = asksForOther(question)
  if (more && !ELSE_OF_IT.test(question.trim())) return ranked
  const lead = lastLead(corpus, answered, before)
  const next = lead === undefined ? undefined : nextInPassage(corpus, lead)
  if (next === undefined) return ranked
  const text = sentenceText(corpus, next)
  const opensOn = ANAPHORIC_OPENING.test(text) || ADDING.test(text)
  if (more)
    return opensOn && carriedAlong(corpus, answered, lead!, next) ? saidMore(ranked, next) : ranked
  // A sentence that says all the reader's own words ("what can that lead to later in life?" and
  // "This can lead to difficulties … later in life") is picked out by them, wherever it stands.
  const goesOn = opensOn && (ranked[0]?.own ?? 0) < 1
  const out = goesOn ? raised(ranked, next, WEIGHTS.afterLead) : ranked
  // (The ranking copied only where that sentence's own words need the change: callers only read it.)
  const at = out.findIndex((r) => r.sentence === next)
  if (at < 0 || out[at].said !== 0) return out
  const said = out === ranked ? out.slice() : out
  said[at] = { ...out[at], said: 1 }
  return said
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
function pastLead(
  corpus: Corpus,
  question: string,
  ranked: Ranked[],
  answered: string,
  before: () => Ranked[],
): Ranked[] {
  if (!answered || asksForOther(question) || !saysPronoun(question)) return ranked
  const lead = lastLead(corpus, answered, before)
  const i = lead === undefined ? -1 : ranked.findIndex((r) => r.sentence === lead)
  if (i < 0 || i >= LIMITS.leadCandidates || ranked[i].own >= 1) return ranked
  const out = ranked.slice()
  out[i] = { ...ranked[i], score: ranked[i].score - WEIGHTS.pastLead }
  return out.sort(byScoreDown)
}

/** A follow-up that points back with a pronoun ("it", "that", "they" …): see afterLead, pastLead. */
const saysPronoun = (question: string) => wordsOf(question).some((w) => PRONOUNS.has(w))

/**
 * The sentence the last answer led with: of those it cited, the one that ranks first for the
 * last question (`before`, its ranking, read once).
 */
function lastLead(corpus: Corpus, answered: string, before: () => Ranked[]): number | undefined {
  return before().find((r) => answered.includes(sentenceText(corpus, r.sentence)))?.sentence
}

/** The citable sentence after `sentence` in its passage; undefined at the passage's end. */
function nextInPassage(corpus: Corpus, sentence: number): number | undefined {
  const { sentences } = corpus.data
  const { passage } = sentences[sentence]
  for (let i = sentence + 1; i < sentences.length && sentences[i].passage === passage; i++)
    if (isCitable(sentences[i].kind)) return i
  return undefined
}

/** A thing pointed at by name: "those emotions", "these steps", "that approach". */
const DEMONSTRATIVE = /\b(?:those|these|that|this)\s+([a-z]{3,})\b/i
const DEMONSTRATIVE_OPENING = /^(?:those|these|that|this|such)\s+([a-z]{3,})\b/i

/**
 * A sentence that opens by pointing back: "This includes …", "Through this approach, …", "They
 * should …".
 */
const ANAPHORIC_OPENING =
  /^(?:(?:through|with|by|in|for|from|during|after|despite|as|like|of|to)\s+)?(?:this|these|that|those|such|it|its|they|their)\b/i

/** A turn that is no question of the reader's, or one that asks only for more ("What else?"). */
function asksNothingNew(turn: Turn): boolean {
  if (turn.role !== 'user') return true
  const asked = withoutAsides(turn.content)
  return asksOnlyForMore(asked) || readsOn(asked)
}

/** The place in the history of the last question the reader asked, past "What else?" turns; -1 if none. */
function lastQuestion(history: Turn[]): number {
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
const readsOn = (question: string) =>
  SEQUENCE.test(question) && wordsOf(question).every((w) => SEQUENCE_WORDS.has(plain(w)))

/**
 * The last answer read on: the citable sentence right after the passage it cited first, in the
 * same document and under the same headings, leads, as relevant to the conversation as the last question's best; then the
 * rest of that question's ranking, without what the answers since cited. Undefined when the last
 * answer cited nothing, or its passage ended its part of the page.
 */
function readOn(corpus: Corpus, again: Retrieval, since: Turn[]): Retrieval | undefined {
  const latest = since.findLast((t) => t.role === 'assistant')?.content
  const best = again.ranked[0]
  if (!latest || !best) return undefined
  const { sentences } = corpus.data
  // The sentence its first citation opens with: the one whose words come first in the answer.
  let lead = -1
  let at = Infinity
  for (let i = 0; i < sentences.length; i++) {
    if (!isCitable(sentences[i].kind)) continue
    const p = latest.indexOf(sentenceText(corpus, i))
    if (p >= 0 && p < at) [lead, at] = [i, p]
  }
  if (lead < 0) return undefined
  // Under the same headings of the same document: past a heading, the page goes on to another
  // subject (an article without headings is read on to its end).
  const { passages } = corpus.data
  const under = (i: number) =>
    `${sentences[i].docId}\u0000${passages[sentences[i].passage].headings.join('\u0000')}`
  const place = under(lead)
  let next = lead + 1
  while (
    next < sentences.length &&
    under(next) === place &&
    (!isCitable(sentences[next].kind) || latest.includes(sentenceText(corpus, next)))
  )
    next++
  if (next >= sentences.length || under(next) !== place) return undefined
  const answered = answeredSince(since)
  const rest = again.ranked.filter(
    (r) => r.sentence !== next && !answered.includes(sentenceText(corpus, r.sentence)),
  )
  return { question: again.question, ranked: [{ ...best, sentence: next }, ...rest] }
}

/**
 * A retrieval without the sentences the answers in `since` already quoted. With `leadsOnly`, a
 * sentence quoted only as the continuation of the one before it stays: "What else can it
 * create?" after "If one partner breaks a safe word …, this breach … can undermine … It can also
 * create tension and distrust …" asks about the part the answer carried along, not past it.
 */
function withoutCited(
  corpus: Corpus,
  retrieval: Retrieval,
  since: Turn[],
  leadsOnly = false,
): Retrieval {
  const answered = answeredSince(since)
  if (!answered) return retrieval
  const { ranked } = retrieval
  const place = (id: number) => {
    const i = ranked.findIndex((r) => r.sentence === id)
    return i < 0 ? ranked.length : i
  }
  const cited = (id: number, i: number) => {
    const text = sentenceText(corpus, id)
    const at = answered.indexOf(text)
    if (at < 0) return false
    if (!leadsOnly || id === 0) return true
    const { sentences } = corpus.data
    if (sentences[id - 1].passage !== sentences[id].passage) return true
    const before = sentenceText(corpus, id - 1)
    // Carried along after the sentence before it, and more what this question asks than that one.
    return !answered.slice(0, at).trimEnd().endsWith(before) || place(id - 1) < i
  }
  return {
    question: retrieval.question,
    ranked: ranked.filter((r, i) => !cited(r.sentence, i)),
  }
}

/** Everything the answers in `since` said, to find the sentences they cited. */
const answeredSince = (since: Turn[]) =>
  since
    .filter((t) => t.role === 'assistant')
    .map((t) => t.content)
    .join('\n')

/** "What else?", "Tell me more", "More please": no word of its own but asking for more. */
const asksOnlyForMore = (question: string) =>
  MORE.test(question) &&
  wordsOf(question).every((w) => STOPWORDS.has(plain(w)) || MORE_WORDS.has(plain(w)))

/** The words that place a question in a setting (see SETTING), as a pattern's alternatives. */
const PLACING = 'on|in|inside|within|under|with|using|via|behind|for'
/** How a follow-up that goes on from the last question opens ("And X?", "What about X?"). */
const GOING_ON = 'and|and what about|what about|how about'
/** A setting: "on Node", "in Deno", "with @hono/node-server", "for kids". */
const SETTING = new RegExp(`^(?:${PLACING})\\s`, 'i')

/**
 * "and on cloudflare workers where do I set it?" after "How do I change the port … with Bun?":
 * a setting, then a question of the reader's doing whose object points back ("… do I set it",
 * "… can we do that"), asks the last question again in that setting, as "and on Workers?"
 * does. "and on the server, where does it run?" asks something new of the thing pointed at.
 */
function doneAgainIn(question: string): boolean {
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
const ASKS_ITSELF =
  /\b(?:what|how|why|who|when|where|which|is|are|does|do|can|could|should|would|will|did)\b/i

/** "And X?", "What about X?": the last question, about X (a few words, not a question of its own). */
const ELLIPSIS = new RegExp(
  `^(?:${GOING_ON})\\s+(?!(?:what|how|why|who|when|where|which|is|are|does|do|can|could|should|would|will|did|it|that|those|they|this|these)\\b)([^?]{1,60}?)\\s*\\??$`,
  'i',
)

/** A question asking for more of what was just answered: "What else?", "Anything more?", "Go on". */
const MORE =
  /\b(?:else|more|other|others|another|besides|continue|go on|keep going|next|then|afterwards)\b/i

/**
 * The question asks for something besides what was answered: "What else …?", "What is another
 * way …?", "Are there other …?" open on it. "Can it point to other problems?" names other
 * problems than the one just discussed, and may be answered by what was cited.
 */
function asksForOther(question: string): boolean {
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
const ASKS_OTHER =
  /\belse\b|\b(?:what|which|any|are there|is there|there are)\s+(?:other|others|another)\b/i

/** The words of such a question that name no topic of its own ("Tell me more", "More please"). */
const MORE_WORDS = new Set([
  ...['tell', 'say', 'go', 'continue', 'keep', 'going', 'explain', 'elaborate', 'please'],
  ...['else', 'more', 'other', 'others', 'another', 'besides', 'thanks', 'ok', 'okay'],
  ...['next', 'afterwards'],
])
