// The rules a new cycle must meet, checked as a city admin fills in the form, with the keys the
// database raises (api.create_cycle, supabase/migrations/20260101002000_create_cycle.sql, and the
// cycle tables' triggers), so every problem is named next to its field before anything is sent.
// Also what the form starts from: the id suggested for the city and year, phase dates from the
// year, and an allocation shared equally among the districts. Pure.
import {
  CYCLE_PHASES,
  type CyclePhase,
  type NewBallotGroup,
  type NewCycle,
  type PhaseDates,
  type SelectionRule,
} from '../../api/types'
import { parseTenge } from '../propose/proposalRules'

/** As `api.create_cycle` and `public.budget_cycles` require. */
export const CYCLE_LIMITS = {
  idMax: 60,
  yearMin: 2015,
  yearMax: 2100,
  titleMax: 200,
  votesMin: 1,
  votesMax: 50,
  codeMax: 40,
  flatsMax: 1_000_000,
  /** Whole tenge: a trillion, more than a city's whole budget (the tables' bound). */
  tengeMax: 1_000_000_000_000,
  /** Boundaries of a day from ten years before the cycle's year to the end of the next. */
  divisionYearsBefore: 10,
  divisionYearsAfter: 1,
  /** Phase dates from two years before the cycle's year to ten after. */
  phaseYearsBefore: 2,
  phaseYearsAfter: 10,
} as const

/** The rules a cycle may declare for selecting its winners (src/selection/select.ts). */
export const SELECTION_RULES: readonly SelectionRule[] = ['greedy', 'mes', 'mes-greedy']

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/
const CODE_PATTERN = /^[a-z0-9][a-z0-9_-]*$/
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/

export type TitleLanguage = 'kk' | 'ru' | 'en'
export const TITLE_LANGUAGES: readonly TitleLanguage[] = ['kk', 'ru', 'en']

/** One ballot group as typed; `key` tells rows apart while they are edited. */
export interface GroupRow {
  key: string
  code: string
  name_kk: string
  name_ru: string
  name_en: string
  minFlats: string
  /** Empty: no upper bound. */
  maxFlats: string
  /** Its own share of each district's money; required. */
  allocation: string
}

/** Everything the admin has typed, as typed. */
export interface CycleForm {
  year: string
  id: string
  /** Whether the admin changed the suggested id (then a new year leaves it alone). */
  idEdited: boolean
  title_kk: string
  title_ru: string
  title_en: string
  /** Whole tenge as typed; empty for no cap. */
  costCap: string
  votesPerVoter: string
  votesChangeable: boolean
  residentsOnly: boolean
  /** Declared now, frozen once voting starts. */
  selectionRule: SelectionRule
  divisionDate: string
  /** The total to share among the districts, as typed. */
  total: string
  /** District id → allocation as typed; empty: the district does not take part. */
  allocations: Record<string, string>
  phases: Record<CyclePhase, { starts: string; ends: string }>
  groups: GroupRow[]
}

/** `<city>-<year>`, the id the seed's cycles have (almaty-2026). */
export function suggestedId(cityId: string, year: string): string {
  return `${cityId}-${year.trim()}`
}

function lastDayOfFebruary(year: number): string {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return `${year}-02-${leap ? 29 : 28}`
}

/**
 * Phase dates for a cycle of `year`, as Almaty runs one: planning from February, proposals in
 * spring, review over the summer, the vote in November, selection by the end of the year, the
 * projects built the next year and reported on until the end of February after it. Each phase
 * starts the day after the previous one ends. Empty for a year that is not a number.
 */
export function defaultPhaseDates(year: string): CycleForm['phases'] {
  const y = Number(year)
  if (!/^\d{4}$/.test(year.trim()) || !Number.isInteger(y)) {
    return Object.fromEntries(
      CYCLE_PHASES.map((p) => [p, { starts: '', ends: '' }]),
    ) as CycleForm['phases']
  }
  return {
    planning: { starts: `${y}-02-01`, ends: `${y}-03-31` },
    submission: { starts: `${y}-04-01`, ends: `${y}-06-30` },
    review: { starts: `${y}-07-01`, ends: `${y}-10-31` },
    voting: { starts: `${y}-11-01`, ends: `${y}-12-15` },
    selection: { starts: `${y}-12-16`, ends: `${y}-12-31` },
    execution: { starts: `${y + 1}-01-01`, ends: `${y + 1}-11-30` },
    reporting: { starts: `${y + 1}-12-01`, ends: lastDayOfFebruary(y + 2) },
    closed: { starts: `${y + 2}-03-01`, ends: `${y + 2}-12-31` },
  }
}

/** The boundaries a cycle of `year` uses by default: those of the 1st of January. */
export function defaultDivisionDate(year: string): string {
  return /^\d{4}$/.test(year.trim()) ? `${year.trim()}-01-01` : ''
}

