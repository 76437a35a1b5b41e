import { describe, expect, it } from 'vitest'
import type { ProjectLayer, ProposalLayer } from '../../src/api/types'
import { hasDemoActivity } from '../../src/features/districts/demoActivity'
import { deepFreeze } from './deepFreeze'

function createProposals(...isDemo: boolean[]): ProposalLayer {
  return deepFreeze({
    type: 'FeatureCollection',
    features: isDemo.map((is_demo, i) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [76.9, 43.2] },
      properties: {
        id: `p${i}`,
        title: 'Скамейки во дворе',
        status: 'on_ballot' as const,
        category_id: null,
        cost_estimate: 1_000_000,
        votes: 3,
        district_id: 'almaty-medeu',
        yard_id: null,
        is_demo,
      },
    })),
  })
}

const noProjects: ProjectLayer = deepFreeze({ type: 'FeatureCollection', features: [] })

describe('hasDemoActivity', () => {
  it('is true when any proposal is demo data', () => {
    expect(hasDemoActivity(createProposals(false, true), noProjects)).toBe(true)
  })

  it('is false for real activity, no activity, or nothing loaded yet', () => {
    expect(hasDemoActivity(createProposals(false, false), noProjects)).toBe(false)
    expect(hasDemoActivity(createProposals(), noProjects)).toBe(false)
    expect(hasDemoActivity(undefined, undefined)).toBe(false)
  })
})
