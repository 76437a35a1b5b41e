// Every keystroke of a proposal form is kept in this browser until the proposal is submitted,
// so nothing typed is lost to an error, a reload or a lost connection. One entry per person,
// cycle and proposal as the form was opened ("new", or the proposal's id); the entry of a new
// one also remembers the id the database gave it, so saving again never makes a second one.
import { EMPTY_FORM, type ProposalForm } from './proposalRules'

const PREFIX = 'qatysu.proposal-draft'

export interface DraftKey {
  userId: string
  cycleId: string
  /** The proposal's id, or null for one not yet saved. */
  proposalId: string | null
}

function keyOf({ userId, cycleId, proposalId }: DraftKey): string {
  return `${PREFIX}:${userId}:${cycleId}:${proposalId ?? 'new'}`
}

/** What is kept: the form, and the proposal it belongs to once saved. */
export interface DraftRecord {
  form: ProposalForm
  proposalId: string | null
}

function isForm(value: unknown): value is ProposalForm {
  if (!value || typeof value !== 'object') return false
  const v = value as Record<string, unknown>
  const point = v.point
  return (
    ['title', 'description', 'categoryId', 'cost'].every((k) => typeof v[k] === 'string') &&
    (v.photoPath === undefined || v.photoPath === null || typeof v.photoPath === 'string') &&
    (point === null ||
      (Array.isArray(point) && point.length === 2 && point.every((x) => typeof x === 'number')))
  )
}

export function loadDraft(key: DraftKey, storage: Storage = localStorage): DraftRecord | null {
  try {
    const parsed = JSON.parse(storage.getItem(keyOf(key)) ?? 'null') as Partial<DraftRecord> | null
    if (!parsed || !isForm(parsed.form)) return null
    const proposalId = typeof parsed.proposalId === 'string' ? parsed.proposalId : null
    return { form: { ...EMPTY_FORM, ...parsed.form }, proposalId }
  } catch {
    return null
  }
}

export function saveDraft(
  key: DraftKey,
  record: DraftRecord,
  storage: Storage = localStorage,
): void {
  try {
    storage.setItem(keyOf(key), JSON.stringify(record))
  } catch {
    // Storage full or disabled: the form still holds the text; nothing else to do.
  }
}

export function clearDraft(key: DraftKey, storage: Storage = localStorage): void {
  storage.removeItem(keyOf(key))
}
