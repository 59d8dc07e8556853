import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { headingName, headingText } from '../src/core/passages.ts'
import { splitSentences, splitUnits } from '../src/core/sentences.ts'

const texts = (text: string) => splitSentences(text).map(([s, e]) => text.slice(s, e))
const units = (text: string) => splitUnits(text).map((u) => [u.kind, text.slice(u.start, u.end)])

describe('splitSentences', () => {
  it('splits on terminal punctuation followed by a capital', () => {
    expect(texts('One thing. Two things! Three? Four.')).toEqual([
      'One thing.',
      'Two things!',
      'Three?',
      'Four.',
    ])
  })

  it('does not split after abbreviations, initials or decimals', () => {
    expect(
      texts('See e.g. the work of J. Bowlby on attachment. It is 2.5 times as long, i.e. longer.'),
    ).toEqual([
      'See e.g. the work of J. Bowlby on attachment.',
      'It is 2.5 times as long, i.e. longer.',
    ])
    expect(texts('Dr. Smith met Mr. Jones. They talked.')).toEqual([
      'Dr. Smith met Mr. Jones.',
      'They talked.',
    ])
  })

  it('keeps closing quotes and parentheses with their sentence', () => {
    expect(texts('He said "stop." Then he left. (It was late.) Done.')).toEqual([
      'He said "stop."',
      'Then he left.',
      '(It was late.)',
      'Done.',
    ])
  })

  it('does not split before a lower-case word or inside code-like text', () => {
    expect(texts('Call c.req.param() to read it. Then return.')).toEqual([
      'Call c.req.param() to read it.',
      'Then return.',
    ])
  })

  it('keeps a lone link after a sentence with it, as its source', () => {
    expect(
      texts('Then build it. Set `strict` to true. [Read more.](https://example.com/a#b)'),
    ).toEqual(['Then build it.', 'Set `strict` to true. [Read more.](https://example.com/a#b)'])
    // A sentence that only opens with a link is a sentence of its own.
    expect(texts('It is fast. [Hono](https://hono.dev) runs anywhere.')).toEqual([
      'It is fast.',
      '[Hono](https://hono.dev) runs anywhere.',
    ])
  })

  it('offsets are exact, ordered, trimmed and non-overlapping for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        let last = 0
        for (const [s, e] of splitSentences(text)) {
          expect(s).toBeGreaterThanOrEqual(last)
          expect(e).toBeGreaterThan(s)
          expect(text.slice(s, e)).toBe(text.slice(s, e).trim())
          last = e
        }
      }),
    )
  })
})

