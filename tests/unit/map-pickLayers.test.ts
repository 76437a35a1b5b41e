// The place being chosen is marked by one circle over every other layer, offline and online.
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec'
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec'
import { describe, expect, it } from 'vitest'
import { offlineStyle, onlineStyle, overlayLayers, type OverlayState } from '../../src/map/mapStyle'
import {
  PICK_POINT,
  PICK_SOURCE,
  pickLayers,
  pickPointData,
  pickSource,
} from '../../src/map/pickLayers'
import { deepFreeze } from './deepFreeze'

const COUNTRY_URL = 'http://localhost:5173/basemap/kazakhstan.geojson'
const BASE_URL = 'http://localhost:5173/'

const state: OverlayState = deepFreeze({
  classes: null,
  metric: 'allocation',
  language: 'kk',
  selection: { kind: 'proposal', id: 'p1' },
})

describe('pickPointData', () => {
  it('is empty when no place is chosen', () => {
    expect(pickPointData(null)).toEqual({ type: 'FeatureCollection', features: [] })
  })

  it('holds the chosen point, without keeping the caller’s array', () => {
    const point = deepFreeze<[number, number]>([71.430411, 51.128207])
    const data = pickPointData(point)
    expect(data).toEqual({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [71.430411, 51.128207] },
          properties: {},
        },
      ],
    })
    expect(data.features[0]!.geometry.coordinates).not.toBe(point)
  })
})

describe('the pick layer', () => {
  it('is a clearly visible circle on the pick source, starting empty', () => {
    expect(pickSource()).toEqual({ type: 'geojson', data: pickPointData(null) })
    expect(pickLayers()).toEqual([
      expect.objectContaining({
        id: PICK_POINT,
        type: 'circle',
        source: PICK_SOURCE,
        paint: {
          'circle-radius': 9,
          'circle-color': '#ffc20e',
          'circle-stroke-color': '#212121',
          'circle-stroke-width': 3,
        },
      }),
    ])
  })

  it('is drawn over every other layer, in the offline and the online style', () => {
    expect(overlayLayers(state).at(-1)!.id).toBe(PICK_POINT)

    const offline = offlineStyle(COUNTRY_URL, BASE_URL, state)
    expect(validateStyleMin(offline)).toEqual([])
    expect(offline.layers.at(-1)!.id).toBe(PICK_POINT)
    expect(offline.layers.filter((l) => l.id === PICK_POINT)).toHaveLength(1)
    expect(offline.sources[PICK_SOURCE]).toEqual(pickSource())

    const base = deepFreeze<StyleSpecification>({
      version: 8,
      sources: { osm: { type: 'vector', url: 'https://tiles.example.org/planet' } },
      layers: [{ id: 'water', type: 'fill', source: 'osm', 'source-layer': 'water' }],
    })
    const online = onlineStyle(base, BASE_URL, state)
    expect(validateStyleMin(online)).toEqual([])
    expect(online.layers.at(-1)!.id).toBe(PICK_POINT)
    expect(online.sources[PICK_SOURCE]).toEqual(pickSource())
  })
})
