// The demo seed holds what the issue asks of it: the real headline facts of the seeded cycles,
// a cycle open for voting, demo accounts for every role, and everything invented marked as demo.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Cycle, DistrictSummary } from '../../src/api/types'
import { listDemoAccounts } from '../../src/embedded/demo-accounts'
import { openTestDatabase, type TestDatabase } from '../support/database'
import { anon } from '../support/fixtures'

let db: TestDatabase
beforeAll(async () => {
  db = await openTestDatabase()
})
afterAll(() => db.close())

describe('demo seed', () => {
  it('has the Saryarka 2019 pilot: 100 mln, 15 mln cap, 14 funded projects in 8 yards', async () => {
    const [cycle] = (await db.call<Cycle[]>(anon, 'list_cycles', { p_city_id: 'astana' })).filter(
      (c) => c.id === 'astana-saryarka-2019',
    )
    expect(cycle).toMatchObject({
      total_allocation: 100_000_000,
      project_cost_cap: 15_000_000,
      votes_per_voter: 1,
      votes_changeable: false,
    })
    expect(['execution', 'reporting']).toContain(cycle!.phase)
    const [projects] = await db.sql<{ n: number; yards: number }>(
      `select count(*)::int n, count(distinct yard_id)::int yards
       from public.projects where cycle_id = 'astana-saryarka-2019'`,
    )
    expect(projects).toEqual({ n: 14, yards: 8 })
  })

  it('has Almaty 2020 in execution with 8 districts × 500 mln ₸', async () => {
    const summaries = await db.call<DistrictSummary[]>(anon, 'district_summaries', {
      p_cycle_id: 'almaty-2020',
    })
    expect(summaries).toHaveLength(8)
    for (const s of summaries) {
      expect(s.allocation).toBe(500_000_000)
      expect(s.approved).toBeLessThanOrEqual(s.allocation)
      expect(s.approved).toBeGreaterThan(0)
    }
    const [cycle] = await db.sql<{ phase: string }>(
      `select phase from public.budget_cycles where id = 'almaty-2020'`,
    )
    expect(cycle!.phase).toBe('execution')
  })

  it('has a current Almaty cycle open for voting, with proposals on the ballot', async () => {
    const voting = (await db.call<Cycle[]>(anon, 'list_cycles', { p_city_id: 'almaty' })).filter(
      (c) => c.phase === 'voting',
    )
    expect(voting).toHaveLength(1)
    const [ballot] = await db.sql<{ n: number }>(
      `select count(*)::int n from public.proposals where cycle_id = $1 and status = 'on_ballot'`,
      [voting[0]!.id],
    )
    expect(ballot!.n).toBeGreaterThan(20)
  })

  it('offers one-click demo accounts: a resident of every district, staff of every kind', async () => {
    const accounts = await listDemoAccounts({
      query: async (text, params) => ({ rows: await db.sql(text, params) }),
    })
    const ids = accounts.map((a) => a.user_id)
    const homes = await db.sql<{ home_district_id: string }>(
      `select home_district_id from public.profiles where id = any($1::uuid[]) and home_district_id is not null`,
      [ids],
    )
    const current = await db.sql<{ id: string }>(
      `select id from public.districts where valid_to is null`,
    )
    expect(homes.map((h) => h.home_district_id).sort()).toEqual(current.map((d) => d.id).sort())
    const roles = await db.sql<{ role: string }>(
      `select distinct role::text from public.memberships where user_id = any($1::uuid[])`,
      [ids],
    )
    expect(roles.map((r) => r.role).sort()).toEqual([
      'admin',
      'commission',
      'council',
      'expert',
      'official',
    ])
    for (const a of accounts) {
      expect(a.display_name).not.toBe('')
      expect(a.description_kk && a.description_ru && a.description_en).toBeTruthy()
    }
  })

  it('has every demo resident verified (method demo) and on the roll of the cycle in voting', async () => {
    const accounts = await listDemoAccounts({
      query: async (text, params) => ({ rows: await db.sql(text, params) }),
    })
    const rows = await db.sql<{
      home: string
      verified: string | null
      method: string | null
      roll: string | null
    }>(
      `select p.home_district_id as home, r.district_id as verified, v.method::text as method,
              (select e.district_id from public.voter_rolls e
               where e.cycle_id = 'almaty-2026' and e.account_id = p.id) as roll
       from public.profiles p
       left join app_private.residents r on r.account_id = p.id
       left join public.residency_verifications v on v.id = r.verification_id
       where p.id = any($1::uuid[]) and p.home_district_id is not null`,
      [accounts.map((a) => a.user_id)],
    )
    expect(rows.length).toBeGreaterThan(10)
    for (const r of rows) {
      expect(r.verified).toBe(r.home)
      expect(r.method).toBe('demo')
      expect(r.roll).toBe(r.home.startsWith('almaty-') ? r.home : null)
    }
    // Every seeded vote of the cycle is on the roll's counters.
    const [books] = await db.sql<{ votes: number; counters: number }>(
      `select (select count(*) from public.votes where cycle_id = 'almaty-2026')::int votes,
              (select sum(votes_used) from public.voter_rolls where cycle_id = 'almaty-2026')::int counters`,
    )
    expect(books!.counters).toBe(books!.votes)
  })

  it('marks every invented yard, proposal and project as demo data', async () => {
    const [row] = await db.sql<{ yards: number; proposals: number; projects: number }>(
      `select (select count(*) from public.yards where not is_demo)::int yards,
              (select count(*) from public.proposals where not is_demo)::int proposals,
              (select count(*) from public.projects where not is_demo)::int projects`,
    )
    expect(row).toEqual({ yards: 0, proposals: 0, projects: 0 })
  })
})
