// Follow the money: for the cycle (or the district in focus), what was allocated, approved,
// contracted and paid, as headline figures, charts, an exact table, the projects with a
// problem, cycle-by-cycle comparison, and the data to download. Everything is in the address.
import { useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Api } from '../../api/client'
import type { Category, City, Cycle, DistrictSummary, ProjectMoney } from '../../api/types'
import { formatCount, formatTenge, formatTengeExact } from '../../i18n/formatTenge'
import { localizedName, localizedTitle } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import { formatPercent } from '../common/dates'
import { describeError } from '../common/errorMessage'
import { useAsync } from '../common/useAsync'
import { PROJECT_FLAGS, PROJECT_STATUSES, type ProjectFlag } from '../filters/filterProposals'
import {
  CategoryBreakdown,
  CycleComparison,
  MoneyByDistrict,
  PaymentsOverTime,
  ProgressDistribution,
  sumTotals,
  type CycleTotals,
  type MoneyTotals,
} from './charts'
import { Downloads } from './Downloads'
import { FlagList } from './FlagList'
import { MoneyTable } from './MoneyTable'
import { moneyRows, moneyTotal, sortMoneyRows, type MoneySort } from './moneyTable'

export interface SpendingViewProps {
  api: Api
  city: City
  cycle: Cycle
  /** Every cycle of the city, for the comparison. */
  cycles: readonly Cycle[]
  summaries: readonly DistrictSummary[]
  categories: readonly Category[]
  /** Projects with money and flags; undefined while loading. */
  money: readonly ProjectMoney[] | undefined
  moneyError: unknown
  focus: string | null
  stalledDays: number
  sort: MoneySort | null
  version: number
  onSort(sort: MoneySort): void
  onStalledDays(days: number): void
  onDistrict(id: string | null): void
  onOpenProject(id: string): void
  onShowOnMap(flag: ProjectFlag): void
}

const totalsOf = (d: DistrictSummary): MoneyTotals => ({
  allocated: d.allocation,
  approved: d.approved,
  contracted: d.contracted,
  paid: d.paid,
})

/** The rows of the district in focus, or all of them. */
function inDistrict<T extends { district_id: string }>(rows: readonly T[], focus: string | null) {
  return focus ? rows.filter((r) => r.district_id === focus) : rows
}

