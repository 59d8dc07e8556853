// Questions that arrive in one turn of the event loop are answered together, after the loop has
// read what is waiting, at most BATCH at a time; each gets what it would get alone.
import { describe, expect, it } from 'vitest'
import { answerQuestion } from '../src/core/answer.ts'
import { BATCH, batched } from '../src/routes/batch-answers.ts'
import { defaultCorpus } from './support/corpus.ts'

describe('batched answers', () => {
  it('runs nothing at once: the work waits for the turn of the event loop to end', async () => {
    const ran: number[] = []
    const all = [1, 2, 3].map((i) => batched(() => ran.push(i)))
    expect(ran).toEqual([])
    await Promise.all(all)
    expect(ran).toEqual([1, 2, 3])
  })

  it('gives each question the answer it gets alone', async () => {
    const { corpus } = await defaultCorpus()
    const questions = [
      'What is attachment trauma?',
      'atachment trama',
      'Who painted the Mona Lisa?',
    ]
    const together = await Promise.all(
      questions.map((q) => batched(() => answerQuestion(corpus, q))),
    )
    expect(together).toEqual(questions.map((q) => answerQuestion(corpus, q)))
  })

  it('lets the replies of one batch go out before the next batch runs', async () => {
    const marks: string[] = []
    const first = batched(() => 'first').then(() => marks.push('reply to the first'))
    const rest = Array.from({ length: BATCH + 1 }, (_, i) =>
      batched(() => marks.push(`job ${i + 1}`)),
    )
    await Promise.all([first, ...rest])
    // The first BATCH jobs (the first question and BATCH - 1 others) run together; the reply to
    // the first is written before the remaining two run.
    const reply = marks.indexOf('reply to the first')
    expect(marks.slice(0, reply)).toEqual(
      Array.from({ length: BATCH - 1 }, (_, i) => `job ${i + 1}`),
    )
    expect(marks.slice(reply + 1)).toEqual([`job ${BATCH}`, `job ${BATCH + 1}`])
  })

  it('turns an error of the work into a rejection of its own promise only', async () => {
    const failing = batched(() => {
      throw new Error('boom')
    })
    const fine = batched(() => 42)
    await expect(failing).rejects.toThrow('boom')
    await expect(fine).resolves.toBe(42)
  })
})
