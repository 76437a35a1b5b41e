import { useTranslation } from 'react-i18next'
import type { Language } from '../api/types'
import { DEFAULT_LANGUAGE } from './index'
import { toLanguage } from './localized'

/** The interface language; components using it re-render when it changes. */
export function useLanguage(): Language {
  const { i18n } = useTranslation()
  return toLanguage(i18n.resolvedLanguage ?? i18n.language) ?? DEFAULT_LANGUAGE
}
