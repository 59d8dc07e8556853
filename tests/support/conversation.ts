// A conversation's history as the chat sends it back: a question, then the answer it got.
import type { Answer, Turn } from '../../src/core/types.ts'

export const turn = (question: string, answer: Pick<Answer, 'answer'>): Turn[] => [
  { role: 'user', content: question },
  { role: 'assistant', content: answer.answer },
]
