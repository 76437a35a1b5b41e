import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { DistrictSummary } from '../../api/types'
import { LOCALES } from '../../i18n/formatTenge'
import { localizedName } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import { classColor, type Classes } from '../../map/choropleth'
import type { DistrictMetric } from '../../map/mapTypes'
import { DEFAULT_METRIC, metricInfo, metricValue } from '../../map/metrics'
import { formatMetric } from './MetricLegend'

export interface DistrictListProps {
  districts: DistrictSummary[]
  classes: Classes | null
  listRef: RefObject<HTMLUListElement | null>
  /** The figure shown beside each name: the one the map is coloured by. */
  metric?: DistrictMetric
  /** The colour of a district's bar: its class on the map. */
  colorOf?(district: DistrictSummary): string
  onChoose(id: string): void
}

/** Every district as a button, alphabetical in the interface language. */
export function DistrictList({
  districts,
  classes,
  listRef,
  colorOf,
  metric = DEFAULT_METRIC,
  onChoose,
}: DistrictListProps) {
  const { t } = useTranslation()
  const lang = useLanguage()
  const unit = metricInfo(metric).unit
  const collator = new Intl.Collator(LOCALES[lang])
  const rows = districts
    .map((d) => ({ d, name: localizedName(d, lang) }))
    .sort((a, b) => collator.compare(a.name, b.name))

  return (
    <ul className="district-list" ref={listRef}>
      {rows.map(({ d, name }) => {
        const value = metricValue(d, metric)
        return (
          <li key={d.id}>
            <button
              type="button"
              className="district-row"
              data-district={d.id}
              style={{ borderLeftColor: colorOf ? colorOf(d) : classColor(classes, d.allocation) }}
              onClick={() => onChoose(d.id)}
            >
              <span className="district-row-name">{name}</span>
              <data className="district-row-amount" value={value ?? ''}>
                {value === null ? t('metric.noData') : formatMetric(value, unit, lang)}
              </data>
            </button>
          </li>
        )
      })}
    </ul>
  )
}
