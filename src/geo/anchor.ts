// Where a feature of any geometry is marked, labelled or clicked: the point itself, the middle
// vertex of a line, a point well inside an area.
import type { Geometry } from 'geojson'
import { interiorPoint } from './interiorPoint'

export function anchorOf(geometry: Geometry | null): [number, number] | null {
  if (!geometry) return null
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates[0]!, geometry.coordinates[1]!]
    case 'Polygon':
    case 'MultiPolygon': {
      const p = interiorPoint(geometry)
      return p ? [p[0]!, p[1]!] : null
    }
    case 'LineString': {
      const p = geometry.coordinates[Math.floor(geometry.coordinates.length / 2)]
      return p ? [p[0]!, p[1]!] : null
    }
    default:
      return null
  }
}
