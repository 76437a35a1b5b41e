// Shapes per-cycle totals into grouped bars: one group per cycle, oldest first, the four money
// measures side by side in their usual order. Pure: totals in, positioned bars out.
import { scaleBand, type ScaleLinear } from 'd3'
import type { Cycle, Language } from '../../../api/types'
import { localizedTitle } from '../../../i18n/localized'
import {
  largestAmount,
  MONEY_MEASURES,
  sumTotals,
  type MoneyMeasure,
  type MoneyTotals,
} from './moneyMeasures'
import { px, valueScale, type Tick } from './valueAxis'

/** One cycle's totals, for a district or for the whole city. */
export interface CycleTotals {
  cycle: Pick<Cycle, 'id' | 'year' | 'title_kk' | 'title_ru' | 'title_en'>
  totals: MoneyTotals
}

export interface CycleLayout {
  width: number
  plotHeight: number
  top: number
  bottom: number
  /** Room on the left for the amounts of the grid lines. */
  axisWidth: number
  marginX: number
}

export const CYCLE_LAYOUT: CycleLayout = {
  width: 360,
  plotHeight: 160,
  top: 20,
  bottom: 22,
  axisWidth: 66,
  marginX: 6,
}

export interface CycleBar {
  measure: MoneyMeasure
  value: number
  x: number
  y: number
  width: number
  height: number
}

export interface CycleGroup extends MoneyTotals {
  id: string
  year: number
  /** The cycle's title in the chosen language (for the table). */
  title: string
  /** Centre of the group, where the year goes. */
  center: number
  bars: CycleBar[]
}

export interface CycleComparisonData {
  groups: CycleGroup[]
  /** Sums over all cycles, exact. */
  totals: MoneyTotals
  width: number
  height: number
  y: ScaleLinear<number, number>
  ticks: Tick[]
  baseline: number
}

export function cycleComparisonData(
  cycles: readonly CycleTotals[],
  lang: Language,
  layout: CycleLayout = CYCLE_LAYOUT,
): CycleComparisonData {
  const sorted = [...cycles].sort(
    (a, b) => a.cycle.year - b.cycle.year || a.cycle.id.localeCompare(b.cycle.id),
  )
  const { width, plotHeight, top, bottom, axisWidth, marginX } = layout
  const baseline = top + plotHeight
  const { scale: y, ticks } = valueScale(
    largestAmount(sorted.map((c) => c.totals)),
    [baseline, top],
    5,
  )
  const outer = scaleBand<string>()
    .domain(sorted.map((c) => c.cycle.id))
    .range([axisWidth, width - marginX])
    .paddingInner(0.25)
    .paddingOuter(0.15)
  const inner = scaleBand<MoneyMeasure>()
    .domain(MONEY_MEASURES)
    .range([0, outer.bandwidth()])
    .paddingInner(0.08)
  const groups = sorted.map(({ cycle, totals }): CycleGroup => {
    const x0 = outer(cycle.id)!
    return {
      id: cycle.id,
      year: cycle.year,
      title: localizedTitle(cycle, lang),
      ...totals,
      center: px(x0 + outer.bandwidth() / 2),
      bars: MONEY_MEASURES.map((measure) => ({
        measure,
        value: totals[measure],
        x: px(x0 + inner(measure)!),
        y: px(y(totals[measure])),
        width: px(inner.bandwidth()),
        height: px(baseline - y(totals[measure])),
      })),
    }
  })
  return {
    groups,
    totals: sumTotals(sorted.map((c) => c.totals)),
    width,
    height: baseline + bottom,
    y,
    ticks: ticks.map((t) => ({ value: t.value, at: px(t.at) })),
    baseline,
  }
}
