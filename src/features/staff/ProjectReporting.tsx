// An official reports on a project of their district while the cycle is being carried out: a
// timeline entry (status, progress, note, photo), a payment (amount, date, document; above the
// approved budget only confirmed with a reason), the reversal of a mistaken payment, the contract
// and its amendments, and milestones with their planned days. All become public record at once;
// what was typed stays when something is refused.
import { useId, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Api } from '../../api/client'
import type { ProjectDetail } from '../../api/types'
import { almatyDay, formatDate } from '../common/dates'
import { formatTengeExact } from '../../i18n/formatTenge'
import { useLanguage } from '../../i18n/useLanguage'
import { PhotoPicker } from '../common/PhotoPicker'
import { PROJECT_STATUSES } from '../filters/filterProposals'
import { parseTenge } from '../propose/proposalRules'
import {
  CONTRACTOR_MAX,
  DOCUMENT_MAX,
  NOTE_MAX,
  REASON_MAX,
  contractErrors,
  parseProgress,
  paymentErrors,
  paymentOverBudget,
  reversalErrors,
  updateErrors,
  type ContractForm,
  type PaymentForm,
  type ReversalForm,
  type UpdateForm,
} from './reportingRules'
import { MilestoneTools } from './MilestoneTools'
import { SubmitOutcome, useSubmit } from './useSubmit'

export interface ProjectReportingProps {
  api: Api
  project: ProjectDetail
  /** Bumped after a write: the milestones load again. */
  version: number
  onChanged(): void
}

export function ProjectReporting({ api, project, version, onChanged }: ProjectReportingProps) {
  const { t } = useTranslation()
  return (
    <section className="staff-tools project-reporting" aria-labelledby="reporting-title">
      <h3 className="section-title" id="reporting-title">
        {t('reporting.title')}
      </h3>
      <p className="panel-hint">{t('reporting.public')}</p>
      <UpdateFormView api={api} project={project} version={version} onChanged={onChanged} />
      <PaymentFormView api={api} project={project} version={version} onChanged={onChanged} />
      <ReversalFormView api={api} project={project} version={version} onChanged={onChanged} />
      <ContractFormView api={api} project={project} version={version} onChanged={onChanged} />
      <MilestoneTools api={api} project={project} version={version} onChanged={onChanged} />
    </section>
  )
}

