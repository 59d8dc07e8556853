import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { StringTable } from '../src/core/string-table.ts'

describe('a table of strings', () => {
  it('numbers its strings in order and finds each, and no other', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ maxLength: 12 })),
        fc.array(fc.string()),
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
        },
      ),
    )
  })

  it('is made again from its parts (as an answer thread receives it)', () => {
    const table = StringTable.of(['trust', 'betray', 'tr', 'trusts', 'caf\u00e9', '\u4fe1'])
    const { text, starts } = table
    const slots = (table as unknown as { slots: Uint16Array }).slots
    const again = new StringTable(text, starts.slice(), slots.slice())
    expect(again.list()).toEqual(table.list())
    expect(again.id('trusts')).toBe(3)
    expect(again.id('\u4fe1')).toBe(5)
    expect(again.id('trus')).toBe(-1)
  })
})
