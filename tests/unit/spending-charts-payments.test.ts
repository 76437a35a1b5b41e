// Payments over time: plain dates read without time zones, months carried forward, exact sums.
import { afterEach, describe, expect, it } from 'vitest'
import { paymentsOverTimeData } from '../../src/features/spending/charts/paymentsOverTimeData'
import {
  monthName,
  monthOfMoment,
  monthOfPlainDate,
  monthStart,
  shortMonthName,
} from '../../src/features/spending/charts/plainMonth'
import { createPayment, createPayments } from './spending-charts-fixtures'

const originalTz = process.env.TZ
afterEach(() => {
  process.env.TZ = originalTz
})

describe('plain months', () => {
  it('reads the month from the digits of a plain date', () => {
    expect(monthOfPlainDate('2020-03-01')).toEqual({ year: 2020, month: 3 })
    expect(monthOfPlainDate('2020-03-31')).toEqual({ year: 2020, month: 3 })
    expect(monthOfPlainDate('2019-12-31')).toEqual({ year: 2019, month: 12 })
  })

  it('refuses what is not a plain date', () => {
    expect(() => monthOfPlainDate('2020-3-1')).toThrow(RangeError)
    expect(() => monthOfPlainDate('2020-13-01')).toThrow(RangeError)
    expect(() => monthOfPlainDate('2020-03-01T00:00:00Z')).toThrow(RangeError)
  })

  it('does not move the first or last day of a month whatever the process time zone', () => {
    for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Almaty', 'UTC']) {
      process.env.TZ = tz
      const data = paymentsOverTimeData(
        [createPayment('x', '2020-03-01', 5), createPayment('y', '2020-04-30', 7)],
        0,
      )
      expect(data.months.map((m) => [m.key, m.paid])).toEqual([
        ['2020-03', 5],
        ['2020-04', 7],
      ])
      expect(data.x.domain()).toEqual([
        new Date('2020-03-01T00:00:00Z'),
        new Date('2020-05-01T00:00:00Z'),
      ])
    }
  })

  it('tells the month of a moment in Kazakhstan', () => {
    // 19:30 UTC on 31 March is already 1 April in Almaty (UTC+5 since March 2024).
    expect(monthOfMoment(new Date('2025-03-31T19:30:00Z'))).toEqual({ year: 2025, month: 4 })
    expect(monthOfMoment(new Date('2025-03-31T18:30:00Z'))).toEqual({ year: 2025, month: 3 })
  })

  it('names months in each language, Kazakh without relying on the browser', () => {
    const march = { year: 2020, month: 3 }
    expect(monthName(march, 'en')).toBe('March 2020')
    expect(monthName(march, 'ru')).toMatch(/^март 2020\sг\.$/)
    expect(monthName(march, 'kk')).toBe('2020 ж. наурыз')
    expect(shortMonthName(march, 'en')).toBe('Mar')
    expect(shortMonthName(march, 'kk')).toBe('нау.')
    expect(monthStart(march).toISOString()).toBe('2020-03-01T00:00:00.000Z')
  })
})

describe('paymentsOverTimeData', () => {
  it('sums each month and carries the total through months without payments', () => {
    const data = paymentsOverTimeData(createPayments(), 300_000_000)
    expect(data.months.map((m) => [m.key, m.paid, m.cumulative])).toEqual([
      ['2020-03', 12_500_000, 12_500_000],
      ['2020-04', 0, 12_500_000],
      ['2020-05', 40_000_001, 52_500_001],
      ['2020-06', 100_000_000, 152_500_001],
    ])
    expect(data.total).toBe(152_500_001)
  })

  it('extends the line to the months asked for', () => {
    const data = paymentsOverTimeData(createPayments(), 0, { from: '2020-01', to: '2020-08' })
    expect(data.months.map((m) => m.key)).toEqual([
      '2020-01',
      '2020-02',
      '2020-03',
      '2020-04',
      '2020-05',
      '2020-06',
      '2020-07',
      '2020-08',
    ])
    expect(data.months[0]!.cumulative).toBe(0)
    expect(data.months.at(-1)!.cumulative).toBe(152_500_001)
  })

  it('draws a step line ending at the end of the last month, below the approved line', () => {
    const data = paymentsOverTimeData(createPayments(), 300_000_000)
    expect(data.y.domain()).toEqual([0, 300_000_000])
    expect(data.approvedY).toBeCloseTo(data.y(300_000_000), 1)
    expect(data.linePath.startsWith(`M${data.x(new Date(Date.UTC(2020, 2, 1)))},`)).toBe(true)
    const lastY = Math.round(data.y(152_500_001) * 10) / 10
    expect(data.linePath.endsWith(`L${data.x(new Date(Date.UTC(2020, 6, 1)))},${lastY}`)).toBe(true)
    // Months tile the axis.
    for (const [a, b] of data.months.slice(1).map((m, i) => [data.months[i]!, m] as const))
      expect(a.x + a.width).toBeCloseTo(b.x, 0)
  })

  it('labels at most five months, the year on the first and on January', () => {
    const payments = [createPayment('a', '2019-11-05', 1), createPayment('b', '2021-02-01', 1)]
    const data = paymentsOverTimeData(payments, 0)
    expect(data.months).toHaveLength(16)
    expect(data.monthTicks.length).toBeLessThanOrEqual(5)
    expect(data.monthTicks.map((t) => [t.key, t.showYear])).toEqual([
      ['2020-01', true],
      ['2020-07', false],
      ['2021-01', true],
    ])
    const few = paymentsOverTimeData(createPayments(), 0)
    expect(few.monthTicks.map((t) => [t.key, t.showYear])).toEqual([
      ['2020-03', true],
      ['2020-04', false],
      ['2020-05', false],
      ['2020-06', false],
    ])
    expect(few.approvedY).toBeNull()
  })

  it('has no months without payments', () => {
    const data = paymentsOverTimeData([], 100, { from: '2020-01', to: '2020-03' })
    expect(data.months).toEqual([])
    expect(data.total).toBe(0)
  })
})
