// Confirming the winners: one outcome per district, in the selection phase, by its officials;
// within the ballot and the budget; greedy outcomes checked; proposals marked and projects
// created; the rule and the inputs on the public record for good.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProjectMoney } from '../../src/api/types'
import { openTestDatabase, type TestDatabase } from '../support/database'
import {
  anon,
  createCycle,
  createPerson,
  createProposal,
  failure,
  setPhase,
  type Person,
} from '../support/fixtures'

interface Outcome {
  id: string
  rule: string
  budget: number
  selected: string[]
  total_cost: number
  confirmed_role: string
  inputs: { budget: number; proposals: { id: string; cost: number; votes: number }[] }
}

let db: TestDatabase
let official: Person
beforeAll(async () => {
  db = await openTestDatabase()
  official = await createPerson(db, { role: 'official', city: 'almaty', district: 'almaty-medeu' })
})
afterAll(() => db.close())

/**
 * A Medeu ballot with a 100 mln budget: A 60 mln (5 votes), B 50 mln (4), C 30 mln (3),
 * D 10 mln (1). Greedy: A (60, 40 left), B does not fit, C (30, 10 left), D (10, 0 left).
 */
async function ballot(selectionRule: 'greedy' | 'mes' = 'greedy') {
  const cycle = await createCycle(db, {
    selectionRule,
    phase: 'voting',
    votesPerVoter: 4,
    districts: { 'almaty-medeu': 100_000_000, 'almaty-almaly': 100_000_000 },
    cap: null,
  })
  const author = await createPerson(db)
  const make = (title: string, cost: number) =>
    createProposal(db, {
      cycle,
      author,
      district: 'almaty-medeu',
      status: 'on_ballot',
      cost,
      title,
    })
  const p = {
    a: await make('Project A', 60_000_000),
    b: await make('Project B', 50_000_000),
    c: await make('Project C', 30_000_000),
    d: await make('Project D', 10_000_000),
  }
  const votes: [string, number][] = [
    [p.a, 5],
    [p.b, 4],
    [p.c, 3],
    [p.d, 1],
  ]
  for (let v = 0; v < 5; v++) {
    const voter = await createPerson(db, { home: 'almaty-medeu' })
    for (const [id, n] of votes) {
      if (v < n) await db.call(voter.claims, 'cast_vote', { p_proposal_id: id })
    }
  }
  await setPhase(db, cycle, 'selection')
  return { cycle, p, author }
}

const confirm = (
  who: Person | { claims: typeof anon },
  cycle: string,
  rule: string,
  selected: string[],
) =>
  db.call<Outcome>(who.claims, 'confirm_selection', {
    p_cycle_id: cycle,
    p_district_id: 'almaty-medeu',
    p_ballot_group_id: null,
    p_rule: rule,
    p_selected: selected,
  })

