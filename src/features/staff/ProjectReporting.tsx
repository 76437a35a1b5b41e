// An official reports on a project of their district while the cycle is being carried out: a
// timeline entry (status, progress, note, photo), a payment (amount, date, document) and
// milestones with their planned days. Both become
// public record at once; what was typed stays when something is refused.
import { useId, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Api } from '../../api/client'
import type { ProjectDetail } from '../../api/types'
import { almatyDay } from '../common/dates'
import { PhotoPicker } from '../common/PhotoPicker'
import { PROJECT_STATUSES } from '../filters/filterProposals'
import { parseTenge } from '../propose/proposalRules'
import {
  DOCUMENT_MAX,
  NOTE_MAX,
  parseProgress,
  paymentErrors,
  updateErrors,
  type PaymentForm,
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
  const id = useId()
  const today = almatyDay(new Date())
  const [form, setForm] = useState<PaymentForm>({ amount: '', paidOn: today, documentRef: '' })
  const [shown, setShown] = useState<ReturnType<typeof paymentErrors>>({})
  const send = useSubmit(() => {
    setForm({ amount: '', paidOn: today, documentRef: '' })
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
        const errors = paymentErrors(form, today)
        setShown(errors)
        if (Object.keys(errors).length > 0) return
        void send.submit(() =>
          api.recordPayment({
            project_id: project.id,
            amount: parseTenge(form.amount)!,
            paid_on: form.paidOn,
            document_ref: form.documentRef.trim(),
          }),
        )
      }}
    >
      <h4 id={`${id}-title`}>{t('reporting.paymentTitle')}</h4>
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
      <button type="submit" className="button button-primary" disabled={send.busy}>
        {t('reporting.addPayment')}
      </button>
      <SubmitOutcome {...send} doneText={t('reporting.paymentAdded')} />
    </form>
  )
}
