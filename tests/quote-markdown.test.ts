import { describe, expect, it } from 'vitest'
import { splitUnits } from '../src/core/sentences.ts'
import { quoteLink } from '../views/links.ts'
import { clipBlocks, inlines, quoteBlocks } from '../views/quote-markdown.ts'
import { block } from '../views/quote.tsx'

const here = (d: string) => quoteLink(d)
const read = (s: string) => inlines(s, here)

describe('quoteLink', () => {
  it('keeps http(s) links, and nothing else', () => {
    expect(quoteLink('https://hono.dev/docs/api#x')).toBe('https://hono.dev/docs/api#x')
    expect(quoteLink('http://example.org')).toBe('http://example.org/')
    for (const bad of [
      // Without the original page, a relative link leads to a page this site does not have.
      '/docs/helpers/factory#createmiddleware',
      '../guide?a=1',
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'mailto:a@example.org',
      'file:///etc/passwd',
      '',
      // Without the original page, a fragment points at a heading this site does not have.
      '#custom-response',
      // Nor may a "relative" link lead to another site: browsers read "\\" as "/".
      '/\\evil.com/x',
      '//evil.com/x',
      '\\\\evil.com',
      'evil.com/x',
    ])
      expect(quoteLink(bad), bad).toBeUndefined()
  })

  it('resolves relative links against the original page a document names', () => {
    const base = 'https://hono.dev/docs/api/exception#top'
    expect(quoteLink('#custom-response', base)).toBe(
      'https://hono.dev/docs/api/exception#custom-response',
    )
    expect(quoteLink('/docs/api/hono', base)).toBe('https://hono.dev/docs/api/hono')
    expect(quoteLink('javascript:alert(1)', base)).toBeUndefined()
    // A source that is not http(s) is no base: the relative link stays words.
    expect(quoteLink('/docs/x', 'javascript:alert(1)')).toBeUndefined()
  })
})

describe('inlines', () => {
  it('reads code spans, links, strong and emphasis, nested', () => {
    expect(
      read(
        'Use [`app.onError`](https://hono.dev/docs/api/hono#error-handling) to **catch `Error`s**.',
      ),
    ).toEqual([
      { text: 'Use ' },
      { link: [{ code: 'app.onError' }], href: 'https://hono.dev/docs/api/hono#error-handling' },
      { text: ' to ' },
      { strong: [{ text: 'catch ' }, { code: 'Error' }, { text: 's' }] },
      { text: '.' },
    ])
    expect(read('It decodes _**without**_ checking, *quickly*.')).toEqual([
      { text: 'It decodes ' },
      { em: [{ strong: [{ text: 'without' }] }] },
      { text: ' checking, ' },
      { em: [{ text: 'quickly' }] },
      { text: '.' },
    ])
    expect(read('*a **b** c*')).toEqual([
      { em: [{ text: 'a ' }, { strong: [{ text: 'b' }] }, { text: ' c' }] },
    ])
    expect(read('``a `b` c`` and <https://no-color.org/>')).toEqual([
      { code: 'a `b` c' },
      { text: ' and ' },
      { link: [{ text: 'https://no-color.org/' }], href: 'https://no-color.org/' },
    ])
  })

  it('reads a link it may not follow as its words', () => {
    // A relative link without the document's original page would lead to a 404 on this site.
    expect(read('See [the factory](/docs/helpers/factory) now.')).toEqual([
      { text: 'See the factory now.' },
    ])
  })

  it('leaves text that only looks like markup as it is', () => {
    for (const s of [
      'snake_case_name and my_var_2',
      '5 * 3 * 2',
      'an unclosed `tick',
      'arr[0] and [a link without a target]',
      '\\*not emphasis\\*',
    ])
      expect(read(s).every((x) => 'text' in x)).toBe(true)
    expect(read('\\*not emphasis\\*')).toEqual([{ text: '*not emphasis*' }])
  })

  it('shows a link it may not carry, and an image, as their words', () => {
    expect(
      read('See [this page](javascript:alert(1)) and ![a logo](https://x.org/l.png).'),
    ).toEqual([{ text: 'See this page and a logo.' }])
  })

  it('reads a VitePress badge as its text, any other HTML as text', () => {
    expect(read('Origin <Badge type="info" text="optional" />')).toEqual([
      { text: 'Origin ' },
      { badge: 'optional' },
    ])
    expect(read("<Badge style='x' type=\"warning\" text='Experimental'/> now")).toEqual([
      { badge: 'Experimental' },
      { text: ' now' },
    ])
    for (const s of ['<Badge type="info" />', '<Badge text="x">', '<b text="x" />', '<script>'])
      expect(read(s), s).toEqual([{ text: s }])
    const [heading] = quoteBlocks('## allowMethods <Badge type="danger" text="required" />', here)
    expect(heading).toEqual({ heading: [{ text: 'allowMethods ' }, { badge: 'required' }] })
    const html = String(block(heading, { run: (s: string) => s }))
    expect(html).toBe(
      '<p><strong>allowMethods <span class="quote-badge">required</span></strong></p>',
    )
  })

  it('reads hostile input in linear time', () => {
    for (const s of [
      '*a '.repeat(6000),
      '['.repeat(18000),
      '[a]('.repeat(4000),
      '`'.repeat(18000),
      '_a _'.repeat(4500),
    ]) {
      const t = performance.now()
      quoteBlocks(s, here)
      expect(performance.now() - t, s.slice(0, 8)).toBeLessThan(1000)
    }
  })
})

