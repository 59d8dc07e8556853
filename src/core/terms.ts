// Words → index terms. One tokenizer and one stemmer serve the index, the lexicon and the questions,
// so a word always becomes the same term wherever it is met.

import { stemmer } from 'stemmer'

/** Function words that carry no topic. Negations and "without" stay: they change what is asked. */
export const STOPWORDS = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below ' +
    'between both but by could did do does doing down during each few for from further had has have ' +
    'having he her here hers herself him himself his how i if in into is it its itself just let me more ' +
    'most my myself nor of off on once only or other ought our ours ourselves out over own same she ' +
    'should so some such than that the their theirs them themselves then there these they this those ' +
    'through to too under until up very was we were what when where which while who whom why will with ' +
    'would you your yours yourself yourselves can may might must shall also s t d ll m re ve im ive dont ' +
    'doesnt didnt isnt arent wasnt cant wont get gets got getting tell explain describe please know ' +
    'want wants need like really actually something anything thing things one ones someone somebody ' +
    'kind sort way ways lot lots much many thanks thank hi hello hey okay ok yes well even still ' +
    'ever every else etc us'
  ).split(' '),
)

/** Chat shorthand → the words it stands for; applied to questions only, before stopwords. */
export const TEXT_SPEAK: Record<string, string> = {
  u: 'you',
  ur: 'your',
  r: 'are',
  '2': 'to',
  '4': 'for',
  w: 'with',
  b4: 'before',
  bf: 'boyfriend',
  gf: 'girlfriend',
  pls: 'please',
  plz: 'please',
  y: 'why',
  wat: 'what',
  wut: 'what',
  cuz: 'because',
  bc: 'because',
  coz: 'because',
  tho: 'though',
  abt: 'about',
  ppl: 'people',
  smth: 'something',
  rly: 'really',
  thx: 'thanks',
  idk: 'i do not know',
  imo: 'in my opinion',
  n: 'and',
  da: 'the',
  dat: 'that',
  dis: 'this',
  wen: 'when',
  hw: 'how',
  becuz: 'because',
}

const ASCII = /^[\x00-\x7f]*$/
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu

/** Lower-cased words of `text`, accents folded, possessives and contractions dropped. */
export function words(text: string): string[] {
  const out: string[] = []
  // ASCII text has nothing to decompose or fold: skip the two passes over it.
  const folded = ASCII.test(text) ? text : text.normalize('NFKD').replace(/\p{M}/gu, '')
  for (const m of folded.matchAll(WORD)) {
    const raw = m[0]
    // camelCase and PascalCase identifiers ("getCookie") are also searchable by their parts.
    const parts =
      raw.length > 3 && /\p{Ll}\p{Lu}/u.test(raw) ? raw.split(/(?<=\p{Ll})(?=\p{Lu})/u) : []
    const w = raw
      .toLowerCase()
      .replace(/['’](s|t|d|ll|m|re|ve)$/, '')
      .replace(/['’]/g, '')
    if (w) out.push(w)
    for (const p of parts) out.push(p.toLowerCase())
  }
  return out
}

const stemCache = new Map<string, string>()
/** Porter stem of one lower-cased word; digits and very short words are kept as they are. */
export function stem(word: string): string {
  if (word.length < 3 || /\d/.test(word)) return word
  let s = stemCache.get(word)
  if (s === undefined) {
    s = stemmer(word)
    if (stemCache.size < 100_000) stemCache.set(word, s)
  }
  return s
}

/** The index term of one word from `words()`, or null for a stopword. */
export const termOf = (word: string): string | null => (STOPWORDS.has(word) ? null : stem(word))

/** Index terms of a text: stems of its non-stopwords. Used for documents and questions alike. */
export function indexTerms(text: string): string[] {
  const out: string[] = []
  for (const w of words(text)) if (!STOPWORDS.has(w)) out.push(stem(w))
  return out
}
