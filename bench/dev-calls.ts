// The dev set as the exact list of answer calls a client makes: a follow-up's earlier questions are
// asked first and their replies sent back as history (as src/eval/run-set.ts and score.mjs do).

import { readFileSync } from 'node:fs'
import type { Corpus } from '../src/core/corpus.ts'
import { answerQuestion } from '../src/core/answer.ts'
import type { Turn } from '../src/core/types.ts'
import { runSet, type QuestionSet } from '../src/eval/run-set.ts'

export interface Call {
  question: string
  history: Turn[]
}

export const DEV_SET = new URL('../tests/fixtures/dev.json', import.meta.url)

export function devCalls(corpus: Corpus): Call[] {
  const set = JSON.parse(readFileSync(DEV_SET, 'utf8')) as QuestionSet
  const calls: Call[] = []
  runSet((question, history) => {
    calls.push({ question, history })
    return answerQuestion(corpus, question, history)
  }, set.questions)
  return calls
}
