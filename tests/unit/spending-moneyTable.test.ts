import { describe, expect, it } from 'vitest'
import type { DistrictSummary, ProjectMoney } from '../../src/api/types'
import {
  moneyRows,
  moneyTotal,
  nextMoneySort,
  parseMoneySort,
  sortMoneyRows,
  weightedProgress,
} from '../../src/features/spending/moneyTable'

const district = (id: string, over: Partial<DistrictSummary>): DistrictSummary => ({
  id,
  code: id,
  kato: '0',
  name_kk: id,
  name_ru: id,
  name_en: id[0]!.toUpperCase() + id.slice(1),
  area_km2: 1,
  population: null,
  population_date: null,
  population_source: null,
  population_reliability: null,
  allocation: 0,
  proposals: 0,
  votes: 0,
  approved: 0,
  contracted: 0,
  paid: 0,
  ...over,
})

const project = (
  id: string,
  districtId: string,
  flags: Partial<ProjectMoney> = {},
): ProjectMoney => ({
  id,
  title: id,
  district_id: districtId,
  category_id: null,
  status: 'in_progress',
  progress: 50,
  approved: 1,
  contracted: null,
  paid: 0,
  payments: 0,
  planned_start: null,
  planned_end: null,
  last_update: '2026-01-01T00:00:00Z',
  is_demo: true,
  over_budget: false,
  late: false,
  stalled: false,
  ...flags,
})

const summaries = [
  district('medeu', {
    allocation: 500_000_001,
    approved: 480_000_000,
    contracted: 470_000_003,
    paid: 431_000_007,
    population: 255_147,
    population_source: 'BNS',
    population_date: '2026-03-01',
    population_reliability: 'low',
  }),
  district('almaly', {
    allocation: 500_000_000,
    approved: 0,
    contracted: 0,
    paid: 0,
    population: 273_422,
  }),
  district('turksib', { allocation: 500_000_000, approved: 100, contracted: 90, paid: 120 }),
]
const projects = [
  project('a', 'medeu', { late: true }),
  project('b', 'medeu', { late: true, stalled: true }),
  project('c', 'turksib', { over_budget: true }),
]

describe('money table', () => {
  const rows = moneyRows(summaries, projects, 'en')

  it('gives each district its money, share paid, per resident and flag counts', () => {
    expect(rows[0]).toEqual({
      id: 'medeu',
      name: 'Medeu',
      allocation: 500_000_001,
      approved: 480_000_000,
      contracted: 470_000_003,
      paid: 431_000_007,
      paid_share: 431_000_007 / 500_000_001,
      paid_per_resident: 431_000_007 / 255_147,
      population: 255_147,
      population_source: 'BNS',
      population_date: '2026-03-01',
      population_reliability: 'low',
      projects: 2,
      progress: 50,
      late: 2,
      over_budget: 0,
      stalled: 1,
    })
    expect(rows[2]).toMatchObject({ paid_per_resident: null, projects: 1, over_budget: 1 })
  })

  it('totals the money exactly and leaves per resident out when a population is unknown', () => {
    const total = moneyTotal(rows, projects, 'Almaty')
    expect(total).toMatchObject({
      allocation: 1_500_000_001,
      approved: 480_000_100,
      contracted: 470_000_093,
      paid: 431_000_127,
      paid_per_resident: null,
      population: null,
      projects: 3,
      late: 2,
      over_budget: 1,
      stalled: 1,
    })
    expect(total.paid_share).toBe(431_000_127 / 1_500_000_001)
    const known = moneyTotal(rows.slice(0, 2), [], 'Two')
    expect(known.paid_per_resident).toBe(431_000_007 / (255_147 + 273_422))
  })

  it('weighs execution by approved budget and leaves cancelled projects out', () => {
    expect(
      weightedProgress([
        project('x', 'medeu', { approved: 30, progress: 100 }),
        project('y', 'medeu', { approved: 10, progress: 20 }),
        project('z', 'medeu', { approved: 1000, progress: 0, status: 'cancelled' }),
      ]),
    ).toBe((30 * 100 + 10 * 20) / 40)
    expect(weightedProgress([project('z', 'medeu', { status: 'cancelled' })])).toBeNull()
    expect(moneyTotal(rows, projects, 'Almaty').progress).toBe(50)
  })

  it('sorts by any column, unknown values last both ways, ties by name', () => {
    const names = (sort: string) =>
      sortMoneyRows(rows, parseMoneySort(sort), 'en').map((r) => r.name)
    expect(names('-paid')).toEqual(['Medeu', 'Turksib', 'Almaly'])
    expect(names('paid')).toEqual(['Almaly', 'Turksib', 'Medeu'])
    expect(names('paid_per_resident')).toEqual(['Almaly', 'Medeu', 'Turksib'])
    expect(names('-paid_per_resident')).toEqual(['Medeu', 'Almaly', 'Turksib'])
    expect(names('-late')).toEqual(['Medeu', 'Almaly', 'Turksib'])
    expect(names('name')).toEqual(['Almaly', 'Medeu', 'Turksib'])
    expect(sortMoneyRows(rows, null, 'en')).toEqual(rows)
  })

  it('reads only known columns from the address and flips a sort on a second click', () => {
    expect(parseMoneySort('-paid')).toEqual({ column: 'paid', descending: true })
    expect(parseMoneySort('title')).toBeNull()
    expect(parseMoneySort(null)).toBeNull()
    expect(nextMoneySort(null, 'paid')).toEqual({ column: 'paid', descending: true })
    expect(nextMoneySort({ column: 'paid', descending: true }, 'paid')).toEqual({
      column: 'paid',
      descending: false,
    })
    expect(nextMoneySort(null, 'name')).toEqual({ column: 'name', descending: false })
  })
})
