// The district table of the spending view: exact tenge (the chart rounds), sortable by any
// column (the order is in the address), the total row last, the district in focus marked.
import { useTranslation } from 'react-i18next'
import type { Language } from '../../api/types'
import { formatCount, formatTengeExact } from '../../i18n/formatTenge'
import { formatDate, formatPercent } from '../common/dates'
import {
  MONEY_COLUMNS,
  nextMoneySort,
  type MoneyColumn,
  type MoneyRow,
  type MoneySort,
} from './moneyTable'

export interface MoneyTableProps {
  rows: readonly MoneyRow[]
  total: MoneyRow
  sort: MoneySort | null
  focus: string | null
  lang: Language
  onSort(sort: MoneySort): void
  onDistrict(id: string): void
}

export function MoneyTable({
  rows,
  total,
  sort,
  focus,
  lang,
  onSort,
  onDistrict,
}: MoneyTableProps) {
  const { t } = useTranslation()
  const cell = (row: MoneyRow, column: Exclude<MoneyColumn, 'name'>) => {
    const value = row[column]
    switch (column) {
      case 'paid_share':
        return value === null ? '—' : formatPercent(value * 100, lang)
      case 'paid_per_resident':
        return value === null ? (
          <span title={t('money.populationUnknown')}>{t('money.unknown')}</span>
        ) : (
          formatTengeExact(Math.round(value), lang)
        )
      case 'progress':
        return value === null ? '—' : formatPercent(value, lang)
      case 'projects':
      case 'late':
      case 'over_budget':
      case 'stalled':
        return formatCount(value ?? 0, lang)
      default:
        return formatTengeExact(value ?? 0, lang)
    }
  }
  const figures = MONEY_COLUMNS.filter((c): c is Exclude<MoneyColumn, 'name'> => c !== 'name')

  return (
    <div className="money-table-wrap">
      <table className="item-table money-table">
        <caption>
          {t('money.tableCaption')}{' '}
          {sort && (
            <span className="list-sort-note">
              {t('list.sortedBy', {
                column: t(`money.column.${sort.column}`),
                direction: t(`list.${sort.descending ? 'descending' : 'ascending'}`),
              })}
            </span>
          )}
        </caption>
        <thead>
          <tr>
            {MONEY_COLUMNS.map((column) => (
              <th
                key={column}
                scope="col"
                className={`col-${column}`}
                aria-sort={
                  sort?.column === column
                    ? sort.descending
                      ? 'descending'
                      : 'ascending'
                    : undefined
                }
              >
                <button type="button" onClick={() => onSort(nextMoneySort(sort, column))}>
                  {t(`money.column.${column}`)}
                  <span className="sort-mark" aria-hidden="true">
                    {sort?.column === column ? (sort.descending ? '▼' : '▲') : '↕'}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.id}
              data-district={row.id}
              className={row.id === focus ? 'is-selected' : undefined}
              aria-current={row.id === focus ? 'true' : undefined}
            >
              <th scope="row" className="col-name">
                <button type="button" className="row-open" onClick={() => onDistrict(row.id)}>
                  {row.name}
                </button>
              </th>
              {figures.map((column) => (
                <td key={column} className={`col-${column}`}>
                  {cell(row, column)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-district="total">
            <th scope="row" className="col-name">
              {total.name}
            </th>
            {figures.map((column) => (
              <td key={column} className={`col-${column}`}>
                {cell(total, column)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
      <PopulationNote rows={rows} lang={lang} />
    </div>
  )
}

/** Where the per-resident figures come from (source, as of when, how reliable), or why none. */
function PopulationNote({ rows, lang }: { rows: readonly MoneyRow[]; lang: Language }) {
  const { t } = useTranslation()
  const entries = new Map<string, string>()
  for (const r of rows) {
    if (r.population === null || !r.population_source) continue
    const entry = t('money.populationEntry', {
      source: r.population_source,
      date: r.population_date ? formatDate(r.population_date, lang) : t('money.unknown'),
      reliability: r.population_reliability ?? t('money.unknown'),
    })
    entries.set(entry, entry)
  }
  return (
    <p className="population-note">
      {entries.size > 0
        ? t('money.populationSource', { sources: [...entries.values()].join('; ') })
        : t('money.noPopulation')}
    </p>
  )
}
