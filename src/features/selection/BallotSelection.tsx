// One ballot's selection: the two rules side by side (which proposals change, where the money
// moves) and, for the district's officials in the selection phase, the confirmation of the
// outcome of the rule the cycle declared before the vote (the database refuses any other). A cycle with ballot groups shows one of these per group, each with its allocation.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Api } from '../../api/client'
import type { Cycle, SelectionOutcome, SelectionRule } from '../../api/types'
import { formatCount, formatTenge, formatTengeExact } from '../../i18n/formatTenge'
import { localizedName } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import { formatDateTime } from '../common/dates'
import { describeError } from '../common/errorMessage'
import type { BallotComparison } from './useRuleComparison'

export interface BallotSelectionProps {
  api: Api
  cycle: Cycle
  districtId: string
  districtName: string
  ballot: BallotComparison
  /** This ballot's confirmed outcome, if any. */
  confirmed: SelectionOutcome | undefined
  canConfirm: boolean
  onOpenProposal(id: string): void
  onConfirmed(): void
}

export function BallotSelection(props: BallotSelectionProps) {
  const { api, cycle, districtId, ballot, confirmed } = props
  const { t } = useTranslation()
  const lang = useLanguage()
  const [confirming, setConfirming] = useState<SelectionRule | null>(null)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  const c = ballot.result
  const group = ballot.group && localizedName(ballot.group, lang)
  const budget = formatTenge(ballot.inputs.budget ?? 0, lang)
  const money = (v: number) => (
    <data value={v} title={formatTengeExact(v, lang)}>
      {formatTenge(v, lang)}
    </data>
  )
  const fundedMark = (funded: boolean) =>
    funded ? (
      <span aria-label={t('selection.funded')}>✓</span>
    ) : (
      <span aria-label={t('selection.notFunded')}>—</span>
    )

  const confirm = async (rule: SelectionRule) => {
    setBusy(true)
    setFailure(null)
    try {
      await api.confirmSelection({
        cycleId: cycle.id,
        districtId,
        ballotGroupId: ballot.group?.id ?? null,
        rule,
        selected: ballot.declared.selected,
      })
      setConfirming(null)
      props.onConfirmed()
    } catch (e) {
      setFailure(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="ballot-selection" data-ballot-group={ballot.group?.code}>
      {group && <h4 className="ballot-group-title">{group}</h4>}
      <p>
        {t('selection.summary', {
          budget,
          ballots: formatCount(ballot.input.ballots.length, lang),
          changed: formatCount(c.changed, lang),
        })}
      </p>
      {c.changed > 0 && (
        <p className="panel-hint">
          {t('selection.moneyMoves', {
            greedyOnly: formatTenge(c.onlyGreedyCost, lang),
            mesOnly: formatTenge(c.onlyMesCost, lang),
          })}
        </p>
      )}
      <div className="money-table-wrap">
        <table className="item-table selection-table">
          <caption>
            {group
              ? t('selection.groupCaption', { district: props.districtName, group })
              : t('selection.caption', { district: props.districtName })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('selection.proposal')}</th>
              <th scope="col">
                <abbr title={t('selection.rule.greedy')}>{t('selection.short.greedy')}</abbr>
              </th>
              <th scope="col">
                <abbr title={t('selection.rule.mes')}>{t('selection.short.mes')}</abbr>
              </th>
            </tr>
          </thead>
          <tbody>
            {c.rows.map((r) => (
              <tr
                key={r.id}
                data-proposal={r.id}
                className={r.greedy !== r.mes ? 'is-changed' : undefined}
              >
                <th scope="row">
                  <button
                    type="button"
                    className="row-open"
                    onClick={() => props.onOpenProposal(r.id)}
                  >
                    {r.title}
                  </button>
                  <span className="selection-figures">
                    {money(r.cost)} · {t('selection.voteCount', { n: formatCount(r.votes, lang) })}
                  </span>
                </th>
                <td data-rule="greedy" data-funded={r.greedy}>
                  {fundedMark(r.greedy)}
                </td>
                <td data-rule="mes" data-funded={r.mes}>
                  {fundedMark(r.mes)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('selection.spent')}</th>
              <td data-rule="greedy">{money(c.greedyCost)}</td>
              <td data-rule="mes">{money(c.mesCost)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {confirmed ? (
        <p className="selection-confirmed" data-rule={confirmed.rule}>
          {t('selection.confirmed', {
            rule: t(`selection.rule.${confirmed.rule}`),
            role: t(`memberRole.${confirmed.confirmed_role}`),
            when: formatDateTime(confirmed.created_at, lang),
            total: formatTenge(confirmed.total_cost, lang),
          })}
        </p>
      ) : (
        props.canConfirm &&
        cycle.phase === 'selection' &&
        (confirming ? (
          <div className="ballot-confirm" role="group" aria-label={t('selection.confirmTitle')}>
            <p>
              {group
                ? t('selection.confirmTextGroup', {
                    rule: t(`selection.rule.${confirming}`),
                    group,
                  })
                : t('selection.confirmText', { rule: t(`selection.rule.${confirming}`) })}
            </p>
            <div className="decision-actions">
              <button
                type="button"
                className="button button-primary"
                disabled={busy}
                onClick={() => void confirm(confirming)}
              >
                {t('selection.confirmYes', { rule: t(`selection.rule.${confirming}`) })}
              </button>
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => setConfirming(null)}
              >
                {t('ballot.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <div className="decision-actions">
            <button
              type="button"
              className="button"
              onClick={() => setConfirming(cycle.selection_rule)}
            >
              {t('selection.confirmRule', { rule: t(`selection.rule.${cycle.selection_rule}`) })}
            </button>
          </div>
        ))
      )}
      {failure !== null && (
        <p className="field-error" role="alert">
          {describeError(failure, t)}
        </p>
      )}
    </div>
  )
}
