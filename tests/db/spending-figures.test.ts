// The spending view's figures — the district table, its total and the charts' shaped data —
// equal aggregates computed here with SQL straight from the seeded rows of Almaty 2020.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Category, CyclePayment, DistrictSummary, ProjectMoney } from '../../src/api/types'
import {
  categoryBreakdownData,
  moneyByDistrictData,
  paymentsOverTimeData,
  progressDistributionData,
} from '../../src/features/spending/charts'
import { moneyRows, moneyTotal } from '../../src/features/spending/moneyTable'
import { openTestDatabase, type TestDatabase } from '../support/database'
import { anon } from '../support/fixtures'

const CYCLE = 'almaty-2020'
/** A fixed day, so that "late" does not move with the calendar. */
const ON = '2022-01-01'

let db: TestDatabase
let summaries: DistrictSummary[]
let money: ProjectMoney[]
let categories: Category[]
beforeAll(async () => {
  db = await openTestDatabase()
  summaries = await db.call(anon, 'district_summaries', { p_cycle_id: CYCLE })
  money = await db.call(anon, 'project_money', { p_cycle_id: CYCLE, p_on: ON })
  categories = await db.call(anon, 'list_categories')
})
afterAll(() => db.close())

const num = (v: unknown) => Number(v)

describe('the money table', () => {
  it('has each district’s money and flags as the seeded rows add up, and the exact total', async () => {
    const expected = await db.sql<Record<string, string>>(
      `select cd.district_id, cd.allocation::text,
              (select coalesce(sum(pr.approved_budget), 0) from public.projects pr
               where pr.cycle_id = cd.cycle_id and pr.district_id = cd.district_id
                 and pr.status <> 'cancelled')::text as approved,
              (select coalesce(sum(pr.contract_amount), 0) from public.projects pr
               where pr.cycle_id = cd.cycle_id and pr.district_id = cd.district_id
                 and pr.status <> 'cancelled')::text as contracted,
              (select coalesce(sum(pay.amount), 0) from public.payments pay
               join public.projects pr on pr.id = pay.project_id
               where pr.cycle_id = cd.cycle_id and pr.district_id = cd.district_id)::text as paid,
              (select count(*) from public.projects pr
               where pr.cycle_id = cd.cycle_id and pr.district_id = cd.district_id)::text as projects,
              (select count(*) from public.projects pr
               where pr.cycle_id = cd.cycle_id and pr.district_id = cd.district_id
                 and pr.planned_end < $2::date
                 and pr.status not in ('completed', 'cancelled'))::text as late
       from public.cycle_districts cd where cd.cycle_id = $1`,
      [CYCLE, ON],
    )
    const rows = moneyRows(summaries, money, 'en')
    expect(rows).toHaveLength(expected.length)
    for (const e of expected) {
      const row = rows.find((r) => r.id === e.district_id)!
      expect(row).toMatchObject({
        allocation: num(e.allocation),
        approved: num(e.approved),
        contracted: num(e.contracted),
        paid: num(e.paid),
        projects: num(e.projects),
        late: num(e.late),
      })
    }
    const total = moneyTotal(rows, money, 'Almaty')
    for (const key of [
      'allocation',
      'approved',
      'contracted',
      'paid',
      'projects',
      'late',
    ] as const) {
      expect(total[key]).toBe(expected.reduce((s, e) => s + num(e[key]), 0))
    }
    expect(total.late).toBeGreaterThan(0)
    const [weighted] = await db.sql<{ progress: string }>(
      `select (sum(progress * approved_budget)::numeric / sum(approved_budget))::text as progress
       from public.projects where cycle_id = $1 and status <> 'cancelled'`,
      [CYCLE],
    )
    expect(total.progress).toBeCloseTo(Number(weighted!.progress), 9)
  })
})

describe('the charts', () => {
  it('draws each district’s four amounts and their totals from the same figures', () => {
    const data = moneyByDistrictData(summaries, 'en')
    for (const d of summaries) {
      const row = data.rows.find((r) => r.id === d.id)!
      expect([row.allocated, row.approved, row.contracted, row.paid]).toEqual([
        d.allocation,
        d.approved,
        d.contracted,
        d.paid,
      ])
    }
    expect(data.totals.paid).toBe(summaries.reduce((s, d) => s + d.paid, 0))
  })

  it('breaks approved and paid down by the category of the proposal each project came from', async () => {
    const expected = await db.sql<{
      category_id: string | null
      approved: string
      paid: string
      n: string
    }>(
      `select pro.category_id, sum(pr.approved_budget)::text as approved,
              sum((select coalesce(sum(amount), 0) from public.payments p where p.project_id = pr.id))::text as paid,
              count(*)::text as n
       from public.projects pr left join public.proposals pro on pro.id = pr.proposal_id
       where pr.cycle_id = $1 group by 1`,
      [CYCLE],
    )
    const data = categoryBreakdownData(money, categories, 'en')
    expect(data.rows).toHaveLength(expected.length)
    for (const e of expected) {
      const row = data.rows.find((r) => r.categoryId === e.category_id)!
      expect([row.approved, row.paid, row.projects]).toEqual([
        num(e.approved),
        num(e.paid),
        num(e.n),
      ])
    }
  })

  it('counts projects per progress band, cancelled ones apart', async () => {
    const [expected] = await db.sql<Record<string, string>>(
      `select count(*) filter (where status = 'cancelled')::text as cancelled,
              count(*) filter (where status <> 'cancelled' and progress = 0)::text as zero,
              count(*) filter (where status <> 'cancelled' and progress = 100)::text as done,
              count(*) filter (where status <> 'cancelled' and progress between 75 and 99)::text as nearly
       from public.projects where cycle_id = $1`,
      [CYCLE],
    )
    const data = progressDistributionData(money)
    const band = (min: number, max: number) =>
      data.bands.find((b) => b.min === min && b.max === max)!.count
    expect(data.cancelled).toBe(num(expected!.cancelled))
    expect(band(0, 0)).toBe(num(expected!.zero))
    expect(band(100, 100)).toBe(num(expected!.done))
    expect(band(75, 99)).toBe(num(expected!.nearly))
    expect(data.counted + data.cancelled).toBe(money.length)
  })

  it('adds payments up month by month to the cycle’s total paid', async () => {
    const payments = await db.call<CyclePayment[]>(anon, 'cycle_payments', {
      p_cycle_id: CYCLE,
    })
    const byMonth = await db.sql<{ month: string; paid: string }>(
      `select to_char(p.paid_on, 'YYYY-MM') as month, sum(p.amount)::text as paid
       from public.payments p join public.projects pr on pr.id = p.project_id
       where pr.cycle_id = $1 group by 1 order by 1`,
      [CYCLE],
    )
    const data = paymentsOverTimeData(payments, 1)
    let cumulative = 0
    for (const m of byMonth) {
      cumulative += num(m.paid)
      const month = data.months.find((x) => x.key === m.month)!
      expect([month.paid, month.cumulative]).toEqual([num(m.paid), cumulative])
    }
    expect(data.total).toBe(cumulative)
  })
})
