// The contract between the map (src/map) and the screens that drive it.
import type { Language } from '../api/types'

/** What is selected, on the map and in the panels. */
export type Selection =
  | { kind: 'district'; id: string }
  | { kind: 'proposal'; id: string }
  | { kind: 'project'; id: string }
  | { kind: 'yard'; id: string }
  | null

/** The figure a district choropleth shows. */
export type DistrictMetric =
  | 'allocation'
  | 'proposals'
  | 'votes'
  | 'approved'
  | 'paid'
  | 'paid_per_resident'
  | 'executed_share'

/** The camera, as kept in the address. */
export interface MapView {
  center: [number, number]
  zoom: number
}

export type { Language }
