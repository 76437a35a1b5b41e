// The table alternative of a chart: the same figures, exact, with row and column headers.

export interface ChartTableRow {
  key: string
  /** The row's header cell (a district, a category, a month…). */
  header: string
  cells: string[]
}

export interface ChartTableProps {
  caption: string
  /** Header of the first column (the row headers). */
  rowHeader: string
  columns: string[]
  rows: ChartTableRow[]
  /** Rows under the body: totals, reference figures. */
  footer?: ChartTableRow[]
}

export function ChartTable({ caption, rowHeader, columns, rows, footer = [] }: ChartTableProps) {
  return (
    <div className="chart-table-scroll">
      <table className="chart-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {columns.map((c) => (
              <th key={c} scope="col" className="num">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.header}</th>
              {r.cells.map((c, i) => (
                <td key={i} className="num">
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {footer.length > 0 && (
          <tfoot>
            {footer.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.header}</th>
                {r.cells.map((c, i) => (
                  <td key={i} className="num">
                    {c}
                  </td>
                ))}
              </tr>
            ))}
          </tfoot>
        )}
      </table>
    </div>
  )
}
