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
  /** Ticked to confirm a payment that takes the total paid above the approved budget. */
  overBudget?: boolean
  /** Why (public); required with the confirmation. */
  overBudgetReason?: string
}

export interface ContractForm {
  contractor: string
  amount: string
  plannedStart: string
  plannedEnd: string
  procurementRef: string
  /** Required for an amendment and for an amount above the approved budget. */
  reason: string
}

export interface ReversalForm {
  paymentId: string
  reason: string
}

/** What the project has approved and paid so far (reversals counted). */
export interface ProjectMoneyState {
  approved: number
  paid: number
}

export const NOTE_MAX = 4000
export const DOCUMENT_MAX = 200
export const REASON_MIN = 3
export const REASON_MAX = 1000
export const CONTRACTOR_MAX = 300
/** Paid on a project never exceeds this multiple of its approved budget, confirmed or not. */
export const PAID_CEILING_FACTOR = 2
/** The largest amount the database takes: a trillion tenge. */
export const MONEY_MAX = 1_000_000_000_000

/**
 * goszakup.gov.kz numbers, as the database checks them: an announcement (16776705-1) or a lot
 * (87491617-ЗЦП1, 42292333-ОЛ-ЗЦП1). Lower-case letters are taken and stored in capitals.
 */
export const PROCUREMENT_REF =
  /^[0-9]{6,10}(-[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{1,6})*-[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{0,6}[0-9]{1,4}$/

const DAY = /^\d{4}-\d{2}-\d{2}$/

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

/** Whether a payment of this amount takes the total paid above the approved budget. */
export function paymentOverBudget(amountText: string, money: ProjectMoneyState): boolean {
  const amount = parseTenge(amountText)
  return amount !== null && amount > 0 && money.paid + amount > money.approved
}

type PaymentField = 'amount' | 'paidOn' | 'documentRef' | 'overBudget' | 'overBudgetReason'

/**
 * `today`: the date in Almaty, "YYYY-MM-DD". With `money`, a payment above the approved budget
 * needs the confirmation and its reason, and none may pass twice the budget.
 */
export function paymentErrors(
  form: PaymentForm,
  today: string,
  money?: ProjectMoneyState,
): Partial<Record<PaymentField, string>> {
  const errors: Partial<Record<PaymentField, string>> = {}
  const amount = parseTenge(form.amount)
  if (amount === null || amount <= 0) errors.amount = 'reporting.amountRequired'
  else if (Number.isNaN(amount)) errors.amount = 'errors.cost_not_whole_tenge'
  else if (amount > MONEY_MAX) errors.amount = 'errors.payment_amount_invalid'
  else if (money && money.paid + amount > money.approved * PAID_CEILING_FACTOR)
    errors.amount = 'errors.payment_above_ceiling'
  else if (money && money.paid + amount > money.approved) {
    if (!form.overBudget) errors.overBudget = 'reporting.overBudgetUnconfirmed'
    else if ((form.overBudgetReason ?? '').trim().length < REASON_MIN)
      errors.overBudgetReason = 'reporting.reasonRequired'
    else if ((form.overBudgetReason ?? '').trim().length > REASON_MAX)
      errors.overBudgetReason = 'reporting.reasonTooLong'
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.paidOn)) errors.paidOn = 'reporting.dateRequired'
  else if (form.paidOn > today) errors.paidOn = 'errors.payment_in_future'
  const doc = form.documentRef.trim()
  if (doc === '') errors.documentRef = 'reporting.documentRequired'
  else if (doc.length > DOCUMENT_MAX) errors.documentRef = 'reporting.documentTooLong'
  return errors
}

/** A reversal: the payment it undoes and the public reason. */
export function reversalErrors(
  form: ReversalForm,
): Partial<Record<'paymentId' | 'reason', string>> {
  const errors: Partial<Record<'paymentId' | 'reason', string>> = {}
  if (form.paymentId === '') errors.paymentId = 'reporting.reversalChoose'
  const reason = form.reason.trim()
  if (reason.length < REASON_MIN) errors.reason = 'reporting.reasonRequired'
  else if (reason.length > REASON_MAX) errors.reason = 'reporting.reasonTooLong'
  return errors
}

type ContractField = keyof ContractForm

/**
 * A contract entry as the database checks it. `amending`: the project has a contract already,
 * so this entry is an amendment and needs its reason (so does an amount above the budget).
 */
export function contractErrors(
  form: ContractForm,
  approved: number,
  amending: boolean,
): Partial<Record<ContractField, string>> {
  const errors: Partial<Record<ContractField, string>> = {}
  const contractor = form.contractor.trim()
  if (contractor.length < 2 || contractor.length > CONTRACTOR_MAX)
    errors.contractor = 'errors.contractor_required'
  const amount = parseTenge(form.amount)
  if (amount === null || amount <= 0) errors.amount = 'reporting.contractAmountRequired'
  else if (Number.isNaN(amount)) errors.amount = 'errors.cost_not_whole_tenge'
  else if (amount > MONEY_MAX) errors.amount = 'errors.contract_amount_invalid'
  else if (amount > approved * PAID_CEILING_FACTOR) errors.amount = 'errors.contract_above_ceiling'
  if (!DAY.test(form.plannedStart)) errors.plannedStart = 'reporting.plannedDateRequired'
  if (!DAY.test(form.plannedEnd)) errors.plannedEnd = 'reporting.plannedDateRequired'
  else if (DAY.test(form.plannedStart) && form.plannedStart > form.plannedEnd)
    errors.plannedEnd = 'errors.contract_dates_reversed'
  if (!PROCUREMENT_REF.test(form.procurementRef.trim().toUpperCase()))
    errors.procurementRef = 'errors.procurement_ref_invalid'
  const reason = form.reason.trim()
  const needsReason = amending || (amount !== null && !Number.isNaN(amount) && amount > approved)
  if (reason.length > REASON_MAX) errors.reason = 'reporting.reasonTooLong'
  else if (needsReason && reason.length < REASON_MIN)
    errors.reason = amending
      ? 'errors.contract_amendment_needs_reason'
      : 'errors.contract_over_budget'
  else if (reason !== '' && reason.length < REASON_MIN) errors.reason = 'reporting.reasonRequired'
  return errors
}