export function emptyGroup(key: string): GroupRow {
  return {
    key,
    code: '',
    name_kk: '',
    name_ru: '',
    name_en: '',
    minFlats: '',
    maxFlats: '',
    allocation: '',
  }
}

/** A fresh form for a cycle of the city in `year`, prefilled from the year. */
export function emptyCycleForm(cityId: string, year: number): CycleForm {
  const y = String(year)
  return {
    year: y,
    id: suggestedId(cityId, y),
    idEdited: false,
    title_kk: '',
    title_ru: '',
    title_en: '',
    costCap: '',
    votesPerVoter: '3',
    votesChangeable: true,
    residentsOnly: true,
    selectionRule: 'greedy',
    divisionDate: defaultDivisionDate(y),
    total: '',
    allocations: {},
    phases: defaultPhaseDates(y),
    groups: [],
  }
}

function samePhases(a: CycleForm['phases'], b: CycleForm['phases']): boolean {
  return CYCLE_PHASES.every((p) => a[p].starts === b[p].starts && a[p].ends === b[p].ends)
}

/**
 * A new year: the suggested id, the phase dates and the division date follow it, unless the
 * admin changed them (what was typed is never overwritten).
 */
export function withYear(form: CycleForm, cityId: string, year: string): CycleForm {
  return {
    ...form,
    year,
    id: form.idEdited ? form.id : suggestedId(cityId, year),
    phases: samePhases(form.phases, defaultPhaseDates(form.year))
      ? defaultPhaseDates(year)
      : form.phases,
    divisionDate:
      form.divisionDate === defaultDivisionDate(form.year)
        ? defaultDivisionDate(year)
        : form.divisionDate,
  }
}

/**
 * `total` tenge shared equally, to the tenge: each district gets the same whole amount and the
 * tenge that do not divide go one each to the first districts, so the shares add up exactly.
 */
export function shareEqually(
  total: number,
  districtIds: readonly string[],
): Record<string, number> {
  const n = districtIds.length
  if (n === 0 || !Number.isSafeInteger(total) || total <= 0) return {}
  const base = Math.floor(total / n)
  const rest = total - base * n
  return Object.fromEntries(districtIds.map((id, i) => [id, base + (i < rest ? 1 : 0)]))
}

/** Whole tenge above zero and at most the bound, or null. */
function positiveTenge(text: string): number | null {
  const n = parseTenge(text)
  return n !== null && Number.isSafeInteger(n) && n > 0 && n <= CYCLE_LIMITS.tengeMax ? n : null
}

/**
 * The allocations as sent: every district with something typed, as whole tenge (NaN, sent as
 * null, where it is not a number), so that a form with a problem the database would also find.
 */
function typedAllocations(form: CycleForm, districtIds: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {}
  for (const id of districtIds) {
    const amount = parseTenge(form.allocations[id] ?? '')
    if (amount !== null) out[id] = amount
  }
  return out
}

/** The exact sum of the allocations typed correctly. */
export function allocationTotal(form: CycleForm, districtIds: readonly string[]): number {
  return districtIds
    .map((id) => positiveTenge(form.allocations[id] ?? '') ?? 0)
    .reduce((a, b) => a + b, 0)
}

/** Field names of the form, used for ids and errors. */
export const field = {
  allocation: (districtId: string) => `allocation:${districtId}`,
  phaseStarts: (phase: CyclePhase) => `phase:${phase}:starts`,
  phaseEnds: (phase: CyclePhase) => `phase:${phase}:ends`,
  group: (key: string, part: 'code' | 'names' | 'minFlats' | 'maxFlats' | 'allocation') =>
    `group:${key}:${part}`,
} as const

/**
 * Error keys (translated under `errors.`) by field, at most one per field, in the order the
 * fields appear: the first key is the first invalid field. Empty when the form may be sent.
 * `takenIds`: the ids of the cycles known to exist.
 */
