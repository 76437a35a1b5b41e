// The resident's own proposals in the cycle, drafts included: status, the reason of a
// rejection, and a way back into the form for those still editable.
import { useTranslation } from 'react-i18next'
import type { Cycle, MyProposal } from '../../api/types'
import { formatCount } from '../../i18n/formatTenge'
import { useLanguage } from '../../i18n/useLanguage'

export interface MyProposalsProps {
  cycle: Cycle
  proposals: MyProposal[]
  onOpen(id: string): void
  onEdit(id: string): void
}

export function MyProposals({ cycle, proposals, onOpen, onEdit }: MyProposalsProps) {
  const { t } = useTranslation()
  const lang = useLanguage()
  if (proposals.length === 0) return null
  const editable = (p: MyProposal) =>
    cycle.phase === 'submission' && (p.status === 'draft' || p.status === 'submitted')

  return (
    <section className="my-proposals" aria-labelledby="my-proposals-title">
      <h3 className="section-title" id="my-proposals-title">
        {t('propose.mine')}
      </h3>
      <ul>
        {proposals.map((p) => (
          <li key={p.id} data-proposal={p.id} data-status={p.status}>
            <p className="my-proposal-head">
              {p.status === 'draft' ? (
                <span className="my-proposal-title">{p.title || t('propose.untitled')}</span>
              ) : (
                <button type="button" className="link-button" onClick={() => onOpen(p.id)}>
                  {p.title}
                </button>
              )}{' '}
              <span className={`status-tag status-${p.status}`}>
                {t(`proposalStatus.${p.status}`)}
              </span>
            </p>
            {p.rejection_reason && (
              <p className="my-proposal-reason">
                {t('proposal.rejection')}: {p.rejection_reason}
              </p>
            )}
            {p.status !== 'draft' && p.status !== 'withdrawn' && (
              <p className="panel-hint">
                {t('district.votes')}: <data value={p.votes}>{formatCount(p.votes, lang)}</data>
              </p>
            )}
            {editable(p) && (
              <button type="button" className="button button-small" onClick={() => onEdit(p.id)}>
                {p.status === 'draft' ? t('propose.continue') : t('propose.edit')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
