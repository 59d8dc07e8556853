import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { stemmer } from 'stemmer'
import { describe, expect, it } from 'vitest'
import { ingest } from '../src/core/ingest.ts'
import {
  editDistance,
  expansions,
  KEY_NEIGHBOURS,
  MAX_EXPANSIONS,
  nearestEnglish,
  nearestRelated,
  restrictLexicon,
  targetDigits,
  weightChar,
} from '../src/core/lexicon.ts'
import { PackedTable, packTable, PrefixTable } from '../src/core/packed-table.ts'
import { stem } from '../src/core/terms.ts'
import { expansionGraph, type WordnetTable } from '../src/core/wordnet-graph.ts'
import { rareSenses, restrictSenses, senseGraph } from '../src/core/wordnet-senses.ts'
import { readCorpus } from '../src/node/read-corpus.ts'
import {
  GRAPH_FILE,
  graphJson,
  parseGraph,
  parseSenses,
  SENSES_FILE,
} from '../src/node/wordnet-file.ts'
import { CORPUS_DIR, SHARED_DIR } from './support/corpus.ts'
import { referenceLexicon, spelledOut } from './support/lexicon-reference.ts'

const table = JSON.parse(
  readFileSync(new URL('../src/data/wordnet-relations.json', import.meta.url), 'utf8'),
) as WordnetTable
const graph = {
  ...parseGraph(readFileSync(GRAPH_FILE, 'utf8')),
  senses: parseSenses(readFileSync(SENSES_FILE, 'utf8')),
}

/** A word's expansions (stem → weight) in a lexicon restricted to a corpus of these stems. */
const expansionsAmong = (stems: string[]) => {
  const lexicon = {
    expand: new PrefixTable(restrictLexicon(graph, new Set(stems)).expand),
    frequency: new PackedTable(''),
  }
  return (word: string) => new Map(expansions(lexicon, stem(word)))
}

const corpusStems = async (dir: string) => {
  const { files } = await readCorpus(dir)
  return new Set(
    ingest(files)
      .vocabulary.words.list()
      .map((w) => stem(w)),
  )
}

describe('the WordNet graph', () => {
  it('is what the committed relation table compiles to (run npm run build:lexicon if not)', () => {
    const compiled = graphJson(
      expansionGraph(table),
      (table as unknown as { source: string }).source,
    )
    expect(compiled === readFileSync(GRAPH_FILE, 'utf8')).toBe(true)
  })

  it('names as people the stems mostly used for people, not every stem WordNet files there once', () => {
    const people = new Set(graph.person)
    for (const w of ['therapist', 'partner', 'friend', 'counselor', 'parent', 'child'])
      expect(people.has(stem(w)), w).toBe(true)
    // "a help", "a cheat", "a type", "a lead": people in one rare sense each.
    for (const w of ['help', 'cheating', 'type', 'lead', 'communicate', 'success'])
      expect(people.has(stem(w)), w).toBe(false)
  })
})

