// Allocated, approved, contracted and paid, cycle by cycle, as grouped bars.
import { useMemo } from 'react'
import type { Language } from '../../../api/types'
import { formatTenge, formatTengeExact } from '../../../i18n/formatTenge'
import { ChartFigure } from './ChartFigure'
import { ChartLegend } from './ChartLegend'
import { ChartTable } from './ChartTable'
import { GRID, INK, INK_MUTED } from './chartPalette'
import {
  CYCLE_LAYOUT,
  cycleComparisonData,
  type CycleComparisonData,
  type CycleTotals,
} from './cycleComparisonData'
import { MeasureDefs, useMeasurePaint } from './MeasurePaint'
import { MONEY_MEASURES } from './moneyMeasures'
import { useChartT } from './useChartT'

export interface CycleComparisonProps {
  cycles: readonly CycleTotals[]
  lang: Language
  /** Say whose money it is, e.g. "Medeu, cycle by cycle" or "Almaty, cycle by cycle". */
  title?: string
}

export function CycleComparison({ cycles, lang, title }: CycleComparisonProps) {
  const data = useMemo(() => cycleComparisonData(cycles, lang), [cycles, lang])
  return <CycleComparisonChart data={data} lang={lang} title={title} />
}

export interface CycleComparisonChartProps {
  data: CycleComparisonData
  lang: Language
  title?: string
}

export function CycleComparisonChart({ data, lang, title }: CycleComparisonChartProps) {
  const t = useChartT(lang)
  const { hatchId, paint } = useMeasurePaint()
  const label = (m: string) => t(`charts.measure.${m}`)
  const exact = (v: number) => formatTengeExact(v, lang)
  const summary = data.groups
    .map((g) =>
      t('charts.money.summary', {
        name: g.year,
        allocated: formatTenge(g.allocated, lang),
        approved: formatTenge(g.approved, lang),
        contracted: formatTenge(g.contracted, lang),
        paid: formatTenge(g.paid, lang),
      }),
    )
    .join('; ')
  const { axisWidth, marginX } = CYCLE_LAYOUT

  return (
    <ChartFigure
      kind="chart-cycles"
      title={title ?? t('charts.cycles.title')}
      lang={lang}
      isEmpty={data.groups.length === 0}
      legend={
        <ChartLegend
          label={t('charts.legend')}
          items={MONEY_MEASURES.map((m) => ({ key: m, label: label(m), paint: paint(m) }))}
        />
      }
      table={
        <ChartTable
          caption={t('charts.cycles.tableCaption')}
          rowHeader={t('charts.cycles.cycle')}
          columns={MONEY_MEASURES.map(label)}
          rows={data.groups.map((g) => ({
            key: g.id,
            header: g.title,
            cells: MONEY_MEASURES.map((m) => exact(g[m])),
          }))}
          footer={
            data.groups.length > 1
              ? [
                  {
                    key: 'total',
                    header: t('charts.cycles.allCycles'),
                    cells: MONEY_MEASURES.map((m) => exact(data.totals[m])),
                  },
                ]
              : []
          }
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
        <g className="chart-grid" aria-hidden="true">
          {data.ticks.map((tick) => (
            <g key={tick.value}>
              <line
                x1={axisWidth}
                x2={data.width - marginX}
                y1={tick.at}
                y2={tick.at}
                stroke={GRID}
              />
              <text
                x={axisWidth - 4}
                y={tick.at + 4}
                fontSize={11}
                fill={INK_MUTED}
                textAnchor="end"
              >
                {formatTenge(tick.value, lang)}
              </text>
            </g>
          ))}
        </g>
        {data.groups.map((g) => (
          <g key={g.id} className="chart-group">
            {g.bars.map((b) => (
              <rect
                key={b.measure}
                x={b.x}
                y={b.y}
                width={b.width}
                height={b.height}
                {...paint(b.measure)}
              >
                <title>{`${g.title} — ${label(b.measure)}: ${exact(b.value)}`}</title>
              </rect>
            ))}
            <text
              x={g.center}
              y={data.baseline + 16}
              fontSize={12}
              fontWeight={600}
              fill={INK}
              textAnchor="middle"
            >
              {g.year}
            </text>
          </g>
        ))}
      </svg>
    </ChartFigure>
  )
}
