// Benchmark page (a): Qatysu's map, chosen by `?mode=` —
//   app               the app's own MapController (all its layers), given Almaty's districts and
//                     the same proposal GeoJSON the Leaflet page gets; it clusters on the page
//                     (src/map/pointClusters.ts) and hands MapLibre only what is in view;
//   clustered-source  MapLibre's clustered GeoJSON source with the app's proposal layers (the
//                     app's earlier delivery), for comparison;
//   empty             an empty MapLibre map: the renderer's own floor, no data at all.
import type { FeatureCollection, MultiPolygon, Point } from 'geojson'
import type { DistrictLayer, DistrictSummary, ProposalLayer } from '../../src/api/types'
import { MapController } from '../../src/map/MapController'
import { clusteredSourceMap, emptyMap, type ReferenceMap } from '../../src/map/bench/referenceMaps'
import { dataUrl, fail, pageParams, publish } from './pageProtocol'

type FileDistricts = FeatureCollection<MultiPolygon, Partial<DistrictSummary>>

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

/** The district file as api.district_layer would give it (figures unknown here). */
function districtLayer(file: FileDistricts): DistrictLayer {
  return {
    type: 'FeatureCollection',
    features: file.features.map((f) => ({
      ...f,
      properties: {
        id: f.properties.id!,
        code: f.properties.id!,
        kato: f.properties.kato ?? '',
        name_kk: f.properties.name_kk!,
        name_ru: f.properties.name_ru!,
        name_en: f.properties.name_en!,
        area_km2: f.properties.area_km2 ?? 0,
        population: null,
        population_date: null,
        population_source: null,
        population_reliability: null,
        allocation: 0,
        proposals: 0,
        votes: 0,
        approved: 0,
        contracted: 0,
        paid: 0,
      },
    })),
  }
}

function appMap(container: HTMLElement, bbox: [number, number, number, number]): ReferenceMap {
  const controller = new MapController(
    container,
    { onSelect: () => {} },
    {
      countryUrl: dataUrl('kazakhstan.geojson'),
      baseUrl: dataUrl(''),
      labels: { map: 'Map', zoomIn: 'Zoom in', zoomOut: 'Zoom out' },
      attribution: [],
    },
  )
  controller.fitBbox(bbox)
  const supplied = Promise.all([
    fetch(dataUrl('districts.geojson')).then((r) => r.json() as Promise<FileDistricts>),
    fetch(dataUrl(`proposals-${pageParams().count}.json`)).then(
      (r) => r.json() as Promise<ProposalLayer>,
    ),
  ]).then(([districts, proposals]) => {
    controller.setDistricts(districtLayer(districts), null)
    controller.setProposals(proposals)
  })
  const renderedProposals = () => ({
    clusters: controller.renderedIds('cluster').length,
    points: controller.renderedIds('proposal').length,
  })
  async function drawn(): Promise<void> {
    await supplied
    for (;;) {
      await nextFrame()
      const { clusters, points } = renderedProposals()
      if (controller.idle() && clusters + points > 0) return
    }
  }
  return {
    drawn,
    async zoomInAndBack(levels) {
      const started = performance.now()
      const view = controller.view()
      controller.setView({ ...view, zoom: view.zoom + levels })
      await drawn()
      controller.setView(view)
      await drawn()
      return performance.now() - started
    },
    renderedProposals,
  }
}

async function main() {
  const { count, mode, bbox } = pageParams()
  const container = document.getElementById('map')!
  const options = { container, bounds: [bbox[0], bbox[1], bbox[2], bbox[3]] as typeof bbox }
  let map: ReferenceMap
  switch (mode) {
    case 'app':
      map = appMap(container, bbox)
      break
    case 'clustered-source':
      map = clusteredSourceMap({
        ...options,
        countryUrl: dataUrl('kazakhstan.geojson'),
        districtsUrl: dataUrl('districts.geojson'),
        glyphsUrl: `${dataUrl('glyphs')}/{fontstack}/{range}.pbf`,
        proposals: fetch(dataUrl(`proposals-${count}.json`)).then(
          (r) => r.json() as Promise<FeatureCollection<Point>>,
        ),
      })
      break
    case 'empty':
      map = emptyMap(options)
      break
    default:
      throw new Error(`unknown mode ${mode}`)
  }
  await map.drawn()
  publish({ zoomInAndBack: map.zoomInAndBack, rendered: map.renderedProposals })
}

main().catch(fail)
