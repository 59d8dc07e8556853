// A prebuilt index made ready to answer: the search index reloaded, the typo index and lookup
// tables built once at start, never on a request.

import { Recent } from './bounded-memo.ts'
import { INDEX_FORMAT, type PrebuiltIndex } from './ingest.ts'
import { TypoIndex, Vocabulary, type LexiconTables } from './lexicon.ts'
import { PackedTable, PrefixTable } from './packed-table.ts'
import { loadIndex, searchHits, type SentenceIndex } from './search-index.ts'
import type { Read } from './retrieve.ts'
import type { SourceDoc } from './types.ts'
import { PassageTable, SentenceTable } from './unit-tables.ts'
import type { SentenceTerms } from './sentence-form.ts'
import type { DocQuestions } from './rank-bonuses.ts'
import type { NameForm } from './question-concepts.ts'

export interface Corpus {
  data: PrebuiltIndex
  docs: Map<string, SourceDoc>
  index: SentenceIndex
  typos: TypoIndex
  /** The lexicon's tables, ready to look up. */
  lexicon: LexiconTables
  person: Set<string>
  /** Number of indexed (citable) sentences. */
  size: number
  /** IDF of a term never seen in the corpus: the largest any term can have. */
  maxIdf: number
  /** Section (one heading's run of text in one document) of each sentence. */
  sectionOf: Int32Array
  /** Document (its place in data.docs) of each section. */
  sectionDoc: Int32Array
  /**
   * Facts about a sentence that ranking asks again and again, worked out on first use rather than
   * at start (a worker's cold start stays short): the stems of its opening words, and whether it
   * holds a number, names a person, or names someone by name (1 yes, 0 no, -1 not yet known).
   */
  memo: {
    /**
     * By sentence, only for those ranking has read (a list as long as the corpus cost 8 bytes a
     * sentence at start), as numbers of `leadTerms`.
     */
    lead: Map<number, Int32Array>
    /**
     * The stems met among those opening words, numbered in the order met: a candidate's opening
     * is read as numbers, and each of a question's terms looked up once, not each candidate's
     * stems in a map of the question's terms.
     */
    leadTerms: Map<string, number>
    /** The stems of what a sentence opens by defining ("Trust" of "Trust is essentially …"); [] if none. */
    defined: Map<number, string[]>
    /** The stems a sentence names instances of ("feelings" of "feelings of shame"; see kindBonus). */
    instances: Map<number, string[]>
    number: Int8Array
    /** Whether a sentence states a quantity, not only a version (see statesQuantity in sentence-form.ts). */
    quantity: Int8Array
    person: Int8Array
    name: Int8Array
    /** A sentence's form: plain, terse or a signpost (see formFactor in sentence-form.ts). */
    form: Int8Array
    /** Whether a sentence stands in a warning, note or tip of its page (see inAside in sentence-form.ts). */
    aside: Int8Array
    /** Whether a sentence opens by saying what a thing is (see statesWhatItIs in rank-bonuses.ts). */
    whatItIs: Int8Array
    /** Whether a sentence sums up what a thing offers (see isOverview in rank-bonuses.ts). */
    overview: Int8Array
    /** Whether a sentence tells its reader what they can do (see offersWay in rank-bonuses.ts). */
    way: Int8Array
    /** Whether each sentence says not doing a thing (see stopBonus). */
    notDoing: Int8Array
    /** Whether a sentence lists instances ("such as …", "for example"; see showsBonus). */
    listsInstances: Int8Array
    /** Whether a sentence opens by sending the reader elsewhere (see pointsElsewhere in rank-bonuses.ts). */
    pointer: Int8Array
    /** Whether a sentence says what happens when a setting is left out (see statesLeftOut in sentence-form.ts). */
    leftOut: Int8Array
    /** Whether a sentence states what does not work (see statesUnworking in rank-bonuses.ts). */
    unworking: Int8Array
    /**
     * The index terms and content stems of a sentence's own text (see SentenceTerms in
     * sentence-form.ts).
     */
    terms: Map<number, SentenceTerms>
    /** The bare forms of the words a sentence denies (see deniedForms in question-negation.ts). */
    denied: Map<number, Set<string>>
    /**
     * What a reader's word means to these documents (its stem or correction, expansions, salience;
     * see conceptFor in question-concepts.ts), by word: readers use the same few thousand words again and
     * again, and working one out (typo look-ups, WordNet neighbours) cost up to 50 µs a word.
     * Each word's readings, one per term, look-up budget and name flag it was read with (see
     * conceptFor). At most WORD_MEMO words, all dropped at once when it fills.
     */
    words: Map<string, WordReading[]>
    /** Whether the documents name a middleware (helper …) of two words (see unnamedKind in expected-answer.ts). */
    kinds: Map<string, boolean>
    /** Whether the documents write a word of letters and digits apart (see writtenApart in code-names.ts). */
    apart: Map<string, boolean>
    /**
     * Whether the documents write a name joined by a dot or hyphens whole, a function called
     * (under its name and "("), parts in order (under the parts and spaces), a word as a noun or
     * done to a thing ("noun:", "done:"): see scannedOnce in code-names.ts.
     */
    written: Map<string, boolean>
    /** Whether the documents write a word only capitalised, by word (see writtenOnlyAsName in code-names.ts). */
    onlyNamed: Map<string, boolean>
    /**
     * The last few questions asked, each read into concepts (and, once ranked, its ranking), by
     * its text, with the question it leaned on (see askAgain in retrieve.ts): a follow-up reads
     * the question before it again. Read only; at most ASKED_MEMO, the oldest dropped first.
     */
    asked: Recent<string, Read>
    /** The terms of the names a sentence writes as `inline code`, by sentence (see codeNames in code-names.ts). */
    code: Map<number, string[]>
    /** Whether a sentence is all quotation (see isQuotesOnly in sentence-form.ts). */
    quotesOnly: Int8Array
    /** Whether a sentence leans on the one before it (see leansBack in answer.ts). */
    leansBack: Int8Array
    /** Whether a sentence introduces what follows it (see introduces in sentence-form.ts). */
    introduces: Int8Array
    /** Whether a unit is a label over what follows it (see isLabel in page-asked.ts). */
    label: Int8Array
    /**
     * What an abstention says the documents cover (their titles, topics to ask about): the same
     * text every time, written once (see whatTheyCover in answer.ts).
     */
    covers?: string
    /**
     * Each section's heading, lower-cased → the first citable unit of each section it heads (see
     * namedSection in rank-bonuses.ts).
     */
    heads?: Map<string, number[]>
    /** The parts of each word the documents write in camelCase, by the word (see writtenParts). */
    joined?: Map<string, readonly string[]>
    /** The documents' own question lines and the answers after them (see askedInDocs in rank-bonuses.ts). */
    faq?: DocQuestions
    /** The stems of each page's headings (title and sections'), by docId (see headingsOf in answerability.ts). */
    headingStems?: Map<string, Set<string>>
  }
}

