// Funded projects: a ring in the colour of their status, filled as far as the work has
// progressed (opacity from 15 % at 0 to full at 100 %), with the percentage from street scale.
// Points, lines and areas are all drawn (a project's location may be any geometry); a street or
// an area is also marked at its anchor until street scale, where it is big enough to see.
import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
} from 'maplibre-gl'
import type { Feature, FeatureCollection, Geometry } from 'geojson'
import type { ProjectLayer, ProjectProperties, ProjectStatus } from '../api/types'
import { anchorOf } from '../geo/anchor'
import { FONT_BOLD } from './glyphs'
import { colorMatch, SELECTED_RING_COLOR } from './proposalLayers'

export const PROJECT_SOURCE = 'projects'
export const PROJECT_AREAS = 'projects-areas'
export const PROJECT_LINES = 'projects-lines'
export const PROJECT_POINTS = 'projects-points'
export const PROJECT_PROGRESS = 'projects-progress'
export const PROJECT_SELECTED = 'projects-selected'
/** The dark casing of a selected line or area project. */
export const PROJECT_SELECTED_OUTLINE = 'projects-selected-outline'

export const PROJECT_STATUS_COLORS: Record<ProjectStatus, string> = {
  planned: '#78909c',
  procurement: '#f9a825',
  contracted: '#ef6c00',
  in_progress: '#1565c0',
  completed: '#2e7d32',
  cancelled: '#616161',
}

const statusColor = colorMatch('status', PROJECT_STATUS_COLORS)
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false]
/** 0.15 at no progress, 1 when complete. */
const progressOpacity: ExpressionSpecification = [
  '+',
  0.15,
  ['*', 0.85, ['/', ['min', ['max', ['to-number', ['get', 'progress'], 0], 0], 100], 100]],
]
const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point']
/** The marker added for a line or area project (withAnchors). */
const isAnchor: ExpressionSpecification = ['has', 'anchor_of_shape']
/** From this zoom a line or area is drawn large enough: its anchor marker goes. */
export const PROJECT_ANCHOR_MAX_ZOOM = 14
/** A value, or `hidden` for anchor markers from PROJECT_ANCHOR_MAX_ZOOM on. */
function anchorFades(value: ExpressionSpecification | number, hidden = 0): ExpressionSpecification {
  return ['step', ['zoom'], value, PROJECT_ANCHOR_MAX_ZOOM, ['case', isAnchor, hidden, value]]
}

/**
 * The projects, plus a point marker for each line or area project at its anchor (same id, so
 * hover, clicks and selection treat it as the project itself).
 */
export function withAnchors(
  layer: ProjectLayer | null,
): FeatureCollection<Geometry, ProjectProperties & { anchor_of_shape?: true }> | null {
  if (!layer) return null
  const anchors = layer.features.flatMap(
    (f): Feature<Geometry, ProjectProperties & { anchor_of_shape: true }>[] => {
      if (!f.geometry || f.geometry.type === 'Point') return []
      const at = anchorOf(f.geometry)
      return at
        ? [
            {
              type: 'Feature',
              geometry: { type: 'Point', coordinates: at },
              properties: { ...f.properties, anchor_of_shape: true },
            },
          ]
        : []
    },
  )
  return { ...layer, features: [...layer.features, ...anchors] }
}
const isArea: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon']

export function projectSource(): GeoJSONSourceSpecification {
  return { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id' }
}

/** Filters of the selection marks: a ring for a point, a casing for a line or an area. */
export function projectSelectedFilters(id: string | null): {
  ring: ExpressionSpecification
  outline: ExpressionSpecification
} {
  const selected: ExpressionSpecification = ['==', ['get', 'id'], id ?? '']
  return { ring: ['all', isPoint, selected], outline: ['all', ['!', isPoint], selected] }
}

export function projectLayers(selectedId: string | null): LayerSpecification[] {
  const selected = projectSelectedFilters(selectedId)
  return [
    {
      id: PROJECT_AREAS,
      type: 'fill',
      source: PROJECT_SOURCE,
      filter: isArea,
      paint: {
        'fill-color': statusColor,
        'fill-opacity': ['*', 0.5, progressOpacity],
        'fill-outline-color': statusColor,
      },
    },
    {
      id: PROJECT_SELECTED_OUTLINE,
      type: 'line',
      source: PROJECT_SOURCE,
      filter: selected.outline,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': SELECTED_RING_COLOR, 'line-width': 8 },
    },
    {
      id: PROJECT_LINES,
      type: 'line',
      source: PROJECT_SOURCE,
      filter: ['!', isPoint],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': statusColor,
        'line-width': ['case', hovered, 5, 3],
      },
    },
    {
      id: PROJECT_SELECTED,
      type: 'circle',
      source: PROJECT_SOURCE,
      filter: selected.ring,
      paint: {
        'circle-radius': 14,
        'circle-color': 'rgba(0, 0, 0, 0)',
        'circle-stroke-color': SELECTED_RING_COLOR,
        'circle-stroke-width': 3,
        'circle-stroke-opacity': anchorFades(1),
      },
    },
    {
      id: PROJECT_POINTS,
      type: 'circle',
      source: PROJECT_SOURCE,
      filter: isPoint,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 5.5, 16, 10],
        'circle-color': statusColor,
        'circle-opacity': anchorFades(progressOpacity),
        'circle-stroke-color': statusColor,
        'circle-stroke-opacity': anchorFades(1),
        'circle-stroke-width': ['case', hovered, 4, 2.5],
      },
    },
    {
      id: PROJECT_PROGRESS,
      type: 'symbol',
      source: PROJECT_SOURCE,
      filter: ['all', isPoint, ['!', isAnchor]],
      minzoom: 14,
      layout: {
        'text-field': ['concat', ['to-string', ['get', 'progress']], '%'],
        'text-font': FONT_BOLD,
        'text-size': 11,
        'text-offset': [0, 1.4],
        'text-anchor': 'top',
        'text-optional': true,
      },
      paint: {
        'text-color': statusColor,
        'text-halo-color': '#ffffff',
        'text-halo-width': 1.5,
      },
    },
  ]
}
