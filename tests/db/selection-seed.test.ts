// The greedy rule of src/selection, run on what the database gives every visitor (selection
// inputs and the anonymised ballots), reproduces the seeded outcomes: Almaty 2020 per district,
// and Saryarka 2019 per ballot group.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BallotApproval, SelectionInputs } from '../../src/api/types'
import { selectionInput } from '../../src/features/selection/compareRules'
import { select } from '../../src/selection/select'
import { openTestDatabase, type TestDatabase } from '../support/database'
import { anon } from '../support/fixtures'

let db: TestDatabase
beforeAll(async () => {
  db = await openTestDatabase()
})
afterAll(() => db.close())

async function check(cycle: string, district: string, group: string | null) {
  const inputs = await db.call<SelectionInputs>(anon, 'selection_inputs', {
    p_cycle_id: cycle,
    p_district_id: district,
    p_ballot_group_id: group,
  })
  const ballots = await db.call<BallotApproval[]>(anon, 'cycle_ballots', { p_cycle_id: cycle })
  const greedy = select(selectionInput(inputs, ballots), 'greedy')
  const seeded = inputs.proposals.filter((p) => p.status === 'selected').map((p) => p.id)
  expect(inputs.proposals.length).toBeGreaterThan(1)
  expect([...greedy.selected].sort()).toEqual([...seeded].sort())
  return greedy
}

describe('the greedy rule on the seeded cycles', () => {
  it('reproduces every Almaty 2020 district’s selected proposals', async () => {
    const districts = await db.sql<{ district_id: string }>(
      `select district_id from public.cycle_districts where cycle_id = 'almaty-2020' order by 1`,
    )
    expect(districts).toHaveLength(8)
    for (const d of districts) await check('almaty-2020', d.district_id, null)
  })

  it('reproduces Saryarka 2019 in each ballot group, within the group’s allocation', async () => {
    const groups = await db.sql<{ id: string; allocation: string }>(
      `select id, allocation::text from public.ballot_groups where cycle_id = 'astana-saryarka-2019'`,
    )
    expect(groups).toHaveLength(3)
    for (const g of groups) {
      const outcome = await check('astana-saryarka-2019', 'astana-saryarka', g.id)
      expect(outcome.totalCost).toBeLessThanOrEqual(Number(g.allocation))
    }
  })
})
