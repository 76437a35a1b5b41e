// Following the money: per-project figures and flags, payments and anonymised ballots, checked
// against aggregates computed here from the seeded rows, and flags on hand-made projects.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BallotApproval, CyclePayment, ProjectMoney } from '../../src/api/types'
import { openTestDatabase, type TestDatabase } from '../support/database'
import { anon, createCycle, createPerson, createProject, failure } from '../support/fixtures'

let db: TestDatabase
beforeAll(async () => {
  db = await openTestDatabase()
})
afterAll(() => db.close())

const CYCLE = 'almaty-2020'

describe('project money', () => {
  it('gives every project of the cycle its approved, contracted and paid tenge, as the rows add up', async () => {
    const money = await db.call<ProjectMoney[]>(anon, 'project_money', { p_cycle_id: CYCLE })
    const rows = await db.sql<{
      id: string
      approved: string
      contracted: string | null
      paid: string
      payments: string
    }>(
      `select pr.id, pr.approved_budget::text as approved, pr.contract_amount::text as contracted,
              (select coalesce(sum(amount), 0) from public.payments p where p.project_id = pr.id)::text as paid,
              (select count(*) from public.payments p where p.project_id = pr.id)::text as payments
       from public.projects pr where pr.cycle_id = $1`,
      [CYCLE],
    )
    expect(money).toHaveLength(rows.length)
    expect(rows.length).toBeGreaterThan(50)
    const byId = new Map(money.map((m) => [m.id, m]))
    for (const r of rows) {
      const m = byId.get(r.id)!
      expect(m.approved).toBe(Number(r.approved))
      expect(m.contracted).toBe(r.contracted === null ? null : Number(r.contracted))
      expect(m.paid).toBe(Number(r.paid))
      expect(m.payments).toBe(Number(r.payments))
      expect(m.over_budget).toBe(Number(r.paid) > Number(r.approved))
    }
  })

  it('flags late and stalled projects for the day asked, and lets the stalled span be chosen', async () => {
    const cycle = await createCycle(db, { phase: 'execution' })
    const late = await createProject(db, { cycle, district: 'almaty-medeu' })
    const done = await createProject(db, { cycle, district: 'almaty-medeu' })
    const cancelled = await createProject(db, { cycle, district: 'almaty-almaly' })
    // The planned end comes from each project's contract.
    await db.sql(
      `insert into public.project_contracts (project_id, contractor, amount, planned_start,
         planned_end, procurement_ref, recorded_role)
       select id, 'ТОО «Тест»', 15000000, '2026-03-01', '2026-06-30', '16776705-1', 'official'
       from public.projects where cycle_id = $1`,
      [cycle],
    )
    await db.sql(
      `update public.projects set created_at = '2026-01-10T00:00:00Z' where cycle_id = $1`,
      [cycle],
    )
    await db.sql(`update public.projects set status = 'completed', progress = 100 where id = $1`, [
      done,
    ])
    await db.sql(`update public.projects set status = 'cancelled' where id = $1`, [cancelled])
    // Its one update is of 1 June.
    await db.sql(
      `insert into public.project_updates (project_id, status, progress, note, author_role, created_at)
       values ($1, 'in_progress', 40, 'Works started.', 'official', '2026-06-01T06:00:00Z')`,
      [late],
    )
    const flags = async (on: string, days: number) =>
      new Map(
        (
          await db.call<ProjectMoney[]>(anon, 'project_money', {
            p_cycle_id: cycle,
            p_stalled_days: days,
            p_on: on,
          })
        ).map((m) => [m.id, { late: m.late, stalled: m.stalled, over: m.over_budget }]),
      )

    const june = await flags('2026-06-30', 60)
    expect(june.get(late)).toEqual({ late: false, stalled: false, over: false })
    const july = await flags('2026-07-01', 60)
    expect(july.get(late)).toEqual({ late: true, stalled: false, over: false })
    expect(july.get(done)).toEqual({ late: false, stalled: false, over: false })
    expect(july.get(cancelled)).toEqual({ late: false, stalled: false, over: false })
    // 60 days after 1 June is 31 July: still within the span; a day later, stalled.
    expect((await flags('2026-07-31', 60)).get(late)!.stalled).toBe(false)
    expect((await flags('2026-08-01', 60)).get(late)!.stalled).toBe(true)
    expect((await flags('2026-07-31', 30)).get(late)!.stalled).toBe(true)
    expect((await flags('2026-08-01', 60)).get(done)!.stalled).toBe(false)

    await db.sql(
      `insert into public.payments (project_id, amount, paid_on, document_ref, reason)
       values ($1, 20000001, '2026-06-15', 'PP-1', 'Supplementary agreement No. 2.')`,
      [late],
    )
    expect((await flags('2026-07-01', 60)).get(late)!.over).toBe(true)
  })
})

