// The camera as the address keeps it, and back. Pure.
import type { MapView } from './mapTypes'

/** A camera rounded to what a link needs: about 1 m (5 decimals) and 1/100 of a zoom level. */
export function roundView(lng: number, lat: number, zoom: number): MapView {
  const round = (v: number, digits: number) => Number(v.toFixed(digits))
  return { center: [round(lng, 5), round(lat, 5)], zoom: round(zoom, 2) }
}

/** True for a finite camera inside the lon/lat range, at a zoom the map can show. */
export function isValidView(view: MapView | null | undefined): view is MapView {
  if (!view) return false
  const [lng, lat] = view.center
  return (
    [lng, lat, view.zoom].every(Number.isFinite) &&
    Math.abs(lng) <= 180 &&
    Math.abs(lat) <= 85 &&
    view.zoom >= 0 &&
    view.zoom <= 24
  )
}

/** Two cameras are the same view when they match after rounding. */
export function sameView(a: MapView | null, b: MapView | null): boolean {
  if (!a || !b) return a === b
  const ra = roundView(a.center[0], a.center[1], a.zoom)
  const rb = roundView(b.center[0], b.center[1], b.zoom)
  return ra.center[0] === rb.center[0] && ra.center[1] === rb.center[1] && ra.zoom === rb.zoom
}
