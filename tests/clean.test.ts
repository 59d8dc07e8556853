import { describe, expect, it } from 'vitest'
import { cleanDocument, titleFromId } from '../src/core/clean.ts'

/** The title a document's raw text gets. */
const titleOf = (raw: string) => cleanDocument(raw, 'x').title

describe('cleanDocument', () => {
  it('drops scraped navigation lines and keeps the article', () => {
    const raw =
      'Logo\n\nZeroOpposite\n\nContact Us\nSearch\n\nA TITLE IN CAPITALS\n\nThe first real sentence is here. A second one.\n'
    const doc = cleanDocument(raw, 'x')
    expect(doc.text).toBe('A TITLE IN CAPITALS\n\nThe first real sentence is here. A second one.')
    expect(doc.title).toBe('A Title in Capitals')
  })

  it('keeps a sentence that merely mentions a navigation word', () => {
    const doc = cleanDocument(
      'Intro line with enough words.\n\nSearch\n\nUse search to find it.',
      'x',
    )
    expect(doc.text).toBe('Intro line with enough words.\n\nUse search to find it.')
  })

  it('turns hashtag lines into tags and removes them from the text', () => {
    const doc = cleanDocument(
      'Some text that is long enough.\n\n#attachmentTrauma#therapy #support',
      'x',
    )
    expect(doc.text).toBe('Some text that is long enough.')
    expect(doc.tags).toEqual(['attachmenttrauma', 'therapy', 'support'])
  })

  it('reads front matter for title and source, and removes it from the text', () => {
    const doc = cleanDocument(
      '---\ntitle: "My Page"\nsource: https://example.org/a\n---\n# Heading\n\nBody.',
      'x',
    )
    expect(doc.title).toBe('My Page')
    expect(doc.source).toBe('https://example.org/a')
    expect(doc.text.startsWith('# Heading')).toBe(true)
  })

  it('takes the title from the first Markdown heading, without inline markup', () => {
    expect(cleanDocument('# The `Context` [object](/x)\n\nText.', 'x').title).toBe(
      'The Context object',
    )
  })

  it('takes the title from an underlined (setext) heading, however short, and keeps it', () => {
    const doc = cleanDocument('General guidance\n================\n\n* Respect conventions.\n', 'x')
    expect(doc.title).toBe('General guidance')
    expect(doc.text).toBe('General guidance\n================\n\n* Respect conventions.')
  })

  it("takes the title from a README's HTML heading before its Markdown ones, and none from code", () => {
    expect(
      titleOf(
        '<p align="center">\n  <h1 align="center">Zod</h1>\n</p>\n\n### [Read the docs →](https://zod.dev)\n\nText.',
      ),
    ).toBe('Zod')
    // A heading that is a logo, over several lines, is named by the image's alternative text.
    expect(
      titleOf(
        '<h1 align="center">\n  <img src="logo.png" alt="fast-check logo" />\n</h1>\n\n## Getting started\n\nText.',
      ),
    ).toBe('fast-check')
    // A shell comment in a code block before the first heading is no heading.
    expect(titleOf('```sh\n# install it\nnpm i x\n```\n\n# Usage\n\nText.')).toBe('Usage')
  })

  it("names a README that opens with a logo banner by the logo's text, not its first section", () => {
    expect(
      titleOf(
        '<div align="center">\n  <a href="https://hono.dev">\n    <img src="https://example.com/hono-title.png" width="500" alt="Hono"/>\n  </a>\n</div>\n\n<hr />\n\n## Quick Start\n\nText.',
      ),
    ).toBe('Hono')
    expect(
      titleOf(
        '[![Prettier Banner](https://example.com/prettier-banner-light.svg)](https://prettier.io)\n\n## Features\n\nText.',
      ),
    ).toBe('Prettier')
    // A badge is no name, nor is an image that says nothing of a logo; a page's own "#" title
    // outranks a banner above it.
    expect(
      titleOf(
        '[![npm](https://img.shields.io/npm/v/x)](https://npmjs.com/x)\n\n## Install\n\nText.',
      ),
    ).toBe('Install')
    expect(titleOf('![A sunset over the bay](sunset.jpg)\n\n## Intro\n\nText.')).toBe('Intro')
    expect(titleOf('<img src="logo.png" alt="Acme logo">\n\n# Acme Toolkit\n\nText.')).toBe(
      'Acme Toolkit',
    )
  })

  it('falls back to the file id when the first line is a sentence', () => {
    const doc = cleanDocument(
      'When it comes to trust, many things matter. More text follows here.',
      'broken-trust',
    )
    expect(doc.title).toBe('Broken trust')
    expect(titleFromId('guides/best-practices')).toBe('Best practices')
  })

  it('never treats Markdown headings (with a space) as hashtags, nor touches code blocks', () => {
    const raw = '# Title\n\n```sh\n#comment\nSearch\n```\n\n## Part two'
    expect(cleanDocument(raw, 'x').text).toBe(raw)
  })
})
