// The cycle's ballot on the overview panel while voting is open: the rules in a sentence, the
// votes left, and the proposals the resident voted for (each opens; changeable votes can be
// taken back).
import { useTranslation } from 'react-i18next'
import type { ProposalProperties } from '../../api/types'
import { formatCount } from '../../i18n/formatTenge'
import { useLanguage } from '../../i18n/useLanguage'
import { describeError } from '../common/errorMessage'
import { votesLeft } from './ballotState'
import type { Ballot } from './useBallot'

export interface BallotSummaryProps {
  ballot: Ballot
  /** The cycle's proposals, to name the ones voted for. */
  proposals: ProposalProperties[]
  onOpen(proposalId: string): void
}

export function BallotSummary({ ballot, proposals, onOpen }: BallotSummaryProps) {
  const { t } = useTranslation()
  const lang = useLanguage()
  const { cycle, votes } = ballot
  if (cycle.phase !== 'voting') return null
  const limit = formatCount(cycle.votes_per_voter, lang)
  const title = (id: string) => proposals.find((p) => p.id === id)?.title ?? id

  return (
    <section className="ballot-summary" aria-labelledby="ballot-summary-title">
      <h3 className="section-title" id="ballot-summary-title">
        {t('ballot.title')}
      </h3>
      <p className="panel-hint">
        {t('ballot.rules', { limit })}{' '}
        {cycle.votes_changeable ? t('ballot.changeableRule') : t('ballot.finalRule')}{' '}
        {cycle.residents_only && t('ballot.residentsRule')}
      </p>
      {!ballot.signedIn ? (
        <p className="panel-hint">{t('ballot.signInToVote')}</p>
      ) : votes === undefined ? (
        <p className="panel-hint" role="status">
          {t('load.loading')}
        </p>
      ) : (
        <>
          <p className="ballot-left" data-left={votesLeft(cycle, votes)}>
            {t('ballot.votesLeft', {
              left: formatCount(votesLeft(cycle, votes), lang),
              limit,
            })}
          </p>
          {votes.length > 0 && (
            <ul className="my-votes" aria-label={t('ballot.myVotes')}>
              {votes.map((v) => (
                <li key={v.proposal_id} data-proposal={v.proposal_id}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onOpen(v.proposal_id)}
                  >
                    {title(v.proposal_id)}
                  </button>
                  {cycle.votes_changeable && (
                    <button
                      type="button"
                      className="button button-small"
                      disabled={ballot.pending === v.proposal_id}
                      onClick={() => void ballot.retract(v.proposal_id)}
                    >
                      {t('ballot.retract')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {ballot.failure && (
            <p className="error-text" role="alert">
              {describeError(ballot.failure.error, t)}
            </p>
          )}
        </>
      )}
    </section>
  )
}
