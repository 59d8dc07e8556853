// The page a question asks about as a whole: named by its title ("the JWT middleware"), by the
// APIs its headings name, or asked whether or how a page's subject works at all; and that page's
// opening and sections, which lead such a question's answer.

import { onNearlyEveryPage, type Corpus } from './corpus.ts'
import { inEnglish } from './english-stems.ts'
import { FRAME_WORDS, hasRun, indexTerms, plain, stem, words } from './terms.ts'
import { LIMITS, WEIGHTS } from './weights.ts'
import type { AnalysedQuestion, Concept, Ranked } from './question-types.ts'
import { sentenceText } from './reading-text.ts'
import { focus } from './question-message.ts'
import { sentenceIs, sentenceSays } from './sentence-form.ts'
import { FIELD_BIT, searchHits } from './search-index.ts'
import { ALL_DIGITS, resortHead, sectionFirsts } from './rank-bonuses.ts'
import { headingName } from './passages.ts'
import { IMPLIED } from './expected-answer.ts'
import { DEFINITION } from './question-form.ts'
import { pointsBack } from './follow-ups.ts'

/**
 * The page a question names by its title ("the JWT middleware": "JWT Auth Middleware"): the one
 * page whose title says the largest share of the question's weight, at least TITLED_SHARE of it,
 * and more than any other page's title does. A word on nearly every page says no title: "a Hono
 * app" of "How do I run a Hono app on Deno?" is any reader's app, not the page "App - Hono", and
 * the page the question names is "Deno".
 */
