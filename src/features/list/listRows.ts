// Rows of the list view (the accessible twin of the map) and their order. Pure.
import type { ProjectLayer, ProjectStatus, ProposalLayer, ProposalStatus } from '../../api/types'

export interface ListRow {
  kind: 'proposal' | 'project'
  id: string
  title: string
  districtId: string | null
  categoryId: string | null
  /** Estimated cost of a proposal, approved budget of a project; integer tenge. */
  cost: number | null
  /** Null for projects (their votes belong to the proposal). */
  votes: number | null
  status: ProposalStatus | ProjectStatus
  isDemo: boolean
}

export type SortKey = 'title' | 'district' | 'category' | 'cost' | 'votes' | 'status'
export type SortDirection = 'ascending' | 'descending'
export interface Sort {
  key: SortKey
  direction: SortDirection
}

export const DEFAULT_SORT: Sort = Object.freeze({ key: 'votes', direction: 'descending' })

export function listRows(
  proposals: ProposalLayer,
  projects: ProjectLayer,
  proposalsForCategory?: ProposalLayer | null,
): ListRow[] {
  const categoryOf = new Map(
    (proposalsForCategory ?? proposals).features.map((f) => [
      f.properties.id,
      f.properties.category_id,
    ]),
  )
  return [
    ...proposals.features.map(({ properties: p }): ListRow => ({
      kind: 'proposal',
      id: p.id,
      title: p.title,
      districtId: p.district_id,
      categoryId: p.category_id,
      cost: p.cost_estimate,
      votes: p.votes,
      status: p.status,
      isDemo: p.is_demo,
    })),
    ...projects.features.map(({ properties: p }): ListRow => ({
      kind: 'project',
      id: p.id,
      title: p.title,
      districtId: p.district_id,
      categoryId: p.proposal_id ? (categoryOf.get(p.proposal_id) ?? null) : null,
      cost: p.approved_budget,
      votes: null,
      status: p.status,
      isDemo: p.is_demo,
    })),
  ]
}

/** Texts shown for ids (district and category names, status labels), used to sort by them. */
export interface RowTexts {
  district(id: string | null): string
  category(id: string | null): string
  status(row: ListRow): string
}

/**
 * Sorted copy. Missing values (no cost, no votes, no district) always go last, whatever the
 * direction; ties fall back to the title, then the id, so the order is stable.
 */
export function sortRows(
  rows: readonly ListRow[],
  sort: Sort,
  texts: RowTexts,
  collator: Intl.Collator,
): ListRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1
  const text = (row: ListRow): string | null => {
    switch (sort.key) {
      case 'title':
        return row.title
      case 'district':
        return row.districtId === null ? null : texts.district(row.districtId)
      case 'category':
        return row.categoryId === null ? null : texts.category(row.categoryId)
      case 'status':
        return texts.status(row)
      default:
        return null
    }
  }
  const number = (row: ListRow): number | null => (sort.key === 'cost' ? row.cost : row.votes)
  const numeric = sort.key === 'cost' || sort.key === 'votes'

  const tie = (a: ListRow, b: ListRow) =>
    collator.compare(a.title, b.title) || (a.id < b.id ? -1 : 1)
  return [...rows].sort((a, b) => {
    if (numeric) {
      const x = number(a)
      const y = number(b)
      if (x === null || y === null) return x === y ? tie(a, b) : x === null ? 1 : -1
      return sign * (x - y) || tie(a, b)
    }
    const x = text(a)
    const y = text(b)
    if (x === null || y === null) return x === y ? tie(a, b) : x === null ? 1 : -1
    return sign * collator.compare(x, y) || tie(a, b)
  })
}

/** The sort after a click on a column's header: the same column flips, a new one starts. */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key === key)
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
  const numeric = key === 'cost' || key === 'votes'
  return { key, direction: numeric ? 'descending' : 'ascending' }
}