/** A word's reading, whatever its weight in the question (see conceptFor in question-concepts.ts). */
export interface WordReading {
  /**
   * What it was read for: the term, the look-ups it could spend (see conceptFor), a name or not
   * and in which form (see NameForm).
   */
  term: string
  budget: number
  name: NameForm
  salience: number
  alts: ReadonlyMap<string, number>
  known: boolean
  mentioned: boolean
  /** The two words a run-together word stands for ("querystring"), if it is one. */
  parts?: readonly string[]
  /** Look-ups one edit away (LIMITS.relatedLookups) that reading it took. */
  spent: number
  /** The documents' word a typo was corrected into, as they write it (see withFunctionWordsSpelled). */
  respelled?: string
}

export function loadCorpus(shipped: PrebuiltIndex): Corpus {
  if (shipped.format !== INDEX_FORMAT)
    throw new Error(
      `the prebuilt index has format ${String(shipped.format)}, this version reads ${INDEX_FORMAT}: rebuild it with npm run build`,
    )
  const data = withTables(shipped)
  const { sentences, passages } = data
  const index = loadIndex(data.search)
  const size = index.documentCount
  const sectionOf = new Int32Array(sentences.length)
  const sections = new Map<string, number>()
  const docOfSection: number[] = []
  // Passage by passage (a passage's sentences are consecutive and share its section).
  for (let passage = 0; passage < passages.length; passage++) {
    const first = passages.first[passage]
    // Under a document's title alone there are no sections: its paragraphs stand for them.
    // (Its heading path, each heading after a NUL: more than one when a second NUL follows.)
    const headings = passages.headingPath(passage)
    const key =
      headings.indexOf('\u0000', 1) > 0 ? `${sentences.docId(first)}${headings}` : `p${passage}`
    let id = sections.get(key)
    if (id === undefined) {
      sections.set(key, (id = sections.size))
      docOfSection.push(sentences.doc[first])
    }
    sectionOf.fill(id, first, passages.first[passage + 1])
  }
  return {
    data,
    docs: new Map(data.docs.map((d) => [d.id, d])),
    index,
    typos: new TypoIndex(data.vocabulary),
    lexicon: {
      expand: new PrefixTable(data.lexicon.expand),
      frequency: new PackedTable(data.lexicon.frequency),
      names: data.lexicon.names ? new PackedTable(data.lexicon.names) : undefined,
      senses: data.lexicon.senses ? new PackedTable(data.lexicon.senses) : undefined,
      english: data.lexicon.english,
    },
    person: new Set(data.lexicon.person),
    size,
    maxIdf: Math.log(1 + Math.max(size, 1) / 0.5),
    sectionOf,
    sectionDoc: Int32Array.from(docOfSection),
    memo: {
      lead: new Map(),
      leadTerms: new Map(),
      defined: new Map(),
      instances: new Map(),
      number: new Int8Array(data.sentences.length).fill(-1),
      quantity: new Int8Array(data.sentences.length).fill(-1),
      person: new Int8Array(data.sentences.length).fill(-1),
      name: new Int8Array(data.sentences.length).fill(-1),
      form: new Int8Array(data.sentences.length).fill(-1),
      aside: new Int8Array(data.sentences.length).fill(-1),
      whatItIs: new Int8Array(data.sentences.length).fill(-1),
      overview: new Int8Array(data.sentences.length).fill(-1),
      way: new Int8Array(data.sentences.length).fill(-1),
      notDoing: new Int8Array(data.sentences.length).fill(-1),
      listsInstances: new Int8Array(data.sentences.length).fill(-1),
      pointer: new Int8Array(data.sentences.length).fill(-1),
      leftOut: new Int8Array(data.sentences.length).fill(-1),
      unworking: new Int8Array(data.sentences.length).fill(-1),
      terms: new Map(),
      denied: new Map(),
      words: new Map(),
      kinds: new Map(),
      apart: new Map(),
      written: new Map(),
      onlyNamed: new Map(),
      asked: new Recent(ASKED_MEMO),
      code: new Map(),
      quotesOnly: new Int8Array(data.sentences.length).fill(-1),
      leansBack: new Int8Array(data.sentences.length).fill(-1),
      introduces: new Int8Array(data.sentences.length).fill(-1),
      label: new Int8Array(data.sentences.length).fill(-1),
    },
  }
}