describe('splitUnits', () => {
  it('marks a lone question line as a question and a short line without a full stop as a heading', () => {
    const text = 'A TITLE\n\nHow does trust break?\n\nTrust breaks slowly. It heals slowly too.'
    expect(units(text)).toEqual([
      ['heading', 'A TITLE'],
      ['question', 'How does trust break?'],
      ['sentence', 'Trust breaks slowly.'],
      ['sentence', 'It heals slowly too.'],
    ])
  })

  it('reads a lone unpunctuated line of a Markdown page as prose, not as a title above its sections', () => {
    const text = [
      '# Request',
      '',
      '## queries()',
      '',
      'Get multiple values, e.g. `/search?tags=A&tags=B`',
      '',
      '**Single file**',
      '',
      '`body` is a file.',
      '',
      '[Vitest]: https://vitest.dev/',
      '',
      '[Wrangler CLI](https://developers.cloudflare.com/workers/wrangler/commands/#dev)',
    ].join('\n')
    expect(units(text)).toEqual([
      ['heading', 'Request'],
      ['heading', 'queries()'],
      ['sentence', 'Get multiple values, e.g. `/search?tags=A&tags=B`'],
      ['heading', '**Single file**'],
      ['sentence', '`body` is a file.'],
    ])
    const depths = splitUnits(text)
      .filter((u) => u.kind === 'heading')
      .map((u) => u.depth)
    expect(depths).toEqual([1, 2, 3])
  })

  it("leaves a GitHub alert's marker line out of the sentence it introduces", () => {
    expect(units('> [!NOTE]\n> Set `strict` in both projects.')).toEqual([
      ['sentence', 'Set `strict` in both projects.'],
    ])
  })

  it("reads a README's HTML header: its heading heads, its badges are no text", () => {
    const readme = [
      '<p align="center">',
      '  <h1 align="center">Zod</h1>',
      '</p>',
      '<p align="center">',
      '<a href="https://github.com/x/actions"><img src="https://x/badge.svg" alt="CI"></a>',
      '<a href="https://opensource.org/licenses/MIT"><img src="https://x/license.svg" alt="license"></a>',
      '</p>',
      '  <span>&nbsp;&nbsp;•&nbsp;&nbsp;</span>',
      '',
      '## What is Zod?',
      '',
      'Zod is a TypeScript-first validation library.',
    ].join('\n')
    expect(units(readme)).toEqual([
      ['heading', 'Zod'],
      ['heading', 'What is Zod?'],
      ['sentence', 'Zod is a TypeScript-first validation library.'],
    ])
    // Text inside tags is text; a header file's name in a plain-text FAQ is no tag.
    expect(units('Use the <code>dot</code> option.')).toEqual([
      ['sentence', 'Use the <code>dot</code> option.'],
    ])
    expect(units('Include these headers:\n\n<fcntl.h>, <linux/fs.h>, <sys/fcntl.h>,')).toEqual([
      ['sentence', 'Include these headers:'],
      ['sentence', '<fcntl.h>, <linux/fs.h>, <sys/fcntl.h>,'],
    ])
  })

  it('reads an HTML element in a heading by its visible text, a badge as a qualifier', () => {
    expect(headingText('<Badge type="info" text="optional" /> onError: `OnError`')).toBe(
      '(optional) onError: OnError',
    )
    expect(
      headingText(
        'ErrorBoundary <Badge style="vertical-align: middle;" type="warning" text="Experimental" />',
      ),
    ).toBe('ErrorBoundary (Experimental)')
    // An element with no visible text is no word of the heading.
    expect(headingText('Install <img src="x.svg"> now')).toBe('Install now')
  })

  it("names a heading without the qualifiers it sets in parentheses, a call's own kept", () => {
    expect(headingName('ErrorBoundary (Experimental)')).toBe('ErrorBoundary')
    expect(headingName('pyenv local (advanced)')).toBe('pyenv local')
    expect(headingName('1. Automatic installer (Recommended)')).toBe('1. Automatic installer')
    expect(headingName('(optional) onError: OnError')).toBe('onError: OnError')
    // A signature's parentheses and a call's are no qualifier.
    expect(headingName('verifyUser: (username: string, password: string) => boolean')).toBe(
      'verifyUser: (username: string, password: string) => boolean',
    )
    expect(headingName('app.route(path, app)')).toBe('app.route(path, app)')
    expect(headingName('set() / get()')).toBe('set() / get()')
    // A heading that is all qualifier keeps it.
    expect(headingName('(Deprecated)')).toBe('(Deprecated)')
  })

  it('treats each line that ends a sentence as its own paragraph in plain text', () => {
    const u = splitUnits('First paragraph ends here.\nSecond paragraph starts here.')
    expect(u.map((x) => x.block)).toEqual([0, 1])
  })

  it('joins soft-wrapped Markdown lines into one sentence', () => {
    expect(units('This line is wrapped\nin the middle of a sentence.')).toEqual([
      ['sentence', 'This line is wrapped\nin the middle of a sentence.'],
    ])
  })

  it('reads Markdown structure: headings, code, lists, tables and admonitions', () => {
    // A table's header row names its columns: it answers nothing and is left out, as its rule is.
    const text = [
      '## Setting headers',
      '',
      'You can set headers.',
      '',
      '```ts',
      "c.header('X', 'y')",
      '```',
      '',
      '- First item. Still first.',
      '- Second item',
      '',
      '| Option | Default |',
      '| --- | --- |',
      '| `port` | 8787 |',
      '',
      '::: tip',
      'A tip inside.',
      ':::',
    ].join('\n')
    expect(units(text)).toEqual([
      ['heading', 'Setting headers'],
      ['sentence', 'You can set headers.'],
      ['code', "```ts\nc.header('X', 'y')\n```"],
      ['item', 'First item.'],
      ['item', 'Still first.'],
      ['item', 'Second item'],
      ['row', '| `port` | 8787 |'],
      ['sentence', 'A tip inside.'],
    ])
  })

  it("reads a table whose rows have no '|' at their ends as rows, one a line, to its last row", () => {
    // (The header row, which only names the columns, is no unit: see the test above.)
    const text = [
      'You can set these variables:',
      '',
      'name | default | description',
      '-----|---------|------------',
      '`ROOT` | `~/.tool` | Where versions live. Also see `tool root`.',
      '`DEBUG` | | Prints what it does.',
      'A line without one ends the table. It is prose again.',
    ].join('\n')
    expect(units(text)).toEqual([
      ['sentence', 'You can set these variables:'],
      ['row', '`ROOT` | `~/.tool` | Where versions live. Also see `tool root`.'],
      ['row', '`DEBUG` | | Prints what it does.'],
      ['sentence', 'A line without one ends the table.'],
      ['sentence', 'It is prose again.'],
    ])
  })

  it('reads a block indented by four spaces after a blank line as code, not as prose', () => {
    const text = [
      '## `pyenv local`',
      '',
      'Sets a local version.',
      '',
      '    $ pyenv local 2.7.6',
      '',
      '    $ pyenv local --unset',
      '',
      'You can also unset it.',
      '',
      '\t$ pyenv versions',
    ].join('\n')
    expect(units(text)).toEqual([
      ['heading', '`pyenv local`'],
      ['sentence', 'Sets a local version.'],
      ['code', '    $ pyenv local 2.7.6\n\n    $ pyenv local --unset'],
      ['sentence', 'You can also unset it.'],
      ['code', '\t$ pyenv versions'],
    ])
  })

  it('keeps indented lines inside a list, or right under a line of text, as prose', () => {
    const text = [
      '# Install',
      '',
      '1. **Install it.**',
      '',
      '    Then restart your shell.',
      '',
      'A paragraph that runs',
      '    on over an indented line.',
    ].join('\n')
    expect(units(text)).toEqual([
      ['heading', 'Install'],
      ['item', '**Install it.**'],
      ['sentence', 'Then restart your shell.'],
      ['sentence', 'A paragraph that runs\n    on over an indented line.'],
    ])
  })

  it('reads underlined (setext) headings as headings, and rules between paragraphs as no text', () => {
    const text = [
      'General guidance',
      '================',
      '',
      '* Respect conventions.',
      '',
      'Testing',
      '-------',
      '',
      'Run the tests.',
      '',
      '---',
      '',
      'After a rule.',
      '',
      '* * *',
    ].join('\n')
    expect(splitUnits(text).map((u) => [u.kind, text.slice(u.start, u.end), u.depth])).toEqual([
      ['heading', 'General guidance', 1],
      ['item', 'Respect conventions.', undefined],
      ['heading', 'Testing', 2],
      ['sentence', 'Run the tests.', undefined],
      ['sentence', 'After a rule.', undefined],
    ])
  })

  it('reads indented paragraphs of a plain-text document, with no Markdown marks, as its text', () => {
    const text = [
      'Frequently Asked Questions about lsof',
      '',
      '1.1\tLsof -- what is it?',
      '',
      '\tLsof is a UNIX-specific diagnostic tool.',
      '\tIts name stands for LiSt Open Files.',
    ].join('\n')
    expect(units(text).map(([kind]) => kind)).toEqual([
      'heading',
      'question',
      'sentence',
      'sentence',
    ])
  })

  it('reads the numbered lines of a plain-text outline as its headings and questions', () => {
    const text = [
      'Frequently Asked Questions about lsof',
      '',
      '1.0\tGeneral Concepts',
      '1.1\tLsof -- what is it?',
      "1.2.4\tWhy can't I get the sum(1) result reported in",
      '\tREADME.lsof_<revision>?',
      '',
      '1.2\tWhere do I get lsof?',
      '',
      '\tLsof is available via anonymous ftp.',
      '',
      '1. Install it',
    ].join('\n')
    expect(splitUnits(text).map((u) => [u.kind, text.slice(u.start, u.end), u.depth])).toEqual([
      ['heading', 'Frequently Asked Questions about lsof', 1],
      ['heading', '1.0\tGeneral Concepts', 1],
      ['question', '1.1\tLsof -- what is it?', undefined],
      [
        'question',
        "1.2.4\tWhy can't I get the sum(1) result reported in\n\tREADME.lsof_<revision>?",
        undefined,
      ],
      ['question', '1.2\tWhere do I get lsof?', undefined],
      ['sentence', 'Lsof is available via anonymous ftp.', undefined],
      // A numbered step is a list's item, not an outline's heading.
      ['item', 'Install it', undefined],
    ])
  })

  it('reads a block of plain text indented four columns past its paragraph as an example', () => {
    const text = [
      '1.3\tHow do I list sockets?',
      '',
      '\tUse the -i option:',
      '',
      '\t    $ lsof -i',
      '\t    COMMAND  PID USER',
      '',
      '\tIt lists every socket.',
    ].join('\n')
    expect(units(text)).toEqual([
      ['question', '1.3\tHow do I list sockets?'],
      ['sentence', 'Use the -i option:'],
      ['code', '\t    $ lsof -i\n\t    COMMAND  PID USER'],
      ['sentence', 'It lists every socket.'],
    ])
  })

  it('leaves out the entries of a table of contents, links into the documents and nothing else', () => {
    const text = [
      '* [`pyenv which`](#pyenv-which)',
      '* [Installation](README.md#installation)',
      '* [`pyenv shell`](COMMANDS.md#pyenv-shell) -- select just for the current shell',
      '* [RFC 6265](https://www.rfc-editor.org/rfc/rfc6265)',
    ].join('\n')
    expect(units(text)).toEqual([
      ['item', '[`pyenv shell`](COMMANDS.md#pyenv-shell) -- select just for the current shell'],
      ['item', '[RFC 6265](https://www.rfc-editor.org/rfc/rfc6265)'],
    ])
  })

  it('every unit lies inside the text, in order, for any Markdown-like input', () => {
    const line = fc.oneof(
      fc.constantFrom(
        '# Head',
        '```',
        '- item. Next.',
        '| a | b |',
        '|---|---|',
        ':::',
        '',
        'Plain text. More?',
      ),
      fc.string({ maxLength: 40 }),
    )
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const text = lines.join('\n')
        let last = 0
        for (const u of splitUnits(text)) {
          expect(u.start).toBeGreaterThanOrEqual(last)
          expect(u.end).toBeLessThanOrEqual(text.length)
          expect(u.end).toBeGreaterThan(u.start)
          last = u.end
        }
      }),
    )
  })
})
