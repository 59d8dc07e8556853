// The corpus lexicon as ingest first built it: WordNet's relations walked for one corpus, each
// query stem's expansions sorted and cut to MAX_EXPANSIONS. Slow (0.2–0.3 s a corpus, whatever its
// size) but plain; restrictLexicon must give exactly what it gives (tests/lexicon.test.ts).

import {
  expansions,
  MAX_EXPANSIONS,
  weightChar,
  type CorpusLexicon,
} from '../../src/core/lexicon.ts'
import { englishFilter } from '../../src/core/english-stems.ts'
import { PackedTable, packTable, PrefixTable } from '../../src/core/packed-table.ts'
import {
  bestFirst,
  frequencyEntries,
  namesTable,
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
    ...(table.names && { names: namesTable(table.names) }),
    english: englishFilter(table.stems),
  }
}

/**
 * A lexicon with its expansions written out as the reference writes them ("stem weight" pairs),
 * read back through `expansions`: the shipped table names its targets by place in a list.
 */
export function spelledOut(lexicon: CorpusLexicon): CorpusLexicon {
  const expand = new PrefixTable(lexicon.expand)
  const tables = { expand, frequency: new PackedTable('') }
  const entries: Array<[string, string]> = []
  for (const [key] of expand.entries()) {
    if (key.charCodeAt(0) < 32) continue
    const pairs = expansions(tables, key).map(
      ([t, w]) => `${t} ${String.fromCharCode(weightChar(Math.round(w * 100)))}`,
    )
    entries.push([key, pairs.join(' ')])
  }
  return { ...lexicon, expand: packTable(entries) }
}
