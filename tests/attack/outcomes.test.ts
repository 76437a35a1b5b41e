// Attack: a fabricated selection outcome. The threats are the district's own official and the
// city admin, who may confirm: each tries to put on the record an outcome that is not its rule's
// (the least-voted proposals, over the budget, a foreign proposal, a duplicate, a proposal of
// another ballot group), labelled greedy, mes and mes-greedy, through api.confirm_selection and by
// inserting into public.selection_outcomes directly. The other attackers (anon, citizen, foreign
// official, expert) must not confirm anything at all. Then the official confirms each rule's real
// outcome, computed in TypeScript (src/selection) from the same public data as the app's panel:
// the database, recomputing it in SQL with the paper votes as one-proposal ballots, agrees.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BallotApproval, SelectionInputs } from '../../src/api/types'
import { selectionInput } from '../../src/features/selection/compareRules'
import { select } from '../../src/selection/select'
import { openTestDatabase, type TestDatabase } from '../support/database'
import { anon, createCycle, createPerson, createProposal, setPhase } from '../support/fixtures'
import { ATTACKERS, createCast, FOREIGN, HOME, refusal, type Cast } from './cast'

const LABELS = ['greedy', 'mes', 'mes-greedy'] as const
type Label = (typeof LABELS)[number]

let db: TestDatabase
let cast: Cast
beforeAll(async () => {
  db = await openTestDatabase()
  cast = await createCast(db)
})
afterAll(() => db.close())

/**
 * HOME's ballot, 7,000 ₸: seven well-voted proposals of 1,000 ₸ (p[3]: 1,200; p[0..6], three or
 * four votes each) and three least-voted ones (p[7..9], one vote each, 1,000 ₸), all affordable;
 * a foreign proposal on FOREIGN's ballot; paper votes on p[1] and p[8]. Phase: selection. Costs
 * are small because the add-one completion raises each voter's share one tenge at a time where
 * outcomes keep changing: with 13 ballots and costs in millions it needs millions of MES runs
 * (src/selection too).
 */
async function election(rule: Label) {
  const cycle = await createCycle(db, {
    phase: 'voting',
    // The rule is the cycle's, declared before the vote; an outcome under another is refused
    // before any recomputation (tests/attack/rules.test.ts).
    selectionRule: rule,
    votesPerVoter: 4,
    districts: { [HOME]: 7_000, [FOREIGN]: 7_000 },
    cap: null,
  })
  const author = await createPerson(db, { home: HOME })
  const p: string[] = []
  for (let i = 0; i < 10; i++) {
    p.push(
      await createProposal(db, {
        cycle,
        author,
        district: HOME,
        status: 'on_ballot',
        cost: 1_000 + (i === 3 ? 200 : 0),
        title: `Proposal ${i}`,
      }),
    )
  }
  const foreign = await createProposal(db, {
    cycle,
    author,
    district: FOREIGN,
    status: 'on_ballot',
    cost: 100,
  })
  for (let v = 0; v < 8; v++) {
    const voter = await createPerson(db, { home: HOME })
    const ballot = [p[v % 7]!, p[(v + 1) % 7]!, p[(v + 3) % 7]!]
    if (v < 3) ballot.push(p[7 + v]!)
    for (const id of ballot) await db.call(voter.claims, 'cast_vote', { p_proposal_id: id })
  }
  await setPhase(db, cycle, 'selection')
  for (const [i, n] of [
    [1, 4],
    [8, 1],
  ] as const) {
    await db.call(cast.official.claims, 'record_paper_votes', {
      p_proposal_id: p[i],
      p_votes: n,
      p_note: 'Ballot box of school No. 12',
    })
  }
  return { cycle, p, foreign }
}

/** Each rule's outcome as the app's selection panel computes it, from the public API. */
async function appOutcome(cycle: string, rule: Label): Promise<string[]> {
  const inputs = await db.call<SelectionInputs>(anon, 'selection_inputs', {
    p_cycle_id: cycle,
    p_district_id: HOME,
  })
  const ballots = await db.call<BallotApproval[]>(anon, 'cycle_ballots', { p_cycle_id: cycle })
  return select(selectionInput(inputs, ballots), rule).selected
}

const confirm = (claims: Cast['anon']['claims'], cycle: string, rule: string, ids: string[]) =>
  db.call(claims, 'confirm_selection', {
    p_cycle_id: cycle,
    p_district_id: HOME,
    p_ballot_group_id: null,
    p_rule: rule,
    p_selected: ids,
  })

/** An insert straight into the table; refused with the guard's key, or the privilege's code. */
const insertDirectly = (who: Cast[keyof Cast], cycle: string, rule: string, ids: string[]) =>
  db
    .as(
      who.claims,
      `insert into public.selection_outcomes (cycle_id, district_id, rule, budget, inputs,
         selected, total_cost, confirmed_by, confirmed_role)
       values ($1, $2, $3, 1, '{}', $4, 0, $5, 'official')`,
      [cycle, HOME, rule, ids, who.id],
    )
    .catch((e: { code?: string; message?: string }) => {
      const key = /^[a-z_]+$/.test(e.message ?? '') ? e.message : undefined
      throw Object.assign(new Error(e.message), { key, code: e.code })
    })

/** The refusal each kind of fabrication gets from the guard, per label. */
const notTheRule = (label: Label) =>
  label === 'greedy' ? 'selection_not_greedy' : 'selection_not_rule_outcome'

