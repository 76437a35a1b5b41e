// One funded project: money approved, contracted and paid, the contract with its amendments, the
// timeline, and the payments with the reversals that corrected them.
import type { ReactNode, RefObject } from 'react'
import type { PhotoStore } from '../../api/photos'
import { useTranslation } from 'react-i18next'
import type { Api } from '../../api/client'
import type { DistrictSummary, ProjectDetail as Project } from '../../api/types'
import { formatTenge, formatTengeExact } from '../../i18n/formatTenge'
import { localizedName } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import { formatDate, formatDateTime, formatPercent } from '../common/dates'
import { useAsync } from '../common/useAsync'
import { usePhotoUrl } from '../common/usePhotoUrl'
import { DetailFrame } from './DetailFrame'
import { MilestoneList } from './MilestoneList'

export interface ProjectDetailProps {
  api: Api
  id: string
  districts: DistrictSummary[]
  headingRef: RefObject<HTMLHeadingElement | null>
  backLabel: string
  onBack(): void
  onOpenProposal(id: string): void
  /** Bumped after a write: the detail loads again. */
  version?: number
  /** Staff tools for this project, where the signed-in person may report on it. */
  reporting?(project: Project): ReactNode
}

export function ProjectDetail(props: ProjectDetailProps) {
  const { api, id, districts, headingRef, backLabel, onBack } = props
  const { t } = useTranslation()
  const lang = useLanguage()
  const detail = useAsync(`project:${id}`, () => api.projectDetail(id), props.version)
  const p = detail.data
  const district = districts.find((d) => d.id === p?.district_id)

  const money = (amount: number | null) =>
    amount === null ? (
      '—'
    ) : (
      <data value={amount} title={formatTengeExact(amount, lang)}>
        {formatTenge(amount, lang)}
      </data>
    )

  return (
    <DetailFrame
      loading={detail.loading}
      error={detail.error}
      backLabel={backLabel}
      onBack={onBack}
      kicker={t('list.kindProject')}
      item={p}
      headingRef={headingRef}
    >
      {p && (
        <>
          <p>
            <span className={`status-tag status-${p.status}`}>
              {t(`projectStatus.${p.status}`)}
            </span>
            {district && <span className="panel-hint"> · {localizedName(district, lang)}</span>}
          </p>
          <div className="progress-block">
            <p className="progress-label">
              <span id="project-progress">{t('project.progress')}</span>
              <strong>{formatPercent(p.progress, lang)}</strong>
            </p>
            <div
              className="progress-bar"
              role="progressbar"
              aria-labelledby="project-progress"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={p.progress}
              aria-valuetext={formatPercent(p.progress, lang)}
            >
              <span style={{ width: `${Math.max(0, Math.min(100, p.progress))}%` }} />
            </div>
          </div>
          <dl className="figures">
            <div className="figure" data-field="approved">
              <dt>{t('project.approved')}</dt>
              <dd>{money(p.approved_budget)}</dd>
            </div>
            <div className="figure" data-field="contracted">
              <dt>{t('project.contracted')}</dt>
              <dd>{money(p.contract_amount)}</dd>
            </div>
            <div className="figure" data-field="paid">
              <dt>{t('project.paid')}</dt>
              <dd>{money(p.paid)}</dd>
            </div>
          </dl>
          <dl className="facts facts-column">
            <div>
              <dt>{t('project.contractor')}</dt>
              <dd>{p.contractor ?? t('project.noContractor')}</dd>
            </div>
            <div>
              <dt>{t('project.planned')}</dt>
              <dd>
                {p.planned_start || p.planned_end
                  ? t('project.dateRange', {
                      start: formatDate(p.planned_start, lang),
                      end: formatDate(p.planned_end, lang),
                    })
                  : t('project.notPlanned')}
              </dd>
            </div>
          </dl>
          {p.proposal_id && (
            <button
              type="button"
              className="button"
              onClick={() => props.onOpenProposal(p.proposal_id!)}
            >
              {t('project.openProposal')} <span aria-hidden="true">→</span>
            </button>
          )}
          {p.contracts.length > 0 && (
            <>
              <h3 className="section-title">{t('project.contractHistory')}</h3>
              <ol className="contract-history">
                {p.contracts.map((c, i) => (
                  <li key={c.id} data-testid="contract-entry">
                    <p className="timeline-head">
                      <time dateTime={c.created_at}>{formatDateTime(c.created_at, lang)}</time>
                      <span>
                        {t(i === 0 ? 'project.contractSigned' : 'project.contractAmended')} ·{' '}
                        {t(`memberRole.${c.recorded_role}`)}
                      </span>
                    </p>
                    <p>
                      {c.contractor} · {money(c.amount)} ·{' '}
                      {t('project.dateRange', {
                        start: formatDate(c.planned_start, lang),
                        end: formatDate(c.planned_end, lang),
                      })}
                    </p>
                    <p className="panel-hint">
                      {t('project.procurementRef')}: {c.procurement_ref}
                    </p>
                    {c.reason && <p className="timeline-note">{c.reason}</p>}
                  </li>
                ))}
              </ol>
            </>
          )}
          {props.reporting?.(p)}
          <MilestoneList api={api} projectId={p.id} version={props.version ?? 0} />
          <h3 className="section-title">{t('project.timeline')}</h3>
          {p.updates.length === 0 ? (
            <p className="panel-hint">{t('project.noUpdates')}</p>
          ) : (
            <ol className="timeline">
              {p.updates.map((u) => (
                <li key={u.id}>
                  <p className="timeline-head">
                    <time dateTime={u.created_at}>{formatDateTime(u.created_at, lang)}</time>
                    <span>{t(`memberRole.${u.author_role}`)}</span>
                  </p>
                  <p>
                    <span className={`status-tag status-${u.status}`}>
                      {t(`projectStatus.${u.status}`)}
                    </span>{' '}
                    {formatPercent(u.progress, lang)}
                  </p>
                  {u.note && <p className="timeline-note">{u.note}</p>}
                  {u.photo_path && (
                    <TimelinePhoto
                      photos={api.transport.photos}
                      path={u.photo_path}
                      alt={t('project.updatePhoto', { date: formatDateTime(u.created_at, lang) })}
                    />
                  )}
                </li>
              ))}
            </ol>
          )}
          <h3 className="section-title">{t('project.payments')}</h3>
          {p.payments.length === 0 ? (
            <p className="panel-hint">{t('project.noPayments')}</p>
          ) : (
            <table className="payments">
              <caption className="visually-hidden">{t('project.payments')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('project.paidOn')}</th>
                  <th scope="col">{t('project.amount')}</th>
                  <th scope="col">{t('project.document')}</th>
                </tr>
              </thead>
              <tbody>
                {p.payments.map((pay) => (
                  <tr
                    key={pay.id}
                    className={
                      pay.reverses
                        ? 'payment-reversal'
                        : pay.reversed_by
                          ? 'payment-reversed'
                          : undefined
                    }
                  >
                    <td>
                      <time dateTime={pay.paid_on}>{formatDate(pay.paid_on, lang)}</time>
                    </td>
                    <td className="amount">{money(pay.amount)}</td>
                    <td>
                      {pay.document_ref}
                      {pay.reverses && (
                        <span className="payment-reason">
                          {t('project.reversal', { date: formatDateTime(pay.created_at, lang) })}
                          {pay.reason && `: ${pay.reason}`}
                        </span>
                      )}
                      {!pay.reverses && pay.reversed_by && (
                        <span className="payment-reason">{t('project.reversed')}</span>
                      )}
                      {!pay.reverses && pay.reason && (
                        <span className="payment-reason">
                          {t('project.overBudgetReason')}: {pay.reason}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </DetailFrame>
  )
}

/** A photo of a timeline entry, where this device can show it. */
function TimelinePhoto({ photos, path, alt }: { photos: PhotoStore; path: string; alt: string }) {
  const url = usePhotoUrl(photos, path)
  return url ? <img className="timeline-photo" src={url} alt={alt} /> : null
}
