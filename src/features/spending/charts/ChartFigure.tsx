// The frame every spending chart shares: a titled <figure>, the drawing (or a "no data yet"
// line), its legend and notes, and the table alternative behind "Show as a table".
import type { ReactNode } from 'react'
import type { Language } from '../../../api/types'
import { useChartT } from './useChartT'

export interface ChartFigureProps {
  /** A class naming the chart, e.g. "chart-money". */
  kind: string
  title: string
  lang: Language
  /** Nothing to draw: the figure says so instead of showing an empty drawing. */
  isEmpty: boolean
  legend?: ReactNode
  /** Lines under the drawing (what is left out, reference figures). */
  notes?: ReactNode
  table: ReactNode
  /** The <svg role="img">. */
  children: ReactNode
}

export function ChartFigure({
  kind,
  title,
  lang,
  isEmpty,
  legend,
  notes,
  table,
  children,
}: ChartFigureProps) {
  const t = useChartT(lang)
  return (
    <figure className={`chart ${kind}`}>
      <figcaption className="chart-title">{title}</figcaption>
      {isEmpty ? (
        <p className="chart-empty">{t('charts.noData')}</p>
      ) : (
        <>
          {legend}
          {children}
          {notes}
          <details className="chart-details">
            <summary>{t('charts.showTable')}</summary>
            {table}
          </details>
        </>
      )}
    </figure>
  )
}
