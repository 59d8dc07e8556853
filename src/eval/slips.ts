// Questions typed with slips, for measuring how well answers survive typos (npm run eval --
// --slips N, and the floors in tests/quality.test.ts). Deterministic: the same seed gives the same
// slips, so a run can be compared with another.

/** A word a reader types by hand: five letters or more, in prose (not code, not a path or call). */
const TYPED =
  /```[\s\S]*?```|`[^`\n]*`|(?<![\p{L}\p{N}_$.(<\/-])\p{L}{5,}(?![\p{L}\p{N}_$(<>\/-])/gu

/** QWERTY rows: a slipped key is a neighbour in its row. */
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']

/** A small linear congruential generator: numbers in [0, 1), the same for the same seed. */
export function randomFrom(seed: number): () => number {
  let s = seed >>> 0 || 1
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff
    return s / 0x80000000
  }
}

/** The key beside `c` in its row (either side), or `c` itself when it is no letter key. */
function neighbour(c: string, random: () => number): string {
  const lower = c.toLowerCase()
  for (const row of ROWS) {
    const i = row.indexOf(lower)
    if (i < 0) continue
    const sides = [row[i - 1], row[i + 1]].filter((x): x is string => x !== undefined)
    const k = sides[Math.floor(random() * sides.length)]
    return c === lower ? k : k.toUpperCase()
  }
  return c
}

/**
 * One slip in a word, never its first letter: a letter left out, two swapped, a neighbouring key
 * for one, or one doubled (the four kinds typists make most). Tried again when it changes nothing
 * (two like letters swapped).
 */
export function slip(word: string, random: () => number): string {
  for (let tries = 0; tries < 8; tries++) {
    const typed = slipOnce(word, random)
    if (typed !== word) return typed
  }
  return word.slice(0, 1) + word.slice(2)
}

function slipOnce(word: string, random: () => number): string {
  const i = 1 + Math.floor(random() * (word.length - 2))
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1)
    case 1:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
    case 2:
      return word.slice(0, i) + neighbour(word[i], random) + word.slice(i + 1)
    default:
      return word.slice(0, i) + word[i] + word.slice(i)
  }
}

/** The question with `count` of its typed words (chosen at random) each given one slip. */
export function withSlips(question: string, count: number, random: () => number): string {
  const typed = [...question.matchAll(TYPED)].filter((m) => !m[0].startsWith('`'))
  const chosen = new Set<number>()
  while (chosen.size < Math.min(count, typed.length))
    chosen.add(Math.floor(random() * typed.length))
  let out = question
  // From the end, so the earlier words' offsets stay right.
  for (const i of [...chosen].sort((a, b) => b - a)) {
    const m = typed[i]
    out = out.slice(0, m.index) + slip(m[0], random) + out.slice(m.index! + m[0].length)
  }
  return out
}
