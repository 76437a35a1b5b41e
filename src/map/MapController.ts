// The one owner of the MapLibre map. React hands it handlers and pushes wanted state
// (data, metric, colours, language, selection, view, notices, the place being chosen); it
// applies only what changed: `setData` when a collection's identity changes, `setFilter` /
// `setPaintProperty` / `setLayoutProperty` for style. Layers are created once, from mapStyle.ts.
import maplibregl from 'maplibre-gl'
import 'maplibre-gl/dist/maplibre-gl.css'
import type {
  GeoJSONSource,
  MapGeoJSONFeature,
  MapMouseEvent,
  PointLike,
  StyleSpecification,
} from 'maplibre-gl'
import type { FeatureCollection, Geometry } from 'geojson'
import type {
  DistrictLayer,
  DistrictSummary,
  ProjectLayer,
  ProposalLayer,
  YardLayer,
} from '../api/types'
import { fitPadding, sameBbox, type Bbox } from '../geo/bbox'
import { anchorOf } from '../geo/anchor'
import { roundPoint } from '../geo/precision'
import type { Classes } from './choropleth'
import { DISTRICT_LABEL_SOURCE, DISTRICT_LABELS, districtLabelPoints } from './districtLabelLayers'
import {
  DISTRICT_FILL,
  DISTRICT_NO_DATA,
  DISTRICT_SELECTED,
  DISTRICT_SOURCE,
  districtFillColor,
  noDataFilter,
  selectedFilter,
} from './districtLayers'
import { nameField } from './glyphs'
import { offlineStyle, onlineStyle, selectedOf, type OverlayState } from './mapStyle'
import type { DistrictMetric, Language, MapView, Selection } from './mapTypes'
import { DEFAULT_METRIC } from './metrics'
import { NO_DATA_PATTERN, noDataPattern } from './noDataPattern'
import { PICK_SOURCE, pickPointData } from './pickLayers'
import { PointClusters } from './pointClusters'
import {
  PROJECT_AREAS,
  PROJECT_LINES,
  PROJECT_POINTS,
  PROJECT_SELECTED,
  PROJECT_SELECTED_OUTLINE,
  PROJECT_SOURCE,
  projectSelectedFilters,
  withAnchors,
} from './projectLayers'
import {
  PROPOSAL_CLUSTER_MAX_ZOOM,
  PROPOSAL_CLUSTER_RADIUS,
  PROPOSAL_CLUSTERS,
  PROPOSAL_POINTS,
  PROPOSAL_SELECTED,
  PROPOSAL_SOURCE,
  proposalSelectedFilter,
} from './proposalLayers'
import type { FeatureKind, MapTestHook } from './testHook'
import { isValidView, roundView, sameView } from './view'
import {
  YARD_FILL,
  YARD_LABELS,
  YARD_SELECTED,
  YARD_SOURCE,
  yardSelectedFilter,
} from './yardLayers'

/** Kazakhstan, shown until a city is chosen. */
export const KAZAKHSTAN_BBOX: Bbox = [46.4, 40.5, 87.4, 55.5]

export interface MapHandlers {
  /** A feature was clicked (null: the click missed every feature). Cluster clicks zoom instead. */
  onSelect(selection: Selection): void
  /** The camera came to rest (after any move, including the map's own fits). */
  onViewChange?(view: MapView): void
  /** In pick mode (setPick), the map was clicked here: [longitude, latitude], 6 decimals. */
  onPick?(point: [number, number]): void
}

/** Pick mode: clicks report their point instead of selecting; `point` is marked. */
export interface Pick {
  point: [number, number] | null
}

/** Texts of the map's own interface, in the interface language. */
export interface MapLabels {
  /** Accessible name of the map canvas. */
  map: string
  zoomIn: string
  zoomOut: string
}

