// Attacks on a cycle's rules: moving the money, the ballots, the dates or the selection rule while
// people vote or after the cycle is history; skipping phases or going back; opening the vote with
// proposals undecided or starting implementation with winners unconfirmed; confirming an outcome
// under another rule than the cycle declared; ballot groups that spend more than their district;
// dates at infinity. Each is tried as every attacker, through the API and on the tables; the city
// admin, who may run the cycle, is the real threat. Trusted roles (the seed) may still load history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CyclePhase } from '../../src/api/types'
import { openTestDatabase, type IsolationLevel, type TestDatabase } from '../support/database'
import {
  createCycle,
  createPerson,
  createProposal,
  failure,
  pointIn,
  setPhase,
} from '../support/fixtures'
import { ATTACKERS, FOREIGN, HOME, claimsOf, createCast, type Cast } from './cast'

/** How an attempt was refused: the rule's key (API or raw SQL), else the SQLSTATE; null if not. */
async function why(attempt: Promise<unknown>): Promise<string | null> {
  try {
    await attempt
    return null
  } catch (e) {
    const err = e as { key?: string; code?: string; message?: string }
    if (err.key) return err.key
    if ((err.code === 'QA001' || err.code === '42501') && err.message) return err.message
    return err.code || err.message || 'refused'
  }
}

let db: TestDatabase
let cast: Cast
beforeAll(async () => {
  db = await openTestDatabase()
  cast = await createCast(db)
})
afterAll(() => db.close())

/** A cycle of HOME and FOREIGN (500 mln each) with phase dates and one ballot group per size. */
async function cycleIn(phase: CyclePhase, groups = false): Promise<string> {
  const cycle = await createCycle(db, { phase: 'planning' })
  await db.sql(
    `insert into public.cycle_phase_dates (cycle_id, phase, starts_on, ends_on)
     values ($1, 'voting', '2026-11-01', '2026-12-15')`,
    [cycle],
  )
  if (groups) {
    await db.sql(
      `insert into public.ballot_groups (cycle_id, code, name_kk, name_ru, name_en, min_flats,
         max_flats, allocation)
       values ($1, 'small', 'Кіші', 'Малые', 'Small', 1, 40, 200000000),
              ($1, 'large', 'Үлкен', 'Большие', 'Large', 41, 1000, 300000000)`,
      [cycle],
    )
  }
  await setPhase(db, cycle, phase)
  return cycle
}

/** Everything the rules freeze, as text, to compare before and after an attack. */
async function frozenState(cycle: string): Promise<string> {
  const [row] = await db.sql<{ state: string }>(
    `select concat_ws(' | ',
       (select string_agg(district_id || '=' || allocation, ',' order by district_id)
        from public.cycle_districts where cycle_id = $1),
       (select string_agg(code || '=' || allocation || ':' || min_flats || '-'
                          || coalesce(max_flats::text, ''), ',' order by code)
        from public.ballot_groups where cycle_id = $1),
       (select string_agg(phase || '=' || starts_on || '..' || ends_on, ',' order by phase)
        from public.cycle_phase_dates where cycle_id = $1),
       (select phase || ' ' || selection_rule from public.budget_cycles where id = $1)) as state`,
    [cycle],
  )
  return row!.state
}

const phaseOf = async (cycle: string) =>
  (
    await db.sql<{ phase: string }>(`select phase from public.budget_cycles where id = $1`, [cycle])
  )[0]!.phase

/** How the admin's attempt on a table was refused (its key), or null when it went through. */
const adminRefusal = (cycle: string, statement: string) =>
  why(db.as(cast.admin.claims, statement, [cycle]))

/** A refusal for want of a privilege: least privilege stops the write before any rule. */
const deniedPrivilege = (key: string | null) => key !== null && /^permission denied/.test(key)