export function titledPage(corpus: Corpus, q: AnalysedQuestion): string | undefined {
  const matches = titleMatches(corpus, q)
  if (!matches.size) return undefined
  const everywhere = q.concepts.map((c) => onNearlyEveryPage(corpus, stem(c.word.toLowerCase())))
  // (Such a word still weighs in the question's whole: "start" of "How do I start a Hono app on
  // Deno?" says no title either; as a share of what is left, titles named pages more often
  // and first places were lost.)
  const total = q.concepts.reduce((sum, c) => sum + c.salience, 0)
  if (total <= 0) return undefined
  let best: number | undefined
  let top = 0
  let second = 0
  for (const [page, tm] of matches) {
    let share = 0
    for (let j = 0; j < tm.length; j++)
      if (!everywhere[j]) share += (tm[j] / WEIGHTS.titleMatch) * q.concepts[j].salience
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
export function titleMatches(corpus: Corpus, q: AnalysedQuestion): Map<number, Float64Array> {
  const index = titleIndex(corpus)
  const n = q.concepts.length
  const out = new Map<number, Float64Array>()
  for (let j = 0; j < n; j++) {
    const { alts, deniedIn } = q.concepts[j]
    for (const t of alts.keys()) {
      // A word that counts only where it is denied (see addDenied) is not said by a title.
      if (deniedIn?.has(t)) continue
      const pages = index.get(t)
      if (pages) {
        const w = alts.get(t)!
        for (const page of pages) {
          let tm = out.get(page)
          if (!tm) out.set(page, (tm = new Float64Array(n)))
          if (w > tm[j]) tm[j] = w
        }
      }
    }
  }
  for (const tm of out.values()) for (let j = 0; j < n; j++) tm[j] *= WEIGHTS.titleMatch
  return out
}

/** The pages with a heading that names one of `terms`. */
function pagesHeaded(corpus: Corpus, terms: string[]): Set<number> {
  const pages = new Set<number>()
  for (const t of terms) {
    const hits = searchHits(corpus.index, new Map([[t, 1]]), false)
    for (let i = 0; i < hits.ids.length; i++)
      if (hits.matchBits[hits.matchStart[i]] & FIELD_BIT.heading)
        pages.add(corpus.sectionDoc[corpus.sectionOf[hits.ids[i]]])
  }
  return pages
}

/**
 * A question that names an API as code ("app.head() handler is never called", "`notFound` on a
 * sub-app") is about the pages that give it a heading of its own: a first candidate on another
 * page keeps WEIGHTS.unheadedPage of its score, when some first candidate stands on such a page.
 * Elsewhere the reader's general words ("sub", "main", "prefix", "declare") weigh as much as the
 * API's name, and pages that only mention it in passing (the RPC guide, best practices) win.
 * Not when the API heads more than LIMITS.apiPages pages: then it says nothing of where to look.
 */
export function headedApis(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): Ranked[] {
  const { apis } = q
  if (!apis || !ranked.length) return ranked
  const pages = pagesHeaded(corpus, apis)
  if (!pages.size || pages.size > LIMITS.apiPages) return ranked
  const n = Math.min(ranked.length, LIMITS.apiCandidates)
  const pageOf = (r: Ranked) => corpus.sectionDoc[corpus.sectionOf[r.sentence]]
  // A section the question says by its heading is on a page that heads what is asked: "c.req.path"
  // takes "req" for its API (its rarest name, which the Context page heads), while HonoRequest's
  // "## path" is the section asked (see headingAsked).
  for (let i = 0; i < n; i++) if (ranked[i].headed) pages.add(pageOf(ranked[i]))
  let some = false
  for (let i = 0; i < n && !some; i++) some = pages.has(pageOf(ranked[i]))
  if (!some) return ranked
  const out = ranked.slice()
  for (let i = 0; i < n; i++)
    if (!pages.has(pageOf(out[i])))
      out[i] = { ...out[i], score: out[i].score * WEIGHTS.unheadedPage }
  resortHead(out, n)
  return out
}

/**
 * Words that ask how to go about a thing at all, not about a part of it: "use" of "How do I use
 * the timeout middleware?", "set up" of "how to set up cors", and the doing a reader names for
 * what a page's thing does ("read cookie hono", "create a logger middleware"): rare in most
 * docs, such a verb weighed more than the page's name and hid the page asked.
 */
const ASKS_AT_ALL = new Set([
  'use',
  'using',
  'usage',
  'setup',
  'set up',
  'set',
  'add',
  'enable',
  'implement',
  'configure',
  'read',
  'write',
  'create',
  'make',
  'access',
  'handle',
])

/**
 * Words that ask a thing's property, not which thing ("default", "minimum", "multiple": IMPLIED's
 * words that name the thing asked about): "the default `maxSize` of the Body Limit Middleware"
 * asks the section "### maxSize" for its default, and a heading never says "default".
 */
const OF_IT = new Set(IMPLIED.filter((x) => x.thing).map((x) => x.word))

/**
 * Least share of the weight of a question's words (frame words and ASKS_AT_ALL aside) that one
 * page's title must say for the question to ask about that page as a whole.
 */
const WHOLE_PAGE_SHARE = 0.85

/**
 * A question word that asks for a part of a thing, not how to go about it: "Where do I get
 * lsof?", "What does `pyenv doctor` check by default?", "attachment trauma comes from wat??".
 */
const ASKS_PART = /\b(?:what|wat|whats|which|who|whom|whose|where|when|why)\b/i

/**
 * "What is X?" and nothing else (the question's form read as definedTerm reads it: DEFINITION,
 * nothing after X but "and" another thing), in one to four words: "What is CORS?", "what's the
 * jwt middleware", "What is the testing helper and testClient?".
 */
function onlyDefines(text: string): boolean {
  const m = DEFINITION.exec(text.trim())
  if (m === null || (m[2] !== undefined && m[2].toLowerCase() !== 'and')) return false
  return words(`${m[1]} ${m[3] ?? ''}`).length <= 4
}

/** A clause that opens by asking whether: "Does Hono work on …?", "… ?? does it even work there". */
const ASKS_WHETHER =
  /(?:^|[.?!]\s*)\s*(?:does|do|did|is|are|was|were|can|could|will|would|should|has|have)\b/i

/**
 * The page a question asks about as a whole ("How do I use the bearer auth middleware?", "how to
 * set up cors in hono", "cookie example?"): of its words that say what it is about (frame words
 * such as "way" or "best", ASKS_AT_ALL, a word on nearly every page, the reader's own things
 * aside), one page's title, with at most one section heading the question says whole (that
 * section is then what it asks), says at least WHOLE_PAGE_SHARE of the weight, and more than any
 * other page's (see TITLED); the question says every word that sets the title apart (saysTitle).
 * Not a follow-up, nor a question of what a thing is (unless it asks only that, or is only the
 * thing's name) or causes, of a person, a number or a comparison, nor one asking what, which, where, when or why:
 * each has its own answer. Undefined for any other question.
 */
export function pageAsked(corpus: Corpus, q: AnalysedQuestion): PageAsked | undefined {
  // "What is CORS?", "what is the jwt middleware", or the term alone ("cors", "logger"; see
  // asTermAlone): asked only what a thing is, a page titled for it says so in its opening.
  const onlyWhatIs = q.defines !== undefined && (q.termAlone || onlyDefines(q.text))
  if (q.elliptical || (q.defines && !onlyWhatIs) || q.causes || q.expects) return
  if (q.compares || q.comparesOdds) return
  if ((ASKS_PART.test(q.text) && !onlyWhatIs) || q.concepts.some((c) => c.fromHistory)) return
  const matches = titleMatches(corpus, q)
  if (!matches.size) return
  const weight: number[] = []
  let total = 0
  for (const c of q.concepts) {
    const word = c.word.toLowerCase()
    const w =
      FRAME_WORDS.has(word) ||
      ASKS_AT_ALL.has(word) ||
      c.frame ||
      c.scope ||
      everywhere(corpus, c) ||
      readersOwn(q.text, word)
        ? 0
        : c.salience
    weight.push(w)
    total += w
  }
  if (total <= 0) return
  // The stems that stand well for each weighed concept (half its weight or more).
  const strong: Array<Set<string>> = q.concepts.map((c, j) => {
    const ts = new Set<string>()
    if (weight[j]) for (const t of c.alts.keys()) if (c.alts.get(t)! >= 0.5) ts.add(t)
    return ts
  })
  const index = titleIndex(corpus)
  let best: PageAsked | undefined
  let top = 0
  let second = 0
  for (const [page, tm] of matches) {
    if (!saysTitle(corpus, q, page) && !(q.termAlone && namesTitle(corpus, q, page))) continue
    const terms = titleTerms(corpus, page)
    const byTitle = tm.map((m, j) => {
      // A compound whose parts the title says apart: "bearer auth" of "Bearer Auth Middleware";
      // a word the title shortens: "authentication" of "Basic Auth Middleware".
      const c = q.concepts[j]
      // So is a name the reader's words join into whose other part is a doing asked of the
      // thing at all: "set a cookie", read as the documents' `setCookie`, asks the "Cookie
      // Helper" page as "how do I use cookies" would ("set" weighs nothing said alone).
      const whole =
        c.parts?.every((t) => index.get(t)?.includes(page) || ASKS_AT_ALL.has(t)) &&
        c.parts.some((t) => index.get(t)?.includes(page))
      const shortened = terms.some((t) => shortens(t, c))
      return whole || shortened ? 1 : m / WEIGHTS.titleMatch
    })
    let share = 0
    for (let j = 0; j < byTitle.length; j++) share += byTitle[j] * weight[j]
    // A section whose heading the question says whole is what it asks, with the page's title:
    // "How do I deploy to Cloudflare Workers?" asks its "4. Deploy", "How do I install Zod?" of a
    // page "Installing Zod" its "Installation" (not "Environment-dependent CORS configuration"
    // for "how to set up cors", nor a "Usage" for "How do I use …", a frame word).
    let asked: PageAsked = { page }
    for (const section of pageSections(corpus, page)) {
      if (!section.terms.every((t) => strong.some((ts) => ts.has(t)))) continue
      if (section.settings && !section.settings.some((t) => strong.some((ts) => ts.has(t))))
        continue
      let more = 0
      for (let j = 0; j < byTitle.length; j++)
        if (byTitle[j] < 1 && section.terms.some((t) => strong[j].has(t)))
          more += (1 - byTitle[j]) * weight[j]
      if (asked.section === undefined || more > asked.more!)
        asked = { page, section: section.first, more }
    }
    share = (share + (asked.more ?? 0)) / total
    if (share > top) [second, top, best] = [top, share, asked]
    else if (share > second) second = share
  }
  if (best === undefined || top < WHOLE_PAGE_SHARE || top - second < TITLED.lead) return
  return best
}

/** The page a question asks about (see pageAsked), and the section it names, if any. */
export interface PageAsked {
  /** Its place in data.docs. */
  page: number
  /** The first citable unit of the section whose heading the question says whole. */
  section?: number
  /** (The weight that heading adds to the title's, while the sections are compared.) */
  more?: number
}

/** A section of a page (see pageSections): its heading's index terms and its first citable unit. */
interface Section {
  terms: string[]
  first: number
  /** The heading as written. */
  heading: string
  /**
   * The terms of the headings it stands under, when one heads settings: "### `setCookie`" under
   * "## Options" lists setCookie's options, what "What options does setCookie take?" asks and
   * "How do I set a cookie?" does not. Such a section is said only with a word of those headings.
   */
  settings?: string[]
}

/**
 * The term of a heading that says only that the settings of what its sections name follow: "##
 * Options", "## Parameters" (not "## Path parameters", a thing of its own).
 */
const SETTINGS_HEADS = new Set(['option', 'paramet', 'argument'])

const sectionsOfPages = new WeakMap<Corpus, Map<number, Section[]>>()

/**
 * A page's sections (its title aside), by the page's place in data.docs: the index terms of each
 * heading (figures aside: "4. Deploy") and the first citable unit under it. Read per page when
 * first asked for: a question names a few pages, and reading a 10 MB corpus's every heading at
 * its first question took 0.1 s.
 */
function pageSections(corpus: Corpus, page: number): Section[] {
  let pages = sectionsOfPages.get(corpus)
  if (!pages) sectionsOfPages.set(corpus, (pages = new Map()))
  let found = pages.get(page)
  if (found) return found
  found = []
  const range = pagePassages(corpus)
  const underTitle = (headings: readonly string[]) => headings.length >= 2
  // The headings above a section are those of the sections before it: each is read once.
  const read = new Map<string, string[]>()
  const termsOf = (heading: string) => {
    let terms = read.get(heading)
    if (!terms) read.set(heading, (terms = indexTerms(heading)))
    return terms
  }
  if (range[2 * page] >= 0)
    for (const { headings, first } of sectionFirsts(
      corpus,
      underTitle,
      range[2 * page],
      range[2 * page + 1],
    )) {
      const heading = headingName(headings[headings.length - 1])
      const terms = termsOf(heading).filter((t) => !ALL_DIGITS.test(t))
      const under = headings.slice(1, -1).map(termsOf)
      const settings = under.some((ts) => ts.length === 1 && SETTINGS_HEADS.has(ts[0]))
        ? under.flat()
        : undefined
      if (terms.length) found.push({ terms, first, heading, settings })
      // A setting's heading also heads its name alone, as the one word the name joins (its parts
      // aside: "no" of noAuthenticationHeader is no word a question says).
      const typed = NAME_TYPED.exec(heading)
      if (typed) {
        const own = indexTerms(typed[1]).slice(0, 1)
        if (own.length) found.push({ terms: own, first, heading: typed[1], settings })
      }
      // A heading that names two things ("set() / get()", "`setCookie` & `setSignedCookie`")
      // heads each of them: read as each name too.
      const names = heading.split(NAMES_APART)
      if (names.length > 1)
        for (const name of names) {
          const own = indexTerms(name).filter((t) => !ALL_DIGITS.test(t))
          if (own.length) found.push({ terms: own, first, heading: name, settings })
        }
    }
  pages.set(page, found)
  return found
}

/**
 * A setting's heading, its name and its type ("hashFunction: Function", its badge's "(optional)"
 * already set aside by headingName, or a word before it): the name alone.
 */
const NAME_TYPED = /^(?:\p{L}+\s+)?([\p{L}_$][\p{L}\p{N}_$]*(?:\(\))?):\s+\S/u

/**
 * The concept's joined name, as the question writes it (an alternative at full weight), is a term
 * of page `page`: "trimTrailingSlash" of the "Trailing Slash Middleware" page.
 */
function writtenOnPage(corpus: Corpus, c: Concept, page: number): boolean {
  const { sentences } = corpus.data
  for (const [t, w] of c.alts)
    if (w === 1 && corpus.index.someWith(t, (s) => sentences.doc[s] === page)) return true
  return false
}

/** Some term of `terms` is written on page `page`. */
function writesAny(corpus: Corpus, terms: ReadonlySet<string>, page: number): boolean {
  const { sentences } = corpus.data
  for (const t of terms) if (corpus.index.someWith(t, (s) => sentences.doc[s] === page)) return true
  return false
}

/** What sets apart the names a heading lists: "set() / get()", "`setCookie` & `setSignedCookie`". */
const NAMES_APART = /\s+(?:\/|&)\s+/

const passagesOfPages = new WeakMap<Corpus, Int32Array>()

/**
 * Each page's first and last passage (by its place in data.docs: range[2d], range[2d + 1]; -1 for
 * a page without any), read in one pass of numbers.
 */
function pagePassages(corpus: Corpus): Int32Array {
  let range = passagesOfPages.get(corpus)
  if (range) return range
  const { sentences, passages } = corpus.data
  range = new Int32Array(corpus.data.docs.length * 2).fill(-1)
  for (let p = 0; p < passages.length; p++) {
    const doc = sentences.doc[passages.first[p]]
    if (range[2 * doc] < 0) range[2 * doc] = p
    range[2 * doc + 1] = p
  }
  passagesOfPages.set(corpus, range)
  return range
}

/**
 * The first sentence of page `page`'s opening (see pageOpening) when its title says the concept
 * whole: its word, or each of a compound's parts ("basic auth" of "Basic Auth Middleware"). What
 * a page about a thing says first is what the thing is ("This middleware can apply Basic
 * authentication to a specified path.").
 */
export function titledOpening(corpus: Corpus, page: number, c: Concept): number | undefined {
  if (!titleSaysWhole(corpus, page, c)) return undefined
  const opening = pageOpening(corpus, page)
  if (!opening) return undefined
  const { sentences, passages } = corpus.data
  // Its first sentence that says the concept, or a part of it ("For them we have to implement
  // CORS …", not the "There are many use cases of Cloudflare Workers …" before it), else its first.
  let first: number | undefined
  for (let i = passages.first[opening[0]]; i < passages.first[opening[1] + 1]; i++) {
    if (sentences.kind(i) !== 'sentence') continue
    if (sentenceSays(corpus, i, c, true)) return i
    first ??= i
  }
  return first
}

/** The title of page `page` says the concept whole: its word, or each of a compound's parts. */
export function titleSaysWhole(corpus: Corpus, page: number, c: Concept): boolean {
  const terms = titleTerms(corpus, page)
  return c.parts ? c.parts.every((t) => terms.includes(t)) : terms.some((t) => c.alts.get(t) === 1)
}

/**
 * The terms of the pages whose title is one word that English does not have ("vitest", "zod"),
 * read once a corpus: such a title is the page's name, however the reader types it (see
 * namesElsewhere in answerability.ts). A title English has ("Routing", "Testing", "Context") is
 * no name in small letters: "cors for all routes" is about CORS, not the routing page, and had
 * been declined on the CORS page for never saying "route".
 */
export function oneWordTitles(corpus: Corpus): ReadonlySet<string> {
  let terms = oneWordTitlesOf.get(corpus)
  if (!terms) {
    terms = new Set()
    const english = corpus.lexicon.english ?? ''
    for (let page = 0; page < corpus.data.docs.length; page++) {
      const title = titleTerms(corpus, page)
      if (title.length === 1 && !inEnglish(english, title[0])) terms.add(title[0])
    }
    oneWordTitlesOf.set(corpus, terms)
  }
  return terms
}

const oneWordTitlesOf = new WeakMap<Corpus, Set<string>>()

const titleTermsOf = new WeakMap<Corpus, Array<string[] | undefined>>()

/** The index terms of a page's title, once each (remembered per page). */
function titleTerms(corpus: Corpus, page: number): string[] {
  let pages = titleTermsOf.get(corpus)
  if (!pages) titleTermsOf.set(corpus, (pages = new Array(corpus.data.docs.length)))
  return (pages[page] ??= [...new Set(indexTerms(corpus.data.docs[page].title))])
}

/**
 * Whether the concept says the title's word `t`: itself or a close relative (half its weight or
 * more), as a part of a compound ("bearer" of bearerAuth), or as the start of the reader's word
 * that the title shortens ("Auth" of "authentication"; four letters or more).
 */
function saysTitleWord(c: Concept, t: string): boolean {
  return (c.alts.get(t) ?? 0) >= 0.5 || c.parts?.includes(t) === true || shortens(t, c)
}

/** The title's word `t` shortens the reader's: "auth" of "authentication" (four letters or more). */
const shortens = (t: string, c: Concept) =>
  t.length >= 4 && !c.name && c.word.length > t.length && stem(c.word.toLowerCase()).startsWith(t)

/**
 * Whether the question writes `word` as the reader's own ("to my routes", "my API routes", "our
 * responses"): where the asked thing goes, not what is asked of the pages.
 */
function readersOwn(text: string, word: string): boolean {
  const at = text.toLowerCase().indexOf(word)
  if (at < 0) return false
  return OWN_BEFORE.test(text.slice(Math.max(0, at - 24), at))
}

/** "my", "our", "my API ": up to two words between the possessive and the word. */
const OWN_BEFORE = /\b(?:my|our)\s+(?:[\w-]+\s+){0,2}$/i

/**
 * A term typed alone ("csrf", "node", "cloudflare") names the page whose title it opens, when no
 * other page's title has that word: the title's other words ("Protection", "Workers", ".js") need
 * not be said. Read as "What is csrf?", it had led with a note of the page ("In such environments,
 * use other CSRF token methods.") and "cloudflare" with the compress page's note on Workers.
 */
function namesTitle(corpus: Corpus, q: AnalysedQuestion, page: number): boolean {
  const first = titleTerms(corpus, page)[0]
  if (first === undefined || (titleIndex(corpus).get(first)?.length ?? 0) !== 1) return false
  return q.concepts.some((c) => !c.fromHistory && saysTitleWord(c, first))
}

/** A word in the titles of more pages than this says a kind of page ("Middleware", "Helper"). */
const TITLE_KIND_PAGES = 2

/**
 * Whether the question says every word that sets the page's title apart (those in the titles of
 * TITLE_KIND_PAGES pages at most), itself or by a close relative (half its weight or more), or as
 * a part of a compound: "How do I add a header?" does not name "Secure Headers Middleware", and
 * "How do I use JSX?" names the page "JSX", not "JSX Renderer Middleware".
 */
function saysTitle(corpus: Corpus, q: AnalysedQuestion, page: number): boolean {
  const index = titleIndex(corpus)
  for (const t of titleTerms(corpus, page)) {
    if ((index.get(t)?.length ?? 0) > TITLE_KIND_PAGES) continue
    if (!q.concepts.some((c) => saysTitleWord(c, t))) return false
  }
  return true
}

/**
 * Whether the concept's word is written on nearly every page (see onNearlyEveryPage): "Hono" of
 * "How do I use Hono with Bun?" names no page of Hono's docs.
 */
function everywhere(corpus: Corpus, c: Concept): boolean {
  const term = stem(c.word.toLowerCase())
  return c.alts.has(term) && onNearlyEveryPage(corpus, term)
}

/** At most this many passages open a page: the paragraphs before its first section. */
const OPENING_PASSAGES = 3

/** A unit of Markdown images alone, linked or not: a README's badges. */
const IMAGES_ONLY = /^(?:\s*\[?!\[[^\]]*\]\([^)]*\)(?:\]\([^)]*\))?)+\s*$/

