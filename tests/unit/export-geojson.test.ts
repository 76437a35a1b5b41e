// GeoJSON exports: an RFC 7946 FeatureCollection with licence and time as foreign members;
// licences, file names and the format/data set combinations.
import { check } from '@placemarkio/check-geojson'
import { describe, expect, it } from 'vitest'
import { createApi } from '../../src/api/client'
import { ApiError } from '../../src/api/errors'
import { checkCombination, exportFile } from '../../src/export/exportFile'
import { exportFilename, generatedAt } from '../../src/export/filename'
import { almatyDay } from '../../src/features/common/dates'
import { toFeatureCollection, toGeoJson } from '../../src/export/geojson'
import { exportLicence, RECORDS_ATTRIBUTION } from '../../src/export/licence'
import { readOnlyTransport } from '../../src/export/readOnlyTransport'
import type { ExportTable } from '../../src/export/tables'
import type { ExportCycle } from '../../src/export/types'
import { GEOKZ_ATTRIBUTION, OSM_ATTRIBUTION } from '../../src/map/attribution'
import { deepFreeze } from './deepFreeze'

function createTable(): ExportTable {
  return deepFreeze({
    columns: ['id', 'title', 'paid_kzt'],
    records: [
      {
        id: 'p1',
        geometry: { type: 'Point', coordinates: [76.945, 43.238] },
        properties: { id: 'p1', title: 'Сквер', paid_kzt: 120_000_000 },
      },
      {
        id: 'p2',
        geometry: {
          type: 'LineString',
          coordinates: [
            [76.9, 43.2],
            [76.91, 43.21],
          ],
        },
        properties: { id: 'p2', title: 'Тротуар', paid_kzt: 0 },
      },
      { id: 'p3', geometry: null, properties: { id: 'p3', title: 'Без места', paid_kzt: 5 } },
    ],
  } satisfies ExportTable)
}

describe('toGeoJson', () => {
  const licence = exportLicence('almaty', 'projects')
  const text = toGeoJson(createTable(), licence, '2026-11-23T10:00:00Z', 'Qatysu, test')

  it('is valid GeoJSON to an independent checker', () => {
    expect(() => check(text)).not.toThrow()
  })

  it('has the licence, attribution, time and source as top-level members, and no crs', () => {
    const fc = JSON.parse(text) as Record<string, unknown>
    expect(fc).toMatchObject({
      type: 'FeatureCollection',
      licence: RECORDS_ATTRIBUTION,
      attribution: [RECORDS_ATTRIBUTION],
      generated_at: '2026-11-23T10:00:00Z',
      source: 'Qatysu, test',
    })
    expect(fc).not.toHaveProperty('crs')
  })

  it('gives each row with a geometry a feature with its id and properties', () => {
    const fc = toFeatureCollection(createTable(), licence, 'now', 'src')
    expect(fc.features.map((f) => f.id)).toEqual(['p1', 'p2'])
    expect(fc.features[0]).toEqual({
      type: 'Feature',
      id: 'p1',
      geometry: { type: 'Point', coordinates: [76.945, 43.238] },
      properties: { id: 'p1', title: 'Сквер', paid_kzt: 120_000_000 },
    })
  })
})

describe('exportLicence', () => {
  it('names the boundaries’ sources for district exports only', () => {
    expect(exportLicence('almaty', 'proposals').attribution).toEqual([RECORDS_ATTRIBUTION])
    expect(exportLicence('almaty', 'districts').attribution).toEqual([
      RECORDS_ATTRIBUTION,
      GEOKZ_ATTRIBUTION,
    ])
    const astana = exportLicence('astana', 'districts')
    expect(astana.attribution).toContain(OSM_ATTRIBUTION)
    expect(astana.licence).toContain('CC BY 4.0')
    expect(astana.licence).toContain('ODbL')
  })
})

describe('file names', () => {
  it('use the day in Almaty (UTC+5)', () => {
    expect(almatyDay(new Date('2026-11-23T18:59:00Z'))).toBe('2026-11-23')
    expect(almatyDay(new Date('2026-11-23T19:00:00Z'))).toBe('2026-11-24')
  })

  it('follow qatysu_<cycle>_<dataset>[_<part>]_<day>.<ext>', () => {
    const now = new Date('2026-11-23T10:00:00.123Z')
    expect(exportFilename('almaty-2020', 'projects', 'csv', now)).toBe(
      'qatysu_almaty-2020_projects_2026-11-23.csv',
    )
    expect(exportFilename('almaty-2020', 'ballots', 'pb', now, ['almaty-medeu'])).toBe(
      'qatysu_almaty-2020_ballots_almaty-medeu_2026-11-23.pb',
    )
    expect(generatedAt(now)).toBe('2026-11-23T10:00:00Z')
  })
})

describe('format and data set combinations', () => {
  const key = (f: () => void) => {
    try {
      f()
    } catch (e) {
      return (e as ApiError).key
    }
    return null
  }

  it('refuses GeoJSON of payments (no geometry) and Pabulib of anything but ballots', () => {
    expect(key(() => checkCombination('geojson', 'payments'))).toBe('export_no_geometry')
    expect(key(() => checkCombination('pb', 'projects'))).toBe('export_format_unsupported')
    expect(key(() => checkCombination('csv', 'ballots'))).toBe('export_format_unsupported')
    expect(key(() => checkCombination('csv', 'payments'))).toBeNull()
    expect(key(() => checkCombination('geojson', 'districts'))).toBeNull()
  })

  it('refuses before asking the database anything', async () => {
    const asked: string[] = []
    const api = createApi(
      readOnlyTransport('embedded', async (fn) => {
        asked.push(fn)
        return []
      }),
    )
    const cycle = { id: 'almaty-2020', city_id: 'almaty' } as ExportCycle
    const refused = exportFile(api, {
      cycle,
      format: 'geojson',
      dataset: 'payments',
      now: new Date(),
    })
    await expect(refused).rejects.toBeInstanceOf(ApiError)
    await expect(refused).rejects.toMatchObject({ key: 'export_no_geometry' })
    expect(asked).toEqual([])
  })
})
