// The list view: the accessible twin of the map. The same filtered proposals and projects as
// a table with sortable columns; a row opens the item (and selects it on the map). Rows come a
// page at a time (a city can have thousands); arrow keys, Home and End move between rows.
import { useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Category, DistrictSummary } from '../../api/types'
import { formatCount, formatTenge, formatTengeExact, LOCALES } from '../../i18n/formatTenge'
import { localizedName } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import type { ItemSelection } from '../shell/urlState'
import { DEFAULT_SORT, nextSort, sortRows, type ListRow, type Sort, type SortKey } from './listRows'

export interface ListViewProps {
  rows: ListRow[]
  districts: DistrictSummary[]
  categories: Category[]
  selected: ItemSelection | null
  onOpen(item: ItemSelection): void
}

const COLUMNS: SortKey[] = ['title', 'district', 'category', 'cost', 'votes', 'status']
/** Rows added per "show more". */
export const LIST_PAGE = 100

/** Up/Down/Home/End move focus between the rows' open buttons. */
function moveBetweenRows(e: KeyboardEvent<HTMLTableSectionElement>): void {
  const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button.row-open')]
  const at = buttons.indexOf(e.target as HTMLButtonElement)
  if (at < 0) return
  const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[e.key]
  if (to === undefined) return
  e.preventDefault()
  buttons[Math.max(0, Math.min(buttons.length - 1, to))]?.focus()
}

export function ListView({ rows, districts, categories, selected, onOpen }: ListViewProps) {
  const { t } = useTranslation()
  const lang = useLanguage()
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT)
  const [limit, setLimit] = useState(LIST_PAGE)
  const districtName = new Map(districts.map((d) => [d.id, localizedName(d, lang)]))
  const categoryName = new Map(categories.map((c) => [c.id, localizedName(c, lang)]))
  const statusText = (row: ListRow) =>
    t(row.kind === 'proposal' ? `proposalStatus.${row.status}` : `projectStatus.${row.status}`)
  const sorted = sortRows(
    rows,
    sort,
    {
      district: (id) => (id ? (districtName.get(id) ?? id) : ''),
      category: (id) => (id ? (categoryName.get(id) ?? id) : ''),
      status: statusText,
    },
    new Intl.Collator(LOCALES[lang]),
  )
  const direction = t(`list.${sort.direction}`)
  // The selected item is always listed, however far down the order it is.
  const selectedAt = sorted.findIndex((r) => r.kind === selected?.kind && r.id === selected.id)
  const shown = sorted.slice(0, Math.max(limit, selectedAt + 1))

  return (
    <div className="list-view">
      <table className="item-table">
        <caption>
          {t('list.caption')}{' '}
          <span className="list-sort-note">
            {t('list.sortedBy', { column: t(`list.column.${sort.key}`), direction })}
          </span>
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((key) => (
              <th
                key={key}
                scope="col"
                aria-sort={sort.key === key ? sort.direction : undefined}
                className={`col-${key}`}
              >
                <button
                  type="button"
                  onClick={() => {
                    setSort(nextSort(sort, key))
                    setLimit(LIST_PAGE)
                  }}
                >
                  {t(`list.column.${key}`)}
                  <span className="sort-mark" aria-hidden="true">
                    {sort.key === key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody onKeyDown={moveBetweenRows}>
          {shown.map((row) => {
            const isSelected = selected?.kind === row.kind && selected.id === row.id
            return (
              <tr
                key={`${row.kind}:${row.id}`}
                data-kind={row.kind}
                data-id={row.id}
                aria-selected={isSelected}
                className={isSelected ? 'is-selected' : undefined}
              >
                <th scope="row" className="col-title">
                  <button
                    type="button"
                    className="row-open"
                    onClick={() => onOpen({ kind: row.kind, id: row.id })}
                  >
                    <span className={`kind-tag kind-${row.kind}`}>
                      {t(row.kind === 'proposal' ? 'list.kindProposal' : 'list.kindProject')}
                    </span>{' '}
                    {row.title}
                  </button>
                  {row.isDemo && <span className="badge badge-demo">{t('demo.short')}</span>}
                </th>
                <td className="col-district">
                  {row.districtId ? (districtName.get(row.districtId) ?? '—') : '—'}
                </td>
                <td className="col-category">
                  {row.categoryId ? (categoryName.get(row.categoryId) ?? row.categoryId) : '—'}
                </td>
                <td className="col-cost">
                  {row.cost === null ? (
                    '—'
                  ) : (
                    <data value={row.cost} title={formatTengeExact(row.cost, lang)}>
                      {formatTenge(row.cost, lang)}
                    </data>
                  )}
                </td>
                <td className="col-votes">
                  {row.votes === null ? (
                    '—'
                  ) : (
                    <data value={row.votes}>{formatCount(row.votes, lang)}</data>
                  )}
                </td>
                <td className="col-status">
                  <span className={`status-tag status-${row.status}`}>{statusText(row)}</span>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {rows.length === 0 && <p className="panel-message">{t('list.empty')}</p>}
      {shown.length < sorted.length && (
        <p className="list-more">
          <span role="status">
            {t('list.shown', {
              shown: formatCount(shown.length, lang),
              total: formatCount(sorted.length, lang),
            })}
          </span>{' '}
          <button type="button" onClick={() => setLimit(shown.length + LIST_PAGE)}>
            {t('list.showMore', {
              count: formatCount(Math.min(LIST_PAGE, sorted.length - shown.length), lang),
            })}
          </button>
        </p>
      )}
    </div>
  )
}
