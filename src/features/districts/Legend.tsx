import { useTranslation } from 'react-i18next'
import { formatTenge } from '../../i18n/formatTenge'
import { useLanguage } from '../../i18n/useLanguage'
import { legendEntries, type Classes } from '../../map/choropleth'

/** What the district colours mean. */
export function Legend({ classes, values }: { classes: Classes | null; values: number[] }) {
  const { t } = useTranslation()
  const lang = useLanguage()
  const entries = legendEntries(classes, values)
  if (entries.length === 0) return null

  return (
    <figure className="legend">
      <figcaption className="section-title">{t('panel.legendTitle')}</figcaption>
      <ul>
        {entries.map((e) => (
          <li key={e.color}>
            <span className="swatch" aria-hidden="true" style={{ background: e.color }} />
            {!classes
              ? t('panel.legendSame', { amount: formatTenge(e.min, lang) })
              : e.min === e.max
                ? formatTenge(e.min, lang)
                : t('panel.legendRange', {
                    min: formatTenge(e.min, lang),
                    max: formatTenge(e.max, lang),
                  })}
          </li>
        ))}
      </ul>
    </figure>
  )
}