describe("a corpus's lexicon", () => {
  it('is, for the default corpus and the Hono docs, what walking WordNet for that corpus gives', async () => {
    for (const dir of [CORPUS_DIR, `${SHARED_DIR}/corpora/hono-docs`]) {
      const stems = await corpusStems(dir)
      const lexicon = restrictLexicon(graph, stems)
      expect(lexicon.expand.length).toBeGreaterThan(10_000)
      expect(spelledOut(lexicon)).toEqual(referenceLexicon(table, stems))
      // Front coded, every key is found on its line with its value, and no key a letter more or
      // less that is not one.
      const expand = new PrefixTable(lexicon.expand)
      const entries = [...expand.entries()]
      const keys = new Set(entries.map(([k]) => k))
      entries.forEach(([key, value], line) => {
        expect(expand.get(key)).toBe(value)
        expect(expand.lineOf(key)).toBe(line)
        for (const near of [key + 'a', key + ' ', key.slice(0, -1), key + 'z'])
          expect(expand.lineOf(near) >= 0, near).toBe(keys.has(near))
      })
      expect([...keys].sort()).toEqual(entries.map(([k]) => k))
    }
  })

  it('is, for any set of stems, what walking WordNet for that set gives', () => {
    const wordnetStem = fc
      .integer({ min: 0, max: table.stems.length - 1 })
      .map((i) => table.stems[i])
    const other = fc.stringMatching(/^[a-z]{1,6}$/)
    fc.assert(
      fc.property(fc.array(fc.oneof(wordnetStem, other), { maxLength: 3000 }), (list) => {
        const stems = new Set(list)
        expect(spelledOut(restrictLexicon(graph, stems))).toEqual(referenceLexicon(table, stems))
      }),
      { numRuns: 20 },
    )
  })

  it('does not lead a word to "person" through a person noun that shares its stem', () => {
    // "neglecter" and "communicator" stem like "neglect" and "communicate"; their hypernym
    // "person" (with "individual", "someone") made both match every sentence about individuals.
    const stems = new Set(['neglect', 'commun', 'effect', 'person', 'individu', 'someon', 'child'])
    const lexicon = {
      expand: new PrefixTable(restrictLexicon(graph, stems).expand),
      frequency: new PackedTable(''),
    }
    for (const word of ['neglect', 'commun', 'effect']) {
      const targets = expansions(lexicon, word).map(([t]) => t)
      expect(targets).not.toContain('person')
      expect(targets).not.toContain('individu')
    }
    // A relation that says something is kept: "kid" is a "child".
    expect(expansions(lexicon, 'kid').map(([t]) => t)).toContain('child')
  })

  it('leads a phrasal verb to the words of its definition, not past a negation', () => {
    const lexicon = {
      expand: new PrefixTable(
        restrictLexicon(graph, new Set(['support', 'express', 'openli', 'fear'])).expand,
      ),
      frequency: new PackedTable(''),
    }
    const of = (phrase: string) =>
      new Map(expansions(lexicon, phrase.split(' ').map(stem).join(' ')))
    // "lean on": "rest on for support".
    expect(of('lean on').get('support')).toBeGreaterThanOrEqual(0.2)
    // "speak up": "express one's opinion openly and without fear or hesitation".
    expect(of('speak up').get('express')).toBeGreaterThanOrEqual(0.2)
    expect(of('speak up').has('fear')).toBe(false)
  })

  it('leaves out the phrases no question looks up, and nothing else', () => {
    const stems = new Set(['support', 'express', 'openli', 'fear', 'trust', 'broken'])
    const whole = new PrefixTable(restrictLexicon(graph, stems).expand)
    // A phrase is looked up as a phrasal verb or a compound whose last word the documents use.
    const phraseEnd = (last: string) => last === 'up' || last === 'trust'
    const kept = new PrefixTable(restrictLexicon(graph, stems, undefined, phraseEnd).expand)
    const asked = (key: string) => !key.includes(' ') || phraseEnd(key.split(' ')[1])
    const all = [...whole.entries()]
    expect(all.some(([key]) => !asked(key))).toBe(true)
    expect([...kept.entries()]).toEqual(all.filter(([key]) => asked(key)))
    expect(kept.get(['speak', 'up'].map(stem).join(' '))).toBeDefined()
    expect(kept.get(['lean', 'on'].map(stem).join(' '))).toBeUndefined()
  })

  it('leads a word, less surely, to what its derivation is related to', () => {
    const of = expansionsAmong(['fear', 'anxieti'])
    // "anxious" → "anxiousness", a kind of "anxiety"; WordNet relates "anxious" to neither.
    expect(of('anxiousness').get('anxieti')).toBeGreaterThan(of('anxious').get('anxieti')!)
    expect(of('anxious').get('anxieti')).toBeGreaterThanOrEqual(0.2)
  })

  it('leads an adjective of feeling to the feeling it is a value of, not one of size to size', () => {
    const of = expansionsAmong(['fear', 'size'])
    // "afraid" has the attribute "fear"; "scared" and "terrified" are satellites of "afraid".
    expect(of('afraid').get('fear')).toBeGreaterThanOrEqual(0.5)
    expect(of('scared').get('fear')).toBeGreaterThanOrEqual(0.5)
    expect(of('terrified').get('fear')).toBeGreaterThanOrEqual(0.5)
    // "large" is a value of "size", a dimension: being large is not having size.
    expect(of('large').get('size') ?? 0).toBeLessThan(0.5)
  })

  it('leads a word that says its base is lacking to the base, and not the other way', () => {
    const of = expansionsAmong(['worth', 'hope', 'hopeless', 'unless'])
    // "I feel worthless" asks of the documents' "self-worth"; WordNet relates the two not at all.
    expect(of('worthless').get('worth')).toBeGreaterThanOrEqual(0.5)
    expect(of('hopelessly').get('hope')).toBeGreaterThanOrEqual(0.5)
    // The documents' "hopeless" does not answer "hope" as one that lacks it.
    expect(of('hope').get('hopeless') ?? 0).toBeLessThan(0.5)
    // A base of fewer than three letters is no word's: "unless" is not about "un".
    expect(of('unless').size).toBe(0)
  })

  it('reads an informal word as the thing it stands for: “mom” is a mother, so a parent', () => {
    const of = expansionsAmong(['parent', 'child', 'man'])
    // WordNet files "mom" ("informal terms for a mother") under "mother", "dad" under "father":
    // one level further is the "parent" the documents say, as for "mother" itself.
    expect(of('mom').get('parent')).toBeGreaterThanOrEqual(0.5)
    expect(of('dad').get('parent')).toBeGreaterThanOrEqual(0.5)
    expect(of('mother').get('parent')).toBeGreaterThanOrEqual(0.5)
    // A word that is no informal term keeps to its own hypernym: "grandmother" is a
    // "grandparent", not (two levels up) a "parent"'s kin.
    expect(of('grandmother').get('parent') ?? 0).toBeLessThan(0.5)
  })

  it('reads “an affair” as the unfaithfulness it is, as strongly as a derivation', () => {
    const of = expansionsAmong(['infidel', 'cheat', 'adulteri', 'relationship'])
    // WordNet files "affair" only as "a usually secretive or illicit sexual relationship".
    expect(of('affair').get('infidel')).toBeGreaterThanOrEqual(0.8)
    expect(of('affairs').get('cheat')).toBeGreaterThanOrEqual(0.8)
    // Both ways: documents that say "affair" answer a question on infidelity.
    expect(expansionsAmong(['affair'])('infidelity').get('affair')).toBeGreaterThanOrEqual(0.8)
    // Only the act itself: a "relationship" is what an affair is a kind of, no more.
    expect(of('affair').get('relationship') ?? 0).toBeLessThan(0.5)
  })

  it('reads “lied to” as a betrayal of the one lied to', () => {
    const of = expansionsAmong(['betray', 'betrai', 'recline'])
    // The untruth sense of "lie" is a rare one of its word, beside lying down, and WordNet links
    // it to "betray" only as a sister; "betrayal" and "betrays" are two stems.
    for (const word of ['lied', 'lying', 'lies'])
      expect(of(word).get('betray')).toBeGreaterThanOrEqual(0.7)
    expect(of('lied').get('betrai')).toBeGreaterThanOrEqual(0.7)
    expect(expansionsAmong(['lie'])('betrayal').get('lie')).toBeGreaterThanOrEqual(0.7)
  })

  it('finds the related word a misspelling stands for, only among words general English uses', () => {
    const lexicon = {
      expand: new PackedTable(
        packTable([
          ['gilt', 'gold 0.5'],
          ['guilti', 'guilt 0.8'],
          ['prism', 'light 0.5'],
          ['boyfriend', 'partner 0.6'],
          ['break', 'damag 0.5'],
          ['definit', 'mean 0.5'],
        ]),
      ),
      frequency: new PackedTable(
        packTable([
          ['break', '90'],
          ['definit', '20'],
          ['gilt', '3'],
          ['guilti', '12'],
        ]),
      ),
    }
    // A slip may be an irregular form, filed under its stem: "borken" → "broken" → break.
    expect(nearestRelated(lexicon, 'borken')).toBe('break')
    // One edit from both "guilti" and "gilt": the commoner wins.
    expect(nearestRelated(lexicon, 'gilti')).toBe('guilti')
    // A regular form too, by its stem: "definiton" → "definition" → definit.
    expect(nearestRelated(lexicon, 'definiton')).toBe('definit')
    // A key's neighbour typed for a letter ("o" beside "i") is a slip.
    expect(nearestRelated(lexicon, 'guolti')).toBe('guilti')
    // "prism" is one edit from "prisma" but not a word WordNet's texts use: a name stays a name.
    expect(nearestRelated(lexicon, 'prisma')).toBeUndefined()
    // A long word one slip from the only stem near it is that stem, counted or not: "boyfriend"
    // has too few tagged uses for WordNet's counts.
    expect(nearestRelated(lexicon, 'byofriend')).toBe('boyfriend')
    // Never another first letter, nor two edits away, nor a key far from the letter, nor a short
    // word.
    expect(nearestRelated(lexicon, 'wuilti')).toBeUndefined()
    expect(nearestRelated(lexicon, 'gyltyx')).toBeUndefined()
    expect(nearestRelated(lexicon, 'guplti')).toBeUndefined()
    expect(nearestRelated(lexicon, 'gilt')).toBeUndefined()
  })

  it('finds the English word a slip stands for, where the documents relate to none', () => {
    // General English's counts only (stem → count): no word here relates to the documents.
    const counted = (counts: Record<string, number>) => ({
      expand: new PackedTable(''),
      frequency: new PackedTable(
        packTable(
          Object.keys(counts)
            .sort()
            .map((stem): [string, string] => [stem, String(counts[stem])]),
        ),
      ),
    })
    const lexicon = counted({ bring: 500, cent: 17, coach: 24, percentag: 40, session: 23 })
    // A letter left out, two swapped, an irregular form ("brought" is counted under "bring"), a
    // letter doubled: the word as typed right.
    expect(nearestEnglish(lexicon, 'sessins')).toBe('sessions')
    expect(nearestEnglish(lexicon, 'percenatge')).toBe('percentage')
    expect(nearestEnglish(lexicon, 'brouhgt')).toBe('brought')
    expect(nearestEnglish(lexicon, 'coacching')).toBe('coaching')
    // A letter the typist would have added that doubles none ("centos" less its "o") is a name
    // as often as a slip; so is a word under six letters ("seson"), and any word not in small
    // letters.
    expect(nearestEnglish(lexicon, 'centos')).toBeUndefined()
    expect(nearestEnglish(lexicon, 'seson')).toBeUndefined()
    expect(nearestEnglish(lexicon, 'Sessins')).toBeUndefined()
    // Never another first letter.
    expect(nearestEnglish(lexicon, 'wessions')).toBeUndefined()
    // A spelling the documents use comes first, however rare in English: "cheaed" is their
    // "cheated", not the commoner "cheaped".
    const cheap = counted({ cheap: 40, cheat: 5 })
    expect(nearestEnglish(cheap, 'cheaed')).toBe('cheaped')
    expect(nearestEnglish(cheap, 'cheaed', (stem) => (stem === 'cheat' ? 3 : 0))).toBe('cheated')
  })

  it('finds the same word as a scan of every stem one slip away would, by lookups alone', () => {
    // Letters a to d ("c" and "d" are neighbours on the keyboard): a slip that adds a letter may
    // make a suffix the stemmer strips ("s", "e"), or a double letter it undoes.
    const stem = fc.stringMatching(/^[a-d]{2,7}$/)
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(stem, fc.integer({ min: 0, max: 4 })), {
          selector: ([k]) => k,
          maxLength: 60,
        }),
        fc.array(fc.stringMatching(/^[a-d]{5,8}$/), { maxLength: 10 }),
        (entries, terms) => {
          const lexicon = {
            expand: new PackedTable(packTable(entries.map(([k]) => [k, 'x A']))),
            frequency: new PackedTable(
              packTable(entries.filter(([, n]) => n > 0).map(([k, n]) => [k, String(n)])),
            ),
          }
          for (const term of terms) {
            // The reference: every stem with the same first letter one slip away (a letter left
            // out, added or two swapped, or changed for a key's neighbour), or the stem of a
            // spelling one slip away ("abcds" → "abcd" with a letter added), used at all; the most
            // used, then the first in code-unit order. None used, in a term of eight letters or
            // more: the one such stem general English does not count, if there is only one.
            const stems = new Set<string>()
            const made = (spelling: string) => {
              if (stemmer(spelling) !== term) stems.add(stemmer(spelling))
            }
            for (let i = 1; i <= term.length; i++) {
              made(term.slice(0, i) + term.slice(i + 1))
              if (i + 1 < term.length)
                made(term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2))
              for (const c of 'abcdefghijklmnopqrstuvwxyz')
                made(term.slice(0, i) + c + term.slice(i))
              for (const c of KEY_NEIGHBOURS[term.charCodeAt(i) - 97] ?? '')
                made(term.slice(0, i) + c + term.slice(i + 1))
            }
            let best: string | undefined
            let bestCount = 0
            const uncounted = new Set<string>()
            for (const [key, n] of [...entries].sort(([a], [b]) => (a < b ? -1 : 1))) {
              if (key === term || key[0] !== term[0]) continue
              if (!stems.has(key) && editDistance(term, key, 1) > 1) continue
              const changed = [...key].flatMap((c, i) => (c === term[i] ? [] : [i]))
              const neighbour =
                key.length === term.length &&
                changed.length === 1 &&
                KEY_NEIGHBOURS[term.charCodeAt(changed[0]) - 97].includes(key[changed[0]])
              if (
                !stems.has(key) &&
                key.length === term.length &&
                [...key].sort().join() !== [...term].sort().join() &&
                !neighbour
              )
                continue
              if (n === 0) uncounted.add(key)
              if (n > bestCount) [best, bestCount] = [key, n]
            }
            if (best === undefined && term.length >= 8 && uncounted.size === 1)
              best = [...uncounted][0]
            expect(nearestRelated(lexicon, term)).toBe(best)
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('keeps at most the best 8 expansions of a word, ties in alphabetical order', () => {
    // "a" is a synonym of nine words, all equally weighted; "z" a hypernym of "a", weighted less.
    const members = ['a', 'k', 'j', 'i', 'h', 'g', 'f', 'e', 'd', 'c', 'z']
    const toy: WordnetTable = {
      stems: members,
      synsets: [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [10]],
      shares: [Array(10).fill(50), [50]],
      hyper: [0, 1],
      broad: [],
      similar: [],
      deriv: [],
      again: [],
      gloss: [],
      person: [10, 3],
      frequency: [0, 7],
    }
    const toyGraph = parseGraph(graphJson(expansionGraph(toy), 'toy'))
    const lexicon = restrictLexicon(toyGraph, new Set(members))
    const tables = {
      expand: new PrefixTable(lexicon.expand),
      frequency: new PackedTable(lexicon.frequency),
    }
    const of = (s: string) => expansions(tables, s).map(([t]) => t)
    expect(of('a')).toEqual(['c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'])
    expect(of('a')).toHaveLength(MAX_EXPANSIONS)
    expect(expansions(tables, 'a')[0][1]).toBe(0.7)
    expect(of('k')).toContain('a')
    expect(of('k')).not.toContain('k')
    // "z" is c's tenth-best expansion, after nine synonyms: past the cap.
    expect(of('c')).toHaveLength(MAX_EXPANSIONS)
    expect(of('c')).not.toContain('z')
    expect(lexicon.person).toEqual(['z', 'i'])
    // Only the corpus's own words are targets, and only its people are listed.
    const small = restrictLexicon(toyGraph, new Set(['a', 'z']))
    // Each weight is one character: hundredths 20 … 100 are "#" … "s".
    const w = (hundredths: number) => String.fromCharCode(weightChar(hundredths))
    expect([w(20), w(70), w(100)]).toEqual(['#', 'U', 's'])
    expect(small.person).toEqual(['z'])
    expect(new PackedTable(spelledOut(small).expand).get('k')).toBe(`a ${w(70)} z ${w(50)}`)
    expect(new PackedTable(spelledOut(small).expand).get('a')).toBe(`z ${w(50)}`)
    // As shipped: the targets once, on the first line, then each pair as the target's place in
    // base-91 digits ("#" is 0), as few as name every target (one for two), and its weight's
    // character.
    expect(new PrefixTable(small.expand).get('\u0001')).toBe('a,z')
    expect(new PrefixTable(small.expand).get('k')).toBe(`#${w(70)}$${w(50)}`)
    expect([1, 91, 92, 91 * 91, 91 * 91 + 1].map(targetDigits)).toEqual([1, 1, 2, 2, 3])
    expect(restrictLexicon(toyGraph, new Set(['nothing'])).expand).toBe('')
  })
})

describe('rare senses', () => {
  it('keeps a rare sense of a word, with the words that say what it is about', () => {
    // "b" is "a" in two uses of a hundred: too rare for the graph (0.7 × 0.28 < 0.2).
    const toy: WordnetTable = {
      stems: ['a', 'b', 'c', 'kid', 'money'],
      synsets: [
        [0, 1],
        [1, 2],
      ],
      shares: [
        [90, 2],
        [10, 98],
      ],
      hyper: [],
      broad: [],
      similar: [],
      deriv: [],
      again: [],
      gloss: [],
      person: [],
      frequency: [],
    }
    const senses = senseGraph(toy, { gloss: [[3], [4]], derived: [] })
    const g = { ...parseGraph(graphJson(expansionGraph(toy), 'toy')), senses }
    const table = new PackedTable(restrictSenses(g, new Set(['a', 'kid'])))
    // b's rare sense leads to "a", picked by "kid"; its main sense (with "c") is the graph's.
    expect(expansionGraph(toy).from.length).toBe(2)
    const [sense] = rareSenses(table, 'b')
    expect(sense.targets).toEqual([['a', 0.7]])
    expect(sense.context).toContain('kid')
    expect(rareSenses(table, 'c')).toEqual([])
    // A sense whose context the corpus has no word of is left out; so is a word the corpus has.
    expect(rareSenses(new PackedTable(restrictSenses(g, new Set(['a']))), 'b')).toEqual([])
    expect(rareSenses(new PackedTable(restrictSenses(g, new Set(['a', 'b', 'kid']))), 'b')).toEqual(
      [],
    )
  })

  it('leads "raise" to "parent" where a child is spoken of, and only for a corpus with no relative of it', () => {
    const of = (stems: string[]) =>
      rareSenses(new PackedTable(restrictSenses(graph, new Set(stems))), stem('raise'))
    const senses = of(['parent', 'child', 'monei'])
    const bringingUp = senses.find((s) => s.targets.some(([t]) => t === 'parent'))!
    expect(bringingUp.context).toContain('child')
    expect(bringingUp.context).not.toContain('monei')
    // A corpus that says "lift" relates to "raise" through its main sense: no rare senses then.
    expect(of(['parent', 'child', 'lift'])).toEqual([])
  })
})
