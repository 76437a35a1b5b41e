// The four stages money passes through, in the order the charts draw and list them.

export const MONEY_MEASURES = ['allocated', 'approved', 'contracted', 'paid'] as const

export type MoneyMeasure = (typeof MONEY_MEASURES)[number]

/** Amounts in integer tenge. */
export type MoneyTotals = Record<MoneyMeasure, number>

export function zeroTotals(): MoneyTotals {
  return { allocated: 0, approved: 0, contracted: 0, paid: 0 }
}

/** Exact sums of each measure (integer tenge stays exact up to 2^53). */
export function sumTotals(rows: readonly MoneyTotals[]): MoneyTotals {
  const out = zeroTotals()
  for (const row of rows) for (const m of MONEY_MEASURES) out[m] += row[m]
  return out
}

/** The largest amount of any measure in any row; 0 for none. */
export function largestAmount(rows: readonly MoneyTotals[]): number {
  let max = 0
  for (const row of rows) for (const m of MONEY_MEASURES) max = Math.max(max, row[m])
  return max
}
