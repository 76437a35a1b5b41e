// Bounding boxes as [west, south, east, north] in degrees, the order `City.bbox` uses.
import type { FeatureCollection, Geometry, Position } from 'geojson'

export type Bbox = [number, number, number, number]

/** True for a finite, non-empty box inside the lon/lat range. */
export function isValidBbox(b: readonly number[] | null | undefined): b is Bbox {
  if (!b || b.length !== 4 || !b.every(Number.isFinite)) return false
  const [w, s, e, n] = b as Bbox
  return w >= -180 && e <= 180 && s >= -90 && n <= 90 && w < e && s < n
}

function eachPosition(g: Geometry, visit: (p: Position) => void): void {
  switch (g.type) {
    case 'Point':
      visit(g.coordinates)
      return
    case 'MultiPoint':
    case 'LineString':
      g.coordinates.forEach(visit)
      return
    case 'MultiLineString':
    case 'Polygon':
      g.coordinates.forEach((line) => line.forEach(visit))
      return
    case 'MultiPolygon':
      g.coordinates.forEach((poly) => poly.forEach((ring) => ring.forEach(visit)))
      return
    case 'GeometryCollection':
      g.geometries.forEach((child) => eachPosition(child, visit))
  }
}

/** The box around every position of a collection, or null when it has none. */
export function bboxOfFeatures(fc: FeatureCollection): Bbox | null {
  let w = Infinity
  let s = Infinity
  let e = -Infinity
  let n = -Infinity
  for (const f of fc.features) {
    if (!f.geometry) continue
    eachPosition(f.geometry, ([x, y]) => {
      if (x === undefined || y === undefined) return
      w = Math.min(w, x)
      s = Math.min(s, y)
      e = Math.max(e, x)
      n = Math.max(n, y)
    })
  }
  return Number.isFinite(w) ? [w, s, e, n] : null
}

/** The box to show: the city's own box when valid, else the data's, else null. */
export function viewBbox(
  cityBbox: readonly number[] | null | undefined,
  fc: FeatureCollection | null,
): Bbox | null {
  if (isValidBbox(cityBbox)) return [...cityBbox]
  return fc ? bboxOfFeatures(fc) : null
}

/** Padding in pixels around a fitted box: a little air, less on small maps. */
export function fitPadding(width: number, height: number): number {
  const side = Math.min(width, height)
  return Math.max(8, Math.min(48, Math.round(side * 0.06)))
}

/** Two boxes are the same view when all four edges match to about 1 m. */
export function sameBbox(a: Bbox | null, b: Bbox | null): boolean {
  if (!a || !b) return a === b
  return a.every((v, i) => Math.abs(v - b[i]!) < 1e-5)
}
