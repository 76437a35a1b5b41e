// Which proposals and projects the map and the list show. Pure: layers and filters in, new
// arrays out; the inputs are never changed. The map and the list take the same result, so
// they always show the same set.
import type {
  ProjectLayer,
  ProjectProperties,
  ProjectStatus,
  ProposalLayer,
  ProposalProperties,
  ProposalStatus,
} from '../../api/types'
import { PUBLISHED_PROPOSAL_STATUSES } from '../../api/types'

export const PROPOSAL_STATUSES: readonly ProposalStatus[] = PUBLISHED_PROPOSAL_STATUSES
export const PROJECT_STATUSES: readonly ProjectStatus[] = [
  'planned',
  'procurement',
  'contracted',
  'in_progress',
  'completed',
  'cancelled',
]

/** What can be wrong with a funded project (see `api.project_money`). */
export type ProjectFlag = 'late' | 'over_budget' | 'stalled'
export const PROJECT_FLAGS: readonly ProjectFlag[] = ['late', 'over_budget', 'stalled']

/** A project's flags by project id, for the `flag:` filters. */
export type ProjectFlags = ReadonlyMap<string, Readonly<Record<ProjectFlag, boolean>>>

/** Which proposals the winner-selection rules fund: either rule's, or where they differ. */
export type RuleOutcome = 'greedy' | 'mes' | 'changed'
export const RULE_OUTCOMES: readonly RuleOutcome[] = ['greedy', 'mes', 'changed']

/** Per proposal id, whether each rule funds it (see features/selection). */
export type ProposalOutcomes = ReadonlyMap<string, Readonly<{ greedy: boolean; mes: boolean }>>

/**
 * One status filter for both kinds: `proposal:on_ballot` shows only proposals with that
 * status (and no projects), `project:completed` only projects with it, `flag:late` only
 * projects carrying that flag (the map layer of problems), `outcome:mes` only the proposals a
 * rule funds (`changed`: those the two rules treat differently).
 */
export type StatusFilter =
  | `proposal:${ProposalStatus}`
  | `project:${ProjectStatus}`
  | `flag:${ProjectFlag}`
  | `outcome:${RuleOutcome}`

export function isStatusFilter(value: string): value is StatusFilter {
  const [kind, status] = value.split(':')
  if (kind === 'proposal') return (PROPOSAL_STATUSES as readonly string[]).includes(status!)
  if (kind === 'project') return (PROJECT_STATUSES as readonly string[]).includes(status!)
  if (kind === 'flag') return (PROJECT_FLAGS as readonly string[]).includes(status!)
  if (kind === 'outcome') return (RULE_OUTCOMES as readonly string[]).includes(status!)
  return false
}

export interface Filters {
  district: string | null
  category: string | null
  status: StatusFilter | null
  /** Integer tenge, inclusive. A proposal without a cost passes only when both are null. */
  minCost: number | null
  maxCost: number | null
  /** Words that must all occur in the title, in any case. */
  text: string
}

export const EMPTY_FILTERS: Filters = Object.freeze({
  district: null,
  category: null,
  status: null,
  minCost: null,
  maxCost: null,
  text: '',
})

/** True when nothing but the district narrows the set. */
export function hasFilters(f: Filters): boolean {
  return (
    f.category !== null ||
    f.status !== null ||
    f.minCost !== null ||
    f.maxCost !== null ||
    f.text.trim() !== ''
  )
}

/**
 * Lower case, Latin letters without accents: "Абай" matches "абай" and "cafe" "Café"; Cyrillic
 * letters keep their marks (й is not и, ё is not е).
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/([a-z])\p{M}+/giu, '$1')
    .normalize('NFC')
    .toLocaleLowerCase('kk')
}

function matchesText(title: string, words: string[]): boolean {
  if (words.length === 0) return true
  const folded = foldText(title)
  return words.every((w) => folded.includes(w))
}

function searchWords(text: string): string[] {
  return foldText(text).split(/\s+/).filter(Boolean)
}

function inRange(value: number | null, min: number | null, max: number | null): boolean {
  if (min === null && max === null) return true
  if (value === null) return false
  return (min === null || value >= min) && (max === null || value <= max)
}

/** What both kinds carry for filtering. */
interface Filterable {
  district_id: string | null
  category_id: string | null
  status: string
  title: string
}

/**
 * The one rule for both kinds: they differ only in which kind a status filter names and in
 * which amount counts as the cost.
 */
function filterFeatures<F extends { properties: Filterable & { id: string } }>(
  features: readonly F[] | undefined,
  filters: Filters,
  kind: 'proposal' | 'project',
  costOf: (p: F['properties']) => number | null,
  flags?: ProjectFlags,
  outcomes?: ProposalOutcomes,
): F[] {
  const words = searchWords(filters.text)
  const [wanted, status] = filters.status?.split(':') ?? []
  // Flag and outcome filters name projects and proposals; without their flags or outcomes
  // nothing is known to match.
  const flag = wanted === 'flag' ? (status as ProjectFlag) : null
  const outcome = wanted === 'outcome' ? (status as RuleOutcome) : null
  const of = flag ? 'project' : outcome ? 'proposal' : wanted
  if (of !== undefined && of !== kind) return []
  const funded = (id: string) => {
    const o = outcomes?.get(id)
    if (!o) return false
    return outcome === 'changed' ? o.greedy !== o.mes : o[outcome!]
  }
  return (features ?? []).filter(({ properties: p }) => {
    return (
      (filters.district === null || p.district_id === filters.district) &&
      (filters.category === null || p.category_id === filters.category) &&
      (flag
        ? flags?.get(p.id)?.[flag] === true
        : outcome
          ? funded(p.id)
          : status === undefined || p.status === status) &&
      inRange(costOf(p), filters.minCost, filters.maxCost) &&
      matchesText(p.title, words)
    )
  })
}

export function filterProposals(
  layer: ProposalLayer | null | undefined,
  filters: Filters,
  outcomes?: ProposalOutcomes,
): ProposalLayer {
  const features = filterFeatures(
    layer?.features,
    filters,
    'proposal',
    (p) => p.cost_estimate,
    undefined,
    outcomes,
  )
  return { type: 'FeatureCollection', features }
}

/**
 * Projects by the same filters: the cost is the approved budget, the category that of the
 * proposal the project came from, as the API gives it (a project without one never matches).
 * A `flag:` filter keeps the projects whose `flags` carry it.
 */
export function filterProjects(
  layer: ProjectLayer | null | undefined,
  filters: Filters,
  flags?: ProjectFlags,
): ProjectLayer {
  const features = filterFeatures(
    layer?.features,
    filters,
    'project',
    (p) => p.approved_budget,
    flags,
  )
  return { type: 'FeatureCollection', features }
}

/** The district's proposals with the most votes, most first (ties: by title). */
export function topProposals(
  layer: ProposalLayer | null | undefined,
  districtId: string,
  count: number,
): ProposalProperties[] {
  return (layer?.features ?? [])
    .map((f) => f.properties)
    .filter((p) => p.district_id === districtId)
    .sort((a, b) => b.votes - a.votes || a.title.localeCompare(b.title))
    .slice(0, count)
}

export type { ProjectProperties, ProposalProperties }
