import { describe, expect, it } from 'vitest'
import { characterClassWords } from '../src/core/character-classes.ts'

describe('character classes said in words', () => {
  it('reads ranges of letters and digits, and \\d / \\w', () => {
    expect(characterClassWords('must match the regex `/[A-Za-z0-9._~+/-]+=*/`')).toBe(
      'characters letters digits alphanumeric',
    )
    expect(characterClassWords("app.get('/post/:date{[0-9]+}')")).toBe('characters digits')
    expect(characterClassWords('`:title{[a-z]+}`')).toBe('characters letters')
    expect(characterClassWords('/[\\w-]+/')).toBe('characters letters digits alphanumeric')
  })

  it('reads no class in brackets that are not one', () => {
    // A Markdown link's text, an index, a word in brackets, a negated class, a range out of order.
    for (const text of ['[X-Frame-Options](https://x)', 'arr[0]', '[hono]', '[^a-z]', '[z-a]'])
      expect(characterClassWords(text), text).toBe('')
  })
})
