// CSV exports: a BOM for Excel, RFC 4180 quoting, integers as digits, licence on every row.
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { BOM, spreadsheetSafe, toCsv } from '../../src/export/csv'
import type { ExportTable } from '../../src/export/tables'
import { deepFreeze } from './deepFreeze'

const LICENCE = 'Qatysu records: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)'
const AT = '2026-11-23T10:00:00Z'

function createTable(): ExportTable {
  return deepFreeze({
    columns: ['id', 'title', 'amount_kzt', 'area_km2', 'paid_on', 'is_demo'],
    records: [
      {
        id: '1',
        geometry: null,
        properties: {
          id: '1',
          title: 'Детская площадка; ул. Абая, 10 — «Алма» "А"\nвторая строка',
          amount_kzt: 9_007_199_254_740_991,
          area_km2: 325.55,
          paid_on: '2019-08-05',
          is_demo: true,
        },
      },
      {
        id: '2',
        geometry: null,
        properties: {
          id: '2',
          title: 'Аулаға жарық: Қабанбай батыр к-сі',
          amount_kzt: 0,
          area_km2: null,
          paid_on: null,
          is_demo: false,
        },
      },
    ],
  } satisfies ExportTable)
}

const parse = (text: string) =>
  Papa.parse<Record<string, string>>(text.slice(BOM.length), {
    header: true,
    skipEmptyLines: true,
  })

describe('toCsv', () => {
  const text = toCsv(createTable(), LICENCE, AT)

  it('starts with a UTF-8 byte-order mark and a header of snake_case names', () => {
    expect(text.startsWith(BOM)).toBe(true)
    expect(text.slice(1).split('\n')[0]).toBe(
      'id,title,amount_kzt,area_km2,paid_on,is_demo,licence,generated_at',
    )
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]))
  })

  it('reads back with a standard parser: quotes, ; , newlines and Cyrillic intact', () => {
    const { data, errors } = parse(text)
    expect(errors).toEqual([])
    expect(data).toHaveLength(2)
    expect(data[0]!.title).toBe('Детская площадка; ул. Абая, 10 — «Алма» "А"\nвторая строка')
    expect(data[1]!.title).toBe('Аулаға жарық: Қабанбай батыр к-сі')
  })

  it('writes integers as plain digits, null as an empty cell, booleans as true/false', () => {
    const [first, second] = parse(text).data
    expect(first!.amount_kzt).toBe('9007199254740991')
    expect(first!.area_km2).toBe('325.55')
    expect(second!.amount_kzt).toBe('0')
    expect(second!.area_km2).toBe('')
    expect(second!.paid_on).toBe('')
    expect([first!.is_demo, second!.is_demo]).toEqual(['true', 'false'])
  })

  it('puts the licence and generation time on every row', () => {
    for (const row of parse(text).data) {
      expect(row.licence).toBe(LICENCE)
      expect(row.generated_at).toBe(AT)
    }
  })

  it('ends lines with LF, and the file with one', () => {
    const outsideQuotes = text.replace(/"(?:[^"]|"")*"/g, '')
    expect(outsideQuotes).not.toContain('\r')
    expect(text.endsWith('Z\n')).toBe(true)
  })

  it('writes a header only when there are no rows', () => {
    const empty = toCsv({ columns: ['id'], records: [] }, LICENCE, AT)
    expect(empty).toBe(`${BOM}id,licence,generated_at\n`)
  })
})

describe('spreadsheetSafe', () => {
  it('keeps text a spreadsheet would run as a formula from running', () => {
    expect(spreadsheetSafe('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`)
    expect(spreadsheetSafe('+7 701')).toBe(`'+7 701`)
    expect(spreadsheetSafe('@sum')).toBe(`'@sum`)
    expect(spreadsheetSafe('Парк')).toBe('Парк')
    expect(spreadsheetSafe('2019-08-05')).toBe('2019-08-05')
  })
})