const openings = new WeakMap<Corpus, Map<number, [number, number] | undefined>>()

/**
 * A page's opening (by its place in data.docs), as its first and last passage: from the one where
 * its first citable sentence stands, while under the page's title alone (what the page says it is
 * about, before its first section), OPENING_PASSAGES at most. None for a page that opens with a
 * section, and only the first for one that has no sections at all (an article, whose every
 * paragraph is under its title). Read per page when first asked for.
 */
function pageOpening(corpus: Corpus, page: number): [number, number] | undefined {
  let pages = openings.get(corpus)
  if (!pages) openings.set(corpus, (pages = new Map()))
  if (pages.has(page)) return pages.get(page)
  const { sentences, passages } = corpus.data
  const range = pagePassages(corpus)
  const [start, end] = [range[2 * page], range[2 * page + 1]]
  // (A heading path holds each heading after a NUL: the title alone has no second one.)
  const titleOnly = (p: number) => passages.headingPath(p).indexOf('\u0000', 1) < 0
  // (Not a README's row of badges: "[![Build Status](…)](…)" says nothing of the page.)
  const citable = (p: number) => {
    for (let i = passages.first[p]; i < passages.first[p + 1]; i++)
      if (sentences.kind(i) === 'sentence' && !IMAGES_ONLY.test(sentenceText(corpus, i)))
        return true
    return false
  }
  let sectioned = false
  for (let p = start; p >= 0 && p <= end && !sectioned; p++) sectioned = !titleOnly(p)
  let found: [number, number] | undefined
  let p = start
  while (p >= 0 && p <= end && !citable(p)) p++
  if (p >= 0 && p <= end && titleOnly(p)) {
    found = [p, p]
    while (sectioned && p + 1 <= end && titleOnly(p + 1) && p + 1 - found[0] < OPENING_PASSAGES)
      found[1] = ++p
  }
  pages.set(page, found)
  return found
}

