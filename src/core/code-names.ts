// Names in a question and how the documents write them: proper names, acronyms, camelCase,
// words written apart or together ("set cookie" for setCookie), called functions, option sets, and
// the names a sentence of the documents writes as `inline code`.

import type { Corpus } from './corpus.ts'
import { searchHits } from './search-index.ts'
import { stem, tokens } from './terms.ts'
import { keepBounded } from './bounded-memo.ts'
import { LIMITS } from './weights.ts'
import type { Concept } from './question-types.ts'
import {
  aloneAt,
  escaped,
  LETTER_OR_DIGIT,
  matchesOf,
  sentenceText,
  standsAlone,
} from './reading-text.ts'
import { askingSentences, sentencesOf } from './question-message.ts'

/** The name after "coming from", "like I do in", "the equivalent of": what the reader compares with. */
export const COMPARED_WITH =
  /\b(?:coming (?:over )?from|(?:switching|migrating|moving|porting) (?:over )?from|(?:just )?like (?:I|we|you) (?:do|did|would|used to) in|the way (?:I|we|you) (?:do|did) (?:it )?in|equivalent (?:of|to|for))\s+(\p{L}[\p{L}.]*)/giu
/** What every COMPARED_WITH match holds, looked for first (the full pattern cost ~0.4 µs a text). */
export const MAY_COMPARE = /from|like|the way|equivalent/iu

/** Capitalised words in a row after a number (a status code) or an opening quote: a title. */
const TITLE_RUN = /(?<=\b\d+ +|["“‘] *)\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*/gu
/** A word capitalised inside a sentence (not after its end, a line's start, a quote or "("). */
const CAPITALISED = /(?<![.!?]\s*|^\s*|\n\s*|["'“‘(]\s*)\b(\p{Lu}[\p{L}\p{N}]*)/gu
/** A word in title form: a capital, then small letters only. */
const TITLE_WORD = /^\p{Lu}\p{Ll}*$/u
/** A word of four letters or more, or a code span (whose words are not the line's case). */
const LINE_WORD = /`[^`\n]*`|[\p{L}]{4,}/gu
/** The fewest words of four letters that make a line's case a Title Case, not a sentence's. */
const MIN_TITLE_WORDS = 3

/**
 * The lines (start, end) written in Title Case: at least MIN_TITLE_WORDS words of four letters or
 * more outside code, every one capitalised ("Make Original `IncomingMessage` and `ServerResponse`
 * Publicly Accessible"). A sentence capitalises its first word only, and names.
 */
function titleCaseLines(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    let words = 0
    let titled = true
    for (const m of matchesOf(LINE_WORD, text.slice(start, end))) {
      if (m[0].startsWith('`')) continue
      words++
      if (!/^\p{Lu}/u.test(m[0])) {
        titled = false
        break
      }
    }
    if (titled && words >= MIN_TITLE_WORDS) out.push([start, end])
    start = end + 1
  }
  return out
}

/**
 * A number under a short prefix: an error's code ("TS2589", "E11000"), a standard's ("RFC6265");
 * and a system error's code as Node prints it ("ECONNREFUSED", "EADDRINUSE", "ENOENT", the "ERR"
 * of "ERR_INVALID_ARG_TYPE"). Its message or its subject says what it is about; the code is no
 * name of a thing.
 */
const NUMBERED_CODE =
  /^(?:\p{Lu}{1,4}\d{3,}|E(?:CONN\p{Lu}+|ADDR\p{Lu}+|NO\p{Lu}+|ACCES|PERM|PIPE|TIMEDOUT|MFILE|EXIST|ISDIR|NOTDIR|AI|HOSTUNREACH|NETUNREACH|INVAL|BADF|BUSY|AGAIN|RR))$/u
