// The app shell: header, map and district panel, wired to the API once it has booted.
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { describeError } from './features/common/errorMessage'
import { useAsync } from './features/common/useAsync'
import { DistrictPanel } from './features/districts/DistrictPanel'
import { hasDemoActivity } from './features/districts/demoActivity'
import { BootError, BootProgressCard } from './features/shell/BootStatus'
import { Header } from './features/shell/Header'
import { pickCycle } from './features/shell/cycles'
import { useBoot } from './features/shell/useBoot'
import { formatUrlState, parseUrlState } from './features/shell/urlState'
import { viewBbox } from './geo/bbox'
import { boundaryAttribution } from './map/attribution'
import { BudgetMap } from './map/BudgetMap'
import { choroplethClasses } from './map/choropleth'

export function App() {
  const { t } = useTranslation()
  const boot = useBoot()
  const api = boot.status === 'ready' ? boot.api : null

  const [fromUrl] = useState(() => parseUrlState(window.location.search))
  const [chosenCity, setChosenCity] = useState(fromUrl.city)
  const [chosenCycle, setChosenCycle] = useState(fromUrl.cycle)
  const [selectedId, setSelectedId] = useState(fromUrl.district)
  const [mapError, setMapError] = useState<unknown>(null)

  const cities = useAsync(api ? 'cities' : null, () => api!.listCities())
  const city = cities.data?.find((c) => c.id === chosenCity) ?? cities.data?.[0] ?? null
  const cycles = useAsync(api && city ? `cycles:${city.id}` : null, () => api!.listCycles(city!.id))
  const cycle = pickCycle(cycles.data, chosenCycle)
  const layer = useAsync(api && cycle ? `districts:${cycle.id}` : null, () =>
    api!.districtLayer(cycle!.id),
  )
  const districts = layer.data ?? null
  // Real cycles may carry invented proposals and projects: the panel must say so.
  const proposals = useAsync(api && cycle ? `proposals:${cycle.id}` : null, () =>
    api!.proposalLayer(cycle!.id),
  )
  const projects = useAsync(api && cycle ? `projects:${cycle.id}` : null, () =>
    api!.projectLayer(cycle!.id),
  )
  const demoActivity = hasDemoActivity(proposals.data, projects.data)
  const selected =
    districts?.features.find((f) => f.properties.id === selectedId)?.properties ?? null

  const classes = useMemo(
    () => choroplethClasses(districts?.features.map((f) => f.properties.allocation) ?? []),
    [districts],
  )
  const bbox = useMemo(() => (city ? viewBbox(city.bbox, districts) : null), [city, districts])
  const attribution = useMemo(() => boundaryAttribution(city?.id ?? null), [city])

  // Keep the address in step with what is shown, once it is known.
  const settled = city !== null && !cycles.loading && !layer.loading
  useEffect(() => {
    if (!settled) return
    const search = formatUrlState(window.location.search, {
      ...parseUrlState(window.location.search),
      city: city.id,
      cycle: cycle?.id ?? null,
      district: selected?.id ?? null,
    })
    if (search !== window.location.search) {
      window.history.replaceState(
        null,
        '',
        `${window.location.pathname}${search}${window.location.hash}`,
      )
    }
  }, [settled, city, cycle, selected])

  const loadError = cities.error ?? cycles.error ?? layer.error
  const problem =
    boot.status === 'failed'
      ? t('boot.failed')
      : loadError !== undefined
        ? t('load.failed', { message: describeError(loadError, t) })
        : cycles.data?.length === 0
          ? t('load.noCycles')
          : null

  return (
    <div className="app">
      <a className="skip-link" href="#district-panel">
        {t('app.skipToPanel')}
      </a>
      <Header
        cities={cities.data}
        city={city}
        cycles={cycles.data}
        cycle={cycle}
        transport={api?.transport ?? null}
        unavailable={boot.status === 'failed' || cities.error !== undefined}
        onCity={(id) => {
          setChosenCity(id)
          setChosenCycle(null)
          setSelectedId(null)
        }}
        onCycle={(id) => setChosenCycle(id)}
      />
      <main className="app-main">
        <section className="map-area" aria-label={t('map.label')}>
          <BudgetMap
            districts={districts}
            classes={classes}
            selectedId={selected?.id ?? null}
            bbox={bbox}
            attribution={attribution}
            labels={{ map: t('map.label'), zoomIn: t('map.zoomIn'), zoomOut: t('map.zoomOut') }}
            onSelect={setSelectedId}
            onError={setMapError}
          />
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
        <DistrictPanel
          city={city}
          cycle={cycle}
          districts={districts}
          classes={classes}
          selected={selected}
          demoActivity={demoActivity}
          loading={boot.status === 'booting' || cities.loading || cycles.loading || layer.loading}
          problem={problem}
          onSelect={setSelectedId}
        />
      </main>
    </div>
  )
}
