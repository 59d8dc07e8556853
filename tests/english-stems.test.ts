import { describe, expect, it } from 'vitest'
import { englishFilter, inEnglish } from '../src/core/english-stems.ts'
import { loadWordnet } from '../src/node/build-corpus.ts'

describe('the filter of the stems English has', () => {
  const stems = ['handlebar', 'passport', 'rewir', 'internet', 'trash', 'counsellor']

  it('holds every stem it was made of', () => {
    const filter = englishFilter(stems)
    for (const s of stems) expect(inEnglish(filter, s)).toBe(true)
  })

  it('holds few others: about 2 % of made-up words of the same length', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `stem${i.toString(36)}word`)
    const filter = englishFilter(many)
    let seed = 7
    const letter = () => String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26))
    let held = 0
    const tries = 5000
    for (let i = 0; i < tries; i++)
      held += inEnglish(filter, Array.from({ length: 9 }, letter).join('')) ? 1 : 0
    expect(held / tries).toBeLessThan(0.04)
  })

  it('never holds a word too short to be corrected twice, nor anything of an empty filter', () => {
    expect(inEnglish(englishFilter(['form', 'from']), 'fro')).toBe(false)
    expect(inEnglish('', 'handlebar')).toBe(false)
  })

  it('is printable text that JSON carries unchanged', () => {
    const filter = englishFilter(stems)
    expect(filter).toMatch(/^[\x3f-\x7e]+$/)
    expect(JSON.parse(JSON.stringify(filter))).toBe(filter)
  })

  it('ships in the WordNet graph, over its one-word stems', async () => {
    const graph = await loadWordnet()
    expect(graph.english).toBeDefined()
    for (const s of ['handlebar', 'passport', 'rewir', 'internet'])
      expect(inEnglish(graph.english!, s)).toBe(true)
    for (const s of ['relashionship', 'subdomian', 'rewritng'])
      expect(inEnglish(graph.english!, s)).toBe(false)
  })
})