const TABLE_ATTACKS: [string, string][] = [
  [
    'raise an allocation',
    `update public.cycle_districts set allocation = allocation * 2 where cycle_id = $1`,
  ],
  [
    'remove a district',
    `delete from public.cycle_districts where cycle_id = $1 and district_id = '${FOREIGN}'`,
  ],
  [
    'move the vote dates',
    `update public.cycle_phase_dates set ends_on = ends_on + 30 where cycle_id = $1`,
  ],
  ['remove the vote dates', `delete from public.cycle_phase_dates where cycle_id = $1`],
  [
    'add dates of a phase',
    `insert into public.cycle_phase_dates (cycle_id, phase, starts_on, ends_on)
     values ($1, 'closed', '2028-01-01', '2028-12-31')`,
  ],
  [
    'add a ballot group',
    `insert into public.ballot_groups (cycle_id, code, name_kk, name_ru, name_en, min_flats,
       max_flats, allocation)
     values ($1, 'huge', 'a', 'b', 'c', 1001, null, 1000000)`,
  ],
  [
    'raise a ballot group',
    `update public.ballot_groups set allocation = allocation + 1 where cycle_id = $1`,
  ],
  [
    'narrow a ballot group',
    `update public.ballot_groups set min_flats = 2 where cycle_id = $1 and code = 'small'`,
  ],
  [
    'remove a ballot group',
    `delete from public.ballot_groups where cycle_id = $1 and code = 'large'`,
  ],
  [
    'change the selection rule',
    `update public.budget_cycles set selection_rule = 'mes' where id = $1`,
  ],
]

describe('frozen rules: allocations, ballot groups, phase dates and the selection rule', () => {
  for (const phase of ['voting', 'selection', 'closed'] as const) {
    it(`nobody changes them in ${phase}, on the tables`, async () => {
      const cycle = await cycleIn(phase, true)
      const before = await frozenState(cycle)
      for (const [what, statement] of TABLE_ATTACKS) {
        for (const who of ATTACKERS) {
          const rows = await db
            .as(claimsOf(cast, who), `${statement} returning 1`, [cycle])
            .catch(() => [])
          expect({ who, what, rows }).toEqual({ who, what, rows: [] })
        }
        expect({ what, state: await frozenState(cycle) }).toEqual({ what, state: before })
        // The admin holds the privilege for some of these writes (RLS lets them through): the
        // freeze is what refuses those; the others stop at the missing privilege.
        const key = await adminRefusal(cycle, statement)
        expect({ what, refused: key === 'cycle_rules_frozen' || deniedPrivilege(key) }).toEqual({
          what,
          refused: true,
        })
      }
      // The writes the API makes (an allocation) reach the freeze itself.
      expect(await adminRefusal(cycle, TABLE_ATTACKS[0]![1])).toBe('cycle_rules_frozen')
    })
  }

  it('lets a city admin change them in planning, up to review', async () => {
    for (const phase of ['planning', 'review'] as const) {
      const cycle = await cycleIn(phase, true)
      for (const [what, statement] of TABLE_ATTACKS) {
        const key = await adminRefusal(cycle, statement)
        expect({ what, allowed: key === null || deniedPrivilege(key) }).toEqual({
          what,
          allowed: true,
        })
      }
      expect(await adminRefusal(cycle, TABLE_ATTACKS[0]![1])).toBeNull()
    }
  })

  it('keeps a finished cycle’s budgets for everyone, trusted roles included', async () => {
    const cycle = await cycleIn('closed', true)
    const before = await frozenState(cycle)
    for (const [what, statement] of TABLE_ATTACKS.filter(([, s]) => !/^\s*insert/.test(s))) {
      expect({ what, key: (await failure(db.sql(statement, [cycle]))).message }).toEqual({
        what,
        key: 'cycle_rules_frozen',
      })
    }
    expect((await failure(db.sql(`truncate public.cycle_districts cascade`))).message).toBe(
      'history_is_append_only',
    )
    expect(await frozenState(cycle)).toBe(before)
    // Loading history stays possible: the seed adds the rows of a past cycle.
    await db.sql(
      `insert into public.cycle_phase_dates (cycle_id, phase, starts_on, ends_on)
       values ($1, 'closed', '2028-01-01', '2028-12-31')`,
      [cycle],
    )
  })

  it('refuses a new cycle through the API under the id of a cycle being voted on', async () => {
    const cycle = await cycleIn('voting')
    for (const who of ATTACKERS) {
      expect(
        await why(
          db.call(claimsOf(cast, who), 'create_cycle', {
            p_cycle: {
              id: cycle,
              city_id: 'almaty',
              year: 2026,
              title_kk: 'a',
              title_ru: 'b',
              title_en: 'c',
              project_cost_cap: null,
              votes_per_voter: 3,
              votes_changeable: false,
              residents_only: true,
              division_date: '2026-01-01',
              allocations: { [HOME]: 1 },
            },
          }),
        ),
      ).not.toBeNull()
    }
    expect(await frozenState(cycle)).toContain(`${HOME}=500000000`)
  })
})

