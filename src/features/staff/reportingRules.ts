// What an official may report on a project, checked before sending with the database's rules:
// a progress of 0–100 % (100 % when completed), a payment of whole tenge, dated no later than
// today in Almaty, with the document it was paid under. Keys are under `reporting.` or `errors.`.
import { parseTenge } from '../propose/proposalRules'
import type { ProjectStatus } from '../../api/types'

export interface UpdateForm {
  status: ProjectStatus
  progress: string
  note: string
  /** A photo of the works, kept in the PhotoStore; null for none. */
  photoPath: string | null
}

export interface PaymentForm {
  amount: string
  paidOn: string
  documentRef: string
}

export const NOTE_MAX = 4000
export const DOCUMENT_MAX = 200

/** Whole percent 0..100, or null. */
export function parseProgress(text: string): number | null {
  const t = text.trim().replace(/\s*%$/, '')
  if (!/^\d{1,3}$/.test(t)) return null
  const n = Number(t)
  return n <= 100 ? n : null
}

export function updateErrors(form: UpdateForm): Partial<Record<'progress' | 'note', string>> {
  const errors: Partial<Record<'progress' | 'note', string>> = {}
  const progress = parseProgress(form.progress)
  if (progress === null) errors.progress = 'reporting.progressInvalid'
  else if (form.status === 'completed' && progress !== 100)
    errors.progress = 'reporting.completedNeedsFull'
  if (form.note.length > NOTE_MAX) errors.note = 'reporting.noteTooLong'
  return errors
}

/** `today`: the date in Almaty, "YYYY-MM-DD". */
export function paymentErrors(
  form: PaymentForm,
  today: string,
): Partial<Record<'amount' | 'paidOn' | 'documentRef', string>> {
  const errors: Partial<Record<'amount' | 'paidOn' | 'documentRef', string>> = {}
  const amount = parseTenge(form.amount)
  if (amount === null || amount <= 0) errors.amount = 'reporting.amountRequired'
  else if (Number.isNaN(amount)) errors.amount = 'errors.cost_not_whole_tenge'
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.paidOn)) errors.paidOn = 'reporting.dateRequired'
  else if (form.paidOn > today) errors.paidOn = 'errors.payment_in_future'
  const doc = form.documentRef.trim()
  if (doc === '') errors.documentRef = 'reporting.documentRequired'
  else if (doc.length > DOCUMENT_MAX) errors.documentRef = 'reporting.documentTooLong'
  return errors
}
