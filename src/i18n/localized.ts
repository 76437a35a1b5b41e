// Picks the text of a record in the interface language, falling back to the other two.
import type { Cycle, DemoAccount, Language, Names } from '../api/types'

const FALLBACK: Record<Language, Language[]> = {
  kk: ['kk', 'ru', 'en'],
  ru: ['ru', 'kk', 'en'],
  en: ['en', 'ru', 'kk'],
}

/** `name_kk` / `name_ru` / `name_en` of a city, district, category… */
export function localizedName(names: Names, lang: Language): string {
  for (const l of FALLBACK[lang]) {
    const value = names[`name_${l}`]
    if (value) return value
  }
  return ''
}

/** `title_kk` / `title_ru` / `title_en` of a budget cycle. */
export function localizedTitle(
  cycle: Pick<Cycle, 'title_kk' | 'title_ru' | 'title_en'>,
  lang: Language,
): string {
  for (const l of FALLBACK[lang]) {
    const value = cycle[`title_${l}`]
    if (value) return value
  }
  return ''
}

/** `description_kk` / `description_ru` / `description_en` of a demo account. */
export function localizedDescription(
  account: Pick<DemoAccount, 'description_kk' | 'description_ru' | 'description_en'>,
  lang: Language,
): string {
  for (const l of FALLBACK[lang]) {
    const value = account[`description_${l}`]
    if (value) return value
  }
  return ''
}

/** Narrows any string (a stored preference, `i18next.language`) to an interface language. */
export function toLanguage(value: string | null | undefined): Language | null {
  const base = value?.toLowerCase().split(/[-_]/)[0]
  return base === 'kk' || base === 'ru' || base === 'en' ? base : null
}
