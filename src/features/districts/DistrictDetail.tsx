import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { Cycle, DistrictSummary } from '../../api/types'
import { formatCount, formatTenge, formatTengeExact } from '../../i18n/formatTenge'
import { localizedName } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import { classColor, type Classes } from '../../map/choropleth'

export interface DistrictDetailProps {
  district: DistrictSummary
  cycle: Cycle
  classes: Classes | null
  headingRef: RefObject<HTMLHeadingElement | null>
  onBack(): void
}

type MoneyField = 'allocation' | 'approved' | 'contracted' | 'paid'

export function DistrictDetail({
  district,
  cycle,
  classes,
  headingRef,
  onBack,
}: DistrictDetailProps) {
  const { t } = useTranslation()
  const lang = useLanguage()

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
      {cycle.is_demo && (
        <p className="demo-note">
          <span className="badge badge-demo">{t('demo.badge')}</span> {t('demo.cycleNote')}
        </p>
      )}
      <dl className="figures">
        <div className="figure figure-main" data-field="allocation">
          <dt>{t('district.allocation')}</dt>
          <dd>{money('allocation')}</dd>
        </div>
        <div className="figure" data-field="proposals">
          <dt>{t('district.proposals')}</dt>
          <dd>
            <data value={district.proposals}>{formatCount(district.proposals, lang)}</data>
          </dd>
        </div>
        <div className="figure" data-field="votes">
          <dt>{t('district.votes')}</dt>
          <dd>
            <data value={district.votes}>{formatCount(district.votes, lang)}</data>
          </dd>
        </div>
        <div className="figure" data-field="approved">
          <dt>{t('district.approved')}</dt>
          <dd>{money('approved')}</dd>
        </div>
        <div className="figure" data-field="contracted">
          <dt>{t('district.contracted')}</dt>
          <dd>{money('contracted')}</dd>
        </div>
        <div className="figure" data-field="paid">
          <dt>{t('district.paid')}</dt>
          <dd>{money('paid')}</dd>
        </div>
      </dl>
      <p className="panel-hint">{t('district.amountsNote')}</p>
    </article>
  )
}
