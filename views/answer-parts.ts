// Splits an answer's text at its [n] markers, so the view can render each marker as a link without
// ever treating the text as markup, and a cited code sample (a fenced block) as code.

export type AnswerPart = { text: string } | { marker: number } | { code: string }

const MARKER = /\s*\[(\d+)\]/g

/** A fenced code block: its fence lines (with their language tag) are markup, its lines the code. */
const FENCED = /```[^\n`]*\n([\s\S]*?)\n?```/g

export function answerParts(answer: string): AnswerPart[] {
  const parts: AnswerPart[] = []
  const addText = (text: string) => {
    let at = 0
    for (const m of text.matchAll(FENCED)) {
      if (m.index > at) parts.push({ text: text.slice(at, m.index) })
      parts.push({ code: m[1] })
      at = m.index + m[0].length
    }
    if (at < text.length) parts.push({ text: text.slice(at) })
  }
  let at = 0
  for (const m of answer.matchAll(MARKER)) {
    if (m.index > at) addText(answer.slice(at, m.index))
    parts.push({ marker: Number(m[1]) })
    at = m.index + m[0].length
  }
  if (at < answer.length) addText(answer.slice(at))
  return parts
}

/** The abstention without its own "You could ask: …" tail, which the page offers as buttons. */
export function withoutOffer(answer: string): string {
  const at = answer.indexOf(' You could ask:')
  return at < 0 ? answer : answer.slice(0, at)
}
