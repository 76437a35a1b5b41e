// Deterministic synthetic proposals inside Almaty's real districts, for the map benchmark: a
// GeoJSON FeatureCollection shaped like api.proposal_layer's answer.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { booleanPointInPolygon } from '@turf/turf'
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson'
import { areaBBox } from '../../scripts/seed/geometry'
import { createRandom, seedFrom, type Random } from '../../scripts/seed/random'
import { STATUS_NAMES } from './statusNames'

/** Shares of the published statuses (STATUS_NAMES) after a vote. */
const STATUS_WEIGHTS = [8, 7, 25, 20, 10, 30]

/** The category ids of supabase/migrations/*_places.sql, with Russian names for titles. */
export const CATEGORIES = [
  ['improvement', 'Благоустройство'],
  ['playgrounds', 'Детская площадка'],
  ['sport', 'Спортивная площадка'],
  ['lighting', 'Освещение'],
  ['greenery', 'Озеленение'],
  ['roads', 'Тротуар'],
  ['accessibility', 'Доступная среда'],
  ['culture', 'Культура'],
  ['safety', 'Безопасность'],
  ['parking', 'Парковка'],
] as const
const CATEGORY_WEIGHTS = [25, 18, 10, 10, 12, 12, 4, 3, 3, 3]

type District = Feature<Polygon | MultiPolygon, { id: string }>

export interface ProposalData {
  geojson: FeatureCollection<Point>
  /** [west, south, east, north] of the districts. */
  bbox: [number, number, number, number]
}

function uniformIn(d: District, box: number[], rnd: Random): [number, number] {
  for (;;) {
    const p: [number, number] = [
      box[0]! + rnd.next() * (box[2]! - box[0]!),
      box[1]! + rnd.next() * (box[3]! - box[1]!),
    ]
    if (booleanPointInPolygon(p, d)) return p
  }
}

function gaussian(rnd: Random): number {
  return Math.sqrt(-2 * Math.log(1 - rnd.next())) * Math.cos(2 * Math.PI * rnd.next())
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6

function uuid(rnd: Random): string {
  const hex = Array.from({ length: 32 }, () => rnd.int(0, 15).toString(16)).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`
}

export function readDistricts(root: string): FeatureCollection<Polygon | MultiPolygon> {
  return JSON.parse(readFileSync(join(root, 'supabase/data/almaty_districts.geojson'), 'utf8'))
}

/**
 * `count` proposals, weighted by district population; three in four gather around 40 "yards"
 * per district (about 250 m spread), the rest anywhere in the district.
 */
export function proposalData(root: string, count: number): ProposalData {
  const rnd = createRandom(seedFrom(`map-bench:${count}`))
  const districts = readDistricts(root).features as District[]
  const population = new Map(
    readFileSync(join(root, 'supabase/data/population.csv'), 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split(','))
      .filter((cells) => cells[0] === 'Almaty')
      .map((cells) => [cells[1]!, Number(cells[3])]),
  )
  const boxes = districts.map((d) => areaBBox(d.geometry))
  const weights = districts.map((d) => population.get(d.properties.id) ?? 1)
  const hotspots = districts.map((d, i) =>
    Array.from({ length: 40 }, () => uniformIn(d, boxes[i]!, rnd)),
  )

  const features: Feature<Point>[] = []
  for (let i = 0; i < count; i++) {
    const k = rnd.weighted(weights)
    const d = districts[k]!
    let p: [number, number] | null = null
    if (rnd.chance(0.75)) {
      const [cx, cy] = rnd.pick(hotspots[k]!)
      for (let t = 0; t < 20 && !p; t++) {
        const q: [number, number] = [
          cx + (gaussian(rnd) * 250) / (111_320 * Math.cos((cy * Math.PI) / 180)),
          cy + (gaussian(rnd) * 250) / 111_320,
        ]
        if (booleanPointInPolygon(q, d)) p = q
      }
    }
    p ??= uniformIn(d, boxes[k]!, rnd)
    const s = rnd.weighted(STATUS_WEIGHTS)
    const c = rnd.weighted(CATEGORY_WEIGHTS)
    const id = uuid(rnd)
    features.push({
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: [round6(p[0]), round6(p[1])] },
      properties: {
        id,
        title: `${CATEGORIES[c]![1]} во дворе №${rnd.int(1, 400)}, ${d.properties.id}`,
        status: STATUS_NAMES[s],
        category_id: CATEGORIES[c]![0],
        cost_estimate: rnd.int(2, 60) * 1_000_000,
        votes: s >= 3 ? rnd.int(0, 900) : 0,
        district_id: d.properties.id,
        yard_id: null,
        is_demo: true,
      },
    })
  }
  const all = boxes.reduce((a, b) => [
    Math.min(a[0], b[0]),
    Math.min(a[1], b[1]),
    Math.max(a[2], b[2]),
    Math.max(a[3], b[3]),
  ])
  return { geojson: { type: 'FeatureCollection', features }, bbox: all }
}
