import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { DistrictLayer, YardLayer } from '../../src/api/types'
import { interiorPoint } from '../../src/geo/interiorPoint'
import { placeOf } from '../../src/features/propose/placeOf'

// The real boundaries the app ships (their ids without the city prefix; enough here).
const districts = JSON.parse(
  readFileSync(new URL('../../supabase/data/almaty_districts.geojson', import.meta.url), 'utf8'),
) as DistrictLayer

const medeu = districts.features.find((d) => d.properties.id === 'medeu')!
const inMedeu = interiorPoint(medeu.geometry) as [number, number]

function yardAround([x, y]: [number, number], id: string, districtId: string): YardLayer {
  const d = 0.001
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [x - d, y - d],
              [x + d, y - d],
              [x + d, y + d],
              [x - d, y + d],
              [x - d, y - d],
            ],
          ],
        },
        properties: {
          id,
          district_id: districtId,
          name_kk: id,
          name_ru: id,
          name_en: id,
          flats: null,
          is_demo: true,
        },
      },
    ],
  }
}

describe('placeOf', () => {
  it('finds the district of a point inside the city', () => {
    expect(placeOf(inMedeu, districts, null)).toEqual({ districtId: 'medeu', yardId: null })
  })

  it('finds the yard too, when the point is in one of the district’s yards', () => {
    const yards = yardAround(inMedeu, 'yard-1', 'medeu')
    expect(placeOf(inMedeu, districts, yards)).toEqual({ districtId: 'medeu', yardId: 'yard-1' })
    // A yard filed under another district does not claim the point.
    expect(placeOf(inMedeu, districts, yardAround(inMedeu, 'yard-2', 'alatau'))).toEqual({
      districtId: 'medeu',
      yardId: null,
    })
  })

  it('finds nothing outside the city (Astana is 1,000 km away)', () => {
    expect(placeOf([71.43, 51.13], districts, null)).toBeNull()
  })
})
