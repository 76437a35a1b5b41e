// Small geometry helpers for demo data: rotated yard rectangles and points kept well inside real
// district polygons. Coordinates are WGS84 lon/lat rounded to 6 decimals (about 0.1 m), as in
// supabase/data; every check keeps a margin of metres so that rounding cannot move a shape out.
import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf'
import type { MultiPolygon, Polygon, Position } from 'geojson'

export type Area = Polygon | MultiPolygon
export type LonLat = [number, number]
/** [west, south, east, north] */
export type BBox = [number, number, number, number]

const METRES_PER_DEGREE = 111_320

export const round6 = (x: number) => Math.round(x * 1e6) / 1e6

/** Moves a point by east/north metres (local flat approximation, fine below a few km). */
export function offsetMetres([lon, lat]: LonLat, east: number, north: number): LonLat {
  const dLat = north / METRES_PER_DEGREE
  const dLon = east / (METRES_PER_DEGREE * Math.cos((lat * Math.PI) / 180))
  return [lon + dLon, lat + dLat]
}

/**
 * A straight street segment of `length` metres centred on a point, `angle` degrees
 * counter-clockwise from east: start, the point itself (so the middle vertex is the proposal's
 * spot), end; rounded like every demo coordinate.
 */
export function streetSegment(at: LonLat, length: number, angle: number): LonLat[] {
  const rad = (angle * Math.PI) / 180
  const half = length / 2
  const [east, north] = [Math.cos(rad) * half, Math.sin(rad) * half]
  return [offsetMetres(at, -east, -north), at, offsetMetres(at, east, north)].map(
    ([x, y]): LonLat => [round6(x), round6(y)],
  )
}

export interface YardShape {
  center: LonLat
  width: number
  height: number
  /** Rotation of the width side from east, counter-clockwise, in degrees. */
  angle: number
}

/** A point given in the yard's own frame (metres from its centre along width and height). */
export function yardPoint(yard: YardShape, u: number, v: number): LonLat {
  const a = (yard.angle * Math.PI) / 180
  const east = u * Math.cos(a) - v * Math.sin(a)
  const north = u * Math.sin(a) + v * Math.cos(a)
  const [lon, lat] = offsetMetres(yard.center, east, north)
  return [round6(lon), round6(lat)]
}

/** The yard as a closed, counter-clockwise rectangle (RFC 7946 ring order). */
export function yardPolygon(yard: YardShape): Polygon {
  const w = yard.width / 2
  const h = yard.height / 2
  const ring: Position[] = [
    yardPoint(yard, -w, -h),
    yardPoint(yard, w, -h),
    yardPoint(yard, w, h),
    yardPoint(yard, -w, h),
  ]
  ring.push(ring[0]!)
  return { type: 'Polygon', coordinates: [ring] }
}

/** Half the diagonal: every point of the yard lies within this distance of its centre. */
export const yardRadius = (yard: YardShape) => Math.hypot(yard.width, yard.height) / 2

/** Distance in metres from a point inside the area to the area's nearest edge (0 if outside). */
export function depthInside(point: LonLat, area: Area): number {
  if (!booleanPointInPolygon(point, area)) return 0
  return Math.abs(pointToPolygonDistance(point, area, { units: 'meters' }))
}

/** True when a disc of radius metres around the point lies inside the area. */
export function discInside(point: LonLat, radius: number, area: Area): boolean {
  return depthInside(point, area) >= radius
}

export function areaBBox(area: Area): BBox {
  const polys = area.type === 'Polygon' ? [area.coordinates] : area.coordinates
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const poly of polys) {
    for (const [x, y] of poly[0]!) {
      w = Math.min(w, x!)
      e = Math.max(e, x!)
      s = Math.min(s, y!)
      n = Math.max(n, y!)
    }
  }
  return [w, s, e, n]
}

const clip = (a: BBox, b?: BBox): BBox =>
  b ? [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])] : a

export interface PointOptions {
  /** Metres the point keeps from the area's edge. */
  margin: number
  /** Sample only inside this box (e.g. the built-up part of a district with mountains). */
  within?: BBox
  /** Reject points closer than the given metres to these discs (e.g. existing yards). */
  avoid?: { center: LonLat; radius: number }[]
  maxTries?: number
}

const metresBetween = (a: LonLat, b: LonLat) => {
  const dy = (a[1] - b[1]) * METRES_PER_DEGREE
  const dx = (a[0] - b[0]) * METRES_PER_DEGREE * Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180)
  return Math.hypot(dx, dy)
}
export { metresBetween }

/** Rejection sampling: a random point at least `margin` metres inside the area. */
export function randomPointInArea(area: Area, next: () => number, options: PointOptions): LonLat {
  const [w, s, e, n] = clip(areaBBox(area), options.within)
  if (!(w < e && s < n)) throw new Error('sampling box is empty')
  const tries = options.maxTries ?? 20_000
  for (let i = 0; i < tries; i++) {
    const p: LonLat = [round6(w + next() * (e - w)), round6(s + next() * (n - s))]
    if (options.avoid?.some((d) => metresBetween(p, d.center) < d.radius)) continue
    if (discInside(p, options.margin, area)) return p
  }
  throw new Error(`no point found ${options.margin} m inside the area after ${tries} tries`)
}

export interface YardPlacement {
  /** Metres each yard keeps from the district edge (beyond its own size). */
  margin: number
  /** Metres kept between any two yards. */
  gap: number
  within?: BBox
  /** Side lengths are drawn from this range, in metres. */
  side: [number, number]
}

/**
 * Places `count` non-overlapping rotated rectangles entirely inside the area, each at least
 * `margin` metres from its edge.
 */
export function placeYards(
  area: Area,
  count: number,
  next: () => number,
  options: YardPlacement,
  existing: readonly YardShape[] = [],
): YardShape[] {
  const placed: YardShape[] = [...existing]
  const out: YardShape[] = []
  const [lo, hi] = options.side
  for (let k = 0; k < count; k++) {
    const width = Math.round(lo + next() * (hi - lo))
    const height = Math.round(lo + next() * (hi - lo))
    const angle = Math.round(next() * 90)
    const radius = Math.hypot(width, height) / 2
    const center = randomPointInArea(area, next, {
      margin: radius + options.margin,
      within: options.within,
      avoid: placed.map((y) => ({
        center: y.center,
        radius: yardRadius(y) + radius + options.gap,
      })),
    })
    const yard = { center, width, height, angle }
    placed.push(yard)
    out.push(yard)
  }
  return out
}

/** A random point in the inner part of a yard (never nearer its edge than a fifth of a side). */
export function randomPointInYard(yard: YardShape, next: () => number): LonLat {
  const u = (next() - 0.5) * 0.6 * yard.width
  const v = (next() - 0.5) * 0.6 * yard.height
  return yardPoint(yard, u, v)
}

/** Which of the yards covers the point (the database derives a proposal's yard the same way). */
export function yardAt<T extends { polygon: Polygon }>(point: LonLat, yards: readonly T[]) {
  return yards.find((y) => booleanPointInPolygon(point, y.polygon))
}
