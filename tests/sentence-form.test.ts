// A sentence's form as the ranking weighs it: whether it says three words of prose outside code.
// saysEnough reads it without running the code pattern over every sentence; it must say what the
// pattern says (saysEnoughByPattern), for any text.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sentenceText } from '../src/core/reading-text.ts'
import { saysEnough, saysEnoughByPattern } from '../src/core/sentence-form.ts'
import { honoCorpus } from './support/corpus.ts'

describe('whether a sentence says three words of prose outside code', () => {
  it('counts the words outside inline code, calls and dotted names', () => {
    expect(saysEnough('maxAge: `number`')).toBe(false)
    expect(saysEnough('See c.req.header() and app.notFound(handler).')).toBe(false)
    expect(saysEnough('Call app.notFound(handler) to set a handler.')).toBe(true)
    // A call's arguments are code, whatever words they hold.
    expect(saysEnough('serve(app, with these words inside) ok')).toBe(false)
    // Words after a call are prose again; a full stop that ends a word is no name.
    expect(saysEnough('f(x) returns the value.')).toBe(true)
    expect(saysEnough('Ends a sentence. Then two more')).toBe(true)
    // Bold glued to a name is the name ("app.**notFound**(handler)").
    expect(saysEnough('app.**notFound**(handler) is called')).toBe(false)
  })

  // Text made mostly of what the code pattern reads: letters, digits, dots, parentheses, "_", "$",
  // backticks, bold marks, accents, a letter outside the BMP, new lines.
  const pieces = fc.constantFrom(
    ...['a', 'Z', 'é', '1', '.', '.', '(', ')', ' ', ' ', '_', '$', '`', '*', '**', '\n'],
    ...['𝒜', 'ab', 'cd', 'foo', 'x.y', 'f(', 'é.', '\u0301', ', ', '..', '()'],
  )
  const codeLike = fc.array(pieces, { maxLength: 30 }).map((xs) => xs.join(''))

  it('says what the pattern says of any text', () => {
    fc.assert(
      fc.property(fc.oneof(codeLike, fc.string({ maxLength: 80 })), (text) => {
        expect(saysEnough(text)).toBe(saysEnoughByPattern(text))
      }),
      { numRuns: 20_000 },
    )
  })

  it('says what the pattern says of every sentence of the Hono pages', async () => {
    const { corpus } = await honoCorpus()
    for (let id = 0; id < corpus.data.sentences.length; id++) {
      const text = sentenceText(corpus, id)
      expect(saysEnough(text), text).toBe(saysEnoughByPattern(text))
    }
  })
})
