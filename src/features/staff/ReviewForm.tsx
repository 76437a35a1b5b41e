// A review of a proposal by the akimat, an expert, the Public Council or the budget commission:
// the verdict, a cost re-estimate where the cost is wrong, and a note. Public at once.
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Api } from '../../api/client'
import type { ReviewerRole, ReviewVerdict } from '../../api/types'
import { parseTenge } from '../propose/proposalRules'
import { NOTE_MAX } from './reportingRules'
import { SubmitOutcome, useSubmit } from './useSubmit'

const VERDICTS: readonly ReviewVerdict[] = ['feasible', 'feasible_with_changes', 'not_feasible']

export interface ReviewFormProps {
  api: Api
  proposalId: string
  capacities: readonly ReviewerRole[]
  onChanged(): void
}

export function ReviewForm({ api, proposalId, capacities, onChanged }: ReviewFormProps) {
  const { t } = useTranslation()
  const id = useId()
  const [role, setRole] = useState<ReviewerRole>(capacities[0]!)
  const [verdict, setVerdict] = useState<ReviewVerdict>('feasible')
  const [cost, setCost] = useState('')
  const [note, setNote] = useState('')
  const send = useSubmit(() => {
    setNote('')
    setCost('')
    onChanged()
  })
  const parsed = parseTenge(cost)
  const costInvalid = parsed !== null && (Number.isNaN(parsed) || parsed <= 0)

  return (
    <form
      className="report-form review-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        if (costInvalid) return
        void send.submit(() =>
          api.reviewProposal({
            proposal_id: proposalId,
            reviewer_role: role,
            verdict,
            cost_reestimate: parsed,
            note: note.trim(),
          }),
        )
      }}
    >
      <h4 id={`${id}-title`}>{t('staffReview.title')}</h4>
      <div className="report-row">
        <div className="report-field">
          <label className="field-label" htmlFor={`${id}-role`}>
            {t('staffReview.capacity')}
          </label>
          <select
            id={`${id}-role`}
            value={role}
            onChange={(e) => setRole(e.target.value as ReviewerRole)}
          >
            {capacities.map((c) => (
              <option key={c} value={c}>
                {t(`reviewer.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="report-field">
          <label className="field-label" htmlFor={`${id}-verdict`}>
            {t('staffReview.verdict')}
          </label>
          <select
            id={`${id}-verdict`}
            value={verdict}
            onChange={(e) => setVerdict(e.target.value as ReviewVerdict)}
          >
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {t(`verdict.${v}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="report-field">
          <label className="field-label" htmlFor={`${id}-cost`}>
            {t('staffReview.cost')}
          </label>
          <input
            id={`${id}-cost`}
            inputMode="numeric"
            value={cost}
            aria-invalid={costInvalid}
            aria-describedby={costInvalid ? `${id}-cost-error` : undefined}
            onChange={(e) => setCost(e.target.value)}
          />
          {costInvalid && (
            <p className="field-error" id={`${id}-cost-error`}>
              {t('errors.cost_not_whole_tenge')}
            </p>
          )}
        </div>
      </div>
      <div className="report-field">
        <label className="field-label" htmlFor={`${id}-note`}>
          {t('staffReview.note')}
        </label>
        <textarea
          id={`${id}-note`}
          rows={3}
          maxLength={NOTE_MAX}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <button type="submit" className="button button-primary" disabled={send.busy}>
        {t('staffReview.submit')}
      </button>
      <SubmitOutcome {...send} doneText={t('staffReview.done')} />
    </form>
  )
}
