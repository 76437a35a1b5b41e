import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime, formatPercent } from '../../src/features/common/dates'

describe('dates', () => {
  it('shows a calendar date as it is, in each language', () => {
    expect(formatDate('2026-06-05', 'kk')).toBe('2026 ж. 5 маусым')
    expect(formatDate('2026-06-05', 'ru')).toMatch(/^5 июн\.? 2026/)
    expect(formatDate('2026-06-05', 'en')).toBe('5 Jun 2026')
    expect(formatDate(null, 'en')).toBe('—')
  })

  it('shows a moment in Kazakhstan time (UTC+5)', () => {
    expect(formatDateTime('2026-12-31T20:30:00Z', 'kk')).toBe('2027 ж. 1 қаңтар, 01:30')
    expect(formatDateTime('2026-06-05T10:30:00Z', 'en')).toBe('5 Jun 2026, 15:30')
  })

  it('formats a percentage with the language’s spacing', () => {
    expect(formatPercent(45.4, 'ru')).toBe('45\u00a0%')
    expect(formatPercent(100, 'en')).toBe('100%')
  })
})
