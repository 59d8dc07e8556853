// A conversation's history as the chat sends it back: a question, then the answer it got.
import { answerQuestion, type AnswerOptions } from '../../src/core/answer.ts'
import type { Corpus } from '../../src/core/corpus.ts'
import type { Answer, Turn } from '../../src/core/types.ts'

export const turn = (question: string, answer: Pick<Answer, 'answer'>): Turn[] => [
  { role: 'user', content: question },
  { role: 'assistant', content: answer.answer },
]

/**
 * A reader asking one question after another, each with the turns before it as its history:
 * `ask` answers the next question, `history` is the conversation so far.
 */
export function conversation(corpus: Corpus, options?: AnswerOptions) {
  const history: Turn[] = []
  const ask = (question: string): Answer => {
    const a = answerQuestion(corpus, question, history, options)
    history.push(...turn(question, a))
    return a
  }
  return { ask, history }
}

/** The answer to the last of `questions`, asked one after another as a conversation. */
export const lastAnswer = (corpus: Corpus, ...questions: string[]): Answer => {
  const talk = conversation(corpus)
  return questions.map((q) => talk.ask(q)).at(-1)!
}
