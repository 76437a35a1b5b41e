// The view lives in the address so it can be shared, survives a reload and follows
// back/forward: ?city=…&cycle=…&district=…&sel=proposal:<uuid>&cat=…&status=…&min=…&max=…
// &q=…&map=zoom/lat/lon&lang=kk&view=list|money&metric=paid&compose=new|<uuid>&stalled=60
// &sort=-paid. Pure: strings in, strings out.
import type { Language } from '../../api/types'
import type { DistrictMetric, MapView } from '../../map/mapTypes'
import { EMPTY_FILTERS, isStatusFilter, type Filters } from '../filters/filterProposals'

/** A proposal or a project: what `sel=` can point at. */
export type ItemSelection = { kind: 'proposal' | 'project'; id: string }

export type ViewMode = 'map' | 'list' | 'money'
const VIEWS: readonly ViewMode[] = ['map', 'list', 'money']

/** Days without an update after which an open project is flagged stalled, unless asked. */
export const DEFAULT_STALLED_DAYS = 60
/** The longest "no update" span a stalled flag may be asked for, in days. */
export const MAX_STALLED_DAYS = 3650

/** The proposal form is open: for a new proposal, or for one of the resident's own. */
export type Compose = 'new' | { id: string }

export interface UrlState {
  city: string | null
  cycle: string | null
  /** The district in focus: its panel is open and lists and map show only its items. */
  district: string | null
  item: ItemSelection | null
  filters: Omit<Filters, 'district'>
  map: MapView | null
  lang: Language | null
  view: ViewMode
  metric: DistrictMetric | null
  compose: Compose | null
  /** Days without an update after which an open project counts as stalled; null: the default. */
  stalled: number | null
  /** The money table's order: a column, `-` first for descending; null: as the API gives. */
  sort: string | null
}

export const EMPTY_URL_STATE: UrlState = Object.freeze({
  city: null,
  cycle: null,
  district: null,
  item: null,
  filters: {
    category: EMPTY_FILTERS.category,
    status: EMPTY_FILTERS.status,
    minCost: EMPTY_FILTERS.minCost,
    maxCost: EMPTY_FILTERS.maxCost,
    text: EMPTY_FILTERS.text,
  },
  map: null,
  lang: null,
  view: 'map',
  metric: null,
  compose: null,
  stalled: null,
  sort: null,
})

const ID = /^[a-z0-9][a-z0-9_-]{0,79}$/i
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const METRICS: readonly DistrictMetric[] = [
  'allocation',
  'proposals',
  'votes',
  'approved',
  'paid',
  'paid_per_resident',
  'executed_share',
]
/** Longest text search kept in the address. */
export const MAX_QUERY_LENGTH = 100

function clean(value: string | null): string | null {
  return value && ID.test(value) ? value : null
}

function parseItem(value: string | null): ItemSelection | null {
  const match = value?.match(/^(proposal|project):(.+)$/)
  if (!match || !UUID.test(match[2]!)) return null
  return { kind: match[1] as ItemSelection['kind'], id: match[2]!.toLowerCase() }
}

/** A non-negative whole number of tenge, or null. */
function parseAmount(value: string | null): number | null {
  if (!value || !/^\d{1,15}$/.test(value)) return null
  return Number(value)
}

function parseMapView(value: string | null): MapView | null {
  const parts = value?.split('/') ?? []
  if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p))) return null
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number]
  if (zoom < 0 || zoom > 24 || Math.abs(lat) > 85.06 || Math.abs(lon) > 180) return null
  return { zoom, center: [lon, lat] }
}

/** "zoom/lat/lon", with the precision a map address needs (about 1 m at zoom 18). */
export function formatMapView(view: MapView): string {
  const digits = Math.max(0, Math.min(6, Math.ceil(view.zoom / 3)))
  const [lon, lat] = view.center
  const z = Math.round(view.zoom * 100) / 100
  return `${z}/${lat.toFixed(digits)}/${lon.toFixed(digits)}`
}

