// Shapes projects into "approved and paid by category": one row per category that has projects,
// the largest approved amount first, projects without a (known) category in one last row.
// Pure: projects and categories in, positioned bars and exact totals out.
import type { ScaleLinear } from 'd3'
import type { Category, Language, ProjectMoney } from '../../../api/types'
import { localizedName } from '../../../i18n/localized'
import { px, valueScale, type Tick } from './valueAxis'

export const CATEGORY_MEASURES = ['approved', 'paid'] as const
export type CategoryMeasure = (typeof CATEGORY_MEASURES)[number]

export interface CategoryLayout {
  width: number
  axisHeight: number
  labelHeight: number
  barHeight: number
  barGap: number
  rowGap: number
  marginX: number
}

export const CATEGORY_LAYOUT: CategoryLayout = {
  width: 360,
  axisHeight: 18,
  labelHeight: 18,
  barHeight: 11,
  barGap: 2,
  rowGap: 12,
  marginX: 6,
}

export interface CategoryBar {
  measure: CategoryMeasure
  value: number
  x: number
  y: number
  width: number
  height: number
}

export interface CategoryRow {
  /** The category's id, or "none" for the bucket without one. */
  key: string
  categoryId: string | null
  /** Null for the bucket without a category (the view names it). */
  name: string | null
  projects: number
  approved: number
  paid: number
  y: number
  labelY: number
  bars: CategoryBar[]
}

export interface CategoryBreakdownData {
  rows: CategoryRow[]
  totals: { projects: number; approved: number; paid: number }
  width: number
  height: number
  x: ScaleLinear<number, number>
  ticks: Tick[]
  gridTop: number
  gridBottom: number
}

export const NO_CATEGORY_KEY = 'none'

type Sums = { categoryId: string | null; projects: number; approved: number; paid: number }

export function categoryBreakdownData(
  projects: readonly Pick<ProjectMoney, 'category_id' | 'approved' | 'paid'>[],
  categories: readonly Category[],
  lang: Language,
  layout: CategoryLayout = CATEGORY_LAYOUT,
): CategoryBreakdownData {
  const known = new Map(categories.map((c) => [c.id, c]))
  const sums = new Map<string, Sums>()
  for (const p of projects) {
    const category = p.category_id !== null ? known.get(p.category_id) : undefined
    const key = category ? category.id : NO_CATEGORY_KEY
    let s = sums.get(key)
    if (!s) {
      s = { categoryId: category ? category.id : null, projects: 0, approved: 0, paid: 0 }
      sums.set(key, s)
    }
    s.projects += 1
    s.approved += p.approved
    s.paid += p.paid
  }
  const order = (s: Sums) =>
    s.categoryId === null ? Infinity : known.get(s.categoryId)!.sort_order
  const sorted = [...sums.values()].sort(
    (a, b) =>
      Number(a.categoryId === null) - Number(b.categoryId === null) ||
      b.approved - a.approved ||
      b.paid - a.paid ||
      order(a) - order(b),
  )

  const { width, axisHeight, labelHeight, barHeight, barGap, rowGap, marginX } = layout
  const rowHeight = labelHeight + 2 * barHeight + barGap + rowGap
  const max = Math.max(0, ...sorted.flatMap((s) => [s.approved, s.paid]))
  const { scale: x, ticks } = valueScale(max, [marginX, width - marginX], 5)
  const rows = sorted.map((s, i): CategoryRow => {
    const y = axisHeight + i * rowHeight
    return {
      key: s.categoryId ?? NO_CATEGORY_KEY,
      categoryId: s.categoryId,
      name: s.categoryId === null ? null : localizedName(known.get(s.categoryId)!, lang),
      projects: s.projects,
      approved: s.approved,
      paid: s.paid,
      y,
      labelY: y + labelHeight - 5,
      bars: CATEGORY_MEASURES.map((measure, j) => ({
        measure,
        value: s[measure],
        x: px(x(0)),
        y: y + labelHeight + j * (barHeight + barGap),
        width: px(Math.max(0, x(s[measure]) - x(0))),
        height: barHeight,
      })),
    }
  })
  const height = axisHeight + rows.length * rowHeight
  return {
    rows,
    totals: {
      projects: sorted.reduce((n, s) => n + s.projects, 0),
      approved: sorted.reduce((n, s) => n + s.approved, 0),
      paid: sorted.reduce((n, s) => n + s.paid, 0),
    },
    width,
    height,
    x,
    ticks: ticks.map((t) => ({ value: t.value, at: px(t.at) })),
    gridTop: axisHeight - 4,
    gridBottom: height - rowGap + 2,
  }
}
