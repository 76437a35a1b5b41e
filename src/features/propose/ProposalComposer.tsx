// The proposal form in the side panel: the place (clicked on the map, or chosen among the
// districts and yards), title, description, category and cost, each with its own translated
// problem; saved in this browser as typed, then saved as a draft or submitted for review.
import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { PhotoStore } from '../../api/photos'
import type { Category, Cycle, DistrictLayer, YardLayer } from '../../api/types'
import { interiorPoint } from '../../geo/interiorPoint'
import { roundPoint } from '../../geo/precision'
import { formatCount, formatTenge } from '../../i18n/formatTenge'
import { localizedName } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import { describeError } from '../common/errorMessage'
import { FormHeader } from '../common/FormHeader'
import { PhotoPicker } from '../common/PhotoPicker'
import { PROPOSAL_LIMITS, submissionErrors, type FormField } from './proposalRules'
import type { ProposalFormState } from './useProposalForm'

export interface ProposalComposerProps {
  state: ProposalFormState | null
  cycle: Cycle
  signedIn: boolean
  districts: DistrictLayer | null
  yards: YardLayer | null
  categories: Category[]
  photos: PhotoStore
  onClose(): void
  onOpenProposal(id: string): void
}

/** Fields in the order they appear. */
const FIELD_ORDER: FormField[] = ['location', 'title', 'description', 'category', 'cost']

/** A place to choose from the list: `d:<id>` for a district, `y:<id>` for a yard. */
function placePoint(
  value: string,
  districts: DistrictLayer | null,
  yards: YardLayer | null,
): [number, number] | null {
  const [kind, id] = [value.slice(0, 2), value.slice(2)]
  const feature =
    kind === 'd:'
      ? districts?.features.find((f) => f.properties.id === id)
      : yards?.features.find((f) => f.properties.id === id)
  const p = feature ? interiorPoint(feature.geometry) : null
  return p ? roundPoint([p[0]!, p[1]!]) : null
}

