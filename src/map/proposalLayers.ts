// Proposals on the map: their source (clusters and points in view, computed by
// pointClusters.ts) and drawing (clusters with counts; single proposals coloured by status with
// a small category dot; hover and selection).
import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
} from 'maplibre-gl'
import type { ProposalStatus } from '../api/types'
import { FONT_BOLD } from './glyphs'

export const PROPOSAL_SOURCE = 'proposals'
export const PROPOSAL_CLUSTERS = 'proposals-clusters'
export const PROPOSAL_CLUSTER_COUNTS = 'proposals-cluster-counts'
export const PROPOSAL_POINTS = 'proposals-points'
export const PROPOSAL_CATEGORY = 'proposals-category'
export const PROPOSAL_SELECTED = 'proposals-selected'

/** Above this zoom proposals are never clustered. */
export const PROPOSAL_CLUSTER_MAX_ZOOM = 13
/** Size of a cluster's grid cell, in screen pixels. */
export const PROPOSAL_CLUSTER_RADIUS = 40

export const PROPOSAL_STATUS_COLORS: Record<ProposalStatus, string> = {
  draft: '#9e9e9e',
  submitted: '#78909c',
  under_review: '#f9a825',
  rejected: '#c62828',
  on_ballot: '#1565c0',
  selected: '#2e7d32',
  not_selected: '#6d4c41',
  withdrawn: '#bdbdbd',
}

/** Category ids (supabase/migrations/*_places.sql) and the colour of their dot. */
export const CATEGORY_COLORS: Record<string, string> = {
  improvement: '#4e79a7',
  playgrounds: '#f28e2b',
  sport: '#e15759',
  lighting: '#edc948',
  greenery: '#59a14f',
  roads: '#9c755f',
  accessibility: '#76b7b2',
  culture: '#b07aa1',
  safety: '#ff9da7',
  parking: '#bab0ac',
}
export const UNKNOWN_COLOR = '#9e9e9e'
export const CLUSTER_COLOR = '#0e5a6b'
export const SELECTED_RING_COLOR = '#212121'

const isCluster: ExpressionSpecification = ['has', 'point_count']
const isPoint: ExpressionSpecification = ['!', ['has', 'point_count']]
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false]

/** A `match` over a property, with a fallback colour. */
export function colorMatch(
  property: string,
  colors: Record<string, string>,
): ExpressionSpecification {
  return [
    'match',
    ['to-string', ['get', property]],
    ...Object.entries(colors).flat(),
    UNKNOWN_COLOR,
  ] as ExpressionSpecification
}

/** Holds what is in view: clusters are made on the page (pointClusters.ts), not by MapLibre. */
export function proposalSource(): GeoJSONSourceSpecification {
  return {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
    // Feature-state (hover) addresses single proposals by their own id.
    promoteId: 'id',
  }
}

export function proposalSelectedFilter(id: string | null): ExpressionSpecification {
  return ['all', isPoint, ['==', ['get', 'id'], id ?? '']]
}

export function proposalLayers(selectedId: string | null): LayerSpecification[] {
  return [
    {
      id: PROPOSAL_CLUSTERS,
      type: 'circle',
      source: PROPOSAL_SOURCE,
      filter: isCluster,
      paint: {
        'circle-color': CLUSTER_COLOR,
        'circle-opacity': 0.88,
        'circle-radius': ['step', ['get', 'point_count'], 13, 10, 16, 100, 21, 1000, 27],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: PROPOSAL_CLUSTER_COUNTS,
      type: 'symbol',
      source: PROPOSAL_SOURCE,
      filter: isCluster,
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': FONT_BOLD,
        'text-size': 12,
        // A count is always drawn, and keeps other labels (district names) off its circle:
        // the padding stands for the circle, which itself takes no part in label placement.
        'text-allow-overlap': true,
        'text-padding': 12,
      },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: PROPOSAL_SELECTED,
      type: 'circle',
      source: PROPOSAL_SOURCE,
      filter: proposalSelectedFilter(selectedId),
      paint: {
        'circle-radius': 12,
        'circle-color': 'rgba(0, 0, 0, 0)',
        'circle-stroke-color': SELECTED_RING_COLOR,
        'circle-stroke-width': 3,
      },
    },
    {
      id: PROPOSAL_POINTS,
      type: 'circle',
      source: PROPOSAL_SOURCE,
      filter: isPoint,
      paint: {
        'circle-color': colorMatch('status', PROPOSAL_STATUS_COLORS),
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 5, 16, 8],
        'circle-stroke-color': ['case', hovered, '#212121', '#ffffff'],
        'circle-stroke-width': ['case', hovered, 2.5, 1.5],
      },
    },
    {
      id: PROPOSAL_CATEGORY,
      type: 'circle',
      source: PROPOSAL_SOURCE,
      filter: ['all', isPoint, ['has', 'category_id']],
      minzoom: 12,
      paint: {
        'circle-color': colorMatch('category_id', CATEGORY_COLORS),
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 12, 2, 16, 3.5],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 0.8,
      },
    },
  ]
}
