import { describe, expect, it } from 'vitest'
import type { Cycle } from '../../src/api/types'
import { cycleLabel, pickCycle, sortCycles } from '../../src/features/shell/cycles'
import { deepFreeze } from './deepFreeze'

function createCycle(id: string, year: number, is_demo = false): Cycle {
  return {
    id,
    city_id: 'almaty',
    year,
    title_kk: id,
    title_ru: id,
    title_en: id,
    phase: 'voting',
    project_cost_cap: null,
    votes_per_voter: 3,
    votes_changeable: true,
    residents_only: false,
    total_allocation: 0,
    is_demo,
    selection_rule: 'greedy',
  }
}

describe('cycles', () => {
  const cycles = deepFreeze([
    createCycle('a-2024', 2024),
    createCycle('a-2026-demo', 2026, true),
    createCycle('a-2026', 2026),
  ])

  it('sorts newest first, real before demo', () => {
    expect(sortCycles(cycles).map((c) => c.id)).toEqual(['a-2026', 'a-2026-demo', 'a-2024'])
  })

  it('keeps the chosen cycle when it exists, else picks the newest', () => {
    expect(pickCycle(cycles, 'a-2024')?.id).toBe('a-2024')
    expect(pickCycle(cycles, 'other')?.id).toBe('a-2026')
    expect(pickCycle(cycles, null)?.id).toBe('a-2026')
    expect(pickCycle([], null)).toBeNull()
    expect(pickCycle(undefined, 'a-2024')).toBeNull()
  })
})

describe('cycleLabel', () => {
  it('marks demo cycles once', () => {
    expect(cycleLabel('Бюджет участия, 2026', true, 'демо')).toBe('Бюджет участия, 2026 (демо)')
    expect(cycleLabel('Бюджет участия, 2026 (Демо)', true, 'демо')).toBe(
      'Бюджет участия, 2026 (Демо)',
    )
    expect(cycleLabel('Almaty participatory budget, 2020', false, 'demo')).toBe(
      'Almaty participatory budget, 2020',
    )
  })
})
