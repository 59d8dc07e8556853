import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { editDistance, MIN_TYPO_LENGTH, TypoIndex, Vocabulary } from '../src/core/lexicon.ts'
import { defaultCorpus } from './support/corpus.ts'

/** The plain symmetric-delete index the compact one replaced: every variant a string in a map. */
function referenceCorrect(vocabulary: Array<[string, number]>) {
  const counts = new Map(vocabulary)
  const variants = (w: string) => [
    w,
    ...new Set(Array.from(w, (_, i) => w.slice(0, i) + w.slice(i + 1))),
  ]
  const byVariant = new Map<string, string[]>()
  for (const [word] of vocabulary) {
    if (word.length < MIN_TYPO_LENGTH || !/^\p{L}+$/u.test(word)) continue
    for (const key of variants(word)) byVariant.set(key, [...(byVariant.get(key) ?? []), word])
  }
  return (word: string) => {
    if (word.length < MIN_TYPO_LENGTH || counts.has(word)) return undefined
    const max = word.length >= 8 ? 2 : 1
    let best: string | undefined
    let bestKey = [Infinity, 0]
    const consider = (keys: Iterable<string>) => {
      for (const key of keys) {
        for (const candidate of byVariant.get(key) ?? []) {
          const d = editDistance(word, candidate, max)
          if (d > max || (d === 2 && candidate[0] !== word[0])) continue
          const count = counts.get(candidate) ?? 0
          const rank = d - (candidate[0] === word[0] ? 0.5 : 0)
          if (rank < bestKey[0] || (rank === bestKey[0] && count > bestKey[1])) {
            best = candidate
            bestKey = [rank, count]
          }
        }
      }
    }
    consider(variants(word))
    // Two deletions of a long word against one of a corpus word, when nothing nearer was found.
    if (!best && max === 2 && word.length <= 16)
      consider(
        new Set(
          variants(word)
            .slice(1)
            .flatMap((v) => variants(v).slice(1)),
        ),
      )
    // Still nothing: every word of the same first letter two edits away, by a scan.
    if (!best && max === 2 && word.length <= 16) {
      for (const [candidate, count] of vocabulary) {
        if (candidate.length < MIN_TYPO_LENGTH || !/^\p{L}+$/u.test(candidate)) continue
        if (candidate[0] !== word[0]) continue
        const d = editDistance(word, candidate, 2)
        if (d > 2) continue
        if (d < bestKey[0] || (d === bestKey[0] && count > bestKey[1])) {
          best = candidate
          bestKey = [d, count]
        }
      }
    }
    return best ?? unabbreviated(vocabulary, word)
  }
}

/**
 * Texting shortcuts as a pattern: the word's letters in order, each followed by repeats of itself
 * (a doubled letter written once) and then vowels, the letters a text leaves out.
 */
function unabbreviated(vocabulary: Array<[string, number]>, word: string) {
  if (word.length < 4 || !/^\p{L}+$/u.test(word)) return undefined
  const pattern = new RegExp(`^${[...word].map((c) => `${c}${c}*[aeiouy]*`).join('')}$`, 'u')
  let best: string | undefined
  let bestKey = [Infinity, 0]
  for (const [candidate, count] of vocabulary) {
    if (candidate.length < MIN_TYPO_LENGTH || !/^\p{L}+$/u.test(candidate)) continue
    const dropped = candidate.length - word.length
    if (dropped < 1 || 2 * word.length < candidate.length || !pattern.test(candidate)) continue
    if (dropped < bestKey[0] || (dropped === bestKey[0] && count > bestKey[1])) {
      best = candidate
      bestKey = [dropped, count]
    }
  }
  return best
}

const vocabularyOf = (pairs: Array<[string, number]>): Vocabulary =>
  Vocabulary.of(
    pairs.map(([w]) => w),
    pairs.map(([, n]) => n),
  )

