// The rules a proposal must meet to be submitted, checked as the resident types so that every
// problem is named next to its field before anything is sent. The database checks them again
// on submission (proposals migration: the same limits and the same error keys). Pure.
import type { Cycle, ProposalDraft } from '../../api/types'

/** As `public.proposals` and its submission trigger require. */
export const PROPOSAL_LIMITS = {
  titleMin: 5,
  titleMax: 200,
  descriptionMin: 20,
  descriptionMax: 5000,
} as const

/** What the resident has typed, as typed. */
export interface ProposalForm {
  title: string
  description: string
  categoryId: string
  /** The cost as typed: digits, with spaces or separators between groups. */
  cost: string
  point: [number, number] | null
  /** Where the photo is kept (photos.ts), once chosen. */
  photoPath: string | null
}

export const EMPTY_FORM: ProposalForm = {
  title: '',
  description: '',
  categoryId: '',
  cost: '',
  point: null,
  photoPath: null,
}

export type FormField = 'title' | 'description' | 'category' | 'cost' | 'location' | 'photo'

/** Error keys (translated under `errors.`), one per field at most. */
export type FieldErrors = Partial<Record<FormField, string>>

/**
 * Whole tenge from what was typed: "15 000 000", "15,000,000" and "15000000" are the same; an
 * empty field is null; anything else (letters, a decimal part) is NaN.
 */
export function parseTenge(input: string): number | null {
  const compact = input.replace(/[\s\u00a0\u202f,.'’]/g, '')
  if (compact === '') return null
  if (!/^\d+$/.test(compact) || /[.,]\d{1,2}$/.test(input.trim())) return NaN
  return Number(compact)
}

/** Whether the point lies in the city, as the place lookup found it. */
export type PointPlace = 'inside' | 'outside' | 'unknown'

/** Every rule a submission must meet; an empty result means it may be sent. */
export function submissionErrors(
  form: ProposalForm,
  cycle: Pick<Cycle, 'project_cost_cap'>,
  place: PointPlace,
): FieldErrors {
  const errors: FieldErrors = {}
  const title = form.title.trim()
  if (title.length < PROPOSAL_LIMITS.titleMin) errors.title = 'title_too_short'
  else if (title.length > PROPOSAL_LIMITS.titleMax) errors.title = 'title_too_long'
  const description = form.description.trim()
  if (description.length < PROPOSAL_LIMITS.descriptionMin)
    errors.description = 'description_too_short'
  else if (description.length > PROPOSAL_LIMITS.descriptionMax)
    errors.description = 'description_too_long'
  if (!form.categoryId) errors.category = 'category_required'
  const cost = parseTenge(form.cost)
  if (cost === null) errors.cost = 'cost_required'
  else if (Number.isNaN(cost)) errors.cost = 'cost_not_whole_tenge'
  else if (cost <= 0) errors.cost = 'cost_required'
  else if (cycle.project_cost_cap !== null && cost > cycle.project_cost_cap)
    errors.cost = 'cost_above_cap'
  if (!form.point) errors.location = 'location_required'
  else if (place === 'outside') errors.location = 'location_outside_city'
  return errors
}

/** What may be saved as a draft: anything, except values the database would refuse outright. */
export function draftErrors(
  form: ProposalForm,
  cycle: Pick<Cycle, 'project_cost_cap'>,
  place: PointPlace,
): FieldErrors {
  const all = submissionErrors(form, cycle, place)
  const kept: FieldErrors = {}
  if (all.title === 'title_too_long') kept.title = all.title
  if (all.description === 'description_too_long') kept.description = all.description
  if (all.cost === 'cost_not_whole_tenge' || all.cost === 'cost_above_cap') kept.cost = all.cost
  if (all.location === 'location_outside_city') kept.location = all.location
  return kept
}

/** What the API's save_proposal is sent for a form: trimmed text, whole tenge or nothing. */
export function draftOf(cycleId: string, id: string | null, form: ProposalForm): ProposalDraft {
  const cost = parseTenge(form.cost)
  return {
    id,
    cycle_id: cycleId,
    title: form.title.trim(),
    description: form.description.trim(),
    category_id: form.categoryId || null,
    cost_estimate: cost === null || Number.isNaN(cost) ? null : cost,
    lon: form.point?.[0] ?? null,
    lat: form.point?.[1] ?? null,
    photo_path: form.photoPath,
  }
}
