// Classes for colouring districts by an amount. Pure: numbers in, breaks and colours out.

/**
 * Sequential green-blue ramp, light to dark: ColorBrewer GnBu (6 classes) without its
 * near-white first step, which would vanish against the land colour. Colour-blind safe.
 */
export const CHOROPLETH_COLORS = ['#ccebc5', '#a8ddb5', '#7bccc4', '#43a2ca', '#0868ac'] as const
/** Fill of every district when amounts do not differ (or are all zero). */
export const NEUTRAL_COLOR = '#cfd8dc'

export interface Classes {
  /** Ascending thresholds; class i holds values in [breaks[i-1], breaks[i]). */
  breaks: number[]
  colors: string[]
}

/** One row of the legend: values from `min` to `max` (inclusive) get `color`. */
export interface LegendEntry {
  color: string
  min: number
  max: number
}

/**
 * Quantile classes over the distinct values, at most `CHOROPLETH_COLORS.length` of them,
 * so with few districts each class holds at least one. Null when there is nothing to tell
 * apart (no values, or all equal): then districts take the neutral colour.
 */
export function choroplethClasses(values: readonly number[]): Classes | null {
  const distinct = [...new Set(values.filter(Number.isFinite))].sort((a, b) => a - b)
  if (distinct.length < 2) return null
  const count = Math.min(CHOROPLETH_COLORS.length, distinct.length)
  const breaks: number[] = []
  for (let i = 1; i < count; i++) {
    const b = distinct[Math.round((i * distinct.length) / count)]!
    if (b > (breaks.at(-1) ?? -Infinity) && b > distinct[0]!) breaks.push(b)
  }
  // Spread the palette over the classes actually used, lightest and darkest always included.
  const n = breaks.length + 1
  const colors = Array.from(
    { length: n },
    (_, i) => CHOROPLETH_COLORS[Math.round((i * (CHOROPLETH_COLORS.length - 1)) / (n - 1))]!,
  )
  return { breaks, colors }
}

/** The colour a value gets. */
export function classColor(classes: Classes | null, value: number): string {
  if (!classes) return NEUTRAL_COLOR
  let i = 0
  while (i < classes.breaks.length && value >= classes.breaks[i]!) i++
  return classes.colors[i]!
}

/** Legend rows with the real smallest and largest value of each class. */
export function legendEntries(classes: Classes | null, values: readonly number[]): LegendEntry[] {
  const finite = values.filter(Number.isFinite)
  if (finite.length === 0) return []
  if (!classes)
    return [{ color: NEUTRAL_COLOR, min: Math.min(...finite), max: Math.max(...finite) }]
  return classes.colors.flatMap((color) => {
    const inClass = finite.filter((v) => classColor(classes, v) === color)
    return inClass.length ? [{ color, min: Math.min(...inClass), max: Math.max(...inClass) }] : []
  })
}
