import { describe, expect, it } from 'vitest'
import type { MultiPolygon, Polygon, Position } from 'geojson'
import { interiorPoint } from '../../src/geo/interiorPoint'
import { deepFreeze } from './deepFreeze'

function inside([x, y]: Position, ring: Position[]): boolean {
  let result = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number]
    const [xj, yj] = ring[j] as [number, number]
    if (yi > y! !== yj > y! && x! < ((xj - xi) * (y! - yi)) / (yj - yi) + xi) result = !result
  }
  return result
}

// A "C": its centroid lies in the gap, outside the polygon.
const C_RING: Position[] = [
  [0, 0],
  [3, 0],
  [3, 1],
  [1, 1],
  [1, 2],
  [3, 2],
  [3, 3],
  [0, 3],
  [0, 0],
]

describe('interiorPoint', () => {
  it('lies inside a concave polygon whose centroid is outside', () => {
    const polygon = deepFreeze<Polygon>({ type: 'Polygon', coordinates: [C_RING] })
    const p = interiorPoint(polygon)!
    expect(inside(p, C_RING)).toBe(true)
    // Well inside the back of the C, not on an edge.
    expect(p[0]).toBeGreaterThan(0.2)
    expect(p[0]).toBeLessThan(0.8)
  })

  it('avoids holes', () => {
    const outer: Position[] = [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ]
    const hole: Position[] = [
      [1, 1],
      [3, 1],
      [3, 3],
      [1, 3],
      [1, 1],
    ]
    const p = interiorPoint(deepFreeze<Polygon>({ type: 'Polygon', coordinates: [outer, hole] }))!
    expect(inside(p, outer) && !inside(p, hole)).toBe(true)
  })

  it('chooses the large part of a district with an exclave', () => {
    const big: Position[] = [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ]
    const small: Position[] = [
      [5, 5],
      [5.1, 5],
      [5.1, 5.1],
      [5, 5.1],
      [5, 5],
    ]
    const geometry = deepFreeze<MultiPolygon>({
      type: 'MultiPolygon',
      coordinates: [[small], [big]],
    })
    const p = interiorPoint(geometry)!
    expect(inside(p, big)).toBe(true)
    expect(p[0]).toBeCloseTo(1, 0)
    expect(p[1]).toBeCloseTo(1, 0)
  })

  it('is null for a degenerate geometry', () => {
    expect(interiorPoint({ type: 'Polygon', coordinates: [] })).toBeNull()
  })
})
