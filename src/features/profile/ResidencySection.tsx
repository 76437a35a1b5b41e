// The profile's residency: verified (where, how, when) or not, and then the two ways to verify:
// a claim with one's ИИН against the residents' register, or a visit to the akimat showing the
// account code. Voting follows this, not the home district chosen below it (a wish).
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Api } from '../../api/client'
import type { DistrictSummary, Profile } from '../../api/types'
import { localizedName } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import { formatDate } from '../common/dates'
import { describeError } from '../common/errorMessage'
import { normalizeIin } from '../residency/iin'

export interface ResidencySectionProps {
  api: Api
  profile: Profile
  districts: DistrictSummary[]
  onVerified(): void
}

export function ResidencySection({ api, profile, districts, onVerified }: ResidencySectionProps) {
  const { t } = useTranslation()
  const lang = useLanguage()
  const id = useId()
  const [iin, setIin] = useState('')
  const [tried, setTried] = useState(false)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  const residency = profile.residency
  const districtName = (districtId: string) => {
    const d = districts.find((x) => x.id === districtId)
    return d ? localizedName(d, lang) : districtId
  }
  const invalid = tried && normalizeIin(iin) === null

  async function claim() {
    setTried(true)
    const valid = normalizeIin(iin)
    if (valid === null) return
    setBusy(true)
    setFailure(null)
    try {
      await api.verifyResidencyByRegister(valid)
      setIin('')
      setTried(false)
      onVerified()
    } catch (error) {
      setFailure(error)
    } finally {
      setBusy(false)
    }
  }

  if (residency)
    return (
      <section className="residency" aria-labelledby={`${id}-title`} data-verified="true">
        <h3 id={`${id}-title`} className="field-label">
          {t('residency.title')}
        </h3>
        <p className="residency-status">
          <span aria-hidden="true">✓</span>{' '}
          {t('residency.verified', {
            district: districtName(residency.district_id),
            method: t(`residency.method.${residency.method}`),
            date: formatDate(residency.verified_at, lang),
          })}
        </p>
        {profile.home_district_id && profile.home_district_id !== residency.district_id && (
          <p className="panel-hint">{t('residency.wishDiffers')}</p>
        )}
      </section>
    )

  return (
    <section className="residency" aria-labelledby={`${id}-title`} data-verified="false">
      <h3 id={`${id}-title`} className="field-label">
        {t('residency.title')}
      </h3>
      <p className="residency-status">{t('residency.notVerified')}</p>
      <p className="panel-hint">{t('residency.howTo')}</p>
      <label className="field" htmlFor={`${id}-iin`}>
        <span className="field-label">{t('residency.iin')}</span>
      </label>
      <input
        id={`${id}-iin`}
        inputMode="numeric"
        autoComplete="off"
        maxLength={20}
        value={iin}
        onChange={(e) => setIin(e.target.value)}
        onKeyDown={(e) => {
          // The section sits inside the profile form: Enter claims, it does not save the profile.
          if (e.key === 'Enter') {
            e.preventDefault()
            void claim()
          }
        }}
        {...(invalid
          ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-iin-error` }
          : {})}
      />
      {invalid && (
        <p className="field-error" id={`${id}-iin-error`}>
          {t('errors.iin_invalid')}
        </p>
      )}
      <p className="panel-hint">{t('residency.iinHint')}</p>
      <button type="button" className="button" disabled={busy} onClick={() => void claim()}>
        {t('residency.claim')}
      </button>
      {failure !== null && (
        <p className="error-text" role="alert">
          {describeError(failure, t)}
        </p>
      )}
      <p className="panel-hint">
        {t('residency.visitAkimat')} <code className="account-code">{profile.account_code}</code>
      </p>
    </section>
  )
}
