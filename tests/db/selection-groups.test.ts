// A cycle with ballot groups selects its winners once per group: the API lists the groups, each
// group's ballot holds only its yards' proposals within its own allocation, and each group's
// outcome is confirmed on its own — never without a group, nor under another cycle's group.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BallotGroup, SelectionInputs } from '../../src/api/types'
import { openTestDatabase, type TestDatabase } from '../support/database'
import {
  anon,
  createCycle,
  createPerson,
  failure,
  setPhase,
  type Person,
} from '../support/fixtures'

const DISTRICT = 'astana-saryarka'

let db: TestDatabase
let official: Person
beforeAll(async () => {
  db = await openTestDatabase()
  official = await createPerson(db, { role: 'official', city: 'astana', district: DISTRICT })
})
afterAll(() => db.close())

/** A proposal on the ballot in a seeded Saryarka yard of the given size (trusted insert). */
async function proposalInYard(cycle: string, flats: 'small' | 'large', cost: number) {
  const [row] = await db.sql<{ id: string }>(
    `insert into public.proposals (cycle_id, author_id, title, description, category_id,
       cost_estimate, location, status, submitted_at)
     select $1, p.id, $2, 'A description long enough to be submitted.', 'greenery', $3,
            extensions.st_pointonsurface(y.boundary), 'on_ballot', now()
     from public.yards y, (select id from public.profiles order by id limit 1) p
     where y.district_id = $4 and ($5 = 'small') = (y.flats <= 40)
     order by y.id limit 1
     returning id`,
    [cycle, `${flats} ${cost}`, cost, DISTRICT, flats],
  )
  if (!row) throw new Error(`no ${flats} yard in ${DISTRICT}`)
  return row.id
}

/**
 * Two groups: yards up to 40 flats (30 mln) and larger (50 mln). Small: 20 mln (3 votes),
 * 15 mln (2). Large: 40 mln (2), 30 mln (1). Greedy: 20 mln small; 40 mln large.
 */
async function groupedCycle() {
  const cycle = await createCycle(db, {
    city: 'astana',
    phase: 'voting',
    votesPerVoter: 1,
    districts: { [DISTRICT]: 100_000_000 },
    cap: null,
  })
  const groups = await db.sql<{ id: string; code: string }>(
    `insert into public.ballot_groups (cycle_id, code, name_kk, name_ru, name_en, min_flats,
       max_flats, allocation)
     values ($1, 'large', 'Үлкен', 'Большие', 'Large', 41, null, 50000000),
            ($1, 'small', 'Кіші', 'Малые', 'Small', 1, 40, 30000000)
     returning id, code`,
    [cycle],
  )
  const group = (code: string) => groups.find((g) => g.code === code)!.id
  const p = {
    s20: await proposalInYard(cycle, 'small', 20_000_000),
    s15: await proposalInYard(cycle, 'small', 15_000_000),
    l40: await proposalInYard(cycle, 'large', 40_000_000),
    l30: await proposalInYard(cycle, 'large', 30_000_000),
  }
  for (const [id, n] of [
    [p.s20, 3],
    [p.s15, 2],
    [p.l40, 2],
    [p.l30, 1],
  ] as const) {
    for (let v = 0; v < n; v++) {
      const voter = await createPerson(db, { home: DISTRICT })
      await db.call(voter.claims, 'cast_vote', { p_proposal_id: id })
    }
  }
  await setPhase(db, cycle, 'selection')
  return { cycle, small: group('small'), large: group('large'), p }
}

const confirm = (cycle: string, group: string | null, selected: string[]) =>
  db.call<{ ballot_group_id: string | null; selected: string[]; budget: number }>(
    official.claims,
    'confirm_selection',
    {
      p_cycle_id: cycle,
      p_district_id: DISTRICT,
      p_ballot_group_id: group,
      p_rule: 'greedy',
      p_selected: selected,
    },
  )

const statuses = async (ids: string[]) =>
  Object.fromEntries(
    (
      await db.sql<{ id: string; status: string }>(
        `select id, status::text from public.proposals where id = any ($1::uuid[])`,
        [ids],
      )
    ).map((r) => [r.id, r.status]),
  )

describe('ballot groups in the selection', () => {
  it('lists a cycle’s groups for everyone, smallest yards first, and none for other cycles', async () => {
    const { cycle, small, large } = await groupedCycle()
    const groups = await db.call<BallotGroup[]>(anon, 'ballot_groups', { p_cycle_id: cycle })
    expect(groups.map((g) => [g.id, g.code, g.min_flats, g.max_flats, g.allocation])).toEqual([
      [small, 'small', 1, 40, 30_000_000],
      [large, 'large', 41, null, 50_000_000],
    ])
    expect(groups[0]).toMatchObject({ name_kk: 'Кіші', name_ru: 'Малые', name_en: 'Small' })
    expect(await db.call(anon, 'ballot_groups', { p_cycle_id: 'almaty-2020' })).toEqual([])
  })

  it('gives each group its own ballot and allocation', async () => {
    const { cycle, small, large, p } = await groupedCycle()
    const inputs = (group: string) =>
      db.call<SelectionInputs>(anon, 'selection_inputs', {
        p_cycle_id: cycle,
        p_district_id: DISTRICT,
        p_ballot_group_id: group,
      })
    const s = await inputs(small)
    const l = await inputs(large)
    expect(s.budget).toBe(30_000_000)
    expect(l.budget).toBe(50_000_000)
    expect(s.proposals.map((x) => x.id).sort()).toEqual([p.s20, p.s15].sort())
    expect(l.proposals.map((x) => x.id).sort()).toEqual([p.l40, p.l30].sort())
  })

  it('confirms each group on its own, once, leaving the other group’s ballot open', async () => {
    const { cycle, small, large, p } = await groupedCycle()
    const outcome = await confirm(cycle, small, [p.s20])
    expect(outcome).toMatchObject({ ballot_group_id: small, budget: 30_000_000 })
    expect(await statuses([p.s20, p.s15, p.l40, p.l30])).toEqual({
      [p.s20]: 'selected',
      [p.s15]: 'not_selected',
      [p.l40]: 'on_ballot',
      [p.l30]: 'on_ballot',
    })
    expect((await failure(confirm(cycle, small, [p.s20]))).key).toBe('selection_already_confirmed')
    // A proposal of the other group is not on this group's ballot.
    expect((await failure(confirm(cycle, large, [p.s15]))).key).toBe('selection_not_on_ballot')
    await confirm(cycle, large, [p.l40])
    expect(await statuses([p.l40, p.l30])).toEqual({ [p.l40]: 'selected', [p.l30]: 'not_selected' })
  })

  it('refuses an outcome without a group, or under a group of another cycle', async () => {
    const { cycle, p } = await groupedCycle()
    const foreign = await groupedCycle()
    expect((await failure(confirm(cycle, null, [p.s20]))).key).toBe('ballot_group_mismatch')
    expect((await failure(confirm(cycle, foreign.small, []))).key).toBe('ballot_group_mismatch')
    const [row] = await db.sql<{ n: number }>(
      `select count(*)::int as n from public.selection_outcomes where cycle_id = $1`,
      [cycle],
    )
    expect(row?.n).toBe(0)
  })
})
