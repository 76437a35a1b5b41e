// Chart texts in the language the view asks for, whatever the interface language is.
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../../api/types'

export function useChartT(lang: Language): TFunction {
  const { i18n } = useTranslation()
  return i18n.getFixedT(lang)
}
