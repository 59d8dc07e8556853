// A question typed as a chat message, read as spelled out before anything reads its form: "wat r
// the signs", "according 2 the article", "what happens when its missing", "i dont know". Each
// reader of a question's form (what it defines, what it asks of a lack, where it points) matches
// the words a question is written with; typed so, the message met none of them, and its words
// ("2", "its") were read as they stand. Only prose lines are read: a line of code pasted without
// backticks ("const r = await app.request(…)") keeps its names, and so does code between them.

import { lettersSwapped, STOPWORDS, TEXT_SPEAK } from './terms.ts'
import type { Turn } from './types.ts'

/** A span of code between backticks, kept as typed. */
const CODE_SPAN = /```[\s\S]*?```|`[^`\n]*`/g

/** A line with a mark that prose seldom has and code always does: kept as typed. */
const CODE_MARKS = /[=;{}<>]|=>|\w\(|\)\s*$/

/**
 * A word typed as chat, in small letters: a word of TEXT_SPEAK ("wat", "r", "u", "bc"), a digit
 * standing for "to" or "for", or a contraction typed without its apostrophe.
 */
const CHAT_WORD = /(?<![\p{L}\p{N}_$.'’/@#:-])(?:\p{Ll}+|[24])(?![\p{L}\p{N}_$('’/@#:-])/gu

/**
 * Contractions typed without their apostrophe that are no other word ("cant" and "wont" are
 * English's too, seldom used; "its", "lets", "ill", "were", "well", "hell", "shell" are kept).
 */
const CONTRACTIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    dont: "don't",
    doesnt: "doesn't",
    didnt: "didn't",
    cant: "can't",
    wont: "won't",
    isnt: "isn't",
    arent: "aren't",
    wasnt: "wasn't",
    werent: "weren't",
    shouldnt: "shouldn't",
    wouldnt: "wouldn't",
    couldnt: "couldn't",
    havent: "haven't",
    hasnt: "hasn't",
    hadnt: "hadn't",
    aint: "ain't",
    im: "I'm",
    ive: "I've",
    youre: "you're",
    youve: "you've",
    theyre: "they're",
    theyve: "they've",
    weve: "we've",
    thats: "that's",
    whats: "what's",
    hows: "how's",
    wheres: "where's",
    whos: "who's",
    theres: "there's",
    heres: "here's",
    hes: "he's",
    shes: "she's",
  }),
)

/**
 * What "its" is when the word after it could be no thing it owns: "its missing", "its not
 * working", "its a bug" read as "it's".
 */
const IT_IS_BEFORE = new Set(
  'not a an the been so too very just still really always never ok okay fine gone broken possible hard easy normal true like because about all over done there here missing going working happening getting being coming running throwing failing causing making taking saying returning supposed'.split(
    ' ',
  ),
)

/**
 * A "2" between words is "to" ("according 2 the article", "deploy hono 2 azure", "set it 2 true")
 * unless it counts: after a word that a number follows ("version 2", "have 2", "the 2") or before
 * what is counted (a plural, "or", "of": "2 kids", "2 or 3"), but not before a word a "to" takes
 * ("2 us", "2 this"). A "4" is "for" only before such a word ("4 someone", "4 the"): "4 years".
 * (First read as "to" only after a word that takes one, "deploy hono 2 azure functions" kept its
 * number, and the out-of-scope questions so typed were answered.)
 */
const COUNTS_AFTER = new Set(
  'version v page step chapter part number about around only just than have has had got with the my our their his her every last first or and of x'.split(
    ' ',
  ),
)
const COUNTED =
  /^(?:[a-z]+s|or|of|and|more|less|x|people|children|men|women|minute|hour|day|week|month|year)$|^\d/
const SPELLED_BEFORE = new Set(
  'the a an my your his her their our this that these those it them him me you u us each every be do get make set use write send see know fix handle stop start keep find deal feel build heal move read run serve someone somebody anyone people ppl'.split(
    ' ',
  ),
)

/** The question with its chat typing spelled out (see the module's comment). */
export function spelledAsMeant(question: string): string {
  question = withLineFeeds(question)
  if (DOSE.test(question))
    question = proseOnly(question, (line) => line.replace(DOSE_EACH, auxiliaryOrDose))
  if (!MAY_BE_CHAT.test(question)) return question
  // The names of the question's code ("const r = …", `u`) stay names in its prose ("wat is r").
  const named = new Set<string>()
  const spans = [...question.matchAll(CODE_SPAN)]
  for (const m of spans) addNames(named, m[0])
  for (const line of question.replace(CODE_SPAN, '').split('\n'))
    if (CODE_MARKS.test(line)) addNames(named, line)
  let out = ''
  let at = 0
  for (const m of spans) {
    out += proseSpelled(question.slice(at, m.index), named) + m[0]
    at = m.index + m[0].length
  }
  return out + proseSpelled(question.slice(at), named)
}

/**
 * "does" typed with its last two letters swapped: "dose", a word English has, so no correction by
 * the vocabulary reaches it, and read as typed it is a topic the documents lack ("Dose it work
 * with streaming too?", "what dose trust mean", "it dose not set the header"). It is the auxiliary
 * where one stands: after a question word (of any typing: "Waht dose"), at a sentence's start or
 * after its subject, when a subject follows (a pronoun, a determiner) or "not"; but "the
 * dose", "a daily dose", "what dose of …", "which dose is …" stay a dose.
 */
const DOSE = /\b[Dd]ose\b/
const DOSE_EACH = /\b([Dd])ose\b/g
const AS_DOSE_AFTER = new Set(
  'the a an my your his her their our its this that one each every per of daily high low right same first second single double recommended usual typical max maximum minimum lower higher small large big whole full half any no another lethal safe'.split(
    ' ',
  ),
)
const AS_DOSE_BEFORE = new Set(
  'of is are was were should would can could will do does did for to per i you we and or a an'.split(
    ' ',
  ),
)
const SUBJECT_START = new Set(
  'it its this that these those he she they we i you u my your his her their our the a an any anyone someone something not'.split(
    ' ',
  ),
)
const QUESTION_WORDS = ['what', 'how', 'why', 'where', 'when', 'who', 'which']

/** Whether `a` is `b`, or `b` with two neighbouring letters swapped ("waht", "taht"). */
const asOrSwapped = (a: string, b: string) => a === b || lettersSwapped(a, b)

function auxiliaryOrDose(m: string, d: string, at: number, text: string): string {
  const before = /([\p{L}\p{N}]+)[ \t]*$/u.exec(near(text, at))?.[1].toLowerCase()
  const after = wordAfter(text, at + m.length)
  if (after === undefined || AS_DOSE_BEFORE.has(after)) return m
  if (before !== undefined && AS_DOSE_AFTER.has(before)) return m
  const asked = before !== undefined && QUESTION_WORDS.some((w) => asOrSwapped(before, w))
  const starts = before === undefined || /[.?!]\s*$/.test(near(text, at))
  const subject = [...SUBJECT_START].some((w) => asOrSwapped(after, w))
  return asked || starts || subject ? `${d}oes` : m
}

const addNames = (names: Set<string>, code: string) => {
  for (const m of code.matchAll(/[\p{L}\p{N}_$]+/gu)) names.add(m[0])
}

/**
 * A message sent with a carriage return before each line feed (Windows, some clients' text
 * fields), or with carriage returns alone, read as lines as any other: the readers of an issue's
 * title line, its fenced code and its paragraphs look for "\n" (a report so sent lost a tenth of
 * its first places).
 */
export const withLineFeeds = (text: string) =>
  text.includes('\r') ? text.replace(CARRIAGE_RETURN, '\n') : text
const CARRIAGE_RETURN = /\r\n?/g

/** The reader's turns of a conversation spelled out (see spelledAsMeant); the same array if none changes. */
export function spelledHistory(history: Turn[]): Turn[] {
  let out: Turn[] | undefined
  for (let i = 0; i < history.length; i++) {
    const t = history[i]
    if (t.role !== 'user') continue
    const content = spelledAsMeant(t.content)
    if (content === t.content) continue
    out ??= history.slice()
    out[i] = { ...t, content }
  }
  return out ?? history
}

/**
 * Whether a question may hold chat typing: a digit alone, or a small-letter word TEXT_SPEAK or
 * CONTRACTIONS spells out, or "its" (looked for first: most questions have none).
 */
const MAY_BE_CHAT = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(?:[24]|its|diff|${[...TEXT_SPEAK.keys(), ...CONTRACTIONS.keys()]
    .filter((k) => /^[a-z]+$/.test(k))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'u',
)

/** `text` with `spell` applied to its prose lines, outside code between backticks. */
function proseOnly(text: string, spell: (line: string) => string): string {
  let out = ''
  let at = 0
  const lines = (t: string) =>
    t
      .split('\n')
      .map((line) => (CODE_MARKS.test(line) ? line : spell(line)))
      .join('\n')
  for (const m of text.matchAll(CODE_SPAN)) {
    out += lines(text.slice(at, m.index)) + m[0]
    at = m.index + m[0].length
  }
  return out + lines(text.slice(at))
}

function proseSpelled(text: string, named: Set<string>): string {
  return text
    .split('\n')
    .map((line) => (CODE_MARKS.test(line) ? line : lineSpelled(line, named)))
    .join('\n')
}

function lineSpelled(line: string, named: Set<string>): string {
  const spelled = line.replace(CHAT_WORD, (w, at: number) => {
    if (named.has(w)) return w
    const before = wordBefore(line, at)
    const after = wordAfter(line, at + w.length)
    if (w === '2' || w === '4') {
      if (!before || !after) return w
      if (w === '2')
        return COUNTS_AFTER.has(before) || (COUNTED.test(after) && !SPELLED_BEFORE.has(after))
          ? w
          : 'to'
      return SPELLED_BEFORE.has(after) ? 'for' : w
    }
    if (w === 'its') return after && IT_IS_BEFORE.has(after) ? "it's" : w
    // "whats the diff", "the diff between …": the difference asked for, not a diff of files.
    if (w === 'diff')
      return after === 'between' || /\bwhat(?:['’]?s| is)\s+the\s+$/i.test(spelledBefore(line, at))
        ? 'difference'
        : w
    return CONTRACTIONS.get(w) ?? TEXT_SPEAK.get(w) ?? w
  })
  // "cbt vs exposure therapy whats the diff": a question typed on after what it is about, with no
  // mark between, is its own clause, as "…, what's the difference" is.
  return spelled.replace(ASKING_RUN_ON, (m, before: string, wh: string) =>
    STOPWORDS.has(before.toLowerCase()) || !/\p{L}/u.test(before) ? m : `${before}, ${wh}`,
  )
}

/** A question word and its auxiliary right after a word, no mark between ("therapy what's"). */
const ASKING_RUN_ON =
  /([\p{L}\p{N}]+) (what|which|how|why|when|where)(?=(?:['’]s| is| are| does| do| did| can| could| should| would| will)\b)/giu

/** The text before `at` in `line`, its contractions spelled out ("whats the " → "what's the "). */
const spelledBefore = (line: string, at: number) =>
  near(line, at)
    .replace(/\bwhats\b/gi, "what's")
    .replace(/\bwats\b/gi, "what's")

/**
 * The few words before `at`, all the readers above look at: a bounded slice, so that each word of
 * a long message is read in constant time, not along all the text before it.
 */
const near = (line: string, at: number) => line.slice(Math.max(0, at - NEAR), at)
const NEAR = 40

/** The word of letters or digits right before `at` in `line`, in small letters, if any. */
function wordBefore(line: string, at: number): string | undefined {
  return /([\p{L}\p{N}]+)[\s,]*$/u.exec(near(line, at))?.[1].toLowerCase()
}

/** The word of letters or digits right after `at` in `line`, in small letters, if any. */
function wordAfter(line: string, at: number): string | undefined {
  return /^\s+([\p{L}\p{N}]+)/u.exec(line.slice(at, at + NEAR))?.[1].toLowerCase()
}