describe('confirming the winners', () => {
  it('keeps the rule and inputs, marks the proposals and creates the funded projects', async () => {
    const { cycle, p } = await ballot()
    const outcome = await confirm(official, cycle, 'greedy', [p.a, p.c, p.d])
    expect(outcome).toMatchObject({
      rule: 'greedy',
      budget: 100_000_000,
      total_cost: 100_000_000,
      confirmed_role: 'official',
    })
    expect(outcome).not.toHaveProperty('confirmed_by')
    expect(outcome.inputs.proposals.map((x) => [x.cost, x.votes]).sort()).toEqual([
      [10_000_000, 1],
      [30_000_000, 3],
      [50_000_000, 4],
      [60_000_000, 5],
    ])
    const statuses = await db.sql<{ title: string; status: string }>(
      `select title, status from public.proposals where cycle_id = $1 order by title`,
      [cycle],
    )
    expect(statuses.map((s) => s.status)).toEqual([
      'selected',
      'not_selected',
      'selected',
      'selected',
    ])
    const projects = await db.call<ProjectMoney[]>(anon, 'project_money', { p_cycle_id: cycle })
    expect(projects.map((x) => [x.title, x.approved, x.status]).sort()).toEqual([
      ['Project A', 60_000_000, 'planned'],
      ['Project C', 30_000_000, 'planned'],
      ['Project D', 10_000_000, 'planned'],
    ])
    const seen = await db.call<Outcome[]>(anon, 'selection_outcomes', { p_cycle_id: cycle })
    expect(seen).toEqual([outcome])
  })

  it('refuses a "greedy" outcome that is not greedy, and an "mes" outcome that is not MES', async () => {
    const { cycle, p } = await ballot()
    expect((await failure(confirm(official, cycle, 'greedy', [p.b, p.c]))).key).toBe(
      'selection_not_greedy',
    )
    // The rule is the one the cycle declared before the vote.
    expect((await failure(confirm(official, cycle, 'mes', [p.b, p.c, p.d]))).key).toBe(
      'selection_rule_not_cycles',
    )
    const declared = await ballot('mes')
    const { a, b, c, d } = declared.p
    // Within the budget and on the ballot, but not what MES funds (this test took it until the
    // database recomputed MES): MES with add-one completion funds A and C.
    expect((await failure(confirm(official, declared.cycle, 'mes', [b, c, d]))).key).toBe(
      'selection_not_rule_outcome',
    )
    const mes = await confirm(official, declared.cycle, 'mes', [c, a])
    expect(mes.total_cost).toBe(90_000_000)
  })

  it('refuses an outcome over the budget, off the ballot or repeating a proposal', async () => {
    const { cycle, p, author } = await ballot('mes')
    expect((await failure(confirm(official, cycle, 'mes', [p.a, p.b]))).key).toBe(
      'selection_over_budget',
    )
    const elsewhere = await createProposal(db, {
      cycle,
      author,
      district: 'almaty-almaly',
      status: 'on_ballot',
      cost: 1_000_000,
    })
    for (const selected of [
      [p.a, elsewhere],
      [p.c, p.c],
    ]) {
      expect((await failure(confirm(official, cycle, 'mes', selected))).key).toBe(
        'selection_not_on_ballot',
      )
    }
  })

  it('is for the district’s officials in the selection phase, once', async () => {
    const { cycle, p } = await ballot()
    const elsewhere = await createPerson(db, {
      role: 'official',
      city: 'almaty',
      district: 'almaty-almaly',
    })
    const resident = await createPerson(db, { home: 'almaty-medeu' })
    for (const who of [elsewhere, resident]) {
      expect((await failure(confirm(who, cycle, 'greedy', [p.a, p.c, p.d]))).key).toBe(
        'not_allowed_for_role',
      )
    }
    expect((await failure(confirm({ claims: anon }, cycle, 'greedy', []))).code).toBe('42501')
    await setPhase(db, cycle, 'voting')
    expect((await failure(confirm(official, cycle, 'greedy', [p.a, p.c, p.d]))).key).toBe(
      'phase_closed',
    )
    await setPhase(db, cycle, 'selection')
    const admin = await createPerson(db, { role: 'admin', city: 'almaty' })
    expect((await confirm(admin, cycle, 'greedy', [p.a, p.c, p.d])).confirmed_role).toBe('admin')
    expect((await failure(confirm(official, cycle, 'greedy', [p.d]))).key).toBe(
      'selection_already_confirmed',
    )
  })

  it('uses the akimat’s cost re-estimate as the cost', async () => {
    const { cycle, p } = await ballot()
    await db.sql(
      `insert into public.reviews (proposal_id, reviewer_id, reviewer_role, verdict, cost_reestimate)
       values ($1, $2, 'akimat', 'feasible_with_changes', 45000000)`,
      [p.a, official.id],
    )
    // A now costs 45 mln: greedy takes A (55 left), B (5 left); C and D no longer fit.
    const outcome = await confirm(official, cycle, 'greedy', [p.a, p.b])
    expect(outcome.total_cost).toBe(95_000_000)
  })

  it('stays on the record: inputs from the database, never rewritten', async () => {
    const { cycle, p } = await ballot()
    // The budget, inputs, total and confirming role are not the caller's columns to write;
    // written straight into the table, the outcome still gets the database's own.
    const forged = await failure(
      db.as(
        official.claims,
        `insert into public.selection_outcomes (cycle_id, district_id, rule, budget, inputs,
           selected, total_cost, confirmed_by, confirmed_role)
         values ($1, 'almaty-medeu', 'mes', 999999999999, '{"forged": true}', $2, 0, $3, 'admin')`,
        [cycle, [p.a, p.b, p.c].slice(0, 1), official.id],
      ),
    )
    expect(forged.code).toBe('42501')
    await db.as(
      official.claims,
      `insert into public.selection_outcomes (cycle_id, district_id, rule, selected)
       values ($1, 'almaty-medeu', 'greedy', $2)`,
      [cycle, [p.a, p.c, p.d]],
    )
    const [row] = await db.sql<{
      budget: string
      inputs: Outcome['inputs']
      confirmed_role: string
    }>(
      `select budget::text, inputs, confirmed_role from public.selection_outcomes where cycle_id = $1`,
      [cycle],
    )
    expect(row!.budget).toBe('100000000')
    expect(row!.inputs.proposals).toHaveLength(4)
    expect(row!.confirmed_role).toBe('official')
    for (const sql of [
      `update public.selection_outcomes set rule = 'mes' where cycle_id = $1`,
      `delete from public.selection_outcomes where cycle_id = $1`,
    ]) {
      expect((await failure(db.sql(sql, [cycle]))).message).toBe('history_is_append_only')
    }
  })
})
