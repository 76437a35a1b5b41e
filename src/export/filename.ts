// File names of exports: `qatysu_<cycle>_<dataset>[_<part>]_<YYYY-MM-DD>.<ext>`, the day in
// Kazakhstan (almatyDay), the day the figures (late, stalled) are decided for.
import { almatyDay } from '../features/common/dates'
import type { Dataset, Format } from './types'

/** The generation time written into files: UTC, to the second. */
export function generatedAt(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

export const EXTENSIONS: Record<Format, string> = { csv: 'csv', geojson: 'geojson', pb: 'pb' }

export const MIME_TYPES: Record<Format, string> = {
  csv: 'text/csv;charset=utf-8',
  geojson: 'application/geo+json',
  pb: 'text/plain;charset=utf-8',
}

const SAFE = /[^A-Za-z0-9-]+/g

export function exportFilename(
  cycleId: string,
  dataset: Dataset,
  format: Format,
  now: Date,
  parts: readonly string[] = [],
): string {
  const name = ['qatysu', cycleId, dataset, ...parts, almatyDay(now)]
    .map((p) => p.replace(SAFE, '-'))
    .join('_')
  return `${name}.${EXTENSIONS[format]}`
}