describe('phases move forward one step at a time', () => {
  const move = (who: (typeof ATTACKERS)[number], cycle: string, phase: CyclePhase) =>
    why(db.call(claimsOf(cast, who), 'set_cycle_phase', { p_cycle_id: cycle, p_phase: phase }))
  const moveOnTable = (who: (typeof ATTACKERS)[number], cycle: string, phase: CyclePhase) =>
    why(
      db.as(claimsOf(cast, who), `update public.budget_cycles set phase = $2 where id = $1`, [
        cycle,
        phase,
      ]),
    )

  it('refuses skipping a phase, going back and staying put, through the API and on the table', async () => {
    const cycle = await cycleIn('review')
    for (const who of ATTACKERS) {
      for (const phase of ['selection', 'execution', 'closed', 'submission', 'review'] as const) {
        expect({ who, phase, refused: (await move(who, cycle, phase)) !== null }).toEqual({
          who,
          phase,
          refused: true,
        })
        await moveOnTable(who, cycle, phase)
        expect(await phaseOf(cycle)).toBe('review')
      }
    }
    expect(await move('admin', cycle, 'execution')).toBe('phase_not_next')
    expect(await moveOnTable('admin', cycle, 'selection')).toBe('phase_not_next')
    expect(await move('admin', cycle, 'review')).toBe('phase_not_next')
    expect(await move('admin', cycle, 'planning')).toBe('phase_cannot_go_back')
    expect(await move('admin', cycle, 'voting')).toBeNull()
    expect(await phaseOf(cycle)).toBe('voting')
  })

  it('names an unknown cycle, and refuses everyone but the city admin', async () => {
    expect(await move('admin', 'no-such-cycle', 'voting')).toBe('not_found')
    const cycle = await cycleIn('planning')
    for (const who of ['anon', 'citizen', 'foreignOfficial', 'expert'] as const) {
      expect(await move(who, cycle, 'submission')).not.toBeNull()
    }
    expect(await phaseOf(cycle)).toBe('planning')
  })

  it('opens the vote only when no proposal waits for a decision', async () => {
    const cycle = await cycleIn('review')
    const author = await createPerson(db, { home: HOME })
    const submitted = await createProposal(db, { cycle, author, district: HOME })
    const reviewed = await createProposal(db, {
      cycle,
      author,
      district: FOREIGN,
      status: 'under_review',
    })
    await createProposal(db, { cycle, author, district: HOME, status: 'draft' })
    for (const who of ATTACKERS) {
      await move(who, cycle, 'voting')
      await moveOnTable(who, cycle, 'voting')
    }
    expect(await phaseOf(cycle)).toBe('review')
    const refused = await failure(
      db.call(cast.admin.claims, 'set_cycle_phase', { p_cycle_id: cycle, p_phase: 'voting' }),
    )
    expect(refused.key).toBe('proposals_undecided')
    expect(
      (await failure(db.as(cast.admin.claims, `select api.set_cycle_phase($1, 'voting')`, [cycle])))
        .message,
    ).toBe('proposals_undecided')
    await db.call(cast.official.claims, 'decide_proposal', {
      p_proposal_id: submitted,
      p_decision: 'on_ballot',
      p_reason: null,
    })
    expect(await move('admin', cycle, 'voting')).toBe('proposals_undecided')
    await db.sql(
      `update public.proposals set status = 'rejected', rejection_reason = 'No' where id = $1`,
      [reviewed],
    )
    // Drafts never submitted are not waiting for anyone.
    expect(await move('admin', cycle, 'voting')).toBeNull()
  })

  it('starts implementation only when every ballot has its confirmed winners', async () => {
    const cycle = await cycleIn('selection')
    const author = await createPerson(db, { home: HOME })
    await createProposal(db, { cycle, author, district: HOME, status: 'on_ballot' })
    await createProposal(db, { cycle, author, district: FOREIGN, status: 'on_ballot' })
    for (const who of ATTACKERS) {
      await move(who, cycle, 'execution')
      await moveOnTable(who, cycle, 'execution')
    }
    expect(await phaseOf(cycle)).toBe('selection')
    const confirm = (official: typeof cast.official, district: string) =>
      db.call(official.claims, 'confirm_selection', {
        p_cycle_id: cycle,
        p_district_id: district,
        p_ballot_group_id: null,
        p_rule: 'greedy',
        p_selected: [],
      })
    // Nothing selected is not the greedy outcome; the official confirms what greedy funds.
    const inputs = await db.call<{ proposals: { id: string }[] }>(
      cast.official.claims,
      'selection_inputs',
      { p_cycle_id: cycle, p_district_id: HOME, p_ballot_group_id: null },
    )
    await db.call(cast.official.claims, 'confirm_selection', {
      p_cycle_id: cycle,
      p_district_id: HOME,
      p_ballot_group_id: null,
      p_rule: 'greedy',
      p_selected: inputs.proposals.map((p) => p.id),
    })
    const refused = await failure(
      db.call(cast.admin.claims, 'set_cycle_phase', { p_cycle_id: cycle, p_phase: 'execution' }),
    )
    expect(refused.key).toBe('selection_unconfirmed')
    expect(await moveOnTable('admin', cycle, 'execution')).toBe('selection_unconfirmed')
    expect(await why(confirm(cast.foreignOfficial, HOME))).not.toBeNull()
    const foreign = await db.call<{ proposals: { id: string }[] }>(
      cast.foreignOfficial.claims,
      'selection_inputs',
      { p_cycle_id: cycle, p_district_id: FOREIGN, p_ballot_group_id: null },
    )
    await db.call(cast.foreignOfficial.claims, 'confirm_selection', {
      p_cycle_id: cycle,
      p_district_id: FOREIGN,
      p_ballot_group_id: null,
      p_rule: 'greedy',
      p_selected: foreign.proposals.map((p) => p.id),
    })
    expect(await move('admin', cycle, 'execution')).toBeNull()
    expect(await move('admin', cycle, 'reporting')).toBeNull()
    expect(await move('admin', cycle, 'closed')).toBeNull()
  })

  it('wants the winners of each ballot group of a district with proposals on it', async () => {
    const cycle = await cycleIn('planning', true)
    // A yard of 20 flats where the fixture's proposals stand: they join the small yards' ballot.
    const [lon, lat] = await pointIn(db, HOME)
    await db.sql(
      `insert into public.yards (district_id, name_kk, name_ru, name_en, flats, boundary)
       values ($1, 'Аула', 'Двор', 'Yard', 20, extensions.st_setsrid(extensions.st_makeenvelope(
         $2 - 0.0006, $3 - 0.0004, $2 + 0.0006, $3 + 0.0004), 4326))`,
      [HOME, lon, lat],
    )
    const author = await createPerson(db, { home: HOME })
    const proposal = await createProposal(db, {
      cycle,
      author,
      district: HOME,
      status: 'on_ballot',
    })
    await setPhase(db, cycle, 'selection')
    const groups = await db.sql<{ id: string; code: string }>(
      `select id, code from public.ballot_groups where cycle_id = $1 order by code`,
      [cycle],
    )
    const small = groups.find((g) => g.code === 'small')!.id
    const large = groups.find((g) => g.code === 'large')!.id
    const [placed] = await db.sql<{ ballot_group_id: string }>(
      `select ballot_group_id from public.proposals where id = $1`,
      [proposal],
    )
    expect(placed!.ballot_group_id).toBe(small)
    // An outcome for the large yards (nothing on that ballot) does not stand for the small ones.
    await db.call(cast.official.claims, 'confirm_selection', {
      p_cycle_id: cycle,
      p_district_id: HOME,
      p_ballot_group_id: large,
      p_rule: 'greedy',
      p_selected: [],
    })
    expect(await move('admin', cycle, 'execution')).toBe('selection_unconfirmed')
    await db.call(cast.official.claims, 'confirm_selection', {
      p_cycle_id: cycle,
      p_district_id: HOME,
      p_ballot_group_id: small,
      p_rule: 'greedy',
      p_selected: [proposal],
    })
    expect(await move('admin', cycle, 'execution')).toBeNull()
  })

  it('leaves trusted roles free to load history', async () => {
    const cycle = await cycleIn('planning')
    await db.sql(`update public.budget_cycles set phase = 'closed' where id = $1`, [cycle])
    expect(await phaseOf(cycle)).toBe('closed')
  })
})

