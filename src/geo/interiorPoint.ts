// A point well inside a district (far from its edges): where its label goes and where a test
// clicks it. The pole of inaccessibility (polylabel) of each part, with longitudes scaled by
// cos(latitude) so distances are fair at Kazakh latitudes.
import type { MultiPolygon, Polygon, Position } from 'geojson'
import polylabel from 'polylabel'

/** About a metre, in degrees. */
const PRECISION = 1e-5

/** Inside the part of the (multi)polygon with the most room, so a thin exclave is never chosen. */
export function interiorPoint(geometry: Polygon | MultiPolygon): Position | null {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  let best: { at: Position; room: number } | null = null
  for (const rings of parts) {
    const outer = rings[0]
    if (!outer || outer.length < 4) continue
    const lats = outer.map((p) => p[1]!)
    const k = Math.cos((((Math.min(...lats) + Math.max(...lats)) / 2) * Math.PI) / 180)
    const scaled = rings.map((ring) => ring.map((p): [number, number] => [p[0]! * k, p[1]!]))
    const pole = polylabel(scaled, PRECISION)
    if (!best || pole.distance > best.room)
      best = { at: [pole[0] / k, pole[1]], room: pole.distance }
  }
  return best?.at ?? null
}
