// District metrics: values, units and sources, and the map's colour expressions agreeing
// with `metricValue` for every metric.
import { createExpression } from '@maplibre/maplibre-gl-style-spec'
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec'
import { describe, expect, it } from 'vitest'
import type { DistrictSummary } from '../../src/api/types'
import { metricExpression, metricKnown } from '../../src/map/districtLayers'
import {
  DISTRICT_METRICS,
  isDistrictMetric,
  metricInfo,
  metricSource,
  metricValue,
  metricValues,
} from '../../src/map/metrics'
import { createDistricts, createSummary } from './map-fixtures'

function evaluate(expression: ExpressionSpecification | boolean, summary: DistrictSummary) {
  const parsed = createExpression(expression)
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value))
  // GeoJSON sources drop null properties: so does this feature.
  const properties = Object.fromEntries(Object.entries(summary).filter(([, v]) => v !== null))
  return parsed.value.evaluate({ zoom: 10 }, { type: 3, properties })
}

describe('metricValue', () => {
  it('reads the plain figures as they are', () => {
    const s = createSummary()
    expect(metricValue(s, 'allocation')).toBe(500_000_000)
    expect(metricValue(s, 'proposals')).toBe(12)
    expect(metricValue(s, 'votes')).toBe(3400)
    expect(metricValue(s, 'approved')).toBe(400_000_000)
    expect(metricValue(s, 'paid')).toBe(100_000_000)
  })

  it('divides payments by population, unknown without one', () => {
    expect(metricValue(createSummary(), 'paid_per_resident')).toBe(400)
    expect(metricValue(createSummary({ population: null }), 'paid_per_resident')).toBeNull()
    expect(metricValue(createSummary({ population: 0 }), 'paid_per_resident')).toBeNull()
  })

  it('gives the executed share of the approved amount, unknown when nothing was approved', () => {
    expect(metricValue(createSummary(), 'executed_share')).toBe(0.25)
    expect(metricValue(createSummary({ approved: 0, paid: 0 }), 'executed_share')).toBeNull()
  })
})

describe('metricValues', () => {
  it('leaves unknown values out, for the classes', () => {
    const layer = createDistricts(
      createSummary({ id: 'a' }),
      createSummary({ id: 'b', population: null }),
    )
    expect(metricValues(layer, 'paid_per_resident')).toEqual([400])
    expect(metricValues(layer, 'allocation')).toEqual([500_000_000, 500_000_000])
    expect(metricValues(null, 'votes')).toEqual([])
  })
})

describe('the metric list', () => {
  it('lists every metric once, with its unit', () => {
    expect(DISTRICT_METRICS.map((m) => `${m.id}:${m.unit}`)).toEqual([
      'allocation:tenge',
      'proposals:count',
      'votes:count',
      'approved:tenge',
      'paid:tenge',
      'paid_per_resident:tenge_per_resident',
      'executed_share:percent',
    ])
    expect(isDistrictMetric('votes')).toBe(true)
    expect(isDistrictMetric('population')).toBe(false)
    expect(metricInfo('paid_per_resident').needsPopulation).toBe(true)
  })

  it('names the population figure a per-resident metric draws on', () => {
    const s = createSummary()
    expect(metricSource(s, 'paid_per_resident')).toEqual({
      kind: 'population',
      source: 'stat.gov.kz (secondary copy)',
      date: '2026-03-01',
    })
    expect(metricSource(s, 'paid')).toEqual({ kind: 'cycle' })
  })
})

describe('the colour expressions', () => {
  const summaries = [
    createSummary(),
    createSummary({ population: null }),
    createSummary({ population: 0, approved: 0, paid: 0 }),
    createSummary({ approved: 3, paid: 1, proposals: 0, votes: 0 }),
  ]

  it.each(DISTRICT_METRICS.map((m) => m.id))('compute what metricValue does: %s', (metric) => {
    for (const s of summaries) {
      const value = metricValue(s, metric)
      expect(evaluate(metricKnown(metric), s)).toBe(value !== null)
      if (value !== null) expect(evaluate(metricExpression(metric), s)).toBeCloseTo(value, 9)
    }
  })
})
