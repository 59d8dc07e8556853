// The options of answerQuestion and compose, with their defaults (answer.ts re-exports them).

export interface AnswerOptions {
  /**
   * Most citations in one answer.
   * @default 3
   */
  k?: number
  /**
   * Least coverage (salience-weighted share of the question's concepts found in one sentence) for
   * the documents to count as answering. Raise it to abstain more often, lower it to answer more.
   * @default 0.28
   */
  threshold?: number
  /**
   * A further sentence is cited only if its score is at least this share of the best one's.
   * @default 0.8
   */
  relative?: number
}

export const DEFAULT_ANSWER_OPTIONS: Required<AnswerOptions> = {
  k: 3,
  threshold: 0.28,
  relative: 0.8,
}
