// The whole map style as data: our sources and layers (districts, yards, projects, proposals,
// labels, the place being chosen) over either the offline basemap or an online vector style.
// Pure.
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl'
import { basemapStyle } from './basemapStyle'
import type { Classes } from './choropleth'
import {
  DISTRICT_LABEL_SOURCE,
  districtLabelLayers,
  districtLabelSource,
} from './districtLabelLayers'
import { DISTRICT_SOURCE, districtLayers, districtSource } from './districtLayers'
import { glyphsUrl } from './glyphs'
import type { DistrictMetric, Language, Selection } from './mapTypes'
import { PICK_SOURCE, pickLayers, pickSource } from './pickLayers'
import { PROJECT_SOURCE, projectLayers, projectSource } from './projectLayers'
import {
  PROPOSAL_CLUSTER_COUNTS,
  PROPOSAL_SOURCE,
  proposalLayers,
  proposalSource,
} from './proposalLayers'
import { YARD_SOURCE, yardLayers, yardSource } from './yardLayers'

/** What the overlay's style depends on (the data is set on the sources separately). */
export interface OverlayState {
  classes: Classes | null
  metric: DistrictMetric
  language: Language
  selection: Selection
}

/** The id of the selected item of a kind, or null. */
export function selectedOf(
  selection: Selection,
  kind: NonNullable<Selection>['kind'],
): string | null {
  return selection?.kind === kind ? selection.id : null
}

export function overlaySources(): Record<string, SourceSpecification> {
  return {
    [DISTRICT_SOURCE]: districtSource(),
    [DISTRICT_LABEL_SOURCE]: districtLabelSource(),
    [YARD_SOURCE]: yardSource(),
    [PROJECT_SOURCE]: projectSource(),
    [PROPOSAL_SOURCE]: proposalSource(),
    [PICK_SOURCE]: pickSource(),
  }
}

/**
 * Our layers, bottom to top: district fills and outlines, yards, projects, proposals, the
 * names (with halos), the cluster counts, which names move aside for, and the place being
 * chosen, which nothing may hide.
 */
export function overlayLayers(state: OverlayState): LayerSpecification[] {
  const { classes, metric, language, selection } = state
  const yards = yardLayers(language, selectedOf(selection, 'yard'))
  const proposals = proposalLayers(selectedOf(selection, 'proposal'))
  const counts = (l: LayerSpecification) => l.id === PROPOSAL_CLUSTER_COUNTS
  return [
    ...districtLayers(classes, selectedOf(selection, 'district'), metric),
    ...yards.filter((l) => l.type !== 'symbol'),
    ...projectLayers(selectedOf(selection, 'project')),
    ...proposals.filter((l) => !counts(l)),
    ...yards.filter((l) => l.type === 'symbol'),
    ...districtLabelLayers(language),
    // The topmost labels, so placed first: names then make way for the counts.
    ...proposals.filter(counts),
    ...pickLayers(),
  ]
}

/**
 * The offline style: background and Kazakhstan from our files, glyphs from our origin.
 * `countryUrl` and `baseUrl` are absolute (MapLibre's worker fetches them).
 */
export function offlineStyle(
  countryUrl: string,
  baseUrl: string,
  state: OverlayState,
): StyleSpecification {
  const base = basemapStyle(countryUrl)
  return {
    ...base,
    glyphs: glyphsUrl(baseUrl),
    sources: { ...base.sources, ...overlaySources() },
    layers: [...base.layers, ...overlayLayers(state)],
  }
}

/**
 * Our sources and layers on top of an online vector style. Its glyphs are kept when it has
 * them (OpenMapTiles-style servers carry "Noto Sans Regular/Bold"; a font they lack is drawn
 * by MapLibre locally); otherwise ours are used.
 */
export function onlineStyle(
  base: StyleSpecification,
  baseUrl: string,
  state: OverlayState,
): StyleSpecification {
  return {
    ...base,
    glyphs: base.glyphs ?? glyphsUrl(baseUrl),
    sources: { ...base.sources, ...overlaySources() },
    layers: [...base.layers, ...overlayLayers(state)],
  }
}