export interface MapOptions {
  /** Absolute URL of the Kazakhstan outline GeoJSON. */
  countryUrl: string
  /** Absolute base URL of the app (glyphs are served under it). */
  baseUrl: string
  labels: MapLabels
  attribution: string[]
  /** An online vector style to draw under our layers; null or absent: fully offline. */
  basemapStyleUrl?: string | null
  /** The style state at creation, so the first frame is already right. */
  initial?: Partial<OverlayState>
}

type Kind = NonNullable<Selection>['kind']
type Collection = FeatureCollection<Geometry | null, { id: string }>

/** Clickable layers, topmost first, and the kind of feature each draws. */
const CLICKABLE: readonly (readonly [string, FeatureKind])[] = [
  [PROPOSAL_POINTS, 'proposal'],
  [PROPOSAL_CLUSTERS, 'cluster'],
  [PROJECT_POINTS, 'project'],
  [PROJECT_LINES, 'project'],
  [PROJECT_AREAS, 'project'],
  [YARD_FILL, 'yard'],
  [DISTRICT_FILL, 'district'],
]
const KIND_LAYERS: Record<FeatureKind, string[]> = {
  proposal: [PROPOSAL_POINTS],
  cluster: [PROPOSAL_CLUSTERS],
  project: [PROJECT_POINTS, PROJECT_LINES, PROJECT_AREAS],
  yard: [YARD_FILL],
  district: [DISTRICT_FILL],
}
const KIND_SOURCE: Record<FeatureKind, string> = {
  proposal: PROPOSAL_SOURCE,
  cluster: PROPOSAL_SOURCE,
  project: PROJECT_SOURCE,
  yard: YARD_SOURCE,
  district: DISTRICT_SOURCE,
}
/** Points are small: a click this many pixels away still hits them. */
const POINT_SLOP = 6

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] }

function reducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
}

function featureId(feature: MapGeoJSONFeature | undefined): string | null {
  const id = feature?.properties?.id
  return typeof id === 'string' ? id : null
}

/** Pick modes are the same when both are off, or both on with the same point. */
function samePick(a: Pick | null, b: Pick | null): boolean {
  if (a === null || b === null) return a === b
  return a.point?.[0] === b.point?.[0] && a.point?.[1] === b.point?.[1]
}

function sameSelection(a: Selection, b: Selection): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id)
}

export class MapController implements MapTestHook {
  private readonly map: maplibregl.Map
  private readonly handlers: MapHandlers
  private attributionControl: maplibregl.AttributionControl
  private attribution: string[]
  private ready = false
  private hovered: { source: string; id: string } | null = null

  // Wanted state, and what was last applied to the map.
  private districts: DistrictLayer | null = null
  private appliedDistricts: DistrictLayer | null = null
  private yards: YardLayer | null = null
  private appliedYards: YardLayer | null = null
  private proposals: ProposalLayer | null = null
  private appliedProposals: ProposalLayer | null = null
  /** The applied proposals, clustered; what is in view goes to the proposal source. */
  private proposalClusters: PointClusters<ProposalLayer['features'][number]['properties']> | null =
    null
  /** Grids of other zooms are built while the page is idle, one zoom per task. */
  private preparing: number | null = null
  private projects: ProjectLayer | null = null
  private appliedProjects: ProjectLayer | null = null
  private classes: Classes | null = null
  private metric: DistrictMetric
  private appliedStyle: { classes: Classes | null; metric: DistrictMetric }
  private language: Language
  private appliedLanguage: Language
  private wantedSelection: Selection
  private appliedSelection: Selection
  /** The last selection made by a click on the map (it needs no camera move). */
  private clicked: Selection = null
  private bbox: Bbox | null = null
  private appliedBbox: Bbox | null = null
  private wantedView: MapView | null = null
  private appliedView: MapView | null = null
  /** A linked view arrived before any city box: the first box is not fitted over it. */
  private viewBeforeBbox = false
  private wantedPick: Pick | null = null
  private appliedPick: Pick | null = null

