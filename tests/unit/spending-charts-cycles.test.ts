// Cycle comparison: cycles oldest first, exact sums, four bars per cycle in legend order.
import { describe, expect, it } from 'vitest'
import { cycleComparisonData } from '../../src/features/spending/charts/cycleComparisonData'
import { createCycleTotals } from './spending-charts-fixtures'

describe('cycleComparisonData', () => {
  it('orders cycles by year and titles them in the chosen language', () => {
    const data = cycleComparisonData(createCycleTotals(), 'ru')
    expect(data.groups.map((g) => [g.year, g.title])).toEqual([
      [2020, 'Алматы 2020'],
      [2021, 'Алматы 2021'],
    ])
  })

  it('sums the cycles exactly', () => {
    const data = cycleComparisonData(createCycleTotals(), 'en')
    expect(data.totals).toEqual({
      allocated: 1_300_000_000,
      approved: 1_277_250_002,
      contracted: 1_070_000_000,
      paid: 431_000_007,
    })
  })

  it('puts the four measures side by side, in legend order, from one baseline', () => {
    const data = cycleComparisonData(createCycleTotals(), 'en')
    expect(data.y.domain()).toEqual([0, 800_000_000])
    for (const g of data.groups) {
      expect(g.bars.map((b) => b.measure)).toEqual(['allocated', 'approved', 'contracted', 'paid'])
      const xs = g.bars.map((b) => b.x)
      expect([...xs].sort((a, b) => a - b)).toEqual(xs)
      for (const b of g.bars) expect(b.y + b.height).toBeCloseTo(data.baseline, 0)
    }
    const [first, second] = data.groups
    expect(second!.bars[0]!.x).toBeGreaterThan(first!.bars[3]!.x)
    expect(second!.bars[3]!.height).toBe(0)
    expect(second!.bars[0]!.height).toBeCloseTo(data.baseline - data.y(800_000_000), 0)
  })

  it('has no groups for no cycles', () => {
    expect(cycleComparisonData([], 'en').groups).toEqual([])
  })
})
