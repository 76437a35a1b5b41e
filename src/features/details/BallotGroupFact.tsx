// The ballot group a proposal competes in (Saryarka 2019: yards by flat count), with the money
// set aside for that group, so a voter sees which part of the ballot a vote goes to.
import { useTranslation } from 'react-i18next'
import type { BallotGroup } from '../../api/types'
import { formatTenge, formatTengeExact } from '../../i18n/formatTenge'
import { localizedName } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'

export function BallotGroupFact({ group }: { group: BallotGroup }) {
  const { t } = useTranslation()
  const lang = useLanguage()
  return (
    <dl className="facts" data-field="ballot-group" data-group={group.code}>
      <div>
        <dt>{t('proposal.ballotGroup')}</dt>
        <dd>{localizedName(group, lang)}</dd>
        {group.allocation !== null && (
          <dd className="panel-hint" title={formatTengeExact(group.allocation, lang)}>
            {t('proposal.groupAllocation', { amount: formatTenge(group.allocation, lang) })}
          </dd>
        )}
      </div>
    </dl>
  )
}
