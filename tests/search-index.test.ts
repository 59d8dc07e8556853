import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { answerQuestion } from '../src/core/answer.ts'
import { loadCorpus } from '../src/core/corpus.ts'
import { indexGroups, ingest, type PrebuiltIndex } from '../src/core/ingest.ts'
import { buildIndex } from '../src/core/index-build.ts'
import {
  loadIndex,
  MAX_RESULTS,
  searchTerms,
  type IndexGroup,
  narrow,
} from '../src/core/search-index.ts'
import { referenceIndex, searchTermsReference } from '../src/core/search-reference.ts'
import { stem } from '../src/core/terms.ts'
import devSet from './fixtures/dev.json' with { type: 'json' }
import { defaultCorpus } from './support/corpus.ts'

/** One passage per sentence, with the given heading and text around it. */
const single = (records: Array<{ id: number; text: string; heading: string; context: string }>) =>
  records.map((r): IndexGroup => ({
    heading: r.heading,
    around: [r.context],
    sentences: [{ id: r.id, text: r.text }],
  }))
const indexOf = (groups: IndexGroup[]) => loadIndex(buildIndex(groups))
const groupsOf = (p: PrebuiltIndex) => indexGroups(p.docs, p.sentences, p.passages)

/** Random queries over a corpus's own stems, with phrases and words it does not have. */
const queriesOver = (p: PrebuiltIndex) => {
  const stems = p.vocabulary.words.list().map((w) => stem(w))
  const term = fc.oneof(
    fc.constantFrom(...stems),
    fc.constantFrom('let down', 'absent', 'trust issu'),
  )
  return fc.uniqueArray(fc.tuple(term, fc.constantFrom(1, 0.9, 0.7, 0.4, 0.72)), {
    minLength: 1,
    maxLength: 14,
    selector: ([t]) => t,
  })
}

