// The map's style is data: built by pure functions, checked with MapLibre's own validator.
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec'
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec'
import { describe, expect, it } from 'vitest'
import { BASEMAP_COLORS, basemapStyle } from '../../src/map/basemapStyle'
import { choroplethClasses, CHOROPLETH_COLORS, NEUTRAL_COLOR } from '../../src/map/choropleth'
import {
  DISTRICT_FILL,
  DISTRICT_SELECTED,
  DISTRICT_SOURCE,
  districtFillColor,
  districtLayers,
  districtSource,
  selectedFilter,
} from '../../src/map/districtLayers'
import { boundaryAttribution, GEOKZ_ATTRIBUTION, OSM_ATTRIBUTION } from '../../src/map/attribution'
import { deepFreeze } from './deepFreeze'

const COUNTRY_URL = 'http://localhost:5173/basemap/kazakhstan.geojson'

function fullStyle(selected: string | null = null): StyleSpecification {
  const classes = deepFreeze(choroplethClasses([300, 400, 500, 600, 700, 800].map((n) => n * 1e6)))
  const style = basemapStyle(COUNTRY_URL)
  return {
    ...style,
    sources: { ...style.sources, [DISTRICT_SOURCE]: districtSource() },
    layers: [...style.layers, ...districtLayers(classes, selected)],
  }
}

describe('the map style', () => {
  it('is valid for MapLibre, with and without a selection', () => {
    expect(validateStyleMin(fullStyle())).toEqual([])
    expect(validateStyleMin(fullStyle('almaty-medeu'))).toEqual([])
    expect(validateStyleMin(basemapStyle(COUNTRY_URL))).toEqual([])
  })

  it('needs no network: no glyphs, sprites, tiles or other URLs', () => {
    const style = fullStyle()
    expect(style.glyphs).toBeUndefined()
    expect(style.sprite).toBeUndefined()
    const urls = JSON.stringify(style).match(/https?:\/\/[^"]+/g) ?? []
    expect(urls).toEqual([COUNTRY_URL])
    expect(style.layers.some((l) => l.type === 'symbol')).toBe(false)
  })

  it('draws background, country, then districts with the selection on top', () => {
    expect(fullStyle().layers.map((l) => `${l.id}:${l.type}`)).toMatchInlineSnapshot(`
      [
        "background:background",
        "country-fill:fill",
        "country-line:line",
        "districts-fill:fill",
        "districts-line:line",
        "districts-hover:line",
        "districts-selected:line",
      ]
    `)
    expect(fullStyle().layers[0]).toMatchObject({
      paint: { 'background-color': BASEMAP_COLORS.background },
    })
  })

  it('lets feature-state find districts by their own id', () => {
    expect(districtSource()).toMatchObject({ type: 'geojson', promoteId: 'id' })
  })
})

describe('districtFillColor', () => {
  it('is neutral without classes', () => {
    expect(districtFillColor(null)).toBe(NEUTRAL_COLOR)
  })

  it('steps through the ramp over the allocation', () => {
    const classes = choroplethClasses([1, 2, 3])!
    expect(districtFillColor(classes)).toEqual([
      'step',
      ['to-number', ['get', 'allocation'], 0],
      CHOROPLETH_COLORS[0],
      2,
      CHOROPLETH_COLORS[2],
      3,
      CHOROPLETH_COLORS[4],
    ])
  })
})

describe('selectedFilter', () => {
  it('matches one district id, or none', () => {
    expect(selectedFilter('almaty-medeu')).toEqual(['==', ['get', 'id'], 'almaty-medeu'])
    expect(selectedFilter(null)).toEqual(['==', ['get', 'id'], ''])
    const layer = districtLayers(null, 'x').find((l) => l.id === DISTRICT_SELECTED)
    expect(layer).toMatchObject({ filter: ['==', ['get', 'id'], 'x'] })
    expect(districtLayers(null, null).find((l) => l.id === DISTRICT_FILL)).toMatchObject({
      paint: { 'fill-color': NEUTRAL_COLOR },
    })
  })
})

describe('boundaryAttribution', () => {
  it('always credits geokz, and OpenStreetMap for Astana', () => {
    expect(boundaryAttribution('almaty')).toEqual([GEOKZ_ATTRIBUTION])
    expect(boundaryAttribution(null)).toEqual([GEOKZ_ATTRIBUTION])
    expect(boundaryAttribution('astana')).toEqual([GEOKZ_ATTRIBUTION, OSM_ATTRIBUTION])
    expect(GEOKZ_ATTRIBUTION).toBe(
      'District boundaries: geokz (A. Rodionov), CC BY 4.0, based on OCHA COD-AB',
    )
  })
})
