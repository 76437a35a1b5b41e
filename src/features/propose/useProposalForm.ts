// The proposal being written: what was typed (kept in this browser on every change), where
// its point falls, the rules it does not meet yet, and saving, submitting and withdrawing
// through the API. A database refusal is shown next to the form, never instead of it.
import { useEffect, useMemo, useState } from 'react'
import type { Api } from '../../api/client'
import type { Cycle, DistrictLayer, ProposalDetail, Session, YardLayer } from '../../api/types'
import type { Compose } from '../shell/urlState'
import { clearDraft, loadDraft, saveDraft, type DraftKey } from './draftStore'
import { placeOf, type Place } from './placeOf'
import {
  draftErrors,
  draftOf,
  EMPTY_FORM,
  submissionErrors,
  type FieldErrors,
  type PointPlace,
  type ProposalForm,
} from './proposalRules'

export type FormStep = 'editing' | 'saving' | 'submitted'

export interface ProposalFormState {
  /** Null while a saved proposal is loading. */
  form: ProposalForm | null
  /** The proposal as the database holds it, once saved. */
  saved: ProposalDetail | null
  place: Place | null
  pointPlace: PointPlace
  /** Problems to show: after an attempt to save or submit, and from then on as typed. */
  errors: FieldErrors
  /** The last refusal of the database (or the network). */
  failure: unknown
  step: FormStep
  update(patch: Partial<ProposalForm>): void
  saveDraft(): Promise<void>
  submit(): Promise<void>
  withdraw(): Promise<void>
}

/** One writing session: a person, a cycle, and the proposal as the form was opened. */
interface WritingSession {
  user: string
  cycleId: string
  openedAs: string
  proposalId: string | null
  form: ProposalForm | null
  saved: ProposalDetail | null
}

function formOf(p: ProposalDetail): ProposalForm {
  const c = p.location?.coordinates
  return {
    title: p.title,
    description: p.description,
    categoryId: p.category_id ?? '',
    cost: p.cost_estimate === null ? '' : String(p.cost_estimate),
    point: c ? [c[0]!, c[1]!] : null,
    photoPath: p.photo_path,
  }
}