/**
 * The opening passages (see pageOpening) of the page whose title is the term a "What is X?"
 * question asks about, word for word ("Context" for "what is the context"): a page named for a
 * thing opens by saying what it is. Undefined when no title, or more than one, is the term.
 */
export function openingOfTitled(
  corpus: Corpus,
  term: Array<Set<string>>,
): [number, number] | undefined {
  // (Only the pages whose title has a term of its first word, by the titles' index: a scan of
  // every page cost each such question as much as the corpus has pages.)
  const index = titleIndex(corpus)
  const seen = new Set<number>()
  let found: number | undefined
  for (const first of term[0] ?? [])
    for (const page of index.get(first) ?? []) {
      if (seen.has(page)) continue
      seen.add(page)
      const terms = titleTerms(corpus, page)
      if (terms.length !== term.length || !terms.every((t, k) => term[k].has(t))) continue
      if (found !== undefined) return undefined
      found = page
    }
  return found === undefined ? undefined : pageOpening(corpus, found)
}

/**
 * Asked about a page as a whole (see pageAsked), the answer is what the page opens with: "The
 * Timeout Middleware enables you to easily manage request timeouts in your application." for
 * "How do I use the timeout middleware?", where the sentences that share most of its words are a
 * page's notes and edge cases ("The timeout middleware cannot be used with stream …"), each
 * saying "use" and the title again. The best-ranked sentence of the page's opening paragraph (see
 * pageOpening) comes first, at the first candidate's score (the rest keep theirs, so the runners-
 * up are cited against the same bar, as for anchored).
 */
