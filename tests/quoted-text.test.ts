import { describe, expect, it } from 'vitest'
import { contentStems, plainText, quotedPhrases, quotedStems } from '../src/core/quoted-text.ts'
import { stem } from '../src/core/terms.ts'

describe('what a reader quotes', () => {
  it('finds the phrases of two words or more a question puts in quotation marks', () => {
    expect(quotedPhrases('What does "interpersonal  Security" mean, and \'trust\'?')).toEqual([
      'interpersonal security',
    ])
    expect(quotedPhrases("What does 'broken trust' mean? It's not 'trust'.")).toEqual([
      'broken trust',
    ])
    expect(quotedPhrases('What is trust?')).toBeUndefined()
  })

  it('reads the content words of quotes and code, and of any text', () => {
    // ("nothing" is a function word; the code's one-letter "c" is kept as written.)
    expect(quotedStems('Why does `c.req.header()` return "nothing useful"?')).toEqual(
      new Set(['c', 'req', stem('header'), stem('useful')]),
    )
    expect(quotedStems('No quotes here')).toBeUndefined()
    expect(contentStems('The headers are lowercase')).toEqual(
      new Set([stem('headers'), stem('lowercase')]),
    )
    expect(plainText('  Two\n Lines ')).toBe('two lines')
  })
})