describe('quoteBlocks', () => {
  it('gives fenced code as code, its info string as a tab label at most', () => {
    const text = [
      'Install it:',
      '',
      '::: code-group',
      '',
      '```sh [npm]',
      'npm i zod',
      '```',
      '',
      '```ts',
      'import { z } from "zod"',
      '```',
      ':::',
    ].join('\n')
    expect(quoteBlocks(text, here)).toEqual([
      { p: [{ text: 'Install it:' }] },
      { pre: 'npm i zod', title: 'npm' },
      { pre: 'import { z } from "zod"' },
    ])
  })

  it('labels containers and alerts, drops comments, reads lists and tables', () => {
    const text = [
      '::: warning Be careful',
      'Keep it **short**.',
      ':::',
      '> [!NOTE]',
      '> Quoted `note`.',
      '<!-- prettier-ignore -->',
      '- one',
      '- two',
      '  wrapped',
      '',
      '3. three',
      '',
      '| Option | Default |',
      '| ------ | ------- |',
      '| `a \\| b` | [x](https://x.org) |',
    ].join('\n')
    expect(quoteBlocks(text, here)).toEqual([
      { label: 'Be careful' },
      { p: [{ text: 'Keep it ' }, { strong: [{ text: 'short' }] }, { text: '.' }] },
      { label: 'Note' },
      { p: [{ text: 'Quoted ' }, { code: 'note' }, { text: '.' }] },
      { list: [[{ text: 'one' }], [{ text: 'two\nwrapped' }]] },
      { list: [[{ text: 'three' }]], start: 3 },
      {
        table: [
          [[{ text: 'Option' }], [{ text: 'Default' }]],
          [[{ code: 'a | b' }], [{ link: [{ text: 'x' }], href: 'https://x.org/' }]],
        ],
        head: true,
      },
    ])
  })

  it('reads a 20,000-character heading or table rule line in linear time', () => {
    // The rules once backtracked over such lines: 130–160 ms for 19k characters.
    const heading = `# ${'# '.repeat(9_990)}x`
    const row = `| ${'| '.repeat(9_990)}x |`
    const rule = `|${'-|'.repeat(9_990)} `
    const t = performance.now()
    const blocks = [
      quoteBlocks(heading, here),
      quoteBlocks(`| a | b |\n${row}`, here),
      quoteBlocks(`| a | b |\n${rule}`, here),
    ]
    // The index splits documents by the same rules.
    splitUnits([heading, row, rule].join('\n'))
    expect(performance.now() - t).toBeLessThan(50)
    expect(blocks[0]).toEqual([{ heading: [{ text: heading.slice(2) }] }])
    expect(blocks[2]).toEqual([{ table: [[[{ text: 'a' }], [{ text: 'b' }]]], head: true }])
  })

  it('reads code indented by four spaces as code in a Markdown document, as the index does', () => {
    const code = '    $ pyenv local 2.7.6\n\n    $ pyenv local --unset\nafter'
    expect(quoteBlocks(code, here, true)).toEqual([
      { pre: '$ pyenv local 2.7.6\n\n$ pyenv local --unset' },
      { p: [{ text: 'after' }] },
    ])
    // Under a line of text, an indented line goes on with its paragraph.
    expect(quoteBlocks('Run\n    this', here, true)).toEqual([{ p: [{ text: 'Run\n    this' }] }])
    // A document that writes no Markdown indents its paragraphs: text, not code.
    expect(quoteBlocks('\tLsof is a diagnostic tool.', here)).toEqual([
      { p: [{ text: '\tLsof is a diagnostic tool.' }] },
    ])
  })

  it('reads a fence inside a block quote without the quote markers, and goes on after it', () => {
    expect(quoteBlocks('> ```js\n> const a = 1\n>\n> ```\n> after', here)).toEqual([
      { pre: 'const a = 1\n' },
      { p: [{ text: 'after' }] },
    ])
    // The quote ends the fence that lacks its close; outside a quote, ">" in code is code.
    expect(quoteBlocks('> ```\n> a\nafter\n\n```\n> b\n```', here)).toEqual([
      { pre: 'a' },
      { p: [{ text: 'after' }] },
      { pre: '> b' },
    ])
  })

  it('reads a fence a quote cuts off to the end', () => {
    expect(quoteBlocks('Run:\n```sh\nnpm i', here)).toEqual([
      { p: [{ text: 'Run:' }] },
      { pre: 'npm i' },
    ])
  })
})

describe('clipBlocks', () => {
  it('cuts at a space, inside a link or a code block, and says so', () => {
    const blocks = quoteBlocks(
      'A [long link text here](https://x.org) then more words.\n\n```\nline one\nline two\n```',
      here,
    )
    expect(clipBlocks(blocks, 12)).toEqual([
      {
        p: [
          { text: 'A ' },
          { link: [{ text: 'long link' }], href: 'https://x.org/' },
          { text: ' …' },
        ],
      },
    ])
    expect(clipBlocks(blocks, 50)).toEqual([blocks[0], { pre: 'line one\n…' }])
    expect(clipBlocks(blocks, 500)).toEqual(blocks)
  })
})