export function openingAsked(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): void {
  if (ranked.length < 2) return
  const asked = pageAsked(corpus, q)
  if (asked === undefined) return
  if (asked.section !== undefined) {
    // ("Does Hono work on Deno Deploy?" asks whether, which the section's first sentence, "Deno
    // Deploy is a serverless platform …", does not say.)
    if (!ASKS_WHETHER.test(q.text))
      lead(
        ranked,
        ranked.findIndex((r) => r.sentence === asked.section),
      )
    return
  }
  const opening = pageOpening(corpus, asked.page)
  if (!opening) return
  const [from, to] = opening
  const { sentences } = corpus.data
  // Of its sentences, the first of those that say most of the question in their own words:
  // "For them we have to implement CORS, …", not the "There are many use cases of Cloudflare
  // Workers …" before it, which says none of "how to set up cors" (see spanFor: the one brings
  // the other, as it points back).
  let at = -1
  for (let i = 0; i < ranked.length; i++) {
    const r = ranked[i]
    const p = sentences.passage[r.sentence]
    if (p < from || p > to || sentences.kind(r.sentence) !== 'sentence') continue
    // (Of those that say as much, the page's first: an opening goes from what the page is about
    // to its particulars. "basicAuth" is "This middleware can apply Basic authentication …",
    // not the "For more information about how the Basic auth scheme works …" after it, which
    // says "auth" as the question does.)
    if (
      r.said > 0 &&
      (at < 0 ||
        r.said > ranked[at].said ||
        (r.said === ranked[at].said && r.sentence < ranked[at].sentence))
    )
      at = i
  }
  lead(ranked, at)
}

/**
 * Brings ranked[at] first, at the first candidate's score (the rest keep theirs, so that the
 * runners-up are cited against the same bar, as for anchored), marked as an opening.
 */
function lead(ranked: Ranked[], at: number): void {
  if (at < 0) return
  // (First already, it is still the opening asked for: cited as one, held to the same bar.)
  if (at === 0) {
    ranked[0].opening = true
    return
  }
  const [r] = ranked.splice(at, 1)
  if (r.score < ranked[0].score) r.score = ranked[0].score
  r.opening = true
  ranked.unshift(r)
}

/**
 * The sentences (first and last) of the opening of the page `sentence` opens (see
 * pageOpening), or undefined when it opens none.
 */
export function openingAround(corpus: Corpus, sentence: number): [number, number] | undefined {
  const { sentences, passages } = corpus.data
  const opening = pageOpening(corpus, sentences.doc[sentence])
  const p = sentences.passage[sentence]
  if (!opening || p < opening[0] || p > opening[1]) return undefined
  return [passages.first[opening[0]], passages.first[opening[1] + 1] - 1]
}

