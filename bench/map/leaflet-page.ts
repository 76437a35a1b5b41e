// Benchmark page (b): the approach of Decidim and CONSUL — Leaflet with one L.marker per
// proposal in a markerClusterGroup. No tiles (a plain background), as on our offline map; the
// districts are drawn as GeoJSON. Animations are off here as in page (a), so zoom times compare.
import './leafletGlobal'
import L from 'leaflet'
import 'leaflet.markercluster'
import 'leaflet/dist/leaflet.css'
import 'leaflet.markercluster/dist/MarkerCluster.css'
import 'leaflet.markercluster/dist/MarkerCluster.Default.css'
import type { FeatureCollection, Point } from 'geojson'
import { dataUrl, fail, pageParams, publish } from './pageProtocol'
import { STATUS_NAMES } from './statusNames'

const nextFrame = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))

async function main() {
  const { count, bbox } = pageParams()
  const proposals = fetch(dataUrl(`proposals-${count}.json`)).then(
    (r) => r.json() as Promise<FeatureCollection<Point, { status: string }>>,
  )
  const districts = fetch(dataUrl('districts.geojson')).then((r) => r.json())

  const container = document.getElementById('map')!
  container.style.background = '#dde3e6'
  const map = L.map(container, {
    maxZoom: 18,
    zoomAnimation: false,
    fadeAnimation: false,
    markerZoomAnimation: false,
    attributionControl: false,
  })
  map.fitBounds(
    [
      [bbox[1], bbox[0]],
      [bbox[3], bbox[2]],
    ],
    { padding: [16, 16] },
  )
  L.geoJSON(await districts, {
    style: { color: '#ffffff', weight: 1.5, fillColor: '#cfd8dc', fillOpacity: 1 },
  }).addTo(map)

  const icons = new Map(
    STATUS_NAMES.map((s) => [
      s,
      L.divIcon({ className: `proposal proposal-${s}`, iconSize: [10, 10] }),
    ]),
  )
  const markers = (await proposals).features.map((f) => {
    const [lon, lat] = f.geometry.coordinates
    return L.marker([lat!, lon!], { icon: icons.get(f.properties.status as never) })
  })
  const group = L.markerClusterGroup({ animate: false })
  group.addLayers(markers)
  map.addLayer(group)
  for (;;) {
    await nextFrame()
    if (container.querySelector('.marker-cluster')) break
  }

  publish({
    async zoomInAndBack(levels) {
      const started = performance.now()
      const zoom = map.getZoom()
      map.setZoom(zoom + levels, { animate: false })
      await nextFrame()
      map.setZoom(zoom, { animate: false })
      await nextFrame()
      return performance.now() - started
    },
    rendered: () => ({
      clusters: container.querySelectorAll('.marker-cluster').length,
      points: container.querySelectorAll('.proposal').length,
    }),
  })
}

main().catch(fail)
