// Proposals clustered on a screen-sized grid per integer zoom, computed on the page from their
// coordinates; only the clusters and points in (and around) the view go to the map. MapLibre's
// own clustering copies every feature to its worker and indexes every zoom before anything is
// drawn; this draws first and prepares other zooms afterwards (see bench/README.md for figures).
// Pure: no map needed.
import type { Feature, FeatureCollection, Point } from 'geojson'
import type { Bbox } from '../geo/bbox'

/** A cluster's properties, named as MapLibre's clustered sources name them. */
export interface ClusterProperties {
  cluster_id: number
  point_count: number
  point_count_abbreviated: string
}

export interface PointClusterOptions {
  /** Cell size in screen pixels (MapLibre's tiles are 512 px wide). */
  radius: number
  /** Up to this zoom points are clustered; above it every point is drawn on its own. */
  maxZoom: number
}

/** The cells of one zoom: counts, coordinate sums and extents, and one member each. */
interface Cells {
  count: number[]
  sumX: number[]
  sumY: number[]
  minX: number[]
  minY: number[]
  maxX: number[]
  maxY: number[]
  first: number[]
  key: number[]
  /** Cell key → index into the arrays above. */
  index: Map<number, number>
}

/** Zoom levels fit in 5 bits of a cluster id. */
const ZOOM_BITS = 32

function mercatorX(lon: number): number {
  return (lon + 180) / 360
}

function mercatorY(lat: number): number {
  const s = Math.sin((lat * Math.PI) / 180)
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)
}

function lonOf(x: number): number {
  return x * 360 - 180
}

function latOf(y: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI
}

/** As MapLibre abbreviates cluster counts: 950, 1.2k, 12k. */
export function abbreviated(count: number): string {
  if (count >= 10_000) return `${Math.round(count / 1000)}k`
  if (count >= 1000) return `${Math.round(count / 100) / 10}k`
  return String(count)
}

export class PointClusters<P> {
  private readonly x: Float64Array
  private readonly y: Float64Array
  private readonly cache = new Map<number, Cells>()

  constructor(
    private readonly points: readonly Feature<Point, P>[],
    private readonly options: PointClusterOptions,
  ) {
    const n = points.length
    this.x = new Float64Array(n)
    this.y = new Float64Array(n)
    for (let i = 0; i < n; i++) {
      const [lon, lat] = points[i]!.geometry.coordinates
      this.x[i] = mercatorX(lon!)
      this.y[i] = mercatorY(lat!)
    }
  }

  /** The zoom whose grid serves a (fractional) map zoom; null above the clustered zooms. */
  gridZoom(zoom: number): number | null {
    const z = Math.max(0, Math.floor(zoom))
    return z > this.options.maxZoom ? null : z
  }

  /** Builds the grid of a zoom now, so that showing it later costs only the view query. */
  prepare(zoom: number): void {
    const z = this.gridZoom(zoom)
    if (z !== null) this.cells(z)
  }

  isPrepared(zoom: number): boolean {
    const z = this.gridZoom(zoom)
    return z === null || this.cache.has(z)
  }

  /**
   * Clusters and single points whose position lies in the box [west, south, east, north]
   * widened by `margin` (a share of its width and height), so a short pan shows no gap.
   * Single points are the input features themselves.
   */
  features(
    zoom: number,
    box: Bbox,
    margin = 0.25,
  ): FeatureCollection<Point, P | ClusterProperties> {
    const [west, south, east, north] = box
    const z = this.gridZoom(zoom)
    const pad = z === null ? 0 : this.cellSize(z)
    const x0 = mercatorX(west)
    const x1 = mercatorX(east)
    const y0 = mercatorY(north)
    const y1 = mercatorY(south)
    const mx = (x1 - x0) * margin + pad
    const my = (y1 - y0) * margin + pad
    const inside = (x: number, y: number) =>
      x >= x0 - mx && x <= x1 + mx && y >= y0 - my && y <= y1 + my
    const features: Feature<Point, P | ClusterProperties>[] = []
    if (z === null) {
      for (let i = 0; i < this.points.length; i++) {
        if (inside(this.x[i]!, this.y[i]!)) features.push(this.points[i]!)
      }
      return { type: 'FeatureCollection', features }
    }
    const cells = this.cells(z)
    for (let c = 0; c < cells.count.length; c++) {
      const count = cells.count[c]!
      const x = cells.sumX[c]! / count
      const y = cells.sumY[c]! / count
      if (!inside(x, y)) continue
      if (count === 1) {
        features.push(this.points[cells.first[c]!]!)
        continue
      }
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [lonOf(x), latOf(y)] },
        properties: {
          cluster_id: cells.key[c]! * ZOOM_BITS + z,
          point_count: count,
          point_count_abbreviated: abbreviated(count),
        },
      })
    }
    return { type: 'FeatureCollection', features }
  }

  /** The box [west, south, east, north] of the points of a cluster, or null if unknown. */
  clusterBounds(clusterId: number): Bbox | null {
    const z = clusterId % ZOOM_BITS
    const cells = this.cache.get(z)
    const c = cells?.index.get((clusterId - z) / ZOOM_BITS)
    if (cells === undefined || c === undefined) return null
    return [
      lonOf(cells.minX[c]!),
      latOf(cells.maxY[c]!),
      lonOf(cells.maxX[c]!),
      latOf(cells.minY[c]!),
    ]
  }

  /** Cell width in mercator units (the world is 1 wide) at a zoom. */
  private cellSize(z: number): number {
    return this.options.radius / (512 * 2 ** z)
  }

  private cells(z: number): Cells {
    const cached = this.cache.get(z)
    if (cached) return cached
    const size = this.cellSize(z)
    const cols = Math.ceil(1 / size)
    const cells: Cells = {
      count: [],
      sumX: [],
      sumY: [],
      minX: [],
      minY: [],
      maxX: [],
      maxY: [],
      first: [],
      key: [],
      index: new Map(),
    }
    for (let i = 0; i < this.x.length; i++) {
      const x = this.x[i]!
      const y = this.y[i]!
      const key = Math.floor(y / size) * cols + Math.floor(x / size)
      const c = cells.index.get(key)
      if (c === undefined) {
        cells.index.set(key, cells.count.length)
        cells.count.push(1)
        cells.sumX.push(x)
        cells.sumY.push(y)
        cells.minX.push(x)
        cells.minY.push(y)
        cells.maxX.push(x)
        cells.maxY.push(y)
        cells.first.push(i)
        cells.key.push(key)
      } else {
        cells.count[c]!++
        cells.sumX[c]! += x
        cells.sumY[c]! += y
        if (x < cells.minX[c]!) cells.minX[c] = x
        if (y < cells.minY[c]!) cells.minY[c] = y
        if (x > cells.maxX[c]!) cells.maxX[c] = x
        if (y > cells.maxY[c]!) cells.maxY[c] = y
      }
    }
    this.cache.set(z, cells)
    return cells
  }
}