describe('typo index', () => {
  it('corrects a misspelling into the corpus word one edit away, the more frequent first', () => {
    const typos = new TypoIndex(
      vocabularyOf([
        ['attachment', 3],
        ['trauma', 5],
        ['drama', 9],
        ['secure', 2],
      ]),
    )
    expect(typos.correct('atachment')).toBe('attachment')
    expect(typos.correct('trama')).toBe('trauma')
    expect(typos.correct('secure')).toBeUndefined()
    expect(typos.correct('zzzzzz')).toBeUndefined()
  })

  it('corrects a long word two edits away, a letter both changed and added', () => {
    const typos = new TypoIndex(
      vocabularyOf([
        ['relationship', 4],
        ['communication', 2],
      ]),
    )
    expect(typos.correct('relashionship')).toBe('relationship')
    expect(typos.correct('communicashion')).toBe('communication')
    // Two letters changed, or two left out: two deletions of the corpus word, which
    // the index does not hold; found by a scan of the words with the same first letter.
    expect(typos.correct('relashonship')).toBe('relationship')
    expect(typos.correct('comunicaton')).toBe('communication')
    expect(typos.correct('relaxing')).toBeUndefined()
    // Two slips, one of them the first letter, make another word: "presigned" is not "designed".
    const other = new TypoIndex(vocabularyOf([['designed', 3]]))
    expect(other.correct('presigned')).toBeUndefined()
    expect(other.correct('desinged')).toBe('designed')
  })

  it('corrects into a word of characters above U+00FF as into any other', () => {
    const typos = new TypoIndex(
      vocabularyOf([
        ['trust', 3],
        ['błazejewicz', 2],
        ['łódź', 1],
        ['zażółcić', 1],
      ]),
    )
    expect(typos.correct('błazejewic')).toBe('błazejewicz')
    expect(typos.correct('błazjewicz')).toBe('błazejewicz')
    expect(typos.correct('zażółćić')).toBe('zażółcić')
    expect(typos.correct('zżółcć')).toBe('zażółcić')
    expect(typos.has('łódź')).toBe(true)
    expect(typos.correct('łódź')).toBeUndefined()
  })

  it('reads a word texted without its vowels or doubled letters, half its letters kept', () => {
    const typos = new TypoIndex(
      vocabularyOf([
        ['attachment', 3],
        ['therapy', 5],
        ['couples', 4],
        ['infidelity', 2],
        ['relationship', 6],
      ]),
    )
    expect(typos.correct('atachmnt')).toBe('attachment')
    expect(typos.correct('thrpy')).toBe('therapy')
    // Three letters out and more, as people text: "cpls", "infdlty", "rltnshp".
    expect(typos.correct('cpls')).toBe('couples')
    expect(typos.correct('infdlty')).toBe('infidelity')
    expect(typos.correct('rltnshp')).toBe('relationship')
    // Fewer than half the letters kept, too short, or a consonant left out: not read.
    expect(typos.correct('rltn')).toBeUndefined()
    expect(typos.correct('cpl')).toBeUndefined()
    expect(typos.correct('thepy')).toBeUndefined()
  })

  it('corrects exactly as a map of every deletion variant (then a texting pattern) would, on misspelt corpus words', async () => {
    const { prebuilt } = await defaultCorpus()
    const typos = new TypoIndex(prebuilt.vocabulary)
    const all = prebuilt.vocabulary.words.list()
    const { counts } = prebuilt.vocabulary
    const reference = referenceCorrect(all.map((w, i): [string, number] => [w, counts[i]]))
    const words = all.filter((w) => w.length >= MIN_TYPO_LENGTH)
    const edit = fc
      .tuple(fc.constantFrom(...words), fc.nat(), fc.constantFrom('drop', 'swap', 'add', 'sub'))
      .map(([w, n, op]) => {
        const i = n % w.length
        if (op === 'drop') return w.slice(0, i) + w.slice(i + 1)
        if (op === 'swap' && i + 1 < w.length)
          return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2)
        if (op === 'add') return w.slice(0, i) + 'e' + w.slice(i)
        return w.slice(0, i) + 'a' + w.slice(i + 1)
      })
    const texted = fc.constantFrom(...words).map(
      (w) =>
        w[0] +
        w
          .slice(1)
          .replace(/[aeiouy]/, '')
          .replace(/[aeiouy]/, ''),
    )
    const typo = fc.oneof(
      edit,
      edit.chain((w) => fc.constant(w.slice(1))),
      texted,
      fc.string(),
    )
    let corrected = 0
    fc.assert(
      fc.property(typo, (w) => {
        const fixed = typos.correct(w)
        if (fixed) corrected++
        expect(fixed).toBe(reference(w))
      }),
      { numRuns: 1500 },
    )
    // The comparison means something only if most misspellings were corrected.
    expect(corrected).toBeGreaterThan(500)
  })
})
