// Bench-only maps (used by bench/map pages, never by the app), next to which the app's map is
// measured: MapLibre's own clustering of the same GeoJSON (a clustered source, drawn with the
// app's proposal layers: what the app did before pointClusters.ts), and an empty MapLibre map
// (a background and nothing else: the floor of start-up and zoom time under this renderer).
import maplibregl from 'maplibre-gl'
import 'maplibre-gl/dist/maplibre-gl.css'
import type { GeoJSONSource, LngLatBoundsLike, StyleSpecification } from 'maplibre-gl'
import type { FeatureCollection, Point } from 'geojson'
import { basemapStyle } from '../basemapStyle'
import {
  PROPOSAL_CLUSTER_MAX_ZOOM,
  PROPOSAL_CLUSTER_RADIUS,
  PROPOSAL_CLUSTERS,
  PROPOSAL_POINTS,
  PROPOSAL_SOURCE,
  proposalLayers,
  proposalSource,
} from '../proposalLayers'

export interface ReferenceMap {
  /** Resolves once the proposals (if any) are drawn and the map is idle. */
  drawn(): Promise<void>
  /** Jumps `levels` zoom levels in and back, each time until drawn again; resolves with ms. */
  zoomInAndBack(levels: number): Promise<number>
  /** Proposal features (clusters and points) drawn now. */
  renderedProposals(): { clusters: number; points: number }
}

export interface ReferenceMapOptions {
  container: HTMLElement
  bounds: LngLatBoundsLike
  /** For the clustered map: absolute URLs of the outline, districts and glyph template. */
  countryUrl?: string
  districtsUrl?: string
  glyphsUrl?: string
  proposals?: Promise<FeatureCollection<Point>>
}

function referenceMap(options: ReferenceMapOptions, style: StyleSpecification): ReferenceMap {
  const map = new maplibregl.Map({
    container: options.container,
    style,
    bounds: options.bounds,
    fitBoundsOptions: { padding: 16 },
    attributionControl: false,
    renderWorldCopies: false,
    fadeDuration: 0,
    maxZoom: 17,
  })
  const styled = new Promise<void>((resolve) => map.once('style.load', () => resolve()))
  const supplied = (async () => {
    if (!options.proposals) return
    const [data] = await Promise.all([options.proposals, styled])
    map.getSource<GeoJSONSource>(PROPOSAL_SOURCE)!.setData(data)
  })()
  const renderedProposals = () =>
    options.proposals
      ? {
          clusters: map.queryRenderedFeatures({ layers: [PROPOSAL_CLUSTERS] }).length,
          points: map.queryRenderedFeatures({ layers: [PROPOSAL_POINTS] }).length,
        }
      : { clusters: 0, points: 0 }
  const idle = () =>
    new Promise<void>((resolve) => {
      map.once('idle', () => resolve())
      map.triggerRepaint()
    })
  async function drawn(): Promise<void> {
    await Promise.all([styled, supplied])
    for (;;) {
      await idle()
      if (map.isMoving()) continue
      if (!options.proposals) return
      const { clusters, points } = renderedProposals()
      if (map.isSourceLoaded(PROPOSAL_SOURCE) && clusters + points > 0) return
    }
  }
  return {
    drawn,
    async zoomInAndBack(levels) {
      const started = performance.now()
      const zoom = map.getZoom()
      map.jumpTo({ zoom: zoom + levels })
      await drawn()
      map.jumpTo({ zoom })
      await drawn()
      return performance.now() - started
    },
    renderedProposals,
  }
}

/** MapLibre's clustered GeoJSON source with the app's proposal layers, over plain districts. */
export function clusteredSourceMap(options: ReferenceMapOptions): ReferenceMap {
  const style = basemapStyle(options.countryUrl!)
  style.glyphs = options.glyphsUrl!
  style.sources.districts = { type: 'geojson', data: options.districtsUrl! }
  style.sources[PROPOSAL_SOURCE] = {
    ...proposalSource(),
    cluster: true,
    clusterRadius: PROPOSAL_CLUSTER_RADIUS,
    clusterMaxZoom: PROPOSAL_CLUSTER_MAX_ZOOM,
  }
  style.layers.push(
    { id: 'districts-fill', type: 'fill', source: 'districts', paint: { 'fill-color': '#cfd8dc' } },
    {
      id: 'districts-line',
      type: 'line',
      source: 'districts',
      paint: { 'line-color': '#ffffff', 'line-width': 1.5 },
    },
    ...proposalLayers(null),
  )
  return referenceMap(options, style)
}

/** A background and nothing else. */
export function emptyMap(options: ReferenceMapOptions): ReferenceMap {
  return referenceMap(options, {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#dde3e6' } }],
  })
}
