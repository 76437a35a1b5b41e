// Calendar months of plain dates. Payment dates are calendar dates in Kazakhstan ("2020-03-31"),
// so they are read digit by digit, never through a clock: new Date("2020-03-01") is UTC midnight,
// which a reader west of Greenwich would see as February. A month is drawn as the UTC instant of
// its first day, so a time scale in UTC puts it in the same place for every reader.
import type { Language } from '../../../api/types'
import { LOCALES } from '../../../i18n/formatTenge'
import { DISPLAY_TIME_ZONE, KK_MONTHS } from '../../common/dates'

export interface PlainMonth {
  year: number
  /** 1..12 */
  month: number
}

/** The month of a plain date "YYYY-MM-DD"; throws on anything else. */
export function monthOfPlainDate(date: string): PlainMonth {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const month = m ? Number(m[2]) : 0
  const day = m ? Number(m[3]) : 0
  if (!m || month < 1 || month > 12 || day < 1 || day > 31) {
    throw new RangeError(`not a plain date (YYYY-MM-DD): ${date}`)
  }
  return { year: Number(m[1]), month }
}

/** The month of "YYYY-MM"; throws on anything else. */
export function parseMonthKey(key: string): PlainMonth {
  const m = /^(\d{4})-(\d{2})$/.exec(key)
  const month = m ? Number(m[2]) : 0
  if (!m || month < 1 || month > 12) throw new RangeError(`not a month (YYYY-MM): ${key}`)
  return { year: Number(m[1]), month }
}

/** "2020-03". */
export function monthKey({ year, month }: PlainMonth): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`
}

/** Months since year 0, so months can be counted and compared. */
export function monthNumber({ year, month }: PlainMonth): number {
  return year * 12 + month - 1
}

export function monthFromNumber(n: number): PlainMonth {
  return { year: Math.floor(n / 12), month: (n % 12) + 1 }
}

/** The first instant of the month as drawn on a UTC time scale. */
export function monthStart({ year, month }: PlainMonth): Date {
  return new Date(Date.UTC(year, month - 1, 1))
}

/** The month a moment falls in, in Kazakhstan's time (e.g. "this month" for the view). */
export function monthOfMoment(moment: Date, timeZone: string = DISPLAY_TIME_ZONE): PlainMonth {
  const parts = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'numeric', timeZone })
    .formatToParts(moment)
    .reduce<Record<string, number>>((acc, p) => ({ ...acc, [p.type]: Number(p.value) }), {})
  return { year: parts.year!, month: parts.month! }
}

/** Kazakh month abbreviations (CLDR), for the same reason as the names in dates.ts. */
const KK_SHORT = [
  'қаң.',
  'ақп.',
  'нау.',
  'сәу.',
  'мам.',
  'мау.',
  'шіл.',
  'там.',
  'қыр.',
  'қаз.',
  'қар.',
  'жел.',
]

const formats = new Map<string, Intl.DateTimeFormat>()
function monthFormat(lang: Language, month: 'short' | 'long', withYear: boolean) {
  const key = `${lang}:${month}:${withYear}`
  let f = formats.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], {
      month,
      ...(withYear ? { year: 'numeric' } : {}),
      timeZone: 'UTC',
    })
    formats.set(key, f)
  }
  return f
}

/** An axis label: "Mar" (en), "мар." (ru), "нау." (kk). */
export function shortMonthName(m: PlainMonth, lang: Language): string {
  if (lang === 'kk') return KK_SHORT[m.month - 1]!
  return monthFormat(lang, 'short', false).format(monthStart(m))
}

/** A table label: "March 2020" (en), "март 2020 г." (ru), "2020 ж. наурыз" (kk). */
export function monthName(m: PlainMonth, lang: Language): string {
  if (lang === 'kk') return `${m.year} ж. ${KK_MONTHS[m.month - 1]}`
  return monthFormat(lang, 'long', true).format(monthStart(m))
}
