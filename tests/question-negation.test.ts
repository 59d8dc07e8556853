import { describe, expect, it } from 'vitest'
import { loadCorpus } from '../src/core/corpus.ts'
import { ingest } from '../src/core/ingest.ts'
import { sentenceText } from '../src/core/reading-text.ts'
import { deniesIn, negatedAt } from '../src/core/question-negation.ts'
import { loadWordnet } from '../src/node/build-corpus.ts'

describe('negation and denial', () => {
  it('finds a negation at most two words before a word', () => {
    const ws = ['i', "can't", 'feel', 'safe'].map((w) => w.replace("'", ''))
    expect(negatedAt(ws, 3)).toBe(true)
    expect(negatedAt(['i', 'feel', 'safe', 'now'], 2)).toBe(false)
    expect(negatedAt(['not', 'that', 'i', 'feel', 'safe'], 4)).toBe(false)
  })

  it('tells a sentence that denies a word from one that only uses it', async () => {
    const corpus = loadCorpus(
      ingest(
        [
          {
            path: 'page.md',
            content:
              '# Notes\n\nThey grew up with a lack of experience with stable relationships.\n\nA stable home helps children.',
          },
        ],
        { wordnet: await loadWordnet() },
      ),
    )
    const starting = (start: string) => {
      for (let id = 0; id < corpus.size; id++)
        if (sentenceText(corpus, id).startsWith(start)) return id
      throw new Error(`no sentence starts with ${start}`)
    }
    const [first, second] = [starting('They grew'), starting('A stable')]
    expect(deniesIn(corpus, first, 'stabl')).toBe(true)
    expect(deniesIn(corpus, second, 'stabl')).toBe(false)
  })
})
