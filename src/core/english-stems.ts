// Whether English has a word: a Bloom filter over WordNet's one-word stems, the same for every
// corpus (like the lexicon's frequency and names tables). The typo index corrects a long word two
// edits from one of the documents' words; a word English has is no typo but another word
// ("handlebars" is not "handlers", "passport" not "password", "rewiring" not "repairing").
//
// The filter is a string of printable characters, six bits each, read where it stands: no decoding
// on load, nothing allocated to ask it. About 8 bits a stem and five probes: ~2 % of the words
// English lacks read as English (a slip then keeps its one-edit corrections only).

/** Bits a stem is given: sized for ~2 % false positives with PROBES probes. */
const BITS_PER_STEM = 8
const PROBES = 5
/** Six bits a character, from "?" (0x3f) to "~" (0x7e): printable, and JSON needs to escape only "\". */
const BITS_PER_CHAR = 6
const CHAR_ZERO = 0x3f

/** The stems the filter holds: one word of letters, four or more (shorter words are never corrected twice). */
export const filtersStem = (stem: string) => /^[a-z]{4,}$/.test(stem)

/** FNV-1a and a second multiplier over the same code units: two hashes for double hashing. */
function hashes(s: string): [number, number] {
  let a = 0x811c9dc5
  let b = 0x9747b28c
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995)
  }
  // An odd step visits PROBES distinct bits of any table size.
  return [a >>> 0, (b | 1) >>> 0]
}

/** The filter of `stems` (those filtersStem takes), as its string. */
export function englishFilter(stems: Iterable<string>): string {
  const kept = [...stems].filter(filtersStem)
  const chars = Math.max(1, Math.ceil((kept.length * BITS_PER_STEM) / BITS_PER_CHAR))
  const bits = chars * BITS_PER_CHAR
  const cells = new Uint8Array(chars)
  for (const s of kept) {
    const [a, b] = hashes(s)
    for (let k = 0; k < PROBES; k++) {
      const bit = (a + k * b) % bits
      cells[Math.floor(bit / BITS_PER_CHAR)] |= 1 << (bit % BITS_PER_CHAR)
    }
  }
  let out = ''
  for (const c of cells) out += String.fromCharCode(CHAR_ZERO + c)
  return out
}

/** Whether the filter holds `stem`: surely not when false; when true, most likely (see above). */
export function inEnglish(filter: string, stem: string): boolean {
  if (!filter || !filtersStem(stem)) return false
  const bits = filter.length * BITS_PER_CHAR
  const [a, b] = hashes(stem)
  for (let k = 0; k < PROBES; k++) {
    const bit = (a + k * b) % bits
    const cell = filter.charCodeAt(Math.floor(bit / BITS_PER_CHAR)) - CHAR_ZERO
    if (!((cell >> (bit % BITS_PER_CHAR)) & 1)) return false
  }
  return true
}
