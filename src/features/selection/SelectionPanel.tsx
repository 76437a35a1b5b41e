// Selecting a district's winners, in the open: the greedy rule and the Method of Equal Shares run
// on the same votes and costs, side by side — which proposals change and where the money moves.
// The district's officials confirm one outcome; afterwards everyone sees which, with its rule.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Api } from '../../api/client'
import type { Cycle, SelectionRule } from '../../api/types'
import { formatCount, formatTenge, formatTengeExact } from '../../i18n/formatTenge'
import { useLanguage } from '../../i18n/useLanguage'
import { formatDateTime } from '../common/dates'
import { describeError } from '../common/errorMessage'
import { useAsync } from '../common/useAsync'
import type { RuleComparison } from './useRuleComparison'

/** The two outcomes offered for confirmation (mes: completed by the add-one method). */
const OFFERED: readonly SelectionRule[] = ['greedy', 'mes']

export interface SelectionPanelProps {
  api: Api
  cycle: Cycle
  districtId: string
  districtName: string
  /** The two rules on this district's ballot (useRuleComparison). */
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
  const { api, cycle, districtId } = props
  const { t } = useTranslation()
  const lang = useLanguage()
  const outcomes = useAsync(
    `outcomes:${cycle.id}`,
    () => api.selectionOutcomes(cycle.id),
    props.version,
  )
  const [confirming, setConfirming] = useState<SelectionRule | null>(null)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)

  const compared = props.comparison.state === 'ready' ? props.comparison : null

  const confirmed = outcomes.data?.find((o) => o.district_id === districtId && !o.ballot_group_id)
  const error =
    outcomes.error ?? (props.comparison.state === 'failed' ? props.comparison.error : undefined)
  const money = (v: number) => (
    <data value={v} title={formatTengeExact(v, lang)}>
      {formatTenge(v, lang)}
    </data>
  )

  const confirm = async (rule: SelectionRule) => {
    if (!compared) return
    setBusy(true)
    setFailure(null)
    try {
      const selected = compared.result.rows
        .filter((r) => (rule === 'greedy' ? r.greedy : r.mes))
        .map((r) => r.id)
      await api.confirmSelection({
        cycleId: cycle.id,
        districtId,
        ballotGroupId: null,
        rule,
        selected,
      })
      setConfirming(null)
      props.onConfirmed()
    } catch (e) {
      setFailure(e)
    } finally {
      setBusy(false)
    }
  }

  let body
  if (error !== undefined) {
    body = (
      <p className="field-error" role="alert">
        {describeError(error, t)}
      </p>
    )
  } else if (!compared) {
    body = (
      <p className="panel-hint" role="status">
        {t('load.loading')}
      </p>
    )
  } else {
    const c = compared.result
    body = (
      <>
        <p>
          {t('selection.summary', {
            budget: formatTenge(compared.inputs.budget ?? 0, lang),
            ballots: formatCount(compared.input.ballots.length, lang),
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
            <caption>{t('selection.caption', { district: props.districtName })}</caption>
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
                      {money(r.cost)} ·{' '}
                      {t('selection.voteCount', { n: formatCount(r.votes, lang) })}
                    </span>
                  </th>
                  <td data-rule="greedy" data-funded={r.greedy}>
                    {r.greedy ? (
                      <span aria-label={t('selection.funded')}>✓</span>
                    ) : (
                      <span aria-label={t('selection.notFunded')}>—</span>
                    )}
                  </td>
                  <td data-rule="mes" data-funded={r.mes}>
                    {r.mes ? (
                      <span aria-label={t('selection.funded')}>✓</span>
                    ) : (
                      <span aria-label={t('selection.notFunded')}>—</span>
                    )}
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
              <p>{t('selection.confirmText', { rule: t(`selection.rule.${confirming}`) })}</p>
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
              {OFFERED.map((rule) => (
                <button
                  key={rule}
                  type="button"
                  className="button"
                  onClick={() => setConfirming(rule)}
                >
                  {t('selection.confirmRule', { rule: t(`selection.rule.${rule}`) })}
                </button>
              ))}
            </div>
          ))
        )}
        {failure !== null && (
          <p className="field-error" role="alert">
            {describeError(failure, t)}
          </p>
        )}
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