  constructor(container: HTMLElement, handlers: MapHandlers, options: MapOptions) {
    this.handlers = handlers
    const state: OverlayState = {
      classes: options.initial?.classes ?? null,
      metric: options.initial?.metric ?? DEFAULT_METRIC,
      language: options.initial?.language ?? 'kk',
      selection: options.initial?.selection ?? null,
    }
    this.classes = state.classes
    this.metric = state.metric
    this.appliedStyle = { classes: state.classes, metric: state.metric }
    this.language = this.appliedLanguage = state.language
    this.wantedSelection = this.appliedSelection = state.selection

    const online = options.basemapStyleUrl || null
    this.map = new maplibregl.Map({
      container,
      style: online ? undefined : offlineStyle(options.countryUrl, options.baseUrl, state),
      bounds: KAZAKHSTAN_BBOX,
      fitBoundsOptions: { padding: 16 },
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      renderWorldCopies: false,
      fadeDuration: 0,
      minZoom: 2,
      maxZoom: 17,
      locale: {
        'Map.Title': options.labels.map,
        'NavigationControl.ZoomIn': options.labels.zoomIn,
        'NavigationControl.ZoomOut': options.labels.zoomOut,
      },
    })
    if (online) {
      this.map.setStyle(online, {
        transformStyle: (_previous, next) =>
          onlineStyle(next as StyleSpecification, options.baseUrl, state),
      })
    }
    this.map.touchZoomRotate.disableRotation()
    this.map.keyboard.disableRotation()
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-left')
    this.attribution = options.attribution
    this.attributionControl = this.newAttributionControl(options.attribution)
    this.map.addControl(this.attributionControl, 'bottom-right')

    this.map.on('styleimagemissing', (e) => {
      if (e.id === NO_DATA_PATTERN && !this.map.hasImage(NO_DATA_PATTERN)) {
        this.map.addImage(NO_DATA_PATTERN, noDataPattern())
      }
    })
    // Data goes in as soon as the style exists, not after its first tiles ('load').
    this.map.on('style.load', () => {
      this.ready = true
      this.apply()
    })
    this.map.on('click', this.onClick)
    this.map.on('mousemove', this.onHover)
    this.map.on('mouseout', this.onLeave)
    this.map.on('moveend', this.onMoveEnd)
    this.map.on('error', (e) => console.warn('map:', e.error?.message ?? e))
    window.__qatysuMap = this
  }

  setDistricts(districts: DistrictLayer | null, classes: Classes | null): void {
    this.districts = districts
    this.classes = classes
    this.apply()
  }

  setMetric(metric: DistrictMetric): void {
    this.metric = metric
    this.apply()
  }

  setYards(yards: YardLayer | null): void {
    this.yards = yards
    this.apply()
  }

  /** Exactly these proposals are drawn (the caller filters them). */
  setProposals(proposals: ProposalLayer | null): void {
    this.proposals = proposals
    this.apply()
  }

  setProjects(projects: ProjectLayer | null): void {
    this.projects = projects
    this.apply()
  }

  setLanguage(language: Language): void {
    this.language = language
    this.apply()
  }

  setSelection(selection: Selection): void {
    this.wantedSelection = selection
    this.apply()
  }

  /** Kept for callers that select districts only. */
  setSelected(id: string | null): void {
    this.setSelection(id ? { kind: 'district', id } : null)
  }

  /**
   * Pick mode (null: off). While on, a click reports its point to `onPick` and selects nothing,
   * and features are not highlighted; `point` is marked, and brought into view when it is new.
   */
  setPick(pick: Pick | null): void {
    // A copy: the caller's array changed in place would otherwise look applied already.
    this.wantedPick = pick && { point: pick.point && [pick.point[0], pick.point[1]] }
    this.apply()
  }

  /** Shows this box (a city's); nothing happens when it is the box already shown. */
  fitBbox(bbox: Bbox | null): void {
    this.bbox = bbox
    this.apply()
  }

