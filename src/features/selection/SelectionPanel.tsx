// Selecting a district's winners, in the open: the greedy rule and the Method of Equal Shares run
// on the same votes and costs, side by side, on each of the district's ballots (one, or one per
// ballot group). The district's officials confirm, on each ballot, the outcome of the rule the
// cycle declared before the vote; afterwards everyone sees it, with its rule.
import { useTranslation } from 'react-i18next'
import type { Api } from '../../api/client'
import type { Cycle } from '../../api/types'
import { describeError } from '../common/errorMessage'
import { useAsync } from '../common/useAsync'
import { BallotSelection } from './BallotSelection'
import type { RuleComparison } from './useRuleComparison'

export interface SelectionPanelProps {
  api: Api
  cycle: Cycle
  districtId: string
  districtName: string
  /** The two rules on each of this district's ballots (useRuleComparison). */
  comparison: RuleComparison
  /** The signed-in person confirms for this district (official or city admin). */
  canConfirm: boolean
  /** Shows one rule's winners, or where the two differ, on the map. */
  onShowOnMap(outcome: 'greedy' | 'mes' | 'changed'): void
  version: number
  onOpenProposal(id: string): void
  onConfirmed(): void
}

export function SelectionPanel(props: SelectionPanelProps) {
  const { api, cycle, districtId, comparison } = props
  const { t } = useTranslation()
  const outcomes = useAsync(
    `outcomes:${cycle.id}`,
    () => api.selectionOutcomes(cycle.id),
    props.version,
  )
  const error = outcomes.error ?? (comparison.state === 'failed' ? comparison.error : undefined)

  let body
  if (error !== undefined) {
    body = (
      <p className="field-error" role="alert">
        {describeError(error, t)}
      </p>
    )
  } else if (comparison.state !== 'ready') {
    body = (
      <p className="panel-hint" role="status">
        {t('load.loading')}
      </p>
    )
  } else if (comparison.ballots.length === 0) {
    body = <p className="panel-hint">{t('selection.empty')}</p>
  } else {
    const grouped = comparison.ballots.some((b) => b.group !== null)
    body = (
      <>
        {grouped && <p className="panel-hint">{t('selection.groupsNote')}</p>}
        {comparison.ballots.map((ballot) => (
          <BallotSelection
            key={ballot.group?.id ?? 'district'}
            api={api}
            cycle={cycle}
            districtId={districtId}
            districtName={props.districtName}
            ballot={ballot}
            confirmed={outcomes.data?.find(
              (o) =>
                o.district_id === districtId && o.ballot_group_id === (ballot.group?.id ?? null),
            )}
            canConfirm={props.canConfirm}
            onOpenProposal={props.onOpenProposal}
            onConfirmed={props.onConfirmed}
          />
        ))}
        <p className="panel-hint" data-declared-rule={cycle.selection_rule}>
          {t('selection.declared', { rule: t(`selection.rule.${cycle.selection_rule}`) })}
        </p>
        <p className="panel-hint">{t('selection.rulesNote')}</p>
        <div className="decision-actions" role="group" aria-label={t('selection.onMap')}>
          {(['greedy', 'mes', 'changed'] as const).map((outcome) => (
            <button
              key={outcome}
              type="button"
              className="button button-small"
              onClick={() => props.onShowOnMap(outcome)}
            >
              {t(`selection.map.${outcome}`)}
            </button>
          ))}
        </div>
      </>
    )
  }

  return (
    <section className="staff-tools selection-panel" aria-labelledby="selection-title">
      <h3 className="section-title" id="selection-title">
        {t('selection.title')}
      </h3>
      {body}
    </section>
  )
}
