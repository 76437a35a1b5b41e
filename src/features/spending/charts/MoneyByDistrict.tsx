// Allocated, approved, contracted and paid for each district, as bullet bars.
import { useMemo } from 'react'
import type { DistrictSummary, Language } from '../../../api/types'
import { formatTenge, formatTengeExact } from '../../../i18n/formatTenge'
import { ChartFigure } from './ChartFigure'
import { ChartLegend } from './ChartLegend'
import { ChartTable } from './ChartTable'
import { LabelledBars } from './LabelledBars'
import { MeasureDefs, useMeasurePaint } from './MeasurePaint'
import { MONEY_MEASURES } from './moneyMeasures'
import {
  BULLET_HEIGHTS,
  moneyByDistrictData,
  MONEY_LAYOUT,
  type MoneyByDistrictData,
} from './moneyByDistrictData'
import { useChartT } from './useChartT'
import { ValueGrid } from './ValueGrid'

export interface MoneyByDistrictProps {
  /** In the order to draw them. */
  districts: readonly DistrictSummary[]
  lang: Language
  /** Replaces the default title. */
  title?: string
}

export function MoneyByDistrict({ districts, lang, title }: MoneyByDistrictProps) {
  const data = useMemo(() => moneyByDistrictData(districts, lang), [districts, lang])
  return <MoneyByDistrictChart data={data} lang={lang} title={title} />
}

export interface MoneyByDistrictChartProps {
  data: MoneyByDistrictData
  lang: Language
  title?: string
}

export function MoneyByDistrictChart({ data, lang, title }: MoneyByDistrictChartProps) {
  const t = useChartT(lang)
  const { hatchId, paint } = useMeasurePaint()
  const label = (m: string) => t(`charts.measure.${m}`)
  const exact = (v: number) => formatTengeExact(v, lang)
  const summary = data.rows
    .map((r) =>
      t('charts.money.summary', {
        name: r.name,
        allocated: formatTenge(r.allocated, lang),
        approved: formatTenge(r.approved, lang),
        contracted: formatTenge(r.contracted, lang),
        paid: formatTenge(r.paid, lang),
      }),
    )
    .join('; ')
  const { marginX } = MONEY_LAYOUT

  return (
    <ChartFigure
      kind="chart-money"
      title={title ?? t('charts.money.title')}
      lang={lang}
      isEmpty={data.rows.length === 0}
      legend={
        <ChartLegend
          label={t('charts.legend')}
          items={MONEY_MEASURES.map((m) => ({
            key: m,
            label: label(m),
            paint: paint(m),
            size: BULLET_HEIGHTS[m] / BULLET_HEIGHTS.allocated,
          }))}
        />
      }
      table={
        <ChartTable
          caption={t('charts.money.tableCaption')}
          rowHeader={t('charts.money.district')}
          columns={MONEY_MEASURES.map(label)}
          rows={data.rows.map((r) => ({
            key: r.id,
            header: r.name,
            cells: MONEY_MEASURES.map((m) => exact(r[m])),
          }))}
          footer={[
            {
              key: 'total',
              header: t('charts.total'),
              cells: MONEY_MEASURES.map((m) => exact(data.totals[m])),
            },
          ]}
        />
      }
    >
      <svg
        className="chart-svg"
        viewBox={`0 0 ${data.width} ${data.height}`}
        width="100%"
        role="img"
        aria-label={summary}
      >
        <MeasureDefs hatchId={hatchId} />
        <ValueGrid ticks={data.ticks} top={data.gridTop} bottom={data.gridBottom} lang={lang} />
        {data.rows.map((r) => (
          <LabelledBars
            key={r.id}
            name={r.name}
            note={t('charts.money.paidLabel', { amount: formatTenge(r.paid, lang) })}
            labelY={r.labelY}
            bars={r.bars}
            width={data.width}
            marginX={marginX}
            paint={paint}
            label={label}
            exact={exact}
          />
        ))}
      </svg>
    </ChartFigure>
  )
}
