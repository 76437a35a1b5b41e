// React face of the map: creates the MapController once and pushes props into it.
import 'maplibre-gl/dist/maplibre-gl.css'
import { useEffect, useEffectEvent, useRef } from 'react'
import type { DistrictLayer } from '../api/types'
import type { Bbox } from '../geo/bbox'
import type { Classes } from './choropleth'
import { MapController, type MapLabels } from './MapController'

export interface BudgetMapProps {
  districts: DistrictLayer | null
  classes: Classes | null
  selectedId: string | null
  bbox: Bbox | null
  attribution: string[]
  /** The map's own texts in the interface language. */
  labels: MapLabels
  onSelect(id: string | null): void
  /** The map could not be created (no WebGL). */
  onError(error: unknown): void
}

function countryUrl(): string {
  return new URL(`${import.meta.env.BASE_URL}basemap/kazakhstan.geojson`, document.baseURI).href
}

export function BudgetMap(props: BudgetMapProps) {
  const { districts, classes, selectedId, bbox, attribution, labels } = props
  const containerRef = useRef<HTMLDivElement>(null)
  const controllerRef = useRef<MapController | null>(null)
  const select = useEffectEvent((id: string | null) => props.onSelect(id))
  const fail = useEffectEvent((error: unknown) => props.onError(error))
  const initial = useEffectEvent(() => ({ labels, attribution }))

  useEffect(() => {
    const container = containerRef.current
    if (!container) return
    let controller: MapController
    try {
      controller = new MapController(
        container,
        { onSelect: (id) => select(id) },
        { countryUrl: countryUrl(), ...initial() },
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
  useEffect(() => controllerRef.current?.setSelected(selectedId), [selectedId])
  useEffect(() => controllerRef.current?.fitBbox(bbox), [bbox])
  useEffect(() => controllerRef.current?.setAttribution(attribution), [attribution])
  const { map, zoomIn, zoomOut } = labels
  useEffect(
    () => controllerRef.current?.setLabels({ map, zoomIn, zoomOut }),
    [map, zoomIn, zoomOut],
  )

  return <div ref={containerRef} className="budget-map" />
}
