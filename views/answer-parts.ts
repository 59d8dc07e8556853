// Splits an answer's text at its [n] markers, so the view can render each marker as a link and the
// quoted words in between as the Markdown they are (see quote-markdown.ts), never as markup.

/** Words of the answer, and the citation they quote when known; or a marker. */
export type AnswerPart = { text: string; cite?: number } | { marker: number }

const MARKER = /\s*\[(\d+)\]/g

/**
 * A found answer is its citations' texts in order, each followed by " [id]": it is split there, so
 * a "[0]" inside cited code is never taken for a marker, and each quote keeps its citation (whose
 * document resolves its relative links). Whatever does not follow that shape is split at markers.
 */
export function answerParts(
  answer: string,
  citations: ReadonlyArray<{ id: number; text: string }> = [],
): AnswerPart[] {
  const parts: AnswerPart[] = []
  let at = 0
  for (const c of citations) {
    const sep = at > 0 ? ' ' : ''
    const quoted = `${sep}${c.text} [${c.id}]`
    if (!answer.startsWith(quoted, at)) break
    if (sep) parts.push({ text: sep })
    parts.push({ text: c.text, cite: c.id }, { marker: c.id })
    at += quoted.length
  }
  const rest = answer.slice(at)
  let from = 0
  for (const m of rest.matchAll(MARKER)) {
    if (m.index > from) parts.push({ text: rest.slice(from, m.index) })
    parts.push({ marker: Number(m[1]) })
    from = m.index + m[0].length
  }
  if (from < rest.length) parts.push({ text: rest.slice(from) })
  return parts
}

/** The abstention without its own "You could ask: …" tail, which the page offers as buttons. */
export function withoutOffer(answer: string): string {
  const at = answer.indexOf(' You could ask:')
  return at < 0 ? answer : answer.slice(0, at)
}