export function SpendingView(props: SpendingViewProps) {
  const { api, city, cycle, cycles, summaries, focus, money } = props
  const { t } = useTranslation()
  const lang = useLanguage()

  const payments = useAsync(
    `payments:${cycle.id}`,
    () => api.cyclePayments(cycle.id),
    props.version,
  )
  const cycleKey = cycles.map((c) => c.id).join(',')
  const history = useAsync(`money-history:${cycleKey}`, () =>
    Promise.all(cycles.map((c) => api.districtSummaries(c.id))),
  )

  // A district chosen in the table changes the headline above it: bring the reader there.
  const titleRef = useRef<HTMLHeadingElement>(null)
  const shownFocus = useRef(focus)
  useEffect(() => {
    if (shownFocus.current === focus) return
    shownFocus.current = focus
    titleRef.current?.focus()
  }, [focus])

  const focused = summaries.find((d) => d.id === focus) ?? null
  const scopeName = focused ? localizedName(focused, lang) : localizedName(city, lang)
  const districtName = (id: string) => {
    const d = summaries.find((x) => x.id === id)
    return d ? localizedName(d, lang) : id
  }

  const rows = useMemo(() => moneyRows(summaries, money ?? [], lang), [summaries, money, lang])
  const total = useMemo(
    () => moneyTotal(rows, money ?? [], localizedName(city, lang)),
    [rows, money, city, lang],
  )
  const sorted = useMemo(() => sortMoneyRows(rows, props.sort, lang), [rows, props.sort, lang])
  const headline = focused ? totalsOf(focused) : sumTotals(summaries.map(totalsOf))
  const scopedMoney = useMemo(() => inDistrict(money ?? [], focus), [money, focus])
  const scopedPayments = useMemo(
    () => inDistrict(payments.data ?? [], focus),
    [payments.data, focus],
  )
  const approvedInScope = scopedMoney
    .filter((p) => p.status !== 'cancelled')
    .reduce((s, p) => s + p.approved, 0)
  const comparison: CycleTotals[] = useMemo(
    () =>
      (history.data ?? []).map((list, i) => ({
        cycle: cycles[i]!,
        // A district missing from a cycle took no part in it: nothing to add.
        totals: sumTotals(list.filter((d) => !focus || d.id === focus).map(totalsOf)),
      })),
    [history.data, cycles, focus],
  )

  return (
    <div className="spending-view">
      <header className="money-header">
        <p className="panel-kicker">{localizedTitle(cycle, lang)}</p>
        <h2 className="money-title" ref={titleRef} tabIndex={-1}>
          {t('money.title', { name: scopeName })}
        </h2>
        <dl className="money-figures">
          {(['allocated', 'approved', 'contracted', 'paid'] as const).map((m) => (
            <div key={m} data-measure={m}>
              <dt>{t(`charts.measure.${m}`)}</dt>
              <dd>
                <data value={headline[m]} title={formatTengeExact(headline[m], lang)}>
                  {formatTenge(headline[m], lang)}
                </data>
                {m !== 'allocated' && headline.allocated > 0 && (
                  <span className="money-share">
                    {t('money.ofAllocation', {
                      share: formatPercent((headline[m] / headline.allocated) * 100, lang),
                    })}
                  </span>
                )}
              </dd>
            </div>
          ))}
        </dl>
        {money && (
          <p className="money-flags-summary">
            {PROJECT_FLAGS.map((f) => (
              <span key={f} data-flag={f}>
                {t(`projectFlag.${f}`)}: {formatCount(scopedMoney.filter((p) => p[f]).length, lang)}
              </span>
            ))}
          </p>
        )}
        {money && scopedMoney.length > 0 && (
          <p className="money-statuses">
            <span>{t('money.byStatus')}:</span>
            {PROJECT_STATUSES.map((status) => {
              const n = scopedMoney.filter((p) => p.status === status).length
              return (
                n > 0 && (
                  <span key={status} data-status={status}>
                    {t(`projectStatus.${status}`)}: {formatCount(n, lang)}
                  </span>
                )
              )
            })}
          </p>
        )}
        <div className="money-actions">
          {focused && (
            <button
              type="button"
              className="button button-small"
              onClick={() => props.onDistrict(null)}
            >
              {t('money.wholeCity', { city: localizedName(city, lang) })}
            </button>
          )}
          <button type="button" className="button button-small" onClick={() => window.print()}>
            {t('money.print')}
          </button>
        </div>
      </header>

      <MoneyByDistrict districts={summaries} lang={lang} />
      <MoneyTable
        rows={sorted}
        total={total}
        sort={props.sort}
        focus={focus}
        lang={lang}
        onSort={props.onSort}
        onDistrict={(id) => props.onDistrict(id)}
      />

      {props.moneyError !== undefined ? (
        <p className="field-error" role="alert">
          {t('load.failed', { message: describeError(props.moneyError, t) })}
        </p>
      ) : !money ? (
        <p className="panel-hint" role="status">
          {t('load.loading')}
        </p>
      ) : (
        <>
          <FlagList
            projects={scopedMoney}
            stalledDays={props.stalledDays}
            lang={lang}
            districtName={districtName}
            onStalledDays={props.onStalledDays}
            onOpenProject={props.onOpenProject}
            onShowOnMap={props.onShowOnMap}
          />
          <div className="money-charts">
            <CategoryBreakdown projects={scopedMoney} categories={props.categories} lang={lang} />
            <ProgressDistribution projects={scopedMoney} lang={lang} />
            {payments.data && (
              <PaymentsOverTime payments={scopedPayments} approved={approvedInScope} lang={lang} />
            )}
          </div>
        </>
      )}
      {history.data && (
        <CycleComparison
          cycles={comparison}
          lang={lang}
          title={t('money.compareTitle', { name: scopeName })}
        />
      )}
      <Downloads
        api={api}
        cycle={cycle}
        district={focus}
        districtName={focused ? scopeName : null}
        stalledDays={props.stalledDays}
      />
    </div>
  )
}
