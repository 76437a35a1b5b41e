import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { Transport } from '../../api/transport'
import type { City, Cycle } from '../../api/types'
import { localizedName, localizedTitle } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import { LanguageSwitch } from './LanguageSwitch'
import { SessionControl } from './SessionControl'
import { cycleLabel, sortCycles } from './cycles'

export interface HeaderProps {
  cities: City[] | undefined
  city: City | null
  cycles: Cycle[] | undefined
  cycle: Cycle | null
  transport: Transport | null
  /** The name in the signed-in person's profile (it may differ from the account's). */
  profileName?: string | null
  onProfile?(): void
  /** The database did not start: nothing will load. */
  unavailable: boolean
  onCity(id: string): void
  onCycle(id: string): void
}

export function Header({
  cities,
  city,
  cycles,
  cycle,
  transport,
  profileName,
  onProfile,
  unavailable,
  onCity,
  onCycle,
}: HeaderProps) {
  const { t } = useTranslation()
  const lang = useLanguage()
  const cityId = useId()
  const cycleId = useId()
  const ready = cities !== undefined
  const waiting = <option value="">{unavailable ? '—' : t('load.loading')}</option>

  return (
    <header className="app-header">
      <div className="brand">
        <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width="28" height="28" />
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>

      <div className="pickers" role="group" aria-label={t('header.choose')}>
        <div className="field">
          <label className="field-label" htmlFor={cityId}>
            {t('header.city')}
          </label>
          <select
            id={cityId}
            value={city?.id ?? ''}
            disabled={!ready}
            onChange={(e) => onCity(e.target.value)}
          >
            {!ready && waiting}
            {cities?.map((c) => (
              <option key={c.id} value={c.id}>
                {localizedName(c, lang)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={cycleId}>
            {t('header.cycle')}
            {cycle?.is_demo && (
              <span className="badge badge-demo" title={t('demo.cycleNote')}>
                {t('demo.badge')}
              </span>
            )}
          </label>
          <select
            id={cycleId}
            value={cycle?.id ?? ''}
            disabled={!cycles || cycles.length === 0}
            onChange={(e) => onCycle(e.target.value)}
          >
            {!cycles && waiting}
            {cycles?.length === 0 && <option value="">{t('header.noCycles')}</option>}
            {cycles &&
              sortCycles(cycles).map((c) => (
                <option key={c.id} value={c.id}>
                  {cycleLabel(localizedTitle(c, lang), c.is_demo, t('demo.short'))}
                </option>
              ))}
          </select>
        </div>
      </div>

      <div className="header-tools">
        <LanguageSwitch />
        {transport && (
          <SessionControl transport={transport} profileName={profileName} onProfile={onProfile} />
        )}
      </div>
    </header>
  )
}
