// Dates by locale, at the edge like money. Calendar dates ("2026-05-01") are shown as they
// are; moments (timestamps) in Kazakhstan's time, wherever the reader is.
import type { Language } from '../../api/types'
import { LOCALES } from '../../i18n/formatTenge'

export const DISPLAY_TIME_ZONE = 'Asia/Almaty'

const dayParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: DISPLAY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** The calendar day of a moment in Almaty, as YYYY-MM-DD: "today" for the cycles' rules. */
export function almatyDay(now: Date): string {
  const parts = Object.fromEntries(dayParts.formatToParts(now).map((p) => [p.type, p.value]))
  return `${parts.year}-${parts.month}-${parts.day}`
}

/**
 * Kazakh month names. Browsers built with a reduced ICU (Debian's Chromium among them) have
 * no Kazakh calendar data and print "2026 M06 5", so Kazakh dates are composed here, in the
 * CLDR long pattern "y 'ж'. d MMMM".
 */
export const KK_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
]

const formats = new Map<string, Intl.DateTimeFormat>()

function cached(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let f = formats.get(key)
  if (!f) {
    f = make()
    formats.set(key, f)
  }
  return f
}

function parts(d: Date, timeZone: string): Record<string, number> {
  const f = cached(
    `parts:${timeZone}`,
    () =>
      new Intl.DateTimeFormat('en-GB', {
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        hourCycle: 'h23',
        timeZone,
      }),
  )
  return Object.fromEntries(
    f
      .formatToParts(d)
      .filter((p) => p.type !== 'literal')
      .map((p) => [p.type, Number(p.value)]),
  )
}

function format(d: Date, lang: Language, withTime: boolean): string {
  const timeZone = withTime ? DISPLAY_TIME_ZONE : 'UTC'
  if (lang === 'kk') {
    const p = parts(d, timeZone)
    const date = `${p.year} ж. ${p.day} ${KK_MONTHS[p.month! - 1]}`
    return withTime
      ? `${date}, ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`
      : date
  }
  return cached(
    `${lang}:${withTime}`,
    () =>
      new Intl.DateTimeFormat(LOCALES[lang], {
        dateStyle: 'medium',
        ...(withTime ? { timeStyle: 'short' } : {}),
        timeZone,
      }),
  ).format(d)
}

/** "5 июн. 2026 г." (ru), "5 Jun 2026" (en), "2026 ж. 5 маусым" (kk) for "2026-06-05". */
export function formatDate(date: string | null, lang: Language): string {
  if (!date) return '—'
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date)
  return Number.isNaN(d.getTime()) ? date : format(d, lang, false)
}

/** Date and time of a moment, in Kazakhstan. */
export function formatDateTime(moment: string | null, lang: Language): string {
  if (!moment) return '—'
  const d = new Date(moment)
  return Number.isNaN(d.getTime()) ? moment : format(d, lang, true)
}

/** "45 %" (kk, ru), "45%" (en). */
export function formatPercent(percent: number, lang: Language): string {
  const n = Math.round(percent)
  return lang === 'en' ? `${n}%` : `${n}\u00a0%`
}