/** Capitals and digits only: "ECS", "HTTP2". */
const ACRONYM = /\b(\p{Lu}[\p{Lu}\p{N}]+)\b/gu
/** Capitals inside a word: "GraphQL", "OAuth2". */
const INNER_CAPITALS = /\b(\p{Lu}(?:\p{Ll}+\p{Lu}|\p{Lu}+\p{Ll})[\p{L}\p{N}]*)\b/gu
/** A capital after a small letter, not a member or a call: "tRPC", "macOS". */
const LOWER_CAMEL = /(?<![.\/$_])\b(\p{Ll}+\p{Lu}[\p{L}\p{N}]*)\b(?![(.])/gu

/** Nine letters in ten or more are capitals (counted without building a list: it runs per part). */
export function shouted(text: string): boolean {
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
export function properNames(text: string, prose: boolean): Set<string> {
  const out = new Set<string>()
  // Every name below has a capital: a text without one (code, a message typed in lower case) has
  // none, nor has one whose only capital starts it, as most questions' ("How is …?"), found
  // without trying each pattern at each of its characters.
  if (noCapitalInside(text)) return out
  // A title's capitals are its form, not names: the reason phrase of a status line ("400 Bad
  // Request", "404 Not Found") and a quoted title ("“Getting Started”"), every word of the run.
  // (Only after a digit or an opening quote, looked for first.)
  const title: Array<[number, number]> = []
  if (/[0-9"“‘]/.test(text))
    for (const m of matchesOf(TITLE_RUN, text)) title.push([m.index, m.index + m[0].length])
  // So are the capitals of a line in Title Case, an issue's title ("Make Original
  // `IncomingMessage` … Publicly Accessible"): a word capitalised there and nowhere else is not
  // a name ("accessible"); one with capitals inside ("IncomingMessage") still is, below.
  const titled = titleCaseLines(text)
  for (const m of matchesOf(CAPITALISED, text)) {
    if (title.some(([a, b]) => a <= m.index && m.index < b)) continue
    if (
      titled.length &&
      TITLE_WORD.test(m[1]) &&
      titled.some(([a, b]) => a <= m.index && m.index < b)
    )
      continue
    if (NUMBERED_CODE.test(m[1])) continue
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
      for (const m of matchesOf(ACRONYM, text))
        if (m[1].length > 2 && !NUMBERED_CODE.test(m[1])) out.add(m[1].toLowerCase())
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

/** A capital, each in turn (see noCapitalInside). */
const CAPITAL = /\p{Lu}/gu

/**
 * Whether a text has no capital, or one only, first after spaces and without a digit after it:
 * none of properNames' patterns can match it (CAPITALISED wants a capital within a sentence,
 * ACRONYM a capital then a capital or digit, INNER_CAPITALS two capitals, LOWER_CAMEL a small
 * letter before a capital).
 */
function noCapitalInside(text: string): boolean {
  CAPITAL.lastIndex = 0
  const first = CAPITAL.exec(text)
  if (!first) return true
  const next = first.index + first[0].length
  const only = CAPITAL.exec(text) === null
  return (
    only &&
    text.trimStart().length === text.length - first.index &&
    !DIGIT_AT.test(text.slice(next, next + 2))
  )
}

/** A digit at the start of a text. */
const DIGIT_AT = /^\p{N}/u

/**
 * Names the reader gives their own people and things, in apposition after a possessive: "Kayla"
 * of "my girlfriend Kayla", "Jessica" of "her older sister Jessica", "Acme" of "our app Acme";
 * and a title with the name after it ("Dr. Lee").
 */
export function ownNames(text: string): Set<string> {
  const out = new Set<string>()
  // Every such name is a capitalised word after a space, looked for first.
  if (!/\s\p{Lu}\p{Ll}/u.test(text)) return out
  for (const m of matchesOf(OWN_NAME, text))
    for (const name of m.slice(1)) if (name) out.add(name.toLowerCase())
  return out
}
const OWN_NAME =
  /\b(?:[Mm]y|[Yy]our|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir)\s+(?:(?:best|older|younger|little|big|new|old|late|former|current)\s+)?\p{Ll}[\p{Ll}'-]*\s+(\p{Lu}\p{Ll}+)\b|\b(Dr|Mr|Mrs|Ms|Prof)\.?\s+(\p{Lu}\p{Ll}+)\b/gu

/** The longest start two words share ("bod" of "body" and its stem "bodi"). */
export function sharedStart(a: string, b: string): string {
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
export function writtenApart(corpus: Corpus, word: string): boolean {
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
  // "i" without "u": with it, a scan of every page is 17 times slower (see anyCase).
  return inSomeDoc(corpus, new RegExp(`\\b${letters}[\\s-]${rest}\\b`, 'i'))
}

/**
 * The documents write `a` and then a word starting `b` ("query string", "development tool"), as
 * the words a reader joins ("querystring", "devtools") stand for.
 */
export const writtenTogether = (corpus: Corpus, a: string, b: string): boolean =>
  writtenInOrder(corpus, [a, b])

/**
 * The documents write each of `parts` as the start of a word, one after the other, apart or
 * joined by spaces or hyphens ("Body Limit Middleware" for body, limit). Scanned once per parts,
 * remembered with the names written whole under the parts joined by a space, which no name has
 * (the same parts always read the same, whoever asks).
 */
function writtenInOrder(corpus: Corpus, parts: string[]): boolean {
  const key = parts.join(' ').toLowerCase()
  return scannedOnce(
    corpus,
    key,
    () => new RegExp(`\\b${parts.map(escaped).join('\\w*[\\s-]*')}`, 'i'),
  )
}

/**
 * inSomeDoc for the pattern `scan` builds, remembered in corpus.memo.written (the last
 * WRITTEN_MEMO) under `key`: a question may name a word or name at will, and each such scan
 * reads every page. A key says which test it is ("noun:", "done:", a space, a parenthesis), so
 * that no two tests share one.
 */
export function scannedOnce(corpus: Corpus, key: string, scan: () => DocTest): boolean {
  const { written } = corpus.memo
  const known = written.get(key)
  if (known !== undefined) return known
  return keepBounded(written, WRITTEN_MEMO, key, inSomeDoc(corpus, scan()))
}

/** What a scan of every page asks of a page's text: an expression (not global) or a test. */
export type DocTest = RegExp | ((text: string) => boolean)

/** Some document's text passes `test` (an expression it matches): a scan of every page. */
export function inSomeDoc(corpus: Corpus, test: DocTest): boolean {
  if (typeof test === 'function') {
    for (const doc of corpus.docs.values()) if (test(doc.text)) return true
    return false
  }
  for (const doc of corpus.docs.values()) if (test.test(doc.text)) return true
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
 * A product's name of a word, a dot and the ending of a web address or of JavaScript, typed in
 * lower case as readers type names ("fly.io", "next.js", "socket.io", "deno.dev"): capitals
 * are no sign here, the ending is. Not a file of the reader's setup ("fly.toml", "index.ts",
 * "deno.json"), whose endings are a file's; not a member after a dot (`c.req.json`).
 */
const DOTTED_NAME =
  /(?<![\p{L}\p{N}_.@/$-])\p{Ll}[\p{Ll}\p{N}]+\.(?:io|js|dev)(?![\p{L}\p{N}_@/-]|\.[\p{L}\p{N}])/gu

/**
 * A name with capitals inside, as products are written ("OpenAPI", "GraphQL", "OAuth"): read in
 * parts ("open", "api") for retrieval, but whole it is a thing of its own. Only with an acronym in
 * it (two capitals in a row, see unwrittenName): a name in plain PascalCase ("IncomingMessage") is
 * an identifier of code, whose parts the documents may write as theirs (`c.env.incoming`).
 */
const CAPITALS_INSIDE =
  /(?<![\p{L}\p{N}_.@/$`-])\p{Lu}(?:\p{Ll}+\p{Lu}|\p{Lu}+\p{Ll})[\p{L}\p{N}]*(?![\p{L}\p{N}_@/(`-]|\.[\p{L}\p{N}])/gu

/**
 * An identifier in lower camelCase ("cacheName", "onError"): an option, method or variable of an
 * API. Its parts are English the documents may use ("cache", "name"); whole, it is the API's own
 * word, which documentation writes wherever it documents it. Not a member after a dot
 * (`c.req.raw`), a key in quotes (the reader's `c.get('user')`), a path or a package.
 */
const CAMEL_IDENTIFIER =
  /(?<![\p{L}\p{N}_.@/$'"-])\p{Ll}[\p{Ll}\p{N}]*\p{Lu}[\p{L}\p{N}]*(?![\p{L}\p{N}_@/'"-]|\.[\p{L}\p{N}])/gu

/** Most joined names and calls whose writing a corpus remembers (see Corpus.memo.written). */
const WRITTEN_MEMO = 1024

/**
 * The first joined name (see JOINED_NAME) of a sentence that asks that the documents never
 * write whole, lower-cased. Its parts are read as words like any (the documents' "js" and
 * "next"); whole, it is a thing they do not cover. Said only where the reader tells ("My
 * middleware sets X-Request-Id. Why is it lost …?"), it is their setup, as any name there is.
 */
export function unwrittenName(
  corpus: Corpus,
  ask: string,
  /** Strings the reader's code passes (see passedStrings in question-analysis.ts): their data. */
  data?: ReadonlySet<string>,
): string | undefined {
  // Every such name has a dot or a hyphen before a letter, or a capital inside: looked for first.
  if (!/[.-]\p{L}|\p{L}\p{Lu}/u.test(ask)) return undefined
  const asking = askingSentences(ask)
  for (const sentence of asking.length ? asking : [ask])
    for (const m of [
      ...matchesOf(JOINED_NAME, sentence),
      ...matchesOf(DOTTED_NAME, sentence),
      // (A long one a slip from one of theirs, "HTPException", is theirs too: see conceptFor.)
      ...matchesOf(CAPITALS_INSIDE, sentence).filter(
        (c) =>
          /\p{Lu}{2}/u.test(c[0]) &&
          !(
            c[0].length >= LIMITS.nameSlipLength &&
            corpus.typos.correct(c[0].toLowerCase(), false, 1)
          ),
      ),
      // (A slip of one of the documents' own, "setSignedCokie", is theirs: see conceptFor.)
      ...matchesOf(CAMEL_IDENTIFIER, sentence).filter(
        (c) => !corpus.typos.correct(c[0].toLowerCase(), false, 1) && !partsWritten(corpus, c[0]),
      ),
    ]) {
      const name = m[0].toLowerCase()
      if (data?.has(name)) continue
      if (!writtenWhole(corpus, name) && !writtenWhole(corpus, name.replace(/s$/, ''))) return name
    }
  return undefined
}

/**
 * The documents write an identifier's camelCase parts as words, one after the other ("Body Limit
 * Middleware" for `bodyLimit`, "Cache-Control" for `cacheControl`): they name the thing, in prose.
 */
const partsWritten = (corpus: Corpus, identifier: string): boolean =>
  writtenInOrder(
    corpus,
    identifier
      .replace(/(?=\p{Lu})/gu, ' ')
      .toLowerCase()
      .split(' '),
  )

/**
 * The documents write `name` (lower-cased) whole, in any case, with no letter or digit either
 * side; scanned once per name, remembered. An ASCII name is found by an expression of its letters
 * alone, its sides read apart (see standsAlone): with the sides in it, a Unicode-aware expression
 * took ~1 ms to compile, and each name a question is the first to ask pays it.
 */
function writtenWhole(corpus: Corpus, name: string): boolean {
  return scannedOnce(corpus, name, () =>
    ASCII.test(name)
      ? wholeIn(name)
      : new RegExp(`(?<![\\p{L}\\p{N}])${escaped(name)}(?![\\p{L}\\p{N}])`, 'iu'),
  )
}

/** A text's test for an ASCII name written whole in any case (see writtenWhole). */
function wholeIn(name: string): (text: string) => boolean {
  const pattern = new RegExp(escaped(name), 'gi')
  return (text) =>
    matchesOf(pattern, text).some((m) =>
      standsAlone(text, m.index, m.index + m[0].length, LETTER_OR_DIGIT),
    )
}

/** Printable ASCII only. */
const ASCII = /^[\x20-\x7e]*$/

/** The first name called in a piece of code: "$url" of `client.api.posts.$url()`. */
const CALLED = /([A-Za-z_$][\w$]*)\(/

/**
 * A function that a sentence that asks writes as a call in inline code (`createBunWebSocket()`),
 * and that the documents never write called, anywhere in their text or code: an API they do not
 * document. Over the Hono sets, every question with such a call was one they do not answer; a
 * call the reader only tells of, or pastes in a block, is their code.
 */
export function uncalledFunction(corpus: Corpus, question: string): string | undefined {
  if (!question.includes('`') && !question.includes('()')) return undefined
  const prose = question.replace(/```[\s\S]*?(```|$)/g, '\n\n')
  const sentences = sentencesOf(prose)
  // (A message of one line that asks without a question mark, "how do I use c.session() to store
  // user data", asks in its last sentence.)
  const unmarked = !prose.includes('?') && !prose.trim().includes('\n')
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]
    if (!sentence.includes('?') && !(unmarked && i === sentences.length - 1)) continue
    for (const m of matchesOf(INLINE_CODE, sentence)) {
      const name = CALLED.exec(m[1])?.[1]
      if (name && !writtenCalled(corpus, name)) return `${name}()`
      // "Do I need `wait: true`?": an option set as code that the documents never set.
      const option = OPTION_SET.exec(m[1])?.[1]
      if (option && !writtenSet(corpus, option)) return `${option}:`
    }
    // A call written without backticks ("does hono have app.listen()?", "toSSG()"), as a call.
    if (sentence.includes('()'))
      for (const m of matchesOf(BARE_CALL, sentence.replace(INLINE_CODE, ' ')))
        if (!writtenCalled(corpus, m[2])) return `${m[1]}()`
  }
  return undefined
}

/** A call with empty parentheses, on an object or not ("app.listen()", "toSSG()"): the chain, the name. */
const BARE_CALL = /(?<![\w.$])((?:[A-Za-z_$][\w$]*\.)*([A-Za-z_$][\w$]*))\(\)/g

/**
 * The documents write `name(` anywhere, in any case, or called with type arguments
 * (`hc<AppType>(`). Remembered with the names written whole, under the name and its parenthesis,
 * which no joined name ends with.
 */
function writtenCalled(corpus: Corpus, name: string): boolean {
  return scannedOnce(
    corpus,
    `${name.toLowerCase()}(`,
    () => new RegExp(`(?<![\\w$])${escaped(name)}(?:<[^()\\n]*>)?\\(`, 'i'),
  )
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
export const VERSION = /^v\d+$/

/**
 * The documents write the word itself in a sentence of theirs, not only in code or a heading. A
 * version they write only in code ("uses: cloudflare/wrangler-action@v3" in a workflow file) is
 * another package's pin, no version of theirs they speak of. (Any word of letters and digits
 * read so cost questions on things their code shows: "IPv6" of getConnInfo, "R2Bucket".)
 */
export const inProse = (corpus: Corpus, c: Concept) =>
  [...c.alts].some(([t, w]) => w === 1 && corpus.index.inText(t))

/**
 * The reader writes `word` as part of code or a longer version ("actions/checkout@v4",
 * "v4.8.0"): a pin like the documents' own, not a version asked about by name.
 */
export const inCode = (text: string, word: string) =>
  new RegExp(`[.@/$_]${word}|${word}[.(/_]\\w`, 'iu').test(text)

/**
 * How many times as often as the rarest a name of the report may stand in the documents and still
 * be one of its APIs: "c.req.header() … headers['X-Foo']" is about `header` as much as `req`, and
 * "c.set() … c.get()" about both. Over the 24 sets, at 4 (against only the rarest) four answers
 * came to the first place and one abstention became a wrong answer; 2 and 3 moved one or two
 * fewer up, 8 and more one or two down.
 */
export const RARE_NAMES = 4

/** A name in code starts with a letter: "404" of `c.json(…, 404)` is a value. */
export const IDENTIFIER = /^[a-z_$]/

/** JavaScript's own words in a reader's code: syntax, never the API asked about. */
export const SYNTAX = new Set(
  'const let var return await async new function import from export true false null undefined typeof this if else default'.split(
    ' ',
  ),
)

/** Sentences read for whether the documents write a term as `inline code` (see writtenAsCode). */
const CODE_LOOKUPS = 64

/** Some sentence of the documents (among the first CODE_LOOKUPS that say it) writes `term` as code. */
export function writtenAsCode(corpus: Corpus, term: string): boolean {
  const { ids } = searchHits(corpus.index, new Map([[term, 1]]), false)
  const n = Math.min(ids.length, CODE_LOOKUPS)
  for (let i = 0; i < n; i++) if (codeNames(corpus, ids[i]).includes(term)) return true
  return false
}

/** The terms of the names a sentence writes as `inline code` (memoised per sentence). */
export function codeNames(corpus: Corpus, sentence: number): string[] {
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

/** `inline code` in a sentence (of the documents, or of a question). */
export const INLINE_CODE = /`([^`\n]+)`/g

/**
 * Whether the documents write `word` (lower case, as the reader typed it) only as a name: in their
 * prose, capitalised inside a sentence at least once ("deploy it to Vercel"), and never in lower
 * case. A reader who types "vercel" or "cloudflare" means what the documents capitalise; what
 * they also write in lower case ("hono" of `import … from 'hono'` is code, not prose; "workers"
 * of "web workers" is) is a word. Read from the sentences that hold its stem, once a word
 * (remembered in corpus.memo.onlyNamed).
 */
export function writtenOnlyAsName(corpus: Corpus, word: string, term: string): boolean {
  const { onlyNamed } = corpus.memo
  const known = onlyNamed.get(word)
  if (known !== undefined) return known
  // Capitalised at its first letter only, the rest as typed (a capital of two letters, as "ß"
  // has, is no such form).
  const upper = word[0].toUpperCase()
  const capital = upper.length === 1 && upper !== word[0] ? upper + word.slice(1) : undefined
  let capitalised = false
  const inLowerCase = corpus.index.someWith(term, (s) => {
    const text = sentenceText(corpus, s)
    // A code block's words are code, however they are cased.
    if (text.startsWith('```')) return false
    for (let at = aloneAt(text, word); at >= 0; at = aloneAt(text, word, at + word.length))
      if (standsInProse(text, at, at + word.length)) return true
    if (capital && !capitalised)
      for (let at = aloneAt(text, capital); at >= 0; at = aloneAt(text, capital, at + word.length))
        if (standsInProse(text, at, at + word.length) && !opensSentence(text, at)) {
          capitalised = true
          break
        }
    return false
  })
  return keepBounded(onlyNamed, WRITTEN_MEMO, word, capitalised && !inLowerCase)
}

/**
 * A word at [start, end) of a sentence stands in prose: not part of a path, a package, a domain,
 * a hyphened or dotted name, inline code, a quoted string or a call ("hono/vercel",
 * "swr.vercel.app", "`bun`", "'hono'", "cloudflare-workers").
 */
function standsInProse(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' '
  const after = text[end] ?? ' '
  if (/[-/.@_$<>=`'"#:\\]/.test(before) || /[-/@_$(`'"=<>:]/.test(after)) return false
  return !(after === '.' && /[\p{L}\p{N}]/u.test(text[end + 1] ?? ''))
}

/** The word at `at` opens its sentence, line, list item, quote or parenthesis (its capital says nothing). */
function opensSentence(text: string, at: number): boolean {
  const before = text.slice(0, at).trimEnd()
  return before === '' || /[.!?:"'“‘(\[|#>*+-]$/.test(before) || /\n\s*$/.test(text.slice(0, at))
}
