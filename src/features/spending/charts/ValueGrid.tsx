// Vertical grid lines with their amounts above the plot, for the horizontal bar charts.
import type { Language } from '../../../api/types'
import { formatTenge } from '../../../i18n/formatTenge'
import { GRID, INK_MUTED } from './chartPalette'
import { HaloText } from './HaloText'
import type { Tick } from './valueAxis'

export interface ValueGridProps {
  ticks: Tick[]
  top: number
  bottom: number
  lang: Language
}

export function ValueGrid({ ticks, top, bottom, lang }: ValueGridProps) {
  return (
    <g className="chart-grid" aria-hidden="true">
      {ticks.map((tick, i) => (
        <g key={tick.value}>
          <line x1={tick.at} x2={tick.at} y1={top} y2={bottom} stroke={GRID} />
          <HaloText
            x={tick.at}
            y={top - 3}
            fontSize={11}
            fill={INK_MUTED}

            textAnchor={i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'}
          >
            {formatTenge(tick.value, lang)}
          </HaloText>
        </g>
      ))}
    </g>
  )
}