/**
 * A question that says what a section's heading says, and little else ("optional parameters?",
 * "routing priority", "How do I read a header from the request?" under Routing's "## Optional
 * Parameter", "## Routing priority", HonoRequest's "## header()") asks what that section says
 * first: its first citable unit gains WEIGHTS.namedSection, as a quoted name's section does (see
 * namedSection). Words cannot tell it: such a section often shows only code or a line ("Get the
 * request header value."), and other pages write the same words in passing ("an optional
 * `PrintFunc` function as a parameter", "You can append the headers to the request."). A heading
 * is said when each of its words is one of the question's own concepts (its stem, as typed or
 * corrected, or a part of a word it joins), and those concepts hold LIMITS.headingShare of the
 * question's weight; a heading of one word only with a word of its page's title, as a member
 * written on the object its section writes it on ("c.req.path"), or whole with the documents'
 * subject ("pyenv shell"). The documents' own subject ("pyenv" of "Uninstalling pyenv") is no
 * word of a heading here otherwise, and a heading that says another page's whole title names that
 * page, whose opening page-asked.ts finds. Not "And on Deno?": that asks the last question again.
 * Not when more than LIMITS.namedSections sections are so named: then the heading places nothing.
 */
export function headingAsked(corpus: Corpus, q: AnalysedQuestion, ranked: Ranked[]): void {
  if (q.elliptical || !ranked.length) return
  const own = titleAsks(
    q,
    q.concepts.filter((c) => !c.fromHistory),
  )
  if (!own.length || own.length > LIMITS.headingWords) return
  // (A doing asked of the thing at all, "read" of "How do I read a header …?", weighs nothing.)
  // (Nor does the documents' own subject, "pyenv" of "pyenv shell command": no heading is said
  // with it, and it says nothing of which section is asked.)
  // A question of the subject's words alone ("pyenv install": both on nearly every page of
  // pyenv's docs) is weighed by them all: only a heading it says whole can place it.
  // (A doing written as a member, "c.set", is a name: the Context's "## set() / get()".)
  const chains = memberChains(q.text)
  const members = new Set(chains.map((m) => m.slice(m.lastIndexOf('.') + 1).toLowerCase()))
  // (Nor does what is asked of a setting, "default" of "the default `maxSize` of …": see OF_IT.)
  const atAll = (c: Concept) =>
    (ASKS_AT_ALL.has(c.word) && !members.has(c.word)) || OF_IT.has(c.word) || c.scope === true
  const subjectOnly = own.every((c) => atAll(c) || everywhere(corpus, c))
  const total = own.reduce(
    (n, c) => n + (atAll(c) || (!subjectOnly && everywhere(corpus, c)) ? 0 : c.salience),
    0,
  )
  if (total <= 0) return
  // The stems the question says: a concept's own (as typed or as corrected), and the parts of a
  // word it joins ("base path", read as the documents' `basePath`).
  const said = new Map<string, Concept>()
  for (const c of own) {
    for (const [t, w] of c.alts) if (w === 1 && !said.has(t)) said.set(t, c)
    for (const t of c.parts ?? []) if (!said.has(t)) said.set(t, c)
  }
  // The stems the last question lent, which may say the page a heading stands on.
  const lent = new Set<string>()
  for (const c of q.concepts)
    if (c.fromHistory) for (const [t, w] of c.alts) if (w === 1) lent.add(t)
  // A follow-up that points back ("what about signed ones?") asks of what they were about.
  const pointing = lent.size > 0 && pointsBack(q.text)
  // The sections of the first candidates: a heading the question says makes its section's
  // sentences match (a heading is a field of each), so its section is among them. (Read per
  // question, not as an index of every heading made ahead: at 10 MB of text that cost 180 ms.)
  // The question's index terms and words in order, read once (see hasRun).
  let askedTerms: string[] | undefined
  let askedWords: string[] | undefined
  const firsts: number[] = []
  const asTyped = new Set<number>()
  const seen = new Set<number>()
  const n = Math.min(ranked.length, LIMITS.headingCandidates)
  for (let i = 0; i < n; i++) {
    const { sentence } = ranked[i]
    const section = corpus.sectionOf[sentence]
    // A label over code ("Get payload:") heads what follows it as a heading would, though it
    // shares its section with others (read before the section is passed over as seen).
    if (
      isLabel(corpus, sentence) &&
      !firsts.includes(sentence) &&
      labelSaid(corpus, sentence, corpus.sectionDoc[section], said, lent, total, atAll)
    ) {
      firsts.push(sentence)
      if (firsts.length > LIMITS.namedSections) return
    }
    if (seen.has(section)) continue
    seen.add(section)
    // The section as pageAsked reads its page's (its heading's terms, its first unit).
    const page = corpus.sectionDoc[section]
    // (Each reading of the section's heading: "set() / get()" is read whole and as each name.)
    for (const heading of pageSections(corpus, page)) {
      if (
        corpus.sectionOf[heading.first] !== section ||
        heading.terms.length > LIMITS.headingWords + 1 ||
        firsts.includes(heading.first)
      )
        continue
      // Each word of the heading said, the documents' own subject ("pyenv" of "Uninstalling
      // pyenv") aside, which says nothing of which section is asked. (Read first of the words
      // the question does not say: most headings it meets have one, and are passed over so.)
      if (heading.terms.some((x) => !said.has(x) && !onNearlyEveryPage(corpus, x))) continue
      // Said word for word, subject and all ("pyenv install" of "## `pyenv install`"), a heading is
      // said whole; else its words on nearly every page say nothing of which section is asked.
      const saidWhole =
        heading.terms.length >= 2 && hasRun((askedTerms ??= indexTerms(q.text)), heading.terms)
      const stems = [...new Set(heading.terms)].filter(
        (x) => (saidWhole && subjectOnly) || !onNearlyEveryPage(corpus, x),
      )
      if (!stems.length) continue
      const { first } = heading
      // (Unless the question writes the setting's joined name whole, `maxSize`, which no how-to
      // question says in passing as "set a cookie" says "domain".)
      if (
        heading.settings &&
        !heading.settings.some((t) => said.has(t)) &&
        !stems.every((t) => said.get(t)?.parts !== undefined && said.get(t)!.alts.get(t) === 1)
      )
        continue
      const headWords = new Set(stems)
      // A heading of one word ("header()") is said only with a word of its page's title ("… from
      // the request" of "HonoRequest"), or on a page the conversation is about ("what about
      // grouping?" after a question on routing): alone it names what many questions ask in passing.
      if (stems.length < 2) {
        const title = titleTerms(corpus, page).find(
          (x) => !headWords.has(x) && (said.has(x) || lent.has(x)) && !onNearlyEveryPage(corpus, x),
        )
        // (A title word said is added with the others below.)
        if (title === undefined) {
          // Or written on the object the section writes it on: "c.req.path" is HonoRequest's
          // "## path" (whose code reads `c.req.path`), "what is c.event" the Context's "## event".
          // Or said whole with the documents' subject: "pyenv shell" of "## `pyenv shell`".
          const chain = chainWritten(corpus, chains, stems[0], first)
          // In a follow-up that points back ("what about signed ones?" after "how do I set a
          // cookie"), a call's heading of a page that never writes what the last question asked
          // about is not asked: "## `sign()`" of the JWT helper had taken the place of the
          // cookie helper's "### Signed cookies". (A new question after it, "how do I
          // redirect?", is asked anew.)
          if (chain === undefined && !saidWhole && pointing && !writesAny(corpus, lent, page))
            continue
          if (chain !== undefined) {
            for (const part of chain) if (said.has(part)) headWords.add(part)
          } else if (!saidWhole && !callAlone(heading, own, said.get(stems[0])!, total)) {
            const byLine = callAndLine(corpus, heading, own, said.get(stems[0])!, total, atAll)
            if (!byLine) continue
            for (const [t, x] of said) if (byLine.includes(x)) headWords.add(t)
          }
        }
      }
      // A heading is read under its page, and under the settings heading it stands in: what the
      // question says of the page's title and of that heading ("Options") is said of it too, as
      // "the `hashFunction` option of the Basic Auth Middleware" says "### hashFunction".
      for (const x of titleTerms(corpus, page))
        if (said.has(x) && !onNearlyEveryPage(corpus, x)) headWords.add(x)
      for (const x of heading.settings ?? []) if (said.has(x)) headWords.add(x)
      const saying = new Set([...headWords].map((x) => said.get(x)!))
      // A joined word is said whole: "raw" of "## raw" is a part of `cloneRawRequest()`, not it.
      const whole = (c: Concept) =>
        !c.parts ||
        [...headWords].some((x) => c.alts.get(x) === 1) ||
        c.parts.every((x) => headWords.has(x) || titleTerms(corpus, page).includes(x)) ||
        // Or a name the page writes, none of whose parts is the heading's: "`trimTrailingSlash`"
        // is said of "### alwaysRedirect" on its page, the title saying only "Trailing Slash".
        (!c.parts.some((x) => stems.includes(x)) && writtenOnPage(corpus, c, page))
      if ([...saying].some((c) => !whole(c))) continue
      let weight = 0
      for (const c of saying) weight += c.salience
      if (weight < LIMITS.headingShare * total) continue
      // A heading that says another page's title names that page ("With JSX Renderer Middleware"
      // in the JSX guide): "What is the JSX renderer middleware for?" asks that page's opening.
      if (namesOtherPage(corpus, stems, page)) continue
      firsts.push(first)
      // (Written as the heading writes it: "pyenv version", not "pyenv versions".)
      askedWords ??= words(q.text).map(plain)
      if (hasRun(askedWords, words(heading.heading).map(plain))) asTyped.add(first)
      // Past LIMITS.namedSections sections the heading places nothing: no need to read on.
      if (firsts.length > LIMITS.namedSections) return
    }
  }
  if (!firsts.length) return
  // Brought to the first place, a unit takes the best's score (and a hair more, each in the
  // order it ranked) rather than all the bonus: the bonus says which part of the documents is
  // asked, not that the unit answers better, so the runners-up are cited against the same bar
  // as before ("How do I install Zod?" keeps the tip on strict mode its installation section
  // goes on to). (Last of the ranking's bonuses, so none after it undoes so narrow a lead.)
  // A heading the question writes word for word, as written ("pyenv version" of "## `pyenv
  // version`", beside "## `pyenv versions`", one stem apart), goes before the others.
  const top = ranked[0].score
  let last = -1
  let lifted = firsts.length
  for (let i = 0; i < ranked.length; i++)
    if (firsts.includes(ranked[i].sentence)) {
      const lead = lifted-- + (asTyped.has(ranked[i].sentence) ? firsts.length : 0)
      ranked[i].score = Math.min(ranked[i].score + WEIGHTS.namedSection, top + TIE_BREAK * lead)
      ranked[i].headed = true
      last = i
    }
  if (last >= 0) resortHead(ranked, last + 1)
}

