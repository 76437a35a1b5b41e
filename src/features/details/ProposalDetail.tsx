// One proposal: what residents asked for, what it costs, where, and what reviewers said.
import type { ReactNode, RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { Api } from '../../api/client'
import type {
  Category,
  DistrictSummary,
  ProjectProperties,
  ProposalDetail as ProposalDetailData,
} from '../../api/types'
import { formatCount, formatTenge, formatTengeExact } from '../../i18n/formatTenge'
import { localizedName } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import { VoteControl } from '../ballot/VoteControl'
import type { Ballot } from '../ballot/useBallot'
import { formatDate, formatDateTime } from '../common/dates'
import { useAsync } from '../common/useAsync'
import { usePhotoUrl } from '../common/usePhotoUrl'
import { BallotGroupFact } from './BallotGroupFact'
import { VoteBreakdown } from './VoteBreakdown'
import { DetailFrame } from './DetailFrame'

export interface ProposalDetailProps {
  api: Api
  id: string
  districts: DistrictSummary[]
  categories: Category[]
  /** Projects of the cycle, to link a selected proposal to its project. */
  projects: ProjectProperties[]
  /** The resident's ballot, when one is open to them. */
  ballot: Ballot | null
  /** Bumped after a write (a vote): the detail loads again. */
  version: number
  /** Opens the form on one of the resident's own proposals (only while it may be edited). */
  onEdit?(id: string): void
  headingRef: RefObject<HTMLHeadingElement | null>
  backLabel: string
  onBack(): void
  onOpenProject(id: string): void
  onShowOnMap(): void
  /** Staff tools (review, paper votes) where the signed-in person may use them. */
  staffTools?(proposal: ProposalDetailData): ReactNode
}

export function ProposalDetail(props: ProposalDetailProps) {
  const { api, id, districts, categories, projects, headingRef, backLabel, onBack } = props
  const { t } = useTranslation()
  const lang = useLanguage()
  const detail = useAsync(`proposal:${id}`, () => api.proposalDetail(id), props.version)
  const p = detail.data
  const district = districts.find((d) => d.id === p?.district_id)
  const category = categories.find((c) => c.id === p?.category_id)
  const project = projects.find((pr) => pr.proposal_id === id)
  const photoUrl = usePhotoUrl(api.transport.photos, p?.photo_path ?? null)

  return (
    <DetailFrame
      loading={detail.loading}
      error={detail.error}
      backLabel={backLabel}
      onBack={onBack}
      kicker={t('list.kindProposal')}
      item={p}
      headingRef={headingRef}
    >
      {p && (
        <>
          <p>
            <span className={`status-tag status-${p.status}`}>
              {t(`proposalStatus.${p.status}`)}
            </span>
          </p>
          <figure className="photo">
            {photoUrl ? (
              <img src={photoUrl} alt={t('proposal.photoAlt', { title: p.title })} />
            ) : (
              <div className="photo-placeholder" role="img" aria-label={t('proposal.noPhoto')}>
                <span aria-hidden="true">▧</span> {t('proposal.noPhoto')}
              </div>
            )}
          </figure>
          <dl className="figures">
            <div className="figure" data-field="cost">
              <dt>{t('proposal.cost')}</dt>
              <dd>
                {p.cost_estimate === null ? (
                  '—'
                ) : (
                  <data value={p.cost_estimate} title={formatTengeExact(p.cost_estimate, lang)}>
                    {formatTenge(p.cost_estimate, lang)}
                  </data>
                )}
              </dd>
            </div>
            <div className="figure" data-field="votes">
              <dt>{t('district.votes')}</dt>
              <dd>
                <data value={p.votes}>{formatCount(p.votes, lang)}</data>
              </dd>
            </div>
          </dl>
          {(p.status === 'on_ballot' || p.status === 'selected' || p.status === 'not_selected') && (
            <VoteBreakdown api={api} id={p.id} version={props.version} />
          )}
          {p.ballot_group && <BallotGroupFact group={p.ballot_group} />}
          {props.ballot && <VoteControl ballot={props.ballot} proposal={p} districts={districts} />}
          {props.staffTools?.(p)}
          {p.is_mine && props.onEdit && (p.status === 'draft' || p.status === 'submitted') && (
            <button type="button" className="button" onClick={() => props.onEdit!(p.id)}>
              {t('propose.edit')}
            </button>
          )}
          <dl className="facts facts-column">
            <div>
              <dt>{t('proposal.category')}</dt>
              <dd>{category ? localizedName(category, lang) : '—'}</dd>
            </div>
            <div>
              <dt>{t('proposal.district')}</dt>
              <dd>{district ? localizedName(district, lang) : '—'}</dd>
            </div>
            <div>
              <dt>{t('proposal.author')}</dt>
              <dd>{p.author_name ?? t('proposal.authorHidden')}</dd>
            </div>
            <div>
              <dt>{t('proposal.submitted')}</dt>
              <dd>{formatDate(p.submitted_at ?? p.created_at, lang)}</dd>
            </div>
            <div>
              <dt>{t('proposal.location')}</dt>
              <dd>
                {p.location ? (
                  <button type="button" className="link-button" onClick={props.onShowOnMap}>
                    {t('proposal.showOnMap')}
                  </button>
                ) : (
                  t('proposal.noLocation')
                )}
              </dd>
            </div>
          </dl>
          {p.rejection_reason && (
            <div className="rejection" data-field="rejection">
              <h3 className="section-title">{t('proposal.rejection')}</h3>
              <p>{p.rejection_reason}</p>
            </div>
          )}
          <h3 className="section-title">{t('proposal.description')}</h3>
          <p className="description">{p.description}</p>
          {project && (
            <button
              type="button"
              className="button"
              onClick={() => props.onOpenProject(project.id)}
            >
              {t('proposal.openProject')} <span aria-hidden="true">→</span>
            </button>
          )}
          <h3 className="section-title">{t('proposal.reviews')}</h3>
          {p.reviews.length === 0 ? (
            <p className="panel-hint">{t('proposal.noReviews')}</p>
          ) : (
            <ol className="timeline">
              {p.reviews.map((r) => (
                <li key={r.id} className={`verdict-${r.verdict}`}>
                  <p className="timeline-head">
                    <strong>{t(`reviewer.${r.reviewer_role}`)}</strong>
                    <time dateTime={r.created_at}>{formatDateTime(r.created_at, lang)}</time>
                  </p>
                  <p className="verdict">{t(`verdict.${r.verdict}`)}</p>
                  {r.cost_reestimate !== null && (
                    <p>
                      {t('proposal.reestimate')}:{' '}
                      <data value={r.cost_reestimate}>{formatTenge(r.cost_reestimate, lang)}</data>
                    </p>
                  )}
                  {r.note && <p className="timeline-note">{r.note}</p>}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </DetailFrame>
  )
}
