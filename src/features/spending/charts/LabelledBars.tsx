// One row of a horizontal bar chart: its name on the left, a note on the right (a count or an
// amount), and its bars, each with its exact value on hover. Shared by the district and
// category charts, which differ only in what they name and note.
import type { MeasurePaint } from './MeasurePaint'
import type { MoneyMeasure } from './moneyMeasures'
import { INK, INK_MUTED } from './chartPalette'
import { HaloText } from './HaloText'

export interface LabelledBarsProps<M extends MoneyMeasure> {
  name: string
  note: string
  labelY: number
  bars: readonly {
    measure: M
    value: number
    x: number
    y: number
    width: number
    height: number
  }[]
  /** The chart's width and side margin, for placing the name and the note. */
  width: number
  marginX: number
  paint(measure: M): MeasurePaint
  label(measure: M): string
  exact(value: number): string
}

export function LabelledBars<M extends MoneyMeasure>(props: LabelledBarsProps<M>) {
  const { name, marginX } = props
  return (
    <g className="chart-row">
      <HaloText x={marginX} y={props.labelY} fontSize={13} fontWeight={600} fill={INK}>
        {name}
      </HaloText>
      <HaloText
        x={props.width - marginX}
        y={props.labelY}
        fontSize={12}
        fill={INK_MUTED}
        textAnchor="end"
      >
        {props.note}
      </HaloText>
      {props.bars.map((b) => (
        <rect
          key={b.measure}
          x={b.x}
          y={b.y}
          width={b.width}
          height={b.height}
          {...props.paint(b.measure)}
        >
          <title>{`${name} — ${props.label(b.measure)}: ${props.exact(b.value)}`}</title>
        </rect>
      ))}
    </g>
  )
}
