// A district official verifies a resident in person: the person shows their ID and the account
// code from their profile; the official enters both. The database keeps only a keyed hash of the
// ИИН and records the check by role.
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Api } from '../../api/client'
import type { DistrictSummary, ResidentVerified } from '../../api/types'
import { localizedName } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import { normalizeIin } from '../residency/iin'
import { SubmitOutcome, useSubmit } from './useSubmit'

export interface VerifyResidentFormProps {
  api: Api
  /** The districts the official verifies residents of. */
  districts: DistrictSummary[]
}

export function VerifyResidentForm({ api, districts }: VerifyResidentFormProps) {
  const { t } = useTranslation()
  const lang = useLanguage()
  const id = useId()
  const [account, setAccount] = useState('')
  const [iin, setIin] = useState('')
  const [district, setDistrict] = useState(districts[0]?.id ?? '')
  const [shown, setShown] = useState(false)
  const [last, setLast] = useState<ResidentVerified | null>(null)
  const send = useSubmit(() => {
    setAccount('')
    setIin('')
    setShown(false)
  })
  const validIin = normalizeIin(iin)
  const iinInvalid = shown && validIin === null
  const accountMissing = shown && account.trim() === ''
  const nameOf = (districtId: string) => {
    const d = districts.find((x) => x.id === districtId)
    return d ? localizedName(d, lang) : districtId
  }
  if (districts.length === 0) return null

  return (
    <form
      className="report-form verify-resident-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        setShown(true)
        if (validIin === null || account.trim() === '' || !district) return
        void send.submit(async () =>
          setLast(await api.verifyResident(account.trim(), validIin, district)),
        )
      }}
    >
      <h4 id={`${id}-title`}>{t('verifyResident.title')}</h4>
      <p className="panel-hint">{t('verifyResident.hint')}</p>
      <div className="report-row">
        <div className="report-field">
          <label className="field-label" htmlFor={`${id}-account`}>
            {t('verifyResident.account')}
          </label>
          <input
            id={`${id}-account`}
            autoComplete="off"
            maxLength={40}
            value={account}
            aria-invalid={accountMissing}
            onChange={(e) => setAccount(e.target.value)}
          />
        </div>
        <div className="report-field">
          <label className="field-label" htmlFor={`${id}-iin`}>
            {t('residency.iin')}
          </label>
          <input
            id={`${id}-iin`}
            inputMode="numeric"
            autoComplete="off"
            maxLength={20}
            value={iin}
            aria-invalid={iinInvalid}
            aria-describedby={iinInvalid ? `${id}-iin-error` : undefined}
            onChange={(e) => setIin(e.target.value)}
          />
          {iinInvalid && (
            <p className="field-error" id={`${id}-iin-error`}>
              {t('errors.iin_invalid')}
            </p>
          )}
        </div>
        {districts.length > 1 && (
          <div className="report-field">
            <label className="field-label" htmlFor={`${id}-district`}>
              {t('verifyResident.district')}
            </label>
            <select
              id={`${id}-district`}
              value={district}
              onChange={(e) => setDistrict(e.target.value)}
            >
              {districts.map((d) => (
                <option key={d.id} value={d.id}>
                  {localizedName(d, lang)}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <button type="submit" className="button button-primary" disabled={send.busy}>
        {t('verifyResident.submit')}
      </button>
      <SubmitOutcome
        {...send}
        doneText={
          last
            ? t('verifyResident.done', {
                code: last.account_code,
                district: nameOf(last.district_id),
              })
            : ''
        }
      />
    </form>
  )
}