/** The attributes of a field whose problem (if any) is shown under it as `${id}-${field}-error`. */
function invalidProps(id: string, field: string, problem: string | undefined) {
  return problem
    ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-${field}-error` }
    : {}
}

function Field(props: { id: string; label: string; error?: string; children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <div className="report-field">
      <label className="field-label" htmlFor={props.id}>
        {props.label}
      </label>
      {props.children}
      {props.error && (
        <p className="field-error" id={`${props.id}-error`}>
          {t(props.error)}
        </p>
      )}
    </div>
  )
}

function UpdateFormView({ api, project, onChanged }: ProjectReportingProps) {
  const { t } = useTranslation()
  const id = useId()
  const [form, setForm] = useState<UpdateForm>({
    status: project.status,
    progress: String(project.progress),
    note: '',
    photoPath: null,
  })
  const [shown, setShown] = useState<ReturnType<typeof updateErrors>>({})
  const send = useSubmit(() => {
    setForm((f) => ({ ...f, note: '', photoPath: null }))
    onChanged()
  })
  const invalid = (field: keyof typeof shown) => invalidProps(id, field, shown[field])

  return (
    <form
      className="report-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        const errors = updateErrors(form)
        setShown(errors)
        if (Object.keys(errors).length > 0) return
        void send.submit(() =>
          api.recordProjectUpdate({
            project_id: project.id,
            status: form.status,
            progress: parseProgress(form.progress)!,
            note: form.note.trim(),
            photo_path: form.photoPath,
          }),
        )
      }}
    >
      <h4 id={`${id}-title`}>{t('reporting.updateTitle')}</h4>
      <div className="report-row">
        <Field id={`${id}-status`} label={t('reporting.status')}>
          <select
            id={`${id}-status`}
            value={form.status}
            onChange={(e) => setForm({ ...form, status: e.target.value as UpdateForm['status'] })}
          >
            {PROJECT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`projectStatus.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-progress`} label={t('reporting.progress')} error={shown.progress}>
          <input
            id={`${id}-progress`}
            inputMode="numeric"
            value={form.progress}
            onChange={(e) => setForm({ ...form, progress: e.target.value })}
            {...invalid('progress')}
          />
        </Field>
      </div>
      <Field id={`${id}-note`} label={t('reporting.note')} error={shown.note}>
        <textarea
          id={`${id}-note`}
          rows={3}
          maxLength={NOTE_MAX}
          value={form.note}
          onChange={(e) => setForm({ ...form, note: e.target.value })}
          {...invalid('note')}
        />
      </Field>
      <PhotoPicker
        id={`${id}-photo`}
        label={t('reporting.photo')}
        photos={api.transport.photos}
        path={form.photoPath}
        onChange={(photoPath) => setForm({ ...form, photoPath })}
        previewAlt={t('reporting.photoPreview')}
      />
      <button type="submit" className="button button-primary" disabled={send.busy}>
        {t('reporting.addUpdate')}
      </button>
      <SubmitOutcome {...send} doneText={t('reporting.updateAdded')} />
    </form>
  )
}

function PaymentFormView({ api, project, onChanged }: ProjectReportingProps) {
  const { t } = useTranslation()
  const lang = useLanguage()
  const id = useId()
  const today = almatyDay(new Date())
  const empty: PaymentForm = {
    amount: '',
    paidOn: today,
    documentRef: '',
    overBudget: false,
    overBudgetReason: '',
  }
  const [form, setForm] = useState<PaymentForm>(empty)
  const [shown, setShown] = useState<ReturnType<typeof paymentErrors>>({})
  const send = useSubmit(() => {
    setForm(empty)
    onChanged()
  })
  const invalid = (field: keyof typeof shown) => invalidProps(id, field, shown[field])
  const money = { approved: project.approved_budget, paid: project.paid }
  const over = paymentOverBudget(form.amount, money)

  return (
    <form
      className="report-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        const errors = paymentErrors(form, today, money)
        setShown(errors)
        if (Object.keys(errors).length > 0) return
        void send.submit(() =>
          api.recordPayment({
            project_id: project.id,
            amount: parseTenge(form.amount)!,
            paid_on: form.paidOn,
            document_ref: form.documentRef.trim(),
            over_budget_reason: over ? (form.overBudgetReason ?? '').trim() : null,
          }),
        )
      }}
    >
      <h4 id={`${id}-title`}>{t('reporting.paymentTitle')}</h4>
      <p className="panel-hint">
        {t('reporting.budgetLeft', {
          paid: formatTengeExact(project.paid, lang),
          approved: formatTengeExact(project.approved_budget, lang),
        })}
      </p>
      <div className="report-row">
        <Field id={`${id}-amount`} label={t('reporting.amount')} error={shown.amount}>
          <input
            id={`${id}-amount`}
            inputMode="numeric"
            value={form.amount}
            onChange={(e) => setForm({ ...form, amount: e.target.value })}
            {...invalid('amount')}
          />
        </Field>
        <Field id={`${id}-paidOn`} label={t('reporting.paidOn')} error={shown.paidOn}>
          <input
            id={`${id}-paidOn`}
            type="date"
            max={today}
            value={form.paidOn}
            onChange={(e) => setForm({ ...form, paidOn: e.target.value })}
            {...invalid('paidOn')}
          />
        </Field>
      </div>
      <Field id={`${id}-documentRef`} label={t('reporting.document')} error={shown.documentRef}>
        <input
          id={`${id}-documentRef`}
          maxLength={DOCUMENT_MAX}
          value={form.documentRef}
          onChange={(e) => setForm({ ...form, documentRef: e.target.value })}
          {...invalid('documentRef')}
        />
      </Field>
      {over && (
        <fieldset className="report-confirm" data-testid="over-budget">
          <legend>{t('reporting.overBudgetTitle')}</legend>
          <div className="report-field">
            <label className="check-label">
              <input
                type="checkbox"
                checked={form.overBudget ?? false}
                onChange={(e) => setForm({ ...form, overBudget: e.target.checked })}
                {...invalid('overBudget')}
              />{' '}
              {t('reporting.overBudgetConfirm')}
            </label>
            {shown.overBudget && (
              <p className="field-error" id={`${id}-overBudget-error`}>
                {t(shown.overBudget)}
              </p>
            )}
          </div>
          <Field
            id={`${id}-overBudgetReason`}
            label={t('reporting.overBudgetReason')}
            error={shown.overBudgetReason}
          >
            <textarea
              id={`${id}-overBudgetReason`}
              rows={2}
              maxLength={REASON_MAX}
              value={form.overBudgetReason ?? ''}
              onChange={(e) => setForm({ ...form, overBudgetReason: e.target.value })}
              {...invalid('overBudgetReason')}
            />
          </Field>
        </fieldset>
      )}
      <button type="submit" className="button button-primary" disabled={send.busy}>
        {t('reporting.addPayment')}
      </button>
      <SubmitOutcome {...send} doneText={t('reporting.paymentAdded')} />
    </form>
  )
}

/** Undoes a payment recorded by mistake: a reversal entry with its public reason. */
function ReversalFormView({ api, project, onChanged }: ProjectReportingProps) {
  const { t } = useTranslation()
  const lang = useLanguage()
  const id = useId()
  const [form, setForm] = useState<ReversalForm>({ paymentId: '', reason: '' })
  const [shown, setShown] = useState<ReturnType<typeof reversalErrors>>({})
  const send = useSubmit(() => {
    setForm({ paymentId: '', reason: '' })
    onChanged()
  })
  const invalid = (field: keyof typeof shown) => invalidProps(id, field, shown[field])
  const reversible = project.payments.filter((p) => p.reverses === null && p.reversed_by === null)
  if (reversible.length === 0) return null

  return (
    <form
      className="report-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        const errors = reversalErrors(form)
        setShown(errors)
        if (Object.keys(errors).length > 0) return
        void send.submit(() => api.reversePayment(form.paymentId, form.reason.trim()))
      }}
    >
      <h4 id={`${id}-title`}>{t('reporting.reversalTitle')}</h4>
      <p className="panel-hint">{t('reporting.reversalHint')}</p>
      <Field id={`${id}-paymentId`} label={t('reporting.reversalPayment')} error={shown.paymentId}>
        <select
          id={`${id}-paymentId`}
          value={form.paymentId}
          onChange={(e) => setForm({ ...form, paymentId: e.target.value })}
          {...invalid('paymentId')}
        >
          <option value="">{t('reporting.reversalChoose')}</option>
          {reversible.map((p) => (
            <option key={p.id} value={p.id}>
              {`${formatDate(p.paid_on, lang)} · ${formatTengeExact(p.amount, lang)} · ${p.document_ref}`}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${id}-reason`} label={t('reporting.reversalReason')} error={shown.reason}>
        <textarea
          id={`${id}-reason`}
          rows={2}
          maxLength={REASON_MAX}
          value={form.reason}
          onChange={(e) => setForm({ ...form, reason: e.target.value })}
          {...invalid('reason')}
        />
      </Field>
      <button type="submit" className="button" disabled={send.busy}>
        {t('reporting.reverse')}
      </button>
      <SubmitOutcome {...send} doneText={t('reporting.reversed')} />
    </form>
  )
}

