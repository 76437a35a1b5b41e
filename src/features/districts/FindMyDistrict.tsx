// "Which district do I live in?" from the device's location: the district it falls in opens,
// as a click on it would. The location is used here once and sent nowhere.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DistrictLayer } from '../../api/types'
import { placeOf } from '../propose/placeOf'

type Status = 'idle' | 'locating' | 'outside' | 'unavailable'

export function FindMyDistrict({
  districts,
  onFound,
}: {
  districts: DistrictLayer
  onFound(districtId: string): void
}) {
  const { t } = useTranslation()
  const [status, setStatus] = useState<Status>('idle')
  if (!('geolocation' in navigator)) return null

  const locate = () => {
    setStatus('locating')
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        const place = placeOf([coords.longitude, coords.latitude], districts, null)
        if (place) {
          setStatus('idle')
          onFound(place.districtId)
        } else setStatus('outside')
      },
      () => setStatus('unavailable'),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
    )
  }

  return (
    <div className="find-district">
      <button type="button" className="button" disabled={status === 'locating'} onClick={locate}>
        <span aria-hidden="true">⌖</span> {t('findDistrict.button')}
      </button>
      <p className="panel-hint" role="status">
        {status === 'locating'
          ? t('findDistrict.locating')
          : status === 'outside'
            ? t('findDistrict.outside')
            : status === 'unavailable'
              ? t('findDistrict.unavailable')
              : ''}
      </p>
    </div>
  )
}
