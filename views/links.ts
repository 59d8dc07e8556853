// Where a citation points: the document page with the cited span marked and its passage in view,
// and, when the document names its original, that page with a text fragment for the same words.

import type { Corpus } from '../src/core/corpus.ts'

/** Ids may hold "/" (nested folders); each segment is encoded, the separators kept. */
export const documentPath = (docId: string) =>
  `/documents/${docId.split('/').map(encodeURIComponent).join('/')}`

/** Anchor of the n-th passage (1-based) of a document. */
export const passageAnchor = (n: number) => `p${n}`

/** 1-based position, within its document, of the passage that holds offset `at`. */
export function passageNumber(corpus: Corpus, docId: string, at: number): number {
  let n = 0
  const { sentences, passages } = corpus.data
  for (let p = 0; p < passages.length; p++) {
    if (passages.docId(p, sentences) !== docId) continue
    n++
    if (at < passages.end(p, sentences)) return n
  }
  return Math.max(n, 1)
}

export function citationHref(corpus: Corpus, docId: string, start: number, end: number): string {
  const n = passageNumber(corpus, docId, start)
  return `${documentPath(docId)}?from=${start}&to=${end}#${passageAnchor(n)}`
}

/**
 * The source as a URL without its fragment, if it is http(s): a `javascript:` source in a
 * document's front matter must never become a link.
 */
export function httpUrl(source: string): URL | undefined {
  let url: URL
  try {
    url = new URL(source)
  } catch {
    return undefined
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined
  url.hash = ''
  return url
}

/** Words a text fragment can quote on both sides of: encodeURIComponent leaves "-" alone. */
const fragmentPart = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D')

/**
 * The original page with `#:~:text=start,end` (WICG scroll-to-text-fragment), so the browser
 * highlights the cited words there. Long quotes use their first and last words, which match even
 * where the original page splits the passage across elements. Only http(s) sources become links.
 */
export function textFragmentUrl(source: string, quote: string): string | undefined {
  const url = httpUrl(source)
  if (!url) return undefined
  const words = quote.replace(/\s+/g, ' ').trim().split(' ')
  const directive =
    words.length <= 8
      ? fragmentPart(words.join(' '))
      : `${fragmentPart(words.slice(0, 4).join(' '))},${fragmentPart(words.slice(-4).join(' '))}`
  return `${url.href}#:~:text=${directive}`
}

/**
 * Where a link inside a quoted document may lead: an http(s) URL, or a relative one resolved
 * against the document's original page when it names one. Any other scheme (javascript:, data:,
 * mailto:…) gives undefined and the link stays words. The WHATWG parser the browser uses decides,
 * so "java\tscript:" and " javascript:" are caught too. Without an original, a destination
 * without a scheme stays words as well: "/docs/helpers/factory" or "#fragment" would lead to a
 * page or heading this site does not have, and "//evil.com" or "/\\evil.com" elsewhere entirely.
 */
export function quoteLink(destination: string, base?: string): string | undefined {
  if (!destination.trim()) return undefined
  const original = base ? httpUrl(base) : undefined
  let url: URL
  try {
    // Without a base only an absolute URL parses.
    url = original ? new URL(destination, original) : new URL(destination)
  } catch {
    return undefined
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined
  return url.href
}
