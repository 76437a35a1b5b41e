// The resident's profile in the side panel: the verified residency that puts them on voter
// rolls (and how to get it), the name others see, the home district they wish (shown, not
// counted for voting), and the interface language (applied on saving).
import i18next from 'i18next'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Api } from '../../api/client'
import type { DistrictSummary, Language, Profile } from '../../api/types'
import { localizedName } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import { describeError } from '../common/errorMessage'
import { FormHeader } from '../common/FormHeader'
import { DISPLAY_NAME_MAX, displayNameError } from './profileRules'
import { ResidencySection } from './ResidencySection'

export interface ProfileFormProps {
  api: Api
  profile: Profile | null | undefined
  /** Districts of the city on screen: where a resident of it lives. */
  districts: DistrictSummary[]
  onSaved(): void
  onClose(): void
}

export function ProfileForm({ api, profile, districts, onSaved, onClose }: ProfileFormProps) {
  const { t } = useTranslation()
  const lang = useLanguage()
  const ids = useId()
  const [edits, setEdits] = useState<{
    name?: string
    home?: string
    language?: Language
  }>({})
  const [tried, setTried] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  const [saving, setSaving] = useState(false)
  const [saved, setSaved] = useState(false)

  const header = (
    <FormHeader backLabel={t('profile.close')} onBack={onClose} title={t('profile.title')} />
  )
  if (!profile)
    return (
      <div className="composer">
        {header}
        <p className="panel-message" role="status">
          {profile === null ? t('profile.none') : t('load.loading')}
        </p>
      </div>
    )

  const name = edits.name ?? profile.display_name
  const home = edits.home ?? profile.home_district_id ?? ''
  const language = edits.language ?? profile.language
  const nameProblem = tried ? displayNameError(name) : null
  // A home district in another city stays choosable, under its id.
  const homeElsewhere = home !== '' && !districts.some((d) => d.id === home)

  async function save() {
    setTried(true)
    setSaved(false)
    if (displayNameError(name)) return
    setSaving(true)
    setFailure(null)
    try {
      await api.updateProfile({
        display_name: name.trim(),
        home_district_id: home || null,
        language,
      })
      setEdits({})
      setTried(false)
      setSaved(true)
      // A language chosen here is the interface's from now on; an untouched field changes nothing.
      if (edits.language && edits.language !== lang) void i18next.changeLanguage(edits.language)
      onSaved()
    } catch (error) {
      setFailure(error)
    } finally {
      setSaving(false)
    }
  }

  return (
    <form
      className="composer"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
    >
      {header}
      <ResidencySection api={api} profile={profile} districts={districts} onVerified={onSaved} />
      <label className="field" htmlFor={`${ids}-name`}>
        <span className="field-label">{t('profile.name')}</span>
      </label>
      <input
        id={`${ids}-name`}
        value={name}
        maxLength={DISPLAY_NAME_MAX + 20}
        autoComplete="nickname"
        onChange={(e) => setEdits({ ...edits, name: e.target.value })}
        {...(nameProblem
          ? { 'aria-invalid': true as const, 'aria-describedby': `${ids}-name-error` }
          : {})}
      />
      {nameProblem && (
        <p className="field-error" id={`${ids}-name-error`}>
          {t(`errors.${nameProblem}`)}
        </p>
      )}
      <p className="panel-hint">{t('profile.nameHint')}</p>

      <label className="field" htmlFor={`${ids}-home`}>
        <span className="field-label">{t('profile.home')}</span>
      </label>
      <select
        id={`${ids}-home`}
        value={home}
        onChange={(e) => setEdits({ ...edits, home: e.target.value })}
      >
        <option value="">{t('profile.noHome')}</option>
        {homeElsewhere && <option value={home}>{home}</option>}
        {districts.map((d) => (
          <option key={d.id} value={d.id}>
            {localizedName(d, lang)}
          </option>
        ))}
      </select>
      <p className="panel-hint">{t('profile.homeHint')}</p>

      <label className="field" htmlFor={`${ids}-language`}>
        <span className="field-label">{t('profile.language')}</span>
      </label>
      <select
        id={`${ids}-language`}
        value={language}
        onChange={(e) => setEdits({ ...edits, language: e.target.value as Language })}
      >
        {(['kk', 'ru', 'en'] as const).map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`languages.${l}`)}
          </option>
        ))}
      </select>

      {failure !== null && (
        <p className="error-text" role="alert">
          {describeError(failure, t)}
        </p>
      )}
      {saved && (
        <p className="composer-done" role="status">
          {t('profile.saved')}
        </p>
      )}
      <div className="composer-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {t('profile.save')}
        </button>
      </div>
    </form>
  )
}
