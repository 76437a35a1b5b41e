// The floor of the first-load comparison: react + react-dom rendering one component that makes a
// maplibre-gl map (a background layer, nothing else). Imported the way src/map imports it.
// eslint-disable-next-line no-restricted-imports -- maplibre-gl alone is what this page measures
import maplibregl from 'maplibre-gl'
import 'maplibre-gl/dist/maplibre-gl.css'
import { StrictMode, useEffect, useRef } from 'react'
import { createRoot } from 'react-dom/client'
import { RENDERED_MARK } from './protocol'

function BaselineMap() {
  const container = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const map = new maplibregl.Map({
      container: container.current!,
      style: {
        version: 8,
        sources: {},
        layers: [
          { id: 'background', type: 'background', paint: { 'background-color': '#f4f1ea' } },
        ],
      },
      center: [76.9, 43.25],
      zoom: 10,
    })
    map.once('idle', () => document.documentElement.setAttribute(RENDERED_MARK, ''))
    return () => map.remove()
  }, [])
  return <div className="map" ref={container} />
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BaselineMap />
  </StrictMode>,
)