export function cycleFormErrors(
  form: CycleForm,
  districtIds: readonly string[],
  takenIds: readonly string[] = [],
): Record<string, string> {
  const errors: Record<string, string> = {}

  const year = form.year.trim()
  const y = Number(year)
  if (!/^\d{4}$/.test(year) || y < CYCLE_LIMITS.yearMin || y > CYCLE_LIMITS.yearMax)
    errors.year = 'cycle_year_invalid'

  const id = form.id.trim()
  if (!ID_PATTERN.test(id) || id.length > CYCLE_LIMITS.idMax) errors.id = 'cycle_id_invalid'
  else if (takenIds.includes(id)) errors.id = 'cycle_id_taken'

  for (const l of TITLE_LANGUAGES) {
    const title = form[`title_${l}`].trim()
    if (title === '') errors[`title_${l}`] = 'cycle_title_required'
    else if (title.length > CYCLE_LIMITS.titleMax) errors[`title_${l}`] = 'title_too_long'
  }

  if (form.costCap.trim() !== '' && positiveTenge(form.costCap) === null)
    errors.costCap = 'cost_cap_invalid'

  const votes = form.votesPerVoter.trim()
  if (
    !/^\d{1,2}$/.test(votes) ||
    Number(votes) < CYCLE_LIMITS.votesMin ||
    Number(votes) > CYCLE_LIMITS.votesMax
  )
    errors.votesPerVoter = 'votes_per_voter_invalid'

  if (!isDate(form.divisionDate)) errors.divisionDate = 'division_date_required'
  else if (
    errors.year === undefined &&
    (form.divisionDate < `${y - CYCLE_LIMITS.divisionYearsBefore}-01-01` ||
      form.divisionDate > `${y + CYCLE_LIMITS.divisionYearsAfter}-12-31`)
  )
    errors.divisionDate = 'division_date_out_of_range'

  let anyAllocation = false
  for (const districtId of districtIds) {
    const typed = (form.allocations[districtId] ?? '').trim()
    if (typed === '') continue
    if (positiveTenge(typed) === null) errors[field.allocation(districtId)] = 'allocation_invalid'
    else anyAllocation = true
  }
  if (!anyAllocation && !Object.keys(errors).some((k) => k.startsWith('allocation:')))
    errors.allocations = 'allocations_required'

  let previous: { phase: CyclePhase; ends: string } | null = null
  for (const phase of CYCLE_PHASES) {
    const { starts, ends } = form.phases[phase]
    if (starts === '' && ends === '') continue
    if (!isDate(starts)) {
      errors[field.phaseStarts(phase)] = 'phase_date_required'
      continue
    }
    if (!isDate(ends)) {
      errors[field.phaseEnds(phase)] = 'phase_date_required'
      continue
    }
    if (ends < starts) errors[field.phaseEnds(phase)] = 'phase_ends_before_start'
    else if (errors.year === undefined && starts < `${y - CYCLE_LIMITS.phaseYearsBefore}-01-01`)
      errors[field.phaseStarts(phase)] = 'phase_date_out_of_range'
    else if (errors.year === undefined && ends > `${y + CYCLE_LIMITS.phaseYearsAfter}-12-31`)
      errors[field.phaseEnds(phase)] = 'phase_date_out_of_range'
    else if (previous && starts < previous.ends)
      errors[field.phaseStarts(phase)] = 'phase_dates_out_of_order'
    previous = { phase, ends }
  }

  const codes = new Set<string>()
  const ranges: { min: number; max: number }[] = []
  let groupsTotal = 0
  for (const g of form.groups) {
    const code = g.code.trim()
    if (!CODE_PATTERN.test(code) || code.length > CYCLE_LIMITS.codeMax)
      errors[field.group(g.key, 'code')] = 'ballot_group_code_invalid'
    else if (codes.has(code)) errors[field.group(g.key, 'code')] = 'ballot_group_code_taken'
    codes.add(code)

    const names = [g.name_kk, g.name_ru, g.name_en].map((n) => n.trim())
    if (names.some((n) => n === ''))
      errors[field.group(g.key, 'names')] = 'ballot_group_name_required'
    else if (names.some((n) => n.length > CYCLE_LIMITS.titleMax))
      errors[field.group(g.key, 'names')] = 'title_too_long'

    const min = flats(g.minFlats)
    const max = g.maxFlats.trim() === '' ? Infinity : flats(g.maxFlats)
    if (min === null) errors[field.group(g.key, 'minFlats')] = 'ballot_group_flats_invalid'
    else if (max === null || max < min)
      errors[field.group(g.key, 'maxFlats')] = 'ballot_group_flats_invalid'
    else if (ranges.some((r) => r.min <= max && min <= r.max))
      errors[field.group(g.key, 'minFlats')] = 'ballot_groups_overlap'
    else ranges.push({ min, max })

    const allocation = positiveTenge(g.allocation)
    if (g.allocation.trim() === '')
      errors[field.group(g.key, 'allocation')] = 'ballot_group_allocation_required'
    else if (allocation === null) errors[field.group(g.key, 'allocation')] = 'allocation_invalid'
    else groupsTotal += allocation
  }
  // Every district's ballot is split among the groups: together they fit in the smallest one.
  const last = form.groups.at(-1)
  const smallest = Math.min(
    ...districtIds.map((id) => positiveTenge(form.allocations[id] ?? '') ?? Infinity),
  )
  if (last && groupsTotal > smallest && !errors[field.group(last.key, 'allocation')])
    errors[field.group(last.key, 'allocation')] = 'ballot_groups_exceed_district'

  return errors
}

