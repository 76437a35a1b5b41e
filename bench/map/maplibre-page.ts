// Benchmark page (a): Qatysu's map code (src/map) drawing the proposals, delivered as chosen by
// `?mode=` — geojson (parsed here, the app's path today), geojson-url (parsed in MapLibre's
// worker) or grid (binary columns clustered here, only the clusters in view sent to the map).
import type { FeatureCollection, Point } from 'geojson'
import { createBenchMap, type ProposalDelivery } from '../../src/map/bench/benchMap'
import type { PointColumns } from '../../src/map/bench/gridClusters'
import { dataUrl, fail, pageParams, publish } from './pageProtocol'
import { STATUS_NAMES } from './statusNames'

async function columns(url: string): Promise<PointColumns> {
  const buffer = await (await fetch(url)).arrayBuffer()
  const n = buffer.byteLength / 10
  return {
    lon: new Float32Array(buffer, 0, n),
    lat: new Float32Array(buffer, n * 4, n),
    status: new Uint8Array(buffer, n * 8, n),
    category: new Uint8Array(buffer, n * 9, n),
  }
}

function delivery(mode: string, count: number): ProposalDelivery {
  const json = dataUrl(`proposals-${count}.json`)
  switch (mode) {
    case 'geojson':
      return {
        kind: 'geojson',
        data: fetch(json).then((r) => r.json() as Promise<FeatureCollection<Point>>),
      }
    case 'geojson-url':
      return { kind: 'geojson-url', url: json }
    case 'grid':
      return {
        kind: 'grid',
        points: columns(dataUrl(`proposals-${count}.bin`)),
        statuses: STATUS_NAMES,
      }
    default:
      throw new Error(`unknown mode ${mode}`)
  }
}

async function main() {
  const { count, mode, bbox } = pageParams()
  const map = createBenchMap({
    container: document.getElementById('map')!,
    countryUrl: dataUrl('kazakhstan.geojson'),
    districtsUrl: dataUrl('districts.geojson'),
    glyphsUrl: `${dataUrl('glyphs')}/{fontstack}/{range}.pbf`,
    bounds: [bbox[0], bbox[1], bbox[2], bbox[3]],
    proposals: delivery(mode, count),
  })
  await map.drawn()
  publish({ zoomInAndBack: map.zoomInAndBack, rendered: map.renderedProposals })
}

main().catch(fail)
