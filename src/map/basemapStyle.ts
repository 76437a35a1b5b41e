// The offline basemap: a background and the outline of Kazakhstan, both from our own
// files. No tiles or sprites; the glyphs (added in mapStyle.ts) come from our own origin too,
// so the map needs no network beyond the app itself.
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl'

export const BASEMAP_COLORS = {
  /** Everything outside Kazakhstan. */
  background: '#dde3e6',
  land: '#f6f4ef',
  border: '#9aa5ab',
} as const

export const COUNTRY_SOURCE = 'country'

/** Layers drawn under the districts. */
export function basemapLayers(): LayerSpecification[] {
  return [
    {
      id: 'background',
      type: 'background',
      paint: { 'background-color': BASEMAP_COLORS.background },
    },
    {
      id: 'country-fill',
      type: 'fill',
      source: COUNTRY_SOURCE,
      paint: { 'fill-color': BASEMAP_COLORS.land },
    },
    {
      id: 'country-line',
      type: 'line',
      source: COUNTRY_SOURCE,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': BASEMAP_COLORS.border, 'line-width': 1.2 },
    },
  ]
}

/**
 * The basemap style. `countryUrl` is the absolute URL of `public/basemap/kazakhstan.geojson`
 * (absolute because MapLibre fetches it from a worker, where relative URLs have no base).
 */
export function basemapStyle(countryUrl: string): StyleSpecification {
  return {
    version: 8,
    name: 'Qatysu offline basemap',
    sources: {
      // Static outlines are cut into tiles up to a modest zoom and overzoomed beyond it: each
      // zoom step then re-uses tiles instead of cutting new ones (measured in bench/).
      [COUNTRY_SOURCE]: { type: 'geojson', data: countryUrl, maxzoom: 10 },
    },
    layers: basemapLayers(),
  }
}
