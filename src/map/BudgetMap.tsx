// React face of the map: creates the MapController once and pushes props into it; the
// controller applies only what changed.
import { useEffect, useEffectEvent, useRef } from 'react'
import type { DistrictLayer, ProjectLayer, ProposalLayer, YardLayer } from '../api/types'
import type { Bbox } from '../geo/bbox'
import type { Classes } from './choropleth'
import { MapController, type MapLabels } from './MapController'
import type { DistrictMetric, Language, MapView, Selection } from './mapTypes'
import { DEFAULT_METRIC } from './metrics'

/**
 * Selection, in one of two forms. New: `selection` (any kind) and `onSelect(selection)`.
 * Earlier: `selectedId` (a district) and `onSelect(districtId)`; clicks on other features
 * are then not reported. Which form is used is told by whether `selection` is given.
 */
export type BudgetMapSelectionProps =
  | { selection: Selection; onSelect(selection: Selection): void; selectedId?: undefined }
  | { selection?: undefined; selectedId: string | null; onSelect(id: string | null): void }

export type BudgetMapProps = BudgetMapSelectionProps & {
  districts: DistrictLayer | null
  /** Classes over `metric`'s values (`choroplethClasses(metricValues(districts, metric))`). */
  classes: Classes | null
  /** The figure the districts are coloured by; allocation when absent. */
  metric?: DistrictMetric
  /** Courtyards, drawn from street zoom. */
  yards?: YardLayer | null
  /** Exactly the proposals to draw (already filtered), clustered. */
  proposals?: ProposalLayer | null
  projects?: ProjectLayer | null
  bbox: Bbox | null
  /** A view from the address; shown instead of the city's box when it comes first. */
  view?: MapView | null
  /** Language of the labels on the map; Kazakh when absent. */
  language?: Language
  attribution: string[]
  /** The map's own texts in the interface language. */
  labels: MapLabels
  /** The camera came to rest (on every moveend). */
  onViewChange?(view: MapView): void
  /** Choosing a place: clicks report their point instead of selecting; the chosen point is marked. */
  pick?: { point: [number, number] | null; onPick(point: [number, number]): void } | null
  /** The map could not be created (no WebGL). */
  onError(error: unknown): void
}

function absolute(path: string): string {
  return new URL(`${import.meta.env.BASE_URL}${path}`, document.baseURI).href
}

export function BudgetMap(props: BudgetMapProps) {
  const { districts, classes, bbox, attribution, labels } = props
  const metric = props.metric ?? DEFAULT_METRIC
  const language = props.language ?? 'kk'
  const yards = props.yards ?? null
  const proposals = props.proposals ?? null
  const projects = props.projects ?? null
  const view = props.view ?? null
  const selection: Selection =
    props.selection !== undefined
      ? props.selection
      : props.selectedId
        ? { kind: 'district', id: props.selectedId }
        : null
  const containerRef = useRef<HTMLDivElement>(null)
  const controllerRef = useRef<MapController | null>(null)
  const select = useEffectEvent((picked: Selection) => {
    if (props.selection !== undefined) props.onSelect(picked)
    else if (picked === null || picked.kind === 'district') props.onSelect(picked?.id ?? null)
  })
  const viewChanged = useEffectEvent((v: MapView) => props.onViewChange?.(v))
  const picked = useEffectEvent((point: [number, number]) => props.pick?.onPick(point))
  const fail = useEffectEvent((error: unknown) => props.onError(error))
  const initial = useEffectEvent(() => ({
    labels,
    attribution,
    initial: { classes, metric, language, selection },
  }))

  useEffect(() => {
    const container = containerRef.current
    if (!container) return
    let controller: MapController
    try {
      controller = new MapController(
        container,
        {
          onSelect: (s) => select(s),
          onViewChange: (v) => viewChanged(v),
          onPick: (p) => picked(p),
        },
        {
          countryUrl: absolute('basemap/kazakhstan.geojson'),
          baseUrl: absolute(''),
          basemapStyleUrl: import.meta.env.VITE_BASEMAP_STYLE_URL || null,
          ...initial(),
        },
      )
    } catch (error) {
      fail(error)
      return
    }
    controllerRef.current = controller
    return () => {
      controllerRef.current = null
      controller.destroy()
    }
  }, [])

  useEffect(() => controllerRef.current?.setDistricts(districts, classes), [districts, classes])
  useEffect(() => controllerRef.current?.setMetric(metric), [metric])
  useEffect(() => controllerRef.current?.setYards(yards), [yards])
  useEffect(() => controllerRef.current?.setProposals(proposals), [proposals])
  useEffect(() => controllerRef.current?.setProjects(projects), [projects])
  useEffect(() => controllerRef.current?.setLanguage(language), [language])
  const kind = selection?.kind ?? null
  const id = selection?.id ?? null
  useEffect(
    () => controllerRef.current?.setSelection(kind && id ? ({ kind, id } as Selection) : null),
    [kind, id],
  )
  // The view before the box: a linked view wins over the city's box.
  const [lng, lat] = view?.center ?? [Number.NaN, Number.NaN]
  const zoom = view?.zoom ?? Number.NaN
  useEffect(
    () => controllerRef.current?.setView(Number.isNaN(zoom) ? null : { center: [lng, lat], zoom }),
    [lng, lat, zoom],
  )
  useEffect(() => controllerRef.current?.fitBbox(bbox), [bbox])
  // By value: a new object with the same point each render changes nothing.
  const picking = !!props.pick
  const [pickLng, pickLat] = props.pick?.point ?? [Number.NaN, Number.NaN]
  useEffect(
    () =>
      controllerRef.current?.setPick(
        picking ? { point: Number.isNaN(pickLng) ? null : [pickLng, pickLat] } : null,
      ),
    [picking, pickLng, pickLat],
  )
  useEffect(() => controllerRef.current?.setAttribution(attribution), [attribution])
  const { map, zoomIn, zoomOut } = labels
  useEffect(
    () => controllerRef.current?.setLabels({ map, zoomIn, zoomOut }),
    [map, zoomIn, zoomOut],
  )

  return <div ref={containerRef} className="budget-map" />
}
