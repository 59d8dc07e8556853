// A question typed as a chat message is read as if spelled out: text-speak, a digit for "to" or
// "for", contractions without their apostrophe, a question typed on without a mark.
import { describe, expect, it } from 'vitest'
import { spelledAsMeant, spelledHistory } from '../src/core/chat-typing.ts'
import { answerQuestion } from '../src/core/answer.ts'
import { defaultCorpus } from './support/corpus.ts'

describe('a question typed as a chat message', () => {
  it('spells out text-speak and contractions typed without their apostrophe', () => {
    expect(spelledAsMeant('wat r the signs, i dont know y')).toBe(
      "what are the signs, i don't know why",
    )
    expect(spelledAsMeant('and wat happens when its missing')).toBe(
      "and what happens when it's missing",
    )
    // "its" before a thing it may own stays a possessive.
    expect(spelledAsMeant('does the middleware read its options')).toBe(
      'does the middleware read its options',
    )
  })

  it('reads a "2" or a "4" as "to" or "for" only where no number is meant', () => {
    expect(spelledAsMeant('according 2 the article')).toBe('according to the article')
    expect(spelledAsMeant('how 2 set a timeout, is there a helper 4 me')).toBe(
      'how to set a timeout, is there a helper for me',
    )
    expect(spelledAsMeant('i have 2 kids and 4 years of this')).toBe(
      'i have 2 kids and 4 years of this',
    )
    expect(spelledAsMeant('deploy hono 2 azure functions, give me 2 examples')).toBe(
      'deploy hono to azure functions, give me 2 examples',
    )
    expect(spelledAsMeant('version 2 or 3, set it 2 true')).toBe('version 2 or 3, set it to true')
  })

  it('asks "the diff" as the difference, and sets a question typed on apart', () => {
    expect(spelledAsMeant('cbt vs exposure therapy whats the diff')).toBe(
      "cbt vs exposure therapy, what's the difference",
    )
    expect(spelledAsMeant('git shows the diff')).toBe('git shows the diff')
  })

  it('leaves code as typed, and the names of its code in its prose', () => {
    expect(spelledAsMeant('why does `const r = x` fail, u know y')).toBe(
      'why does `const r = x` fail, you know why',
    )
    expect(spelledAsMeant('const r = await app.request(u)\nwat is r')).toBe(
      'const r = await app.request(u)\nwhat is r',
    )
    // A question without any chat word is the same string.
    const plain = 'What is attachment trauma?'
    expect(spelledAsMeant(plain)).toBe(plain)
  })

  it('reads "dose" where an auxiliary stands as "does", and leaves a dose a dose', () => {
    expect(spelledAsMeant('Dose it work with streaming too?')).toBe(
      'Does it work with streaming too?',
    )
    expect(spelledAsMeant('Waht dose trust mean?')).toBe('Waht does trust mean?')
    expect(spelledAsMeant('what skills dose that cover?')).toBe('what skills does that cover?')
    expect(spelledAsMeant('the header dose not get set')).toBe('the header does not get set')
    for (const dose of [
      'What dose of sertraline is safe?',
      'Which dose is right for me?',
      'is a daily dose the answer?',
      'why does `dose` come back empty?',
    ])
      expect(spelledAsMeant(dose)).toBe(dose)
  })

  it("spells out the reader's earlier questions, not the answers", () => {
    const history = [
      { role: 'user' as const, content: 'wat is cbt' },
      { role: 'assistant' as const, content: 'u r' },
    ]
    expect(spelledHistory(history)).toEqual([
      { role: 'user', content: 'what is cbt' },
      { role: 'assistant', content: 'u r' },
    ])
    const none = [{ role: 'user' as const, content: 'What is CBT?' }]
    expect(spelledHistory(none)).toBe(none)
  })

  it('answers as the question spelled out is answered', async () => {
    const c = (await defaultCorpus()).corpus
    for (const [typed, spelled] of [
      [
        'wat is trust in an intimate relationship, according 2 the article',
        'what is trust in an intimate relationship, according to the article',
      ],
      ['and wat happens when its missing', "and what happens when it's missing"],
    ]) {
      const a = answerQuestion(c, typed)
      const b = answerQuestion(c, spelled)
      expect(a.citations.map((x) => x.text)).toEqual(b.citations.map((x) => x.text))
    }
    // Read as typed, "2" and "its" were words of their own: another sentence led.
    expect(answerQuestion(c, 'and wat happens when its missing').citations[0].text).toMatch(
      /^Without trust/,
    )
  })
})
