// Category breakdown: only categories with projects, largest approved first, "no category" last.
import { describe, expect, it } from 'vitest'
import {
  categoryBreakdownData,
  NO_CATEGORY_KEY,
} from '../../src/features/spending/charts/categoryBreakdownData'
import { createCategories, createCategoryProjects, createProject } from './spending-charts-fixtures'

describe('categoryBreakdownData', () => {
  it('sums approved and paid per category, exactly', () => {
    const data = categoryBreakdownData(createCategoryProjects(), createCategories(), 'en')
    const byKey = Object.fromEntries(data.rows.map((r) => [r.key, r]))
    expect(byKey.roads).toMatchObject({
      name: 'Roads',
      projects: 2,
      approved: 75_500_001,
      paid: 55_500_000,
    })
    expect(byKey.parks).toMatchObject({ projects: 1, approved: 120_000_000, paid: 99_999_999 })
    expect(data.totals).toEqual({
      projects: 5,
      approved: 30_000_001 + 120_000_000 + 45_500_000 + 7_000_003 + 75_500_001,
      paid: 10_000_000 + 99_999_999 + 45_500_000 + 1,
    })
  })

  it('leaves out categories without projects and sorts by approved, the null bucket last', () => {
    const data = categoryBreakdownData(createCategoryProjects(), createCategories(), 'ru')
    // Sport and roads approve the same 75.5 mln (+1): roads pay more, so come first.
    expect(data.rows.map((r) => r.key)).toEqual(['parks', 'roads', 'sport', NO_CATEGORY_KEY])
    expect(data.rows.map((r) => r.name)).toEqual(['Парки', 'Дороги', 'Спорт', null])
    expect(data.rows.find((r) => r.key === 'light')).toBeUndefined()
    expect(data.rows.at(-1)).toMatchObject({ categoryId: null, projects: 1, approved: 7_000_003 })
  })

  it('breaks full ties by the categories’ own order', () => {
    const projects = [
      createProject('a', { category_id: 'light', approved: 5, paid: 1 }),
      createProject('b', { category_id: 'parks', approved: 5, paid: 1 }),
    ]
    const data = categoryBreakdownData(projects, createCategories(), 'en')
    expect(data.rows.map((r) => r.key)).toEqual(['parks', 'light'])
  })

  it('puts projects of an unknown category with those without one', () => {
    const projects = [
      createProject('a', { category_id: 'gone', approved: 3, paid: 2 }),
      createProject('b', { category_id: null, approved: 4, paid: 1 }),
    ]
    const data = categoryBreakdownData(projects, createCategories(), 'en')
    expect(data.rows).toHaveLength(1)
    expect(data.rows[0]).toMatchObject({ key: NO_CATEGORY_KEY, projects: 2, approved: 7, paid: 3 })
  })

  it('draws approved over paid on one scale from 0', () => {
    const data = categoryBreakdownData(createCategoryProjects(), createCategories(), 'en')
    const parks = data.rows[0]!
    expect(parks.bars.map((b) => b.measure)).toEqual(['approved', 'paid'])
    expect(parks.bars[1]!.y).toBeGreaterThan(parks.bars[0]!.y)
    const unit = (data.x(120_000_000) - data.x(0)) / 120_000_000
    expect(parks.bars[1]!.width).toBeCloseTo(99_999_999 * unit, 0)
  })

  it('has no rows without projects', () => {
    const data = categoryBreakdownData([], createCategories(), 'en')
    expect(data.rows).toEqual([])
    expect(data.totals).toEqual({ projects: 0, approved: 0, paid: 0 })
  })
})
