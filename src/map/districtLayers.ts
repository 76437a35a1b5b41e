// The districts of a cycle: one GeoJSON source, a choropleth fill over the chosen metric,
// hatching where the metric is unknown, outlines, and the hovered and selected outlines on top.
// Layer ids and types never change; what changes (data, metric, colours, selection) is set
// through `setData`, `setPaintProperty`, `setFilter`.
import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
} from 'maplibre-gl'
import type { Classes } from './choropleth'
import { NEUTRAL_COLOR } from './choropleth'
import type { DistrictMetric } from './mapTypes'
import { DEFAULT_METRIC } from './metrics'
import { NO_DATA_COLOR, NO_DATA_PATTERN } from './noDataPattern'

export const DISTRICT_SOURCE = 'districts'
export const DISTRICT_FILL = 'districts-fill'
export const DISTRICT_NO_DATA = 'districts-no-data'
export const DISTRICT_LINE = 'districts-line'
export const DISTRICT_HOVER = 'districts-hover'
export const DISTRICT_SELECTED = 'districts-selected'

export const DISTRICT_COLORS = {
  line: '#ffffff',
  hover: '#37474f',
  selected: '#c62828',
} as const

export function districtSource(): GeoJSONSourceSpecification {
  // `promoteId` lets feature-state (hover) address a district by its own id. Tiles are cut up
  // to zoom 12 (about a metre of detail) and overzoomed beyond, so zooming in cuts no new ones.
  return {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
    promoteId: 'id',
    maxzoom: 12,
  }
}

const num = (property: string): ExpressionSpecification => ['to-number', ['get', property], 0]

/** True where the metric has a value (the expression twin of `metricValue(...) !== null`). */
export function metricKnown(metric: DistrictMetric): ExpressionSpecification | boolean {
  switch (metric) {
    case 'paid_per_resident':
      return ['>', num('population'), 0]
    case 'executed_share':
      return ['>', num('approved'), 0]
    default:
      return true
  }
}

/** The metric's value (the expression twin of `metricValue`); only meaningful where known. */
export function metricExpression(metric: DistrictMetric): ExpressionSpecification {
  switch (metric) {
    case 'paid_per_resident':
      return ['/', num('paid'), ['max', num('population'), 1]]
    case 'executed_share':
      return ['/', num('paid'), ['max', num('approved'), 1]]
    default:
      return num(metric)
  }
}

/**
 * `fill-color`: a step expression over the metric, the neutral colour when there are no
 * classes, and the no-data colour where the metric is unknown.
 */
export function districtFillColor(
  classes: Classes | null,
  metric: DistrictMetric = DEFAULT_METRIC,
): ExpressionSpecification | string {
  const known = metricKnown(metric)
  let color: ExpressionSpecification | string = NEUTRAL_COLOR
  if (classes && classes.breaks.length > 0) {
    const [first, ...rest] = classes.colors
    const steps = classes.breaks.flatMap((b, i) => [b, rest[i]!])
    color = ['step', metricExpression(metric), first!, ...steps] as ExpressionSpecification
  }
  if (known === true) return color
  return ['case', known, color, NO_DATA_COLOR] as ExpressionSpecification
}

/** Districts whose metric is unknown: these get the hatching. */
export function noDataFilter(metric: DistrictMetric): FilterSpecification {
  const known = metricKnown(metric)
  return known === true ? ['boolean', false] : ['!', known]
}

/** Matches only the district with this id (nothing when null). */
export function selectedFilter(id: string | null): FilterSpecification {
  return ['==', ['get', 'id'], id ?? '']
}

export function districtLayers(
  classes: Classes | null,
  selectedId: string | null,
  metric: DistrictMetric = DEFAULT_METRIC,
): LayerSpecification[] {
  return [
    {
      id: DISTRICT_FILL,
      type: 'fill',
      source: DISTRICT_SOURCE,
      paint: { 'fill-color': districtFillColor(classes, metric), 'fill-opacity': 1 },
    },
    {
      id: DISTRICT_NO_DATA,
      type: 'fill',
      source: DISTRICT_SOURCE,
      filter: noDataFilter(metric),
      paint: { 'fill-pattern': NO_DATA_PATTERN },
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