function parseCompose(value: string | null): Compose | null {
  if (value === 'new') return 'new'
  return value && UUID.test(value) ? { id: value.toLowerCase() } : null
}

function parseLanguage(value: string | null): Language | null {
  return value === 'kk' || value === 'ru' || value === 'en' ? value : null
}

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search)
  const status = params.get('status')
  let min = parseAmount(params.get('min'))
  let max = parseAmount(params.get('max'))
  if (min !== null && max !== null && min > max) [min, max] = [max, min]
  const metric = params.get('metric') as DistrictMetric | null
  return {
    city: clean(params.get('city')),
    cycle: clean(params.get('cycle')),
    district: clean(params.get('district')),
    item: parseItem(params.get('sel')),
    filters: {
      category: clean(params.get('cat')),
      status: status && isStatusFilter(status) ? status : null,
      minCost: min,
      maxCost: max,
      text: (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH),
    },
    map: parseMapView(params.get('map')),
    lang: parseLanguage(params.get('lang')),
    view: VIEWS.find((v) => v === params.get('view')) ?? 'map',
    metric: metric && METRICS.includes(metric) ? metric : null,
    compose: parseCompose(params.get('compose')),
    stalled: parseStalledDays(params.get('stalled')),
    sort: parseSort(params.get('sort')),
  }
}

/** Whole days from 1 to MAX_STALLED_DAYS, or null (the address and the view's input alike). */
export function parseStalledDays(value: string | null): number | null {
  value = value?.trim() ?? null
  if (!value || !/^\d{1,4}$/.test(value)) return null
  const days = Number(value)
  return days >= 1 && days <= MAX_STALLED_DAYS ? days : null
}

function parseSort(value: string | null): string | null {
  return value && /^-?[a-z][a-z_]{0,39}$/.test(value) ? value : null
}

const KEYS = [
  'city',
  'cycle',
  'district',
  'sel',
  'cat',
  'status',
  'min',
  'max',
  'q',
  'view',
  'metric',
  'compose',
  'stalled',
  'sort',
  'map',
  'lang',
] as const

/** The new query string; parameters we do not own are kept as they were. */
export function formatUrlState(search: string, state: UrlState): string {
  const old = new URLSearchParams(search)
  const { filters } = state
  const values: Record<(typeof KEYS)[number], string | null> = {
    city: state.city,
    cycle: state.cycle,
    district: state.district,
    sel: state.item ? `${state.item.kind}:${state.item.id}` : null,
    cat: filters.category,
    status: filters.status,
    min: filters.minCost === null ? null : String(Math.round(filters.minCost)),
    max: filters.maxCost === null ? null : String(Math.round(filters.maxCost)),
    q: filters.text.trim() || null,
    view: state.view === 'map' ? null : state.view,
    metric: state.metric,
    compose: composeKey(state.compose),
    stalled: state.stalled === null ? null : String(state.stalled),
    sort: state.sort,
    map: state.map ? formatMapView(state.map) : null,
    lang: state.lang,
  }
  const params = new URLSearchParams()
  for (const key of KEYS) {
    const value = values[key]
    if (value) params.set(key, value)
  }
  for (const [key, value] of old) {
    if (!(KEYS as readonly string[]).includes(key)) params.append(key, value)
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}

function composeKey(compose: Compose | null): string | null {
  return compose === null ? null : compose === 'new' ? 'new' : compose.id
}

/** Whether going from one state to the other deserves its own history entry. */
export function isNavigation(from: UrlState, to: UrlState): boolean {
  return (
    from.city !== to.city ||
    from.cycle !== to.cycle ||
    from.district !== to.district ||
    from.item?.kind !== to.item?.kind ||
    from.item?.id !== to.item?.id ||
    from.view !== to.view ||
    // A new proposal getting its id once saved is the same form, not a step.
    (composeKey(from.compose) !== composeKey(to.compose) &&
      !(from.compose === 'new' && to.compose !== null))
  )
}
