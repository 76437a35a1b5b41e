// Builders of map test data: new, deep-frozen objects for every test.
import type {
  DistrictLayer,
  DistrictSummary,
  ProjectLayer,
  ProposalLayer,
  YardLayer,
} from '../../src/api/types'
import { deepFreeze } from './deepFreeze'

export function createSummary(overrides: Partial<DistrictSummary> = {}): DistrictSummary {
  return deepFreeze({
    id: 'almaty-medeu',
    code: 'medeu',
    kato: '751700000',
    name_kk: 'Медеу ауданы',
    name_ru: 'Медеуский район',
    name_en: 'Medeu District',
    area_km2: 200,
    population: 250_000,
    population_date: '2026-03-01',
    population_source: 'stat.gov.kz (secondary copy)',
    population_reliability: 'low (unverified copy)',
    allocation: 500_000_000,
    proposals: 12,
    votes: 3400,
    approved: 400_000_000,
    contracted: 300_000_000,
    paid: 100_000_000,
    ...overrides,
  })
}

const square = (x: number, y: number, d = 0.1) => [
  [
    [x, y],
    [x + d, y],
    [x + d, y + d],
    [x, y + d],
    [x, y],
  ],
]

export function createDistricts(...summaries: DistrictSummary[]): DistrictLayer {
  return deepFreeze({
    type: 'FeatureCollection',
    features: summaries.map((properties, i) => ({
      type: 'Feature' as const,
      geometry: { type: 'MultiPolygon' as const, coordinates: [square(76.8 + i * 0.2, 43.2)] },
      properties,
    })),
  })
}

export function createYards(): YardLayer {
  return deepFreeze({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Polygon', coordinates: square(76.9, 43.25, 0.002) },
        properties: {
          id: 'y1',
          district_id: 'almaty-medeu',
          name_kk: 'Абай 10 ауласы',
          name_ru: 'Двор Абая 10',
          name_en: 'Abai 10 yard',
          flats: 80,
          is_demo: true,
        },
      },
    ],
  })
}

export function createProposals(): ProposalLayer {
  return deepFreeze({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [76.91, 43.24] },
        properties: {
          id: 'p1',
          title: 'Балалар алаңы',
          status: 'on_ballot',
          category_id: 'playgrounds',
          cost_estimate: 20_000_000,
          votes: 120,
          district_id: 'almaty-medeu',
          yard_id: null,
          is_demo: true,
        },
      },
    ],
  })
}

export function createProjects(): ProjectLayer {
  return deepFreeze({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [76.92, 43.25] },
        properties: {
          id: 'pr1',
          proposal_id: 'p1',
          title: 'Спорт алаңы',
          status: 'in_progress',
          progress: 40,
          approved_budget: 30_000_000,
          paid: 10_000_000,
          district_id: 'almaty-medeu',
          category_id: 'sport',
          is_demo: true,
        },
      },
    ],
  })
}