  /**
   * Moves the camera to this view when it differs from the last one set or reported; a view
   * set before any box wins over the first box (a shared link over the city's default).
   */
  setView(view: MapView | null): void {
    this.wantedView = isValidView(view) ? view : null
    this.apply()
  }

  /** MapLibre reads its texts once; after a language change they are set on its elements. */
  setLabels(labels: MapLabels): void {
    this.map.getCanvas().setAttribute('aria-label', labels.map)
    const container = this.map.getContainer()
    for (const [selector, text] of [
      ['.maplibregl-ctrl-zoom-in', labels.zoomIn],
      ['.maplibregl-ctrl-zoom-out', labels.zoomOut],
    ] as const) {
      const button = container.querySelector(selector)
      button?.setAttribute('title', text)
      button?.setAttribute('aria-label', text)
    }
  }

  /** Licence notices; MapLibre's control cannot change its text, so it is replaced. */
  setAttribution(lines: string[]): void {
    if (lines.join('\n') === this.attribution.join('\n')) return
    this.map.removeControl(this.attributionControl)
    this.attribution = lines
    this.attributionControl = this.newAttributionControl(lines)
    this.map.addControl(this.attributionControl, 'bottom-right')
  }

  destroy(): void {
    if (window.__qatysuMap === this) delete window.__qatysuMap
    this.stopPreparing()
    this.map.remove()
  }

  // --- MapTestHook (read-only) ---

  renderedDistrictIds(): string[] {
    return this.renderedIds('district')
  }

  renderedIds(kind: FeatureKind): string[] {
    if (!this.ready) return []
    const ids = this.map
      .queryRenderedFeatures({ layers: KIND_LAYERS[kind] })
      .map((f) => (kind === 'cluster' ? String(f.properties?.cluster_id ?? '') : featureId(f)))
      .filter((id): id is string => !!id)
    return [...new Set(ids)].sort()
  }

  districtPoint(id: string): { x: number; y: number } | null {
    const feature = this.districts?.features.find((f) => f.properties.id === id)
    return this.pagePoint(anchorOf(feature?.geometry ?? null))
  }

  featurePoint(kind: FeatureKind, id: string): { x: number; y: number } | null {
    if (!this.ready) return null
    if (kind === 'district') return this.districtPoint(id)
    if (kind === 'cluster') {
      const cluster = this.map
        .queryRenderedFeatures({ layers: KIND_LAYERS.cluster })
        .find((f) => String(f.properties?.cluster_id) === id)
      return this.pagePoint(cluster ? anchorOf(cluster.geometry) : null)
    }
    const collection = this.collection(kind)
    const feature = collection?.features.find((f) => f.properties.id === id)
    const at = anchorOf(feature?.geometry ?? null)
    if (!at) return null
    // Only where a click there really hits this feature.
    const p = this.map.project(at)
    const hits = this.map.queryRenderedFeatures(this.around(p.x, p.y, 1), {
      layers: KIND_LAYERS[kind],
    })
    return hits.some((f) => featureId(f) === id) ? this.pagePoint(at) : null
  }

  district(id: string): DistrictSummary | null {
    const feature = this.districts?.features.find((f) => f.properties.id === id)
    return feature ? { ...feature.properties } : null
  }

  selection(): Selection {
    return this.appliedSelection ? { ...this.appliedSelection } : null
  }

  view(): MapView {
    const c = this.map.getCenter()
    return roundView(c.lng, c.lat, this.map.getZoom())
  }

  idle(): boolean {
    return this.ready && this.map.loaded() && !this.map.isMoving()
  }

  pickedPoint(): [number, number] | null {
    const point = this.appliedPick?.point
    return point ? [point[0], point[1]] : null
  }

  lngLatPoint(lngLat: [number, number]): { x: number; y: number } | null {
    return this.map.getBounds().contains(lngLat) ? this.pagePoint(lngLat) : null
  }

  // --- internals ---

