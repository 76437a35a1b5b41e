// A proposal's detail names the ballot group it competes in: in the seeded Saryarka 2019 pilot,
// the group of its yard's size with that group's allocation; in a cycle without groups, none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BallotGroup, ProposalDetail } from '../../src/api/types'
import { openTestDatabase, type TestDatabase } from '../support/database'
import { anon } from '../support/fixtures'

let db: TestDatabase
beforeAll(async () => {
  db = await openTestDatabase()
})
afterAll(() => db.close())

const SARYARKA = 'astana-saryarka-2019'

/** The seeded group row itself, straight from the table. */
async function seededGroup(code: string): Promise<BallotGroup> {
  const [group] = await db.sql<BallotGroup>(
    `select id, code, name_kk, name_ru, name_en, min_flats, max_flats,
            allocation::float8 as allocation
     from public.ballot_groups where cycle_id = $1 and code = $2`,
    [SARYARKA, code],
  )
  if (!group) throw new Error(`no seeded ballot group ${code}`)
  return group
}

/** A published Saryarka 2019 proposal whose yard has a flat count in [min, max]. */
async function proposalInYardOf(min: number, max: number | null): Promise<string> {
  const [row] = await db.sql<{ id: string }>(
    `select p.id from public.proposals p join public.yards y on y.id = p.yard_id
     where p.cycle_id = $1 and app_private.is_published(p.status)
       and y.flats >= $2 and ($3::int is null or y.flats <= $3::int)
     order by p.id limit 1`,
    [SARYARKA, min, max],
  )
  if (!row) throw new Error(`no seeded proposal in a yard of ${min}–${max ?? '∞'} flats`)
  return row.id
}

describe('ballot group in the proposal detail', () => {
  it.each([
    ['small', 20_000_000],
    ['medium', 30_000_000],
    ['large', 50_000_000],
  ])(
    'names the %s-yard group of a Saryarka 2019 proposal, with its allocation',
    async (code, allocation) => {
      const group = await seededGroup(code)
      expect(group.allocation).toBe(allocation)
      const id = await proposalInYardOf(group.min_flats, group.max_flats)
      const detail = await db.call<ProposalDetail>(anon, 'proposal_detail', { p_id: id })
      expect(detail.ballot_group).toEqual(group)
    },
  )

  it('has no group for a proposal of Almaty, whose cycles have none', async () => {
    const [row] = await db.sql<{ id: string; groups: number }>(
      `select p.id,
              (select count(*)::int from public.ballot_groups bg where bg.cycle_id = p.cycle_id)
                as groups
       from public.proposals p join public.budget_cycles c on c.id = p.cycle_id
       where c.city_id = 'almaty' and app_private.is_published(p.status)
       order by p.id limit 1`,
    )
    expect(row?.groups).toBe(0)
    const detail = await db.call<ProposalDetail>(anon, 'proposal_detail', { p_id: row!.id })
    expect(detail).toHaveProperty('ballot_group', null)
  })
})
