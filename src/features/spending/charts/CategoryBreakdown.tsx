// Approved and paid per category, as pairs of horizontal bars.
import { useMemo } from 'react'
import type { Category, Language, ProjectMoney } from '../../../api/types'
import { formatCount, formatTenge, formatTengeExact } from '../../../i18n/formatTenge'
import {
  CATEGORY_LAYOUT,
  CATEGORY_MEASURES,
  categoryBreakdownData,
  type CategoryBreakdownData,
  type CategoryRow,
} from './categoryBreakdownData'
import { ChartFigure } from './ChartFigure'
import { ChartLegend } from './ChartLegend'
import { ChartTable } from './ChartTable'
import { LabelledBars } from './LabelledBars'
import { MeasureDefs, useMeasurePaint } from './MeasurePaint'
import { useChartT } from './useChartT'
import { ValueGrid } from './ValueGrid'

export interface CategoryBreakdownProps {
  projects: readonly ProjectMoney[]
  categories: readonly Category[]
  lang: Language
  title?: string
}

export function CategoryBreakdown({ projects, categories, lang, title }: CategoryBreakdownProps) {
  const data = useMemo(
    () => categoryBreakdownData(projects, categories, lang),
    [projects, categories, lang],
  )
  return <CategoryBreakdownChart data={data} lang={lang} title={title} />
}

export interface CategoryBreakdownChartProps {
  data: CategoryBreakdownData
  lang: Language
  title?: string
}

export function CategoryBreakdownChart({ data, lang, title }: CategoryBreakdownChartProps) {
  const t = useChartT(lang)
  const { hatchId, paint } = useMeasurePaint()
  const label = (m: string) => t(`charts.measure.${m}`)
  const exact = (v: number) => formatTengeExact(v, lang)
  const name = (r: CategoryRow) => r.name ?? t('charts.category.none')
  const summary = data.rows
    .map((r) =>
      t('charts.category.summary', {
        name: name(r),
        approved: formatTenge(r.approved, lang),
        paid: formatTenge(r.paid, lang),
      }),
    )
    .join('; ')
  const { marginX } = CATEGORY_LAYOUT

  return (
    <ChartFigure
      kind="chart-category"
      title={title ?? t('charts.category.title')}
      lang={lang}
      isEmpty={data.rows.length === 0}
      legend={
        <ChartLegend
          label={t('charts.legend')}
          items={CATEGORY_MEASURES.map((m) => ({ key: m, label: label(m), paint: paint(m) }))}
        />
      }
      table={
        <ChartTable
          caption={t('charts.category.tableCaption')}
          rowHeader={t('charts.category.category')}
          columns={[t('charts.projects'), ...CATEGORY_MEASURES.map(label)]}
          rows={data.rows.map((r) => ({
            key: r.key,
            header: name(r),
            cells: [formatCount(r.projects, lang), exact(r.approved), exact(r.paid)],
          }))}
          footer={[
            {
              key: 'total',
              header: t('charts.total'),
              cells: [
                formatCount(data.totals.projects, lang),
                exact(data.totals.approved),
                exact(data.totals.paid),
              ],
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
            key={r.key}
            name={name(r)}
            note={t('charts.category.projectCount', { n: formatCount(r.projects, lang) })}
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
