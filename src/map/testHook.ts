// A read-only window onto the map for browser tests (tests/e2e) and benchmarks: what is
// rendered, where on the page a feature or a place can be clicked, the camera, the place
// marked. It changes nothing.
import type { DistrictSummary } from '../api/types'
import type { MapView, Selection } from './mapTypes'

/** The kinds of features drawn; `cluster` is a group of proposals. */
export type FeatureKind = 'district' | 'yard' | 'proposal' | 'project' | 'cluster'

export interface MapTestHook {
  /** Ids of the districts drawn in the viewport right now. */
  renderedDistrictIds(): string[]
  /** Ids of the features of a kind drawn in the viewport now (clusters: their cluster ids). */
  renderedIds(kind: FeatureKind): string[]
  /** Page coordinates (CSS pixels) of a point well inside the district, or null. */
  districtPoint(id: string): { x: number; y: number } | null
  /**
   * Page coordinates where a click hits this feature, or null when it is not drawn on its own
   * there (out of view, below its zoom, or a proposal inside a cluster).
   */
  featurePoint(kind: FeatureKind, id: string): { x: number; y: number } | null
  /** The figures of a district as the map has them, or null. */
  district(id: string): DistrictSummary | null
  /** What the map shows as selected. */
  selection(): Selection
  /** The camera now, rounded as links keep it. */
  view(): MapView
  /** True when the map has finished loading and rendering. */
  idle(): boolean
  /** The point the place marker shows now ([longitude, latitude]), or null. */
  pickedPoint(): [number, number] | null
  /** Page coordinates (CSS pixels) of a longitude and latitude, or null when out of view. */
  lngLatPoint(lngLat: [number, number]): { x: number; y: number } | null
}

declare global {
  interface Window {
    __qatysuMap?: MapTestHook
  }
}
