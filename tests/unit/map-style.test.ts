// The map's style is data: built by pure functions, checked with MapLibre's own validator.
import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec'
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec'
import { describe, expect, it } from 'vitest'
import { BASEMAP_COLORS, basemapStyle } from '../../src/map/basemapStyle'
import { choroplethClasses, CHOROPLETH_COLORS, NEUTRAL_COLOR } from '../../src/map/choropleth'
import {
  DISTRICT_FILL,
  DISTRICT_NO_DATA,
  DISTRICT_SELECTED,
  districtFillColor,
  districtLayers,
  districtSource,
  noDataFilter,
  selectedFilter,
} from '../../src/map/districtLayers'
import { boundaryAttribution, GEOKZ_ATTRIBUTION, OSM_ATTRIBUTION } from '../../src/map/attribution'
import { FONT_BOLD, FONT_REGULAR } from '../../src/map/glyphs'
import { offlineStyle, onlineStyle, overlayLayers, type OverlayState } from '../../src/map/mapStyle'
import type { Selection } from '../../src/map/mapTypes'
import { DISTRICT_METRICS } from '../../src/map/metrics'
import { NO_DATA_COLOR } from '../../src/map/noDataPattern'
import {
  PROJECT_SELECTED,
  PROJECT_SELECTED_OUTLINE,
  projectSource,
} from '../../src/map/projectLayers'
import {
  PROPOSAL_CLUSTER_COUNTS,
  PROPOSAL_SELECTED,
  proposalSource,
} from '../../src/map/proposalLayers'
import { YARD_FILL, YARD_SELECTED } from '../../src/map/yardLayers'
import { deepFreeze } from './deepFreeze'

const COUNTRY_URL = 'http://localhost:5173/basemap/kazakhstan.geojson'
const BASE_URL = 'http://localhost:5173/'

function createState(overrides: Partial<OverlayState> = {}): OverlayState {
  return deepFreeze({
    classes: choroplethClasses([300, 400, 500, 600, 700, 800].map((n) => n * 1e6)),
    metric: 'allocation',
    language: 'kk',
    selection: null,
    ...overrides,
  })
}

function fullStyle(overrides: Partial<OverlayState> = {}): StyleSpecification {
  return offlineStyle(COUNTRY_URL, BASE_URL, createState(overrides))
}

const selections: Selection[] = [
  null,
  { kind: 'district', id: 'almaty-medeu' },
  { kind: 'yard', id: 'y1' },
  { kind: 'proposal', id: 'p1' },
  { kind: 'project', id: 'pr1' },
]

