// A city admin creates a new cycle of the city: its year, titles and id, the voting rules, the
// money of each district (shared equally from a total, then adjusted), the rule its winners will
// be selected by, the dates of the eight phases and optional ballot groups, each with its share. Every problem is named next to its field before sending
// (cycleFormRules.ts, with the database's keys), the first gets the focus, and what was typed is
// kept in this browser until the cycle exists. The database checks it all again.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Api } from '../../api/client'
import { ApiError } from '../../api/errors'
import { CYCLE_PHASES, type City } from '../../api/types'
import { formatCount, formatTengeExact } from '../../i18n/formatTenge'
import { localizedName } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import { almatyDay } from '../common/dates'
import { describeError } from '../common/errorMessage'
import { useAsync } from '../common/useAsync'
import { parseTenge } from '../propose/proposalRules'
import {
  CYCLE_LIMITS,
  SELECTION_RULES,
  TITLE_LANGUAGES,
  allocationTotal,
  cycleFormErrors,
  defaultPhaseDates,
  emptyCycleForm,
  emptyGroup,
  field,
  fieldOfRefusal,
  isCycleForm,
  newCycleOf,
  shareEqually,
  withStoredDefaults,
  withYear,
  type CycleForm as CycleFormState,
  type GroupRow,
} from './cycleFormRules'

export interface CycleFormProps {
  api: Api
  /** The city the cycle is for; the signed-in person should be its admin (the database checks). */
  city: Pick<City, 'id' | 'name_kk' | 'name_ru' | 'name_en'>
  /** Called with the new cycle's id once the database has created it. */
  onCreated(cycleId: string): void
  onCancel(): void
}

const DRAFT_PREFIX = 'qatysu.cycle-draft'

function loadDraft(cityId: string): CycleFormState | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(`${DRAFT_PREFIX}:${cityId}`) ?? 'null')
    return isCycleForm(parsed) ? withStoredDefaults(parsed) : null
  } catch {
    return null
  }
}

function saveDraft(cityId: string, form: CycleFormState): void {
  try {
    localStorage.setItem(`${DRAFT_PREFIX}:${cityId}`, JSON.stringify(form))
  } catch {
    // Storage full or disabled: the form still holds what was typed.
  }
}

function clearDraft(cityId: string): void {
  try {
    localStorage.removeItem(`${DRAFT_PREFIX}:${cityId}`)
  } catch {
    // Nothing kept, nothing to clear.
  }
}

/** A new cycle is planned for the next year by default. */
function nextYear(): number {
  return Number(almatyDay(new Date()).slice(0, 4)) + 1
}

function nextGroupKey(groups: GroupRow[]): string {
  return String(groups.reduce((max, g) => Math.max(max, Number(g.key) || 0), 0) + 1)
}

