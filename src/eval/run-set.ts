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
