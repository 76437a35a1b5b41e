// Sending a staff form: busy while it goes, the refusal in the reader's language when the
// database says no (the form keeps what was typed), a short confirmation when it went through.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { describeError } from '../common/errorMessage'

export interface Submission {
  busy: boolean
  failure: unknown
  done: boolean
  submit(send: () => Promise<unknown>): Promise<void>
}

/** `onDone` runs after a successful send (clear what should not be sent twice, reload). */
export function useSubmit(onDone: () => void): Submission {
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  const [done, setDone] = useState(false)
  const submit = async (send: () => Promise<unknown>) => {
    setBusy(true)
    setFailure(null)
    setDone(false)
    try {
      await send()
      setDone(true)
      onDone()
    } catch (e) {
      setFailure(e)
    } finally {
      setBusy(false)
    }
  }
  return { busy, failure, done, submit }
}

/** The refusal, or the confirmation, of the last send. */
export function SubmitOutcome({ failure, done, doneText }: Submission & { doneText: string }) {
  const { t } = useTranslation()
  if (failure !== null)
    return (
      <p className="field-error" role="alert">
        {describeError(failure, t)}
      </p>
    )
  return done ? (
    <p className="report-done" role="status">
      {doneText}
    </p>
  ) : null
}
