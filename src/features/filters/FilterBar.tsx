// Filters of the proposals and projects: the map and the list show what passes them.
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Category, DistrictSummary } from '../../api/types'
import { formatCount, LOCALES } from '../../i18n/formatTenge'
import { localizedName } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import {
  hasFilters,
  isStatusFilter,
  PROJECT_FLAGS,
  PROJECT_STATUSES,
  PROPOSAL_STATUSES,
  RULE_OUTCOMES,
  type Filters,
} from './filterProposals'

export interface FilterBarProps {
  filters: Filters
  districts: DistrictSummary[]
  categories: Category[]
  /** How many proposals and projects pass. */
  counts: { proposals: number; projects: number } | null
  /** The selection rules' outcomes can be shown (a district in focus, voting over). */
  outcomes: boolean
  onDistrict(id: string | null): void
  onChange(patch: Partial<Omit<Filters, 'district'>>): void
}

/** Whole tenge from what was typed ("1 000 000", "1,000,000"), or null when empty. */
function readAmount(text: string): number | null {
  const digits = text.replace(/[\s,.\u00a0\u202f]/g, '')
  return /^\d{1,15}$/.test(digits) ? Number(digits) : null
}

export function FilterBar(props: FilterBarProps) {
  const { filters, districts, categories, counts, onDistrict, onChange } = props
  const { t } = useTranslation()
  const lang = useLanguage()
  const id = useId()
  const [open, setOpen] = useState(false)
  const collator = new Intl.Collator(LOCALES[lang])
  const districtOptions = districts
    .map((d) => ({ id: d.id, name: localizedName(d, lang) }))
    .sort((a, b) => collator.compare(a.name, b.name))
  const active = hasFilters(filters) || filters.district !== null

  return (
    <section className="filter-bar" aria-label={t('filters.title')} data-open={open}>
      <div className="filter-search">
        <label className="visually-hidden" htmlFor={`${id}-q`}>
          {t('filters.search')}
        </label>
        <input
          id={`${id}-q`}
          type="search"
          value={filters.text}
          placeholder={t('filters.searchPlaceholder')}
          maxLength={100}
          onChange={(e) => onChange({ text: e.target.value })}
        />
        <button
          type="button"
          className="button filter-toggle"
          aria-expanded={open}
          aria-controls={`${id}-more`}
          onClick={() => setOpen((o) => !o)}
        >
          {t('filters.title')}
          {hasFilters({ ...filters, text: '' }) && <span className="dot" aria-hidden="true" />}
        </button>
      </div>
      <div className="filter-fields" id={`${id}-more`}>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-district`}>
            {t('filters.district')}
          </label>
          <select
            id={`${id}-district`}
            value={filters.district ?? ''}
            onChange={(e) => onDistrict(e.target.value || null)}
          >
            <option value="">{t('filters.allDistricts')}</option>
            {districtOptions.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-category`}>
            {t('filters.category')}
          </label>
          <select
            id={`${id}-category`}
            value={filters.category ?? ''}
            onChange={(e) => onChange({ category: e.target.value || null })}
          >
            <option value="">{t('filters.allCategories')}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {localizedName(c, lang)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-status`}>
            {t('filters.status')}
          </label>
          <select
            id={`${id}-status`}
            value={filters.status ?? ''}
            onChange={(e) =>
              onChange({ status: isStatusFilter(e.target.value) ? e.target.value : null })
            }
          >
            <option value="">{t('filters.allStatuses')}</option>
            <optgroup label={t('filters.proposalStatuses')}>
              {PROPOSAL_STATUSES.map((s) => (
                <option key={s} value={`proposal:${s}`}>
                  {t(`proposalStatus.${s}`)}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('filters.projectStatuses')}>
              {PROJECT_STATUSES.map((s) => (
                <option key={s} value={`project:${s}`}>
                  {t(`projectStatus.${s}`)}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('filters.projectFlags')}>
              {PROJECT_FLAGS.map((f) => (
                <option key={f} value={`flag:${f}`}>
                  {t(`projectFlag.${f}`)}
                </option>
              ))}
            </optgroup>
            {(props.outcomes || filters.status?.startsWith('outcome:')) && (
              <optgroup label={t('filters.ruleOutcomes')}>
                {RULE_OUTCOMES.map((o) => (
                  <option key={o} value={`outcome:${o}`}>
                    {t(`ruleOutcome.${o}`)}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </div>
        <fieldset className="field cost-range">
          <legend className="field-label">{t('filters.cost')}</legend>
          <div className="cost-inputs">
            <AmountInput
              label={t('filters.costFrom')}
              value={filters.minCost}
              lang={lang}
              onChange={(minCost) => onChange({ minCost })}
            />
            <span aria-hidden="true">–</span>
            <AmountInput
              label={t('filters.costTo')}
              value={filters.maxCost}
              lang={lang}
              onChange={(maxCost) => onChange({ maxCost })}
            />
          </div>
        </fieldset>
        <button
          type="button"
          className="button reset-filters"
          disabled={!active}
          onClick={() => {
            onDistrict(null)
            onChange({ category: null, status: null, minCost: null, maxCost: null, text: '' })
          }}
        >
          {t('filters.reset')}
        </button>
      </div>
      {counts && (
        <p className="filter-count" role="status" aria-live="polite" aria-atomic="true">
          {t('filters.count', {
            proposals: formatCount(counts.proposals, lang),
            projects: formatCount(counts.projects, lang),
          })}
        </p>
      )}
    </section>
  )
}

/** A whole-tenge amount; keeps what is typed until it is a number again. */
function AmountInput(props: {
  label: string
  value: number | null
  lang: ReturnType<typeof useLanguage>
  onChange(value: number | null): void
}) {
  const { label, value, onChange } = props
  const [text, setText] = useState(value === null ? '' : String(value))
  // A value changed from elsewhere (reset, back/forward) replaces what was typed.
  const [seen, setSeen] = useState(value)
  if (seen !== value) {
    setSeen(value)
    if (readAmount(text) !== value) setText(value === null ? '' : String(value))
  }
  return (
    <label className="amount-input">
      <span className="visually-hidden">{label}</span>
      <input
        type="text"
        inputMode="numeric"
        pattern="[0-9 ]*"
        placeholder={label}
        value={text}
        onChange={(e) => {
          setText(e.target.value)
          const amount = readAmount(e.target.value)
          if (amount !== null || e.target.value.trim() === '') onChange(amount)
        }}
      />
      <span aria-hidden="true">₸</span>
    </label>
  )
}
