// How many projects stand at each execution progress band; cancelled ones in a line below.
import { useMemo } from 'react'
import type { Language, ProjectMoney } from '../../../api/types'
import { formatCount } from '../../../i18n/formatTenge'
import { ChartFigure } from './ChartFigure'
import { ChartTable } from './ChartTable'
import { GRID, INK, SINGLE_BAR } from './chartPalette'
import {
  PROGRESS_LAYOUT,
  progressBandLabel,
  progressDistributionData,
  type ProgressDistributionData,
} from './progressDistributionData'
import { useChartT } from './useChartT'

export interface ProgressDistributionProps {
  projects: readonly ProjectMoney[]
  lang: Language
  title?: string
}

export function ProgressDistribution({ projects, lang, title }: ProgressDistributionProps) {
  const data = useMemo(() => progressDistributionData(projects), [projects])
  return <ProgressDistributionChart data={data} lang={lang} title={title} />
}

export interface ProgressDistributionChartProps {
  data: ProgressDistributionData
  lang: Language
  title?: string
}

export function ProgressDistributionChart({ data, lang, title }: ProgressDistributionChartProps) {
  const t = useChartT(lang)
  const count = (n: number) => formatCount(n, lang)
  const summary = data.bands
    .map((b) =>
      t('charts.progress.summary', { band: progressBandLabel(b, lang), n: count(b.count) }),
    )
    .join('; ')
  const { marginX } = PROGRESS_LAYOUT

  return (
    <ChartFigure
      kind="chart-progress"
      title={title ?? t('charts.progress.title')}
      lang={lang}
      isEmpty={data.counted === 0 && data.cancelled === 0}
      notes={
        <p className="chart-note">{t('charts.progress.cancelled', { n: count(data.cancelled) })}</p>
      }
      table={
        <ChartTable
          caption={t('charts.progress.tableCaption')}
          rowHeader={t('charts.progress.band')}
          columns={[t('charts.projects')]}
          rows={data.bands.map((b) => ({
            key: b.id,
            header: progressBandLabel(b, lang),
            cells: [count(b.count)],
          }))}
          footer={[
            { key: 'total', header: t('charts.total'), cells: [count(data.counted)] },
            {
              key: 'cancelled',
              header: t('charts.progress.cancelledRow'),
              cells: [count(data.cancelled)],
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
        <line
          x1={marginX}
          x2={data.width - marginX}
          y1={data.baseline}
          y2={data.baseline}
          stroke={GRID}
        />
        {data.bands.map((b) => (
          <g key={b.id}>
            <rect x={b.x} y={b.y} width={b.width} height={b.height} fill={SINGLE_BAR}>
              <title>{`${progressBandLabel(b, lang)}: ${count(b.count)}`}</title>
            </rect>
            <text x={b.center} y={b.y - 5} fontSize={12} fill={INK} textAnchor="middle">
              {count(b.count)}
            </text>
            <text x={b.center} y={data.baseline + 16} fontSize={11} fill={INK} textAnchor="middle">
              {progressBandLabel(b, lang)}
            </text>
          </g>
        ))}
      </svg>
    </ChartFigure>
  )
}
