// A reader's idioms for what documents say in their own words, read as the word a document would
// use (see readerWords in question-form.ts): "walked out on us" is "abandon", "went behind my
// back" is "betrayed", "pulling away" is "distance". Each is an idiom WordNet cannot reach from
// the documents' words, or reaches only through senses under the lexicon's 0.2 cut; each is read
// only where its words say it ("leave you unable to trust", burned food stay as they are).

/** "with my coworkers", "to my ex": the reader's own people and things, which set the scene. */
export const POSSESSIVES = new Set('my your his her our their'.split(' '))

/** The reader's words (lower case, as readerWords has them) with their idioms read, in place. */
export function idiomsRead(ws: string[]): void {
  peopleLeft(ws)
  betrayalSaid(ws)
  redFlagsRead(ws)
  withdrawalSaid(ws)
  letDownSaid(ws)
  onEdgeSaid(ws)
  watchfulnessSaid(ws)
  selfPleasureSaid(ws)
}

/** The reflexive pronouns ("urself" as readers text it). */
const REFLEXIVE = new Set([
  'myself',
  'yourself',
  'urself',
  'himself',
  'herself',
  'themselves',
  'themself',
  'oneself',
])

/**
 * "pleasures himself", "touching yourself": read as the word a document would use for it,
 * "masturbating". Word by word, the reflexive is a function word and "pleasure" and "touch" meet
 * only pleasure and touch.
 */
function selfPleasureSaid(ws: string[]): void {
  for (let k = 0; k < ws.length - 1; k++)
    if (/^(?:pleasur|touch)/.test(ws[k]) && REFLEXIVE.has(ws[k + 1]))
      ws.splice(k, 2, 'masturbating')
}

/** The forms of "go" ("went behind my back", "gone cold"). */
const GOES = new Set(['go', 'goes', 'went', 'going', 'gone'])

/** The forms of "leave" that may leave a person (see peopleLeft). */
const LEAVES = new Set(['leave', 'leaves', 'leaving', 'left'])
const WALKS = new Set(['walk', 'walks', 'walked', 'walking'])
/** Whom "leave" may leave: a person named by a pronoun ("everyone will leave me"). */
const LEFT_PEOPLE = new Set(['me', 'us', 'him', 'her', 'them', 'you'])
/**
 * Words after which nothing more of the leaving is said: "leave me eventually", "left us for
 * someone else", "walked out when I was eight". What follows otherwise says what the leaving
 * left ("leave you unable to trust", "left me so shaken", "leave them out"): no one abandoned.
 */
const LEFT_ENDS = new Set(
  'eventually too again for someday one soon anyway behind forever and or but when because if'.split(
    ' ',
  ),
)

/**
 * Being left, as readers say it, read as the word a document would use for it: "the people I
 * love will leave me", "he left me for someone else", "my mom walked out (on us)" → abandon (the
 * articles' "fear of abandonment"). Word by word, "leave" meets only "go" and "walk out" the
 * sense of going on strike, so these questions missed it. Only a person left, and only where the
 * clause says nothing more of the leaving.
 */
function peopleLeft(ws: string[]): void {
  const ends = (k: number) => k >= ws.length || LEFT_ENDS.has(ws[k])
  for (let k = 0; k < ws.length; k++) {
    if (LEAVES.has(ws[k]) && LEFT_PEOPLE.has(ws[k + 1]) && ends(k + 2)) ws[k] = 'abandon'
    else if (WALKS.has(ws[k]) && ws[k + 1] === 'out') {
      const on = ws[k + 2] === 'on' && LEFT_PEOPLE.has(ws[k + 3]) ? 2 : 0
      if (on || ends(k + 2)) ws.splice(k, 2 + (on ? 1 : 0), 'abandon')
    }
  }
}

/** The forms of "be" and "get" before a passive ("got burned", "been burned"). */
const PASSIVE = new Set('get gets got getting gotten be been being was were am is are'.split(' '))
const BURNED = new Set(['burned', 'burnt'])
const STABS = new Set(['stab', 'stabs', 'stabbed', 'stabbing'])

/**
 * Betrayal as readers say it, read as the word a document would use for it: "since I got burned",
 * "stabbed me in the back", "went behind my back" → betrayed; "two-timed" → cheated. Word by
 * word, "burned" meets "pain" at 0.21, "stab" only "effort", and "back" and "two" nothing, so
 * these questions abstained or met another sentence on partners.
 */
