// SQL literal helpers for generated seed files: explicit columns, multi-row VALUES.
import type { Polygon } from 'geojson'
import type { LonLat } from './geometry'

export type SqlValue = string | number | bigint | boolean | null | undefined

/** A quoted SQL literal (numbers and booleans as is, null for null/undefined). */
export function lit(value: SqlValue): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`)
    return String(value)
  }
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value)
  return `'${value.replaceAll("'", "''")}'`
}

export const json = (value: unknown) => lit(JSON.stringify(value))

/** EWKT literals, accepted by PostGIS geometry input (coordinates already rounded). */
export const pointLit = ([lon, lat]: LonLat) => lit(`SRID=4326;POINT(${lon} ${lat})`)
export const lineLit = (points: LonLat[]) =>
  lit(`SRID=4326;LINESTRING(${points.map(([lon, lat]) => `${lon} ${lat}`).join(', ')})`)
export function polygonLit(polygon: Polygon): string {
  const rings = polygon.coordinates.map((r) => `(${r.map(([x, y]) => `${x} ${y}`).join(',')})`)
  return lit(`SRID=4326;POLYGON(${rings.join(',')})`)
}

/** `insert into table (columns) values (...), (...);` in chunks of `chunk` rows. */
export function insertRows(
  table: string,
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  chunk = 500,
): string {
  const out: string[] = []
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk).map((r) => {
      if (r.length !== columns.length) {
        throw new Error(`${table}: ${r.length} values for ${columns.length} columns`)
      }
      return `  (${r.join(', ')})`
    })
    out.push(`insert into ${table} (${columns.join(', ')}) values\n${part.join(',\n')};`)
  }
  return out.join('\n')
}
