// A project's milestones on its public page: what should be done by when, and when it was done
// (or that the day has passed without it).
import { useTranslation } from 'react-i18next'
import type { Api } from '../../api/client'
import { useLanguage } from '../../i18n/useLanguage'
import { formatDate } from '../common/dates'
import { useAsync } from '../common/useAsync'

export function MilestoneList({
  api,
  projectId,
  version,
}: {
  api: Api
  projectId: string
  version: number
}) {
  const { t } = useTranslation()
  const lang = useLanguage()
  const milestones = useAsync(
    `milestones:${projectId}`,
    () => api.projectMilestones(projectId),
    version,
  )
  const list = milestones.data ?? []
  return (
    <>
      <h3 className="section-title">{t('milestones.title')}</h3>
      {list.length === 0 ? (
        <p className="panel-hint">
          {milestones.loading ? t('load.loading') : t('milestones.none')}
        </p>
      ) : (
        <ol className="milestones">
          {list.map((m) => (
            <li
              key={m.id}
              data-milestone={m.id}
              data-state={m.done_on ? 'done' : m.overdue ? 'overdue' : 'planned'}
            >
              <span className="milestone-title">{m.title}</span>
              <span className="panel-hint">
                {t('milestones.planned', { date: formatDate(m.planned_on, lang) })}
                {' · '}
                {m.done_on ? (
                  t('milestones.doneOn', { date: formatDate(m.done_on, lang) })
                ) : m.overdue ? (
                  <strong className="milestone-overdue">{t('milestones.overdue')}</strong>
                ) : (
                  t('milestones.open')
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
    </>
  )
}
