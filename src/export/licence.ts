// The licence and attribution every export carries. Qatysu's own records (proposals, projects,
// payments, tallies, ballots) are CC BY 4.0; district boundaries keep their sources' notices,
// the same ones the map shows (src/map/attribution.ts, which has no map code in it).
import { boundaryAttribution } from '../map/attribution'
import type { Dataset } from './types'

export const RECORDS_ATTRIBUTION =
  'Qatysu participatory-budgeting records: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)'

export interface Licence {
  /** One line, for a CSV column or a META value. */
  licence: string
  /** The notices one by one, for GeoJSON's `attribution`. */
  attribution: string[]
}

/** District summaries are drawn from (and GeoJSON carries) the district boundaries. */
export function exportLicence(cityId: string, dataset: Dataset): Licence {
  const attribution = [
    RECORDS_ATTRIBUTION,
    ...(dataset === 'districts' ? boundaryAttribution(cityId) : []),
  ]
  return { licence: attribution.join('. '), attribution }
}
