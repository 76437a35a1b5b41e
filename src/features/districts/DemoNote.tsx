import { useTranslation } from 'react-i18next'
import type { Cycle } from '../../api/types'

/** Says which figures are invented: the whole cycle, or only its activity. */
export function DemoNote({ cycle, demoActivity }: { cycle: Cycle; demoActivity: boolean }) {
  const { t } = useTranslation()
  if (!cycle.is_demo && !demoActivity) return null
  return (
    <p className="demo-note">
      <span className="badge badge-demo">{t('demo.badge')}</span>{' '}
      {t(cycle.is_demo ? 'demo.cycleNote' : 'demo.activityNote')}
    </p>
  )
}
