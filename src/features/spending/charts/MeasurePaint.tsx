// The fills of the four money measures inside one <svg>: "contracted" is hatched, so it stays
// distinct from "approved" and "paid" without colour. Pattern ids are unique per chart.
import { useId } from 'react'
import { ALLOCATION_OUTLINE, MEASURE_COLORS, SEPARATOR } from './chartPalette'
import type { MoneyMeasure } from './moneyMeasures'

export interface MeasurePaint {
  fill: string
  stroke: string
  strokeWidth: number
}

/** The hatch pattern's id for this chart, and how each measure is painted with it. */
export function useMeasurePaint(): { hatchId: string; paint: (m: MoneyMeasure) => MeasurePaint } {
  const hatchId = `hatch${useId().replace(/[^A-Za-z0-9_-]/g, '')}`
  return {
    hatchId,
    paint: (m) =>
      m === 'allocated'
        ? { fill: MEASURE_COLORS.allocated, stroke: ALLOCATION_OUTLINE, strokeWidth: 1 }
        : {
            fill: m === 'contracted' ? `url(#${hatchId})` : MEASURE_COLORS[m],
            stroke: SEPARATOR,
            strokeWidth: 1,
          },
  }
}

/** <defs> with the hatch; put it first in the chart's <svg>. */
export function MeasureDefs({ hatchId }: { hatchId: string }) {
  return (
    <defs>
      <pattern
        id={hatchId}
        width={5}
        height={5}
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width={5} height={5} fill={MEASURE_COLORS.contracted} />
        <line x1={0} y1={0} x2={0} y2={5} stroke={SEPARATOR} strokeWidth={2} />
      </pattern>
    </defs>
  )
}
