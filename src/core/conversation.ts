// A conversation answered from its questions alone: each question in turn, with the questions
// before it and their answers as its history. The chat page carries only the questions in its form
// (never a session) and replays them; answering is deterministic, so the replay is what the
// reader saw. One call answers the whole of it, so that where answering runs elsewhere (Node's
// answer threads) a turn of the chat crosses to a thread once, not once per earlier question.

import { answerQuestion, type AnswerOptions } from './answer.ts'
import type { Answer, Turn } from './types.ts'
import type { Corpus } from './corpus.ts'

/** The answer to each of `questions`, in order, each asked after the ones before it. */
export function answerConversation(
  corpus: Corpus,
  questions: string[],
  options: AnswerOptions = {},
): Answer[] {
  const history: Turn[] = []
  return questions.map((q) => {
    const a = answerQuestion(corpus, q, history.slice(), options)
    history.push({ role: 'user', content: q }, { role: 'assistant', content: a.answer })
    return a
  })
}
