// The figures a district choropleth can show: what each one is, its unit, where it comes from,
// and its value for one district. Pure; the map's colour expressions compute the same values
// (see districtLayers.ts `metricExpression`, and the test that compares the two).
import type { DistrictLayer, DistrictSummary } from '../api/types'
import type { DistrictMetric } from './mapTypes'

/**
 * `tenge`: integer tenge; `count`: a whole number; `tenge_per_resident`: tenge (not rounded)
 * per resident; `percent`: a share from 0 to 1, shown as a percentage.
 */
export type MetricUnit = 'tenge' | 'count' | 'tenge_per_resident' | 'percent'

/** Where a metric's numbers come from, for the legend's "source" line. */
export type MetricSource =
  /** The cycle's own records in Qatysu (allocations, proposals, votes, approvals, payments). */
  | { kind: 'cycle' }
  /** The cycle's payments divided by a population figure, with its origin and date. */
  | { kind: 'population'; source: string | null; date: string | null }

export interface MetricInfo {
  id: DistrictMetric
  unit: MetricUnit
  /** True when the metric divides by the district's population (which may be unknown). */
  needsPopulation: boolean
}

/** Every metric, in the order a picker lists them. */
export const DISTRICT_METRICS: readonly MetricInfo[] = [
  { id: 'allocation', unit: 'tenge', needsPopulation: false },
  { id: 'proposals', unit: 'count', needsPopulation: false },
  { id: 'votes', unit: 'count', needsPopulation: false },
  { id: 'approved', unit: 'tenge', needsPopulation: false },
  { id: 'paid', unit: 'tenge', needsPopulation: false },
  { id: 'paid_per_resident', unit: 'tenge_per_resident', needsPopulation: true },
  { id: 'executed_share', unit: 'percent', needsPopulation: false },
]

export const DEFAULT_METRIC: DistrictMetric = 'allocation'

export function metricInfo(metric: DistrictMetric): MetricInfo {
  return DISTRICT_METRICS.find((m) => m.id === metric)!
}

export function isDistrictMetric(value: unknown): value is DistrictMetric {
  return DISTRICT_METRICS.some((m) => m.id === value)
}

/**
 * The district's value of a metric, or null when it cannot be known: paid per resident
 * without a population figure, executed share when nothing was approved.
 */
export function metricValue(summary: DistrictSummary, metric: DistrictMetric): number | null {
  switch (metric) {
    case 'paid_per_resident':
      return summary.population && summary.population > 0 ? summary.paid / summary.population : null
    case 'executed_share':
      return summary.approved > 0 ? summary.paid / summary.approved : null
    default:
      return summary[metric]
  }
}

/** The known values of a metric over a cycle's districts (nulls left out), for classes. */
export function metricValues(layer: DistrictLayer | null, metric: DistrictMetric): number[] {
  return (layer?.features ?? [])
    .map((f) => metricValue(f.properties, metric))
    .filter((v): v is number => v !== null && Number.isFinite(v))
}

/** Where the district's value of a metric comes from. */
export function metricSource(summary: DistrictSummary, metric: DistrictMetric): MetricSource {
  return metricInfo(metric).needsPopulation
    ? { kind: 'population', source: summary.population_source, date: summary.population_date }
    : { kind: 'cycle' }
}
