// A legend in HTML (it wraps on a phone), in the order the bars are drawn; each swatch is drawn
// like its bar, with the same fill, outline and relative height.
import { SEPARATOR } from './chartPalette'
import type { MeasurePaint } from './MeasurePaint'

export interface LegendItem {
  key: string
  label: string
  paint: MeasurePaint
  /** Height of the swatch's bar, 0..1 of the swatch (bullet bars get narrower). */
  size?: number
}

export function ChartLegend({ items, label }: { items: LegendItem[]; label: string }) {
  return (
    <ul className="chart-legend" aria-label={label}>
      {items.map(({ key, label, paint, size = 1 }) => {
        const h = Math.max(2, Math.round(12 * size))
        return (
          <li key={key}>
            <svg width={20} height={14} viewBox="0 0 20 14" aria-hidden="true" focusable="false">
              <rect
                x={0.5}
                y={7 - h / 2}
                width={19}
                height={h}
                fill={paint.fill}
                stroke={paint.stroke === SEPARATOR ? 'none' : paint.stroke}
                strokeWidth={paint.strokeWidth}
              />
            </svg>
            {label}
          </li>
        )
      })}
    </ul>
  )
}