/**
 * The parts the documents split `word` (lower-cased) into where they write it in camelCase
 * ("on", "error" of their `onError`), or undefined when they seldom do (see onlyJoined in
 * ingest.ts). A reader who types a name of theirs in small letters or capitals ("app.onerror",
 * "STREAMSSE") names the same thing as one who types it as they do, and its parts count as they
 * would. The table is made on first use.
 */
export function writtenParts(corpus: Corpus, word: string): readonly string[] | undefined {
  let joined = corpus.memo.joined
  if (!joined) {
    joined = new Map()
    for (const entry of corpus.data.joined) {
      const [whole, ...parts] = entry.split(' ')
      joined.set(whole, parts)
    }
    corpus.memo.joined = joined
  }
  return joined.get(word)
}

/**
 * The index with its units, passages and vocabulary as tables: as built, itself; as shipped (JSON,
 * or sent to another thread), with the tables made again from their columns.
 */
function withTables(data: PrebuiltIndex): PrebuiltIndex {
  if (
    data.sentences instanceof SentenceTable &&
    data.passages instanceof PassageTable &&
    data.vocabulary instanceof Vocabulary
  )
    return data
  const docIds = data.docs.map((d) => d.id)
  return {
    ...data,
    sentences: SentenceTable.from(data.sentences, docIds),
    passages: PassageTable.from(data.passages),
    vocabulary: Vocabulary.from(data.vocabulary),
  }
}