describe('the selection rule is the cycle’s', () => {
  it('refuses an outcome under another rule, through the API and on the table', async () => {
    const cycle = await cycleIn('selection')
    const author = await createPerson(db, { home: HOME })
    const proposal = await createProposal(db, {
      cycle,
      author,
      district: HOME,
      status: 'on_ballot',
    })
    for (const rule of ['mes', 'mes-greedy'] as const) {
      for (const who of [...ATTACKERS, 'official'] as const) {
        expect(
          await why(
            db.call(cast[who].claims, 'confirm_selection', {
              p_cycle_id: cycle,
              p_district_id: HOME,
              p_ballot_group_id: null,
              p_rule: rule,
              p_selected: [proposal],
            }),
          ),
        ).not.toBeNull()
      }
      expect(
        await why(
          db.as(
            cast.admin.claims,
            `insert into public.selection_outcomes (cycle_id, district_id, rule, selected)
             values ($1, $2, $3, array[$4]::uuid[])`,
            [cycle, HOME, rule, proposal],
          ),
        ),
      ).toBe('selection_rule_not_cycles')
    }
    // Trusted roles too: an outcome is on the record under its cycle's rule.
    expect(
      (
        await failure(
          db.sql(
            `insert into public.selection_outcomes (cycle_id, district_id, rule, budget, inputs,
               selected, total_cost, confirmed_role)
             values ($1, $2, 'mes', 1, '{}', '{}', 0, 'official')`,
            [cycle, HOME],
          ),
        )
      ).message,
    ).toBe('selection_rule_not_cycles')
    expect(
      await db.sql(`select 1 from public.selection_outcomes where cycle_id = $1`, [cycle]),
    ).toEqual([])
    // The declared rule goes through.
    await db.call(cast.official.claims, 'confirm_selection', {
      p_cycle_id: cycle,
      p_district_id: HOME,
      p_ballot_group_id: null,
      p_rule: 'greedy',
      p_selected: [proposal],
    })
  })

  it('refuses greedy on a cycle that declared Equal Shares', async () => {
    const cycle = await cycleIn('planning')
    await db.sql(`update public.budget_cycles set selection_rule = 'mes' where id = $1`, [cycle])
    await setPhase(db, cycle, 'selection')
    const author = await createPerson(db, { home: HOME })
    const proposal = await createProposal(db, {
      cycle,
      author,
      district: HOME,
      status: 'on_ballot',
    })
    expect(
      await why(
        db.call(cast.admin.claims, 'confirm_selection', {
          p_cycle_id: cycle,
          p_district_id: HOME,
          p_ballot_group_id: null,
          p_rule: 'greedy',
          p_selected: [proposal],
        }),
      ),
    ).toBe('selection_rule_not_cycles')
  })

  it('is frozen once voting starts, for the admin and for trusted roles', async () => {
    const cycle = await cycleIn('voting')
    for (const who of ATTACKERS) {
      await why(
        db.as(
          claimsOf(cast, who),
          `update public.budget_cycles set selection_rule = 'mes' where id = $1`,
          [cycle],
        ),
      )
    }
    expect(
      (
        await failure(
          db.sql(`update public.budget_cycles set selection_rule = 'mes' where id = $1`, [cycle]),
        )
      ).message,
    ).toBe('cycle_rules_frozen')
    expect(await frozenState(cycle)).toMatch(/voting greedy$/)
  })

  it('lists each cycle with its rule; the seeded cycles selected greedily', async () => {
    for (const city of ['almaty', 'astana']) {
      const cycles = await db.call<{ id: string; selection_rule: string }[]>(
        cast.anon.claims,
        'list_cycles',
        { p_city_id: city },
      )
      for (const c of cycles.filter((c) => !c.id.startsWith('test-'))) {
        expect(c.selection_rule).toBe('greedy')
      }
    }
  })
})