export function ProposalComposer(props: ProposalComposerProps) {
  const { state, cycle, districts, yards, categories } = props
  const { t } = useTranslation()
  const lang = useLanguage()
  const ids = useId()
  const fieldId = (f: FormField) => `${ids}-${f}`

  const header = (title: string): ReactNode => (
    <FormHeader
      backLabel={t('propose.close')}
      onBack={props.onClose}
      kicker={t('propose.kicker')}
      title={title}
    />
  )

  if (!props.signedIn)
    return (
      <div className="composer">
        {header(t('propose.title'))}
        <p className="panel-hint">{t('propose.signIn')}</p>
      </div>
    )
  if (!state || !state.form)
    return (
      <div className="composer">
        {header(t('propose.title'))}
        <p className="panel-message" role="status">
          {t('load.loading')}
        </p>
      </div>
    )

  const { form, errors, saved, place } = state
  const districtName = (id: string) => {
    const d = districts?.features.find((f) => f.properties.id === id)
    return d ? localizedName(d.properties, lang) : id
  }
  const yardName = (id: string) => {
    const y = yards?.features.find((f) => f.properties.id === id)
    return y ? localizedName(y.properties, lang) : id
  }
  const problem = (f: FormField) =>
    errors[f] ? (
      <p className="field-error" id={`${fieldId(f)}-error`}>
        {t(`errors.${errors[f]}`, {
          cap: cycle.project_cost_cap === null ? '' : formatTenge(cycle.project_cost_cap, lang),
        })}
      </p>
    ) : null
  const invalid = (f: FormField) =>
    errors[f] ? { 'aria-invalid': true as const, 'aria-describedby': `${fieldId(f)}-error` } : {}

  if (state.step === 'submitted' && saved)
    return (
      <div className="composer">
        {header(saved.title)}
        <p className="composer-done" role="status">
          {t('propose.submitted')}
        </p>
        <button
          type="button"
          className="button button-primary"
          onClick={() => props.onOpenProposal(saved.id)}
        >
          {t('propose.openSubmitted')} <span aria-hidden="true">→</span>
        </button>
      </div>
    )

  const editable = !saved || saved.status === 'draft' || saved.status === 'submitted'
  const open = cycle.phase === 'submission'
  const busy = state.step === 'saving'

  return (
    <form
      className="composer"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        // The first field with a problem gets the focus, so its message is read out.
        const problems = submissionErrors(form, cycle, state.pointPlace)
        const first = FIELD_ORDER.find((f) => problems[f])
        if (first) document.getElementById(fieldId(first))?.focus()
        void state.submit()
      }}
    >
      {header(saved ? t('propose.editTitle') : t('propose.title'))}
      {!open && <p className="ballot-refusal">{t('propose.phaseClosed')}</p>}
      {saved && (
        <p>
          <span className={`status-tag status-${saved.status}`}>
            {t(`proposalStatus.${saved.status}`)}
          </span>
        </p>
      )}

      <fieldset className="composer-place">
        <legend>{t('propose.place')}</legend>
        <p className="panel-hint">{t('propose.placeHint')}</p>
        <p className="composer-where" data-place={state.pointPlace} aria-live="polite">
          {!form.point
            ? t('propose.noPlace')
            : place
              ? place.yardId
                ? t('propose.inYard', {
                    district: districtName(place.districtId),
                    yard: yardName(place.yardId),
                  })
                : t('propose.inDistrict', { district: districtName(place.districtId) })
              : t('errors.location_outside_city')}
        </p>
        {problem('location')}
        <label className="field">
          <span className="field-label">{t('propose.choosePlace')}</span>
          <select
            id={fieldId('location')}
            value=""
            {...invalid('location')}
            onChange={(e) => {
              const point = placePoint(e.target.value, districts, yards)
              if (point) state.update({ point })
            }}
          >
            <option value="">{t('propose.choosePlaceNone')}</option>
            {districts?.features.map((d) => (
              <optgroup key={d.properties.id} label={localizedName(d.properties, lang)}>
                <option value={`d:${d.properties.id}`}>
                  {t('propose.wholeDistrict', { district: localizedName(d.properties, lang) })}
                </option>
                {yards?.features
                  .filter((y) => y.properties.district_id === d.properties.id)
                  .map((y) => (
                    <option key={y.properties.id} value={`y:${y.properties.id}`}>
                      {localizedName(y.properties, lang)}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </label>
      </fieldset>

      <label className="field" htmlFor={fieldId('title')}>
        <span className="field-label">{t('propose.titleLabel')}</span>
      </label>
      <input
        id={fieldId('title')}
        value={form.title}
        maxLength={PROPOSAL_LIMITS.titleMax}
        onChange={(e) => state.update({ title: e.target.value })}
        {...invalid('title')}
      />
      {problem('title')}

      <label className="field" htmlFor={fieldId('description')}>
        <span className="field-label">{t('propose.descriptionLabel')}</span>
      </label>
      <textarea
        id={fieldId('description')}
        value={form.description}
        rows={5}
        maxLength={PROPOSAL_LIMITS.descriptionMax}
        onChange={(e) => state.update({ description: e.target.value })}
        {...invalid('description')}
      />
      <p className="panel-hint">
        {t('propose.descriptionHint', {
          count: formatCount(form.description.trim().length, lang),
          min: PROPOSAL_LIMITS.descriptionMin,
        })}
      </p>
      {problem('description')}

      <label className="field" htmlFor={fieldId('category')}>
        <span className="field-label">{t('proposal.category')}</span>
      </label>
      <select
        id={fieldId('category')}
        value={form.categoryId}
        onChange={(e) => state.update({ categoryId: e.target.value })}
        {...invalid('category')}
      >
        <option value="">{t('propose.chooseCategory')}</option>
        {categories.map((c) => (
          <option key={c.id} value={c.id}>
            {localizedName(c, lang)}
          </option>
        ))}
      </select>
      {problem('category')}

      <label className="field" htmlFor={fieldId('cost')}>
        <span className="field-label">{t('propose.costLabel')}</span>
      </label>
      <input
        id={fieldId('cost')}
        value={form.cost}
        inputMode="numeric"
        autoComplete="off"
        onChange={(e) => state.update({ cost: e.target.value })}
        {...invalid('cost')}
      />
      <p className="panel-hint">
        {cycle.project_cost_cap === null
          ? t('propose.costHint')
          : t('propose.costHintCap', { cap: formatTenge(cycle.project_cost_cap, lang) })}
      </p>
      {problem('cost')}

      <PhotoPicker
        id={fieldId('photo')}
        label={t('propose.photo')}
        photos={props.photos}
        path={form.photoPath}
        onChange={(photoPath) => state.update({ photoPath })}
        previewAlt={t('propose.photoPreview')}
      />

      <p className="panel-hint composer-kept">{t('propose.keptHere')}</p>
      {state.failure !== null && (
        <p className="error-text" role="alert">
          {describeError(state.failure, t)}
        </p>
      )}
      <div className="composer-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={busy || !open || !editable}
        >
          {t('propose.submit')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy || !editable}
          onClick={() => void state.saveDraft()}
        >
          {t('propose.saveDraft')}
        </button>
        {saved && (saved.status === 'draft' || saved.status === 'submitted') && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void state.withdraw()}
          >
            {t('propose.withdraw')}
          </button>
        )}
      </div>
      {busy && (
        <p className="panel-hint" role="status">
          {t('propose.saving')}
        </p>
      )}
    </form>
  )
}
