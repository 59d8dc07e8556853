// Questions built to make the answerer work as hard as the API allows (2,000 characters, 50 history
// turns of 8,000): used by the CPU-bound test on the default corpus and by the 10 MB corpus script.
import type { Turn } from '../../src/core/types.ts'

export interface Adversarial {
  name: string
  question: string
  history?: Turn[]
}

const MAX = 2000

/** A small deterministic PRNG (mulberry32), so every run meets the same inputs. */
export function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const fill = (unit: (i: number) => string, sep = ' ') => {
  let out = ''
  for (let i = 0; ; i++) {
    const next = (out ? sep : '') + unit(i)
    if (out.length + next.length > MAX) return out
    out += next
  }
}

function randomWord(rand: () => number, min: number, max: number) {
  const n = min + Math.floor(rand() * (max - min + 1))
  let w = ''
  for (let i = 0; i < n; i++) w += String.fromCharCode(97 + Math.floor(rand() * 26))
  return w
}

const turns = (n: number, content: string): Turn[] =>
  Array.from({ length: n }, (_, i) => ({ role: i % 2 ? 'assistant' : 'user', content }))

/** Every hostile shape the request schema lets through. `vocabulary` is the corpus's own words. */
export function adversarialQuestions(vocabulary: string[]): Adversarial[] {
  const rand = prng(42)
  const words = vocabulary.filter((w) => /^\p{L}{4,}$/u.test(w))
  const typo = (w: string) => {
    const i = 1 + Math.floor(rand() * (w.length - 1))
    return w.slice(0, i) + w.slice(i + 1)
  }
  const letters = 'abcdefghijklmnopqrstuvwxyz'
  const cap = (w: string) => w[0].toUpperCase() + w.slice(1)
  const longTurn = fill((i) => words[(i * 7) % words.length])
    .padEnd(8000, ' x')
    .slice(0, 8000)
  return [
    { name: '1,000 one-letter terms', question: fill((i) => letters[i % 26]) },
    { name: 'one letter repeated', question: fill(() => 'a') },
    { name: 'distinct random words', question: fill(() => randomWord(rand, 3, 12)) },
    { name: 'distinct random 40-letter words', question: fill(() => randomWord(rand, 40, 40)) },
    {
      name: 'distinct 41-letter words (over the word cap)',
      question: fill(() => randomWord(rand, 41, 41)),
    },
    { name: 'one 2,000-letter word', question: 'a'.repeat(MAX) },
    { name: 'corpus words, all distinct', question: fill((i) => words[(i * 13) % words.length]) },
    {
      name: 'corpus words with typos',
      question: fill((i) => typo(words[(i * 17) % words.length])),
    },
    { name: 'one corpus word repeated', question: fill(() => words[0]) },
    {
      name: 'stopword pairs (phrase lookups)',
      question: fill((i) => `let ${words[i % words.length]}`),
    },
    {
      name: 'many sentences, every one a question',
      question: fill((i) => `${words[i % words.length]}?`),
    },
    { name: 'digits and numbers', question: fill((i) => String(i)) },
    { name: 'emoji only', question: fill(() => '😭', '') },
    {
      name: 'CJK text',
      question: fill((i) => String.fromCharCode(0x4e00 + ((i * 31) % 20000)), ''),
    },
    { name: 'Arabic words', question: fill((i) => 'ثقة' + String.fromCharCode(0x628 + (i % 20))) },
    { name: 'combining marks', question: 'e' + '\u0301'.repeat(MAX - 1) },
    {
      name: 'right-to-left overrides',
      question: fill((i) => `\u202e${words[i % words.length]}\u202c`),
    },
    { name: 'lone surrogates', question: fill(() => '\ud800', '') },
    { name: 'NUL between words', question: fill((i) => words[i % words.length], '\u0000') },
    { name: 'zero-width joiners', question: fill((i) => `tr\u200dust${i % 10}`) },
    // The asides read around a question (greetings, thanks, versions, emoji at the ends), each
    // made long enough to make a backtracking pattern take minutes.
    { name: 'versions in one line', question: 'What is trust? ' + fill(() => 'a 1.1') + ' !' },
    { name: 'versions in many lines', question: fill((i) => `node v${i}.1.2`, '\n') + ' x' },
    { name: 'thanks repeated', question: 'What is trust? ' + fill(() => 'thanks') + ' x' },
    { name: 'pleas repeated', question: 'What is trust? ' + fill(() => 'please help me,') },
    { name: 'acknowledgements repeated', question: fill(() => 'ok,') + ' what is trust' },
    { name: 'greetings repeated', question: fill(() => 'hi') + ' x' },
    { name: 'emoji between words', question: 'what is trust ' + fill(() => '😢') + ' x' },
    { name: 'references to the article', question: fill(() => 'in the') + ' article' },
    { name: 'spaces after "I\'m new to"', question: "i'm new to" + ' '.repeat(MAX - 12) + 'x' },
    { name: 'spaces after a greeting', question: 'hi' + ' '.repeat(MAX - 3) + 'x' },
    { name: 'spaces between "in" and "the"', question: 'in' + ' '.repeat(MAX - 5) + 'the' },
    // Capitals read as the message's form, each name checked against the whole text: one line in
    // Title Case, words shouted amid small ones, labels, and type arguments in pasted code.
    {
      name: 'a title-case line of corpus words',
      question: fill((i) => cap(words[(i * 7) % words.length])),
    },
    {
      name: 'corpus words shouted amid small letters',
      question: fill((i) => (i % 2 ? words[(i * 7) % words.length].toUpperCase() : 'and')),
    },
    {
      name: 'capitals after labels',
      question: fill((i) => `x: ${cap(words[(i * 7) % words.length])}`),
    },
    {
      name: 'type arguments in pasted code',
      question: 'why?\n```ts\n' + fill((i) => `f<${cap(words[(i * 7) % words.length])}>()`, '\n'),
    },
    // The 64 KiB body cap bounds the history: at most 7 turns of 8,000 characters, or 50 of 1,200.
    {
      name: 'follow-up after 7 history turns of 8,000 characters',
      question: 'and what about it?',
      history: turns(7, longTurn),
    },
    {
      name: 'follow-up after 50 history turns',
      question: 'and what about it?',
      history: turns(50, longTurn.slice(0, 1200)),
    },
  ].map((a) => ({ ...a, question: a.question.slice(0, MAX) }))
}
