// Quoted words of a document as the reader would see them on its own page: the blocks and inlines
// quote-markdown.ts read, rendered as elements. Every string is a child or an attribute value that
// hono/jsx escapes, and every href was accepted by quoteLink: no document can inject markup.

import type { Child } from 'hono/jsx'
import type { Inline, QuoteBlock } from './quote-markdown.ts'

function inline(x: Inline): Child {
  if ('text' in x) return x.text
  if ('code' in x) return <code>{x.code}</code>
  if ('strong' in x) return <strong>{x.strong.map(inline)}</strong>
  if ('em' in x) return <em>{x.em.map(inline)}</em>
  return (
    <a href={x.href} target="_blank" rel="noopener noreferrer">
      {x.link.map(inline)}
      <span class="visually-hidden"> (opens in a new tab)</span>
    </a>
  )
}

function block(b: QuoteBlock, after?: Child): Child {
  if ('p' in b)
    return (
      <p>
        {b.p.map(inline)}
        {after}
      </p>
    )
  if ('heading' in b)
    return (
      <p>
        <strong>{b.heading.map(inline)}</strong>
      </p>
    )
  if ('pre' in b)
    return (
      <>
        {b.title ? <p class="quote-label">{b.title}</p> : null}
        <pre>
          <code>{b.pre}</code>
        </pre>
      </>
    )
  if ('label' in b) return <p class="quote-label">{b.label}</p>
  if ('list' in b) {
    const items = b.list.map((item) => <li>{item.map(inline)}</li>)
    return b.start === undefined ? <ul>{items}</ul> : <ol start={b.start}>{items}</ol>
  }
  const [first, ...rest] = b.table
  const row = (cells: Inline[][]) => (
    <tr>
      {cells.map((c) => (
        <td>{c.map(inline)}</td>
      ))}
    </tr>
  )
  return (
    <table class="quote-table">
      {b.head && first ? (
        <thead>
          <tr>
            {first.map((c) => (
              <th scope="col">{c.map(inline)}</th>
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
        {blocks[0].p.map(inline)}
        {after}
      </>
    )
  const last = blocks[blocks.length - 1]
  const endsInProse = 'p' in last
  return (
    <>
      {blocks.map((b, i) => block(b, endsInProse && i === blocks.length - 1 ? after : undefined))}
      {endsInProse || after === undefined ? null : <p class="after-block">{after}</p>}
    </>
  )
}
