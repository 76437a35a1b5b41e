// A table with geometries as an RFC 7946 FeatureCollection: WGS 84 longitude/latitude as the API
// gives them (6 decimals), no `crs` member. The licence, attribution, generation time and source
// are foreign members at the top level, which GeoJSON readers keep or ignore harmlessly.
import type { Feature, FeatureCollection, Geometry } from 'geojson'
import type { Licence } from './licence'
import type { ExportTable } from './tables'
import type { Cell } from './types'

export type ExportCollection = FeatureCollection<Geometry, Record<string, Cell>> & {
  licence: string
  attribution: string[]
  generated_at: string
  source: string
}

/** Rows without a geometry are left out: the caller refuses a data set that has none. */
export function toFeatureCollection(
  table: ExportTable,
  licence: Licence,
  generatedAt: string,
  source: string,
): ExportCollection {
  const features: Feature<Geometry, Record<string, Cell>>[] = []
  for (const r of table.records) {
    if (!r.geometry) continue
    const properties: Record<string, Cell> = {}
    for (const c of table.columns) properties[c] = r.properties[c] ?? null
    features.push({ type: 'Feature', id: r.id, geometry: r.geometry, properties })
  }
  return {
    type: 'FeatureCollection',
    licence: licence.licence,
    attribution: licence.attribution,
    generated_at: generatedAt,
    source,
    features,
  }
}

export function toGeoJson(
  table: ExportTable,
  licence: Licence,
  generatedAt: string,
  source: string,
): string {
  return JSON.stringify(toFeatureCollection(table, licence, generatedAt, source)) + '\n'
}
