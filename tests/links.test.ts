import { describe, expect, it } from 'vitest'
import { definitionQuestion } from '../src/core/suggest.ts'
import { answerParts, withoutOffer } from '../views/answer-parts.ts'
import { documentPath, textFragmentUrl } from '../views/links.ts'

describe('textFragmentUrl', () => {
  it('quotes a short citation whole, with "-", "," and "&" encoded', () => {
    expect(textFragmentUrl('https://example.org/a?x=1#top', 'Trust-building, step & step.')).toBe(
      'https://example.org/a?x=1#:~:text=Trust%2Dbuilding%2C%20step%20%26%20step.',
    )
  })

  it('quotes a long citation by its first and last words', () => {
    const quote = 'one two three four five six seven eight nine ten'
    expect(textFragmentUrl('http://example.org/', quote)).toBe(
      'http://example.org/#:~:text=one%20two%20three%20four,seven%20eight%20nine%20ten',
    )
  })

  it('makes no link from a source that is not http(s)', () => {
    expect(textFragmentUrl('javascript:alert(1)', 'x')).toBeUndefined()
    expect(textFragmentUrl('data:text/html,<b>x</b>', 'x')).toBeUndefined()
    expect(textFragmentUrl('not a url', 'x')).toBeUndefined()
  })
})

describe('documentPath', () => {
  it('keeps the folder separators of an id and encodes each segment', () => {
    expect(documentPath('guides/a b#c')).toBe('/documents/guides/a%20b%23c')
  })
})

describe('answerParts', () => {
  it('splits an answer at its markers and keeps every other character', () => {
    const answer = 'First sentence. [1] Second one [x]. [2]'
    const parts = answerParts(answer)
    expect(parts).toEqual([
      { text: 'First sentence.' },
      { marker: 1 },
      { text: ' Second one [x].' },
      { marker: 2 },
    ])
  })

  it('splits a found answer at its citations, so brackets in cited code are no markers', () => {
    const citations = [
      { id: 1, text: 'Import it:' },
      { id: 2, text: '```ts\nconst first = args[0]\n```' },
    ]
    const answer = 'Import it: [1] ```ts\nconst first = args[0]\n``` [2]'
    expect(answerParts(answer, citations)).toEqual([
      { text: 'Import it:', cite: 1 },
      { marker: 1 },
      { text: ' ' },
      { text: '```ts\nconst first = args[0]\n```', cite: 2 },
      { marker: 2 },
    ])
    // An answer of another shape is split at its markers.
    expect(answerParts('Use `cors()` here. [1]', [{ id: 1, text: 'Other.' }])).toEqual([
      { text: 'Use `cors()` here.' },
      { marker: 1 },
    ])
  })

  it('drops only the abstention’s own "You could ask" tail', () => {
    expect(withoutOffer('The documents do not answer this. You could ask: “A?”')).toBe(
      'The documents do not answer this.',
    )
    expect(withoutOffer('No offer here.')).toBe('No offer here.')
  })
})

describe('definitionQuestion', () => {
  it('asks what a defined subject is', () => {
    expect(definitionQuestion('Exposure therapy involves gradual confrontation.')).toBe(
      'What is exposure therapy?',
    )
    expect(definitionQuestion('Cognitive behavioral therapy (CBT) focuses on thoughts.')).toBe(
      'What is cognitive behavioral therapy?',
    )
  })

  it('keeps the capitals of a name the document never writes in lower case', () => {
    const text = 'Deno Deploy is a platform. Use Deno Deploy to serve it.'
    expect(definitionQuestion('Deno Deploy is a platform.', text)).toBe('What is Deno Deploy?')
    expect(definitionQuestion('Hono is a framework.', 'Hono is a framework.')).toBe('What is Hono?')
    expect(definitionQuestion('Trust is essentially a belief.', 'Trust is … your trust')).toBe(
      'What is trust?',
    )
  })

  it('ignores sentences whose subject points elsewhere or that define nothing', () => {
    expect(definitionQuestion('This is especially true.')).toBeUndefined()
    expect(definitionQuestion('Rebuilding trust after betrayal is never easy.')).toBeUndefined()
    expect(definitionQuestion('There are many interventions.')).toBeUndefined()
  })
})
