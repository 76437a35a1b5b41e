// An official's milestones on a project: add one with its planned day, mark an open one done on
// the day it was done. Both public at once; nothing typed is lost on a refusal.
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Api } from '../../api/client'
import type { ProjectDetail } from '../../api/types'
import { almatyDay } from '../common/dates'
import { useAsync } from '../common/useAsync'
import { SubmitOutcome, useSubmit } from './useSubmit'

export interface MilestoneToolsProps {
  api: Api
  project: ProjectDetail
  version: number
  onChanged(): void
}

export function MilestoneTools({ api, project, version, onChanged }: MilestoneToolsProps) {
  const { t } = useTranslation()
  const id = useId()
  const today = almatyDay(new Date())
  const [title, setTitle] = useState('')
  const [planned, setPlanned] = useState('')
  const [doneOn, setDoneOn] = useState(today)
  const [shown, setShown] = useState(false)
  const open = useAsync(
    `milestones:${project.id}`,
    () => api.projectMilestones(project.id),
    version,
  ).data?.filter((m) => !m.done_on)
  const adding = useSubmit(() => {
    setTitle('')
    setPlanned('')
    setShown(false)
    onChanged()
  })
  const completing = useSubmit(onChanged)
  const titleError = title.trim().length < 3 ? 'milestones.titleRequired' : null
  const plannedError = /^\d{4}-\d{2}-\d{2}$/.test(planned) ? null : 'milestones.dateRequired'

  return (
    <div className="milestone-tools">
      <form
        className="report-form"
        aria-labelledby={`${id}-title`}
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          setShown(true)
          if (titleError || plannedError) return
          void adding.submit(() => api.addMilestone(project.id, title.trim(), planned))
        }}
      >
        <h4 id={`${id}-title`}>{t('milestones.addTitle')}</h4>
        <div className="report-row">
          <div className="report-field">
            <label className="field-label" htmlFor={`${id}-name`}>
              {t('milestones.name')}
            </label>
            <input
              id={`${id}-name`}
              value={title}
              maxLength={200}
              aria-invalid={shown && titleError !== null}
              onChange={(e) => setTitle(e.target.value)}
            />
            {shown && titleError && <p className="field-error">{t(titleError)}</p>}
          </div>
          <div className="report-field">
            <label className="field-label" htmlFor={`${id}-planned`}>
              {t('milestones.plannedOn')}
            </label>
            <input
              id={`${id}-planned`}
              type="date"
              value={planned}
              aria-invalid={shown && plannedError !== null}
              onChange={(e) => setPlanned(e.target.value)}
            />
            {shown && plannedError && <p className="field-error">{t(plannedError)}</p>}
          </div>
        </div>
        <button type="submit" className="button button-primary" disabled={adding.busy}>
          {t('milestones.add')}
        </button>
        <SubmitOutcome {...adding} doneText={t('milestones.added')} />
      </form>
      {open && open.length > 0 && (
        <div className="report-form">
          <h4>{t('milestones.markTitle')}</h4>
          <div className="report-field">
            <label className="field-label" htmlFor={`${id}-done`}>
              {t('milestones.doneOnLabel')}
            </label>
            <input
              id={`${id}-done`}
              type="date"
              max={today}
              value={doneOn}
              onChange={(e) => setDoneOn(e.target.value)}
            />
          </div>
          <ul className="milestone-open">
            {open.map((m) => (
              <li key={m.id}>
                <button
                  type="button"
                  className="button button-small"
                  disabled={completing.busy}
                  onClick={() => void completing.submit(() => api.completeMilestone(m.id, doneOn))}
                >
                  {t('milestones.markDone', { title: m.title })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {/* Outside the list: the milestone just marked leaves it when the list reloads. */}
      <SubmitOutcome {...completing} doneText={t('milestones.marked')} />
    </div>
  )
}
