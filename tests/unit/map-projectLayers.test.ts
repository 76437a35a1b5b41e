import { createExpression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec'
import type { LineString, Point, Polygon } from 'geojson'
import { describe, expect, it } from 'vitest'
import type { ProjectLayer, ProjectProperties } from '../../src/api/types'
import {
  PROJECT_ANCHOR_MAX_ZOOM,
  PROJECT_POINTS,
  PROJECT_SOURCE,
  projectLayers,
  projectSource,
  withAnchors,
} from '../../src/map/projectLayers'

function props(id: string): ProjectProperties {
  return {
    id,
    proposal_id: null,
    title: id,
    status: 'in_progress',
    progress: 40,
    approved_budget: 10_000_000,
    paid: 0,
    district_id: 'almaty-medeu',
    category_id: 'roads',
    is_demo: true,
  }
}

const point: Point = { type: 'Point', coordinates: [76.95, 43.2] }
const street: LineString = {
  type: 'LineString',
  coordinates: [
    [76.9, 43.25],
    [76.91, 43.251],
    [76.92, 43.252],
  ],
}
const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [76.8, 43.3],
      [76.81, 43.3],
      [76.81, 43.31],
      [76.8, 43.31],
      [76.8, 43.3],
    ],
  ],
}

const layer: ProjectLayer = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', geometry: point, properties: props('p') },
    { type: 'Feature', geometry: street, properties: props('s') },
    { type: 'Feature', geometry: square, properties: props('a') },
  ],
} as ProjectLayer

describe('withAnchors', () => {
  it('adds a marker for each line and area project, with the same id, and none for points', () => {
    const out = withAnchors(layer)!
    expect(out.features.slice(0, 3)).toEqual(layer.features)
    const anchors = out.features.slice(3)
    expect(anchors.map((f) => f.properties.id)).toEqual(['s', 'a'])
    expect(anchors.every((f) => f.properties.anchor_of_shape === true)).toBe(true)
    // A street is marked at its middle vertex, an area inside it.
    expect((anchors[0]!.geometry as Point).coordinates).toEqual([76.91, 43.251])
    const [x, y] = (anchors[1]!.geometry as Point).coordinates
    expect(x).toBeGreaterThan(76.8)
    expect(x).toBeLessThan(76.81)
    expect(y).toBeGreaterThan(43.3)
    expect(y).toBeLessThan(43.31)
  })

  it('passes "no projects" through', () => {
    expect(withAnchors(null)).toBeNull()
  })
})

describe('project layers', () => {
  const layers = projectLayers(null)

  it('form a valid style', () => {
    const errors = validateStyleMin({
      version: 8,
      glyphs: 'http://localhost/{fontstack}/{range}.pbf',
      sources: { [PROJECT_SOURCE]: projectSource() },
      layers,
    })
    expect(errors).toEqual([])
  })

  it('show an anchor marker until street scale and hide it from there, never a real point', () => {
    const pointsLayer = layers.find((l) => l.id === PROJECT_POINTS)!
    const opacity = createExpression(
      (pointsLayer.paint as Record<string, unknown>)['circle-opacity'],
    )
    if (opacity.result !== 'success') throw new Error('invalid expression')
    const at = (zoom: number, anchor: boolean) =>
      opacity.value.evaluate({ zoom }, {
        type: 1,
        properties: { ...props('x'), ...(anchor ? { anchor_of_shape: true } : {}) },
        geometry: [],
      } as never)
    expect(at(PROJECT_ANCHOR_MAX_ZOOM - 1, true)).toBeGreaterThan(0)
    expect(at(PROJECT_ANCHOR_MAX_ZOOM, true)).toBe(0)
    expect(at(PROJECT_ANCHOR_MAX_ZOOM, false)).toBeGreaterThan(0)
    expect(at(PROJECT_ANCHOR_MAX_ZOOM + 2, false)).toBeGreaterThan(0)
  })
})
