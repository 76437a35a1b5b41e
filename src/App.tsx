// The app shell: header, filters, map or list, and the side panel, wired to the API once it
// has booted. What is shown lives in the address (features/shell/urlState.ts): a change of
// selection or view is a new history entry, typing and map moves replace the current one.
import { Suspense, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useBallot } from './features/ballot/useBallot'
import { describeError } from './features/common/errorMessage'
import { useAsync } from './features/common/useAsync'
import { useSession } from './features/common/useSession'
import { MyProposals } from './features/propose/MyProposals'
import { ProposeEntry } from './features/propose/ProposeEntry'
import { useStaffPanels } from './features/staff/StaffPanels'
import { formatMoneySort, parseMoneySort } from './features/spending/moneyTable'
import { useProposalForm } from './features/propose/useProposalForm'
import { DistrictPanel } from './features/districts/DistrictPanel'
import { hasDemoActivity } from './features/districts/demoActivity'
import { FilterBar } from './features/filters/FilterBar'
import {
  filterProjects,
  filterProposals,
  topProposals,
  type Filters,
  type ProjectFlags,
} from './features/filters/filterProposals'
import { listRows } from './features/list/listRows'
import { ListView } from './features/list/ListView'
import { BootError, BootProgressCard } from './features/shell/BootStatus'
import { Header } from './features/shell/Header'
import { CycleForm, ProfileForm, ProposalComposer, SpendingView } from './features/shell/lazyViews'
import { pickCycle } from './features/shell/cycles'
import { useBoot } from './features/shell/useBoot'
import { useAddress, useAddressWriter } from './features/shell/useAddress'
import { DEFAULT_STALLED_DAYS, type ItemSelection, type UrlState } from './features/shell/urlState'
import { ViewSwitch } from './features/shell/ViewSwitch'
import { viewBbox } from './geo/bbox'
import { useLanguage } from './i18n/useLanguage'
import { boundaryAttribution } from './map/attribution'
import { BudgetMap } from './map/BudgetMap'
import { MetricLegend } from './features/districts/MetricLegend'
import { choroplethClasses, classColor, NEUTRAL_COLOR } from './map/choropleth'
import type { Selection } from './map/mapTypes'
import { DEFAULT_METRIC, metricValue, metricValues } from './map/metrics'

const TOP_PROPOSALS = 5
/** Other people's votes reload the counts at most this often. */
const COUNTS_RELOAD_MS = 3000