describe('search index', () => {
  it('indexes stems, so another form of a word finds the sentence', () => {
    const index = indexOf(
      single([
        { id: 0, text: 'Partners rebuilding trust', heading: '', context: '' },
        { id: 1, text: 'Unrelated words', heading: '', context: '' },
      ]),
    )
    const hits = searchTerms(index, new Map([['rebuild', 1]]))
    expect(hits.map((h) => h.id)).toEqual([0])
  })

  it('weights a match in the sentence above a match in its context', () => {
    const index = indexOf(
      single([
        { id: 0, text: 'nothing here', heading: '', context: 'therapy helps' },
        { id: 1, text: 'therapy helps', heading: '', context: 'nothing here' },
      ]),
    )
    expect(searchTerms(index, new Map([['therapi', 1]]))[0].id).toBe(1)
  })

  it('a reloaded index answers every dev question exactly like the freshly built one', async () => {
    const { prebuilt, corpus } = await defaultCorpus()
    const reloaded = loadCorpus(JSON.parse(JSON.stringify(prebuilt)))
    for (const q of devSet.questions) {
      expect(answerQuestion(reloaded, q.question)).toEqual(answerQuestion(corpus, q.question))
    }
  })

  it('gives exactly the results, scores and order of MiniSearch over the same sentences', async () => {
    const { prebuilt, corpus } = await defaultCorpus()
    const reference = referenceIndex(groupsOf(prebuilt))
    fc.assert(
      fc.property(queriesOver(prebuilt), (pairs) => {
        const weights = new Map(pairs)
        expect(searchTerms(corpus.index, weights)).toEqual(searchTermsReference(reference, weights))
      }),
      { numRuns: 300 },
    )
  })

  it("a sentence's context is the rest of its passage: its own words are not counted twice", () => {
    const groups: IndexGroup[] = [
      {
        heading: 'Cookies',
        around: ['How do I read a cookie?', 'getCookie(c, "name")'],
        sentences: [
          { id: 3, text: 'Use getCookie to read a cookie, and cookie again.' },
          { id: 4, text: 'Signed cookies need a secret.' },
          { id: 5, text: 'Nothing about that here.' },
        ],
      },
      { heading: 'Other', around: [], sentences: [{ id: 9, text: 'A cookie alone.' }] },
      { heading: 'Cookies', around: [''], sentences: [] },
    ]
    const index = indexOf(groups)
    const reference = referenceIndex(groups)
    for (const terms of [
      ['cooki'],
      ['cooki', 'secret'],
      ['read', 'name', 'nothing'],
      ['getcooki'],
    ]) {
      const weights = new Map(terms.map((t) => [t, 1]))
      const results = searchTerms(index, weights)
      expect(results.length).toBeGreaterThan(0)
      expect(results).toEqual(searchTermsReference(reference, weights))
    }
  })

  it('reading each document once gives the index that reading every passage anew gives', async () => {
    const { readCorpus } = await import('../src/node/read-corpus.ts')
    for (const dir of ['corpus', '../shared/corpora/hono-docs']) {
      const { files } = await readCorpus(new URL(`../${dir}`, import.meta.url).pathname)
      const prebuilt = ingest(files)
      expect(JSON.stringify(prebuilt.search)).toBe(JSON.stringify(buildIndex(groupsOf(prebuilt))))
    }
  })

  it('the JSON form answers exactly like the index built in process', async () => {
    const { prebuilt, corpus } = await defaultCorpus()
    const shipped = loadIndex(JSON.parse(JSON.stringify(prebuilt.search)))
    fc.assert(
      fc.property(queriesOver(prebuilt), (pairs) => {
        const weights = new Map(pairs)
        expect(searchTerms(shipped, weights)).toEqual(searchTerms(corpus.index, weights))
      }),
      { numRuns: 100 },
    )
  })

  it('returns at most MAX_RESULTS results: exactly the first ones MiniSearch returns', () => {
    const vocabulary = ['trust', 'repair', 'therapy', 'anxious', 'partner', 'secure', 'avoid']
    const records = Array.from({ length: MAX_RESULTS + 700 }, (_, id) => ({
      id,
      text: vocabulary.filter((_, j) => (id * (j + 3)) % (j + 2) === 0).join(' ') || 'none',
      heading: '',
      context: vocabulary[id % vocabulary.length],
    }))
    const index = indexOf(single(records))
    const weights = new Map([
      ['trust', 1],
      ['repair', 0.7],
      ['therapi', 0.5],
      ['partner', 0.4],
    ])
    const reference = searchTermsReference(referenceIndex(single(records)), weights)
    expect(reference.length).toBeGreaterThan(MAX_RESULTS)
    expect(searchTerms(index, weights)).toEqual(reference.slice(0, MAX_RESULTS))
  })

  it('tells whether any sentence with a term passes a test, past the MAX_RESULTS a search keeps', () => {
    // Every sentence says "trust", the last one least (once, among many words): it ranks last.
    // Only it sits in a passage whose heading says "repair".
    const records = Array.from({ length: MAX_RESULTS + 300 }, (_, id) => ({
      id,
      text: id === MAX_RESULTS + 299 ? 'trust among a great many other words here' : 'trust trust',
      heading: id === MAX_RESULTS + 299 ? 'repair' : '',
      context: '',
    }))
    const index = indexOf(single(records))
    const last = MAX_RESULTS + 299
    expect(searchTerms(index, new Map([['trust', 1]])).some((m) => m.id === last)).toBe(false)
    expect(index.someWith('trust', (s) => s === last)).toBe(true)
    expect(index.someWith('repair', (s) => s === last)).toBe(true)
    expect(index.someWith('repair', (s) => s !== last)).toBe(false)
    expect(index.someWith('absent', () => true)).toBe(false)
  })

  it('refuses a prebuilt index of another format, saying how to rebuild it', async () => {
    const { prebuilt } = await defaultCorpus()
    const stale = { ...JSON.parse(JSON.stringify(prebuilt)), format: 1 }
    expect(() => loadCorpus(stale)).toThrow(/format 1.*npm run build/)
  })

  it('skips unusable files with a reason and keeps the rest', () => {
    const built = ingest([
      { path: 'good.md', content: 'A real sentence about trust.' },
      { path: 'empty.md', content: '   ' },
      { path: 'binary.txt', content: 'abc\u0000def' },
    ])
    expect(built.docs.map((d) => d.id)).toEqual(['good'])
    expect(built.skipped).toEqual([
      { path: 'binary.txt', reason: 'binary content (NUL bytes)' },
      { path: 'empty.md', reason: 'empty' },
    ])
  })
})

describe('narrow arrays', () => {
  it('hold every number in the fewest bytes that fit them all, the same numbers', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })), (xs) => {
        const small = narrow(xs)
        expect(Array.from(small)).toEqual(xs)
        const max = Math.max(0, ...xs)
        const bytes = Math.min(...xs, 0) < 0 || max > 0xffff ? 4 : max > 0xff ? 2 : 1
        expect(small.BYTES_PER_ELEMENT).toBe(bytes)
      }),
    )
    expect(narrow([0, 255]).BYTES_PER_ELEMENT).toBe(1)
    expect(narrow([256]).BYTES_PER_ELEMENT).toBe(2)
    expect(narrow([65_536]).BYTES_PER_ELEMENT).toBe(4)
  })
})
