// Projects with a problem, by flag: late (planned end passed), over budget (paid above
// approved), stalled (no update for the chosen number of days). Each opens its detail; each
// flag can be shown as a layer on the map.
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language, ProjectMoney } from '../../api/types'
import { formatCount, formatTengeExact } from '../../i18n/formatTenge'
import { formatDate } from '../common/dates'
import { PROJECT_FLAGS, type ProjectFlag } from '../filters/filterProposals'
import { MAX_STALLED_DAYS, parseStalledDays } from '../shell/urlState'

export interface FlagListProps {
  projects: readonly ProjectMoney[]
  stalledDays: number
  lang: Language
  districtName(id: string): string
  onStalledDays(days: number): void
  onOpenProject(id: string): void
  onShowOnMap(flag: ProjectFlag): void
}

export function FlagList(props: FlagListProps) {
  const { projects, lang, districtName } = props
  const { t } = useTranslation()
  return (
    <section className="money-section flag-list" aria-labelledby="flags-title">
      <h3 className="section-title" id="flags-title">
        {t('money.flagsTitle')}
      </h3>
      <StalledDaysInput days={props.stalledDays} onChange={props.onStalledDays} />
      {PROJECT_FLAGS.map((flag) => {
        const flagged = projects.filter((p) => p[flag])
        return (
          <div key={flag} className="flag-group" data-flag={flag}>
            <h4>
              {t(`projectFlag.${flag}`)}:{' '}
              <data value={flagged.length}>{formatCount(flagged.length, lang)}</data>
            </h4>
            <p className="panel-hint">{t(`money.flagRule.${flag}`, { days: props.stalledDays })}</p>
            {flagged.length > 0 && (
              <>
                <ul>
                  {flagged.map((p) => (
                    <li key={p.id} data-project={p.id}>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => props.onOpenProject(p.id)}
                      >
                        {p.title}
                      </button>
                      <span className="panel-hint">
                        {' '}
                        {districtName(p.district_id)} ·{' '}
                        {t('money.approvedPaid', {
                          approved: formatTengeExact(p.approved, lang),
                          paid: formatTengeExact(p.paid, lang),
                        })}{' '}
                        · {t('money.plannedEnd', { date: formatDate(p.planned_end, lang) })} ·{' '}
                        {t('money.lastUpdate', { date: formatDate(p.last_update, lang) })}
                        {p.is_demo && <> · {t('demo.short')}</>}
                      </span>
                    </li>
                  ))}
                </ul>
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => props.onShowOnMap(flag)}
                >
                  {t('money.showOnMap')}
                </button>
              </>
            )}
          </div>
        )
      })}
    </section>
  )
}

/** The stalled span: applied once it is a whole number of days in range; what is typed stays. */
function StalledDaysInput({ days, onChange }: { days: number; onChange(days: number): void }) {
  const { t } = useTranslation()
  const id = useId()
  const [text, setText] = useState(String(days))
  const valid = parseStalledDays(text) !== null
  return (
    <div className="field stalled-days">
      <label className="field-label" htmlFor={id}>
        {t('money.stalledAfter')}
      </label>
      <input
        id={id}
        inputMode="numeric"
        value={text}
        aria-invalid={!valid}
        aria-describedby={valid ? undefined : `${id}-error`}
        onChange={(e) => {
          setText(e.target.value)
          const parsed = parseStalledDays(e.target.value)
          if (parsed !== null) onChange(parsed)
        }}
      />
      {!valid && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {t('money.stalledInvalid', { max: MAX_STALLED_DAYS })}
        </p>
      )}
    </div>
  )
}
