// Bench-only entry to our map code (used by bench/map pages, never by the app): the offline
// basemap of src/map, Almaty's districts, and proposals delivered in one of three ways —
//   geojson      a FeatureCollection parsed on the main thread, into a clustered GeoJSON source
//                (what the app does with api.proposal_layer today);
//   geojson-url  the same, fetched and parsed by MapLibre's worker from a URL;
//   grid         binary point columns, clustered on the main thread per integer zoom, and only
//                the clusters in view sent to a small, unclustered GeoJSON source.
// All three draw with the same layers, so only the delivery differs. The proposal layers mirror
// src/map/proposalLayers.ts (clusters with counts in our Noto Sans glyphs, points by status); the
// districts get a plain fill and outline, as on the Leaflet page, because the app's district
// layers need images the MapController registers at run time.
import maplibregl from 'maplibre-gl'
import 'maplibre-gl/dist/maplibre-gl.css'
import type {
  ExpressionSpecification,
  GeoJSONSource,
  GeoJSONSourceSpecification,
  LayerSpecification,
  LngLatBoundsLike,
} from 'maplibre-gl'
import type { FeatureCollection, Point } from 'geojson'
import { basemapStyle } from '../basemapStyle'
import { GridClusters, type PointColumns } from './gridClusters'

export const DISTRICT_SOURCE = 'districts'
export const PROPOSAL_SOURCE = 'proposals'
export const PROPOSAL_CLUSTERS = 'proposals-clusters'
export const PROPOSAL_CLUSTER_COUNTS = 'proposals-cluster-counts'
export const PROPOSAL_POINTS = 'proposals-points'

/** Colours of published proposal statuses (others never reach the public map). */
export const STATUS_COLORS: Record<string, string> = {
  submitted: '#78909c',
  under_review: '#f9a825',
  rejected: '#c62828',
  on_ballot: '#1565c0',
  selected: '#2e7d32',
  not_selected: '#6d4c41',
}

export type ProposalDelivery =
  | { kind: 'geojson'; data: Promise<FeatureCollection<Point>> }
  | { kind: 'geojson-url'; url: string }
  | { kind: 'grid'; points: Promise<PointColumns>; statuses: readonly string[] }

export interface BenchMapOptions {
  container: HTMLElement
  /** Absolute URLs (MapLibre's worker fetches them). */
  countryUrl: string
  districtsUrl: string
  /** Template of the glyph URLs (`…/{fontstack}/{range}.pbf`). */
  glyphsUrl: string
  bounds: LngLatBoundsLike
  proposals: ProposalDelivery
}

export interface BenchMap {
  /** Resolves once the proposals are drawn: source loaded, map idle, clusters rendered. */
  drawn(): Promise<void>
  /** Jumps `levels` zoom levels in and back, each time until drawn again; resolves with ms. */
  zoomInAndBack(levels: number): Promise<number>
  /** Proposal features (clusters and points) drawn now. */
  renderedProposals(): { clusters: number; points: number }
}

function proposalColor(): ExpressionSpecification {
  return [
    'match',
    ['to-string', ['get', 'status']],
    ...Object.entries(STATUS_COLORS).flat(),
    '#9e9e9e',
  ] as ExpressionSpecification
}

function districtLayers(): LayerSpecification[] {
  return [
    {
      id: 'districts-fill',
      type: 'fill',
      source: DISTRICT_SOURCE,
      paint: { 'fill-color': '#cfd8dc' },
    },
    {
      id: 'districts-line',
      type: 'line',
      source: DISTRICT_SOURCE,
      paint: { 'line-color': '#ffffff', 'line-width': 1.5 },
    },
  ]
}

export function proposalLayers(): LayerSpecification[] {
  return [
    {
      id: PROPOSAL_CLUSTERS,
      type: 'circle',
      source: PROPOSAL_SOURCE,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': '#0e5a6b',
        'circle-opacity': 0.85,
        'circle-radius': ['step', ['get', 'point_count'], 13, 10, 16, 100, 21, 1000, 27],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: PROPOSAL_CLUSTER_COUNTS,
      type: 'symbol',
      source: PROPOSAL_SOURCE,
      filter: ['has', 'point_count'],
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': ['Noto Sans Bold'],
        'text-size': 12,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: PROPOSAL_POINTS,
      type: 'circle',
      source: PROPOSAL_SOURCE,
      filter: ['!', ['has', 'point_count']],
      paint: {
        'circle-color': proposalColor(),
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 5, 16, 8],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    },
  ]
}

function proposalSource(delivery: ProposalDelivery): GeoJSONSourceSpecification {
  const empty: FeatureCollection = { type: 'FeatureCollection', features: [] }
  if (delivery.kind === 'grid') return { type: 'geojson', data: empty }
  return {
    type: 'geojson',
    data: delivery.kind === 'geojson-url' ? delivery.url : empty,
    cluster: true,
    clusterRadius: 50,
    clusterMaxZoom: 14,
  }
}

export function createBenchMap(options: BenchMapOptions): BenchMap {
  const style = basemapStyle(options.countryUrl)
  style.glyphs = options.glyphsUrl
  style.sources[DISTRICT_SOURCE] = { type: 'geojson', data: options.districtsUrl }
  style.sources[PROPOSAL_SOURCE] = proposalSource(options.proposals)
  style.layers.push(...districtLayers(), ...proposalLayers())

  const map = new maplibregl.Map({
    container: options.container,
    style,
    bounds: options.bounds,
    fitBoundsOptions: { padding: 16 },
    attributionControl: false,
    renderWorldCopies: false,
    fadeDuration: 0,
    maxZoom: 16,
  })
  const loaded = new Promise<void>((resolve) => map.once('load', () => resolve()))
  const source = () => map.getSource<GeoJSONSource>(PROPOSAL_SOURCE)!

  // Resolves when the proposals are in the source (or handed to it).
  const supplied: Promise<void> = (async () => {
    const delivery = options.proposals
    if (delivery.kind === 'geojson-url') return
    if (delivery.kind === 'geojson') {
      const [data] = await Promise.all([delivery.data, loaded])
      source().setData(data)
      return
    }
    const [points] = await Promise.all([delivery.points, loaded])
    const grid = new GridClusters(points, delivery.statuses)
    const update = () => {
      const b = map.getBounds()
      source().setData(
        grid.features(map.getZoom(), [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]),
      )
    }
    map.on('moveend', update)
    update()
  })()

  const renderedProposals = () => ({
    clusters: map.queryRenderedFeatures({ layers: [PROPOSAL_CLUSTERS] }).length,
    points: map.queryRenderedFeatures({ layers: [PROPOSAL_POINTS] }).length,
  })

  const idle = () =>
    new Promise<void>((resolve) => {
      map.once('idle', () => resolve())
      map.triggerRepaint()
    })

  async function settled(): Promise<void> {
    await Promise.all([loaded, supplied])
    for (;;) {
      await idle()
      if (!map.isSourceLoaded(PROPOSAL_SOURCE) || map.isMoving()) continue
      const { clusters, points } = renderedProposals()
      if (clusters + points > 0) return
    }
  }

  return {
    drawn: settled,
    async zoomInAndBack(levels) {
      const started = performance.now()
      const zoom = map.getZoom()
      map.jumpTo({ zoom: zoom + levels })
      await settled()
      map.jumpTo({ zoom })
      await settled()
      return performance.now() - started
    },
    renderedProposals,
  }
}
