import { describe, expect, it } from 'vitest'
import { insertRows, json, lit, pointLit, polygonLit } from '../../scripts/seed/sql'

describe('lit', () => {
  it('quotes text and doubles single quotes', () => {
    expect(lit("ТОО «Ақ Жол» o'clock")).toBe("'ТОО «Ақ Жол» o''clock'")
  })

  it('writes numbers, booleans and null bare', () => {
    expect([lit(150_000_000), lit(true), lit(null), lit(undefined)]).toEqual([
      '150000000',
      'true',
      'null',
      'null',
    ])
  })

  it('refuses non-finite numbers', () => {
    expect(() => lit(Number.NaN)).toThrow()
  })
})

describe('geometry literals', () => {
  it('writes EWKT points and polygons', () => {
    expect(pointLit([71.4, 51.15])).toBe("'SRID=4326;POINT(71.4 51.15)'")
    expect(
      polygonLit({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      }),
    ).toBe("'SRID=4326;POLYGON((0 0,1 0,1 1,0 0))'")
  })

  it('writes JSON as a quoted literal', () => {
    expect(json({ display_name: "Д'Артаньян" })).toBe(`'{"display_name":"Д''Артаньян"}'`)
  })
})

describe('insertRows', () => {
  it('writes one statement per chunk with explicit columns', () => {
    const sql = insertRows(
      't',
      ['a', 'b'],
      [
        ['1', "'x'"],
        ['2', "'y'"],
        ['3', "'z'"],
      ],
      2,
    )
    expect(sql).toBe(
      "insert into t (a, b) values\n  (1, 'x'),\n  (2, 'y');\ninsert into t (a, b) values\n  (3, 'z');",
    )
  })

  it('rejects a row with the wrong number of values', () => {
    expect(() => insertRows('t', ['a', 'b'], [['1']])).toThrow(/1 values for 2 columns/)
  })
})
