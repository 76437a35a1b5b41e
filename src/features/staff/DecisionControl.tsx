// An official's decision on a waiting proposal: put it on the ballot, or reject it with a reason
// the author and the public read. The reason typed stays when the database refuses.
import { useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Api } from '../../api/client'
import { ApiError } from '../../api/errors'
import { describeError } from '../common/errorMessage'
import { decisionError, type StaffDecision } from './decisionRules'

export interface DecisionControlProps {
  api: Api
  proposalId: string
  title: string
  onDecided(): void
}

export function DecisionControl({ api, proposalId, title, onDecided }: DecisionControlProps) {
  const { t } = useTranslation()
  const [rejecting, setRejecting] = useState(false)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const reasonRef = useRef<HTMLTextAreaElement>(null)
  const reasonId = useId()

  const decide = async (decision: StaffDecision) => {
    const key = decisionError(decision, reason)
    if (key) {
      setError(new ApiError({ key, message: key }))
      reasonRef.current?.focus()
      return
    }
    setBusy(true)
    setError(null)
    try {
      await api.decideProposal(proposalId, decision, decision === 'rejected' ? reason : null)
      onDecided()
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="decision" role="group" aria-label={t('review.decisionFor', { title })}>
      {rejecting ? (
        <>
          <label className="field" htmlFor={reasonId}>
            <span className="field-label">{t('review.reason')}</span>
          </label>
          <textarea
            id={reasonId}
            ref={reasonRef}
            rows={3}
            value={reason}
            maxLength={4000}
            aria-invalid={error !== null}
            onChange={(e) => setReason(e.target.value)}
          />
          <p className="panel-hint">{t('review.reasonPublic')}</p>
          <div className="decision-actions">
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void decide('rejected')}
            >
              {t('review.reject')}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => {
                setRejecting(false)
                setError(null)
              }}
            >
              {t('ballot.cancel')}
            </button>
          </div>
        </>
      ) : (
        <div className="decision-actions">
          <button
            type="button"
            className="button button-primary button-small"
            disabled={busy}
            onClick={() => void decide('on_ballot')}
          >
            {t('review.putOnBallot')}
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={busy}
            onClick={() => setRejecting(true)}
          >
            {t('review.rejectWithReason')}
          </button>
        </div>
      )}
      {error !== null && (
        <p className="field-error" role="alert">
          {describeError(error, t)}
        </p>
      )}
    </div>
  )
}
