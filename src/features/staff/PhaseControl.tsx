// A city admin moves the cycle to its next phase, after confirming: phases never go back, and
// once voting starts the cycle's rules are frozen (both enforced by the database). A phase opens
// only when the previous one's work is done (api.set_cycle_phase): a refusal is shown translated,
// with how much is left (undecided proposals, ballots without confirmed winners).
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Api } from '../../api/client'
import { ApiError } from '../../api/errors'
import type { Cycle } from '../../api/types'
import { describeError } from '../common/errorMessage'
import { nextPhase } from './staffRoles'

/** The remaining work a refusal names in its details ("3", or "2 (astana-esil)"), by key. */
const REMAINING: Record<string, string> = {
  proposals_undecided: 'cycleAdmin.undecided',
  selection_unconfirmed: 'cycleAdmin.unconfirmed',
}

function remaining(error: unknown): { key: string; count: number } | null {
  if (!(error instanceof ApiError) || !REMAINING[error.key]) return null
  const count = Number.parseInt(error.details, 10)
  return Number.isInteger(count) ? { key: REMAINING[error.key]!, count } : null
}

export interface PhaseControlProps {
  api: Api
  cycle: Cycle
  onChanged(): void
}

export function PhaseControl({ api, cycle, onChanged }: PhaseControlProps) {
  const { t } = useTranslation()
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const next = nextPhase(cycle.phase)

  const advance = async () => {
    if (!next) return
    setBusy(true)
    setError(null)
    try {
      await api.setCyclePhase(cycle.id, next)
      setConfirming(false)
      onChanged()
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="staff-tools phase-control" aria-labelledby="phase-control-title">
      <h3 className="section-title" id="phase-control-title">
        {t('cycleAdmin.title')}
      </h3>
      <p>{t('cycleAdmin.current', { phase: t(`phase.${cycle.phase}`) })}</p>
      {next &&
        (confirming ? (
          <div role="group" aria-label={t('cycleAdmin.confirmTitle')}>
            <p>
              {t('cycleAdmin.confirm', { phase: t(`phase.${next}`) })}{' '}
              {next === 'voting' && t('cycleAdmin.rulesFreeze')}
            </p>
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => void advance()}
            >
              {t('cycleAdmin.confirmAdvance', { phase: t(`phase.${next}`) })}
            </button>{' '}
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('ballot.cancel')}
            </button>
          </div>
        ) : (
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            {t('cycleAdmin.advance', { phase: t(`phase.${next}`) })}
          </button>
        ))}
      {error !== null && (
        <p className="field-error" role="alert">
          {describeError(error, t)}
          {remaining(error) && <> {t(remaining(error)!.key, { count: remaining(error)!.count })}</>}
        </p>
      )}
    </section>
  )
}