  private newAttributionControl(lines: string[]): maplibregl.AttributionControl {
    // Not compact: the notices stay visible on small screens too.
    return new maplibregl.AttributionControl({ compact: false, customAttribution: lines })
  }

  private collection(kind: FeatureKind): Collection | null {
    switch (kind) {
      case 'district':
        return this.districts as Collection | null
      case 'yard':
        return this.yards as Collection | null
      case 'project':
        return this.projects as Collection | null
      default:
        return this.proposals as Collection | null
    }
  }

  private pagePoint(at: [number, number] | null): { x: number; y: number } | null {
    if (!at) return null
    const p = this.map.project(at)
    const rect = this.map.getContainer().getBoundingClientRect()
    return { x: rect.left + p.x, y: rect.top + p.y }
  }

  private around(x: number, y: number, slop: number): [PointLike, PointLike] {
    return [
      [x - slop, y - slop],
      [x + slop, y + slop],
    ]
  }

  private setSourceData(source: string, data: FeatureCollection | null): void {
    this.map.getSource<GeoJSONSource>(source)?.setData(data ?? EMPTY)
  }

  private apply(): void {
    this.applyCamera()
    if (!this.ready) return
    const map = this.map
    if (this.districts !== this.appliedDistricts) {
      this.clearHover()
      this.setSourceData(DISTRICT_SOURCE, this.districts)
      this.setSourceData(DISTRICT_LABEL_SOURCE, districtLabelPoints(this.districts))
      this.appliedDistricts = this.districts
    }
    if (this.yards !== this.appliedYards) {
      this.clearHover()
      this.setSourceData(YARD_SOURCE, this.yards)
      this.appliedYards = this.yards
    }
    if (this.projects !== this.appliedProjects) {
      this.clearHover()
      this.setSourceData(PROJECT_SOURCE, withAnchors(this.projects))
      this.appliedProjects = this.projects
    }
    if (this.proposals !== this.appliedProposals) {
      this.clearHover()
      this.stopPreparing()
      this.proposalClusters = this.proposals
        ? new PointClusters(this.proposals.features, {
            radius: PROPOSAL_CLUSTER_RADIUS,
            maxZoom: PROPOSAL_CLUSTER_MAX_ZOOM,
          })
        : null
      this.appliedProposals = this.proposals
      this.drawProposals()
      this.prepareOtherZooms()
    }
    const style = this.appliedStyle
    if (this.classes !== style.classes || this.metric !== style.metric) {
      map.setPaintProperty(
        DISTRICT_FILL,
        'fill-color',
        districtFillColor(this.classes, this.metric),
      )
      if (this.metric !== style.metric) map.setFilter(DISTRICT_NO_DATA, noDataFilter(this.metric))
      this.appliedStyle = { classes: this.classes, metric: this.metric }
    }
    if (this.language !== this.appliedLanguage) {
      map.setLayoutProperty(DISTRICT_LABELS, 'text-field', nameField(this.language))
      map.setLayoutProperty(YARD_LABELS, 'text-field', nameField(this.language))
      this.appliedLanguage = this.language
    }
    if (!sameSelection(this.wantedSelection, this.appliedSelection)) {
      const was = this.appliedSelection
      const now = this.wantedSelection
      const changed = (kind: Kind) => selectedOf(was, kind) !== selectedOf(now, kind)
      if (changed('district')) {
        map.setFilter(DISTRICT_SELECTED, selectedFilter(selectedOf(now, 'district')))
      }
      if (changed('yard')) {
        map.setFilter(YARD_SELECTED, yardSelectedFilter(selectedOf(now, 'yard')))
      }
      if (changed('proposal')) {
        map.setFilter(PROPOSAL_SELECTED, proposalSelectedFilter(selectedOf(now, 'proposal')))
      }
      if (changed('project')) {
        const filters = projectSelectedFilters(selectedOf(now, 'project'))
        map.setFilter(PROJECT_SELECTED, filters.ring)
        map.setFilter(PROJECT_SELECTED_OUTLINE, filters.outline)
      }
      this.appliedSelection = now
      if (!sameSelection(now, this.clicked)) this.reveal(now)
    }
    if (!samePick(this.wantedPick, this.appliedPick)) {
      const was = this.appliedPick?.point ?? null
      const now = this.wantedPick?.point ?? null
      this.appliedPick = this.wantedPick
      // Sets the cursor of the mode now in force.
      this.clearHover()
      if (now?.[0] !== was?.[0] || now?.[1] !== was?.[1]) {
        this.setSourceData(PICK_SOURCE, pickPointData(now))
        // A point chosen on the map is in view already; one set elsewhere is brought there.
        if (now && !map.getBounds().contains(now)) {
          map.easeTo({ center: now, duration: reducedMotion() ? 0 : 600 })
        }
      }
    }
  }

