// Clusters of points on a screen-sized grid, per integer zoom, built from columns of numbers
// (no GeoJSON in, only the clusters in view out). A bench prototype of the "binary points +
// client clustering" delivery; pure, no map needed.
import type { Feature, FeatureCollection, Point } from 'geojson'

/** Proposals as columns: what a binary or columnar API response decodes to. */
export interface PointColumns {
  lon: Float32Array
  lat: Float32Array
  /** Index into the status list of the data. */
  status: Uint8Array
  category: Uint8Array
}

interface Cells {
  count: number[]
  sumX: number[]
  sumY: number[]
  /** One point of the cell (the point itself when count is 1). */
  first: number[]
}

/** Clustered features carry `point_count`, as a clustered GeoJSON source's do. */
export interface GridFeatureProperties {
  point_count?: number
  point_count_abbreviated?: string
  status?: string
  index?: number
}

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

/** As MapLibre's clusters abbreviate: 950, 1.2k, 12k. */
export function abbreviated(count: number): string {
  if (count >= 10_000) return `${Math.round(count / 1000)}k`
  if (count >= 1000) return `${Math.round(count / 100) / 10}k`
  return String(count)
}

export class GridClusters {
  private readonly x: Float64Array
  private readonly y: Float64Array
  private readonly cache = new Map<number, Cells>()

  constructor(
    private readonly points: PointColumns,
    private readonly statuses: readonly string[],
    /** Cell size in screen pixels (MapLibre's tiles are 512 px). */
    private readonly radius = 60,
    /** From this zoom on, every point is its own feature. */
    private readonly maxClusterZoom = 16,
  ) {
    const n = points.lon.length
    this.x = new Float64Array(n)
    this.y = new Float64Array(n)
    for (let i = 0; i < n; i++) {
      this.x[i] = mercatorX(points.lon[i]!)
      this.y[i] = mercatorY(points.lat[i]!)
    }
  }

  private cells(zoom: number): Cells {
    const cached = this.cache.get(zoom)
    if (cached) return cached
    const size = zoom >= this.maxClusterZoom ? 0 : this.radius / (512 * 2 ** zoom)
    const cols = size ? Math.ceil(1 / size) : 0
    const index = new Map<number, number>()
    const cells: Cells = { count: [], sumX: [], sumY: [], first: [] }
    for (let i = 0; i < this.x.length; i++) {
      const x = this.x[i]!
      const y = this.y[i]!
      const key = size ? Math.floor(y / size) * cols + Math.floor(x / size) : -1
      const c = key < 0 ? undefined : index.get(key)
      if (c === undefined) {
        if (key >= 0) index.set(key, cells.count.length)
        cells.count.push(1)
        cells.sumX.push(x)
        cells.sumY.push(y)
        cells.first.push(i)
      } else {
        cells.count[c]!++
        cells.sumX[c]! += x
        cells.sumY[c]! += y
      }
    }
    this.cache.set(zoom, cells)
    return cells
  }

  /** Clusters and single points whose position lies in the box [west, south, east, north]. */
  features(
    zoom: number,
    [west, south, east, north]: readonly number[],
  ): FeatureCollection<Point, GridFeatureProperties> {
    const z = Math.max(0, Math.floor(zoom))
    const cells = this.cells(z)
    const margin = this.radius / (512 * 2 ** z)
    const x0 = mercatorX(west!) - margin
    const x1 = mercatorX(east!) + margin
    const y0 = mercatorY(north!) - margin
    const y1 = mercatorY(south!) + margin
    const features: Feature<Point, GridFeatureProperties>[] = []
    for (let c = 0; c < cells.count.length; c++) {
      const count = cells.count[c]!
      const x = cells.sumX[c]! / count
      const y = cells.sumY[c]! / count
      if (x < x0 || x > x1 || y < y0 || y > y1) continue
      const i = cells.first[c]!
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [lonOf(x), latOf(y)] },
        properties:
          count > 1
            ? { point_count: count, point_count_abbreviated: abbreviated(count) }
            : { status: this.statuses[this.points.status[i]!], index: i },
      })
    }
    return { type: 'FeatureCollection', features }
  }
}