export function App() {
  const { t } = useTranslation()
  const lang = useLanguage()
  const boot = useBoot()
  const api = boot.status === 'ready' ? boot.api : null
  const session = useSession(api?.transport ?? null)
  // Bumped after a write (a vote): what shows counts loads again, keeping what it shows.
  const [version, setVersion] = useState(0)

  const { address, update, setAddress } = useAddress()
  const [mapError, setMapError] = useState<unknown>(null)

  const cities = useAsync(api ? 'cities' : null, () => api!.listCities())
  const city = cities.data?.find((c) => c.id === address.city) ?? cities.data?.[0] ?? null
  const cycles = useAsync(
    api && city ? `cycles:${city.id}` : null,
    () => api!.listCycles(city!.id),
    version,
  )
  const cycle = pickCycle(cycles.data, address.cycle)
  const categories = useAsync(api ? 'categories' : null, () => api!.listCategories())
  const yards = useAsync(api && cycle ? `yards:${cycle.id}` : null, () => api!.yardLayer(cycle!.id))
  const layer = useAsync(
    api && cycle ? `districts:${cycle.id}` : null,
    () => api!.districtLayer(cycle!.id),
    version,
  )
  const districts = layer.data ?? null
  const proposals = useAsync(
    api && cycle ? `proposals:${cycle.id}` : null,
    () => api!.proposalLayer(cycle!.id),
    version,
  )
  const changed = () => setVersion((v) => v + 1)
  // Anyone's vote (Supabase Realtime; a PGlite live query in embedded mode): reload counts, at
  // most once per few seconds.
  useEffect(() => {
    const subscribe = api?.transport.onCountsChange
    if (!subscribe) return
    let timer: number | undefined
    const unsubscribe = subscribe(() => {
      timer ??= window.setTimeout(() => {
        timer = undefined
        setVersion((v) => v + 1)
      }, COUNTS_RELOAD_MS)
    })
    return () => {
      unsubscribe()
      window.clearTimeout(timer)
    }
  }, [api])
  const profile = useAsync(
    api && session ? `profile:${session.user_id}` : null,
    () => api!.myProfile(),
    version,
  )
  const [profileOpen, setProfileOpen] = useState(false)
  const [cycleFormOpen, setCycleFormOpen] = useState(false)
  const ballot = useBallot(api, cycle, session, profile.data, version, changed)
  const proposalForm = useProposalForm({
    api,
    cycle,
    session,
    compose: address.compose,
    districts: layer.data ?? null,
    yards: yards.data ?? null,
    onSaved: (id) => update({ compose: { id } }),
    onChanged: changed,
  })
  const myProposals = useAsync(
    api && cycle && session ? `my-proposals:${cycle.id}:${session.user_id}` : null,
    () => api!.myProposals(cycle!.id),
    version,
  )
  const projects = useAsync(api && cycle ? `projects:${cycle.id}` : null, () =>
    api!.projectLayer(cycle!.id),
  )
  // Money and flags per project: for the spending view, and for the map's flag filters.
  const stalledDays = address.stalled ?? DEFAULT_STALLED_DAYS
  const needMoney = address.view === 'money' || address.filters.status?.startsWith('flag:')
  const money = useAsync(
    api && cycle && needMoney ? `money:${cycle.id}:${stalledDays}` : null,
    () => api!.projectMoney(cycle!.id, stalledDays),
    version,
  )
  const flags: ProjectFlags | undefined = useMemo(
    () => money.data && new Map(money.data.map((p) => [p.id, p])),
    [money.data],
  )
  // Real cycles may carry invented proposals and projects: the panel must say so.
  const demoActivity = hasDemoActivity(proposals.data, projects.data)
  const summaries = useMemo(() => districts?.features.map((f) => f.properties) ?? [], [districts])
  // Once per load, not per render: a city can have many thousands of proposals.
  const proposalList = useMemo(
    () => proposals.data?.features.map((f) => f.properties) ?? [],
    [proposals.data],
  )
  const projectList = useMemo(
    () => projects.data?.features.map((f) => f.properties) ?? [],
    [projects.data],
  )
  const selected = summaries.find((d) => d.id === address.district) ?? null

  const staff = useStaffPanels({
    api,
    city,
    cycle,
    profile: profile.data,
    district: selected,
    districts: summaries,
    version,
    onChanged: changed,
    onOpenProposal: (id) => openItem({ kind: 'proposal', id }),
    onNewCycle: () => setCycleFormOpen(true),
    onShowOutcome: (outcome) =>
      setAddress((a) => ({
        ...a,
        view: 'map',
        item: null,
        filters: { ...a.filters, status: `outcome:${outcome}` },
      })),
  })

  const filters: Filters = useMemo(
    () => ({ ...address.filters, district: selected?.id ?? null }),
    [address.filters, selected],
  )
  const shownProposals = useMemo(
    () => filterProposals(proposals.data, filters, staff.outcomes),
    [proposals.data, filters, staff.outcomes],
  )
  const shownProjects = useMemo(
    () => filterProjects(projects.data, filters, flags),
    [projects.data, filters, flags],
  )
  const rows = useMemo(
    () => listRows(shownProposals, shownProjects, proposals.data),
    [shownProposals, shownProjects, proposals.data],
  )
  const top = useMemo(
    () => (selected ? topProposals(proposals.data, selected.id, TOP_PROPOSALS) : []),
    [proposals.data, selected],
  )

  const metric = address.metric ?? DEFAULT_METRIC
  const classes = useMemo(
    () => choroplethClasses(metricValues(districts, metric)),
    [districts, metric],
  )
  const colorOf = (d: (typeof summaries)[number]) => {
    const value = metricValue(d, metric)
    return value === null ? NEUTRAL_COLOR : classColor(classes, value)
  }
  const bbox = useMemo(() => (city ? viewBbox(city.bbox, districts) : null), [city, districts])
  const attribution = useMemo(() => boundaryAttribution(city?.id ?? null), [city])

  // Keep the address in step with what is shown, once it is known.
  const settled = city !== null && !cycles.loading && !layer.loading
  const canonical: UrlState | null = useMemo(
    () =>
      settled
        ? {
            ...address,
            city: city.id,
            cycle: cycle?.id ?? null,
            district: selected?.id ?? null,
            lang,
          }
        : null,
    [settled, address, city, cycle, selected, lang],
  )
  useAddressWriter(canonical)

  const selectDistrict = (id: string | null) => update({ district: id, item: null })
  const openItem = (item: ItemSelection | null) => update({ item })
  const selection: Selection = address.item
    ? address.item
    : selected
      ? { kind: 'district', id: selected.id }
      : null
  // A click on the map: a district opens its panel, a proposal or project its detail; a click
  // on nothing closes the detail first, then the district.
  const selectOnMap = (picked: Selection) => {
    if (picked?.kind === 'district') selectDistrict(picked.id)
    else if (picked?.kind === 'proposal' || picked?.kind === 'project')
      openItem({ kind: picked.kind, id: picked.id })
    else if (picked === null) {
      if (address.item) openItem(null)
      else selectDistrict(null)
    }
  }

  const loadError = cities.error ?? cycles.error ?? layer.error
  const problem =
    boot.status === 'failed'
      ? t('boot.failed')
      : loadError !== undefined
        ? t('load.failed', { message: describeError(loadError, t) })
        : cycles.data?.length === 0
          ? t('load.noCycles')
          : null
  const itemsReady = proposals.data !== undefined && projects.data !== undefined

  return (
    <div className="app" data-view={address.view}>
      <a className="skip-link" href="#district-panel">
        {t('app.skipToPanel')}
      </a>
      <Header
        cities={cities.data}
        city={city}
        cycles={cycles.data}
        cycle={cycle}
        transport={api?.transport ?? null}
        profileName={profile.data?.display_name ?? null}
        onProfile={() => setProfileOpen(true)}
        unavailable={boot.status === 'failed' || cities.error !== undefined}
        onCity={(id) => update({ city: id, cycle: null, district: null, item: null, map: null })}
        onCycle={(id) => update({ cycle: id, item: null })}
      />
      <div className="toolbar">
        <ViewSwitch view={address.view} onView={(view) => update({ view })} />
        <FilterBar
          filters={filters}
          districts={summaries}
          categories={categories.data ?? []}
          counts={
            itemsReady
              ? {
                  proposals: shownProposals.features.length,
                  projects: shownProjects.features.length,
                }
              : null
          }
          outcomes={staff.outcomes !== undefined}
          onDistrict={selectDistrict}
          onChange={(patch) => setAddress((a) => ({ ...a, filters: { ...a.filters, ...patch } }))}
        />
      </div>
      <main className="app-main">
        <section
          id="map-area"
          className="map-area"
          aria-label={t('map.label')}
          hidden={address.view !== 'map'}
        >
          <BudgetMap
            districts={districts}
            classes={classes}
            metric={metric}
            yards={yards.data ?? null}
            proposals={itemsReady ? shownProposals : null}
            projects={itemsReady ? shownProjects : null}
            selection={selection}
            view={address.map}
            language={lang}
            bbox={bbox}
            attribution={attribution}
            labels={{ map: t('map.label'), zoomIn: t('map.zoomIn'), zoomOut: t('map.zoomOut') }}
            onSelect={selectOnMap}
            pick={
              address.compose && proposalForm?.form
                ? {
                    point: proposalForm.form.point,
                    onPick: (point) => proposalForm.update({ point }),
                  }
                : null
            }
            onViewChange={(map) => update({ map })}
            onError={setMapError}
          />
          {address.compose && proposalForm?.form && proposalForm.step !== 'submitted' && (
            <p className="map-hint" role="status">
              {proposalForm.form.point ? t('propose.mapHintMove') : t('propose.mapHint')}
            </p>
          )}
          {boot.status === 'booting' && (
            <div className="map-overlay">
              <BootProgressCard progress={boot.progress} />
            </div>
          )}
          {boot.status === 'failed' && (
            <div className="map-overlay">
              <BootError error={boot.error} />
            </div>
          )}
          {mapError !== null && (
            <div className="map-overlay">
              <p className="overlay-card" role="alert">
                {t('map.unavailable')}
              </p>
            </div>
          )}
        </section>
        <section
          id="list-area"
          className="list-area"
          aria-label={t('view.list')}
          hidden={address.view !== 'list'}
        >
          {itemsReady ? (
            <ListView
              rows={rows}
              districts={summaries}
              categories={categories.data ?? []}
              selected={address.item}
              onOpen={openItem}
            />
          ) : (
            <p className="panel-message" role="status">
              {t('load.loading')}
            </p>
          )}
        </section>
        <section
          id="money-area"
          className="money-area"
          aria-label={t('view.money')}
          hidden={address.view !== 'money'}
        >
          {address.view === 'money' && api && city && cycle && cycles.data ? (
            <Suspense
              fallback={
                <p className="panel-message" role="status">
                  {t('load.loading')}
                </p>
              }
            >
              <SpendingView
                api={api}
                city={city}
                cycle={cycle}
                cycles={cycles.data}
                summaries={summaries}
                categories={categories.data ?? []}
                money={money.data}
                moneyError={money.error}
                focus={selected?.id ?? null}
                stalledDays={stalledDays}
                sort={parseMoneySort(address.sort)}
                version={version}
                onSort={(sort) => update({ sort: formatMoneySort(sort) })}
                onStalledDays={(days) =>
                  update({ stalled: days === DEFAULT_STALLED_DAYS ? null : days })
                }
                onDistrict={selectDistrict}
                onOpenProject={(id) => openItem({ kind: 'project', id })}
                onShowOnMap={(flag) =>
                  setAddress((a) => ({
                    ...a,
                    view: 'map',
                    item: null,
                    filters: { ...a.filters, status: `flag:${flag}` },
                  }))
                }
              />
            </Suspense>
          ) : (
            address.view === 'money' && (
              <p className="panel-message" role="status">
                {t('load.loading')}
              </p>
            )
          )}
        </section>
        <DistrictPanel
          api={api}
          city={city}
          cycle={cycle}
          ballot={ballot}
          version={version}
          onEditProposal={(id) => update({ compose: { id }, item: null })}
          districtActivity={staff.district}
          proposalStaff={staff.proposal}
          projectReporting={staff.project}
          form={
            cycleFormOpen && staff.admin && api && city ? (
              <CycleForm
                api={api}
                city={city}
                onCreated={(id) => {
                  setCycleFormOpen(false)
                  changed()
                  update({ cycle: id, district: null, item: null })
                }}
                onCancel={() => setCycleFormOpen(false)}
              />
            ) : profileOpen && session && api ? (
              <ProfileForm
                api={api}
                profile={profile.data}
                districts={summaries}
                onSaved={changed}
                onClose={() => setProfileOpen(false)}
              />
            ) : address.compose && cycle && api ? (
              <ProposalComposer
                state={proposalForm}
                cycle={cycle}
                signedIn={session !== null}
                districts={districts}
                yards={yards.data ?? null}
                categories={categories.data ?? []}
                photos={api.transport.photos}
                onClose={() => update({ compose: null })}
                onOpenProposal={(id) => update({ compose: null, item: { kind: 'proposal', id } })}
              />
            ) : null
          }
          activity={
            cycle && (
              <>
                {staff.overview}
                {cycle.phase === 'submission' && (
                  <ProposeEntry
                    signedIn={session !== null}
                    onPropose={() => update({ compose: 'new', item: null })}
                  />
                )}
                {myProposals.data && (
                  <MyProposals
                    cycle={cycle}
                    proposals={myProposals.data}
                    onOpen={(id) => openItem({ kind: 'proposal', id })}
                    onEdit={(id) => update({ compose: { id }, item: null })}
                  />
                )}
              </>
            )
          }
          proposals={proposalList}
          districts={districts}
          classes={classes}
          selected={selected}
          item={address.item}
          categories={categories.data ?? []}
          top={top}
          projects={projectList}
          demoActivity={demoActivity}
          loading={boot.status === 'booting' || cities.loading || cycles.loading || layer.loading}
          problem={problem}
          onSelect={selectDistrict}
          onOpen={openItem}
          colorOf={colorOf}
          metric={metric}
          legend={
            <MetricLegend
              metric={metric}
              districts={summaries}
              classes={classes}
              onMetric={(m) => update({ metric: m === DEFAULT_METRIC ? null : m })}
            />
          }
          onShowList={() => update({ view: 'list' })}
          onShowOnMap={() => update({ view: 'map' })}
        />
      </main>
    </div>
  )
}
