// A corpus remembers what each reader's word means to it (Corpus.memo.words): a question's answer
// must not depend on which questions came before it, nor on where a word stands in its question.
import { describe, expect, it } from 'vitest'
import { answerQuestion } from '../src/core/answer.ts'
import { analyse } from '../src/core/retrieve.ts'
import { buildFromFolder } from '../src/node/build-corpus.ts'
import { CORPUS_DIR } from './support/corpus.ts'

// Words misspelt twice over ("cregives") each spend one of a question's few look-ups two edits
// away (LIMITS.relatedLookups): in the first question "callengs" finds none left, asked alone it
// is read as "challenges".
const QUESTIONS = [
  'cregives dficis eperiencs callengs',
  'callengs',
  'What is attachment trauma?',
  'How does brokn trust afect self-worth?',
  'atachment trama',
]

describe('remembered word readings', () => {
  it('give the same answers in any order as a corpus that has read nothing', async () => {
    const seen = (await buildFromFolder(CORPUS_DIR)).corpus
    const inOrder = QUESTIONS.map((q) => answerQuestion(seen, q))
    const again = QUESTIONS.map((q) => answerQuestion(seen, q))
    expect(again).toEqual(inOrder)
    for (const [i, q] of [...QUESTIONS.entries()].reverse()) {
      const fresh = (await buildFromFolder(CORPUS_DIR)).corpus
      expect(answerQuestion(fresh, q)).toEqual(inOrder[i])
    }
  })

  it('hand out concepts of their own, which analyse may adjust without touching the memo', async () => {
    const { corpus } = await buildFromFolder(CORPUS_DIR)
    const first = analyse(corpus, 'attachment trauma')
    first.concepts[0].alts.set('anything', 1)
    first.concepts[0].salience = 99
    const second = analyse(corpus, 'attachment trauma')
    expect(second.concepts[0].alts.has('anything')).toBe(false)
    expect(second.concepts[0].salience).not.toBe(99)
  })
})
