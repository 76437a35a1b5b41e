// A point well inside a district (far from its edges): where a test clicks it and,
// later, where its label goes. Coarse grid search, refined twice; planar, with
// longitudes scaled by cos(latitude) so distances are fair at Kazakh latitudes.
import type { MultiPolygon, Polygon, Position } from 'geojson'

type Ring = Position[]

function insideRing(x: number, y: number, ring: Ring): boolean {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number]
    const [xj, yj] = ring[j] as [number, number]
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

function insidePolygon(x: number, y: number, rings: Ring[]): boolean {
  const [outer, ...holes] = rings
  return !!outer && insideRing(x, y, outer) && !holes.some((h) => insideRing(x, y, h))
}

function segmentDistance(x: number, y: number, a: Position, b: Position, k: number): number {
  const ax = a[0]! * k
  const ay = a[1]!
  const dx = b[0]! * k - ax
  const dy = b[1]! - ay
  const px = x * k
  const len2 = dx * dx + dy * dy
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (y - ay) * dy) / len2))
  return Math.hypot(px - (ax + t * dx), y - (ay + t * dy))
}

function edgeDistance(x: number, y: number, rings: Ring[], k: number): number {
  let best = Infinity
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      best = Math.min(best, segmentDistance(x, y, ring[i - 1]!, ring[i]!, k))
    }
  }
  return best
}

interface Candidate {
  x: number
  y: number
  d: number
}

function search(
  rings: Ring[],
  box: [number, number, number, number],
  k: number,
  steps: number,
): Candidate | null {
  const [w, s, e, n] = box
  let best: Candidate | null = null
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const x = w + ((e - w) * i) / steps
      const y = s + ((n - s) * j) / steps
      if (!insidePolygon(x, y, rings)) continue
      const d = edgeDistance(x, y, rings, k)
      if (!best || d > best.d) best = { x, y, d }
    }
  }
  return best
}

function bestInPolygon(rings: Ring[]): Candidate | null {
  const outer = rings[0]
  if (!outer || outer.length < 4) return null
  const xs = outer.map((p) => p[0]!)
  const ys = outer.map((p) => p[1]!)
  let box: [number, number, number, number] = [
    Math.min(...xs),
    Math.min(...ys),
    Math.max(...xs),
    Math.max(...ys),
  ]
  const k = Math.cos((((box[1] + box[3]) / 2) * Math.PI) / 180)
  let best = search(rings, box, k, 24)
  for (let round = 0; round < 2 && best; round++) {
    const hw = (box[2] - box[0]) / 12
    const hh = (box[3] - box[1]) / 12
    box = [best.x - hw, best.y - hh, best.x + hw, best.y + hh]
    const refined = search(rings, box, k, 12)
    if (refined && refined.d > best.d) best = refined
  }
  return best
}

/** Inside the part of the (multi)polygon with the most room, so a thin exclave is never chosen. */
export function interiorPoint(geometry: Polygon | MultiPolygon): Position | null {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  let best: Candidate | null = null
  for (const rings of parts) {
    const c = bestInPolygon(rings)
    if (c && (!best || c.d > best.d)) best = c
  }
  return best ? [best.x, best.y] : null
}
