// Runs a question set through an answer function exactly as ../shared/qa/score.mjs runs it through
// HTTP: a follow-up's earlier questions are asked first and their replies sent back as history.

import type { Answer, Turn } from '../core/types.ts'

export interface DevQuestion {
  id: string
  group: string
  question: string
  history?: string[]
  doc?: string | null
  gold: string[]
}

export interface QuestionSet {
  questions: DevQuestion[]
}

export type AnswerFn = (
  question: string,
  history: Turn[],
) => Answer | Pick<Answer, 'found' | 'answer' | 'citations'>

export function runSet(answer: AnswerFn, questions: DevQuestion[]) {
  return questions.map((q) => {
    const history: Turn[] = []
    for (const earlier of q.history ?? []) {
      const r = answer(earlier, [...history])
      history.push({ role: 'user', content: earlier }, { role: 'assistant', content: r.answer })
    }
    return { question: q, reply: answer(q.question, history) }
  })
}

/**
 * Whether each system finds the right page, apart from the right sentence: of the in-scope
 * questions that name their gold's document (`doc`), the share whose first citation comes from it
 * (an abstention counts as a miss). A system can pick the right page and cite the wrong sentence
 * of it; the gap between page@1 and hit@1 says how often. NaN when no question names a document.
 */
export function pageAt1(runs: ReturnType<typeof runSet>): number {
  let asked = 0
  let found = 0
  for (const { question, reply } of runs) {
    if (!question.doc || !question.gold.length) continue
    asked++
    if (reply.citations[0]?.docId === question.doc) found++
  }
  return asked ? found / asked : NaN
}
