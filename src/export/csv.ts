// A table as CSV: UTF-8 with a byte-order mark (so Excel reads Cyrillic as UTF-8), comma
// separated, quoted where RFC 4180 needs it (d3-dsv), LF line ends and a final LF.
// A CSV file has no place for metadata that every reader keeps, so the licence and the
// generation time are two trailing columns of every row.
import { csvFormatRows } from 'd3'
import type { ExportTable } from './tables'
import type { Cell } from './types'

export const BOM = '\uFEFF'

/**
 * Text a spreadsheet would run as a formula (=, +, -, @, or a leading tab or return) gets a
 * leading apostrophe: residents write the titles, and a file opened in Excel must not run them.
 */
export function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

function cellText(value: Cell): string {
  if (value === null) return ''
  if (typeof value === 'string') return spreadsheetSafe(value)
  return String(value)
}

export function toCsv(table: ExportTable, licence: string, generatedAt: string): string {
  const header = [...table.columns, 'licence', 'generated_at']
  const rows = table.records.map((r) => [
    ...table.columns.map((c) => cellText(r.properties[c] ?? null)),
    licence,
    generatedAt,
  ])
  return BOM + csvFormatRows([header, ...rows]) + '\n'
}
