import { describe, expect, it } from 'vitest'
import { loadCorpus } from '../src/core/corpus.ts'
import { ingest } from '../src/core/ingest.ts'
import { groupPassages } from '../src/core/passages.ts'
import { splitUnits } from '../src/core/sentences.ts'
import type { Passage, Sentence } from '../src/core/types.ts'
import { PassageTable, SentenceTable } from '../src/core/unit-tables.ts'
import { readCorpus } from '../src/node/read-corpus.ts'
import { CORPUS_DIR, SHARED_DIR } from './support/corpus.ts'

describe('the tables of units and passages', () => {
  it('hold exactly the units and passages the documents are grouped into', async () => {
    // A heading of no words ("# <img …>") is a heading all the same.
    const odd = [
      { path: 'a.md', content: '# <img src="logo.png">\n\nSome text.\n\n## Usage\n\nMore text.\n' },
      { path: 'b.md', content: 'No heading at all.\n\nWhat is this?\n\nA page.\n' },
    ]
    for (const dir of [CORPUS_DIR, `${SHARED_DIR}/corpora/hono-docs`, '']) {
      const { files } = dir ? await readCorpus(dir) : { files: odd }
      const prebuilt = ingest(files)
      // The lists as groupPassages makes them, document by document.
      const units: Sentence[] = []
      const passages: Passage[] = []
      for (const doc of prebuilt.docs)
        groupPassages(doc.id, doc.text, splitUnits(doc.text), units, passages)
      const { sentences } = prebuilt
      const text = (docId: string) => prebuilt.docs.find((d) => d.id === docId)!.text
      expect(sentences.list()).toEqual(units)
      expect(passages.some((p) => p.label !== undefined) || dir !== CORPUS_DIR).toBe(true)
      if (!dir) expect(passages.map((p) => p.headings)).toContainEqual([''])
      const table = prebuilt.passages
      expect(table.length).toBe(passages.length)
      passages.forEach((p, i) => expect(table.at(i, sentences, text)).toEqual(p))
      // Shipped as JSON and read back, the same tables.
      const shipped = JSON.parse(JSON.stringify(prebuilt))
      const again = loadCorpus(shipped).data
      expect(again.sentences).toBeInstanceOf(SentenceTable)
      expect(again.passages).toBeInstanceOf(PassageTable)
      expect(again.sentences.list()).toEqual(units)
      passages.forEach((p, i) => expect(again.passages.at(i, again.sentences, text)).toEqual(p))
    }
  })
})
