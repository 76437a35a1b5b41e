// Colours of the spending charts: the map's green-blue ramp (ColorBrewer GnBu), light to dark as
// money moves from allocated to paid. Every bar that stands on white has at least 3:1 contrast
// with it, except the pale allocation bar, which gets a dark outline; bars also differ without
// colour (height or order, and the hatching of "contracted").
import { CHOROPLETH_COLORS } from '../../../map/choropleth'
import type { MoneyMeasure } from './moneyMeasures'

export const INK = '#1c2a30'
export const INK_MUTED = '#52646b'
export const GRID = '#d5dee2'
/** Stroke between touching bars, so neighbours never rely on their mutual contrast. */
export const SEPARATOR = '#ffffff'

export const MEASURE_COLORS: Record<MoneyMeasure, string> = {
  allocated: CHOROPLETH_COLORS[0], // pale, outlined
  approved: '#2b8cbe', // GnBu's step between the map's last two: 3.8:1 on white
  contracted: CHOROPLETH_COLORS[4], // 5.9:1, hatched
  paid: '#0a4553', // the brand's dark teal: 10.6:1
}

export const ALLOCATION_OUTLINE = INK_MUTED

/** One colour for bars that are all the same kind (counts of projects). */
export const SINGLE_BAR = '#0e5a6b'

/** Pale fill under the cumulative payments line. */
export const AREA_FILL = CHOROPLETH_COLORS[0]
