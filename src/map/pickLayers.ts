// The place being chosen for a new proposal: one marker, drawn over everything so that it stays
// visible whatever lies under it.
import type { FeatureCollection, Point } from 'geojson'
import type { GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl'

export const PICK_SOURCE = 'pick'
export const PICK_POINT = 'pick-point'

export const PICK_COLORS = {
  fill: '#ffc20e',
  stroke: '#212121',
} as const

export function pickSource(): GeoJSONSourceSpecification {
  return { type: 'geojson', data: pickPointData(null) }
}

/** The marker's data: the chosen point, or nothing. */
export function pickPointData(point: [number, number] | null): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: point
      ? [{ type: 'Feature', geometry: { type: 'Point', coordinates: [...point] }, properties: {} }]
      : [],
  }
}

export function pickLayers(): LayerSpecification[] {
  return [
    {
      id: PICK_POINT,
      type: 'circle',
      source: PICK_SOURCE,
      paint: {
        'circle-radius': 9,
        'circle-color': PICK_COLORS.fill,
        'circle-stroke-color': PICK_COLORS.stroke,
        'circle-stroke-width': 3,
      },
    },
  ]
}
