// Courtyards (the cells of Astana's ballot groups): polygons shown from street scale, with
// their names, hover and selected outlines.
import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
} from 'maplibre-gl'
import { FONT_REGULAR, nameField } from './glyphs'
import type { Language } from './mapTypes'

export const YARD_SOURCE = 'yards'
export const YARD_FILL = 'yards-fill'
export const YARD_LINE = 'yards-line'
export const YARD_SELECTED = 'yards-selected'
export const YARD_LABELS = 'yards-labels'

/** Zoom from which yards are drawn (a few blocks on screen). */
export const YARD_MIN_ZOOM = 13

export const YARD_COLORS = {
  fill: '#ffe0b2',
  line: '#8d6e63',
  hover: '#4e342e',
  selected: '#c62828',
  text: '#4e342e',
} as const

export function yardSource(): GeoJSONSourceSpecification {
  return { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id' }
}

export function yardSelectedFilter(id: string | null): FilterSpecification {
  return ['==', ['get', 'id'], id ?? '']
}

export function yardLayers(language: Language, selectedId: string | null): LayerSpecification[] {
  const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false]
  return [
    {
      id: YARD_FILL,
      type: 'fill',
      source: YARD_SOURCE,
      minzoom: YARD_MIN_ZOOM,
      paint: {
        'fill-color': YARD_COLORS.fill,
        'fill-opacity': ['case', hovered, 0.9, 0.6],
      },
    },
    {
      id: YARD_LINE,
      type: 'line',
      source: YARD_SOURCE,
      minzoom: YARD_MIN_ZOOM,
      paint: {
        'line-color': ['case', hovered, YARD_COLORS.hover, YARD_COLORS.line],
        'line-width': ['case', hovered, 2, 1],
        'line-dasharray': [3, 1.5],
      },
    },
    {
      id: YARD_SELECTED,
      type: 'line',
      source: YARD_SOURCE,
      minzoom: YARD_MIN_ZOOM,
      filter: yardSelectedFilter(selectedId),
      paint: { 'line-color': YARD_COLORS.selected, 'line-width': 3 },
    },
    {
      id: YARD_LABELS,
      type: 'symbol',
      source: YARD_SOURCE,
      minzoom: 14,
      layout: {
        'text-field': nameField(language),
        'text-font': FONT_REGULAR,
        'text-size': 11,
        'text-max-width': 7,
        // Beside the yard, so its proposals and projects stay visible.
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 1.2,
      },
      paint: {
        'text-color': YARD_COLORS.text,
        'text-halo-color': 'rgba(255, 255, 255, 0.9)',
        'text-halo-width': 1.2,
      },
    },
  ]
}
