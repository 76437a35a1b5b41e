// Money is integer tenge end to end; this is the one place it becomes text.
import type { Language } from '../api/types'

/** BCP 47 locale used for numbers in each interface language. */
export const LOCALES: Record<Language, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' }

/**
 * The locale whose number patterns to use. Some browsers ship no Kazakh data (Debian's Chromium
 * among them) and fall back to the root patterns (1,234,567.5) while still listing the locale as
 * supported; Kazakh writes numbers as Russian does (1 234 567,5), so Russian patterns stand in.
 */
export function numberLocale(
  lang: Language,
  supported: (locale: string) => boolean = (l) =>
    Intl.NumberFormat.supportedLocalesOf([l]).length > 0 &&
    new Intl.NumberFormat(l).format(1234.5) !== '1,234.5',
): string {
  return lang === 'kk' && !supported(LOCALES.kk) ? LOCALES.ru : LOCALES[lang]
}

const NBSP = '\u00a0'
const TENGE = '₸'

/** Short scale words; the unit and the sign never wrap away from the number. */
const SCALE_WORDS: Record<Language, [string, string, string]> = {
  kk: ['млн', 'млрд', 'трлн'],
  ru: ['млн', 'млрд', 'трлн'],
  en: ['mln', 'bn', 'trn'],
}

const SCALES = [1e6, 1e9, 1e12] as const

/** Up to three significant digits, never rounding away whole units. */
function fractionDigits(scaled: number): number {
  const a = Math.abs(scaled)
  if (a < 10) return 2
  if (a < 100) return 1
  return 0
}

function roundTo(value: number, digits: number): number {
  const f = 10 ** digits
  return Math.round(value * f) / f
}

const formatters = new Map<string, Intl.NumberFormat>()

function numberFormat(lang: Language, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${lang}:${maximumFractionDigits}`
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.NumberFormat(numberLocale(lang), { maximumFractionDigits })
    formatters.set(key, f)
  }
  return f
}

/** A whole number with the locale's digit grouping: 1 234 567 (ru), 1,234,567 (en). */
export function formatCount(value: number, lang: Language): string {
  if (!Number.isFinite(value)) return '—'
  return numberFormat(lang, 0).format(value)
}

/** The exact amount: "500 000 000 ₸". */
export function formatTengeExact(amount: number, lang: Language): string {
  if (!Number.isFinite(amount)) return '—'
  return `${formatCount(Math.round(amount), lang)}${NBSP}${TENGE}`
}

/**
 * A short amount for panels and legends: "500 млн ₸" (kk, ru), "500 mln ₸" (en),
 * "1,25 млрд ₸", "750 000 ₸" (below a million the exact figure is short enough).
 */
export function formatTenge(amount: number, lang: Language): string {
  if (!Number.isFinite(amount)) return '—'
  const abs = Math.abs(amount)
  if (abs < SCALES[0]) return formatTengeExact(amount, lang)
  let index = SCALES.findLastIndex((s) => abs >= s)
  let scaled = amount / SCALES[index]!
  let rounded = roundTo(scaled, fractionDigits(scaled))
  // 999.96 million rounds to 1000 million: say 1 billion instead.
  if (Math.abs(rounded) >= 1000 && index < SCALES.length - 1) {
    index += 1
    scaled = amount / SCALES[index]!
    rounded = roundTo(scaled, fractionDigits(scaled))
  }
  const number = numberFormat(lang, fractionDigits(rounded)).format(rounded)
  return `${number}${NBSP}${SCALE_WORDS[lang][index]}${NBSP}${TENGE}`
}
