import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { answerQuestion } from '../src/core/answer.ts'
import { loadCorpus } from '../src/core/corpus.ts'
import { ingest } from '../src/core/ingest.ts'
import {
  buildIndex,
  MAX_RESULTS,
  searchTerms,
  searchTermsReference,
} from '../src/core/search-index.ts'
import { stem } from '../src/core/terms.ts'
import devSet from './fixtures/dev.json' with { type: 'json' }
import { defaultCorpus } from './support/corpus.ts'

describe('search index', () => {
  it('indexes stems, so another form of a word finds the sentence', () => {
    const index = buildIndex([
      { id: 0, text: 'Partners rebuilding trust', heading: '', context: '' },
      { id: 1, text: 'Unrelated words', heading: '', context: '' },
    ])
    const hits = searchTerms(index, new Map([['rebuild', 1]]))
    expect(hits.map((h) => h.id)).toEqual([0])
  })

  it('weights a match in the sentence above a match in its context', () => {
    const index = buildIndex([
      { id: 0, text: 'nothing here', heading: '', context: 'therapy helps' },
      { id: 1, text: 'therapy helps', heading: '', context: 'nothing here' },
    ])
    expect(searchTerms(index, new Map([['therapi', 1]]))[0].id).toBe(1)
  })

  it('a reloaded index answers every dev question exactly like the freshly built one', async () => {
    const { prebuilt, corpus } = await defaultCorpus()
    const reloaded = loadCorpus(JSON.parse(JSON.stringify(prebuilt)))
    for (const q of devSet.questions) {
      expect(answerQuestion(reloaded, q.question)).toEqual(answerQuestion(corpus, q.question))
    }
  })

  it('its precomputed postings give exactly the results, scores and order of MiniSearch search', async () => {
    const { corpus } = await defaultCorpus()
    const words = corpus.data.vocabulary.map(([w]) => stem(w))
    const term = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom('let down', 'absent', 'trust issu'),
    )
    const query = fc.uniqueArray(fc.tuple(term, fc.constantFrom(1, 0.9, 0.7, 0.4, 0.72)), {
      minLength: 1,
      maxLength: 14,
      selector: ([t]) => t,
    })
    fc.assert(
      fc.property(query, (pairs) => {
        const weights = new Map(pairs)
        expect(searchTerms(corpus.index, weights)).toEqual(
          searchTermsReference(corpus.index, weights),
        )
      }),
      { numRuns: 300 },
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
    const index = buildIndex(records)
    const weights = new Map([
      ['trust', 1],
      ['repair', 0.7],
      ['therapi', 0.5],
      ['partner', 0.4],
    ])
    const reference = searchTermsReference(index, weights)
    expect(reference.length).toBeGreaterThan(MAX_RESULTS)
    expect(searchTerms(index, weights)).toEqual(reference.slice(0, MAX_RESULTS))
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