describe('the map style', () => {
  it('is valid for MapLibre with any selection, metric and language', () => {
    for (const selection of selections)
      expect(validateStyleMin(fullStyle({ selection }))).toEqual([])
    for (const { id } of DISTRICT_METRICS) {
      expect(validateStyleMin(fullStyle({ metric: id, classes: null }))).toEqual([])
    }
    for (const language of ['kk', 'ru', 'en'] as const) {
      expect(validateStyleMin(fullStyle({ language }))).toEqual([])
    }
    expect(validateStyleMin(basemapStyle(COUNTRY_URL))).toEqual([])
  })

  it('needs no other origin: the country outline and glyphs come from the app', () => {
    const style = fullStyle()
    expect(style.glyphs).toBe('http://localhost:5173/glyphs/{fontstack}/{range}.pbf')
    expect(style.sprite).toBeUndefined()
    const urls = JSON.stringify(style).match(/https?:\/\/[^"]+/g) ?? []
    expect(new Set(urls.map((u) => new URL(u.replace(/[{}]/g, '')).origin))).toEqual(
      new Set(['http://localhost:5173']),
    )
  })

  it('writes every label with the bundled fonts', () => {
    const fonts = fullStyle()
      .layers.filter((l) => l.type === 'symbol')
      .map((l) => JSON.stringify(l.layout?.['text-font']))
    expect(fonts.length).toBeGreaterThan(0)
    expect(new Set(fonts)).toEqual(
      new Set([JSON.stringify(FONT_REGULAR), JSON.stringify(FONT_BOLD)]),
    )
  })

  it('draws basemap, districts, yards, projects, proposals, names, counts, chosen place', () => {
    expect(fullStyle().layers.map((l) => `${l.id}:${l.type}`)).toMatchInlineSnapshot(`
      [
        "background:background",
        "country-fill:fill",
        "country-line:line",
        "districts-fill:fill",
        "districts-no-data:fill",
        "districts-line:line",
        "districts-hover:line",
        "districts-selected:line",
        "yards-fill:fill",
        "yards-line:line",
        "yards-selected:line",
        "projects-areas:fill",
        "projects-selected-outline:line",
        "projects-lines:line",
        "projects-selected:circle",
        "projects-points:circle",
        "projects-progress:symbol",
        "proposals-clusters:circle",
        "proposals-selected:circle",
        "proposals-points:circle",
        "proposals-category:circle",
        "yards-labels:symbol",
        "district-labels:symbol",
        "proposals-cluster-counts:symbol",
        "pick-point:circle",
      ]
    `)
    expect(fullStyle().layers[0]).toMatchObject({
      paint: { 'background-color': BASEMAP_COLORS.background },
    })
  })

  it('shows yards from street zoom only', () => {
    expect(fullStyle().layers.find((l) => l.id === YARD_FILL)).toMatchObject({ minzoom: 13 })
  })

  it('marks the selected feature of its own kind only', () => {
    const layers = overlayLayers(createState({ selection: { kind: 'proposal', id: 'p1' } }))
    const filter = (id: string) => {
      const layer = layers.find((l) => l.id === id)
      return JSON.stringify(layer && 'filter' in layer ? layer.filter : undefined)
    }
    expect(filter(PROPOSAL_SELECTED)).toContain('"p1"')
    for (const id of [
      DISTRICT_SELECTED,
      YARD_SELECTED,
      PROJECT_SELECTED,
      PROJECT_SELECTED_OUTLINE,
    ]) {
      expect(filter(id)).not.toContain('"p1"')
    }
  })

  it('marks a selected project as a ring when a point and as a casing when a line or area', () => {
    const layers = overlayLayers(createState({ selection: { kind: 'project', id: 'x1' } }))
    const filterOf = (id: string) => {
      const layer = layers.find((l) => l.id === id)
      return layer && 'filter' in layer ? layer.filter : undefined
    }
    const point = { type: 'Point', properties: { id: 'x1' } }
    const line = { type: 'LineString', properties: { id: 'x1' } }
    const area = { type: 'Polygon', properties: { id: 'x1' } }
    const other = { type: 'Polygon', properties: { id: 'x2' } }
    const matches = (layer: string, f: typeof point) =>
      featureFilter(filterOf(layer) as never).filter({ zoom: 14 }, {
        type: f.type === 'Point' ? 1 : f.type === 'LineString' ? 2 : 3,
        properties: f.properties,
        geometry: [],
      } as never)
    expect(matches(PROJECT_SELECTED, point)).toBe(true)
    expect(matches(PROJECT_SELECTED, line)).toBe(false)
    expect(matches(PROJECT_SELECTED_OUTLINE, line)).toBe(true)
    expect(matches(PROJECT_SELECTED_OUTLINE, area)).toBe(true)
    expect(matches(PROJECT_SELECTED_OUTLINE, point)).toBe(false)
    expect(matches(PROJECT_SELECTED_OUTLINE, other)).toBe(false)
  })

  it('clusters proposals and counts them with local glyphs', () => {
    expect(proposalSource()).toMatchObject({ type: 'geojson', promoteId: 'id' })
    // Clusters are made on the page (pointClusters.ts), not by MapLibre's worker.
    expect(proposalSource()).not.toHaveProperty('cluster')
    const counts = fullStyle().layers.find((l) => l.id === PROPOSAL_CLUSTER_COUNTS)
    expect(counts).toMatchObject({ layout: { 'text-field': ['get', 'point_count_abbreviated'] } })
  })

  it('lets feature-state find every feature by its own id', () => {
    expect(districtSource()).toMatchObject({ type: 'geojson', promoteId: 'id' })
    expect(projectSource()).toMatchObject({ promoteId: 'id' })
  })
})

describe('onlineStyle', () => {
  const base = deepFreeze<StyleSpecification>({
    version: 8,
    glyphs: 'https://tiles.example.org/fonts/{fontstack}/{range}.pbf',
    sources: { osm: { type: 'vector', url: 'https://tiles.example.org/planet' } },
    layers: [{ id: 'water', type: 'fill', source: 'osm', 'source-layer': 'water' }],
  })

  it('puts our layers over the online basemap and keeps its glyphs', () => {
    const style = onlineStyle(base, BASE_URL, createState())
    expect(validateStyleMin(style)).toEqual([])
    expect(style.layers[0]!.id).toBe('water')
    expect(style.layers.at(-1)!.id).toBe('pick-point')
    expect(style.glyphs).toBe(base.glyphs)
    expect(style.layers.some((l) => l.id === 'country-fill')).toBe(false)
  })

  it('uses our glyphs when the basemap has none', () => {
    const bare = { ...base, glyphs: undefined }
    expect(onlineStyle(bare, BASE_URL, createState()).glyphs).toBe(
      'http://localhost:5173/glyphs/{fontstack}/{range}.pbf',
    )
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

  it('gives districts without a value the no-data colour and hatching', () => {
    const color = districtFillColor(choroplethClasses([1, 2, 3]), 'paid_per_resident')
    const [op, known, , noData] = color as unknown[]
    expect([op, known, noData]).toEqual([
      'case',
      ['>', ['to-number', ['get', 'population'], 0], 0],
      NO_DATA_COLOR,
    ])
    expect(noDataFilter('paid_per_resident')).toEqual([
      '!',
      ['>', ['to-number', ['get', 'population'], 0], 0],
    ])
    expect(noDataFilter('votes')).toEqual(['boolean', false])
    const layer = districtLayers(null, null, 'executed_share').find(
      (l) => l.id === DISTRICT_NO_DATA,
    )
    expect(layer).toMatchObject({ paint: { 'fill-pattern': 'no-data-hatch' } })
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
