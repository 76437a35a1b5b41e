// The staff's review queue for the cycle: proposals submitted in their districts and not yet
// decided, oldest first. Opening one shows it on the map; officials decide in the review phase.
import { useTranslation } from 'react-i18next'
import type { Api } from '../../api/client'
import type { Cycle, DistrictSummary } from '../../api/types'
import { formatCount, formatTenge } from '../../i18n/formatTenge'
import { localizedName } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import { formatDate } from '../common/dates'
import { describeError } from '../common/errorMessage'
import { useAsync } from '../common/useAsync'
import { DecisionControl } from './DecisionControl'

export interface ReviewQueueProps {
  api: Api
  cycle: Cycle
  districts: DistrictSummary[]
  version: number
  onOpen(id: string): void
  onDecided(): void
}

export function ReviewQueue({
  api,
  cycle,
  districts,
  version,
  onOpen,
  onDecided,
}: ReviewQueueProps) {
  const { t } = useTranslation()
  const lang = useLanguage()
  const queue = useAsync(`review-queue:${cycle.id}`, () => api.reviewQueue(cycle.id), version)
  const districtName = (id: string) => {
    const d = districts.find((x) => x.id === id)
    return d ? localizedName(d, lang) : id
  }
  // Decisions belong to the review phase (the database refuses them elsewhere).
  const deciding = cycle.phase === 'review'

  let body
  if (queue.error !== undefined) {
    body = (
      <p className="field-error" role="alert">
        {describeError(queue.error, t)}
      </p>
    )
  } else if (!queue.data) {
    body = (
      <p className="panel-hint" role="status">
        {t('load.loading')}
      </p>
    )
  } else if (queue.data.length === 0) {
    body = <p className="panel-hint">{t('review.empty')}</p>
  } else {
    const decidable = queue.data.some((p) => p.can_decide)
    body = (
      <>
        {decidable && !deciding && (
          <p className="panel-hint">
            {t('review.decisionsInReview', { phase: t(`phase.${cycle.phase}`) })}
          </p>
        )}
        <ul>
          {queue.data.map((p) => (
            <li key={p.id} data-proposal={p.id} data-status={p.status}>
              <p>
                <button type="button" className="link-button" onClick={() => onOpen(p.id)}>
                  {p.title}
                </button>{' '}
                <span className={`status-tag status-${p.status}`}>
                  {t(`proposalStatus.${p.status}`)}
                </span>
              </p>
              <p className="panel-hint">
                {districtName(p.district_id)} · {formatTenge(p.cost_estimate, lang)} ·{' '}
                {t('review.submittedOn', { date: formatDate(p.submitted_at, lang) })} ·{' '}
                {t('review.reviewCount', { n: formatCount(p.reviews, lang) })}
              </p>
              {p.can_decide && deciding && (
                <DecisionControl
                  api={api}
                  proposalId={p.id}
                  title={p.title}
                  onDecided={onDecided}
                />
              )}
            </li>
          ))}
        </ul>
      </>
    )
  }

  return (
    <section className="staff-tools review-queue" aria-labelledby="review-queue-title">
      <h3 className="section-title" id="review-queue-title">
        {t('review.title')}
        {queue.data && queue.data.length > 0 && ` (${formatCount(queue.data.length, lang)})`}
      </h3>
      {body}
    </section>
  )
}
