import { describe, expect, it } from 'vitest'
import { districtLabelPoints } from '../../src/map/districtLabelLayers'
import { glyphsUrl, nameField } from '../../src/map/glyphs'
import { NO_DATA_PATTERN, noDataPattern } from '../../src/map/noDataPattern'
import { createDistricts, createSummary } from './map-fixtures'

describe('districtLabelPoints', () => {
  it('puts one label point inside each district, with its names', () => {
    const layer = createDistricts(
      createSummary({ id: 'a', name_kk: 'Әуезов ауданы' }),
      createSummary({ id: 'b' }),
    )
    const points = districtLabelPoints(layer)
    expect(points.features.map((f) => f.properties.id)).toEqual(['a', 'b'])
    const [lon, lat] = points.features[0]!.geometry.coordinates as [number, number]
    expect(lon).toBeGreaterThan(76.8)
    expect(lon).toBeLessThan(76.9)
    expect(lat).toBeGreaterThan(43.2)
    expect(lat).toBeLessThan(43.3)
    expect(points.features[0]!.properties).toEqual({
      id: 'a',
      name_kk: 'Әуезов ауданы',
      name_ru: 'Медеуский район',
      name_en: 'Medeu District',
    })
    expect(districtLabelPoints(null).features).toEqual([])
  })
})

describe('nameField', () => {
  it('reads the name in the language, then Russian, Kazakh, English', () => {
    expect(nameField('kk')).toEqual([
      'coalesce',
      ['get', 'name_kk'],
      ['get', 'name_ru'],
      ['get', 'name_en'],
    ])
    expect(nameField('en')).toEqual([
      'coalesce',
      ['get', 'name_en'],
      ['get', 'name_ru'],
      ['get', 'name_kk'],
    ])
  })
})

describe('glyphsUrl', () => {
  it('serves glyphs from the app, placeholders intact', () => {
    expect(glyphsUrl('https://example.org/qatysu/')).toBe(
      'https://example.org/qatysu/glyphs/{fontstack}/{range}.pbf',
    )
    expect(glyphsUrl('http://localhost:5173')).toBe(
      'http://localhost:5173/glyphs/{fontstack}/{range}.pbf',
    )
  })
})

describe('noDataPattern', () => {
  it('is a square RGBA tile of diagonal lines on transparency', () => {
    const { width, height, data } = noDataPattern(8)
    expect([width, height, data.length]).toEqual([8, 8, 8 * 8 * 4])
    const alpha = (x: number, y: number) => data[(y * 8 + x) * 4 + 3]
    expect(alpha(7, 0)).toBe(255)
    expect(alpha(0, 7)).toBe(255)
    expect(alpha(3, 0)).toBe(0)
    expect(NO_DATA_PATTERN).toBe('no-data-hatch')
  })
})
