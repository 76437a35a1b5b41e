// Shapes a cycle's payments into "cumulative paid by month": each calendar month from the first
// payment to the last (or a wider range the view asks for), months without payments carrying the
// total forward, the total approved as a reference. Pure: payments in, paths and ticks out.
import {
  area,
  curveStepAfter,
  line,
  scaleUtc,
  utcMonth,
  type ScaleLinear,
  type ScaleTime,
} from 'd3'
import type { CyclePayment } from '../../../api/types'
import {
  monthFromNumber,
  monthKey,
  monthNumber,
  monthOfPlainDate,
  monthStart,
  parseMonthKey,
  type PlainMonth,
} from './plainMonth'
import { px, valueScale, type Tick } from './valueAxis'

export interface PaymentsLayout {
  width: number
  plotHeight: number
  /** Room above the plot for the top amount. */
  top: number
  /** Room under the plot for month and year. */
  bottom: number
  marginX: number
  /** At most this many month labels. */
  maxMonthTicks: number
}

export const PAYMENTS_LAYOUT: PaymentsLayout = {
  width: 360,
  plotHeight: 150,
  top: 20,
  bottom: 34,
  marginX: 6,
  maxMonthTicks: 5,
}

export interface PaymentMonth {
  /** "2020-03" */
  key: string
  month: PlainMonth
  /** Paid in this month. */
  paid: number
  /** Paid up to the end of this month. */
  cumulative: number
  /** The month's span on the time axis (for its hover zone). */
  x: number
  width: number
}

export interface MonthTick {
  key: string
  month: PlainMonth
  /** Where the month starts (the tick line). */
  at: number
  /** Where its label goes: the middle of the month, kept inside the drawing. */
  labelAt: number
  /** The first label and every January also name the year. */
  showYear: boolean
}

export interface PaymentsOverTimeData {
  months: PaymentMonth[]
  /** Sum of all payments, exact. */
  total: number
  approved: number
  width: number
  height: number
  x: ScaleTime<number, number>
  y: ScaleLinear<number, number>
  areaPath: string
  linePath: string
  /** Null when there is no approved amount to show. */
  approvedY: number | null
  monthTicks: MonthTick[]
  amountTicks: Tick[]
  plotTop: number
  baseline: number
}

export interface PaymentsRange {
  /** "YYYY-MM": start the line here even if the first payment is later. */
  from?: string
  /** "YYYY-MM": carry the total forward to here (e.g. this month in Kazakhstan). */
  to?: string
}

const MONTH_STEPS = [1, 2, 3, 6, 12] as const

export function paymentsOverTimeData(
  payments: readonly Pick<CyclePayment, 'amount' | 'paid_on'>[],
  approved: number,
  range: PaymentsRange = {},
  layout: PaymentsLayout = PAYMENTS_LAYOUT,
): PaymentsOverTimeData {
  const byMonth = new Map<number, number>()
  for (const p of payments) {
    const n = monthNumber(monthOfPlainDate(p.paid_on))
    byMonth.set(n, (byMonth.get(n) ?? 0) + p.amount)
  }
  const numbers = [...byMonth.keys()]
  if (numbers.length > 0) {
    if (range.from) numbers.push(monthNumber(parseMonthKey(range.from)))
    if (range.to) numbers.push(monthNumber(parseMonthKey(range.to)))
  }
  const first = Math.min(...numbers)
  const last = Math.max(...numbers)
  const sums: Omit<PaymentMonth, 'x' | 'width'>[] = []
  let cumulative = 0
  for (let n = first; n <= last; n++) {
    const paid = byMonth.get(n) ?? 0
    cumulative += paid
    const month = monthFromNumber(n)
    sums.push({ key: monthKey(month), month, paid, cumulative })
  }

  const { width, plotHeight, top, bottom, marginX, maxMonthTicks } = layout
  const baseline = top + plotHeight
  const start = sums.length ? monthStart(sums[0]!.month) : new Date(0)
  const end = sums.length ? monthStart(monthFromNumber(last + 1)) : new Date(1)
  const x = scaleUtc()
    .domain([start, end])
    .range([marginX, width - marginX])
  const months = sums.map((m): PaymentMonth => {
    const x0 = x(monthStart(m.month))
    const x1 = x(monthStart(monthFromNumber(monthNumber(m.month) + 1)))
    return { ...m, x: px(x0), width: px(x1 - x0) }
  })
  const { scale: y, ticks } = valueScale(Math.max(cumulative, approved), [baseline, top], 5)

  const points = months.map((m) => ({ at: monthStart(m.month), value: m.cumulative }))
  if (months.length) points.push({ at: end, value: cumulative })
  const areaPath =
    area<(typeof points)[number]>()
      .x((d) => x(d.at))
      .y0(baseline)
      .y1((d) => y(d.value))
      .curve(curveStepAfter)
      .digits(1)(points) ?? ''
  const linePath =
    line<(typeof points)[number]>()
      .x((d) => x(d.at))
      .y((d) => y(d.value))
      .curve(curveStepAfter)
      .digits(1)(points) ?? ''

  const step = MONTH_STEPS.find((s) => Math.ceil(months.length / s) <= maxMonthTicks) ?? 12
  const tickDates = months.length ? x.ticks(utcMonth.every(step)!).filter((d) => d < end) : []
  const half = 14
  const monthTicks = tickDates.map((d, i): MonthTick => {
    const month = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 }
    const next = monthStart(monthFromNumber(monthNumber(month) + 1))
    const middle = (x(d) + x(next)) / 2
    return {
      key: monthKey(month),
      month,
      at: px(x(d)),
      labelAt: px(Math.min(width - marginX - half, Math.max(marginX + half, middle))),
      showYear: i === 0 || month.month === 1,
    }
  })

  return {
    months,
    total: cumulative,
    approved,
    width,
    height: baseline + bottom,
    x,
    y,
    areaPath,
    linePath,
    approvedY: approved > 0 ? px(y(approved)) : null,
    monthTicks,
    amountTicks: ticks.map((t) => ({ value: t.value, at: px(t.at) })),
    plotTop: top,
    baseline,
  }
}
