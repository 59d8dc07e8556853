import { describe, expect, it } from 'vitest'
import { loadCorpus } from '../src/core/corpus.ts'
import { ingest } from '../src/core/ingest.ts'
import { definedBy, defines } from '../src/core/sentence-defines.ts'
import { sentenceText } from '../src/core/reading-text.ts'
import { stem } from '../src/core/terms.ts'
import { loadWordnet } from '../src/node/build-corpus.ts'

const corpusOf = async (content: string) =>
  loadCorpus(ingest([{ path: 'page.md', content }], { wordnet: await loadWordnet() }))

/** The id of the sentence that starts with `start`. */
function sentenceStarting(corpus: Awaited<ReturnType<typeof corpusOf>>, start: string): number {
  for (let id = 0; id < corpus.size; id++) if (sentenceText(corpus, id).startsWith(start)) return id
  throw new Error(`no sentence starts with ${start}`)
}

describe('which term a document sentence defines', () => {
  it('reads the term before a defining verb, past articles and a parenthesis', async () => {
    const corpus = await corpusOf(
      '# Notes\n\nExposure therapy (ET) involves gradual confrontation of feared situations.\n\nTrust is essentially the belief that your partner will be there.\n\nHono is available on many runtimes.',
    )
    expect(definedBy(corpus, sentenceStarting(corpus, 'Exposure'))).toEqual([
      stem('exposure'),
      stem('therapy'),
    ])
    expect(definedBy(corpus, sentenceStarting(corpus, 'Trust'))).toEqual([stem('trust')])
    // "is" before a plain adjective opens no definition.
    expect(definedBy(corpus, sentenceStarting(corpus, 'Hono'))).toEqual([])
  })

  it('reads a term set apart in quotes, and one named at the end', async () => {
    const corpus = await corpusOf(
      '# Notes\n\n"Middleware" is executed before and after the Handler.\n\nThe values that are bound to a worker are known as bindings.',
    )
    expect(definedBy(corpus, sentenceStarting(corpus, '"Middleware"'))).toEqual([
      stem('middleware'),
    ])
    expect(definedBy(corpus, sentenceStarting(corpus, 'The values'))).toEqual([stem('bindings')])
  })

  it('matches the term in any order of its words and allows a word for its sort after it', async () => {
    const corpus = await corpusOf('# Notes\n\nThe RPC feature allows sharing of the API types.')
    const id = sentenceStarting(corpus, 'The RPC')
    expect(defines(corpus, id, [new Set([stem('rpc')])])).toBe(true)
    expect(defines(corpus, id, [new Set([stem('feature')])])).toBe(false)
    expect(defines(corpus, id, [new Set([stem('api')])])).toBe(false)
  })
})