describe('cycle payments', () => {
  it('lists every payment of the cycle once, oldest first, with its project and district', async () => {
    const payments = await db.call<CyclePayment[]>(anon, 'cycle_payments', { p_cycle_id: CYCLE })
    const [expected] = await db.sql<{ n: string; total: string }>(
      `select count(*)::text as n, sum(p.amount)::text as total
       from public.payments p join public.projects pr on pr.id = p.project_id
       where pr.cycle_id = $1`,
      [CYCLE],
    )
    expect(payments).toHaveLength(Number(expected!.n))
    expect(payments.reduce((s, p) => s + p.amount, 0)).toBe(Number(expected!.total))
    const dates = payments.map((p) => p.paid_on)
    expect(dates).toEqual([...dates].sort())
  })
})

describe('cycle ballots', () => {
  it('gives the approvals of a finished vote under voter numbers 1..N, nothing about who', async () => {
    const ballots = await db.call<BallotApproval[]>(anon, 'cycle_ballots', { p_cycle_id: CYCLE })
    const [expected] = await db.sql<{ approvals: string; voters: string }>(
      `select count(*)::text as approvals, count(distinct voter_id)::text as voters
       from public.votes where cycle_id = $1`,
      [CYCLE],
    )
    expect(ballots).toHaveLength(Number(expected!.approvals))
    const voters = new Set(ballots.map((b) => b.voter))
    expect(voters.size).toBe(Number(expected!.voters))
    expect(Math.min(...voters)).toBe(1)
    expect(Math.max(...voters)).toBe(voters.size)
    expect(Object.keys(ballots[0]!).sort()).toEqual(['proposal_id', 'voter'])
    // Per proposal, the approvals are the online votes cast.
    const perProposal = new Map<string, number>()
    for (const b of ballots)
      perProposal.set(b.proposal_id, (perProposal.get(b.proposal_id) ?? 0) + 1)
    const tallies = await db.sql<{ proposal_id: string; n: string }>(
      `select proposal_id, count(*)::text as n from public.votes where cycle_id = $1 group by 1`,
      [CYCLE],
    )
    for (const t of tallies) expect(perProposal.get(t.proposal_id)).toBe(Number(t.n))
  })

  it('is refused while a vote is open or yet to come, to anyone', async () => {
    const admin = await createPerson(db, { role: 'admin', city: 'almaty' })
    for (const who of [anon, admin.claims]) {
      expect(
        (await failure(db.call(who, 'cycle_ballots', { p_cycle_id: 'almaty-2026' }))).key,
      ).toBe('phase_closed')
    }
    expect(
      (await failure(db.call(anon, 'cycle_ballots', { p_cycle_id: 'no-such-cycle' }))).key,
    ).toBe('not_found')
  })

  it('keeps the voter-numbering secret out of reach of the API roles', async () => {
    const citizen = await createPerson(db)
    for (const who of [anon, citizen.claims]) {
      expect(
        (await failure(db.as(who, `select salt from app_private.ballot_salts limit 1`))).code,
      ).toBe('42501')
    }
  })
})
