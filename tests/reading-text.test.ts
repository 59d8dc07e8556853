// aloneAt finds a word standing alone in a text without compiling an expression per word: it must
// find exactly what /(?<![\p{L}\p{N}_])word(?![\p{L}\p{N}_])/gu finds, in the same order. anyCase
// writes a word in any case without the 'i' flag, for the scans of every page: it must match what
// the word matches with 'i'.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { aloneAt, anyCase, escaped } from '../src/core/reading-text.ts'

/** Every place aloneAt finds, from the start, skipping each match as a global expression does. */
function places(text: string, word: string): number[] {
  const out: number[] = []
  for (let at = aloneAt(text, word); at >= 0; at = aloneAt(text, word, at + word.length))
    out.push(at)
  return out
}

/** What the expression finds. */
function byExpression(text: string, word: string): number[] {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, 'gu')
  return [...text.matchAll(pattern)].map((m) => m.index!)
}

describe('aloneAt', () => {
  it('finds a word between spaces, punctuation and the ends of the text, not inside a longer word', () => {
    expect(places('vercel, Vercel and vercels: vercel', 'vercel')).toEqual([0, 28])
    expect(places('deploy to vercel_app or 2vercel or vercel2', 'vercel')).toEqual([])
    expect(places('(vercel)', 'vercel')).toEqual([1])
  })

  it('reads letters outside the Basic Multilingual Plane as letters', () => {
    // 𝐀 (U+1D400) is a letter written as two UTF-16 units.
    expect(places('𝐀vercel 𝐀 vercel', 'vercel')).toEqual([12])
    expect(places('vercel𝐀', 'vercel')).toEqual([])
  })

  it('finds nothing for an empty word', () => {
    expect(aloneAt('any text', '')).toBe(-1)
  })

  it('agrees with the expression on any text of words, digits, marks and astral letters', () => {
    const unit = fc.constantFrom('ab', 'a', 'b', 'B', ' ', '_', '1', '-', '.', 'é', '𝐀', '😀', '\n')
    fc.assert(
      fc.property(
        fc.string({ unit, maxLength: 24 }),
        fc.constantFrom('ab', 'a', 'aba', 'b-a', 'é'),
        (text, word) => {
          expect(places(text, word)).toEqual(byExpression(text, word))
        },
      ),
      { numRuns: 2000 },
    )
  })
})

describe('anyCase', () => {
  it('matches a word in any of its cases, and nothing else', () => {
    const csrf = new RegExp(`\\b${anyCase('csrf')}\\s+${anyCase('Middleware')}`, 'u')
    expect(csrf.test('The CSRF Middleware checks')).toBe(true)
    expect(csrf.test('a csrf middleware')).toBe(true)
    expect(csrf.test('cSrF MIDDLEWARE')).toBe(true)
    expect(csrf.test('CSRF protection middleware')).toBe(false)
  })

  it('keeps characters that have no case, escaped', () => {
    expect(new RegExp(anyCase('a.b(c)'), 'u').test('A.B(C)')).toBe(true)
    expect(new RegExp(anyCase('a.b'), 'u').test('axb')).toBe(false)
    expect(new RegExp(anyCase('été'), 'u').test('ÉTÉ')).toBe(true)
  })

  it('agrees with the "i" flag on any text of letters, digits and marks', () => {
    const unit = fc.constantFrom('a', 'A', 'b', 'B', 'é', 'É', '1', '-', '.', ' ', '𝐀')
    fc.assert(
      fc.property(
        fc.string({ unit, maxLength: 16 }),
        fc.constantFrom('ab', 'a-b', 'é1', 'a.b', 'Ba'),
        (text, word) => {
          const folded = new RegExp(escaped(word), 'iu').test(text)
          expect(new RegExp(anyCase(word), 'u').test(text)).toBe(folded)
        },
      ),
      { numRuns: 2000 },
    )
  })
})
