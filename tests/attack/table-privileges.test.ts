// Attacks with raw privileges, directly on the tables (as Supabase's REST and GraphQL expose
// `public` unless told otherwise): emptying or hooking tables, writing derived columns, reading
// who on the staff did what, and reading secrets. Each is tried as each attacker of the cast and
// must be refused by the server's privilege check (42501), whatever RLS would have let through.
// Writes that get through are rolled back (a DO block raises after them), so one attacker's
// success does not hide the next one's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProposalDetail } from '../../src/api/types'
import { openTestDatabase, type TestDatabase } from '../support/database'
import { createCycle, createProject, createProposal } from '../support/fixtures'
import { ATTACKERS, FOREIGN, HOME, claimsOf, createCast, type Attacker, type Cast } from './cast'

let db: TestDatabase
let cast: Cast
let cycle: string
let proposal: string
let draft: string
let project: string
let foreignGroup: string
let tables: string[]

beforeAll(async () => {
  db = await openTestDatabase()
  cast = await createCast(db)
  cycle = await createCycle(db, { phase: 'submission' })
  proposal = await createProposal(db, { cycle, author: cast.citizen, district: HOME })
  draft = await createProposal(db, { cycle, author: cast.citizen, district: HOME, status: 'draft' })
  project = await createProject(db, { cycle, district: HOME })
  const other = await createCycle(db, { phase: 'submission' })
  const [group] = await db.sql<{ id: string }>(
    `insert into public.ballot_groups (cycle_id, code, name_kk, name_ru, name_en, min_flats,
       allocation)
     values ($1, 'all', 'Барлығы', 'Все', 'All', 1, 100000000) returning id`,
    [other],
  )
  foreignGroup = group!.id
  tables = (
    await db.sql<{ name: string }>(
      `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind in ('r', 'p') and c.relname <> 'spatial_ref_sys'
       order by 1`,
    )
  ).map((r) => r.name)
})
afterAll(() => db.close())

/** What stopped `statement` run as the attacker: 'permission denied' when the server's privilege
 * check did, else the error's key or message, or null when it went through (then rolled back). */
async function attempt(who: Attacker, statement: string): Promise<string | null> {
  try {
    await db.as(
      claimsOf(cast, who),
      `do $attack$ begin ${statement}; raise exception 'went through'; end $attack$`,
    )
    return null
  } catch (e) {
    const { message = String(e) } = e as { message?: string }
    if (message === 'went through') return null
    return message.startsWith('permission denied') ? 'permission denied' : message
  }
}

/** Each attacker's refusal of `statement`, by attacker. */
async function refusals(statement: string) {
  const result: Record<string, string | null> = {}
  for (const who of ATTACKERS) result[who] = await attempt(who, statement)
  return result
}

const ALL_DENIED = Object.fromEntries(ATTACKERS.map((who) => [who, 'permission denied']))

describe('tables beyond row-level security', () => {
  it('cannot be truncated by any attacker, whatever the table', async () => {
    expect(tables.length).toBeGreaterThanOrEqual(20)
    for (const table of tables) {
      expect({ table, ...(await refusals(`truncate public.${table} cascade`)) }).toEqual({
        table,
        ...ALL_DENIED,
      })
    }
  })

  it('cannot have a trigger attached by any attacker, whatever the table', async () => {
    for (const table of tables) {
      const hook = `create trigger attack before insert or update or delete on public.${table}
                    for each row execute function suppress_redundant_updates_trigger()`
      expect({ table, ...(await refusals(hook)) }).toEqual({ table, ...ALL_DENIED })
    }
  })

  it('cannot be referenced by a foreign key of any attacker', async () => {
    // A temporary table may not reference a permanent one at all, and no attacker may create a
    // permanent table: the privilege itself must be absent too.
    for (const who of ATTACKERS) {
      const [row] = await db.as<{ referencable: string[] }>(
        claimsOf(cast, who),
        `select coalesce(array_agg(t order by t), '{}') as referencable
         from unnest($1::text[]) t
         where has_any_column_privilege('public.' || t, 'REFERENCES')`,
        [tables],
      )
      expect({ who, referencable: row!.referencable }).toEqual({ who, referencable: [] })
      expect(await attempt(who, `create table public.attack (id integer)`)).toBe(
        'permission denied',
      )
    }
  })
})

