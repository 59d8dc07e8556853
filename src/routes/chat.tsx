// HTML routes: the chat page (GET /), its form posts (POST /chat: the whole page, or for htmx only
// the new turn), the document pages citations link to, and the static assets.
//
// The conversation is carried by the form (the earlier questions as hidden fields), never by a
// session, so any instance (Node or a Worker) can answer any post. Earlier answers are recomputed:
// answering is deterministic and takes well under a millisecond, and the form stays small.

import { Hono, type Context } from 'hono'
import type { AnswerOptions } from '../core/answer.ts'
import { answerConversation } from '../core/conversation.ts'
import type { Corpus } from '../core/corpus.ts'
import { suggestQuestions } from '../core/suggest.ts'
import { ASSETS } from '../assets/index.ts'
import { HttpError } from '../errors.ts'
import { ChatResponse, type ChatProps, type ChatState } from '../../views/chat-page.tsx'
import { documentSections } from '../../views/document-blocks.ts'
import { DocumentPage, MissingDocumentPage } from '../../views/document-page.tsx'
import { documentHtml } from '../../views/layout.tsx'
import { httpUrl } from '../../views/links.ts'
import { turnView } from '../../views/model.ts'
import { cfClientKey, type RateLimiter } from '../middleware/rate-limit.ts'
import type { Converser } from './api.ts'
import { batched } from './batch-answers.ts'
import { readBodyText } from './read-body.ts'
import { REQUEST_LIMITS } from './schemas.ts'

export interface ChatDeps {
  corpus: Corpus
  answer?: AnswerOptions
  /** Per-client limit on questions asked through the page (the same one as the JSON API's). */
  rateLimiter?: RateLimiter
  clientKey?: (c: Context) => string
  /**
   * What answers the form's conversation (its earlier questions replayed, then the new one): where
   * the JSON API's questions are answered (on Node, one job for the answer threads), so a question
   * asked on the page is answered as it would be through /api/answer. Defaults to
   * answerConversation.
   */
  converser?: Converser
}

/** Same limits as the API: 50 history turns are 25 earlier questions of at most 2,000 characters. */
export const CHAT_LIMITS = {
  questions: Math.floor(REQUEST_LIMITS.historyTurns / 2),
  questionChars: REQUEST_LIMITS.questionChars,
  /** 25 questions of 2,000 characters, percent-encoded (up to 9 bytes a character), with room. */
  bodyBytes: 512 * 1024,
}

/**
 * CSRF: a form post must come from this site. Browsers send Sec-Fetch-Site (and Origin) on every
 * POST; either one showing the same origin is enough, as in hono/csrf. Checked here rather than
 * with hono/csrf so the refusal is a page or fragment the reader can read (htmx 4 swaps it in).
 */
function sameOrigin(c: Context): boolean {
  if (c.req.header('sec-fetch-site') === 'same-origin') return true
  const origin = c.req.header('origin')
  return origin !== undefined && origin === new URL(c.req.url).origin
}

async function readForm(req: Request): Promise<URLSearchParams> {
  const type = req.headers.get('content-type') ?? ''
  const text = await readBodyText(req, CHAT_LIMITS.bodyBytes)
  if (/^application\/x-www-form-urlencoded\b/i.test(type)) return new URLSearchParams(text)
  if (/^multipart\/form-data\b/i.test(type)) {
    const form = await new Response(text, { headers: { 'content-type': type } }).formData()
    const out = new URLSearchParams()
    for (const [k, v] of form) if (typeof v === 'string') out.append(k, v)
    return out
  }
  throw new HttpError(415, 'unsupported_media_type', 'Send the question with the form on the page.')
}

