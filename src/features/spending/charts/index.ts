// The spending view's charts: each a component taking API rows (shaping them itself) and a
// `…Chart` component taking already shaped data; the pure shaping functions are exported too.
export { MoneyByDistrict, MoneyByDistrictChart } from './MoneyByDistrict'
export type { MoneyByDistrictProps, MoneyByDistrictChartProps } from './MoneyByDistrict'
export { moneyByDistrictData } from './moneyByDistrictData'
export { CategoryBreakdown, CategoryBreakdownChart } from './CategoryBreakdown'
export type { CategoryBreakdownProps, CategoryBreakdownChartProps } from './CategoryBreakdown'
export { categoryBreakdownData } from './categoryBreakdownData'
export { ProgressDistribution, ProgressDistributionChart } from './ProgressDistribution'
export type {
  ProgressDistributionProps,
  ProgressDistributionChartProps,
} from './ProgressDistribution'
export { progressDistributionData, PROGRESS_BANDS } from './progressDistributionData'
export { PaymentsOverTime, PaymentsOverTimeChart } from './PaymentsOverTime'
export type { PaymentsOverTimeProps, PaymentsOverTimeChartProps } from './PaymentsOverTime'
export { paymentsOverTimeData } from './paymentsOverTimeData'
export { monthKey, monthOfMoment } from './plainMonth'
export { CycleComparison, CycleComparisonChart } from './CycleComparison'
export type { CycleComparisonProps, CycleComparisonChartProps } from './CycleComparison'
export { cycleComparisonData, type CycleTotals } from './cycleComparisonData'
export { MONEY_MEASURES, sumTotals, type MoneyMeasure, type MoneyTotals } from './moneyMeasures'
