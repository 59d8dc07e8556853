// The documents' own subject: a word written on nearly every page (90% of them, of four pages or
// more) tells none of them apart, so it weighs nothing in which page or section a question asks.
import { describe, expect, it } from 'vitest'
import { loadCorpus, onNearlyEveryPage } from '../src/core/corpus.ts'
import { ingest } from '../src/core/ingest.ts'
import { stem } from '../src/core/terms.ts'

/** `pages` pages, the first `with` of which say "widget"; every page says "page". */
function pages(count: number, withWidget: number) {
  const files = Array.from({ length: count }, (_, i) => ({
    path: `p${i}.md`,
    content: `# Page ${i}\n\nThis page explains ${i < withWidget ? 'the widget' : 'a gadget'} in detail.\n`,
  }))
  return loadCorpus(ingest(files))
}

describe('a word on nearly every page', () => {
  it('is one written on 90% of the pages or more, however many pages there are', () => {
    const few = pages(20, 18)
    expect(onNearlyEveryPage(few, stem('widget'))).toBe(true)
    expect(onNearlyEveryPage(pages(20, 17), stem('widget'))).toBe(false)
    // Past a thousand sentences with the word (a search keeps the best thousand), its pages are
    // still all counted.
    const many = pages(1_500, 1_400)
    expect(onNearlyEveryPage(many, stem('widget'))).toBe(true)
    expect(onNearlyEveryPage(many, stem('gadget'))).toBe(false)
    expect(onNearlyEveryPage(many, stem('explains'))).toBe(true)
  })

  it('is none in documents of fewer than four pages', () => {
    expect(onNearlyEveryPage(pages(3, 3), stem('widget'))).toBe(false)
  })
})
