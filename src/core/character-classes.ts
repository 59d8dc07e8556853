// What a regular expression's character class says in words. Documentation states which
// characters a value may hold as a regex ("Your `token` must match the regex
// `/[A-Za-z0-9._~+/-]+=*/`", a route's `:date{[0-9]+}`), and readers ask in English ("keys with
// only letters and digits work", "simple alphanumeric tokens", "they contain characters like !").
// The notation has fixed words, as "404" has "not found": a class is a set of characters, a range
// of a–z or A–Z spans letters, 0–9 (or \d) digits, both together (or \w) the alphanumeric ones.

/**
 * A character class: brackets around no white space, not a negated one ("[^…]" is what a value may
 * not hold), and not a Markdown link's text ("[X-Frame-Options](https://…)").
 */
const CLASS = /\[(?!\^)((?:\\.|[^\]\s\\])+)\](?!\()/g

/** A range inside a class: two letters of one case or two digits, in order ("a-z", "0-9"). */
const RANGE = /([a-zA-Z0-9])-([a-zA-Z0-9])/g

/** The kind of one end of a range: a lower- or upper-case letter, or a digit. */
const kindOf = (c: string) => (/[a-z]/.test(c) ? 'lower' : /[A-Z]/.test(c) ? 'upper' : 'digit')

/**
 * The words a text's character classes say ("characters letters digits alphanumeric"), or ''
 * when it has none. Only a class with a true range (or \d, \w) counts: brackets around a word
 * ("[hono]", an index `[0]`) are no class of characters.
 */
export function characterClassWords(text: string): string {
  if (!text.includes('[')) return ''
  let letters = false
  let digits = false
  for (const m of text.matchAll(CLASS)) {
    const body = m[1]
    if (/\\w/.test(body)) letters = digits = true
    if (/\\d/.test(body)) digits = true
    for (const r of body.matchAll(RANGE)) {
      const kind = kindOf(r[1])
      if (kind !== kindOf(r[2]) || r[1] > r[2]) continue
      if (kind === 'digit') digits = true
      else letters = true
    }
  }
  if (!letters && !digits) return ''
  const words = ['characters']
  if (letters) words.push('letters')
  if (digits) words.push('digits')
  if (letters && digits) words.push('alphanumeric')
  return words.join(' ')
}
