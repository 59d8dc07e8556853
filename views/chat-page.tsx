// The chat page. One form holds the conversation, the carried state and the question box, so the
// same markup works with htmx (the new turn is appended to #log) and without JavaScript (the form
// posts and the whole page comes back).

import { Layout } from './layout.tsx'
import { ErrorTurn, SuggestionButtons, Turn } from './message.tsx'
import type { TurnView } from './model.ts'

export interface ChatState {
  /** Earlier questions, oldest first: the conversation, carried by the form instead of a session. */
  asked: string[]
  /** Number of the last turn shown (ids on the page stay unique after old turns are dropped). */
  n: number
}

export interface ChatProps {
  titles: string[]
  suggestions: string[]
  turns: TurnView[]
  state: ChatState
  error?: string
  maxChars: number
}

/** Hidden fields that carry the conversation: the questions only; answers are recomputed. */
export function StateFields({ state }: { state: ChatState }) {
  return (
    <>
      {state.asked.map((q) => (
        <input type="hidden" name="asked" value={q} />
      ))}
      <input type="hidden" name="n" value={String(state.n)} />
    </>
  )
}

function listTitles(titles: string[]): string {
  if (titles.length <= 1) return titles.join('')
  return `${titles.slice(0, -1).join('; ')} and ${titles[titles.length - 1]}`
}

export function ChatPage(props: ChatProps) {
  const { titles, suggestions, turns, state, error, maxChars } = props
  return (
    <Layout title="Verbatim — answers from your documents, in their own words">
      <header class="site wrap">
        <h1>
          <a href="/">Verbatim</a>
        </h1>
        <p class="knows">
          {titles.length
            ? `Answers only from ${titles.length === 1 ? 'this document' : `these ${titles.length} documents`}, quoting them word for word: ${listTitles(titles)}.`
            : 'No documents are loaded yet, so there is nothing to answer from.'}
        </p>
      </header>
      <form
        id="chat"
        method="post"
        action="/chat"
        hx-post="/chat"
        hx-target="#log"
        hx-swap="beforeend"
        hx-disable="find .send"
      >
        <main class="chat wrap" id="main">
          {suggestions.length ? (
            <section class="empty" aria-labelledby="try">
              <h2 id="try">Try one of these</h2>
              <SuggestionButtons questions={suggestions} label="Suggested questions" />
            </section>
          ) : null}
          <div id="log" role="log" aria-live="polite" aria-label="Conversation">
            {turns.map((t) => (
              <Turn turn={t} suggestions={t.answer.found ? [] : suggestions.slice(0, 3)} />
            ))}
            {error ? <ErrorTurn message={error} /> : null}
          </div>
          <div class="composer">
            <div id="state">
              <StateFields state={state} />
            </div>
            <label for="question">Your question</label>
            <div class="row">
              <textarea
                id="question"
                name="question"
                rows={2}
                maxlength={maxChars}
                required
                autocomplete="off"
                aria-describedby="hint"
              ></textarea>
              <button class="send" type="submit">
                Ask
              </button>
            </div>
            <p class="hint" id="hint">
              Enter sends, Shift+Enter adds a line. Answers quote the documents and link to them.
            </p>
          </div>
        </main>
      </form>
    </Layout>
  )
}

/**
 * The answer to one post, from ONE component: the whole page for a plain form post, or for htmx
 * only the new turn plus the updated state fields (an <hx-partial> aimed at #state).
 */
export function ChatResponse({ partial, ...props }: ChatProps & { partial: boolean }) {
  if (!partial) return <ChatPage {...props} />
  const last = props.turns[props.turns.length - 1]
  return (
    <>
      {props.error ? (
        <ErrorTurn message={props.error} />
      ) : last ? (
        <Turn turn={last} suggestions={last.answer.found ? [] : props.suggestions.slice(0, 3)} />
      ) : null}
      <hx-partial hx-target="#state" hx-swap="innerHTML">
        <StateFields state={props.state} />
      </hx-partial>
    </>
  )
}