/**
 * Most questions a corpus remembers the reading of: a follow-up reads the question just before
 * it, so a few conversations at once. (32 cost more than 8: what a memo holds is copied by each
 * young-generation collection it lives through.)
 */
const ASKED_MEMO = 8

/** Inverse document frequency of a stem over the corpus's sentences. */
export function idf(corpus: Corpus, term: string): number {
  const df = corpus.index.frequency(term)
  return Math.log(1 + corpus.size / (df + 0.5))
}

/**
 * A term written on this share of the pages or more, of EVERYWHERE.pages or more, says nothing of
 * which one is asked: "Hono" on all 37 of Hono's pages, "pyenv" on pyenv's 7 (but "list" on 4 of
 * them names a command).
 */
const EVERYWHERE = { share: 0.9, pages: 4 }

const spread = new WeakMap<Corpus, Map<number, Map<string, boolean>>>()

/**
 * Whether the index term is written on nearly every page (see EVERYWHERE): the documents' own
 * subject, which tells none of them apart.
 */
export const onNearlyEveryPage = (corpus: Corpus, term: string): boolean =>
  onShareOfPages(corpus, term, EVERYWHERE.share, EVERYWHERE.pages)

/**
 * Whether the index term is written on `share` of the corpus's pages or more, in a corpus of
 * `fewest` pages or more. (Remembered per corpus, share and term: only terms the corpus has are
 * looked up, so each memo is bounded by its vocabulary.)
 */
export function onShareOfPages(
  corpus: Corpus,
  term: string,
  share: number,
  fewest: number,
): boolean {
  const pages = corpus.data.docs.length
  if (pages < fewest || !mentions(corpus, term)) return false
  let byShare = spread.get(corpus)
  if (!byShare) spread.set(corpus, (byShare = new Map()))
  let known = byShare.get(share)
  if (!known) byShare.set(share, (known = new Map()))
  let wide = known.get(term)
  if (wide === undefined) {
    // A phrase is searched for as its words (see SentenceIndex.search): the pages it is on are
    // the ones its search finds.
    if (term.includes(' ')) {
      const hits = searchHits(corpus.index, new Map([[term, 1]]), false)
      const seen = new Set<number>()
      for (let i = 0; i < hits.ids.length; i++)
        seen.add(corpus.sectionDoc[corpus.sectionOf[hits.ids[i]]])
      wide = seen.size >= share * pages
    } else {
      // A word's pages are read off its postings, each once, until enough are found; a word
      // with fewer postings than that is on fewer pages, and none is read. (A search for it
      // scored every sentence with it and kept only the best MAX_RESULTS: at 10 MB of text,
      // these searches were a sixth of a new question's time, and past ~1,100 pages its cap
      // alone kept any word from counting as on nearly every page.)
      const enough = share * pages
      if (corpus.index.postings(term) < enough) wide = false
      else {
        const seen = new Uint8Array(pages)
        let found = 0
        wide = corpus.index.someWith(term, (sentence) => {
          const page = corpus.sectionDoc[corpus.sectionOf[sentence]]
          if (!seen[page]) {
            seen[page] = 1
            found++
          }
          return found >= enough
        })
      }
    }
    known.set(term, wide)
  }
  return wide
}

/** The exact text of a span of a document. */
export function spanText(corpus: Corpus, docId: string, start: number, end: number): string {
  return corpus.docs.get(docId)!.text.slice(start, end)
}

/** Whether the corpus has a term: in a sentence, a heading or a code sample. */
export const mentions = (corpus: Corpus, term: string) => corpus.index.frequency(term) > 0
