// Shown over the map while the embedded database starts, or when it could not.
import { useTranslation } from 'react-i18next'
import type { BootProgress } from '../../api/transport'
import { errorMessage } from '../common/errorMessage'
import { isBootTimeout } from './boot'

export function BootProgressCard({ progress }: { progress: BootProgress | null }) {
  const { t } = useTranslation()
  const fraction = progress?.fraction
  return (
    <div className="overlay-card" role="status" aria-live="polite">
      <h2 className="overlay-title">{t('boot.title')}</h2>
      <p>{t(`boot.stage.${progress?.stage ?? 'download'}`)}</p>
      {fraction != null ? (
        <progress max={1} value={fraction} aria-label={t('boot.title')} />
      ) : (
        <progress aria-label={t('boot.title')} />
      )}
      <p className="overlay-hint">{t('boot.hint')}</p>
    </div>
  )
}

export function BootError({ error }: { error: unknown }) {
  const { t } = useTranslation()
  return (
    <div className="overlay-card overlay-error" role="alert">
      <h2 className="overlay-title">{t(isBootTimeout(error) ? 'boot.timeout' : 'boot.failed')}</h2>
      <details>
        <summary>{t('boot.details')}</summary>
        <pre>{errorMessage(error)}</pre>
      </details>
      <button type="button" className="button button-primary" onClick={() => location.reload()}>
        {t('boot.retry')}
      </button>
    </div>
  )
}
