// The side panel (a bottom sheet on phones): the cycle and its districts, one district, or
// one proposal or project.
import { Suspense, useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Api } from '../../api/client'
import type {
  Category,
  City,
  Cycle,
  DistrictLayer,
  DistrictSummary,
  ProjectDetail as ProjectDetailData,
  ProposalDetail as ProposalDetailData,
  ProjectProperties,
  ProposalProperties,
} from '../../api/types'
import { localizedName, localizedTitle } from '../../i18n/localized'
import { formatTenge } from '../../i18n/formatTenge'
import { useLanguage } from '../../i18n/useLanguage'
import type { Classes } from '../../map/choropleth'
import { BallotSummary } from '../ballot/BallotSummary'
import type { Ballot } from '../ballot/useBallot'
import { ProjectDetail } from '../details/ProjectDetail'
import { ProposalDetail } from '../details/ProposalDetail'
import type { ItemSelection } from '../shell/urlState'
import { DistrictDetail } from './DistrictDetail'
import { DemoNote } from './DemoNote'
import type { DistrictMetric } from '../../map/mapTypes'
import { DistrictList } from './DistrictList'
import { FindMyDistrict } from './FindMyDistrict'
import { Legend } from './Legend'

export interface DistrictPanelProps {
  api: Api | null
  city: City | null
  cycle: Cycle | null
  /** The signed-in resident's ballot (null before the API is ready). */
  ballot?: Ballot | null
  /** Bumped after a write: details load again. */
  version?: number
  /** The cycle's proposals (names in the ballot summary). */
  proposals?: ProposalProperties[]
  /** Staff tools on a proposal's detail (review, paper votes), where allowed. */
  proposalStaff?(proposal: ProposalDetailData): ReactNode
  /** Staff tools on a project's detail, where the signed-in person may report on it. */
  projectReporting?(project: ProjectDetailData): ReactNode
  /** Opens the proposal form on the resident's own proposal. */
  onEditProposal?(id: string): void
  /** A form (the proposal, the profile), when open: shown instead of anything else. */
  form?: ReactNode
  /** More about the district in focus (the selection of its winners), below its detail. */
  districtActivity?: ReactNode
  /** The resident's own part in the cycle (proposing, their proposals), on the overview. */
  activity?: ReactNode
  districts: DistrictLayer | null
  classes: Classes | null
  selected: DistrictSummary | null
  item: ItemSelection | null
  categories: Category[]
  /** The district's proposals with the most votes. */
  top: ProposalProperties[]
  projects: ProjectProperties[]
  /** Proposals, votes or projects of the cycle are invented demo data. */
  demoActivity: boolean
  /** Something is still loading (boot, cities, cycles or districts). */
  loading: boolean
  /** A message to show instead of content. */
  problem: string | null
  /** Shown above the district list (the metric picker and legend). */
  legend?: ReactNode
  /** The figure the map is coloured by, shown in the district list. */
  metric?: DistrictMetric
  /** The colour of a district in the list and its title: its class on the map. */
  colorOf?(district: DistrictSummary): string
  onSelect(id: string | null): void
  onOpen(item: ItemSelection | null): void
  onShowList(): void
  onShowOnMap(): void
}

