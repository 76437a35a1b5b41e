import type { Feature, Point } from 'geojson'
import { describe, expect, it } from 'vitest'
import { abbreviated, PointClusters, type ClusterProperties } from '../../src/map/pointClusters'
import type { Bbox } from '../../src/geo/bbox'

type P = { id: string }
const WORLD: Bbox = [-179, -85, 179, 85]
const OPTIONS = { radius: 40, maxZoom: 13 }

function point(id: string, lon: number, lat: number): Feature<Point, P> {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { id },
  }
}

/** A deterministic scatter of points around Almaty and Astana. */
function scatter(n: number): Feature<Point, P>[] {
  let seed = 7
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647
  return Array.from({ length: n }, (_, i) =>
    i % 3 === 0
      ? point(`a${i}`, 71.3 + next() * 0.3, 51.05 + next() * 0.2)
      : point(`p${i}`, 76.8 + next() * 0.3, 43.15 + next() * 0.2),
  )
}

const isCluster = (
  f: Feature<Point, P | ClusterProperties>,
): f is Feature<Point, ClusterProperties> => 'point_count' in (f.properties ?? {})

function total(features: Feature<Point, P | ClusterProperties>[]): number {
  return features.reduce((sum, f) => sum + (isCluster(f) ? f.properties.point_count : 1), 0)
}

describe('PointClusters', () => {
  const points = scatter(3000)
  const clusters = new PointClusters(points, OPTIONS)

  it('accounts for every point exactly once at every zoom', () => {
    for (let zoom = 0; zoom <= 16; zoom++) {
      expect(total(clusters.features(zoom + 0.5, WORLD).features)).toBe(points.length)
    }
  })

  it('hands out the input features themselves for single points', () => {
    const shown = clusters.features(16, WORLD).features
    expect(shown).toHaveLength(points.length)
    expect(new Set(shown)).toEqual(new Set(points))
  })

  it('draws each city as one or two clusters at zoom 0 and keeps them apart at zoom 8', () => {
    // A grid cell at zoom 0 is 28° wide: a city can straddle a cell edge, never more.
    const world = clusters.features(0, WORLD).features
    expect(world.every(isCluster)).toBe(true)
    expect(world.length).toBeLessThanOrEqual(4)
    const z8 = clusters.features(8, WORLD).features.filter(isCluster)
    expect(z8.length).toBeGreaterThanOrEqual(2)
    const lons = z8.map((f) => f.geometry.coordinates[0]!)
    expect(lons.some((lon) => lon < 72)).toBe(true)
    expect(lons.some((lon) => lon > 76)).toBe(true)
  })

  it('clusters more at lower zooms', () => {
    const counts = [4, 8, 12].map((z) => clusters.features(z, WORLD).features.length)
    expect(counts[0]).toBeLessThan(counts[1]!)
    expect(counts[1]).toBeLessThan(counts[2]!)
  })

  it('gives each cluster a unique id whose bounds hold its points and its position', () => {
    const shown = clusters.features(11, WORLD).features.filter(isCluster)
    const ids = shown.map((f) => f.properties.cluster_id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const cluster of shown.slice(0, 50)) {
      const [w, s, e, n] = clusters.clusterBounds(cluster.properties.cluster_id)!
      const [lon, lat] = cluster.geometry.coordinates
      expect(lon).toBeGreaterThanOrEqual(w - 1e-9)
      expect(lon).toBeLessThanOrEqual(e + 1e-9)
      expect(lat).toBeGreaterThanOrEqual(s - 1e-9)
      expect(lat).toBeLessThanOrEqual(n + 1e-9)
      const within = points.filter(
        ({
          geometry: {
            coordinates: [x, y],
          },
        }) => {
          return x! >= w - 1e-9 && x! <= e + 1e-9 && y! >= s - 1e-9 && y! <= n + 1e-9
        },
      )
      expect(within.length).toBeGreaterThanOrEqual(cluster.properties.point_count)
    }
  })

  it('returns the same clusters on every call (stable ids for hover and tests)', () => {
    const a = clusters.features(10, WORLD).features.filter(isCluster)
    const b = clusters.features(10, WORLD).features.filter(isCluster)
    expect(b.map((f) => f.properties)).toEqual(a.map((f) => f.properties))
  })

  it('knows no bounds for an id it never made', () => {
    expect(clusters.clusterBounds(123456789 * 32 + 9)).toBeNull()
  })

  it('keeps what is in and around the view, and drops what is far from it', () => {
    const near = point('near', 76.5, 43.25)
    const inView = point('in', 76.95, 43.25)
    const far = point('far', 71.4, 51.1)
    const few = new PointClusters([near, inView, far], OPTIONS)
    const view: Bbox = [76.6, 43.0, 77.3, 43.5]
    const ids = (margin: number) =>
      few
        .features(15, view, margin)
        .features.map((f) => (f.properties as P).id)
        .sort()
    expect(ids(0)).toEqual(['in'])
    expect(ids(0.25)).toEqual(['in', 'near'])
  })

  it('prepares zooms ahead of time and reports which are ready', () => {
    const fresh = new PointClusters(points, OPTIONS)
    expect(fresh.isPrepared(9.4)).toBe(false)
    fresh.prepare(9.4)
    expect(fresh.isPrepared(9)).toBe(true)
    // Above the clustered zooms there is nothing to prepare.
    expect(fresh.isPrepared(15)).toBe(true)
    expect(fresh.gridZoom(15)).toBeNull()
    expect(fresh.gridZoom(13.9)).toBe(13)
  })
})

describe('abbreviated', () => {
  it('abbreviates counts as MapLibre does', () => {
    expect([7, 950, 1234, 9999, 12_345, 100_000].map(abbreviated)).toEqual([
      '7',
      '950',
      '1.2k',
      '10k',
      '12k',
      '100k',
    ])
  })
})
