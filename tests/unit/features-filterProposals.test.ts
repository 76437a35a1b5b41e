import { describe, expect, it } from 'vitest'
import type {
  ProjectLayer,
  ProjectProperties,
  ProposalLayer,
  ProposalProperties,
} from '../../src/api/types'
import {
  EMPTY_FILTERS,
  filterProjects,
  filterProposals,
  foldText,
  hasFilters,
  isStatusFilter,
  topProposals,
  type Filters,
} from '../../src/features/filters/filterProposals'
import { deepFreeze } from './deepFreeze'

function createProposal(id: string, p: Partial<ProposalProperties> = {}): ProposalProperties {
  return {
    id,
    title: `Proposal ${id}`,
    status: 'on_ballot',
    category_id: 'playground',
    cost_estimate: 10_000_000,
    votes: 0,
    district_id: 'almaty-medeu',
    yard_id: null,
    is_demo: true,
    ...p,
  }
}

function createProposals(...props: ProposalProperties[]): ProposalLayer {
  return deepFreeze({
    type: 'FeatureCollection',
    features: props.map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [76.9, 43.2] },
      properties: p,
    })),
  })
}

function createProject(id: string, p: Partial<ProjectProperties> = {}): ProjectProperties {
  return {
    id,
    proposal_id: null,
    title: `Project ${id}`,
    status: 'in_progress',
    progress: 40,
    approved_budget: 20_000_000,
    paid: 0,
    district_id: 'almaty-medeu',
    category_id: null,
    is_demo: true,
    ...p,
  }
}

function createProjects(...props: ProjectProperties[]): ProjectLayer {
  return deepFreeze({
    type: 'FeatureCollection',
    features: props.map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [76.9, 43.2] },
      properties: p,
    })),
  })
}

const filters = (f: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...f })
const ids = (layer: { features: { properties: { id: string } }[] }) =>
  layer.features.map((f) => f.properties.id)

describe('filterProposals', () => {
  it('keeps everything without filters, as a new collection', () => {
    const layer = createProposals(createProposal('a'), createProposal('b'))
    const result = filterProposals(layer, EMPTY_FILTERS)
    expect(ids(result)).toEqual(['a', 'b'])
    expect(result).not.toBe(layer)
  })

  it('filters by district, category and status', () => {
    const layer = createProposals(
      createProposal('a'),
      createProposal('b', { district_id: 'almaty-auezov' }),
      createProposal('c', { category_id: 'lighting' }),
      createProposal('d', { status: 'rejected' }),
    )
    expect(ids(filterProposals(layer, filters({ district: 'almaty-auezov' })))).toEqual(['b'])
    expect(ids(filterProposals(layer, filters({ category: 'lighting' })))).toEqual(['c'])
    expect(ids(filterProposals(layer, filters({ status: 'proposal:rejected' })))).toEqual(['d'])
    expect(ids(filterProposals(layer, filters({ status: 'project:completed' })))).toEqual([])
  })

  it('filters by an inclusive cost range; no cost fails any range', () => {
    const layer = createProposals(
      createProposal('cheap', { cost_estimate: 1_000_000 }),
      createProposal('mid', { cost_estimate: 5_000_000 }),
      createProposal('dear', { cost_estimate: 50_000_000 }),
      createProposal('none', { cost_estimate: null }),
    )
    expect(ids(filterProposals(layer, filters({ minCost: 5_000_000 })))).toEqual(['mid', 'dear'])
    expect(ids(filterProposals(layer, filters({ maxCost: 5_000_000 })))).toEqual(['cheap', 'mid'])
    expect(
      ids(filterProposals(layer, filters({ minCost: 2_000_000, maxCost: 6_000_000 }))),
    ).toEqual(['mid'])
    expect(ids(filterProposals(layer, EMPTY_FILTERS))).toContain('none')
  })

  it('finds every word of the search in the title, ignoring case and accents', () => {
    const layer = createProposals(
      createProposal('a', { title: 'Балалар ойын алаңы, Абай даңғылы' }),
      createProposal('b', { title: 'Освещение двора на Абая' }),
      createProposal('c', { title: 'Café terrace' }),
    )
    expect(ids(filterProposals(layer, filters({ text: 'аба' })))).toEqual(['a', 'b'])
    expect(ids(filterProposals(layer, filters({ text: '  ОЙЫН   абай ' })))).toEqual(['a'])
    expect(ids(filterProposals(layer, filters({ text: 'cafe' })))).toEqual(['c'])
    expect(ids(filterProposals(layer, filters({ text: 'ё' })))).toEqual([])
    expect(ids(filterProposals(layer, filters({ text: 'иын' })))).toEqual([])
  })

  it('accepts a missing layer', () => {
    expect(filterProposals(undefined, EMPTY_FILTERS).features).toEqual([])
  })
})

