// The one owner of the MapLibre map. React hands it handlers and pushes wanted state
// (districts, colours, selection, view, notices); it applies only what changed.
import maplibregl from 'maplibre-gl'
import type { GeoJSONSource, MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl'
import type { DistrictLayer, DistrictSummary } from '../api/types'
import { fitPadding, sameBbox, type Bbox } from '../geo/bbox'
import { interiorPoint } from '../geo/interiorPoint'
import { basemapStyle } from './basemapStyle'
import type { Classes } from './choropleth'
import {
  DISTRICT_FILL,
  DISTRICT_SELECTED,
  DISTRICT_SOURCE,
  districtFillColor,
  districtLayers,
  districtSource,
  selectedFilter,
} from './districtLayers'
import type { MapTestHook } from './testHook'

/** Kazakhstan, shown until a city is chosen. */
export const KAZAKHSTAN_BBOX: Bbox = [46.4, 40.5, 87.4, 55.5]

export interface MapHandlers {
  /** A district was clicked (null: the click missed every district). */
  onSelect(id: string | null): void
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
  labels: MapLabels
  attribution: string[]
}

function reducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
}

function districtId(feature: MapGeoJSONFeature | undefined): string | null {
  const id = feature?.properties?.id
  return typeof id === 'string' ? id : null
}

export class MapController implements MapTestHook {
  private readonly map: maplibregl.Map
  private readonly handlers: MapHandlers
  private attributionControl: maplibregl.AttributionControl
  private attribution: string[]
  private ready = false
  private hoveredId: string | null = null

  // Wanted state, and what was last applied to the map.
  private districts: DistrictLayer | null = null
  private appliedDistricts: DistrictLayer | null = null
  private classes: Classes | null = null
  private appliedClasses: Classes | null = null
  private selectedId: string | null = null
  private appliedSelectedId: string | null = null
  private bbox: Bbox | null = null
  private appliedBbox: Bbox | null = null

  constructor(container: HTMLElement, handlers: MapHandlers, options: MapOptions) {
    this.handlers = handlers
    const style = basemapStyle(options.countryUrl)
    style.sources[DISTRICT_SOURCE] = districtSource()
    style.layers.push(...districtLayers(null, null))

    this.map = new maplibregl.Map({
      container,
      style,
      bounds: KAZAKHSTAN_BBOX,
      fitBoundsOptions: { padding: 16 },
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      renderWorldCopies: false,
      fadeDuration: 0,
      minZoom: 2,
      maxZoom: 16,
      locale: {
        'Map.Title': options.labels.map,
        'NavigationControl.ZoomIn': options.labels.zoomIn,
        'NavigationControl.ZoomOut': options.labels.zoomOut,
      },
    })
    this.map.touchZoomRotate.disableRotation()
    this.map.keyboard.disableRotation()
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-left')
    this.attribution = options.attribution
    this.attributionControl = this.newAttributionControl(options.attribution)
    this.map.addControl(this.attributionControl, 'bottom-right')

    this.map.on('load', () => {
      this.ready = true
      this.apply()
    })
    this.map.on('click', this.onClick)
    this.map.on('mousemove', DISTRICT_FILL, this.onHover)
    this.map.on('mouseleave', DISTRICT_FILL, this.onLeave)
    this.map.on('error', (e) => console.warn('map:', e.error?.message ?? e))
    window.__qatysuMap = this
  }

  setDistricts(districts: DistrictLayer | null, classes: Classes | null): void {
    this.districts = districts
    this.classes = classes
    this.apply()
  }

  setSelected(id: string | null): void {
    this.selectedId = id
    this.apply()
  }

  /** Shows this box (a city's); nothing happens when it is the box already shown. */
  fitBbox(bbox: Bbox | null): void {
    this.bbox = bbox
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
    this.map.remove()
  }

  // --- MapTestHook (read-only) ---

  renderedDistrictIds(): string[] {
    if (!this.ready) return []
    const ids = this.map
      .queryRenderedFeatures({ layers: [DISTRICT_FILL] })
      .map(districtId)
      .filter((id): id is string => id !== null)
    return [...new Set(ids)].sort()
  }

  districtPoint(id: string): { x: number; y: number } | null {
    const feature = this.districts?.features.find((f) => f.properties.id === id)
    const inside = feature && interiorPoint(feature.geometry)
    if (!inside) return null
    const p = this.map.project([inside[0]!, inside[1]!])
    const rect = this.map.getContainer().getBoundingClientRect()
    return { x: rect.left + p.x, y: rect.top + p.y }
  }

  district(id: string): DistrictSummary | null {
    const feature = this.districts?.features.find((f) => f.properties.id === id)
    return feature ? { ...feature.properties } : null
  }

  idle(): boolean {
    return this.ready && this.map.loaded() && !this.map.isMoving()
  }

  // --- internals ---

  private newAttributionControl(lines: string[]): maplibregl.AttributionControl {
    // Not compact: the notices stay visible on small screens too.
    return new maplibregl.AttributionControl({ compact: false, customAttribution: lines })
  }

  private apply(): void {
    if (this.bbox && !sameBbox(this.bbox, this.appliedBbox)) {
      const first = this.appliedBbox === null
      const container = this.map.getContainer()
      const pad = fitPadding(container.clientWidth, container.clientHeight)
      // Keep the city clear of the licence notices, which wrap to two lines on phones.
      const notices = container.querySelector('.maplibregl-ctrl-bottom-right')?.clientHeight ?? 0
      this.map.fitBounds(this.bbox, {
        padding: { top: pad, right: pad, bottom: pad + notices, left: pad },
        duration: first || reducedMotion() ? 0 : 600,
      })
      this.appliedBbox = this.bbox
    }
    if (!this.ready) return
    if (this.districts !== this.appliedDistricts) {
      this.clearHover()
      const data = this.districts ?? { type: 'FeatureCollection', features: [] }
      this.map.getSource<GeoJSONSource>(DISTRICT_SOURCE)?.setData(data)
      this.appliedDistricts = this.districts
    }
    if (this.classes !== this.appliedClasses) {
      this.map.setPaintProperty(DISTRICT_FILL, 'fill-color', districtFillColor(this.classes))
      this.appliedClasses = this.classes
    }
    if (this.selectedId !== this.appliedSelectedId) {
      this.map.setFilter(DISTRICT_SELECTED, selectedFilter(this.selectedId))
      this.appliedSelectedId = this.selectedId
    }
  }

  private readonly onClick = (e: MapMouseEvent): void => {
    if (!this.ready) return
    const [hit] = this.map.queryRenderedFeatures(e.point, { layers: [DISTRICT_FILL] })
    this.handlers.onSelect(districtId(hit))
  }

  private readonly onHover = (e: MapMouseEvent & { features?: MapGeoJSONFeature[] }): void => {
    const id = districtId(e.features?.[0])
    if (id === this.hoveredId) return
    this.clearHover()
    if (id) {
      this.map.setFeatureState({ source: DISTRICT_SOURCE, id }, { hover: true })
      this.map.getCanvas().style.cursor = 'pointer'
    }
    this.hoveredId = id
  }

  private readonly onLeave = (): void => this.clearHover()

  private clearHover(): void {
    if (this.hoveredId) {
      this.map.setFeatureState({ source: DISTRICT_SOURCE, id: this.hoveredId }, { hover: false })
    }
    this.hoveredId = null
    this.map.getCanvas().style.cursor = ''
  }
}
