// Peer search libraries run out of the box over the very sentences Verbatim cites, so the eval
// compares ranking and abstention, not what each system is allowed to quote. Each peer gets the
// library's default settings, answers with its top 3 sentences, and abstains only when the library
// returns nothing: that is what a developer gets by dropping the library in. History is ignored,
// as none of them has a notion of a conversation.

import { create, insertMultiple, search as oramaSearch } from '@orama/orama'
import lunr from 'lunr'
import MiniSearch from 'minisearch'
import type { Corpus } from '../core/corpus.ts'
import { isCitable } from '../core/passages.ts'
import type { Answer, Citation } from '../core/types.ts'

const TOP = 3

interface Doc {
  id: number
  text: string
}

/** Every citable sentence of the corpus, keyed by its index in the corpus-wide sentence list. */
export function citableSentences(corpus: Corpus): Doc[] {
  const docs: Doc[] = []
  const { sentences } = corpus.data
  for (let id = 0; id < sentences.length; id++) {
    const s = sentences.at(id)
    if (isCitable(s.kind))
      docs.push({ id, text: corpus.docs.get(s.docId)!.text.slice(s.start, s.end) })
  }
  return docs
}

/** The API's reply shape for a ranked list of sentence ids (empty list → abstain). */
function reply(corpus: Corpus, ranked: Array<{ id: number; score: number }>): Answer {
  const citations: Citation[] = ranked.slice(0, TOP).map(({ id, score }, i) => {
    const s = corpus.data.sentences.at(id)
    const doc = corpus.docs.get(s.docId)!
    return {
      id: i + 1,
      docId: s.docId,
      title: doc.title,
      text: doc.text.slice(s.start, s.end),
      start: s.start,
      end: s.end,
      score,
      version: doc.version,
    }
  })
  if (citations.length === 0) return { found: false, answer: '', citations: [] }
  return {
    found: true,
    answer: citations.map((c) => `${c.text} [${c.id}]`).join(' '),
    citations,
  }
}

export type Baseline = (question: string) => Answer

export function lunrBaseline(corpus: Corpus): Baseline {
  const docs = citableSentences(corpus)
  const index = lunr(function () {
    this.ref('id')
    this.field('text')
    for (const d of docs) this.add(d)
  })
  const asWords = (question: string) =>
    index.query((q) => {
      for (const t of lunr.tokenizer(question)) q.term(t.toString(), {})
    })
  return (question) => {
    let results: lunr.Index.Result[]
    // lunr reads `:` `^` `~` `+` `-` `*` as query syntax. It throws on a question such as
    // "c.req.query('x'):", and "hono rpc, ~200 routes" asks for every term within 200 edits of
    // "rpc", which ran out of memory after two minutes; the documented way to pass raw user text
    // is then the query builder with lunr's own tokenizer.
    if (question.includes('~')) results = asWords(question)
    else
      try {
        results = index.search(question)
      } catch {
        results = asWords(question)
      }
    return reply(
      corpus,
      results.map((r) => ({ id: Number(r.ref), score: r.score })),
    )
  }
}

export function miniSearchBaseline(corpus: Corpus): Baseline {
  const index = new MiniSearch<Doc>({ fields: ['text'] })
  index.addAll(citableSentences(corpus))
  return (question) =>
    reply(
      corpus,
      index.search(question).map((r) => ({ id: Number(r.id), score: r.score })),
    )
}

export function oramaBaseline(corpus: Corpus): Baseline {
  const db = create({ schema: { sid: 'number', text: 'string' } as const })
  const docs = citableSentences(corpus)
  const inserted = insertMultiple(
    db,
    docs.map((d) => ({ sid: d.id, text: d.text })),
  )
  if (inserted instanceof Promise) throw new Error('Orama: expected a synchronous insert')
  return (question) => {
    const results = oramaSearch(db, { term: question, limit: TOP })
    if (results instanceof Promise) throw new Error('Orama: expected a synchronous search')
    return reply(
      corpus,
      results.hits.map((h) => ({ id: h.document.sid, score: h.score })),
    )
  }
}

export const BASELINES: Record<string, (corpus: Corpus) => Baseline> = {
  lunr: lunrBaseline,
  minisearch: miniSearchBaseline,
  orama: oramaBaseline,
}
