// Progress distribution: band edges, cancelled projects counted apart.
import { describe, expect, it } from 'vitest'
import {
  PROGRESS_BANDS,
  progressBandIndex,
  progressBandLabel,
  progressDistributionData,
} from '../../src/features/spending/charts/progressDistributionData'
import { createProject } from './spending-charts-fixtures'

const band = (progress: number) => PROGRESS_BANDS[progressBandIndex(progress)]!.id

describe('progress bands', () => {
  it('put the edges where the labels say', () => {
    expect(band(0)).toBe('0')
    expect(band(1)).toBe('1-24')
    expect(band(24)).toBe('1-24')
    expect(band(25)).toBe('25-49')
    expect(band(49)).toBe('25-49')
    expect(band(50)).toBe('50-74')
    expect(band(74)).toBe('50-74')
    expect(band(75)).toBe('75-99')
    expect(band(99)).toBe('75-99')
    expect(band(100)).toBe('100')
  })

  it('keep fractions below the next edge and clamp figures outside 0..100', () => {
    expect(band(0.5)).toBe('1-24')
    expect(band(24.5)).toBe('1-24')
    expect(band(99.9)).toBe('75-99')
    expect(band(-3)).toBe('0')
    expect(band(Number.NaN)).toBe('0')
    expect(band(130)).toBe('100')
  })

  it('are labelled in the locale’s percent style', () => {
    expect(progressBandLabel(PROGRESS_BANDS[2]!, 'en')).toBe('25–49%')
    expect(progressBandLabel(PROGRESS_BANDS[2]!, 'ru')).toBe('25–49\u00a0%')
    expect(progressBandLabel(PROGRESS_BANDS[0]!, 'kk')).toBe('0\u00a0%')
    expect(progressBandLabel(PROGRESS_BANDS[5]!, 'en')).toBe('100%')
  })
})

describe('progressDistributionData', () => {
  const projects = [0, 24, 25, 99, 100, 100, 60].map((progress, i) =>
    createProject(`p${i}`, { progress, approved: 1, paid: 0 }),
  )
  const cancelled = [
    createProject('c1', { progress: 40, status: 'cancelled', approved: 1, paid: 0 }),
    createProject('c2', { progress: 0, status: 'cancelled', approved: 1, paid: 0 }),
  ]

  it('counts projects per band and the cancelled apart', () => {
    const data = progressDistributionData([...projects, ...cancelled])
    expect(data.bands.map((b) => [b.id, b.count])).toEqual([
      ['0', 1],
      ['1-24', 1],
      ['25-49', 1],
      ['50-74', 1],
      ['75-99', 1],
      ['100', 2],
    ])
    expect(data.counted).toBe(7)
    expect(data.cancelled).toBe(2)
  })

  it('draws bars from a common baseline, the tallest for the largest count', () => {
    const data = progressDistributionData(projects)
    const full = data.bands[5]!
    expect(full.y + full.height).toBeCloseTo(data.baseline, 5)
    expect(full.height).toBeCloseTo(2 * data.bands[0]!.height, 0)
    const xs = data.bands.map((b) => b.x)
    expect([...xs].sort((a, b) => a - b)).toEqual(xs)
  })

  it('has nothing to count without projects', () => {
    const data = progressDistributionData([])
    expect(data.counted).toBe(0)
    expect(data.cancelled).toBe(0)
    expect(data.bands.every((b) => b.height === 0)).toBe(true)
  })
})
