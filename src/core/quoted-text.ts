// What a reader quotes ("…", `inline code`, pasted code) and the content words of a text: a
// quoted phrase is looked for whole in a sentence, and a sentence that only repeats the reader's
// quotes tells them nothing new.

import { plain, stem, STOPWORDS, words } from './terms.ts'
import { matchesOf } from './reading-text.ts'

/** The reader's quotes: "…" (or “…”), `inline code` and fenced code. */
export const QUOTES = /```[\s\S]*?(?:```|$)|`[^`\n]+`|"[^"\n]+"|“[^”\n]+”/g

/** The phrases of two words or more a question puts in quotation marks, lower-cased. */
export function quotedPhrases(question: string): string[] | undefined {
  if (!/["“']/.test(question)) return undefined
  const out: string[] = []
  for (const m of matchesOf(QUOTED_PHRASE, question)) {
    const phrase = plainText(m[1] ?? m[2] ?? m[3])
    if (/\S\s\S/.test(phrase)) out.push(phrase)
  }
  return out.length ? out : undefined
}

const QUOTED_PHRASE = /"([^"\n]+)"|“([^”\n]+)”|(?<![\p{L}\p{N}])'([^'\n]+)'(?![\p{L}\p{N}])/gu

/** Lower case, single spaces: how a quoted phrase is looked for in a sentence. */
export const plainText = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim()

/** The stems of a text's content words. */
export function contentStems(text: string): Set<string> {
  const out = new Set<string>()
  for (const w of words(text)) if (!STOPWORDS.has(plain(w))) out.add(stem(plain(w)))
  return out
}

/** Content stems of what the question quotes, or undefined when it quotes nothing. */
export function quotedStems(question: string): Set<string> | undefined {
  if (!/[`"“]/.test(question)) return undefined
  const out = new Set<string>()
  for (const m of matchesOf(QUOTES, question)) {
    for (const w of words(m[0])) if (!STOPWORDS.has(plain(w))) out.add(stem(plain(w)))
  }
  return out.size ? out : undefined
}
