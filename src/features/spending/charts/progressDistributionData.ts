// Shapes projects into "how far along are they": counts per execution progress band, cancelled
// projects counted apart (a cancelled project's progress says nothing about execution). Pure.
import { scaleBand, scaleLinear } from 'd3'
import type { Language, ProjectMoney } from '../../../api/types'
import { formatPercent } from '../../common/dates'
import { px } from './valueAxis'

export interface ProgressBand {
  id: string
  /** Whole percents, inclusive. */
  min: number
  max: number
}

export const PROGRESS_BANDS: readonly ProgressBand[] = [
  { id: '0', min: 0, max: 0 },
  { id: '1-24', min: 1, max: 24 },
  { id: '25-49', min: 25, max: 49 },
  { id: '50-74', min: 50, max: 74 },
  { id: '75-99', min: 75, max: 99 },
  { id: '100', min: 100, max: 100 },
]

/**
 * The band of a progress figure. Fractions belong to the band below the next edge (0.5 % is in
 * 1–24, 24.5 % too, 99.9 % in 75–99: only 0 is at 0 and only a finished project at 100); figures outside 0..100 are clamped.
 */
export function progressBandIndex(progress: number): number {
  if (!(progress > 0)) return 0
  if (progress >= 100) return PROGRESS_BANDS.length - 1
  return PROGRESS_BANDS.findIndex((b) => b.min > 0 && progress < b.max + 1)
}

/** "25–49 %" (kk, ru), "25–49%" (en), "0 %", "100 %". */
export function progressBandLabel(band: ProgressBand, lang: Language): string {
  if (band.min === band.max) return formatPercent(band.min, lang)
  return formatPercent(band.max, lang).replace(/^\d+/, `${band.min}–${band.max}`)
}

export interface ProgressLayout {
  width: number
  plotHeight: number
  /** Room for the count above the tallest bar. */
  top: number
  /** Room for the band labels. */
  bottom: number
  marginX: number
}

export const PROGRESS_LAYOUT: ProgressLayout = {
  width: 360,
  plotHeight: 140,
  top: 20,
  bottom: 24,
  marginX: 6,
}

export interface ProgressBar extends ProgressBand {
  count: number
  x: number
  y: number
  width: number
  height: number
  /** Centre of the bar, where its labels go. */
  center: number
}

export interface ProgressDistributionData {
  bands: ProgressBar[]
  /** Projects in the bands (all but the cancelled). */
  counted: number
  cancelled: number
  width: number
  height: number
  /** The bars' common baseline. */
  baseline: number
}

export function progressDistributionData(
  projects: readonly Pick<ProjectMoney, 'progress' | 'status'>[],
  layout: ProgressLayout = PROGRESS_LAYOUT,
): ProgressDistributionData {
  const counts = PROGRESS_BANDS.map(() => 0)
  let cancelled = 0
  for (const p of projects) {
    if (p.status === 'cancelled') cancelled += 1
    else counts[progressBandIndex(p.progress)]! += 1
  }
  const { width, plotHeight, top, bottom, marginX } = layout
  const baseline = top + plotHeight
  const x = scaleBand<string>()
    .domain(PROGRESS_BANDS.map((b) => b.id))
    .range([marginX, width - marginX])
    .paddingInner(0.25)
    .paddingOuter(0.1)
  const y = scaleLinear()
    .domain([0, Math.max(1, ...counts)])
    .range([baseline, top])
  const bands = PROGRESS_BANDS.map((band, i): ProgressBar => {
    const count = counts[i]!
    const bx = x(band.id)!
    return {
      ...band,
      count,
      x: px(bx),
      y: px(y(count)),
      width: px(x.bandwidth()),
      height: px(baseline - y(count)),
      center: px(bx + x.bandwidth() / 2),
    }
  })
  return {
    bands,
    counted: counts.reduce((a, b) => a + b, 0),
    cancelled,
    width,
    height: baseline + bottom,
    baseline,
  }
}