export function DistrictPanel(props: DistrictPanelProps) {
  const { city, cycle, districts, classes, selected, item, demoActivity, loading, problem } = props
  const { onSelect, onOpen } = props
  const { t } = useTranslation()
  const lang = useLanguage()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const listRef = useRef<HTMLUListElement>(null)
  // Where focus goes after the next render: the detail heading, or a district's list item.
  const focusNext = useRef<{ detail: true } | { listItem: string } | null>(null)

  useEffect(() => {
    const next = focusNext.current
    if (!next) return
    if ('detail' in next) {
      if (!headingRef.current) return // the detail is still loading
      headingRef.current.focus()
    } else
      listRef.current?.querySelector<HTMLElement>(`[data-district="${next.listItem}"]`)?.focus()
    focusNext.current = null
  })

  const summaries = districts?.features.map((f) => f.properties) ?? []
  const selectedName = selected ? localizedName(selected, lang) : ''

  function choose(id: string) {
    focusNext.current = { detail: true }
    onSelect(id)
  }
  function open(next: ItemSelection) {
    focusNext.current = { detail: true }
    onOpen(next)
  }
  function back() {
    if (item) {
      focusNext.current = selected ? { detail: true } : null
      onOpen(null)
      return
    }
    if (selected) focusNext.current = { listItem: selected.id }
    onSelect(null)
  }
  const backLabel = selected ? t('panel.backTo', { name: selectedName }) : t('panel.allDistricts')

  let content: ReactNode
  if (problem) {
    content = (
      <p role="alert" className="error-text panel-message">
        {problem}
      </p>
    )
  } else if (props.form) {
    // The forms are lazy chunks (features/shell/lazyViews.ts).
    content = (
      <Suspense
        fallback={
          <p className="panel-message" role="status">
            {t('load.loading')}
          </p>
        }
      >
        {props.form}
      </Suspense>
    )
  } else if (item && props.api) {
    content =
      item.kind === 'proposal' ? (
        <ProposalDetail
          key={item.id}
          api={props.api}
          id={item.id}
          districts={summaries}
          categories={props.categories}
          projects={props.projects}
          ballot={props.ballot ?? null}
          version={props.version ?? 0}
          onEdit={cycle?.phase === 'submission' ? props.onEditProposal : undefined}
          headingRef={headingRef}
          backLabel={backLabel}
          onBack={back}
          onOpenProject={(id) => open({ kind: 'project', id })}
          onShowOnMap={props.onShowOnMap}
          staffTools={props.proposalStaff}
        />
      ) : (
        <ProjectDetail
          key={item.id}
          api={props.api}
          id={item.id}
          districts={summaries}
          headingRef={headingRef}
          backLabel={backLabel}
          onBack={back}
          onOpenProposal={(id) => open({ kind: 'proposal', id })}
          version={props.version ?? 0}
          reporting={props.projectReporting}
        />
      )
  } else if (loading && !districts) {
    content = (
      <p className="panel-message" role="status">
        {t('load.loading')}
      </p>
    )
  } else if (selected && cycle) {
    content = (
      <DistrictDetail
        district={selected}
        cycle={cycle}
        classes={classes}
        color={props.colorOf?.(selected)}
        demoActivity={demoActivity}
        top={props.top}
        headingRef={headingRef}
        onBack={back}
        onOpenProposal={(id) => open({ kind: 'proposal', id })}
        onShowList={props.onShowList}
      />
    )
    if (props.districtActivity) {
      content = (
        <>
          {content}
          {props.districtActivity}
        </>
      )
    }
  } else {
    content = (
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
        {props.activity}
        {props.ballot && (
          <BallotSummary
            ballot={props.ballot}
            proposals={props.proposals ?? []}
            onOpen={(id) => open({ kind: 'proposal', id })}
          />
        )}
        {summaries.length > 0 ? (
          <>
            {props.legend ?? (
              <Legend classes={classes} values={summaries.map((d) => d.allocation)} />
            )}
            <h3 className="section-title">{t('panel.districts')}</h3>
            <p className="panel-hint">{t('panel.pickHint')}</p>
            {districts && <FindMyDistrict districts={districts} onFound={choose} />}
            <DistrictList
              districts={summaries}
              classes={classes}
              listRef={listRef}
              colorOf={props.colorOf}
              metric={props.metric}
              onChoose={choose}
            />
          </>
        ) : (
          districts && <p className="panel-message">{t('load.noDistricts')}</p>
        )}
      </>
    )
  }

  return (
    <section
      id="district-panel"
      className="side-panel"
      aria-label={t('panel.label')}
      tabIndex={-1}
      data-content={item ? item.kind : selected ? 'district' : 'overview'}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && (selected || item)) back()
      }}
    >
      <div className="sheet-handle" aria-hidden="true" />
      <p className="visually-hidden" aria-live="polite">
        {selected && !item ? t('panel.selected', { name: selectedName }) : ''}
      </p>
      {content}
    </section>
  )
}
