// Bench-only entry to our map code (used by bench/map pages, never by the app): the offline
// basemap of src/map, Almaty's districts, and proposals delivered in one of three ways —
//   geojson      a FeatureCollection parsed on the main thread, into a clustered GeoJSON source
//                (what the app does with api.proposal_layer today);
//   geojson-url  the same, fetched and parsed by MapLibre's worker from a URL;
//   grid         binary point columns, clustered on the main thread per integer zoom, and only
//                the clusters in view sent to a small, unclustered GeoJSON source.
// All three draw with the app's own proposal layers (src/map/proposalLayers.ts), so only the
// delivery differs. The districts get a plain fill and outline, as on the Leaflet page, because
// the app's district layers need images the MapController registers at run time.
import maplibregl from 'maplibre-gl'
import 'maplibre-gl/dist/maplibre-gl.css'
import type {
  GeoJSONSource,
  GeoJSONSourceSpecification,
  LayerSpecification,
  LngLatBoundsLike,
} from 'maplibre-gl'
import type { FeatureCollection, Point } from 'geojson'
import { basemapStyle } from '../basemapStyle'
import {
  PROPOSAL_CLUSTERS,
  PROPOSAL_POINTS,
  PROPOSAL_SOURCE,
  proposalLayers,
  proposalSource,
} from '../proposalLayers'
import { GridClusters, type PointColumns } from './gridClusters'

export const DISTRICT_SOURCE = 'districts'

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

/** The app's proposal source, fed in one of the three ways. */
function benchProposalSource(delivery: ProposalDelivery): GeoJSONSourceSpecification {
  if (delivery.kind === 'grid') {
    // The grid clusters itself: an unclustered source of what is in view.
    return { ...proposalSource(), cluster: false }
  }
  return {
    ...proposalSource(),
    ...(delivery.kind === 'geojson-url' ? { data: delivery.url } : {}),
  }
}

export function createBenchMap(options: BenchMapOptions): BenchMap {
  const style = basemapStyle(options.countryUrl)
  style.glyphs = options.glyphsUrl
  style.sources[DISTRICT_SOURCE] = { type: 'geojson', data: options.districtsUrl }
  style.sources[PROPOSAL_SOURCE] = benchProposalSource(options.proposals)
  style.layers.push(...districtLayers(), ...proposalLayers(null))

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
