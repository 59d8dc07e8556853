// Splits an answer's text at its [n] markers, so the view can render each marker as a link without
// ever treating the text as markup.

export type AnswerPart = { text: string } | { marker: number }

const MARKER = /\s*\[(\d+)\]/g

export function answerParts(answer: string): AnswerPart[] {
  const parts: AnswerPart[] = []
  let at = 0
  for (const m of answer.matchAll(MARKER)) {
    if (m.index > at) parts.push({ text: answer.slice(at, m.index) })
    parts.push({ marker: Number(m[1]) })
    at = m.index + m[0].length
  }
  if (at < answer.length) parts.push({ text: answer.slice(at) })
  return parts
}

/** The abstention without its own "You could ask: …" tail, which the page offers as buttons. */
export function withoutOffer(answer: string): string {
  const at = answer.indexOf(' You could ask:')
  return at < 0 ? answer : answer.slice(0, at)
}
