// One zod schema per request and per response. `zod/mini` keeps the worker bundle small (~15 KB gzip
// instead of ~92 KB for full zod) with the same checks.

import * as z from 'zod/mini'

/** Request limits; every one is enforced before the answerer sees the request. */
export const REQUEST_LIMITS = {
  bodyBytes: 64 * 1024,
  questionChars: 2000,
  historyTurns: 50,
  turnChars: 8000,
  maxK: 10,
}

export const TurnSchema = z.object({
  role: z.enum(['user', 'assistant']),
  content: z
    .string()
    .check(
      z.maxLength(
        REQUEST_LIMITS.turnChars,
        `must be at most ${REQUEST_LIMITS.turnChars} characters`,
      ),
    ),
})

/** How many citations may be asked for, said the same whatever is wrong with `k`. */
const K_RANGE = `must be a whole number from 1 to ${REQUEST_LIMITS.maxK}`

export const AnswerRequestSchema = z.object({
  question: z
    // A body without it is told so, not that "undefined" is not a string.
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : undefined) })
    .check(
      z.trim(),
      z.minLength(1, 'must not be empty'),
      z.maxLength(
        REQUEST_LIMITS.questionChars,
        `must be at most ${REQUEST_LIMITS.questionChars} characters`,
      ),
    ),
  history: z.optional(
    z
      .array(TurnSchema)
      .check(
        z.maxLength(
          REQUEST_LIMITS.historyTurns,
          `must have at most ${REQUEST_LIMITS.historyTurns} turns`,
        ),
      ),
  ),
  k: z.optional(
    z.int({ error: K_RANGE }).check(z.gte(1, K_RANGE), z.lte(REQUEST_LIMITS.maxK, K_RANGE)),
  ),
})
export type AnswerRequest = z.infer<typeof AnswerRequestSchema>

const Span = {
  docId: z.string(),
  title: z.string(),
  text: z.string(),
  start: z.int().check(z.gte(0)),
  end: z.int().check(z.gte(0)),
}

export const CitationSchema = z.object({
  id: z.int().check(z.gte(1)),
  ...Span,
  score: z.number(),
  version: z.string(),
})

export const AnswerResponseSchema = z.object({
  found: z.boolean(),
  answer: z.string(),
  citations: z.array(CitationSchema),
  related: z.optional(z.array(z.object(Span))),
  missing: z.optional(z.array(z.string())),
  next: z.optional(z.object(Span)),
})

export const DocumentListSchema = z.object({
  documents: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      chars: z.int(),
      passages: z.int(),
      version: z.string(),
    }),
  ),
})

export const DocumentSchema = z.object({
  id: z.string(),
  title: z.string(),
  text: z.string(),
  version: z.string(),
  source: z.optional(z.string()),
})

export const ErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
})

/** Turns zod issues into one readable sentence: "question: must not be empty; k: too big". */
export function describeIssues(issues: ReadonlyArray<z.core.$ZodIssue>): string {
  return issues
    .slice(0, 5)
    .map((i) => {
      const where = i.path.length ? i.path.join('.') : 'body'
      let what = i.message
      if (what === 'Invalid input') {
        if (i.code === 'invalid_type') what = `expected ${(i as { expected: string }).expected}`
        else if (i.code === 'invalid_value')
          what = `expected one of ${(i as { values: unknown[] }).values.map((v) => JSON.stringify(v)).join(', ')}`
        else if (i.code === 'too_big')
          what = `must be at most ${(i as { maximum: number }).maximum}`
        else if (i.code === 'too_small')
          what = `must be at least ${(i as { minimum: number }).minimum}`
      }
      return `${where}: ${what}`
    })
    .join('; ')
}