describe('filterProjects', () => {
  const projects = createProjects(
    createProject('x', { proposal_id: 'p1', category_id: 'lighting', approved_budget: 3_000_000 }),
    createProject('y', { status: 'completed', district_id: 'almaty-auezov' }),
  )

  it('takes the category of the proposal it came from and the cost from the approved budget', () => {
    expect(ids(filterProjects(projects, filters({ category: 'lighting' })))).toEqual(['x'])
    expect(ids(filterProjects(projects, filters({ maxCost: 5_000_000 })))).toEqual(['x'])
  })

  it('applies project statuses and hides projects under a proposal status', () => {
    expect(ids(filterProjects(projects, filters({ status: 'project:completed' })))).toEqual(['y'])
    expect(ids(filterProjects(projects, filters({ status: 'proposal:on_ballot' })))).toEqual([])
    expect(ids(filterProjects(projects, filters({ district: 'almaty-auezov' })))).toEqual(['y'])
  })

  it('keeps the projects carrying a flag, hides proposals, and shows none before flags load', () => {
    const flags = new Map([
      ['x', { late: true, over_budget: false, stalled: false }],
      ['y', { late: true, over_budget: true, stalled: false }],
    ])
    const late = filters({ status: 'flag:late' })
    expect(ids(filterProjects(projects, late, flags))).toEqual(['x', 'y'])
    expect(ids(filterProjects(projects, filters({ status: 'flag:over_budget' }), flags))).toEqual([
      'y',
    ])
    expect(ids(filterProjects(projects, filters({ status: 'flag:stalled' }), flags))).toEqual([])
    expect(ids(filterProjects(projects, { ...late, district: 'almaty-auezov' }, flags))).toEqual([
      'y',
    ])
    expect(ids(filterProjects(projects, late))).toEqual([])
    expect(filterProposals(createProposals(createProposal('a')), late).features).toEqual([])
  })
})

describe('the selection rules on the map', () => {
  it('keeps what a rule funds, or where the rules differ, and hides projects', () => {
    const layer = createProposals(createProposal('a'), createProposal('b'), createProposal('c'))
    const outcomes = new Map([
      ['a', { greedy: true, mes: true }],
      ['b', { greedy: true, mes: false }],
      ['c', { greedy: false, mes: true }],
    ])
    const shown = (status: string) =>
      ids(filterProposals(layer, filters({ status: status as never }), outcomes))
    expect(shown('outcome:greedy')).toEqual(['a', 'b'])
    expect(shown('outcome:mes')).toEqual(['a', 'c'])
    expect(shown('outcome:changed')).toEqual(['b', 'c'])
    expect(ids(filterProposals(layer, filters({ status: 'outcome:mes' })))).toEqual([])
    expect(isStatusFilter('outcome:changed')).toBe(true)
    expect(isStatusFilter('outcome:random')).toBe(false)
  })
})

describe('helpers', () => {
  it('recognises status filters', () => {
    expect(isStatusFilter('proposal:on_ballot')).toBe(true)
    expect(isStatusFilter('project:in_progress')).toBe(true)
    expect(isStatusFilter('proposal:draft')).toBe(false)
    expect(isStatusFilter('project:on_ballot')).toBe(false)
    expect(isStatusFilter('on_ballot')).toBe(false)
  })

  it('tells when something besides the district filters', () => {
    expect(hasFilters(filters({ district: 'almaty-medeu' }))).toBe(false)
    expect(hasFilters(filters({ text: ' ' }))).toBe(false)
    expect(hasFilters(filters({ minCost: 0 }))).toBe(true)
  })

  it('folds case and accents but keeps Kazakh letters', () => {
    expect(foldText('ҚАЗАҚ Ә Ө Ү')).toBe('қазақ ә ө ү')
    expect(foldText('Café')).toBe('cafe')
    expect(foldText('Йё')).toBe('йё')
  })

  it('lists the top proposals of a district by votes', () => {
    const layer = createProposals(
      createProposal('a', { votes: 5 }),
      createProposal('b', { votes: 50 }),
      createProposal('c', { votes: 500, district_id: 'almaty-auezov' }),
      createProposal('d', { votes: 5, title: 'A first' }),
    )
    expect(topProposals(layer, 'almaty-medeu', 2).map((p) => p.id)).toEqual(['b', 'd'])
  })
})
