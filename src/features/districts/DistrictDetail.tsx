import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { Cycle, DistrictSummary } from '../../api/types'
import { formatCount, formatTenge, formatTengeExact } from '../../i18n/formatTenge'
import { localizedName } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import { classColor, type Classes } from '../../map/choropleth'
import { DemoNote } from './DemoNote'

export interface DistrictDetailProps {
  district: DistrictSummary
  cycle: Cycle
  classes: Classes | null
  demoActivity: boolean
  headingRef: RefObject<HTMLHeadingElement | null>
  onBack(): void
}

type MoneyField = 'allocation' | 'approved' | 'contracted' | 'paid'

export function DistrictDetail({
  district,
  cycle,
  classes,
  demoActivity,
  headingRef,
  onBack,
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
            style={{ background: classColor(classes, district.allocation) }}
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
    </article>
  )
}
