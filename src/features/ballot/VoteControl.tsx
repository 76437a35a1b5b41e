// The vote on a proposal's detail: what the resident may do with it under the cycle's rules,
// a two-step confirmation where a vote is final, and refusals in the interface language.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DistrictSummary, ProposalStatus } from '../../api/types'
import { formatCount } from '../../i18n/formatTenge'
import { localizedName } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import { describeError } from '../common/errorMessage'
import { voteAction } from './ballotState'
import type { Ballot } from './useBallot'

export interface VoteControlProps {
  ballot: Ballot
  proposal: { id: string; status: ProposalStatus; district_id: string | null }
  districts: DistrictSummary[]
}

export function VoteControl({ ballot, proposal, districts }: VoteControlProps) {
  const { t } = useTranslation()
  const lang = useLanguage()
  const [confirming, setConfirming] = useState(false)
  const action = voteAction({ ...ballot, proposal })
  if (action.kind === 'none') return null
  const busy = ballot.pending === proposal.id
  const failure = ballot.failure?.proposalId === proposal.id ? ballot.failure.error : null
  const districtName = (id: string | null) => {
    const d = districts.find((x) => x.id === id)
    return d ? localizedName(d, lang) : (id ?? '—')
  }

  let body
  switch (action.kind) {
    case 'notOpen':
      body = (
        <p className="panel-hint">{action.closed ? t('ballot.closed') : t('ballot.notYetOpen')}</p>
      )
      break
    case 'signIn':
      body = <p className="panel-hint">{t('ballot.signInToVote')}</p>
      break
    case 'loading':
      body = (
        <p className="panel-hint" role="status">
          {t('load.loading')}
        </p>
      )
      break
    case 'notVerified':
      body = <p className="ballot-refusal">{t('errors.residency_not_verified')}</p>
      break
    case 'notResident':
      body = (
        <p className="ballot-refusal">
          {t('ballot.notResident', { district: districtName(action.districtId) })}
        </p>
      )
      break
    case 'voted':
      body = (
        <>
          <p className="ballot-voted">
            <span aria-hidden="true">✓</span> {t('ballot.voted')}
          </p>
          {action.canRetract ? (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void ballot.retract(proposal.id)}
            >
              {t('ballot.retract')}
            </button>
          ) : (
            <p className="panel-hint">{t('ballot.finalNote')}</p>
          )}
        </>
      )
      break
    case 'noVotesLeft':
      body = (
        <p className="ballot-refusal">
          {t('ballot.noVotesLeft', { limit: formatCount(action.limit, lang) })}{' '}
          {action.canRetract && t('ballot.retractElsewhere')}
        </p>
      )
      break
    case 'vote':
      body = confirming ? (
        <div className="ballot-confirm" role="group" aria-label={t('ballot.confirmTitle')}>
          <p>{t('ballot.confirmFinal')}</p>
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => {
              setConfirming(false)
              void ballot.cast(proposal.id)
            }}
          >
            {t('ballot.confirm')}
          </button>{' '}
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t('ballot.cancel')}
          </button>
        </div>
      ) : (
        <>
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => (action.final ? setConfirming(true) : void ballot.cast(proposal.id))}
          >
            {t('ballot.vote')}
          </button>
          <p className="panel-hint">
            {t('ballot.votesLeft', {
              left: formatCount(action.left, lang),
              limit: formatCount(action.limit, lang),
            })}{' '}
            {action.final ? t('ballot.finalRule') : t('ballot.changeableRule')}
          </p>
        </>
      )
      break
  }

  return (
    <section className="ballot" aria-label={t('ballot.title')} data-action={action.kind}>
      {body}
      {failure !== null && (
        <p className="error-text" role="alert">
          {describeError(failure, t)}
        </p>
      )}
    </section>
  )
}
