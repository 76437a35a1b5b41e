// i18next for the three interface languages. The choice is kept in localStorage and
// mirrored into <html lang> and the document title.
import i18next from 'i18next'
import LanguageDetector from 'i18next-browser-languagedetector'
import { initReactI18next } from 'react-i18next'
import type { Language } from '../api/types'
import en from './locales/en.json'
import kk from './locales/kk.json'
import ru from './locales/ru.json'
import { toLanguage } from './localized'

export const LANGUAGES: readonly Language[] = ['kk', 'ru', 'en']
/** Used when the browser asks for none of our languages. */
export const DEFAULT_LANGUAGE: Language = 'kk'
export const LANGUAGE_STORAGE_KEY = 'qatysu.language'

export const resources = {
  kk: { translation: kk },
  ru: { translation: ru },
  en: { translation: en },
} as const

/** The interface language now in use. */
export function currentLanguage(): Language {
  return toLanguage(i18next.resolvedLanguage ?? i18next.language) ?? DEFAULT_LANGUAGE
}

function reflectLanguage(): void {
  if (typeof document === 'undefined') return
  document.documentElement.lang = currentLanguage()
  document.title = i18next.t('app.documentTitle')
}

export function initI18n(): typeof i18next {
  if (i18next.isInitialized) return i18next
  i18next.on('languageChanged', reflectLanguage)
  void i18next
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources,
      supportedLngs: [...LANGUAGES],
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      fallbackLng: DEFAULT_LANGUAGE,
      initAsync: false,
      interpolation: { escapeValue: false },
      detection: {
        order: ['localStorage', 'navigator', 'htmlTag'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: ['localStorage'],
      },
    })
  reflectLanguage()
  return i18next
}
