// One turn of the conversation: the reader's question, shown back as text, and the answer in the
// documents' own words (their Markdown read: links, code, lists) with its markers linked to the
// source list below it.

import { withoutOffer } from './answer-parts.ts'
import { CitationItem, citationId } from './citation.tsx'
import type { RelatedView, TurnView } from './model.ts'
import { Quote } from './quote.tsx'

/** Questions offered as buttons; inside the chat form they submit as `suggest`. */
export function SuggestionButtons({ questions, label }: { questions: string[]; label: string }) {
  return (
    <ul class="suggestions" aria-label={label}>
      {questions.map((q) => (
        <li>
          <button class="suggestion" type="submit" name="suggest" value={q} formnovalidate>
            {q}
          </button>
        </li>
      ))}
    </ul>
  )
}

function Found({ turn }: { turn: TurnView }) {
  const { n, answer } = turn
  const marker = (id: number) => (
    <>
      {/* A word joiner keeps the marker on the line of the sentence it cites. */}
      {'\u2060'}
      <a class="marker" href={`#${citationId(n, id)}`}>
        [{id}]<span class="visually-hidden"> source</span>
      </a>
    </>
  )
  const { parts } = answer
  return (
    <>
      <div class="answer">
        {parts.map((part, i) => {
          if ('marker' in part) {
            // A marker after a quote is rendered with it, inside its last paragraph.
            return i > 0 && 'quote' in parts[i - 1] ? null : marker(part.marker)
          }
          const next = parts[i + 1]
          const after = next && 'marker' in next ? marker(next.marker) : undefined
          return part.quote.length ? <Quote blocks={part.quote} after={after} /> : <> {after}</>
        })}
      </div>
      <h2 class="sources">Sources</h2>
      <ol class="citations">
        {answer.citations.map((c) => (
          <CitationItem turn={n} citation={c} />
        ))}
      </ol>
    </>
  )
}

/** A passage offered beside an abstention, with a link to it in its document. */
function OfferedPassage({ passage }: { passage: RelatedView }) {
  return (
    <li>
      “<Quote blocks={passage.quote} />” —{' '}
      <a href={passage.href} target="_blank" rel="noopener">
        {passage.title}
        <span class="visually-hidden"> (opens in a new tab)</span>
      </a>
    </li>
  )
}

function NotFound({ turn, suggestions }: { turn: TurnView; suggestions: string[] }) {
  const { next } = turn.answer
  const related = turn.answer.related ?? []
  return (
    <>
      <p class="answer">{withoutOffer(turn.answer.answer)}</p>
      {next ? (
        <>
          <p class="offer">The page goes on:</p>
          <ul class="related">
            <OfferedPassage passage={next} />
          </ul>
        </>
      ) : null}
      {related.length ? (
        <>
          <p class="offer">The nearest passages, which do not answer it:</p>
          <ul class="related">
            {related.map((r) => (
              <OfferedPassage passage={r} />
            ))}
          </ul>
        </>
      ) : null}
      {suggestions.length ? (
        <>
          <p class="offer">Questions the documents do answer:</p>
          <SuggestionButtons questions={suggestions} label="Questions the documents answer" />
        </>
      ) : null}
    </>
  )
}

export function Turn({ turn, suggestions }: { turn: TurnView; suggestions: string[] }) {
  return (
    <article class="turn" id={`t${turn.n}`} aria-label={`Question ${turn.n} and its answer`}>
      <div class="msg user">
        <p class="who">You</p>
        <p>{turn.question}</p>
      </div>
      <div class="msg bot">
        <p class="who">Verbatim</p>
        {turn.answer.found ? (
          <Found turn={turn} />
        ) : (
          <NotFound turn={turn} suggestions={suggestions} />
        )}
      </div>
    </article>
  )
}

/** A request the page could not answer (empty question, too long, wrong origin…), shown in the log. */
export function ErrorTurn({ message }: { message: string }) {
  return (
    <article class="turn">
      <div class="msg bot error" role="alert">
        <p>{message}</p>
      </div>
    </article>
  )
}
