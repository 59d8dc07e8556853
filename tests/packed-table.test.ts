import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { packTable, PackedTable } from '../src/core/packed-table.ts'

const lookup = (text: string, key: string) => new PackedTable(text).get(key)

describe('packed table', () => {
  it('finds every key it packed, and no key it did not, as a Map would', () => {
    // Short keys over a small alphabet, so keys are often prefixes of one another.
    const key = fc.string({ unit: fc.constantFrom('a', 'b', 'z', ' ', 'é', '·'), maxLength: 4 })
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.tuple(
            key,
            fc.string({ maxLength: 8 }).map((v) => v.replace(/[\t\n]/g, '')),
          ),
          {
            selector: ([k]) => k,
            maxLength: 40,
          },
        ),
        fc.array(key, { maxLength: 20 }),
        (entries, probes) => {
          const table = packTable(entries)
          const map = new Map(entries)
          for (const k of [...map.keys(), ...probes]) expect(lookup(table, k)).toBe(map.get(k))
        },
      ),
      { numRuns: 500 },
    )
  })

  it('answers a key asked again, present or absent, as it did the first time, past its memo', () => {
    const entries = Array.from({ length: 6000 }, (_, i) => [`k${i * 2}`, `v${i}`] as const)
    const table = new PackedTable(packTable(entries))
    const map = new Map(entries)
    // Twice over 12,000 keys (half of them absent): the memo of 4,096 fills and is dropped.
    for (let round = 0; round < 2; round++)
      for (let i = 0; i < 12_000; i++) expect(table.get(`k${i}`)).toBe(map.get(`k${i}`))
  })

  it('lists the keys that start with a prefix, in key order, as a filter of its sorted keys would', () => {
    const key = fc.string({ unit: fc.constantFrom('a', 'b', 'z', 'é'), maxLength: 4 })
    fc.assert(
      fc.property(fc.uniqueArray(key, { maxLength: 40 }), key, (keys, prefix) => {
        const table = new PackedTable(packTable(keys.map((k) => [k, 'v'])))
        const seen: string[] = []
        table.eachKeyWith(prefix, (k) => seen.push(k))
        expect(seen).toEqual(keys.filter((k) => k.startsWith(prefix)).sort())
      }),
      { numRuns: 500 },
    )
  })

  it('treats a word of Object.prototype as any other key', () => {
    const table = packTable([['trust', 'betray 0.8']])
    expect(lookup(table, 'constructor')).toBeUndefined()
    expect(lookup(table, '__proto__')).toBeUndefined()
    expect(lookup(packTable([['constructor', 'build 0.5']]), 'constructor')).toBe('build 0.5')
  })

  it('keeps one line start in any number and still finds every key, its line and its start', () => {
    const key = fc.string({ unit: fc.constantFrom('a', 'b', 'z', 'é'), maxLength: 4 })
    fc.assert(
      fc.property(
        fc.uniqueArray(key, { maxLength: 40 }),
        fc.array(key, { maxLength: 10 }),
        fc.integer({ min: 1, max: 9 }),
        (keys, probes, stride) => {
          const table = new PackedTable(packTable(keys.map((k) => [k, `v${k}`])), stride)
          const sorted = [...keys].sort()
          for (const k of [...keys, ...probes]) {
            const line = sorted.indexOf(k)
            expect(table.lineOf(k)).toBe(line)
            expect(table.get(k)).toBe(line < 0 ? undefined : `v${k}`)
            if (line >= 0) expect(table.text.startsWith(`${k}\t`, table.keyStart(line))).toBe(true)
          }
          for (const prefix of probes) {
            const seen: string[] = []
            table.eachKeyWith(prefix, (k) => seen.push(k))
            expect(seen).toEqual(sorted.filter((k) => k.startsWith(prefix)))
          }
        },
      ),
      { numRuns: 500 },
    )
  })

  it('an empty table has no keys', () => {
    expect(lookup('', '')).toBeUndefined()
    expect(lookup('', 'a')).toBeUndefined()
  })
})
