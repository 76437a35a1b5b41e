// What the open-data exports are: data sets, formats, options and the file handed back.
import type { Cycle } from '../api/types'

/** Data sets of one cycle; `ballots` are the anonymised approval ballots (Pabulib only). */
export const DATASETS = ['proposals', 'projects', 'payments', 'districts', 'ballots'] as const
export type Dataset = (typeof DATASETS)[number]

export const FORMATS = ['csv', 'geojson', 'pb'] as const
export type Format = (typeof FORMATS)[number]

/** A cycle as `api.list_cycles` returns it, which also gives its phase dates. */
export type ExportCycle = Cycle & {
  phase_dates?: { phase: string; starts_on: string | null; ends_on: string | null }[]
}

export interface ExportOptions {
  cycle: ExportCycle
  format: Format
  /** Default: `projects` for CSV and GeoJSON, `ballots` for Pabulib. */
  dataset?: Dataset
  /** Only rows (and ballot files) of this district. */
  district?: string | null
  /** The generation time written into the files and their names. */
  now: Date
  /** A project is flagged stalled after this many days without an update (default 60). */
  stalledDays?: number
}

export interface ExportFile {
  filename: string
  mimeType: string
  content: string
}

/** A cell of a table: money and counts are integers, never formatted. */
export type Cell = string | number | boolean | null
