// JSON routes. Each request is validated by its one zod schema; errors are thrown as HttpError and
// rendered once by app.onError.

import { Hono } from 'hono'
import * as z from 'zod/mini'
import { answerQuestion, type AnswerOptions } from '../core/answer.ts'
import type { Corpus } from '../core/corpus.ts'
import type { answerConversation } from '../core/conversation.ts'
import { HttpError } from '../errors.ts'
import { batched } from './batch-answers.ts'
import { readJson } from './read-body.ts'
import { AnswerRequestSchema, describeIssues, REQUEST_LIMITS } from './schemas.ts'

/** An answer already serialised (by an answer thread on Node), sent as it is. */
export class AnswerJson {
  constructor(readonly json: string) {}
}

type Answer = ReturnType<typeof answerQuestion>

/**
 * What answers a validated question: answerQuestion itself, or (Node) a pool of threads running
 * it, which drops a question whose request was given up on (`givenUp`, see deadline.ts).
 */
export type Answerer = (
  ...args: [...Parameters<typeof answerQuestion>, givenUp?: AbortSignal]
) => Answer | AnswerJson | Promise<Answer | AnswerJson>

/**
 * What answers a conversation's questions in turn (answerConversation, or Node's answer threads
 * running it): the chat page's replay of its form.
 */
export type Converser = (
  ...args: [...Parameters<typeof answerConversation>, givenUp?: AbortSignal]
) => Answer[] | Promise<Answer[]>

export interface ApiDeps {
  corpus: Corpus
  answer?: AnswerOptions
  /** Defaults to answerQuestion; see AppDeps.answerer. */
  answerer?: Answerer
}

export function apiRoutes({ corpus, answer, answerer = answerQuestion }: ApiDeps) {
  const api = new Hono()

  api.post('/answer', async (c) => {
    const body = await readJson(c.req.raw, REQUEST_LIMITS.bodyBytes)
    const parsed = z.safeParse(AnswerRequestSchema, body)
    if (!parsed.success)
      throw new HttpError(400, 'invalid_request', describeIssues(parsed.error.issues))
    const { question, history = [], k } = parsed.data
    c.set('question', question)
    const options = { ...answer, ...(k ? { k } : {}) }
    const answered = await batched(() =>
      answerer(corpus, question, history, options, c.get('givenUp')),
    )
    if (!(answered instanceof AnswerJson)) return c.json(answered)
    return c.body(answered.json, 200, { 'content-type': 'application/json' })
  })

  api.get('/documents', (c) => {
    const passages = passagesByDoc(corpus)
    return c.json({
      documents: corpus.data.docs.map((d) => ({
        id: d.id,
        title: d.title,
        chars: d.text.length,
        passages: passages.get(d.id) ?? 0,
        version: d.version,
      })),
    })
  })

  // Ids may contain "/" (nested folders); they are looked up in a Map, never joined to a path.
  api.get('/documents/:id{.+}', (c) => {
    const doc = corpus.docs.get(c.req.param('id'))
    if (!doc)
      throw new HttpError(
        404,
        'not_found',
        'No document has this id; GET /api/documents lists them.',
      )
    return c.json({
      id: doc.id,
      title: doc.title,
      text: doc.text,
      version: doc.version,
      ...(doc.source ? { source: doc.source } : {}),
    })
  })

  return api
}

/** The number of passages of each document, by its id. */
function passagesByDoc(corpus: Corpus): Map<string, number> {
  const { sentences, passages } = corpus.data
  const out = new Map<string, number>()
  for (let p = 0; p < passages.length; p++) {
    const docId = passages.docId(p, sentences)
    out.set(docId, (out.get(docId) ?? 0) + 1)
  }
  return out
}
