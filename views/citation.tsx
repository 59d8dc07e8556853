// One entry of an answer's source list: the document title linking to the passage in context, the
// quoted words (enough to place them, their Markdown read) and, when known, the original page with
// the same words highlighted.

import type { CitationView } from './model.ts'
import { Quote } from './quote.tsx'

export const citationId = (turn: number, id: number) => `c${turn}-${id}`

export function CitationItem({ turn, citation }: { turn: number; citation: CitationView }) {
  return (
    <li class="citation" id={citationId(turn, citation.id)}>
      <span class="num" aria-hidden="true">
        [{citation.id}]
      </span>
      <a class="title" href={citation.href} target="_blank" rel="noopener">
        {citation.title}
        <span class="visually-hidden"> (source {citation.id}, opens in a new tab)</span>
      </a>
      <span class="where">passage {citation.passage}</span>
      <blockquote>
        <Quote blocks={citation.excerpt} />
      </blockquote>
      {citation.original ? (
        <p class="links">
          <a href={citation.original} target="_blank" rel="noopener noreferrer">
            Open the original page at this passage
            <span class="visually-hidden"> (opens in a new tab)</span>
          </a>
        </p>
      ) : null}
    </li>
  )
}