export function chatRoutes({
  corpus,
  answer,
  rateLimiter,
  clientKey = cfClientKey,
  converser = answerConversation,
}: ChatDeps) {
  // Suggestions are checked against the answerer once, on the first page served rather than at
  // start: a worker's cold start stays short, and a fault shows as a failed request, not a crash.
  let suggestions: string[] | undefined
  const titles = corpus.data.docs.map((d) => d.title)
  const base = () => ({
    titles,
    suggestions: (suggestions ??= suggestQuestions(corpus, 4, answer)),
    maxChars: CHAT_LIMITS.questionChars,
  })
  const r = new Hono()

  const respond = (
    c: Context,
    props: Omit<ChatProps, keyof ReturnType<typeof base>>,
    status = 200,
  ) => {
    const partial = c.req.header('hx-request') === 'true'
    c.header('Vary', 'HX-Request')
    c.header('Cache-Control', 'no-store')
    const body = ChatResponse({ ...base(), ...props, partial })
    return c.html(partial ? String(body) : documentHtml(body), status as 200)
  }

  r.get('/', (c) => respond(c, { turns: [], state: { asked: [], n: 0 } }))

  r.post('/chat', async (c) => {
    const empty: ChatState = { asked: [], n: 0 }
    if (!sameOrigin(c))
      return respond(
        c,
        {
          turns: [],
          state: empty,
          error: 'This form only accepts questions sent from its own page.',
        },
        403,
      )
    if (rateLimiter) {
      // Refused on the page itself, as a message the reader sees (htmx 4 swaps a 429 in).
      const decision = await rateLimiter.limit(clientKey(c))
      if (!decision.ok) {
        c.header('Retry-After', String(decision.retryAfter))
        const error = `Too many questions from this address; try again in ${decision.retryAfter} s.`
        return respond(c, { turns: [], state: empty, error }, 429)
      }
    }
    let form: URLSearchParams
    try {
      form = await readForm(c.req.raw)
    } catch (err) {
      if (!(err instanceof HttpError)) throw err
      return respond(c, { turns: [], state: empty, error: err.message }, err.status)
    }
    const asked = form
      .getAll('asked')
      .map((q) => q.trim().slice(0, CHAT_LIMITS.questionChars))
      .filter(Boolean)
      .slice(-CHAT_LIMITS.questions)
    const n = Math.max(Number.parseInt(form.get('n') ?? '', 10) || 0, asked.length)

    const state: ChatState = { asked, n }
    const question = (form.get('suggest') || form.get('question') || '').trim()
    const error = !question
      ? 'Type a question first, then send it.'
      : question.length > CHAT_LIMITS.questionChars
        ? `That question is longer than ${CHAT_LIMITS.questionChars} characters; please shorten it.`
        : undefined

    // Replay the earlier questions to rebuild the history exactly as the API would receive it, then
    // answer, with the other questions of this turn of the event loop (see batch-answers.ts): the
    // whole conversation in one call, so on Node one job for the answer threads.
    const replay = async () => {
      const answers = await converser(
        corpus,
        error ? asked : [...asked, question],
        answer,
        c.get('givenUp'),
      )
      const turns = asked.map((q, i) => turnView(corpus, n - asked.length + i + 1, q, answers[i]))
      return { turns, a: error ? undefined : answers[asked.length] }
    }
    let replayed: Awaited<ReturnType<typeof replay>>
    try {
      replayed = await batched(replay)
    } catch (err) {
      // Threads too busy to take the question: said on the page, like a refused rate limit.
      if (!(err instanceof HttpError)) throw err
      return respond(c, { turns: [], state, error: err.message }, err.status)
    }
    const { turns, a } = replayed
    if (!a) return respond(c, { turns, state, error }, 400)
    turns.push(turnView(corpus, n + 1, question, a))
    const next: ChatState = {
      asked: [...asked, question].slice(-CHAT_LIMITS.questions),
      n: n + 1,
    }
    return respond(c, { turns: turns.slice(-CHAT_LIMITS.questions), state: next })
  })

  // Ids may contain "/" (nested folders); they are looked up in a Map, never joined to a path.
  r.get('/documents/:id{.+}', (c) => {
    const doc = corpus.docs.get(c.req.param('id'))
    if (!doc) return c.html(documentHtml(MissingDocumentPage()), 404)
    const int = (v: string | undefined) => (v && /^\d+$/.test(v) ? Number(v) : -1)
    const from = int(c.req.query('from'))
    const to = int(c.req.query('to'))
    const sections = documentSections(corpus, doc.id, from, to > from ? to : -1)
    const source = doc.source ? httpUrl(doc.source)?.href : undefined
    return c.html(documentHtml(DocumentPage({ doc, sections, source })))
  })

  r.get('/assets/:name', (c) => {
    const asset = ASSETS.get(c.req.param('name'))
    if (!asset) return c.text('Not found', 404)
    return c.body(asset.body, 200, {
      'Content-Type': asset.type,
      'Cache-Control': 'public, max-age=31536000, immutable',
    })
  })

  return r
}