/** The contract, or an amendment of it (prefilled with the contract in force). */
function ContractFormView({ api, project, onChanged }: ProjectReportingProps) {
  const { t } = useTranslation()
  const id = useId()
  const latest = project.contracts.at(-1)
  const amending = latest !== undefined
  const initial = (): ContractForm => ({
    contractor: latest?.contractor ?? '',
    amount: latest ? String(latest.amount) : '',
    plannedStart: latest?.planned_start ?? '',
    plannedEnd: latest?.planned_end ?? '',
    procurementRef: latest?.procurement_ref ?? '',
    reason: '',
  })
  const [form, setForm] = useState<ContractForm>(initial)
  const [shown, setShown] = useState<ReturnType<typeof contractErrors>>({})
  const send = useSubmit(() => {
    setForm((f) => ({ ...f, reason: '' }))
    onChanged()
  })
  const invalid = (field: keyof typeof shown) => invalidProps(id, field, shown[field])

  return (
    <form
      className="report-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        const errors = contractErrors(form, project.approved_budget, amending)
        setShown(errors)
        if (Object.keys(errors).length > 0) return
        void send.submit(() =>
          api.recordContract({
            project_id: project.id,
            contractor: form.contractor.trim(),
            amount: parseTenge(form.amount)!,
            planned_start: form.plannedStart,
            planned_end: form.plannedEnd,
            procurement_ref: form.procurementRef.trim().toUpperCase(),
            reason: form.reason.trim() === '' ? null : form.reason.trim(),
          }),
        )
      }}
    >
      <h4 id={`${id}-title`}>{t(amending ? 'reporting.amendTitle' : 'reporting.contractTitle')}</h4>
      <p className="panel-hint">{t('reporting.contractHint')}</p>
      <Field id={`${id}-contractor`} label={t('reporting.contractor')} error={shown.contractor}>
        <input
          id={`${id}-contractor`}
          maxLength={CONTRACTOR_MAX}
          value={form.contractor}
          onChange={(e) => setForm({ ...form, contractor: e.target.value })}
          {...invalid('contractor')}
        />
      </Field>
      <div className="report-row">
        <Field id={`${id}-amount`} label={t('reporting.contractAmount')} error={shown.amount}>
          <input
            id={`${id}-amount`}
            inputMode="numeric"
            value={form.amount}
            onChange={(e) => setForm({ ...form, amount: e.target.value })}
            {...invalid('amount')}
          />
        </Field>
        <Field
          id={`${id}-procurementRef`}
          label={t('reporting.procurementRef')}
          error={shown.procurementRef}
        >
          <input
            id={`${id}-procurementRef`}
            placeholder="16776705-1"
            maxLength={40}
            value={form.procurementRef}
            onChange={(e) => setForm({ ...form, procurementRef: e.target.value })}
            {...invalid('procurementRef')}
          />
        </Field>
      </div>
      <div className="report-row">
        <Field
          id={`${id}-plannedStart`}
          label={t('reporting.plannedStart')}
          error={shown.plannedStart}
        >
          <input
            id={`${id}-plannedStart`}
            type="date"
            value={form.plannedStart}
            onChange={(e) => setForm({ ...form, plannedStart: e.target.value })}
            {...invalid('plannedStart')}
          />
        </Field>
        <Field id={`${id}-plannedEnd`} label={t('reporting.plannedEnd')} error={shown.plannedEnd}>
          <input
            id={`${id}-plannedEnd`}
            type="date"
            value={form.plannedEnd}
            onChange={(e) => setForm({ ...form, plannedEnd: e.target.value })}
            {...invalid('plannedEnd')}
          />
        </Field>
      </div>
      <Field
        id={`${id}-reason`}
        label={t(amending ? 'reporting.amendReason' : 'reporting.contractReason')}
        error={shown.reason}
      >
        <textarea
          id={`${id}-reason`}
          rows={2}
          maxLength={REASON_MAX}
          value={form.reason}
          onChange={(e) => setForm({ ...form, reason: e.target.value })}
          {...invalid('reason')}
        />
      </Field>
      <button type="submit" className="button button-primary" disabled={send.busy}>
        {t(amending ? 'reporting.amend' : 'reporting.recordContract')}
      </button>
      <SubmitOutcome {...send} doneText={t('reporting.contractRecorded')} />
    </form>
  )
}
