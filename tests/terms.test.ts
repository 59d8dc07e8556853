import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ingest } from '../src/core/ingest.ts'
import { cachedStems, stem, words } from '../src/core/terms.ts'

describe('words', () => {
  it('splits on anything but letters and digits, keeps contractions whole, drops clitics', () => {
    expect(words("They'll call it a partner's fault: 3.5 times, O'Brien!")).toEqual([
      'they',
      'call',
      'it',
      'a',
      'partner',
      'fault',
      '3',
      '5',
      'times',
      'obrien',
    ])
  })

  it('lists a camelCase identifier whole and by its parts', () => {
    expect(words('Use getSignedCookie(c) here')).toEqual([
      'use',
      'getsignedcookie',
      'get',
      'signed',
      'cookie',
      'c',
      'here',
    ])
  })

  it('folds accents, so café and cafe are one word', () => {
    expect(words('Café CAFÉ cafe')).toEqual(['cafe', 'cafe', 'cafe'])
  })

  it('reads ASCII text (scanned by character codes) exactly as the general Unicode path does', () => {
    // Any non-ASCII character sends a text down the regular-expression path; " é" adds one word.
    const ascii = fc.string({
      unit: fc.constantFrom(
        ..."aZ9 '_-.:/()[]xYqQ0\n\t".split(''),
        'getCookie',
        'GET',
        'get',
        'hello',
        "doesn't",
        'https://',
        '](',
        ' /',
      ),
      maxLength: 40,
    })
    fc.assert(
      fc.property(ascii, (text) => {
        expect(words(text)).toEqual(words(`${text} é`).slice(0, -1))
      }),
      { numRuns: 2000 },
    )
  })
})

describe('stem', () => {
  it('keeps a bounded cache, which a build leaves empty', () => {
    // Each cached word holds the text it was cut from: a cache that only grew would keep every
    // question a public server was ever sent.
    for (let i = 0; i < 25_000; i++)
      stem(`q${i.toString(26).replace(/\d/g, (d) => 'klmnopqrst'[+d])}ing`)
    expect(cachedStems()).toBeGreaterThan(0)
    expect(cachedStems()).toBeLessThanOrEqual(10_000)
    ingest([{ path: 'a.md', content: '# Trust\n\nRebuilding trust takes time and communication.' }])
    expect(cachedStems()).toBe(0)
    expect(stem('rebuilding')).toBe('rebuild')
  })

  it('gives a verb of one letter and "ie" one stem in all its forms ("he lied" is a lie)', () => {
    for (const [base, forms] of [
      ['lie', ['lies', 'lied', 'lying']],
      ['die', ['dies', 'died', 'dying']],
      ['tie', ['ties', 'tied', 'tying']],
    ] as const)
      for (const form of forms) expect(stem(form)).toBe(stem(base))
    // Longer words keep Porter's own stems, which already meet: "studies", "studied", "study".
    expect(stem('studied')).toBe(stem('study'))
    expect(stem('worries')).toBe(stem('worry'))
  })

  it('reads an irregular verb form as its verb unless it is mostly a word of its own', () => {
    for (const [form, verb] of [
      ['found', 'find'],
      ['left', 'leave'],
      ['felt', 'feel'],
      ['broken', 'break'],
    ] as const)
      expect(stem(form)).toBe(stem(verb))
    // "childhood wounds" and "an emotional wound" are one word, and not "wind"; "ground rules"
    // are not ground coffee; "bit by bit" bites nothing.
    for (const [form, plural, verb] of [
      ['wound', 'wounds', 'wind'],
      ['ground', 'grounds', 'grind'],
      ['bit', 'bits', 'bite'],
    ] as const) {
      expect(stem(form)).toBe(stem(plural))
      expect(stem(form)).not.toBe(stem(verb))
    }
  })

  it('gives a Latin word in "-us" one stem in all its forms (CBT "focuses on" is a focus)', () => {
    for (const [base, forms] of [
      ['focus', ['focuses', 'focused', 'focusing', 'focussed']],
      ['status', ['statuses']],
      ['virus', ['viruses']],
      ['campus', ['campuses']],
    ] as const)
      for (const form of forms) expect(stem(form), form).toBe(stem(base))
    // Not an adjective in "-ous", nor "uses", which is no form of "US".
    expect(stem('anxiousness')).not.toBe(stem('anxious'))
    expect(stem('uses')).toBe(stem('use'))
    expect(stem('abuses')).toBe(stem('abuse'))
  })

  it('gives a verb ending in a doubled consonant one stem in all its forms ("adding" is "add")', () => {
    // Porter undoubles what it cuts "-ed" and "-ing" from ("hopping" → "hop"): "adding a header"
    // was "ad" (an advertisement), and never met the pages' "add a header".
    for (const [base, forms] of [
      ['add', ['adds', 'added', 'adding']],
      ['stuff', ['stuffed', 'stuffing']],
      ['err', ['erred', 'erring']],
    ] as const)
      for (const form of forms) expect(stem(form), form).toBe(stem(base))
    // A form doubled as English doubles it stays its own verb's: "putting" is "put", not "putt".
    expect(stem('putting')).toBe(stem('put'))
    expect(stem('hopping')).toBe(stem('hop'))
    expect(stem('calling')).toBe(stem('call'))
  })

  it("reads the plural of a noun derived from a verb's irregular form as that form", () => {
    // "thought" is read as "think"; "gloomy thoughts" must meet "negative thought patterns".
    expect(stem('thoughts')).toBe(stem('thought'))
    // A noun that only looks like a form derives from no such verb: "spokes" are not spoken.
    expect(stem('spokes')).not.toBe(stem('speak'))
  })
})
