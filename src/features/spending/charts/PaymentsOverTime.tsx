// Cumulative payments by month, with the total approved as a dashed reference line.
import { useMemo } from 'react'
import type { CyclePayment, Language } from '../../../api/types'
import { formatTenge, formatTengeExact } from '../../../i18n/formatTenge'
import { ChartFigure } from './ChartFigure'
import { ChartTable } from './ChartTable'
import { AREA_FILL, GRID, INK, INK_MUTED, MEASURE_COLORS } from './chartPalette'
import {
  PAYMENTS_LAYOUT,
  paymentsOverTimeData,
  type PaymentsOverTimeData,
} from './paymentsOverTimeData'
import { monthName, shortMonthName } from './plainMonth'
import { HaloText } from './HaloText'
import { useChartT } from './useChartT'

export interface PaymentsOverTimeProps {
  payments: readonly CyclePayment[]
  /** The total approved for the same projects, in tenge: the reference line. */
  approved: number
  lang: Language
  /** "YYYY-MM": first month to show, even before the first payment. */
  from?: string
  /** "YYYY-MM": last month to show, carrying the total forward (e.g. this month). */
  to?: string
  title?: string
}

export function PaymentsOverTime({
  payments,
  approved,
  lang,
  from,
  to,
  title,
}: PaymentsOverTimeProps) {
  const data = useMemo(
    () => paymentsOverTimeData(payments, approved, { from, to }),
    [payments, approved, from, to],
  )
  return <PaymentsOverTimeChart data={data} lang={lang} title={title} />
}

export interface PaymentsOverTimeChartProps {
  data: PaymentsOverTimeData
  lang: Language
  title?: string
}

export function PaymentsOverTimeChart({ data, lang, title }: PaymentsOverTimeChartProps) {
  const t = useChartT(lang)
  const exact = (v: number) => formatTengeExact(v, lang)
  const lastMonth = data.months.at(-1)
  const summary = lastMonth
    ? t('charts.payments.summary', {
        from: monthName(data.months[0]!.month, lang),
        to: monthName(lastMonth.month, lang),
        paid: formatTenge(data.total, lang),
        approved: formatTenge(data.approved, lang),
      })
    : ''
  const { marginX } = PAYMENTS_LAYOUT

  return (
    <ChartFigure
      kind="chart-payments"
      title={title ?? t('charts.payments.title')}
      lang={lang}
      isEmpty={data.months.length === 0}
      notes={
        <p className="chart-note">
          <span className="chart-key chart-key-line" aria-hidden="true" />
          {t('charts.payments.lineKey')}{' '}
          <span className="chart-key chart-key-dashed" aria-hidden="true" />
          {t('charts.payments.approvedKey', { amount: formatTenge(data.approved, lang) })}
        </p>
      }
      table={
        <ChartTable
          caption={t('charts.payments.tableCaption')}
          rowHeader={t('charts.payments.month')}
          columns={[t('charts.payments.paidInMonth'), t('charts.payments.cumulative')]}
          rows={data.months.map((m) => ({
            key: m.key,
            header: monthName(m.month, lang),
            cells: [exact(m.paid), exact(m.cumulative)],
          }))}
          footer={[
            { key: 'total', header: t('charts.total'), cells: [exact(data.total), ''] },
            {
              key: 'approved',
              header: t('charts.payments.approvedRow'),
              cells: [exact(data.approved), ''],
            },
          ]}
        />
      }
    >
      <svg
        className="chart-svg"
        viewBox={`0 0 ${data.width} ${data.height}`}
        width="100%"
        role="img"
        aria-label={summary}
      >
        <g className="chart-grid" aria-hidden="true">
          {data.amountTicks.map((tick) => (
            <g key={tick.value}>
              <line
                x1={marginX}
                x2={data.width - marginX}
                y1={tick.at}
                y2={tick.at}
                stroke={GRID}
              />
            </g>
          ))}
          {data.monthTicks.map((tick) => (
            <g key={tick.key}>
              <line
                x1={tick.at}
                x2={tick.at}
                y1={data.baseline}
                y2={data.baseline + 4}
                stroke={INK_MUTED}
              />
              <text
                x={tick.labelAt}
                y={data.baseline + 15}
                fontSize={11}
                fill={INK}
                textAnchor="middle"
              >
                {shortMonthName(tick.month, lang)}
              </text>
              {tick.showYear && (
                <text
                  x={tick.labelAt}
                  y={data.baseline + 28}
                  fontSize={11}
                  fill={INK_MUTED}
                  textAnchor="middle"
                >
                  {tick.month.year}
                </text>
              )}
            </g>
          ))}
        </g>
        <path d={data.areaPath} fill={AREA_FILL} />
        <path d={data.linePath} fill="none" stroke={MEASURE_COLORS.paid} strokeWidth={2} />
        <g className="chart-amounts" aria-hidden="true">
          {data.amountTicks.map((tick) => (
            <HaloText key={tick.value} x={marginX} y={tick.at - 3} fontSize={11} fill={INK_MUTED}>
              {formatTenge(tick.value, lang)}
            </HaloText>
          ))}
        </g>
        {data.approvedY !== null && (
          <g className="chart-reference">
            <line
              x1={marginX}
              x2={data.width - marginX}
              y1={data.approvedY}
              y2={data.approvedY}
              stroke={INK}
              strokeWidth={1.5}
              strokeDasharray="6 4"
            />
            <HaloText
              x={data.width - marginX}
              y={data.approvedY - 4}
              fontSize={11}
              fill={INK}
              textAnchor="end"
            >
              {t('charts.payments.approvedLabel', { amount: formatTenge(data.approved, lang) })}
            </HaloText>
          </g>
        )}
        {data.months.map((m) => (
          <rect
            key={m.key}
            x={m.x}
            y={data.plotTop}
            width={m.width}
            height={data.baseline - data.plotTop}
            fill="#ffffff"
            fillOpacity={0}
          >
            <title>
              {t('charts.payments.hover', {
                month: monthName(m.month, lang),
                paid: exact(m.paid),
                cumulative: exact(m.cumulative),
              })}
            </title>
          </rect>
        ))}
      </svg>
    </ChartFigure>
  )
}
