import { describe, expect, it } from 'vitest'
import type { FeatureCollection } from 'geojson'
import { bboxOfFeatures, fitPadding, isValidBbox, sameBbox, viewBbox } from '../../src/geo/bbox'
import { deepFreeze } from './deepFreeze'

const ALMATY: [number, number, number, number] = [76.73, 43.03, 77.17, 43.41]

function collection(): FeatureCollection {
  return deepFreeze({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [76.8, 43.1],
                [76.9, 43.1],
                [76.9, 43.2],
                [76.8, 43.1],
              ],
            ],
            [
              [
                [77.1, 43.3],
                [77.2, 43.3],
                [77.2, 43.4],
                [77.1, 43.3],
              ],
            ],
          ],
        },
      },
    ],
  })
}

describe('isValidBbox', () => {
  it('accepts a west-south-east-north box', () => {
    expect(isValidBbox(ALMATY)).toBe(true)
  })

  it('refuses swapped, empty, out-of-range or malformed boxes', () => {
    expect(isValidBbox([77.17, 43.03, 76.73, 43.41])).toBe(false)
    expect(isValidBbox([76, 43, 76, 44])).toBe(false)
    expect(isValidBbox([-200, 0, 10, 10])).toBe(false)
    expect(isValidBbox([1, 2, 3])).toBe(false)
    expect(isValidBbox([0, 0, Number.NaN, 1])).toBe(false)
    expect(isValidBbox(null)).toBe(false)
  })
})

describe('bboxOfFeatures', () => {
  it('covers every part of a multipolygon', () => {
    expect(bboxOfFeatures(collection())).toEqual([76.8, 43.1, 77.2, 43.4])
  })

  it('is null for an empty collection', () => {
    expect(bboxOfFeatures({ type: 'FeatureCollection', features: [] })).toBeNull()
  })
})

describe('viewBbox', () => {
  it("prefers the city's box and returns a copy", () => {
    const city = deepFreeze([...ALMATY])
    const view = viewBbox(city, collection())
    expect(view).toEqual(ALMATY)
    expect(view).not.toBe(city)
  })

  it("falls back to the data's box", () => {
    expect(viewBbox(null, collection())).toEqual([76.8, 43.1, 77.2, 43.4])
    expect(viewBbox(null, null)).toBeNull()
  })
})

describe('fitPadding', () => {
  it('is smaller on small maps and bounded', () => {
    expect(fitPadding(390, 400)).toBeLessThan(fitPadding(1000, 800))
    expect(fitPadding(100, 100)).toBe(8)
    expect(fitPadding(4000, 4000)).toBe(48)
  })
})

describe('sameBbox', () => {
  it('ignores sub-metre differences', () => {
    expect(sameBbox(ALMATY, [76.730001, 43.03, 77.17, 43.41])).toBe(true)
    expect(sameBbox(ALMATY, [76.74, 43.03, 77.17, 43.41])).toBe(false)
    expect(sameBbox(null, null)).toBe(true)
    expect(sameBbox(ALMATY, null)).toBe(false)
  })
})