/**
 * Of a report whose title line asks ("What exactly is Context get/set ?", then a story of what
 * the docs say and "Is it global state? Session based?"), the concepts the title says: a heading
 * is said by what the report asks, its story only tells why (its words had made the question too
 * long for any heading). Other questions, or a title that says none of them, keep all `own`.
 */
function titleAsks(q: AnalysedQuestion, own: Concept[]): Concept[] {
  if (own.length <= LIMITS.headingWords) return own
  const parts = focus(q.text)
  if (!parts.story.length || !q.text.trimStart().startsWith(parts.ask.trim())) return own
  const asked = new Set(parts.asking)
  const inAsk = own.filter((c) => asked.has(c.word.toLowerCase()))
  return inAsk.length ? inAsk : own
}

/**
 * "how do i redirect", "how to read a header": a heading that names a call ("## redirect()",
 * "## header()") is said by a question of one or two words whose one weighed word is its name
 * (the doing asked of it at all, "read", weighs nothing): the reader asks of that API, whose
 * section says it first ("Redirect, default status code is `302`."). A heading of one plain word
 * ("cookie", an option) still needs a word of its page's title: a short question names such a
 * thing in passing ("how do I read a cookie" asks the Cookie Helper, not the JWT option).
 */
function callAlone(heading: Section, own: Concept[], c: Concept, total: number): boolean {
  return (
    own.length <= LIMITS.callHeadingWords &&
    c.salience >= total &&
    CALL_HEADING.test(heading.heading)
  )
}

/**
 * "how do I read query params": a call's heading ("## query()") with the line its section opens on
 * ("Get querystring parameters.") says what a short question asks when, the doing asked of it at
 * all aside, the call's name and the words that line says are all it says. Each such word counts
 * once more towards LIMITS.callHeadingWords. The concepts the line says, or none when it does not
 * say the rest. (Before, the RPC guide's "You can customize how query parameters are serialized
 * …" led.)
 */
