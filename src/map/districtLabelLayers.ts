// District names, one label per district at a point well inside it (not one per tile or
// polygon part), in the interface language, with the local Noto Sans glyphs.
import type { Feature, FeatureCollection, Point } from 'geojson'
import type { GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl'
import type { DistrictLayer, Names } from '../api/types'
import { interiorPoint } from '../geo/interiorPoint'
import { FONT_BOLD, nameField } from './glyphs'
import type { Language } from './mapTypes'

export const DISTRICT_LABEL_SOURCE = 'district-labels'
export const DISTRICT_LABELS = 'district-labels'

export type DistrictLabelProperties = Names & { id: string }

export function districtLabelSource(): GeoJSONSourceSpecification {
  // One point per district: tiles beyond zoom 10 would only repeat it.
  return { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, maxzoom: 10 }
}

/** One point per district, inside it, carrying its id and names; districts without one are left out. */
export function districtLabelPoints(
  layer: DistrictLayer | null,
): FeatureCollection<Point, DistrictLabelProperties> {
  const features = (layer?.features ?? []).flatMap(
    (f): Feature<Point, DistrictLabelProperties>[] => {
      const at = interiorPoint(f.geometry)
      if (!at) return []
      const { id, name_kk, name_ru, name_en } = f.properties
      return [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [at[0]!, at[1]!] },
          properties: { id, name_kk, name_ru, name_en },
        },
      ]
    },
  )
  return { type: 'FeatureCollection', features }
}

export function districtLabelLayers(language: Language): LayerSpecification[] {
  return [
    {
      id: DISTRICT_LABELS,
      type: 'symbol',
      source: DISTRICT_LABEL_SOURCE,
      maxzoom: 14.5,
      layout: {
        'text-field': nameField(language),
        'text-font': FONT_BOLD,
        'text-size': ['interpolate', ['linear'], ['zoom'], 9, 11, 12, 14],
        'text-max-width': 8,
        'text-padding': 4,
        // Moves off a cluster count rather than vanishing.
        'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
        'text-radial-offset': 1.2,
      },
      paint: {
        'text-color': '#263238',
        'text-halo-color': 'rgba(255, 255, 255, 0.9)',
        'text-halo-width': 1.5,
      },
    },
  ]
}