describe('ballot groups share their district’s money', () => {
  const addGroup = (cycle: string, code: string, min: number, allocation: number | null) =>
    `insert into public.ballot_groups (cycle_id, code, name_kk, name_ru, name_en, min_flats,
       max_flats, allocation)
     values ('${cycle}', '${code}', 'a', 'b', 'c', ${min}, ${min + 9}, ${allocation ?? 'null'})`

  it('refuses groups adding up to more than a district, as any writer', async () => {
    const cycle = await cycleIn('planning', true)
    const before = await frozenState(cycle)
    // 200 + 300 of 500 mln: one tenge more is too much.
    for (const who of ATTACKERS) {
      await why(db.as(claimsOf(cast, who), addGroup(cycle, 'extra', 2000, 1)))
    }
    expect(await why(db.as(cast.admin.claims, addGroup(cycle, 'extra', 2000, 1)))).toBe(
      'ballot_groups_exceed_district',
    )
    // No API role updates a group (create_cycle only inserts them); a trusted writer meets the rule.
    expect(
      deniedPrivilege(
        await why(
          db.as(
            cast.admin.claims,
            `update public.ballot_groups set allocation = allocation + 1 where cycle_id = $1 and code = 'small'`,
            [cycle],
          ),
        ),
      ),
    ).toBe(true)
    expect(
      (
        await failure(
          db.sql(
            `update public.ballot_groups set allocation = allocation + 1 where cycle_id = $1 and code = 'small'`,
            [cycle],
          ),
        )
      ).message,
    ).toBe('ballot_groups_exceed_district')
    expect(
      await why(
        db.as(
          cast.admin.claims,
          `update public.cycle_districts set allocation = 499999999 where cycle_id = $1 and district_id = $2`,
          [cycle, FOREIGN],
        ),
      ),
    ).toBe('ballot_groups_exceed_district')
    expect((await failure(db.sql(addGroup(cycle, 'extra', 2000, 1)))).message).toBe(
      'ballot_groups_exceed_district',
    )
    expect(await frozenState(cycle)).toBe(before)
  })

  it('checks at commit, whatever the order of the inserts', async () => {
    const cycle = await createCycle(db, { phase: 'planning', districts: { [HOME]: 100 } })
    // A group above the district first, then the money it fits in: one transaction, judged at
    // its end.
    await db.as(
      cast.admin.claims,
      `do $$ begin
         ${addGroup(cycle, 'a', 1, 150)};
         update public.cycle_districts set allocation = 200 where cycle_id = '${cycle}';
       end $$`,
    )
    expect(await frozenState(cycle)).toContain(`${HOME}=200 | a=150`)
  })

  it('wants each group to have its own allocation', async () => {
    const cycle = await cycleIn('planning')
    expect(await why(db.as(cast.admin.claims, addGroup(cycle, 'none', 1, null)))).toBe('23514')
    expect(await why(db.sql(addGroup(cycle, 'none', 1, null)))).not.toBeNull()
  })

  it('holds the seeded Saryarka 2019 groups: 20, 30 and 50 of 100 mln', async () => {
    const [row] = await db.sql<{ total: string; allocation: string }>(
      `select (select sum(allocation) from public.ballot_groups
               where cycle_id = 'astana-saryarka-2019')::text as total,
              (select allocation from public.cycle_districts
               where cycle_id = 'astana-saryarka-2019')::text as allocation`,
    )
    expect(row).toEqual({ total: '100000000', allocation: '100000000' })
  })

  const PARALLEL: IsolationLevel[] = ['read committed', 'serializable']
  for (const isolation of PARALLEL) {
    it(`lets only one of two parallel groups in when both do not fit (${isolation})`, async () => {
      const cycle = await createCycle(db, { phase: 'planning', districts: { [HOME]: 100 } })
      const results = await Promise.allSettled(
        ['p', 'q'].map((code, i) =>
          db.as(cast.admin.claims, addGroup(cycle, code, 1 + i * 100, 60), [], { isolation }),
        ),
      )
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
      const [row] = await db.sql<{ total: number }>(
        `select sum(allocation)::int as total from public.ballot_groups where cycle_id = $1`,
        [cycle],
      )
      expect(row!.total).toBe(60)
    })
  }
})

