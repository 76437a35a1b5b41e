// Which district and yard a point falls in, from the layers the map already holds, so the form
// can say where the project would be (and refuse a point outside the city) before anything is
// sent. The database derives the same from the point on saving. Pure.
import { booleanPointInPolygon } from '@turf/turf'
import type { DistrictLayer, YardLayer } from '../../api/types'

export interface Place {
  districtId: string
  yardId: string | null
}

export function placeOf(
  point: [number, number],
  districts: DistrictLayer,
  yards: YardLayer | null,
): Place | null {
  const district = districts.features.find((d) => booleanPointInPolygon(point, d))
  if (!district) return null
  const yard = yards?.features.find(
    (y) => y.properties.district_id === district.properties.id && booleanPointInPolygon(point, y),
  )
  return { districtId: district.properties.id, yardId: yard?.properties.id ?? null }
}
