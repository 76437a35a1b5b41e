import { readFileSync } from 'node:fs'
import { booleanClockwise, booleanDisjoint, booleanPointInPolygon, distance } from '@turf/turf'
import type { Polygon } from 'geojson'
import { describe, expect, it } from 'vitest'
import {
  depthInside,
  offsetMetres,
  placeYards,
  randomPointInArea,
  randomPointInYard,
  yardAt,
  yardPolygon,
  type Area,
} from '../../scripts/seed/geometry'
import { mulberry32 } from '../../scripts/seed/random'
import { deepFreeze } from './deepFreeze'

/** A 3 km × 3 km square district near Astana. */
const square = (): Area =>
  deepFreeze({
    type: 'Polygon',
    coordinates: [
      [
        [71.4, 51.1],
        [71.443, 51.1],
        [71.443, 51.127],
        [71.4, 51.127],
        [71.4, 51.1],
      ],
    ],
  })

const corners = (p: Polygon) => p.coordinates[0]!.slice(0, 4) as [number, number][]

describe('offsetMetres', () => {
  it('moves a point by the given metres', () => {
    const moved = offsetMetres([71.4, 51.1], 300, 400)
    expect(distance([71.4, 51.1], moved, { units: 'meters' })).toBeCloseTo(500, -1)
  })
})

describe('yardPolygon', () => {
  it('is a closed counter-clockwise rectangle of the given size', () => {
    const shape = deepFreeze({
      center: [71.42, 51.11] as [number, number],
      width: 120,
      height: 80,
      angle: 30,
    })
    const poly = yardPolygon(shape)
    const ring = poly.coordinates[0]!
    expect(ring).toHaveLength(5)
    expect(ring[4]).toEqual(ring[0])
    expect(booleanClockwise(ring)).toBe(false)
    expect(distance(ring[0]!, ring[1]!, { units: 'meters' })).toBeCloseTo(120, -1)
    expect(distance(ring[1]!, ring[2]!, { units: 'meters' })).toBeCloseTo(80, -1)
  })
})

describe('placeYards', () => {
  it('places non-overlapping yards wholly inside, away from the edge', () => {
    const area = square()
    const shapes = placeYards(area, 12, mulberry32(1), { margin: 100, gap: 40, side: [60, 150] })
    const polys = shapes.map(yardPolygon)
    for (const p of polys) {
      for (const c of corners(p)) expect(depthInside(c, area)).toBeGreaterThanOrEqual(100)
    }
    for (let i = 0; i < polys.length; i++) {
      for (let j = i + 1; j < polys.length; j++)
        expect(booleanDisjoint(polys[i]!, polys[j]!)).toBe(true)
    }
    for (const s of shapes) {
      expect(s.width).toBeGreaterThanOrEqual(60)
      expect(s.height).toBeLessThanOrEqual(150)
    }
  })

  it('is deterministic for a seed', () => {
    const a = placeYards(square(), 3, mulberry32(5), { margin: 100, gap: 40, side: [60, 150] })
    const b = placeYards(square(), 3, mulberry32(5), { margin: 100, gap: 40, side: [60, 150] })
    expect(a).toEqual(b)
  })

  it('fits yards into a real district polygon (Medeu, Almaty) inside its built-up box', () => {
    const file = new URL('../../supabase/data/almaty_districts.geojson', import.meta.url)
    const medeu = (
      JSON.parse(readFileSync(file, 'utf8')) as { features: { id: string; geometry: Area }[] }
    ).features.find((f) => f.id === 'medeu')!.geometry
    const within: [number, number, number, number] = [76.91, 43.205, 77.0, 43.3]
    const shapes = placeYards(medeu, 5, mulberry32(2), {
      margin: 100,
      gap: 60,
      side: [60, 150],
      within,
    })
    for (const s of shapes) {
      for (const c of corners(yardPolygon(s))) expect(depthInside(c, medeu)).toBeGreaterThan(100)
      expect(s.center[0]).toBeLessThanOrEqual(within[2])
    }
  })
})

describe('points', () => {
  it('puts a random yard point inside that yard, and yardAt finds it', () => {
    const shape = { center: [71.42, 51.11] as [number, number], width: 60, height: 60, angle: 45 }
    const yards = [{ id: 'y', polygon: yardPolygon(shape) }]
    const next = mulberry32(3)
    for (let i = 0; i < 50; i++) {
      const p = randomPointInYard(shape, next)
      expect(booleanPointInPolygon(p, yards[0]!.polygon)).toBe(true)
      expect(yardAt(p, yards)?.id).toBe('y')
    }
  })

  it('keeps random area points the margin away from the edge and from avoided discs', () => {
    const area = square()
    const avoid = [{ center: [71.4215, 51.1135] as [number, number], radius: 600 }]
    const next = mulberry32(8)
    for (let i = 0; i < 30; i++) {
      const p = randomPointInArea(area, next, { margin: 150, avoid })
      expect(depthInside(p, area)).toBeGreaterThanOrEqual(150)
      expect(distance(p, avoid[0]!.center, { units: 'meters' })).toBeGreaterThan(590)
    }
  })

  it('gives up instead of looping when nothing fits', () => {
    expect(() =>
      randomPointInArea(square(), mulberry32(1), { margin: 5000, maxTries: 50 }),
    ).toThrow()
  })
})
