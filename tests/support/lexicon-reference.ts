// The corpus lexicon as ingest first built it: WordNet's relations walked for one corpus, each
// query stem's expansions sorted and cut to MAX_EXPANSIONS. Slow (0.2–0.3 s a corpus, whatever its
// size) but plain; restrictLexicon must give exactly what it gives (tests/lexicon.test.ts).

import { MAX_EXPANSIONS, weightChar, type CorpusLexicon } from '../../src/core/lexicon.ts'
import { packTable } from '../../src/core/packed-table.ts'
import {
  bestFirst,
  frequencyEntries,
  relatedStems,
  type WordnetTable,
} from '../../src/core/wordnet-graph.ts'

export function referenceLexicon(table: WordnetTable, corpusStems: Set<string>): CorpusLexicon {
  const inCorpus = table.stems.map((s) => corpusStems.has(s))
  const expand: Array<[string, string]> = []
  for (const [from, targets] of relatedStems(table, inCorpus)) {
    const list = bestFirst(table, targets)
      .slice(0, MAX_EXPANSIONS)
      .map(
        ([to, w]) => `${table.stems[to]} ${String.fromCharCode(weightChar(Math.round(w * 100)))}`,
      )
    expand.push([table.stems[from], list.join(' ')])
  }
  return {
    expand: packTable(expand),
    person: table.person.filter((i) => inCorpus[i]).map((i) => table.stems[i]),
    frequency: packTable(frequencyEntries(table)),
  }
}
