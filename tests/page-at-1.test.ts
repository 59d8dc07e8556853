// page@1 of `npm run eval`: whether the first citation comes from the document the gold is in,
// apart from whether it is the gold sentence.
import { describe, expect, it } from 'vitest'
import { pageAt1, runSet, type DevQuestion } from '../src/eval/run-set.ts'
import type { Answer } from '../src/core/types.ts'

const q = (id: string, doc: string | null, gold = ['x']): DevQuestion => ({
  id,
  group: 'direct',
  question: id,
  doc,
  gold,
})
/** A reply citing one sentence of `docId`, or an abstention when docId is undefined. */
const reply = (docId?: string) =>
  ({
    found: docId !== undefined,
    answer: '',
    citations: docId ? [{ id: 1, docId, title: '', text: 'x', start: 0, end: 1, score: 1 }] : [],
  }) as unknown as Answer

describe('pageAt1', () => {
  it('counts the in-scope questions whose first citation is from their gold document', () => {
    const cites: Record<string, string | undefined> = { a: 'one', b: 'two', c: undefined }
    const runs = runSet(
      (question) => reply(cites[question]),
      [q('a', 'one'), q('b', 'one'), q('c', 'one')],
    )
    // a: right page; b: another page; c: abstained, a miss.
    expect(pageAt1(runs)).toBeCloseTo(1 / 3)
  })

  it('leaves out questions without a document or gold (out of scope)', () => {
    const runs = runSet(() => reply('one'), [q('a', 'one'), q('oos', null, []), q('nodoc', null)])
    expect(pageAt1(runs)).toBe(1)
  })

  it('is NaN when no question names a document', () => {
    expect(pageAt1(runSet(() => reply('one'), [q('a', null)]))).toBeNaN()
  })
})