function isDate(text: string): boolean {
  if (!DATE_PATTERN.test(text)) return false
  const [y, m, d] = text.split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** A whole number of flats from 1 up, or null. */
function flats(text: string): number | null {
  const t = text.trim()
  if (!/^\d{1,7}$/.test(t)) return null
  const n = Number(t)
  return n >= 1 && n <= CYCLE_LIMITS.flatsMax ? n : null
}

/**
 * What `api.create_cycle` is sent for the form: trimmed text, whole tenge, the phases given in
 * the order they run. The app sends only a form without errors; one with errors is sent as typed
 * (what is not a number as null), so the database finds the same problems (tests/db).
 */
export function newCycleOf(
  form: CycleForm,
  cityId: string,
  districtIds: readonly string[],
): NewCycle {
  const phaseDates: PhaseDates[] = CYCLE_PHASES.filter(
    (p) => form.phases[p].starts !== '' || form.phases[p].ends !== '',
  ).map((phase) => ({
    phase,
    starts_on: form.phases[phase].starts,
    ends_on: form.phases[phase].ends,
  }))
  const groups: NewBallotGroup[] = form.groups.map((g) => ({
    code: g.code.trim(),
    name_kk: g.name_kk.trim(),
    name_ru: g.name_ru.trim(),
    name_en: g.name_en.trim(),
    min_flats: Number(g.minFlats.trim()),
    max_flats: g.maxFlats.trim() === '' ? null : Number(g.maxFlats.trim()),
    allocation: parseTenge(g.allocation),
  }))
  return {
    id: form.id.trim(),
    city_id: cityId,
    year: Number(form.year.trim()),
    title_kk: form.title_kk.trim(),
    title_ru: form.title_ru.trim(),
    title_en: form.title_en.trim(),
    project_cost_cap: parseTenge(form.costCap),
    votes_per_voter: Number(form.votesPerVoter.trim()),
    votes_changeable: form.votesChangeable,
    residents_only: form.residentsOnly,
    division_date: form.divisionDate,
    selection_rule: form.selectionRule,
    allocations: typedAllocations(form, districtIds),
    phase_dates: phaseDates,
    ballot_groups: groups,
  }
}

/**
 * The field a refusal of the database belongs to, so the form can show it there (and focus it);
 * null when it belongs to the form as a whole.
 */
export function fieldOfRefusal(key: string, details: string): string | null {
  switch (key) {
    case 'cycle_id_invalid':
    case 'cycle_id_taken':
    case 'duplicate':
      return 'id'
    case 'cycle_year_invalid':
      return 'year'
    case 'cost_cap_invalid':
      return 'costCap'
    case 'votes_per_voter_invalid':
      return 'votesPerVoter'
    case 'division_date_required':
    case 'division_date_out_of_range':
      return 'divisionDate'
    case 'selection_rule_invalid':
      return 'selectionRule'
    case 'allocations_required':
      return 'allocations'
    case 'district_not_in_cycle_city':
      return details ? field.allocation(details) : 'allocations'
    default:
      return null
  }
}

/**
 * Whether a stored value is a form this version can restore (a draft kept in the browser). A
 * draft kept before the selection rule was asked for has none: it gets greedy (withStoredDefaults).
 */
export function isCycleForm(value: unknown): value is CycleForm {
  if (!value || typeof value !== 'object') return false
  const v = value as Record<string, unknown>
  const strings = ['year', 'id', 'title_kk', 'title_ru', 'title_en', 'costCap', 'votesPerVoter']
  const phases = v.phases as Record<string, unknown> | undefined
  return (
    strings.every((k) => typeof v[k] === 'string') &&
    ['divisionDate', 'total'].every((k) => typeof v[k] === 'string') &&
    ['idEdited', 'votesChangeable', 'residentsOnly'].every((k) => typeof v[k] === 'boolean') &&
    (v.selectionRule === undefined || SELECTION_RULES.includes(v.selectionRule as SelectionRule)) &&
    !!v.allocations &&
    typeof v.allocations === 'object' &&
    Object.values(v.allocations).every((a) => typeof a === 'string') &&
    !!phases &&
    CYCLE_PHASES.every((p) => {
      const d = phases[p] as Record<string, unknown> | undefined
      return !!d && typeof d.starts === 'string' && typeof d.ends === 'string'
    }) &&
    Array.isArray(v.groups) &&
    v.groups.every(
      (g: unknown) =>
        !!g &&
        typeof g === 'object' &&
        [
          'key',
          'code',
          'name_kk',
          'name_ru',
          'name_en',
          'minFlats',
          'maxFlats',
          'allocation',
        ].every((k) => typeof (g as Record<string, unknown>)[k] === 'string'),
    )
  )
}

/** A restored draft with what older versions did not keep filled in. */
export function withStoredDefaults(form: CycleForm): CycleForm {
  return { ...form, selectionRule: form.selectionRule ?? 'greedy' }
}