  private applyCamera(): void {
    const map = this.map
    const wanted = this.wantedView
    if (wanted && !sameView(wanted, this.appliedView)) {
      if (this.appliedBbox === null) this.viewBeforeBbox = true
      if (!sameView(wanted, this.view())) map.jumpTo({ center: wanted.center, zoom: wanted.zoom })
      this.appliedView = wanted
    }
    if (this.bbox && !sameBbox(this.bbox, this.appliedBbox)) {
      const first = this.appliedBbox === null
      this.appliedBbox = this.bbox
      // A shared link's view wins over the city's box that arrives after it.
      if (this.viewBeforeBbox) {
        this.viewBeforeBbox = false
        return
      }
      const container = map.getContainer()
      const pad = fitPadding(container.clientWidth, container.clientHeight)
      // Keep the city clear of the licence notices, which wrap to two lines on phones.
      const notices = container.querySelector('.maplibregl-ctrl-bottom-right')?.clientHeight ?? 0
      map.fitBounds(this.bbox, {
        padding: { top: pad, right: pad, bottom: pad + notices, left: pad },
        duration: first || reducedMotion() ? 0 : 600,
      })
    }
  }

  /** Brings a proposal or project chosen elsewhere (the list) into view, out of its cluster. */
  private reveal(selection: Selection): void {
    if (!selection || (selection.kind !== 'proposal' && selection.kind !== 'project')) return
    const feature = this.collection(selection.kind)?.features.find(
      (f) => f.properties.id === selection.id,
    )
    const at = anchorOf(feature?.geometry ?? null)
    if (!at) return
    const zoom = this.map.getZoom()
    const inView = this.map.getBounds().contains(at)
    const unclustered = selection.kind === 'project' || zoom > PROPOSAL_CLUSTER_MAX_ZOOM
    if (inView && unclustered) return
    this.map.easeTo({
      center: at,
      zoom: Math.max(zoom, selection.kind === 'proposal' ? PROPOSAL_CLUSTER_MAX_ZOOM + 1 : 14),
      duration: reducedMotion() ? 0 : 600,
    })
  }

  /** The topmost clickable feature at a point, and its kind. */
  private hitAt(x: number, y: number): { kind: FeatureKind; feature: MapGeoJSONFeature } | null {
    const points = this.map.queryRenderedFeatures(this.around(x, y, POINT_SLOP), {
      layers: [PROPOSAL_POINTS, PROPOSAL_CLUSTERS, PROJECT_POINTS],
    })
    const areas = this.map.queryRenderedFeatures([x, y], {
      layers: [PROJECT_LINES, PROJECT_AREAS, YARD_FILL, DISTRICT_FILL],
    })
    for (const [layer, kind] of CLICKABLE) {
      const feature = [...points, ...areas].find((f) => f.layer.id === layer)
      if (feature) return { kind, feature }
    }
    return null
  }