describe('dates and amounts are bounded', () => {
  it('refuses infinite dates on the tables, for everyone', async () => {
    const cycle = await cycleIn('planning')
    for (const statement of [
      `insert into public.cycle_phase_dates (cycle_id, phase, starts_on, ends_on)
       values ($1, 'review', '-infinity', '2026-10-31')`,
      `update public.cycle_phase_dates set ends_on = 'infinity' where cycle_id = $1`,
      `update public.budget_cycles set division_date = '-infinity' where id = $1`,
      `update public.cycle_phase_dates set ends_on = '2040-01-01' where cycle_id = $1`,
      `update public.cycle_districts set allocation = 1000000000001 where cycle_id = $1`,
      `update public.budget_cycles set division_date = '1990-01-01' where id = $1`,
    ]) {
      for (const who of ATTACKERS) {
        await why(db.as(claimsOf(cast, who), statement, [cycle]))
      }
      expect({ statement, refused: (await why(db.sql(statement, [cycle]))) !== null }).toEqual({
        statement,
        refused: true,
      })
    }
    expect(await frozenState(cycle)).toContain('voting=2026-11-01..2026-12-15')
    expect(await frozenState(cycle)).toContain(`${HOME}=500000000`)
    const [row] = await db.sql<{ division_date: string }>(
      `select division_date::text from public.budget_cycles where id = $1`,
      [cycle],
    )
    expect(row!.division_date).toBe('2026-01-01')
  })

  it('states finiteness on the tables themselves, whatever triggers come and go', async () => {
    const checks = await db.sql<{ name: string }>(
      `select conrelid::regclass::text || ': ' || pg_get_constraintdef(oid) as name
       from pg_constraint
       where contype = 'c' and pg_get_constraintdef(oid) like '%isfinite%'
         and conrelid in ('public.budget_cycles'::regclass, 'public.cycle_phase_dates'::regclass)
       order by 1`,
    )
    expect(checks.map((c) => c.name)).toEqual([
      'budget_cycles: CHECK (isfinite(division_date))',
      'cycle_phase_dates: CHECK ((isfinite(starts_on) AND isfinite(ends_on)))',
    ])
  })

  it('refuses infinite and far-away dates through create_cycle', async () => {
    const base = {
      city_id: 'almaty',
      year: 2027,
      title_kk: 'a',
      title_ru: 'b',
      title_en: 'c',
      project_cost_cap: null,
      votes_per_voter: 3,
      votes_changeable: false,
      residents_only: true,
      division_date: '2027-01-01',
      allocations: { [HOME]: 1_000_000 },
    }
    const cases: [Record<string, unknown>, string][] = [
      [{ division_date: 'infinity' }, 'division_date_required'],
      [{ division_date: '1990-01-01' }, 'division_date_out_of_range'],
      [
        { phase_dates: [{ phase: 'voting', starts_on: '-infinity', ends_on: '2027-11-30' }] },
        'phase_date_required',
      ],
      [
        { phase_dates: [{ phase: 'closed', starts_on: '2030-01-01', ends_on: '9999-12-31' }] },
        'phase_date_out_of_range',
      ],
      [{ allocations: { [HOME]: 1e15 } }, 'allocation_invalid'],
    ]
    for (const [i, [patch, key]] of cases.entries()) {
      const id = `test-bounds-${i}-${Date.now().toString(36)}`
      expect(
        await why(
          db.call(cast.admin.claims, 'create_cycle', { p_cycle: { ...base, id, ...patch } }),
        ),
      ).toBe(key)
      for (const who of ['anon', 'citizen', 'foreignOfficial', 'expert'] as const) {
        expect(
          await why(
            db.call(claimsOf(cast, who), 'create_cycle', { p_cycle: { ...base, id, ...patch } }),
          ),
        ).not.toBeNull()
      }
      expect(await db.sql(`select 1 from public.budget_cycles where id = $1`, [id])).toEqual([])
    }
  })
})
