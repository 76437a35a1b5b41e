// A linear money scale from 0 with a few round ticks, shared by the bar charts.
import { scaleLinear, type ScaleLinear } from 'd3'

export interface Tick {
  value: number
  /** Position along the scale's range. */
  at: number
}

/**
 * 0..max (at least 0..1), extended to round numbers, with at most `maxTicks` ticks so their
 * labels ("400 mln ₸") fit side by side on a phone.
 */
export function valueScale(
  max: number,
  range: [number, number],
  maxTicks: number,
): { scale: ScaleLinear<number, number>; ticks: Tick[] } {
  const top = max > 0 ? max : 1
  let count = maxTicks
  let scale = scaleLinear().domain([0, top]).range(range).nice(count)
  while (count > 1 && scale.ticks(count).length > maxTicks) {
    count -= 1
    scale = scaleLinear().domain([0, top]).range(range).nice(count)
  }
  const ticks = scale.ticks(count).map((value) => ({ value, at: scale(value) }))
  return { scale, ticks }
}

/** Rounds a coordinate to a tenth of a unit, enough for the screen and stable in snapshots. */
export function px(value: number): number {
  return Math.round(value * 10) / 10
}
