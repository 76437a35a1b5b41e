// The district metric picker and its legend: what the colours mean, in which unit, from where.
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { DistrictSummary, Language } from '../../api/types'
import { formatCount, formatTenge } from '../../i18n/formatTenge'
import { localizedName } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import { legendEntries, NEUTRAL_COLOR, type Classes } from '../../map/choropleth'
import type { DistrictMetric } from '../../map/mapTypes'
import { DISTRICT_METRICS, metricInfo, metricValue, type MetricUnit } from '../../map/metrics'
import { formatDate } from '../common/dates'

/** A value of a metric as text, in its unit. */
export function formatMetric(value: number, unit: MetricUnit, lang: Language): string {
  switch (unit) {
    case 'tenge':
      return formatTenge(value, lang)
    case 'tenge_per_resident':
      return `${formatCount(Math.round(value), lang)}\u00a0₸`
    case 'percent':
      return lang === 'en' ? `${Math.round(value * 100)}%` : `${Math.round(value * 100)}\u00a0%`
    default:
      return formatCount(value, lang)
  }
}

export interface MetricLegendProps {
  metric: DistrictMetric
  districts: DistrictSummary[]
  classes: Classes | null
  onMetric(metric: DistrictMetric): void
}

export function MetricLegend({ metric, districts, classes, onMetric }: MetricLegendProps) {
  const { t } = useTranslation()
  const lang = useLanguage()
  const id = useId()
  const { unit, needsPopulation } = metricInfo(metric)
  const values = districts
    .map((d) => metricValue(d, metric))
    .filter((v): v is number => v !== null && Number.isFinite(v))
  const entries = legendEntries(classes, values)
  const unknown = districts.filter((d) => metricValue(d, metric) === null)
  const fmt = (v: number) => formatMetric(v, unit, lang)
  const sources = needsPopulation
    ? [
        ...new Set(
          districts
            .filter((d) => d.population_source)
            .map((d) =>
              t('metric.populationSource', {
                source: d.population_source,
                date: formatDate(d.population_date, lang),
              }),
            ),
        ),
      ]
    : []

  return (
    <figure className="legend" data-metric={metric}>
      <div className="field metric-field">
        <label className="section-title" htmlFor={id}>
          {t('metric.label')}
        </label>
        <select id={id} value={metric} onChange={(e) => onMetric(e.target.value as DistrictMetric)}>
          {DISTRICT_METRICS.map((m) => (
            <option key={m.id} value={m.id}>
              {t(`metric.name.${m.id}`)}
            </option>
          ))}
        </select>
      </div>
      <figcaption className="legend-caption">
        <strong>{t(`metric.name.${metric}`)}</strong> · {t(`metric.unit.${unit}`)}
      </figcaption>
      <ul>
        {entries.map((e) => (
          <li key={e.color}>
            <span className="swatch" aria-hidden="true" style={{ background: e.color }} />
            {!classes
              ? t('metric.same', { value: fmt(e.min) })
              : e.min === e.max
                ? fmt(e.min)
                : t('panel.legendRange', { min: fmt(e.min), max: fmt(e.max) })}
          </li>
        ))}
        {unknown.length > 0 && (
          <li className="legend-unknown">
            <span
              className="swatch swatch-nodata"
              aria-hidden="true"
              style={{ background: NEUTRAL_COLOR }}
            />
            {needsPopulation ? t('metric.populationUnknown') : t('metric.noData')}:{' '}
            {unknown.map((d) => localizedName(d, lang)).join(', ')}
          </li>
        )}
      </ul>
      <p className="panel-hint legend-source">
        {t('metric.source')}:{' '}
        {needsPopulation
          ? [t('metric.sourceCycle'), ...sources].join('; ')
          : t('metric.sourceCycle')}
      </p>
    </figure>
  )
}
