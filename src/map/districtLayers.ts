// The districts of a cycle: one GeoJSON source, a choropleth fill, outlines, and the
// hovered and selected outlines on top. Layer ids and types never change; what changes
// (data, colours, selection) is set through `setData`, `setPaintProperty`, `setFilter`.
import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
} from 'maplibre-gl'
import type { Classes } from './choropleth'
import { NEUTRAL_COLOR } from './choropleth'

export const DISTRICT_SOURCE = 'districts'
export const DISTRICT_FILL = 'districts-fill'
export const DISTRICT_LINE = 'districts-line'
export const DISTRICT_HOVER = 'districts-hover'
export const DISTRICT_SELECTED = 'districts-selected'

/** The property coloured by the choropleth (integer tenge). */
export const CHOROPLETH_PROPERTY = 'allocation'

export const DISTRICT_COLORS = {
  line: '#ffffff',
  hover: '#37474f',
  selected: '#c62828',
} as const

export function districtSource(): GeoJSONSourceSpecification {
  // `promoteId` lets feature-state (hover) address a district by its own id.
  return { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id' }
}

/** `fill-color`: a step expression over the allocation, or the neutral colour. */
export function districtFillColor(classes: Classes | null): ExpressionSpecification | string {
  if (!classes || classes.breaks.length === 0) return NEUTRAL_COLOR
  const [first, ...rest] = classes.colors
  const steps = classes.breaks.flatMap((b, i) => [b, rest[i]!])
  return [
    'step',
    ['to-number', ['get', CHOROPLETH_PROPERTY], 0],
    first!,
    ...steps,
  ] as ExpressionSpecification
}

/** Matches only the district with this id (nothing when null). */
export function selectedFilter(id: string | null): FilterSpecification {
  return ['==', ['get', 'id'], id ?? '']
}

export function districtLayers(
  classes: Classes | null,
  selectedId: string | null,
): LayerSpecification[] {
  return [
    {
      id: DISTRICT_FILL,
      type: 'fill',
      source: DISTRICT_SOURCE,
      paint: { 'fill-color': districtFillColor(classes), 'fill-opacity': 1 },
    },
    {
      id: DISTRICT_LINE,
      type: 'line',
      source: DISTRICT_SOURCE,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': DISTRICT_COLORS.line, 'line-width': 1.5 },
    },
    {
      id: DISTRICT_HOVER,
      type: 'line',
      source: DISTRICT_SOURCE,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': DISTRICT_COLORS.hover,
        'line-width': 2,
        'line-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 1, 0],
      },
    },
    {
      id: DISTRICT_SELECTED,
      type: 'line',
      source: DISTRICT_SOURCE,
      filter: selectedFilter(selectedId),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': DISTRICT_COLORS.selected, 'line-width': 3.5 },
    },
  ]
}