function betrayalSaid(ws: string[]): void {
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k]
    if (BURNED.has(w) && PASSIVE.has(ws[k - 1])) ws[k] = 'betrayed'
    else if (STABS.has(w)) {
      // "stabbed in the back", "stab me in the back"
      const at = LEFT_PEOPLE.has(ws[k + 1]) ? k + 2 : k + 1
      if (ws[at] === 'in' && ws[at + 1] === 'the' && ws[at + 2] === 'back') {
        ws.splice(at, 3)
        ws[k] = 'betrayed'
      }
    } else if (w === 'behind' && POSSESSIVES.has(ws[k + 1]) && ws[k + 2] === 'back') {
      // (The verb before it, "went", "going", says nothing more; "sneaking around" says how.)
      const verb = GOES.has(ws[k - 1]) ? 1 : 0
      ws.splice(k - verb, 3 + verb, 'betrayed')
      k -= verb
    } else if (w === 'two' && (ws[k + 1] === 'timed' || ws[k + 1] === 'timing'))
      ws.splice(k, 2, 'cheated')
  }
}

/**
 * "watching new people for red flags": a red flag is, in WordNet's own words, "used as a warning
 * signal", and read as "signs", the word a document would use ("more sensitive to signs that
 * …"). Word by word, "red" and "flags" meet nothing of it.
 */
function redFlagsRead(ws: string[]): void {
  for (let k = 0; k < ws.length - 1; k++)
    if (ws[k] === 'red' && (ws[k + 1] === 'flags' || ws[k + 1] === 'flag')) ws.splice(k, 2, 'signs')
}

const PULLS = new Set(['pull', 'pulls', 'pulled', 'pulling'])
const PUSHES = new Set(['push', 'pushes', 'pushed', 'pushing'])
/** Whom a reader pushes away: a person, or people. */
const PUSHED_AWAY = new Set([
  ...LEFT_PEOPLE,
  'people',
  'ppl',
  'everyone',
  'everybody',
  'others',
  'anyone',
  'partners',
  'friends',
])

/**
 * Withdrawing from others as readers say it, read as the word a document would use for it:
 * "pulling away from my partner", "pushing people away", "I've gone cold on her", "keeps me at
 * arm's length" → distance ("distance themselves emotionally from their partner"). Word by word,
 * "pull away" meets "go" and "move", and "cold" and "length" nothing of it. Not a passive: one
 * "pulled away from" one's parents is separated from them, not withdrawing.
 */
function withdrawalSaid(ws: string[]): void {
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k]
    if (PULLS.has(w) && ws[k + 1] === 'away' && !(w === 'pulled' && PASSIVE.has(ws[k - 1])))
      ws.splice(k, 2, 'distance')
    else if (PUSHES.has(w) && PUSHED_AWAY.has(ws[k + 1]) && ws[k + 2] === 'away')
      ws.splice(k, 3, 'distance')
    else if (GOES.has(w) && ws[k + 1] === 'cold') ws.splice(k, 2, 'distance')
    else if ((w === 'arm' || w === 'arms') && ws[k + 1] === 'length') ws.splice(k, 2, 'distance')
  }
}

const LETS = new Set(['let', 'lets', 'letting'])

/**
 * Being let down, read as the word a document would use for it: "after my partner let me down",
 * "I've been let down over and over" → betrayed. "let" is a function word ("let me know"), so the
 * pair was never read as WordNet's "let down" (fail to meet one's hopes), whose own relatives in
 * the articles are "move" and "position" of its sense of lowering.
 */
function letDownSaid(ws: string[]): void {
  for (let k = 0; k < ws.length; k++) {
    if (!LETS.has(ws[k])) continue
    if (ws[k + 1] === 'down') ws.splice(k, 2, 'betrayed')
    else if (PUSHED_AWAY.has(ws[k + 1]) && ws[k + 2] === 'down') ws.splice(k, 3, 'betrayed')
  }
}

/**
 * "Why do I feel on edge all the time?": on edge is anxious, as WordNet's "edgy" and "jumpy" are;
 * word by word, "edge" meets nothing of it.
 */
function onEdgeSaid(ws: string[]): void {
  for (let k = 0; k < ws.length - 1; k++)
    if (ws[k] === 'on' && ws[k + 1] === 'edge') ws.splice(k, 2, 'anxious')
}

/**
 * Watchfulness as readers say it, read as the word a document would use for it: "on the
 * lookout", "on (high) alert", "on (my) guard", "hyper-alert", "hypervigilant" → sensitive (as in
 * "more sensitive to signs that …"). WordNet has "on guard" and "alert" as "vigilant", which
 * meets nothing in prose of that kind, and "lookout" as a place or a person.
 */
function watchfulnessSaid(ws: string[]): void {
  for (let k = 0; k < ws.length; k++) {
    const [a, b, c] = [ws[k], ws[k + 1], ws[k + 2]]
    const span =
      a === 'on' && ((b === 'the' && c === 'lookout') || (b === 'high' && c === 'alert'))
        ? 3
        : a === 'on' && POSSESSIVES.has(b) && c === 'guard'
          ? 3
          : (a === 'on' && (b === 'alert' || b === 'guard')) ||
              (a === 'hyper' && (b === 'alert' || b === 'vigilant'))
            ? 2
            : a === 'hypervigilant'
              ? 1
              : 0
    if (span) ws.splice(k, span, 'sensitive')
  }
}