describe('fabricated outcomes', () => {
  it('are refused, whoever confirms them, labelled greedy, mes or mes-greedy', async () => {
    const cycles: string[] = []
    for (const label of LABELS) {
      const { cycle, p, foreign } = await election(label)
      cycles.push(cycle)
      const real = await appOutcome(cycle, label)
      // The real outcome funds well-voted proposals: the least-voted three are the fabrication.
      expect(real.filter((id) => p.indexOf(id) >= 7)).not.toEqual(p.slice(7))
      const missingOne = real.slice(1)
      const fabrications: [string, string[], string][] = [
        ['the least-voted three', p.slice(7), notTheRule(label)],
        ['the real outcome less one', missingOne, notTheRule(label)],
        [
          'the real outcome with one swapped',
          [...missingOne, p.find((id) => !real.includes(id))!],
          notTheRule(label),
        ],
        ['everything, over the budget', p, 'selection_over_budget'],
        ['with a foreign proposal', [...missingOne, foreign], 'selection_not_on_ballot'],
        ['with a duplicate', [...real, real[0]!], 'selection_not_on_ballot'],
      ]
      for (const [what, ids, key] of fabrications) {
        for (const attacker of ATTACKERS) {
          const who = cast[attacker]
          const mayConfirm = attacker === 'admin'
          const viaApi = await refusal(confirm(who.claims, cycle, label, ids))
          const expected = mayConfirm
            ? [key]
            : attacker === 'anon'
              ? ['42501', 'sign_in_required', 'forbidden']
              : ['not_allowed_for_role']
          expect(expected, `${label}, ${what}, ${attacker}, api: ${viaApi}`).toContain(viaApi)
          if (!mayConfirm) expect(viaApi).not.toMatch(/^selection_/)
          const direct = await refusal(insertDirectly(who, cycle, label, ids))
          expect([label, what, attacker, 'table', direct]).not.toContain(null)
          if (mayConfirm) {
            // Refused by the guard, or by the privileges before it.
            expect([key, '42501', 'forbidden']).toContain(direct)
          }
        }
        // The legitimate official is the first threat.
        expect([
          label,
          what,
          await refusal(confirm(cast.official.claims, cycle, label, ids)),
        ]).toEqual([label, what, key])
        const direct = await refusal(insertDirectly(cast.official, cycle, label, ids))
        expect([key, '42501', 'forbidden']).toContain(direct)
      }
    }
    const [{ n }] = (await db.sql<{ n: number }>(
      `select count(*)::integer as n from public.selection_outcomes where cycle_id = any ($1)`,
      [cycles],
    )) as [{ n: number }]
    expect(n).toBe(0)
  })

  for (const label of LABELS) {
    it(`take the real ${label} outcome, recomputed in SQL from the ballots and paper votes`, async () => {
      const { cycle } = await election(label)
      const real = await appOutcome(cycle, label)
      const outcome = await confirm(cast.official.claims, cycle, label, [...real].reverse())
      expect(outcome).toMatchObject({ rule: label, confirmed_role: 'official' })
      const [row] = await db.sql<{ inputs: { ballots: Record<string, unknown> } }>(
        `select inputs from public.selection_outcomes where cycle_id = $1`,
        [cycle],
      )
      expect(row!.inputs.ballots).toMatchObject({ online_ballots: 8, paper_ballots: 5 })
    })
  }

  it('refuses a proposal of another ballot group, for the district’s official and admin', async () => {
    const district = 'astana-saryarka'
    const official = await createPerson(db, { role: 'official', city: 'astana', district })
    const admin = await createPerson(db, { role: 'admin', city: 'astana' })
    const cycle = await createCycle(db, {
      city: 'astana',
      phase: 'voting',
      votesPerVoter: 1,
      districts: { [district]: 100_000_000 },
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
    const inYard = async (small: boolean, cost: number) => {
      const [row] = await db.sql<{ id: string }>(
        `insert into public.proposals (cycle_id, author_id, title, description, category_id,
           cost_estimate, location, status, submitted_at)
         select $1, p.id, 'In a yard', 'A description long enough to be submitted.', 'greenery',
                $2, extensions.st_pointonsurface(y.boundary), 'on_ballot', now()
         from public.yards y, (select id from public.profiles order by id limit 1) p
         where y.district_id = $3 and $4 = (y.flats <= 40)
         order by y.id limit 1
         returning id`,
        [cycle, cost, district, small],
      )
      return row!.id
    }
    const small = await inYard(true, 20_000_000)
    const large = await inYard(false, 10_000_000)
    const voter = await createPerson(db, { home: district })
    await db.call(voter.claims, 'cast_vote', { p_proposal_id: small })
    await setPhase(db, cycle, 'selection')
    const smallGroup = groups.find((g) => g.code === 'small')!.id
    for (const who of [official, admin]) {
      for (const label of LABELS) {
        const attempt = db.call(who.claims, 'confirm_selection', {
          p_cycle_id: cycle,
          p_district_id: district,
          p_ballot_group_id: smallGroup,
          p_rule: label,
          p_selected: [small, large],
        })
        // The cycle declared greedy: another label stops at the declared rule first.
        const key = label === 'greedy' ? 'selection_not_on_ballot' : 'selection_rule_not_cycles'
        expect([label, await refusal(attempt)]).toEqual([label, key])
      }
    }
    // The small group's own outcome under the cycle's rule: its one voted proposal.
    const done = await db.call(official.claims, 'confirm_selection', {
      p_cycle_id: cycle,
      p_district_id: district,
      p_ballot_group_id: smallGroup,
      p_rule: 'greedy',
      p_selected: [small],
    })
    expect(done).toMatchObject({ rule: 'greedy', total_cost: 20_000_000 })
  })
})