function callAndLine(
  corpus: Corpus,
  heading: Section,
  own: Concept[],
  c: Concept,
  total: number,
  atAll: (c: Concept) => boolean,
): Concept[] | undefined {
  if (!CALL_HEADING.test(heading.heading)) return undefined
  let left = total - c.salience
  const byLine: Concept[] = []
  for (const x of own)
    if (x !== c && !atAll(x) && sentenceSays(corpus, heading.first, x)) {
      left -= x.salience
      byLine.push(x)
    }
  return byLine.length > 0 && own.length <= LIMITS.callHeadingWords + byLine.length && left <= 1e-9
    ? byLine
    : undefined
}

/** A heading that names one call: "header()", "`redirect()`". */
const CALL_HEADING = /^\s*`?[\w$]+\(\)`?\s*$/

/**
 * A label: a unit of a few words that ends in a colon and says nothing more ("Get payload:",
 * "Multiple origins:", "Custom settings:"), over the code or list it names. Documentation writes
 * such a line where a section would be too much, and it heads what follows as a heading does;
 * alone it is too short to lead by its words (its form weighs it down: see formFactor).
 */
const LABEL = /^[^.:!?\n]{2,60}:$/

/** Whether a unit is a label (see LABEL), remembered per unit. */
export const isLabel = (corpus: Corpus, sentence: number) =>
  sentenceIs(corpus, corpus.memo.label, sentence, (text) => LABEL.test(text.trim()))

/**
 * Words a label writes for what follows rather than its subject: "Example:" labels code on any
 * subject, and "For example:" or "Usage:" name none either.
 */
const LABEL_FILLERS = new Set(['exampl', 'usag', 'instanc'])

/**
 * Whether the question says a label (see isLabel) on page `page`, by the rules of a heading (see
 * headingAsked): each of its words the question's own, and with the words of the page's title it
 * says (a label is read under its page: "Get payload:" of "JWT Auth Middleware" for "How do I get
 * the payload in the JWT middleware?"), LIMITS.headingShare of the question's weight. A label of
 * one word also needs a word of its page's title said or lent, as a heading of one does.
 */
function labelSaid(
  corpus: Corpus,
  sentence: number,
  page: number,
  said: Map<string, Concept>,
  lent: Set<string>,
  total: number,
  /** Whether a concept asks of a thing at all, weighing nothing (see headingAsked). */
  atAll: (c: Concept) => boolean,
): boolean {
  const terms = indexTerms(sentenceText(corpus, sentence)).filter(
    (t) => !ALL_DIGITS.test(t) && !LABEL_FILLERS.has(t) && !onNearlyEveryPage(corpus, t),
  )
  const stems = [...new Set(terms)]
  if (!stems.length || stems.length > LIMITS.headingWords || stems.some((t) => !said.has(t)))
    return false
  // (The title of the only page tells no part of the documents apart: "lsof with gcc" does not
  // ask "For gcc:", one of the warnings lsof's FAQ quotes for each compiler.)
  const title =
    corpus.data.docs.length > 1
      ? titleTerms(corpus, page).filter((t) => !onNearlyEveryPage(corpus, t))
      : []
  const words = new Set(stems)
  for (const t of title) if (said.has(t)) words.add(t)
  if (stems.length < 2 && words.size < 2 && !title.some((t) => lent.has(t))) return false
  let weight = 0
  for (const c of new Set([...words].map((t) => said.get(t)!))) if (!atAll(c)) weight += c.salience
  return weight >= LIMITS.headingShare * total
}

/** What a unit brought to the first place scores above the one it passes (see headingAsked). */
const TIE_BREAK = 1e-6

/**
 * Whether a heading's stems say the whole title of a page other than `page` (the documents' own
 * subject aside): "With JSX Renderer Middleware" says "JSX Renderer Middleware"; "header()" says
 * none of "Secure Headers Middleware".
 */
function namesOtherPage(corpus: Corpus, stems: string[], page: number): boolean {
  const index = titleIndex(corpus)
  // (The pages of its rarest stem: such a page's title has every one of them.)
  let pages: number[] | undefined
  for (const t of stems) {
    const list = index.get(t)
    if (!list) return false
    if (!pages || list.length < pages.length) pages = list
  }
  for (const p of pages ?? []) {
    if (p === page) continue
    const title = titleTerms(corpus, p).filter((t) => !onNearlyEveryPage(corpus, t))
    if (title.length && title.every((t) => stems.includes(t))) return true
  }
  return false
}

/** Members written on an object, as code writes them: "c.req.path", "app.route", "c.event". */
const MEMBER_CHAIN = /\b[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+/g

/** The chains of members a question writes ("c.req.path", "c.set"), as written. */
function memberChains(question: string): string[] {
  return question.includes('.') ? [...question.matchAll(MEMBER_CHAIN)].map((m) => m[0]) : []
}

/**
 * The stems of the chain of members the question writes (`chains`, see memberChains) ending on
 * `member` ("c.req.path" for "path"), when the section of unit `first` writes that chain too (in
 * its code, most often); undefined otherwise.
 */
function chainWritten(
  corpus: Corpus,
  chains: string[],
  member: string,
  first: number,
): string[] | undefined {
  for (const chain of chains) {
    const parts = chain.split('.')
    if (stem(parts[parts.length - 1].toLowerCase()) !== member) continue
    if (sectionText(corpus, first).includes(chain)) return parts.map((x) => stem(x.toLowerCase()))
  }
  return undefined
}

/** The text of the section of unit `first`, code and all, from its first unit to its last. */
function sectionText(corpus: Corpus, first: number): string {
  const { sectionOf } = corpus
  const { sentences } = corpus.data
  const section = sectionOf[first]
  let lo = first
  let hi = first
  while (lo > 0 && sectionOf[lo - 1] === section) lo--
  while (hi + 1 < sectionOf.length && sectionOf[hi + 1] === section) hi++
  return corpus.data.docs[corpus.sectionDoc[section]].text.slice(
    sentences.start[lo],
    sentences.end[hi],
  )
}
