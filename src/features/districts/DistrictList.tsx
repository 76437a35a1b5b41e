import type { RefObject } from 'react'
import type { DistrictSummary } from '../../api/types'
import { formatTenge, LOCALES } from '../../i18n/formatTenge'
import { localizedName } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import { classColor, type Classes } from '../../map/choropleth'

export interface DistrictListProps {
  districts: DistrictSummary[]
  classes: Classes | null
  listRef: RefObject<HTMLUListElement | null>
  /** The colour of a district's bar: its class on the map. */
  colorOf?(district: DistrictSummary): string
  onChoose(id: string): void
}

/** Every district as a button, alphabetical in the interface language. */
export function DistrictList({
  districts,
  classes,
  listRef,
  colorOf,
  onChoose,
}: DistrictListProps) {
  const lang = useLanguage()
  const collator = new Intl.Collator(LOCALES[lang])
  const rows = districts
    .map((d) => ({ d, name: localizedName(d, lang) }))
    .sort((a, b) => collator.compare(a.name, b.name))

  return (
    <ul className="district-list" ref={listRef}>
      {rows.map(({ d, name }) => (
        <li key={d.id}>
          <button
            type="button"
            className="district-row"
            data-district={d.id}
            style={{ borderLeftColor: colorOf ? colorOf(d) : classColor(classes, d.allocation) }}
            onClick={() => onChoose(d.id)}
          >
            <span className="district-row-name">{name}</span>
            <data className="district-row-amount" value={d.allocation}>
              {formatTenge(d.allocation, lang)}
            </data>
          </button>
        </li>
      ))}
    </ul>
  )
}