export function useProposalForm(options: {
  api: Api | null
  cycle: Cycle | null
  session: Session | null
  compose: Compose | null
  districts: DistrictLayer | null
  yards: YardLayer | null
  /** The database gave a new proposal its id: the address should name it from now on. */
  onSaved(id: string): void
  /** The proposal changed in the database (saved, submitted, withdrawn). */
  onChanged(): void
}): ProposalFormState | null {
  const { api, cycle, session, compose, districts, yards } = options
  const user = session?.user_id ?? null
  const cycleId = cycle?.id ?? null
  const opened = compose === null ? null : compose === 'new' ? 'new' : compose.id

  const [current, setCurrent] = useState<WritingSession | null>(null)
  const [tried, setTried] = useState<'draft' | 'submit' | null>(null)
  const [failure, setFailure] = useState<unknown>(null)
  const [step, setStep] = useState<FormStep>('editing')

  // Another person, cycle or proposal: start from what this browser kept (read while
  // rendering, so the first frame already shows it). The address naming a just-saved new
  // proposal is the same session.
  const same =
    current !== null &&
    current.user === user &&
    current.cycleId === cycleId &&
    (current.openedAs === opened || current.proposalId === opened)
  // A closed form forgets its session: opened again, it starts afresh from what was kept.
  if (opened === null && current !== null) setCurrent(null)
  if (!same && user && cycleId && opened) {
    const kept = loadDraft({ userId: user, cycleId, proposalId: opened === 'new' ? null : opened })
    const proposalId = opened === 'new' ? (kept?.proposalId ?? null) : opened
    setCurrent({
      user,
      cycleId,
      openedAs: opened,
      proposalId,
      form: kept?.form ?? (proposalId ? null : EMPTY_FORM),
      saved: null,
    })
    setTried(null)
    setFailure(null)
    setStep('editing')
  }
  const mine = same ? current : null

  // The database's copy of a saved proposal: its status, and the form when nothing is kept.
  const fetchId = mine && mine.proposalId && !mine.saved ? mine.proposalId : null
  useEffect(() => {
    if (!fetchId || !api) return
    let live = true
    api.proposalDetail(fetchId).then(
      (saved) =>
        live &&
        setCurrent((c) =>
          c?.proposalId === fetchId ? { ...c, form: c.form ?? formOf(saved), saved } : c,
        ),
      (error: unknown) => {
        if (!live) return
        setFailure(error)
        setCurrent((c) => c && { ...c, form: c.form ?? EMPTY_FORM })
      },
    )
    return () => {
      live = false
    }
  }, [fetchId, api])

  const form = mine?.form ?? null
  const point = form?.point ?? null
  const place = useMemo(
    () => (point && districts ? placeOf(point, districts, yards) : null),
    [point, districts, yards],
  )
  if (!api || !cycle || !mine) return null
  const w = mine

  const keyOf = (proposalId: string | null): DraftKey => ({
    userId: w.user,
    cycleId: w.cycleId,
    proposalId,
  })
  const openedKey = keyOf(w.openedAs === 'new' ? null : w.openedAs)
  const forget = () => {
    clearDraft(openedKey)
    if (w.proposalId) clearDraft(keyOf(w.proposalId))
  }

  const pointPlace: PointPlace =
    !form?.point || !districts ? 'unknown' : place ? 'inside' : 'outside'
  const errors: FieldErrors = !form
    ? {}
    : tried === 'submit'
      ? submissionErrors(form, cycle, pointPlace)
      : tried === 'draft'
        ? draftErrors(form, cycle, pointPlace)
        : {}

  // On the latest form: a photo that finishes uploading must not undo what was typed meanwhile.
  const update = (patch: Partial<ProposalForm>) =>
    setCurrent((c) => {
      if (!c?.form) return c
      const next = { ...c.form, ...patch }
      saveDraft(openedKey, { form: next, proposalId: c.proposalId })
      return { ...c, form: next }
    })

  /** Saves to the database; the saved proposal, or null when refused. */
  const persist = async (f: ProposalForm): Promise<ProposalDetail | null> => {
    setStep('saving')
    setFailure(null)
    try {
      const saved = await api.saveProposal(draftOf(cycle.id, w.proposalId, f))
      // What was typed meanwhile stays: only the id and the saved copy are new.
      saveDraft(openedKey, { form: loadDraft(openedKey)?.form ?? f, proposalId: saved.id })
      setCurrent((c) => c && { ...c, proposalId: saved.id, saved })
      if (!w.proposalId) options.onSaved(saved.id)
      options.onChanged()
      return saved
    } catch (error) {
      setFailure(error)
      return null
    } finally {
      setStep('editing')
    }
  }

  return {
    form,
    saved: mine.saved,
    place,
    pointPlace,
    errors,
    failure,
    step,
    update,
    async saveDraft() {
      if (!form) return
      setTried('draft')
      if (Object.keys(draftErrors(form, cycle, pointPlace)).length > 0) return
      await persist(form)
    },
    async submit() {
      if (!form) return
      setTried('submit')
      if (Object.keys(submissionErrors(form, cycle, pointPlace)).length > 0) return
      const saved = await persist(form)
      if (!saved) return
      setStep('saving')
      try {
        const submitted = await api.submitProposal(saved.id)
        forget()
        clearDraft(keyOf(saved.id))
        setCurrent((c) => c && { ...c, saved: submitted })
        setStep('submitted')
        options.onChanged()
      } catch (error) {
        setFailure(error)
        setStep('editing')
      }
    },
    async withdraw() {
      const target = mine.saved
      if (!target) return
      setFailure(null)
      try {
        const withdrawn = await api.withdrawProposal(target.id)
        forget()
        setCurrent((c) => c && { ...c, saved: withdrawn })
        options.onChanged()
      } catch (error) {
        setFailure(error)
      }
    },
  }
}