export function CycleForm({ api, city, onCreated, onCancel }: CycleFormProps) {
  const { t } = useTranslation()
  const lang = useLanguage()
  const uid = useId()
  const idOf = (name: string) => `${uid}-${name}`
  const headingRef = useRef<HTMLHeadingElement>(null)
  const [form, setForm] = useState<CycleFormState>(
    () => loadDraft(city.id) ?? emptyCycleForm(city.id, nextYear()),
  )
  const [shown, setShown] = useState(false)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  /** A refusal of the database that belongs to one field. */
  const [refusal, setRefusal] = useState<{ field: string; key: string } | null>(null)
  const [totalProblem, setTotalProblem] = useState(false)
  const [focusRequest, setFocusRequest] = useState<{ field: string } | null>(null)
  /** Whether the admin changed anything since the form opened (only then is a draft kept). */
  const [dirty, setDirty] = useState(false)

  const validDivision = /^\d{4}-\d{2}-\d{2}$/.test(form.divisionDate)
  const districts = useAsync(
    validDivision ? `city-districts:${city.id}:${form.divisionDate}` : null,
    () => api.cityDistricts(city.id, form.divisionDate),
  )
  const cycles = useAsync(`cycles:${city.id}`, () => api.listCycles(city.id))
  const districtIds = (districts.data ?? []).map((d) => d.id)
  const takenIds = (cycles.data ?? []).map((c) => c.id)
  const errors = cycleFormErrors(form, districtIds, takenIds)

  useEffect(() => headingRef.current?.focus(), [])
  useEffect(() => {
    if (dirty) saveDraft(city.id, form)
  }, [dirty, city.id, form])
  // The focus moves once the messages are on screen, so the first one is read out with its field.
  useEffect(() => {
    if (focusRequest) document.getElementById(`${uid}-${focusRequest.field}`)?.focus()
  }, [focusRequest, uid])

  const change = (next: (f: CycleFormState) => CycleFormState) => {
    setForm(next)
    setDirty(true)
    setRefusal(null)
  }
  const update = (patch: Partial<CycleFormState>) => change((f) => ({ ...f, ...patch }))

  /** The key of the problem shown at a field, if any. */
  const problemOf = (name: string): string | null =>
    (shown ? errors[name] : undefined) ?? (refusal?.field === name ? refusal.key : null)

  const describedBy = (name: string, hint: boolean) =>
    [hint ? `${idOf(name)}-hint` : '', problemOf(name) ? `${idOf(name)}-error` : '']
      .filter(Boolean)
      .join(' ') || undefined

  const problem = (name: string): ReactNode => {
    const key = problemOf(name)
    return key ? (
      <p className="field-error" id={`${idOf(name)}-error`}>
        {t(`errors.${key}`)}
      </p>
    ) : null
  }

  const input = (o: {
    name: string
    label: string
    value: string
    onChange(value: string): void
    hint?: string
    type?: 'text' | 'date'
    numeric?: boolean
    maxLength?: number
    wide?: boolean
    error?: string
  }) => (
    <div key={o.name} className={o.wide ? 'report-field cycle-form-wide' : 'report-field'}>
      <label className="field-label" htmlFor={idOf(o.name)}>
        {o.label}
      </label>
      <input
        id={idOf(o.name)}
        type={o.type ?? 'text'}
        value={o.value}
        inputMode={o.numeric ? 'numeric' : undefined}
        autoComplete="off"
        maxLength={o.maxLength}
        aria-invalid={problemOf(o.name) ? true : undefined}
        aria-describedby={describedBy(o.name, !!o.hint)}
        onChange={(e) => o.onChange(e.target.value)}
      />
      {o.hint && (
        <p className="panel-hint" id={`${idOf(o.name)}-hint`}>
          {o.hint}
        </p>
      )}
      {problem(o.name)}
    </div>
  )

  const updateGroup = (key: string, patch: Partial<GroupRow>) =>
    change((f) => ({
      ...f,
      groups: f.groups.map((g) => (g.key === key ? { ...g, ...patch } : g)),
    }))

  const shareTotal = () => {
    const total = parseTenge(form.total)
    if (total === null || !Number.isSafeInteger(total) || total <= 0 || districtIds.length === 0) {
      setTotalProblem(true)
      return
    }
    setTotalProblem(false)
    const shares = shareEqually(total, districtIds)
    change((f) => ({
      ...f,
      allocations: {
        ...f.allocations,
        ...Object.fromEntries(
          Object.entries(shares).map(([id, amount]) => [id, formatCount(amount, lang)]),
        ),
      },
    }))
  }

  const submit = async () => {
    setShown(true)
    setFailure(null)
    const first = Object.keys(errors)[0]
    if (first) {
      setFocusRequest({ field: first })
      return
    }
    setBusy(true)
    try {
      const created = await api.createCycle(newCycleOf(form, city.id, districtIds))
      clearDraft(city.id)
      onCreated(created.id)
    } catch (error) {
      setFailure(error)
      const at = error instanceof ApiError ? fieldOfRefusal(error.key, error.details) : null
      if (at) {
        setRefusal({ field: at, key: (error as ApiError).key })
        setFocusRequest({ field: at })
      }
    } finally {
      setBusy(false)
    }
  }

  const total = allocationTotal(form, districtIds)
  const cityName = localizedName(city, lang)
  const anyProblem = shown && Object.keys(errors).length > 0

  return (
    <form
      className="report-form cycle-form"
      aria-labelledby={idOf('title')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <h3 className="section-title" id={idOf('title')} ref={headingRef} tabIndex={-1}>
        {t('cycleForm.title', { city: cityName })}
      </h3>
      <p className="panel-hint">{t('cycleForm.intro')}</p>

      <fieldset className="cycle-form-section">
        <legend>{t('cycleForm.sectionCycle')}</legend>
        <div className="report-row">
          {input({
            name: 'year',
            label: t('cycleForm.year'),
            value: form.year,
            numeric: true,
            maxLength: 4,
            onChange: (year) => change((f) => withYear(f, city.id, year)),
          })}
          {input({
            name: 'id',
            label: t('cycleForm.id'),
            value: form.id,
            maxLength: CYCLE_LIMITS.idMax,
            hint: t('cycleForm.idHint'),
            onChange: (id) => update({ id, idEdited: true }),
          })}
        </div>
        {TITLE_LANGUAGES.map((l) =>
          input({
            name: `title_${l}`,
            label: t(`cycleForm.title_${l}`),
            value: form[`title_${l}`],
            maxLength: CYCLE_LIMITS.titleMax,
            wide: true,
            onChange: (value) => update({ [`title_${l}`]: value }),
          }),
        )}
      </fieldset>

      <fieldset className="cycle-form-section">
        <legend>{t('cycleForm.sectionRules')}</legend>
        <div className="report-row">
          {input({
            name: 'costCap',
            label: t('cycleForm.costCap'),
            value: form.costCap,
            numeric: true,
            hint: t('cycleForm.costCapHint'),
            onChange: (costCap) => update({ costCap }),
          })}
          {input({
            name: 'votesPerVoter',
            label: t('cycleForm.votesPerVoter'),
            value: form.votesPerVoter,
            numeric: true,
            maxLength: 2,
            hint: t('cycleForm.votesPerVoterHint', {
              min: CYCLE_LIMITS.votesMin,
              max: CYCLE_LIMITS.votesMax,
            }),
            onChange: (votesPerVoter) => update({ votesPerVoter }),
          })}
        </div>
        <fieldset className="cycle-form-choice">
          <legend className="field-label">{t('cycleForm.votesKind')}</legend>
          <label>
            <input
              type="radio"
              name={idOf('changeable')}
              checked={form.votesChangeable}
              onChange={() => update({ votesChangeable: true })}
            />{' '}
            {t('cycleForm.changeable')}
          </label>
          <label>
            <input
              type="radio"
              name={idOf('changeable')}
              checked={!form.votesChangeable}
              onChange={() => update({ votesChangeable: false })}
            />{' '}
            {t('cycleForm.final')}
          </label>
        </fieldset>
        <label className="cycle-form-check">
          <input
            type="checkbox"
            checked={form.residentsOnly}
            onChange={(e) => update({ residentsOnly: e.target.checked })}
          />{' '}
          {t('cycleForm.residentsOnly')}
        </label>
        <fieldset className="cycle-form-choice" id={idOf('selectionRule')} tabIndex={-1}>
          <legend className="field-label">{t('cycleForm.selectionRule')}</legend>
          {SELECTION_RULES.map((rule) => (
            <label key={rule}>
              <input
                type="radio"
                name={idOf('rule')}
                value={rule}
                checked={form.selectionRule === rule}
                onChange={() => update({ selectionRule: rule })}
              />{' '}
              {t(`selection.rule.${rule}`)}
            </label>
          ))}
          <p className="panel-hint">{t('cycleForm.selectionRuleHint')}</p>
          {problem('selectionRule')}
        </fieldset>
        {input({
          name: 'divisionDate',
          label: t('cycleForm.divisionDate'),
          type: 'date',
          value: form.divisionDate,
          hint: t('cycleForm.divisionDateHint'),
          onChange: (divisionDate) => update({ divisionDate }),
        })}
      </fieldset>

      <fieldset className="cycle-form-section">
        <legend>{t('cycleForm.sectionMoney')}</legend>
        <div className="report-row cycle-form-share">
          <div className="report-field">
            <label className="field-label" htmlFor={idOf('allocations')}>
              {t('cycleForm.total')}
            </label>
            <input
              id={idOf('allocations')}
              value={form.total}
              inputMode="numeric"
              autoComplete="off"
              aria-invalid={totalProblem || problemOf('allocations') ? true : undefined}
              aria-describedby={
                [
                  totalProblem ? `${idOf('total')}-error` : '',
                  problemOf('allocations') ? `${idOf('allocations')}-error` : '',
                ]
                  .filter(Boolean)
                  .join(' ') || undefined
              }
              onChange={(e) => {
                setTotalProblem(false)
                update({ total: e.target.value })
              }}
            />
            {totalProblem && (
              <p className="field-error" id={`${idOf('total')}-error`}>
                {t('errors.allocation_invalid')}
              </p>
            )}
            {problem('allocations')}
          </div>
          <button
            type="button"
            className="button"
            disabled={districtIds.length === 0}
            onClick={shareTotal}
          >
            {t('cycleForm.share')}
          </button>
        </div>
        <p className="panel-hint">{t('cycleForm.allocationsHint')}</p>
        {districts.loading ? (
          <p className="panel-hint" role="status">
            {t('cycleForm.districtsLoading')}
          </p>
        ) : districts.error ? (
          <p className="field-error" role="alert">
            {describeError(districts.error, t)}
          </p>
        ) : districtIds.length === 0 ? (
          <p className="panel-hint">{t('cycleForm.noDistricts')}</p>
        ) : (
          <div className="cycle-form-districts">
            {(districts.data ?? []).map((d) =>
              input({
                name: field.allocation(d.id),
                label: localizedName(d, lang),
                value: form.allocations[d.id] ?? '',
                numeric: true,
                onChange: (value) =>
                  change((f) => ({ ...f, allocations: { ...f.allocations, [d.id]: value } })),
              }),
            )}
          </div>
        )}
        <p className="cycle-form-total" aria-live="polite">
          {t('cycleForm.totalAllocated', { amount: formatTengeExact(total, lang) })}
        </p>
      </fieldset>

      <fieldset className="cycle-form-section">
        <legend>{t('cycleForm.sectionPhases')}</legend>
        <p className="panel-hint">{t('cycleForm.phasesHint')}</p>
        {CYCLE_PHASES.map((phase) => (
          <fieldset key={phase} className="cycle-form-phase">
            <legend>{t(`phase.${phase}`)}</legend>
            <div className="report-row">
              {input({
                name: field.phaseStarts(phase),
                label: t('cycleForm.starts'),
                type: 'date',
                value: form.phases[phase].starts,
                onChange: (starts) =>
                  change((f) => ({
                    ...f,
                    phases: { ...f.phases, [phase]: { ...f.phases[phase], starts } },
                  })),
              })}
              {input({
                name: field.phaseEnds(phase),
                label: t('cycleForm.ends'),
                type: 'date',
                value: form.phases[phase].ends,
                onChange: (ends) =>
                  change((f) => ({
                    ...f,
                    phases: { ...f.phases, [phase]: { ...f.phases[phase], ends } },
                  })),
              })}
            </div>
          </fieldset>
        ))}
        <button
          type="button"
          className="button button-small"
          onClick={() => update({ phases: defaultPhaseDates(form.year) })}
        >
          {t('cycleForm.refillPhases', { year: form.year })}
        </button>
      </fieldset>

      <fieldset className="cycle-form-section">
        <legend>{t('cycleForm.sectionGroups')}</legend>
        <p className="panel-hint">{t('cycleForm.groupsHint')}</p>
        {form.groups.map((g, i) => (
          <fieldset key={g.key} className="cycle-form-group">
            <legend>{t('cycleForm.group', { n: i + 1 })}</legend>
            <div className="report-row">
              {input({
                name: field.group(g.key, 'code'),
                label: t('cycleForm.groupCode'),
                value: g.code,
                maxLength: CYCLE_LIMITS.codeMax,
                hint: t('cycleForm.groupCodeHint'),
                onChange: (code) => updateGroup(g.key, { code }),
              })}
            </div>
            <div className="report-row">
              {TITLE_LANGUAGES.map((l) => (
                <div className="report-field" key={l}>
                  <label
                    className="field-label"
                    htmlFor={
                      l === 'kk' ? idOf(field.group(g.key, 'names')) : idOf(`group:${g.key}:${l}`)
                    }
                  >
                    {t(`cycleForm.name_${l}`)}
                  </label>
                  <input
                    id={
                      l === 'kk' ? idOf(field.group(g.key, 'names')) : idOf(`group:${g.key}:${l}`)
                    }
                    value={g[`name_${l}`]}
                    maxLength={CYCLE_LIMITS.titleMax}
                    autoComplete="off"
                    aria-invalid={
                      problemOf(field.group(g.key, 'names')) && g[`name_${l}`].trim() === ''
                        ? true
                        : undefined
                    }
                    aria-describedby={describedBy(field.group(g.key, 'names'), false)}
                    onChange={(e) => updateGroup(g.key, { [`name_${l}`]: e.target.value })}
                  />
                </div>
              ))}
            </div>
            {problem(field.group(g.key, 'names'))}
            <div className="report-row">
              {input({
                name: field.group(g.key, 'minFlats'),
                label: t('cycleForm.minFlats'),
                value: g.minFlats,
                numeric: true,
                onChange: (minFlats) => updateGroup(g.key, { minFlats }),
              })}
              {input({
                name: field.group(g.key, 'maxFlats'),
                label: t('cycleForm.maxFlats'),
                value: g.maxFlats,
                numeric: true,
                hint: t('cycleForm.maxFlatsHint'),
                onChange: (maxFlats) => updateGroup(g.key, { maxFlats }),
              })}
              {input({
                name: field.group(g.key, 'allocation'),
                label: t('cycleForm.groupAllocation'),
                value: g.allocation,
                numeric: true,
                hint: t('cycleForm.groupAllocationHint'),
                onChange: (allocation) => updateGroup(g.key, { allocation }),
              })}
            </div>
            <button
              type="button"
              className="link-button"
              onClick={() =>
                change((f) => ({ ...f, groups: f.groups.filter((x) => x.key !== g.key) }))
              }
            >
              {t('cycleForm.removeGroup', { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="button button-small"
          onClick={() =>
            change((f) => ({ ...f, groups: [...f.groups, emptyGroup(nextGroupKey(f.groups))] }))
          }
        >
          {t('cycleForm.addGroup')}
        </button>
      </fieldset>

      <p className="panel-hint">{t('cycleForm.keptHere')}</p>
      {anyProblem && (
        <p className="field-error" role="alert">
          {t('cycleForm.fixProblems')}
        </p>
      )}
      {failure !== null && (
        <p className="field-error" role="alert">
          {describeError(failure, t)}
        </p>
      )}
      <div className="cycle-form-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={busy || districts.loading}
        >
          {busy ? t('cycleForm.creating') : t('cycleForm.submit')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onCancel}>
          {t('cycleForm.cancel')}
        </button>
        <button
          type="button"
          className="link-button"
          disabled={busy}
          onClick={() => {
            clearDraft(city.id)
            setForm(emptyCycleForm(city.id, nextYear()))
            setDirty(false)
            setRefusal(null)
            setShown(false)
            setFailure(null)
            setTotalProblem(false)
          }}
        >
          {t('cycleForm.startOver')}
        </button>
      </div>
    </form>
  )
}
