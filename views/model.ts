// What the chat views need from an answer, with every link worked out: the views only render.

import type { Corpus } from '../src/core/corpus.ts'
import type { Answer, Citation, Related } from '../src/core/types.ts'
import { citationHref, passageNumber, textFragmentUrl } from './links.ts'

export interface CitationView extends Citation {
  /** The document page, cited span marked, its passage scrolled into view. */
  href: string
  /** 1-based number of the passage, within its document, that holds the citation. */
  passage: number
  /** The document's original page with a text fragment, when the document names one. */
  original?: string
}

export interface RelatedView extends Related {
  href: string
}

export interface TurnView {
  /** Turn number in the conversation: keeps marker and citation ids unique on the page. */
  n: number
  question: string
  answer: Omit<Answer, 'citations' | 'related'> & {
    citations: CitationView[]
    related?: RelatedView[]
  }
}

export function turnView(corpus: Corpus, n: number, question: string, answer: Answer): TurnView {
  const source = (docId: string) => corpus.docs.get(docId)?.source
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
        }
      }),
      related: answer.related?.map((r) => ({
        ...r,
        href: citationHref(corpus, r.docId, r.start, r.end),
      })),
    },
  }
}
