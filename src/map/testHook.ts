// A read-only window onto the map for browser tests (tests/e2e): what is rendered, and
// where on the page a district can be clicked. It changes nothing on the map.
import type { DistrictSummary } from '../api/types'

export interface MapTestHook {
  /** Ids of the districts drawn in the viewport right now. */
  renderedDistrictIds(): string[]
  /** Page coordinates (CSS pixels) of a point well inside the district, or null. */
  districtPoint(id: string): { x: number; y: number } | null
  /** The figures of a district as the map has them, or null. */
  district(id: string): DistrictSummary | null
  /** True when the map has finished loading and rendering. */
  idle(): boolean
}

declare global {
  interface Window {
    __qatysuMap?: MapTestHook
  }
}
