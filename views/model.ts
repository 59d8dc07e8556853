// What the chat views need from an answer, with every link worked out: the views only render.

import type { Corpus } from '../src/core/corpus.ts'
import type { Answer, Citation, Related } from '../src/core/types.ts'
import { answerParts } from './answer-parts.ts'
import { citationHref, passageNumber, quoteLink, textFragmentUrl } from './links.ts'
import { clipBlocks, markdownDoc, quoteBlocks, type QuoteBlock } from './quote-markdown.ts'

/** The answer above already quotes the citation in full; the list needs only enough to place it. */
export const EXCERPT_CHARS = 200

export interface CitationView extends Citation {
  /** The document page, cited span marked, its passage scrolled into view. */
  href: string
  /** 1-based number of the passage, within its document, that holds the citation. */
  passage: number
  /** The document's original page with a text fragment, when the document names one. */
  original?: string
  /** The cited words as read from their Markdown, cut to EXCERPT_CHARS for the source list. */
  excerpt: QuoteBlock[]
}

export interface RelatedView extends Related {
  href: string
  quote: QuoteBlock[]
}

/** An answer as the page shows it: quoted words, read from their Markdown, and markers. */
export type AnswerPartView = { quote: QuoteBlock[] } | { marker: number }

export interface TurnView {
  /** Turn number in the conversation: keeps marker and citation ids unique on the page. */
  n: number
  question: string
  answer: Omit<Answer, 'citations' | 'related' | 'next'> & {
    citations: CitationView[]
    related?: RelatedView[]
    next?: RelatedView
    parts: AnswerPartView[]
  }
}

export function turnView(corpus: Corpus, n: number, question: string, answer: Answer): TurnView {
  const source = (docId: string) => corpus.docs.get(docId)?.source
  // Relative links in a quote lead where they do on the document's original page, if it names one.
  const quote = (text: string, docId?: string) => {
    const doc = docId ? corpus.docs.get(docId) : undefined
    return quoteBlocks(text, (d) => quoteLink(d, doc?.source), doc ? markdownDoc(doc) : false)
  }
  const relatedView = (r: Related): RelatedView => ({
    ...r,
    href: citationHref(corpus, r.docId, r.start, r.end),
    quote: quote(r.text, r.docId),
  })
  const cited = new Map(answer.citations.map((c) => [c.id, c]))
  // Each citation's words are read once: the answer quotes them, and the source list clips them.
  const readings = new Map(answer.citations.map((c) => [c.id, quote(c.text, c.docId)]))
  return {
    n,
    question,
    answer: {
      ...answer,
      citations: answer.citations.map((c) => {
        const src = source(c.docId)
        const original = src ? textFragmentUrl(src, c.text) : undefined
        return {
          ...c,
          href: citationHref(corpus, c.docId, c.start, c.end),
          passage: passageNumber(corpus, c.docId, c.start),
          ...(original ? { original } : {}),
          excerpt: clipBlocks(readings.get(c.id)!, EXCERPT_CHARS),
        }
      }),
      related: answer.related?.map(relatedView),
      next: answer.next && relatedView(answer.next),
      parts: answerParts(answer.answer, answer.citations).map((p) => {
        if ('marker' in p) return p
        const c = p.cite === undefined ? undefined : cited.get(p.cite)
        // A part that quotes a citation holds its text (answerParts splits at them): read already.
        if (c && c.text === p.text) return { quote: readings.get(c.id)! }
        return { quote: quote(p.text, c?.docId) }
      }),
    },
  }
}
