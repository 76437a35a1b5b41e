import { useTranslation } from 'react-i18next'
import type { ViewMode } from './urlState'

/** Map | List | Money. On phones it works as the tabs of the main area. */
export function ViewSwitch({ view, onView }: { view: ViewMode; onView(view: ViewMode): void }) {
  const { t } = useTranslation()
  return (
    <div className="view-switch" role="group" aria-label={t('view.label')}>
      {(['map', 'list', 'money'] as const).map((v) => (
        <button
          key={v}
          type="button"
          aria-pressed={view === v}
          aria-controls={`${v}-area`}
          onClick={() => onView(v)}
        >
          {t(`view.${v}`)}
        </button>
      ))}
    </div>
  )
}
