// A district official enters the paper votes counted for a proposal on the ballot. A
// correction is a new entry; the latest counts.
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Api } from '../../api/client'
import { SubmitOutcome, useSubmit } from './useSubmit'

const MAX_PAPER_VOTES = 10_000_000

/** A whole number of votes, or null. */
export function parseVoteCount(text: string): number | null {
  const t = text.replace(/[\s\u00a0]/g, '')
  if (!/^\d{1,8}$/.test(t)) return null
  const n = Number(t)
  return n <= MAX_PAPER_VOTES ? n : null
}

export function PaperVotesForm(props: { api: Api; proposalId: string; onChanged(): void }) {
  const { t } = useTranslation()
  const id = useId()
  const [count, setCount] = useState('')
  const [note, setNote] = useState('')
  const [shown, setShown] = useState(false)
  const send = useSubmit(() => {
    setNote('')
    props.onChanged()
  })
  const votes = parseVoteCount(count)
  const invalid = shown && votes === null

  return (
    <form
      className="report-form paper-votes-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        setShown(true)
        if (votes === null) return
        void send.submit(() => props.api.recordPaperVotes(props.proposalId, votes, note.trim()))
      }}
    >
      <h4 id={`${id}-title`}>{t('paperVotes.title')}</h4>
      <div className="report-row">
        <div className="report-field">
          <label className="field-label" htmlFor={`${id}-count`}>
            {t('paperVotes.count')}
          </label>
          <input
            id={`${id}-count`}
            inputMode="numeric"
            value={count}
            aria-invalid={invalid}
            aria-describedby={invalid ? `${id}-count-error` : undefined}
            onChange={(e) => setCount(e.target.value)}
          />
          {invalid && (
            <p className="field-error" id={`${id}-count-error`}>
              {t('paperVotes.countInvalid')}
            </p>
          )}
        </div>
        <div className="report-field">
          <label className="field-label" htmlFor={`${id}-note`}>
            {t('paperVotes.note')}
          </label>
          <input
            id={`${id}-note`}
            maxLength={1000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
      </div>
      <p className="panel-hint">{t('paperVotes.hint')}</p>
      <button type="submit" className="button button-primary" disabled={send.busy}>
        {t('paperVotes.submit')}
      </button>
      <SubmitOutcome {...send} doneText={t('paperVotes.done')} />
    </form>
  )
}
