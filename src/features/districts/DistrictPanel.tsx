// The side panel (a bottom sheet on phones): the cycle and its districts, or one district.
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { City, Cycle, DistrictLayer, DistrictSummary } from '../../api/types'
import { localizedName, localizedTitle } from '../../i18n/localized'
import { formatTenge } from '../../i18n/formatTenge'
import { useLanguage } from '../../i18n/useLanguage'
import type { Classes } from '../../map/choropleth'
import { DistrictDetail } from './DistrictDetail'
import { DemoNote } from './DemoNote'
import { DistrictList } from './DistrictList'
import { Legend } from './Legend'

export interface DistrictPanelProps {
  city: City | null
  cycle: Cycle | null
  districts: DistrictLayer | null
  classes: Classes | null
  selected: DistrictSummary | null
  /** Proposals, votes or projects of the cycle are invented demo data. */
  demoActivity: boolean
  /** Something is still loading (boot, cities, cycles or districts). */
  loading: boolean
  /** A message to show instead of content. */
  problem: string | null
  onSelect(id: string | null): void
}

export function DistrictPanel(props: DistrictPanelProps) {
  const { city, cycle, districts, classes, selected, demoActivity, loading, problem, onSelect } =
    props
  const { t } = useTranslation()
  const lang = useLanguage()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const listRef = useRef<HTMLUListElement>(null)
  // Where focus goes after the next render: the detail heading, or a district's list item.
  const focusNext = useRef<{ detail: true } | { listItem: string } | null>(null)

  useEffect(() => {
    const next = focusNext.current
    focusNext.current = null
    if (!next) return
    if ('detail' in next) headingRef.current?.focus()
    else listRef.current?.querySelector<HTMLElement>(`[data-district="${next.listItem}"]`)?.focus()
  })

  const summaries = districts?.features.map((f) => f.properties) ?? []
  const selectedName = selected ? localizedName(selected, lang) : ''

  function choose(id: string) {
    focusNext.current = { detail: true }
    onSelect(id)
  }
  function back() {
    if (selected) focusNext.current = { listItem: selected.id }
    onSelect(null)
  }

  return (
    <section
      id="district-panel"
      className="side-panel"
      aria-label={t('panel.label')}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && selected) back()
      }}
    >
      <div className="sheet-handle" aria-hidden="true" />
      <p className="visually-hidden" aria-live="polite">
        {selected ? t('panel.selected', { name: selectedName }) : ''}
      </p>

      {problem ? (
        <p role="alert" className="error-text panel-message">
          {problem}
        </p>
      ) : loading && !districts ? (
        <p className="panel-message" role="status">
          {t('load.loading')}
        </p>
      ) : selected && cycle ? (
        <DistrictDetail
          district={selected}
          cycle={cycle}
          classes={classes}
          demoActivity={demoActivity}
          headingRef={headingRef}
          onBack={back}
        />
      ) : (
        <>
          {cycle && (
            <header className="panel-header">
              <p className="panel-kicker">{city ? localizedName(city, lang) : ''}</p>
              <h2 className="panel-title">{localizedTitle(cycle, lang)}</h2>
              <DemoNote cycle={cycle} demoActivity={demoActivity} />
              <dl className="facts">
                <div>
                  <dt>{t('phase.label')}</dt>
                  <dd>{t(`phase.${cycle.phase}`)}</dd>
                </div>
                <div>
                  <dt>{t('panel.cycleBudget')}</dt>
                  <dd>
                    <data value={cycle.total_allocation}>
                      {formatTenge(cycle.total_allocation, lang)}
                    </data>
                  </dd>
                </div>
              </dl>
            </header>
          )}
          {summaries.length > 0 ? (
            <>
              <Legend classes={classes} values={summaries.map((d) => d.allocation)} />
              <h3 className="section-title">{t('panel.districts')}</h3>
              <p className="panel-hint">{t('panel.pickHint')}</p>
              <DistrictList
                districts={summaries}
                classes={classes}
                listRef={listRef}
                onChoose={choose}
              />
            </>
          ) : (
            districts && <p className="panel-message">{t('load.noDistricts')}</p>
          )}
        </>
      )}
    </section>
  )
}
