import { describe, expect, it } from 'vitest'
import { createRandom } from '../../scripts/seed/random'
import {
  day,
  formatDay,
  formatDotted,
  formatInstant,
  formatMoney,
  randomInstant,
} from '../../scripts/seed/time'

describe('time helpers', () => {
  it('keeps random instants inside the day range, in office hours (UTC 03–15)', () => {
    const rnd = createRandom(4)
    for (let i = 0; i < 200; i++) {
      const t = randomInstant(rnd, '2021-08-01', '2021-08-03')
      expect(t).toBeGreaterThanOrEqual(day('2021-08-01'))
      expect(t).toBeLessThan(day('2021-08-04'))
      const hour = new Date(t).getUTCHours()
      expect(hour).toBeGreaterThanOrEqual(3)
      expect(hour).toBeLessThan(15)
    }
  })

  it('rejects an empty range and a malformed date', () => {
    expect(() => randomInstant(createRandom(1), '2021-08-03', '2021-08-01')).toThrow()
    expect(() => day('12.08.2021')).toThrow()
  })

  it('formats for SQL and for documents', () => {
    const t = Date.parse('2021-08-12T07:31:05Z')
    expect(formatInstant(t)).toBe('2021-08-12 07:31:05+00')
    expect(formatDay(t)).toBe('2021-08-12')
    expect(formatDotted(t)).toBe('12.08.2021')
  })

  it('groups money digits by three', () => {
    expect(formatMoney(12_450_000)).toBe('12 450 000')
    expect(formatMoney(950)).toBe('950')
  })
})