describe('derived and system columns', () => {
  it('refuses moving a proposal to an Astana district, another yard or a foreign ballot group', async () => {
    for (const [column, value] of [
      ['district_id', `'astana-esil'`],
      ['district_id', `'${FOREIGN}'`],
      ['yard_id', `(select id from public.yards limit 1)`],
      ['ballot_group_id', `'${foreignGroup}'`],
    ] as const) {
      for (const id of [proposal, draft]) {
        const attack = `update public.proposals set ${column} = ${value} where id = '${id}'`
        expect({ column, ...(await refusals(attack)) }).toEqual({ column, ...ALL_DENIED })
      }
    }
    // Not even in a new proposal.
    const insert = `insert into public.proposals (cycle_id, title, district_id, ballot_group_id)
                    values ('${cycle}', 'x', 'astana-esil', '${foreignGroup}')`
    expect(await refusals(insert)).toEqual(ALL_DENIED)
  })

  it('recomputes the place on every write, for trusted roles too', async () => {
    await db.sql(
      `update public.proposals set district_id = 'astana-esil', ballot_group_id = $2,
         yard_id = null where id = $1`,
      [proposal, foreignGroup],
    )
    await db.sql(`update public.proposals set status = 'under_review' where id = $1`, [proposal])
    const [row] = await db.sql<{ district_id: string; ballot_group_id: string | null }>(
      `select district_id, ballot_group_id from public.proposals where id = $1`,
      [proposal],
    )
    expect(row).toEqual({ district_id: HOME, ballot_group_id: null })
  })

  it('refuses setting a proposal’s dates, author, demo flag or cycle', async () => {
    for (const set of [
      `submitted_at = now() - interval '1 year'`,
      `created_at = now() - interval '1 year'`,
      `updated_at = now()`,
      `is_demo = true`,
      `author_id = '${cast.neighbour.id}'`,
      `cycle_id = 'almaty-2020'`,
    ]) {
      const attack = `update public.proposals set ${set} where id = '${draft}'`
      expect({ set, ...(await refusals(attack)) }).toEqual({ set, ...ALL_DENIED })
    }
  })

  it('refuses setting a project’s budget, status, progress or place', async () => {
    for (const set of [
      `approved_budget = 999999999999`,
      `status = 'completed', progress = 100`,
      `district_id = '${FOREIGN}'`,
      `cycle_id = 'almaty-2020'`,
      `is_demo = true`,
    ]) {
      const attack = `update public.projects set ${set} where id = '${project}'`
      expect({ set, ...(await refusals(attack)) }).toEqual({ set, ...ALL_DENIED })
    }
    const [row] = await db.sql<{ approved_budget: string }>(
      `select approved_budget::text from public.projects where id = $1`,
      [project],
    )
    expect(row!.approved_budget).toBe('20000000')
  })

  it('keeps a profile’s dates and a new cycle’s phase and demo flag the database’s', async () => {
    const [profile] = await db.as<{ created_at: string; updated_at: string }>(
      cast.citizen.claims,
      `update public.profiles set updated_at = '2000-01-01' where id = $1
       returning created_at::text, updated_at::text`,
      [cast.citizen.id],
    )
    expect(profile!.updated_at > '2020').toBe(true)
    const id = `attack-${cast.admin.id.slice(0, 8)}`
    const [created] = await db.as<{ phase: string; is_demo: boolean; created_at: string }>(
      cast.admin.claims,
      `insert into public.budget_cycles (id, city_id, year, title_kk, title_ru, title_en, phase,
         division_date, is_demo)
       values ($1, 'almaty', 2027, 'a', 'b', 'c', 'closed', '2027-01-01', true)
       returning phase, is_demo, created_at::text`,
      [id],
    )
    expect(created).toMatchObject({ phase: 'planning', is_demo: false })
    expect(created!.created_at > '2020').toBe(true)
  })

  it('refuses writing vote counts and a cycle’s rules', async () => {
    for (const attack of [
      `insert into public.proposal_tallies (proposal_id, online_votes) values ('${draft}', 1000)`,
      `update public.proposal_tallies set online_votes = 1000`,
      `update public.budget_cycles set votes_per_voter = 50 where id = '${cycle}'`,
      `update public.budget_cycles set residents_only = false where id = '${cycle}'`,
      `update public.cycle_districts set district_id = 'astana-esil' where cycle_id = '${cycle}'`,
      `update public.ballot_groups set allocation = 1 where id = '${foreignGroup}'`,
    ]) {
      expect({ attack, ...(await refusals(attack)) }).toEqual({ attack, ...ALL_DENIED })
    }
  })
})

describe('staff identities', () => {
  const STAFF_COLUMNS = [
    ['reviews', 'reviewer_id'],
    ['payments', 'recorded_by'],
    ['paper_vote_counts', 'entered_by'],
    ['project_updates', 'author_id'],
    ['project_milestones', 'created_by'],
    ['selection_outcomes', 'confirmed_by'],
  ] as const

  it('are unreadable on the tables, column by column or as whole rows', async () => {
    for (const [table, column] of STAFF_COLUMNS) {
      for (const query of [
        `perform ${column} from public.${table}`,
        `perform to_jsonb(t) from public.${table} t`,
        `perform count(*) from public.${table} where ${column} = '${cast.official.id}'`,
      ]) {
        expect({ query, ...(await refusals(query)) }).toEqual({ query, ...ALL_DENIED })
      }
    }
  })

  it('cannot be named through app_private.display_name', async () => {
    const query = `perform app_private.display_name('${cast.official.id}')`
    expect(await refusals(query)).toEqual(ALL_DENIED)
  })

  it('name only the authors of proposals the caller may see', async () => {
    const name = (who: Attacker, id: string) =>
      db.as<{ name: string | null }>(
        claimsOf(cast, who),
        `select app_private.proposal_author_name($1) as name`,
        [id],
      )
    for (const who of ATTACKERS) {
      expect((await name(who, proposal))[0]!.name).toMatch(/^Test /)
      // The draft is its author's alone.
      if (who !== 'citizen')
        expect({ who, ...(await name(who, draft))[0] }).toEqual({ who, name: null })
    }
    expect((await name('citizen', draft))[0]!.name).toMatch(/^Test /)
    const detail = await db.call<ProposalDetail>(cast.anon.claims, 'proposal_detail', {
      p_id: proposal,
    })
    expect(detail.author_name).toMatch(/^Test /)
  })
})

describe('secrets', () => {
  it('keeps the ballot salts from every attacker', async () => {
    for (const query of [
      `perform salt from app_private.ballot_salts`,
      `update app_private.ballot_salts set salt = 'known'`,
      `truncate app_private.ballot_salts`,
    ]) {
      expect({ query, ...(await refusals(query)) }).toEqual({ query, ...ALL_DENIED })
    }
  })
})
