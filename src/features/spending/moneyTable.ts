// The money table of the spending view: one row per district (allocated, approved, contracted,
// paid, the paid share of the allocation, paid per resident, projects and their flags) and a
// total row whose money columns are exact integer sums of the rows. Pure.
import type { DistrictSummary, Language, ProjectMoney } from '../../api/types'
import { localizedName } from '../../i18n/localized'
import { PROJECT_FLAGS, type ProjectFlag } from '../filters/filterProposals'

export interface MoneyRow {
  id: string
  name: string
  allocation: number
  approved: number
  contracted: number
  paid: number
  /** Paid ÷ allocated (0..∞); null without an allocation. */
  paid_share: number | null
  /** Paid tenge per resident; null where the population is unknown. */
  paid_per_resident: number | null
  population: number | null
  /** Where the population figure comes from, as of when, and how far it can be trusted. */
  population_source: string | null
  population_date: string | null
  population_reliability: string | null
  projects: number
  /** Execution: progress of the projects (not cancelled) weighted by approved budget, 0..100. */
  progress: number | null
  late: number
  over_budget: number
  stalled: number
}

/** The sortable columns, in table order. */
export const MONEY_COLUMNS = [
  'name',
  'allocation',
  'approved',
  'contracted',
  'paid',
  'paid_share',
  'paid_per_resident',
  'projects',
  'progress',
  'late',
  'over_budget',
  'stalled',
] as const
export type MoneyColumn = (typeof MONEY_COLUMNS)[number]

export interface MoneySort {
  column: MoneyColumn
  descending: boolean
}

/** Progress weighted by approved budget, cancelled projects left out; null without any. */
export function weightedProgress(
  projects: readonly Pick<ProjectMoney, 'status' | 'progress' | 'approved'>[],
): number | null {
  const open = projects.filter((p) => p.status !== 'cancelled')
  const budget = open.reduce((s, p) => s + p.approved, 0)
  return budget > 0 ? open.reduce((s, p) => s + p.progress * p.approved, 0) / budget : null
}

const ratio = (part: number, whole: number | null) =>
  whole !== null && whole > 0 ? part / whole : null

/** One row per district, in the order of `summaries`. */
export function moneyRows(
  summaries: readonly DistrictSummary[],
  projects: readonly ProjectMoney[],
  lang: Language,
): MoneyRow[] {
  return summaries.map((d) => {
    const mine = projects.filter((p) => p.district_id === d.id)
    const count = (flag: ProjectFlag) => mine.filter((p) => p[flag]).length
    return {
      id: d.id,
      name: localizedName(d, lang),
      allocation: d.allocation,
      approved: d.approved,
      contracted: d.contracted,
      paid: d.paid,
      paid_share: ratio(d.paid, d.allocation),
      paid_per_resident: ratio(d.paid, d.population),
      population: d.population,
      population_source: d.population_source,
      population_date: d.population_date,
      population_reliability: d.population_reliability,
      projects: mine.length,
      progress: weightedProgress(mine),
      late: count('late'),
      over_budget: count('over_budget'),
      stalled: count('stalled'),
    }
  })
}

/**
 * The total row. Per resident only when every district's population is known: dividing the
 * city's payments by part of its people would overstate it.
 */
export function moneyTotal(
  rows: readonly MoneyRow[],
  projects: readonly ProjectMoney[],
  name: string,
): MoneyRow {
  const sum = (pick: (r: MoneyRow) => number) => rows.reduce((s, r) => s + pick(r), 0)
  const allPopulations = rows.length > 0 && rows.every((r) => r.population !== null)
  const population = allPopulations ? sum((r) => r.population!) : null
  const paid = sum((r) => r.paid)
  const allocation = sum((r) => r.allocation)
  const total: MoneyRow = {
    id: 'total',
    name,
    allocation,
    approved: sum((r) => r.approved),
    contracted: sum((r) => r.contracted),
    paid,
    paid_share: ratio(paid, allocation),
    paid_per_resident: ratio(paid, population),
    population,
    population_source: null,
    population_date: null,
    population_reliability: null,
    projects: sum((r) => r.projects),
    progress: weightedProgress(projects),
    late: 0,
    over_budget: 0,
    stalled: 0,
  }
  for (const flag of PROJECT_FLAGS) total[flag] = sum((r) => r[flag])
  return total
}

/** `paid` or `-paid` from the address; null for anything else. */
export function parseMoneySort(value: string | null): MoneySort | null {
  if (!value) return null
  const descending = value.startsWith('-')
  const column = (descending ? value.slice(1) : value) as MoneyColumn
  return MONEY_COLUMNS.includes(column) ? { column, descending } : null
}

export function formatMoneySort(sort: MoneySort | null): string | null {
  return sort ? `${sort.descending ? '-' : ''}${sort.column}` : null
}

/** Sorted copy; unknown values (null) last in either direction, ties by name. */
export function sortMoneyRows(
  rows: readonly MoneyRow[],
  sort: MoneySort | null,
  lang: Language,
): MoneyRow[] {
  if (!sort) return [...rows]
  const { column, descending } = sort
  const byName = (a: MoneyRow, b: MoneyRow) => a.name.localeCompare(b.name, lang)
  return [...rows].sort((a, b) => {
    if (column === 'name') return descending ? byName(b, a) : byName(a, b)
    const x = a[column]
    const y = b[column]
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1
    return (descending ? y - x : x - y) || byName(a, b)
  })
}

/** The sort a click on a column header asks for: first descending for figures, then flipped. */
export function nextMoneySort(current: MoneySort | null, column: MoneyColumn): MoneySort {
  if (current?.column === column) return { column, descending: !current.descending }
  return { column, descending: column !== 'name' }
}
