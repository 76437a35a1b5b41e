// Money by district: rows in the given order, exact totals, bullet bars on one scale.
import { describe, expect, it } from 'vitest'
import {
  BULLET_HEIGHTS,
  moneyByDistrictData,
} from '../../src/features/spending/charts/moneyByDistrictData'
import { largestAmount, sumTotals } from '../../src/features/spending/charts/moneyMeasures'
import { createDistricts } from './spending-charts-fixtures'

describe('moneyByDistrictData', () => {
  it('keeps the given order and names districts in the chosen language', () => {
    const data = moneyByDistrictData(createDistricts(), 'ru')
    expect(data.rows.map((r) => r.id)).toEqual(['medeu', 'bostandyk', 'alatau'])
    expect(data.rows.map((r) => r.name)).toEqual([
      'Медеуский район',
      'Бостандыкский район',
      'Алатауский район',
    ])
  })

  it('sums each measure exactly, in integer tenge', () => {
    const { totals } = moneyByDistrictData(createDistricts(), 'en')
    expect(totals).toEqual({
      allocated: 1_500_000_000,
      approved: 487_250_001 + 499_999_999 + 512_000_000,
      contracted: 982_000_000,
      paid: 961_125_340,
    })
    expect(totals.approved).toBe(1_499_250_000)
  })

  it('maps the allocation to the long bar and draws every measure on one scale from 0', () => {
    const data = moneyByDistrictData(createDistricts(), 'en')
    // The largest amount (Alatau paid 530 125 333) is inside the domain, which ends on a round number.
    expect(data.x.domain()).toEqual([0, 600_000_000])
    expect(data.ticks.map((t) => t.value)).toEqual([0, 200e6, 400e6, 600e6])
    const medeu = data.rows[0]!
    const [allocated, approved, contracted, paid] = medeu.bars
    expect(medeu.bars.map((b) => b.measure)).toEqual([
      'allocated',
      'approved',
      'contracted',
      'paid',
    ])
    const full = data.x(600_000_000) - data.x(0)
    expect(allocated!.width).toBeCloseTo((full * 500) / 600, 0)
    expect(paid!.width).toBeCloseTo((full * 431_000_007) / 600_000_000, 0)
    expect(new Set(medeu.bars.map((b) => b.x)).size).toBe(1)
    // Progressively narrower bars, centred on the same line.
    expect([allocated, approved, contracted, paid].map((b) => b!.height)).toEqual([
      BULLET_HEIGHTS.allocated,
      BULLET_HEIGHTS.approved,
      BULLET_HEIGHTS.contracted,
      BULLET_HEIGHTS.paid,
    ])
    for (const b of medeu.bars)
      expect(b.y + b.height / 2).toBeCloseTo(allocated!.y + BULLET_HEIGHTS.allocated / 2, 0)
    // A measure at zero has no length.
    expect(data.rows[1]!.bars[3]!.width).toBe(0)
  })

  it('stacks rows, each with its name on its own line above its bars', () => {
    const data = moneyByDistrictData(createDistricts(), 'en')
    const [a, b] = data.rows
    expect(b!.y - a!.y).toBeGreaterThan(BULLET_HEIGHTS.allocated)
    expect(a!.labelY).toBeLessThan(a!.bars[0]!.y)
    expect(data.height).toBeGreaterThan(data.rows.at(-1)!.bars[0]!.y + BULLET_HEIGHTS.allocated)
  })

  it('gives no rows and zero totals for no districts', () => {
    const data = moneyByDistrictData([], 'en')
    expect(data.rows).toEqual([])
    expect(data.totals).toEqual({ allocated: 0, approved: 0, contracted: 0, paid: 0 })
    expect(data.x.domain()).toEqual([0, 1])
  })
})

describe('money totals', () => {
  it('add each measure and find the largest amount', () => {
    const rows = [
      { allocated: 1, approved: 2, contracted: 3, paid: 4 },
      { allocated: 10, approved: 20, contracted: 30, paid: 41 },
    ]
    expect(sumTotals(rows)).toEqual({ allocated: 11, approved: 22, contracted: 33, paid: 45 })
    expect(largestAmount(rows)).toBe(41)
    expect(largestAmount([])).toBe(0)
  })
})
