import { useTranslation } from 'react-i18next'
import type { Language } from '../../api/types'
import { LANGUAGES } from '../../i18n'
import { useLanguage } from '../../i18n/useLanguage'

const SHORT: Record<Language, string> = { kk: 'Қаз', ru: 'Рус', en: 'Eng' }

export function LanguageSwitch() {
  const { t, i18n } = useTranslation()
  const current = useLanguage()
  return (
    <div className="language-switch" role="group" aria-label={t('header.language')}>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={lang === current}
          aria-label={t(`languages.${lang}`)}
          title={t(`languages.${lang}`)}
          onClick={() => void i18n.changeLanguage(lang)}
        >
          {SHORT[lang]}
        </button>
      ))}
    </div>
  )
}
