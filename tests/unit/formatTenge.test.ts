import { describe, expect, it } from 'vitest'
import {
  formatCount,
  formatTenge,
  formatTengeExact,
  numberLocale,
} from '../../src/i18n/formatTenge'

// Intl separates digit groups (and we join number, scale and sign) with no-break spaces;
// compare with ordinary spaces to keep the expectations readable.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ')

describe('formatTenge', () => {
  it('says millions in each language', () => {
    expect(plain(formatTenge(500_000_000, 'kk'))).toBe('500 млн ₸')
    expect(plain(formatTenge(500_000_000, 'ru'))).toBe('500 млн ₸')
    expect(plain(formatTenge(500_000_000, 'en'))).toBe('500 mln ₸')
  })

  it('says billions with the decimal separator of the language', () => {
    expect(plain(formatTenge(1_250_000_000, 'kk'))).toBe('1,25 млрд ₸')
    expect(plain(formatTenge(1_250_000_000, 'ru'))).toBe('1,25 млрд ₸')
    expect(plain(formatTenge(1_250_000_000, 'en'))).toBe('1.25 bn ₸')
  })

  it('keeps about three significant digits and drops trailing zeros', () => {
    expect(plain(formatTenge(12_345_678, 'ru'))).toBe('12,3 млн ₸')
    expect(plain(formatTenge(123_456_789, 'en'))).toBe('123 mln ₸')
    expect(plain(formatTenge(2_000_000, 'en'))).toBe('2 mln ₸')
    expect(plain(formatTenge(1_500_000, 'kk'))).toBe('1,5 млн ₸')
  })

  it('moves to the next scale when rounding reaches a thousand', () => {
    expect(plain(formatTenge(999_600_000, 'ru'))).toBe('1 млрд ₸')
    expect(plain(formatTenge(999_400_000, 'ru'))).toBe('999 млн ₸')
  })

  it('writes amounts under a million in full', () => {
    expect(plain(formatTenge(750_000, 'ru'))).toBe('750 000 ₸')
    expect(plain(formatTenge(750_000, 'en'))).toBe('750,000 ₸')
    expect(plain(formatTenge(0, 'kk'))).toBe('0 ₸')
  })

  it('never lets the scale or the sign wrap onto a new line', () => {
    for (const lang of ['kk', 'ru', 'en'] as const) {
      expect(formatTenge(500_000_000, lang)).not.toContain(' ')
      expect(formatTenge(750_000, lang)).not.toContain(' ')
    }
  })

  it('handles negative and non-finite amounts', () => {
    expect(plain(formatTenge(-2_500_000, 'en'))).toBe('-2.5 mln ₸')
    expect(formatTenge(Number.NaN, 'ru')).toBe('—')
  })
})

describe('formatTengeExact and formatCount', () => {
  it('groups digits per language', () => {
    expect(plain(formatTengeExact(500_000_000, 'kk'))).toBe('500 000 000 ₸')
    expect(plain(formatTengeExact(500_000_000, 'en'))).toBe('500,000,000 ₸')
    expect(plain(formatCount(12_345, 'ru'))).toBe('12 345')
    expect(formatCount(12_345, 'en')).toBe('12,345')
  })
})

describe('numberLocale', () => {
  it('uses Kazakh patterns where the runtime has them', () => {
    expect(numberLocale('kk', () => true)).toBe('kk-KZ')
  })

  it('falls back to Russian patterns (same grouping and decimal comma) where it has none', () => {
    expect(numberLocale('kk', () => false)).toBe('ru-RU')
    expect(new Intl.NumberFormat(numberLocale('kk', () => false)).format(1234567.5)).toBe(
      '1\u00a0234\u00a0567,5',
    )
  })

  it('leaves Russian and English alone', () => {
    expect(numberLocale('ru', () => false)).toBe('ru-RU')
    expect(numberLocale('en', () => false)).toBe('en-GB')
  })
})
