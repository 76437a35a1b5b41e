// Shapes district summaries into the bullet bars of "money by district": one row per district,
// in the order given, the allocation as the long pale bar and approved, contracted and paid as
// ever narrower bars over it. Pure: summaries in, positions and exact totals out.
import type { ScaleLinear } from 'd3'
import type { DistrictSummary, Language } from '../../../api/types'
import { localizedName } from '../../../i18n/localized'
import {
  largestAmount,
  MONEY_MEASURES,
  sumTotals,
  type MoneyMeasure,
  type MoneyTotals,
} from './moneyMeasures'
import { px, valueScale, type Tick } from './valueAxis'

/** Height of each measure's bar, widest first: the bullet narrows as money moves on. */
export const BULLET_HEIGHTS: Record<MoneyMeasure, number> = {
  allocated: 24,
  approved: 17,
  contracted: 11,
  paid: 6,
}

export interface MoneyByDistrictLayout {
  width: number
  /** Room above the rows for the axis labels. */
  axisHeight: number
  /** The district's name sits on its own line above its bars. */
  labelHeight: number
  rowGap: number
  marginX: number
}

export const MONEY_LAYOUT: MoneyByDistrictLayout = {
  width: 360,
  axisHeight: 18,
  labelHeight: 18,
  rowGap: 12,
  marginX: 6,
}

export interface Bar {
  measure: MoneyMeasure
  value: number
  x: number
  y: number
  width: number
  height: number
}

export interface MoneyRow extends MoneyTotals {
  id: string
  name: string
  /** Top of the row (its label line). */
  y: number
  /** Baseline of the label text. */
  labelY: number
  bars: Bar[]
}

export interface MoneyByDistrictData {
  rows: MoneyRow[]
  totals: MoneyTotals
  width: number
  height: number
  x: ScaleLinear<number, number>
  ticks: Tick[]
  /** Vertical extent of the grid lines. */
  gridTop: number
  gridBottom: number
}

export function moneyByDistrictData(
  districts: readonly DistrictSummary[],
  lang: Language,
  layout: MoneyByDistrictLayout = MONEY_LAYOUT,
): MoneyByDistrictData {
  const amounts: (MoneyTotals & { id: string; name: string })[] = districts.map((d) => ({
    id: d.id,
    name: localizedName(d, lang),
    allocated: d.allocation,
    approved: d.approved,
    contracted: d.contracted,
    paid: d.paid,
  }))
  const { width, axisHeight, labelHeight, rowGap, marginX } = layout
  const barBlock = BULLET_HEIGHTS.allocated
  const rowHeight = labelHeight + barBlock + rowGap
  const { scale: x, ticks } = valueScale(largestAmount(amounts), [marginX, width - marginX], 5)
  const rows = amounts.map((a, i): MoneyRow => {
    const y = axisHeight + i * rowHeight
    const middle = y + labelHeight + barBlock / 2
    return {
      ...a,
      y,
      labelY: y + labelHeight - 5,
      bars: MONEY_MEASURES.map((measure) => ({
        measure,
        value: a[measure],
        x: px(x(0)),
        y: px(middle - BULLET_HEIGHTS[measure] / 2),
        width: px(Math.max(0, x(a[measure]) - x(0))),
        height: BULLET_HEIGHTS[measure],
      })),
    }
  })
  const height = axisHeight + rows.length * rowHeight
  return {
    rows,
    totals: sumTotals(amounts),
    width,
    height,
    x,
    ticks: ticks.map((t) => ({ value: t.value, at: px(t.at) })),
    gridTop: axisHeight - 4,
    gridBottom: height - rowGap + 2,
  }
}