  private readonly onClick = (e: MapMouseEvent): void => {
    if (!this.ready) return
    if (this.appliedPick) {
      this.handlers.onPick?.(roundPoint([e.lngLat.lng, e.lngLat.lat]))
      return
    }
    const hit = this.hitAt(e.point.x, e.point.y)
    if (hit?.kind === 'cluster') {
      this.zoomIntoCluster(hit.feature)
      return
    }
    const id = featureId(hit?.feature)
    const selection: Selection = hit && id ? { kind: hit.kind as Kind, id } : null
    this.clicked = selection
    this.handlers.onSelect(selection)
  }

  /** Shows the proposals of a cluster: fits their box, at least one zoom further in. */
  private zoomIntoCluster(feature: MapGeoJSONFeature): void {
    const bounds = this.proposalClusters?.clusterBounds(Number(feature.properties?.cluster_id))
    if (!bounds) return
    const container = this.map.getContainer()
    const camera = this.map.cameraForBounds(bounds, {
      padding: fitPadding(container.clientWidth, container.clientHeight),
      maxZoom: PROPOSAL_CLUSTER_MAX_ZOOM + 1,
    })
    if (!camera) return
    const zoom = Math.max(camera.zoom ?? 0, Math.floor(this.map.getZoom()) + 1)
    this.map.easeTo({ center: camera.center, zoom, duration: reducedMotion() ? 0 : 500 })
  }

  /** Puts the clusters and proposals in and around the view into the proposal source. */
  private drawProposals(): void {
    if (!this.ready) return
    const clusters = this.proposalClusters
    const b = this.map.getBounds()
    this.setSourceData(
      PROPOSAL_SOURCE,
      clusters &&
        clusters.features(this.map.getZoom(), [
          b.getWest(),
          b.getSouth(),
          b.getEast(),
          b.getNorth(),
        ]),
    )
  }

  /**
   * Once the map has drawn, builds the grid of every clustered zoom, nearest zooms first, one
   * per task, so that later zooms only query the view.
   */
  private prepareOtherZooms(): void {
    const clusters = this.proposalClusters
    if (!clusters) return
    const next = () => {
      const here = Math.floor(this.map.getZoom())
      const zoom = Array.from({ length: PROPOSAL_CLUSTER_MAX_ZOOM + 1 }, (_, z) => z)
        .filter((z) => !clusters.isPrepared(z))
        .sort((a, b) => Math.abs(a - here) - Math.abs(b - here))[0]
      this.preparing = zoom === undefined ? null : window.setTimeout(next, 0)
      if (zoom !== undefined) clusters.prepare(zoom)
    }
    this.map.once('idle', () => {
      if (this.proposalClusters === clusters && this.preparing === null) next()
    })
  }

  private stopPreparing(): void {
    if (this.preparing !== null) window.clearTimeout(this.preparing)
    this.preparing = null
  }

  private readonly onHover = (e: MapMouseEvent): void => {
    // While picking, nothing is highlighted: a click would not select it.
    if (!this.ready || this.appliedPick) return
    const hit = this.hitAt(e.point.x, e.point.y)
    const id = hit && hit.kind !== 'cluster' ? featureId(hit.feature) : null
    const next = hit && id ? { source: KIND_SOURCE[hit.kind], id } : null
    if (next?.source !== this.hovered?.source || next?.id !== this.hovered?.id) {
      this.clearHover()
      if (next) this.map.setFeatureState(next, { hover: true })
      this.hovered = next
    }
    this.map.getCanvas().style.cursor = hit ? 'pointer' : ''
  }

  private readonly onLeave = (): void => this.clearHover()

  private readonly onMoveEnd = (): void => {
    this.drawProposals()
    const view = this.view()
    this.appliedView = view
    this.handlers.onViewChange?.(view)
  }

  private clearHover(): void {
    if (this.hovered && this.map.getSource(this.hovered.source)) {
      this.map.setFeatureState(this.hovered, { hover: false })
    }
    this.hovered = null
    this.map.getCanvas().style.cursor = this.appliedPick ? 'crosshair' : ''
  }
}
