// Funded projects: a ring in the colour of their status, filled as far as the work has
// progressed (opacity from 15 % at 0 to full at 100 %), with the percentage from street scale.
// Points, lines and areas are all drawn (a project's location may be any geometry).
import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
} from 'maplibre-gl'
import type { ProjectStatus } from '../api/types'
import { FONT_BOLD } from './glyphs'
import { colorMatch, SELECTED_RING_COLOR } from './proposalLayers'

export const PROJECT_SOURCE = 'projects'
export const PROJECT_AREAS = 'projects-areas'
export const PROJECT_LINES = 'projects-lines'
export const PROJECT_POINTS = 'projects-points'
export const PROJECT_PROGRESS = 'projects-progress'
export const PROJECT_SELECTED = 'projects-selected'

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
const isArea: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon']

export function projectSource(): GeoJSONSourceSpecification {
  return { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id' }
}

export function projectSelectedFilter(id: string | null): ExpressionSpecification {
  return ['==', ['get', 'id'], id ?? '']
}

export function projectLayers(selectedId: string | null): LayerSpecification[] {
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
      filter: ['all', isPoint, projectSelectedFilter(selectedId)],
      paint: {
        'circle-radius': 14,
        'circle-color': 'rgba(0, 0, 0, 0)',
        'circle-stroke-color': SELECTED_RING_COLOR,
        'circle-stroke-width': 3,
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
        'circle-opacity': progressOpacity,
        'circle-stroke-color': statusColor,
        'circle-stroke-width': ['case', hovered, 4, 2.5],
      },
    },
    {
      id: PROJECT_PROGRESS,
      type: 'symbol',
      source: PROJECT_SOURCE,
      filter: isPoint,
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
