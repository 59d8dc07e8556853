// Quoted words of a document as the reader would see them on its own page: the blocks and inlines
// quote-markdown.ts read, rendered as elements. Every string is a child or an attribute value that
// hono/jsx escapes, and every href was accepted by quoteLink: no document can inject markup.

import type { Child } from 'hono/jsx'
import type { Inline, QuoteBlock } from './quote-markdown.ts'

/** How a run of text is shown: a quote's runs are strings, the document page's marked parts. */
export interface Runs<S> {
  run: (s: S) => Child
  /** A heading's children as an element: in a quote, bold words; on a document's page, an h2. */
  heading?: (children: Child) => Child
}

const plain: Runs<string> = { run: (s) => s }

export function inline<S>(x: Inline<S>, r: Runs<S>): Child {
  const kids = (xs: Inline<S>[]) => xs.map((y) => inline(y, r))
  if ('text' in x) return r.run(x.text)
  if ('code' in x) return <code>{r.run(x.code)}</code>
  if ('badge' in x) return <span class="quote-badge">{r.run(x.badge)}</span>
  if ('strong' in x) return <strong>{kids(x.strong)}</strong>
  if ('em' in x) return <em>{kids(x.em)}</em>
  return (
    <a href={x.href} target="_blank" rel="noopener noreferrer">
      {kids(x.link)}
      <span class="visually-hidden"> (opens in a new tab)</span>
    </a>
  )
}

export function block<S>(b: QuoteBlock<S>, r: Runs<S>, after?: Child): Child {
  const kids = (xs: Inline<S>[]) => xs.map((y) => inline(y, r))
  if ('p' in b)
    return (
      <p>
        {kids(b.p)}
        {after}
      </p>
    )
  if ('heading' in b)
    return r.heading ? (
      r.heading(kids(b.heading))
    ) : (
      <p>
        <strong>{kids(b.heading)}</strong>
      </p>
    )
  if ('pre' in b)
    return (
      <>
        {b.title !== undefined ? <p class="quote-label">{r.run(b.title)}</p> : null}
        <pre>
          <code>{r.run(b.pre)}</code>
        </pre>
      </>
    )
  if ('label' in b) return <p class="quote-label">{r.run(b.label)}</p>
  if ('list' in b) {
    const items = b.list.map((item) => <li>{kids(item)}</li>)
    return b.start === undefined ? <ul>{items}</ul> : <ol start={b.start}>{items}</ol>
  }
  const [first, ...rest] = b.table
  const row = (cells: Inline<S>[][]) => (
    <tr>
      {cells.map((c) => (
        <td>{kids(c)}</td>
      ))}
    </tr>
  )
  return (
    <table class="quote-table">
      {b.head && first ? (
        <thead>
          <tr>
            {first.map((c) => (
              <th scope="col">{kids(c)}</th>
            ))}
          </tr>
        </thead>
      ) : null}
      <tbody>{(b.head ? rest : b.table).map(row)}</tbody>
    </table>
  )
}

/**
 * A quote's blocks. One paragraph stays inline, so an answer's sentences run on as prose; `after`
 * (a citation marker) goes at the end of the last paragraph, or on a line of its own under a block
 * that is not one (code, a list, a table), where it would otherwise open the next quote's line.
 */
export function Quote({ blocks, after }: { blocks: QuoteBlock[]; after?: Child }) {
  if (!blocks.length) return <>{after}</>
  if (blocks.length === 1 && 'p' in blocks[0])
    return (
      <>
        {blocks[0].p.map((x) => inline(x, plain))}
        {after}
      </>
    )
  const last = blocks[blocks.length - 1]
  const endsInProse = 'p' in last
  return (
    <>
      {blocks.map((b, i) =>
        block(b, plain, endsInProse && i === blocks.length - 1 ? after : undefined),
      )}
      {endsInProse || after === undefined ? null : <p class="after-block">{after}</p>}
    </>
  )
}
