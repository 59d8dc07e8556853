import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { StringTable } from '../src/core/string-table.ts'

describe('a table of strings', () => {
  it('numbers its strings in order and finds each, and no other', () => {
    fc.assert(
      fc.property(
        // Strings of any characters: some above U+00FF, kept apart from the others.
        fc.uniqueArray(
          fc.string({ maxLength: 12, unit: fc.constantFrom('a', 'b', '', 'é', 'ł', '信', '😀') }),
        ),
        fc.array(fc.string({ maxLength: 4, unit: fc.constantFrom('a', 'b', 'é', 'ł') })),
        (list, others) => {
          const table = StringTable.of(list)
          expect(table.size).toBe(list.length)
          list.forEach((s, id) => {
            expect(table.id(s)).toBe(id)
            // A copy of its characters, not the same string, is found too.
            expect(table.id(s.split('').join(''))).toBe(id)
            expect(table.at(id)).toBe(s)
          })
          for (const s of others) expect(table.id(s)).toBe(list.indexOf(s))
          expect(table.list()).toEqual(list)
          // Made again from its fields, as an answer thread receives it.
          const again = StringTable.from({ ...table } as unknown as string[])
          expect(again.list()).toEqual(list)
          list.forEach((s, id) => expect(again.id(s)).toBe(id))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('keeps a string with a character above U+00FF apart, the others a byte a character', () => {
    const table = StringTable.of(['trust', 'betray', 'tr', 'trusts', 'caf\u00e9', '\u4fe1', ''])
    expect(table.text).toBe('trustbetraytrtrustscaf\u00e9')
    expect(table.list()).toEqual(['trust', 'betray', 'tr', 'trusts', 'caf\u00e9', '\u4fe1', ''])
    expect(table.id('\u4fe1')).toBe(5)
    expect(table.id('')).toBe(6)
    expect(table.id('trus')).toBe(-1)
  })
})
