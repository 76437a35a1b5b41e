import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { Cycle, DistrictSummary, ProposalProperties } from '../../api/types'
import { formatCount, formatTenge, formatTengeExact } from '../../i18n/formatTenge'
import { localizedName } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import { classColor, type Classes } from '../../map/choropleth'
import { DemoNote } from './DemoNote'

export interface DistrictDetailProps {
  district: DistrictSummary
  cycle: Cycle
  classes: Classes | null
  /** The district's colour on the map (by the chosen metric); by allocation when absent. */
  color?: string
  demoActivity: boolean
  /** The district's proposals with the most votes. */
  top: ProposalProperties[]
  headingRef: RefObject<HTMLHeadingElement | null>
  onBack(): void
  onOpenProposal(id: string): void
  onShowList(): void
}

type MoneyField = 'allocation' | 'approved' | 'contracted' | 'paid'

export function DistrictDetail({
  district,
  cycle,
  classes,
  color,
  demoActivity,
  top,
  headingRef,
  onBack,
  onOpenProposal,
  onShowList,
}: DistrictDetailProps) {
  const { t } = useTranslation()
  const lang = useLanguage()

  // In a real cycle with invented activity, every figure but the allocation is marked.
  const marked = demoActivity && !cycle.is_demo
  const demoMark = marked ? (
    <span className="badge badge-demo figure-badge">{t('demo.short')}</span>
  ) : null

  const money = (field: MoneyField) => (
    <data value={district[field]} title={formatTengeExact(district[field], lang)}>
      {formatTenge(district[field], lang)}
    </data>
  )

  return (
    <article className="district-detail" aria-labelledby="district-title">
      <button type="button" className="back-button" onClick={onBack}>
        <span aria-hidden="true">←</span> {t('panel.allDistricts')}
      </button>
      <h2 id="district-title" className="panel-title" ref={headingRef} tabIndex={-1}>
        {classes && (
          <span
            className="swatch"
            aria-hidden="true"
            style={{ background: color ?? classColor(classes, district.allocation) }}
          />
        )}
        {localizedName(district, lang)}
      </h2>
      <DemoNote cycle={cycle} demoActivity={demoActivity} />
      <dl className="figures">
        <div className="figure figure-main" data-field="allocation">
          <dt>{t('district.allocation')}</dt>
          <dd>{money('allocation')}</dd>
        </div>
        <div className="figure" data-field="proposals">
          <dt>
            {t('district.proposals')} {demoMark}
          </dt>
          <dd>
            <data value={district.proposals}>{formatCount(district.proposals, lang)}</data>
          </dd>
        </div>
        <div className="figure" data-field="votes">
          <dt>
            {t('district.votes')} {demoMark}
          </dt>
          <dd>
            <data value={district.votes}>{formatCount(district.votes, lang)}</data>
          </dd>
        </div>
        <div className="figure" data-field="approved">
          <dt>
            {t('district.approved')} {demoMark}
          </dt>
          <dd>{money('approved')}</dd>
        </div>
        <div className="figure" data-field="contracted">
          <dt>
            {t('district.contracted')} {demoMark}
          </dt>
          <dd>{money('contracted')}</dd>
        </div>
        <div className="figure" data-field="paid">
          <dt>
            {t('district.paid')} {demoMark}
          </dt>
          <dd>{money('paid')}</dd>
        </div>
      </dl>
      <p className="panel-hint">{t('district.amountsNote')}</p>
      <section className="top-proposals" aria-labelledby="top-proposals-title">
        <h3 id="top-proposals-title" className="section-title">
          {t('district.topProposals')} {demoMark}
        </h3>
        {top.length === 0 ? (
          <p className="panel-hint">{t('district.noProposals')}</p>
        ) : (
          <ol className="top-list">
            {top.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className="top-row"
                  data-proposal={p.id}
                  onClick={() => onOpenProposal(p.id)}
                >
                  <span className="top-title">{p.title}</span>
                  <span className="top-meta">
                    <span className={`status-tag status-${p.status}`}>
                      {t(`proposalStatus.${p.status}`)}
                    </span>
                    <span>
                      <span className="visually-hidden">{t('district.votes')}: </span>
                      <data value={p.votes}>{formatCount(p.votes, lang)}</data>
                      <span aria-hidden="true"> ✓</span>
                    </span>
                  </span>
                </button>
              </li>
            ))}
          </ol>
        )}
        <button type="button" className="link-button" onClick={onShowList}>
          {t('district.showList')}
        </button>
      </section>
    </article>
  )
}
