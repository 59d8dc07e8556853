// A message that asks two or three things at once is answered question by question: each gets its
// own best citation, where the message read whole matched neither.
import { describe, expect, it } from 'vitest'
import { askedParts, joinedAnswers } from '../src/core/question-parts.ts'
import { answerQuestion } from '../src/core/answer.ts'
import type { Answer, Citation } from '../src/core/types.ts'
import { defaultCorpus } from './support/corpus.ts'

const cite = (docId: string, start: number, end: number): Citation => ({
  id: 0,
  docId,
  title: docId,
  text: 'x'.repeat(end - start),
  start,
  end,
  score: 1,
  version: 'v',
})
const answer = (...citations: Citation[]): Answer => ({ found: true, answer: '', citations })

describe('the questions of a message', () => {
  it('are its sentences that ask, or questions joined by "and how", "and what" …', () => {
    expect(askedParts('What is CBT? What is exposure therapy?')).toEqual([
      'What is CBT?',
      'What is exposure therapy?',
    ])
    expect(askedParts('how do I set a cookie and how do I read it?')).toEqual([
      'how do I set a cookie?',
      'how do I read it?',
    ])
    // One joined by "and" is asked in the same breath, not after the first (see answerQuestion).
    expect(askedParts('Why do people cheat? And how can we rebuild trust?')).toEqual([
      'Why do people cheat?',
      'how can we rebuild trust?',
    ])
    // A chat message may leave off its last question mark.
    expect(askedParts('what is cbt? what is exposure therapy')).toEqual([
      'what is cbt?',
      'what is exposure therapy',
    ])
  })

  it('are one question when the rest is no question of its own', () => {
    // A fragment, an elliptical "what about …", one question: nothing to split.
    expect(askedParts('who do i talk to, my mates? a shrink? both?')).toEqual([])
    expect(askedParts('what about signed ones? do they need await?')).toEqual([])
    expect(askedParts('How do I rebuild trust after betrayal?')).toEqual([])
    // A report with lines or code is read around its one question (see focus).
    expect(askedParts('Why 404?\nHow do I route `/a`? What is wrong?')).toEqual([])
    expect(askedParts(`${'I tried this and that. '.repeat(12)}Why? How?`)).toEqual([])
  })

  it('are cited best first, in turn, then their runners-up, never the same text twice', () => {
    const joined = joinedAnswers(
      [
        answer(cite('a', 0, 10), cite('a', 20, 30)),
        answer(cite('b', 0, 10), cite('a', 25, 40), cite('b', 50, 60)),
      ],
      3,
    )
    expect(joined.citations.map((c) => [c.docId, c.start, c.id])).toEqual([
      ['a', 0, 1],
      ['b', 0, 2],
      ['a', 20, 3],
    ])
    expect(joined.answer).toBe(joined.citations.map((c) => `${c.text} [${c.id}]`).join(' '))
  })
})

describe('a message that asks two things', () => {
  it('cites an answer to each, not a sentence that shares a word with both', async () => {
    const { corpus } = await defaultCorpus()
    const texts = answerQuestion(corpus, 'What is CBT? What is exposure therapy?').citations.map(
      (c) => c.text,
    )
    expect(texts.some((t) => t.startsWith('Cognitive behavioral therapy (CBT) focuses'))).toBe(true)
    expect(texts.some((t) => t.startsWith('Exposure therapy involves gradual confrontation'))).toBe(
      true,
    )
  })

  it('answers a second question joined by "And …" of its own subject, not of the first', async () => {
    const { corpus } = await defaultCorpus()
    const texts = answerQuestion(
      corpus,
      'What is social skills training? And how does exposure therapy work?',
    ).citations.map((c) => c.text)
    expect(texts[0]).toMatch(/^Social skills training teaches/)
    expect(texts[1]).toMatch(/^Exposure therapy involves/)
  })

  it('leans a second question that points back on the first ("What is X? How does it help?")', async () => {
    const { corpus } = await defaultCorpus()
    const a = answerQuestion(corpus, 'What is social skills training? And how does it help?')
    // "it" is social skills training: the sentence on how the interventions help names it.
    expect(a.citations[0].text).toMatch(/help[\s\S]*social skills training/)
    expect(a.citations.some((c) => c.text.startsWith('Social skills training teaches'))).toBe(true)
  })

  it('abstains when the message read whole does (one of its questions the documents never answer)', async () => {
    const { corpus } = await defaultCorpus()
    const a = answerQuestion(corpus, 'What is CBT? What medication helps?')
    expect(a.found).toBe(false)
    expect(a.missing).toContain('medication')
  })
})
