// Malformed input, as an attacker or a buggy client sends it. Every function of schema `api` is
// read from the catalog (so functions added later are covered without editing this file) and
// called as anon, a citizen, a foreign official, an expert and an admin with unknown ids, nulls,
// huge and negative numbers, NaN and infinite numbers, infinite dates, 10,000-character strings,
// strings with a NUL byte, malformed uuids and enum values, arrays where objects are expected
// and deeply nested JSON. Whatever the call, a refusal must
//   * carry a key the app translates (`errorKey` gives a key of `errors` in en.json, not
//     `unknown_error`),
//   * never be of an SQLSTATE class PostgREST answers with HTTP 500/503,
//   * change nothing (row counts of every table before and after),
// an unknown id must be `not_found` for whoever may call the function, and no absurd value
// (an infinite date, a 10,000-character text, a number near 2^63) may end up stored.
// Also: sign-up with hostile metadata always yields a user and a sane profile.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { errorKey } from '../../src/api/errors'
import {
  MAX_ARGUMENT_DEPTH,
  MAX_ARGUMENTS_LENGTH,
  type Claims,
} from '../../src/embedded/postgrest-call'
import en from '../../src/i18n/locales/en.json'
import { openTestDatabase, type TestDatabase } from '../support/database'
import { createCycle, createProject, createProposal } from '../support/fixtures'
import { ATTACKERS, claimsOf, createCast, HOME, type Attacker, type Cast } from './cast'

const db: TestDatabase = await openTestDatabase()
afterAll(() => db.close())

interface ApiFunction {
  name: string
  args: { name: string; type: string; labels: string[] | null }[]
  /** Which roles may execute it at all. */
  anon: boolean
}

/** Every function of schema api, with its input arguments and their types. */
const FUNCTIONS = await db.sql<ApiFunction>(
  `select p.proname as name,
          coalesce((select json_agg(json_build_object(
              'name', a.name, 'type', format_type(a.type, null),
              'labels', (select json_agg(e.enumlabel order by e.enumsortorder)
                         from pg_catalog.pg_enum e where e.enumtypid = a.type))
              order by a.n)
            from unnest(p.proargnames[1:p.pronargs], p.proargtypes::oid[])
                 with ordinality a(name, type, n)), '[]'::json) as args,
          has_function_privilege('anon', p.oid, 'execute') as anon
   from pg_catalog.pg_proc p
   join pg_catalog.pg_namespace n on n.oid = p.pronamespace
   where n.nspname = 'api'
   order by p.proname`,
)

/** SQLSTATE classes PostgREST answers with HTTP 500 or 503 (docs.postgrest.org, Errors). */
const SERVER_ERROR_CLASSES = [
  '08', '09', '25', '2D', '38', '39', '3B', '40', '53', '54', '55', '57', '58', 'F0', 'HV', 'P0',
  'XX',
] // prettier-ignore

const TRANSLATED = new Set(Object.keys(en.errors))
/** Keys that only say a table's constraint refused the value. */
const GENERIC = ['invalid_value', 'invalid_reference', 'duplicate']

/** Argument names that carry an id (of a cycle, city, district, proposal, project, …). */
const isId = (arg: string) => arg === 'p_id' || arg.endsWith('_id')

// Null arguments a function takes on purpose, so "all null" answering is not a silent null:
// `revoke_residency(null)` revokes the caller's own residency (null names "myself", as the
// residency suite uses it); any other account is named by its code.
const NULL_MEANS_MYSELF = new Set(['revoke_residency'])

// ---------------------------------------------------------------------------------------------
// The setting: real records for the arguments a hostile value is not put in, so each call gets
// past the first checks and reaches the code a bad value would break.

let cast: Cast
let ids: {
  cycle: string
  proposal: string
  executionCycle: string
  project: string
  milestone: string
}

beforeAll(async () => {
  cast = await createCast(db)
  const cycle = await createCycle(db, { phase: 'review' })
  const proposal = await createProposal(db, {
    cycle,
    author: cast.citizen,
    district: HOME,
    status: 'submitted',
  })
  const executionCycle = await createCycle(db, { phase: 'execution' })
  const project = await createProject(db, { cycle: executionCycle, district: HOME })
  const [milestone] = await db.sql<{ id: string }>(
    `insert into public.project_milestones (project_id, title, planned_on, author_role)
     values ($1, 'Benches installed', '2026-06-01', 'official') returning id`,
    [project],
  )
  ids = { cycle, proposal, executionCycle, project, milestone: milestone!.id }
})

/** An ordinary value for an argument, so that one hostile argument is tried at a time. */
function ordinary(fn: string, arg: { name: string; type: string; labels: string[] | null }) {
  const { name, type } = arg
  if (arg.labels) return arg.labels[0]
  switch (name) {
    case 'p_cycle_id':
      return fn.includes('project') || fn.includes('payment') ? ids.executionCycle : ids.cycle
    case 'p_city_id':
      return 'almaty'
    case 'p_district_id':
    case 'p_home_district_id':
      return HOME
    case 'p_proposal_id':
      return ids.proposal
    case 'p_project_id':
      return ids.project
    case 'p_milestone_id':
      return ids.milestone
    case 'p_ballot_group_id':
      return null
    case 'p_id':
      return fn.includes('project') ? ids.project : ids.proposal
    case 'p_lon':
      return 76.95
    case 'p_lat':
      return 43.25
    case 'p_language':
      return 'en'
    case 'p_rule':
      return 'greedy'
    case 'p_selected':
      return []
  }
  switch (type) {
    case 'uuid':
      return randomUUID()
    case 'text':
      return 'An ordinary text'
    case 'smallint':
    case 'integer':
      return 10
    case 'bigint':
      return 1_000_000
    case 'double precision':
    case 'numeric':
      return 1
    case 'date':
      return '2026-01-15'
    case 'boolean':
      return false
    case 'jsonb':
    case 'json':
      return {}
    default:
      return null
  }
}

/** JSON nested `depth` arrays deep. */
function nested(depth: number): unknown {
  let v: unknown = 1
  for (let i = 0; i < depth; i++) v = [v]
  return v
}

const LONG = 'ж'.repeat(10_000)

/** Hostile values for an argument of a type. */
function hostile(type: string, labels: string[] | null): unknown[] {
  if (labels) return ['no_such_value', null]
  switch (type) {
    case 'uuid':
      return ['not-a-uuid', null]
    case 'text':
      return [LONG, 'a\u0000b', '', null]
    case 'smallint':
    case 'integer':
    case 'bigint':
      return [-1, 0, '9223372036854775807', '-9223372036854775808', null]
    case 'double precision':
    case 'numeric':
      return ['NaN', 'Infinity', '-Infinity', 1e308, null]
    case 'date':
      return ['infinity', '-infinity', '5874897-12-31', null]
    case 'jsonb':
    case 'json':
      return [
        nested(MAX_ARGUMENT_DEPTH - 2),
        nested(10_000),
        [1, 2, 3],
        'a string',
        { [LONG]: LONG },
        null,
      ]
    case 'boolean':
      return [null]
    default:
      return [null]
  }
}

/** A value as a case's label shows it: short, and without serialising deep JSON. */
function shown(value: unknown): string {
  if (typeof value === 'string') {
    return value.length > 40
      ? `"${value.slice(0, 8)}…" (${value.length} chars)`
      : JSON.stringify(value)
  }
  if (value !== null && typeof value === 'object') {
    let depth = 0
    for (let v: unknown = value; Array.isArray(v); v = v[0]) depth++
    if (depth > 1) return `JSON nested ${depth} deep`
    const text = JSON.stringify(value)
    return text.length > 40 ? `${text.slice(0, 12)}… (${text.length} chars)` : text
  }
  return String(value)
}

interface Case {
  label: string
  args: Record<string, unknown>
  /** The one hostile argument, if any. */
  arg?: string
}

function casesOf(fn: ApiFunction): Case[] {
  const base = Object.fromEntries(fn.args.map((a) => [a.name, ordinary(fn.name, a)]))
  const cases: Case[] = []
  if (fn.args.some((a) => isId(a.name))) {
    cases.push({
      label: 'unknown ids',
      args: Object.fromEntries(
        fn.args.map((a) => [
          a.name,
          !isId(a.name) ? base[a.name] : a.type === 'uuid' ? randomUUID() : `no-such-${a.name}`,
        ]),
      ),
    })
  }
  // Each id unknown on its own, the others real: the check must not depend on another id failing
  // first.
  const idArgs = fn.args.filter((a) => isId(a.name))
  if (idArgs.length > 1) {
    for (const a of idArgs) {
      cases.push({
        label: `unknown ids: ${a.name} alone`,
        args: { ...base, [a.name]: a.type === 'uuid' ? randomUUID() : `no-such-${a.name}` },
        arg: a.name,
      })
    }
  }
  if (fn.args.length > 0) {
    cases.push({ label: 'all null', args: Object.fromEntries(fn.args.map((a) => [a.name, null])) })
  }
  for (const a of fn.args) {
    for (const value of hostile(a.type, a.labels)) {
      cases.push({
        label: `${a.name} = ${shown(value)}`,
        args: { ...base, [a.name]: value },
        arg: a.name,
      })
    }
  }
  return cases
}

// ---------------------------------------------------------------------------------------------
// What "nothing changed" and "nothing absurd stored" mean, read from the catalog as well.

const TABLES = await db.sql<{ name: string }>(
  `select format('%I.%I', schemaname, tablename) as name from pg_catalog.pg_tables
   where schemaname in ('public', 'app_private') order by 1`,
)
/** One JSON object of named values (jsonb_build_object takes at most 100 arguments). */
function objectOf(pairs: [string, string][]): string {
  const parts: string[] = []
  for (let i = 0; i < pairs.length; i += 40) {
    const chunk = pairs.slice(i, i + 40).map(([name, value]) => `'${name}', ${value}`)
    parts.push(`jsonb_build_object(${chunk.join(', ')})`)
  }
  return parts.length > 0 ? parts.join(' || ') : `'{}'::jsonb`
}

const COUNT_SQL = `select ${objectOf(
  TABLES.map((t) => [t.name, `(select count(*) from ${t.name})`]),
)} as counts`

async function counts(): Promise<Record<string, number>> {
  const [row] = await db.sql<{ counts: Record<string, number> }>(COUNT_SQL)
  return row!.counts
}

const ABSURD = await db.sql<{ place: string; test: string }>(
  `select table_schema || '.' || table_name || '.' || column_name as place,
          format('select count(*)::integer as n from %I.%I where %s', table_schema, table_name,
                 case
                   when data_type in ('date', 'timestamp with time zone',
                                      'timestamp without time zone')
                     then format('not isfinite(%I)', column_name)
                   when data_type = 'text' then format('char_length(%I) >= 10000', column_name)
                   when data_type in ('bigint', 'integer', 'smallint', 'numeric')
                     then format('abs(%I::numeric) >= 9e18', column_name)
                   when data_type = 'double precision'
                     then format('%I in (''NaN'', ''Infinity'', ''-Infinity'')', column_name)
                 end) as test
   from information_schema.columns
   where table_schema in ('public', 'app_private')
     and data_type in ('date', 'timestamp with time zone', 'timestamp without time zone', 'text',
                       'bigint', 'integer', 'smallint', 'numeric', 'double precision')
     and table_name in (select tablename from pg_catalog.pg_tables
                        where schemaname in ('public', 'app_private'))`,
)
const ABSURD_SQL = `select ${objectOf(ABSURD.map((a) => [a.place, `(${a.test})`]))} as counts`

/** Rows per column holding an absurd value: an infinite date, 10,000 characters, ±2^63. */
async function absurdValues(): Promise<Record<string, number>> {
  const [row] = await db.sql<{ counts: Record<string, number> }>(ABSURD_SQL)
  return row!.counts
}

// ---------------------------------------------------------------------------------------------

interface Outcome {
  ok: boolean
  code: string
  key: string
  message: string
}

async function attempt(who: Claims, fn: string, args: Record<string, unknown>): Promise<Outcome> {
  try {
    await db.call(who, fn, args)
    return { ok: true, code: '', key: '', message: '' }
  } catch (e) {
    const err = e as { code?: string; key?: string; message?: string }
    return { ok: false, code: err.code ?? '', key: err.key ?? '', message: err.message ?? '' }
  }
}

/** What is wrong with one outcome; empty when nothing is. */
function judge(fn: ApiFunction, who: Attacker, c: Case, out: Outcome): string[] {
  const problems: string[] = []
  const where = `${fn.name} as ${who}, ${c.label}`
  if (!out.ok) {
    const key = errorKey(out.code, out.message)
    if (key !== out.key) problems.push(`${where}: key ${out.key} is not errorKey's ${key}`)
    if (!TRANSLATED.has(key) || key === 'unknown_error') {
      problems.push(`${where}: untranslated ${out.code} ${out.message}`)
    }
    if (SERVER_ERROR_CLASSES.includes(out.code.slice(0, 2))) {
      problems.push(`${where}: HTTP 500 class ${out.code} ${out.message}`)
    }
    // A constraint of a table caught it, not the function: the person learns only that "a value
    // is not allowed". A malformed uuid or enum value is refused by the argument's cast before
    // the function runs (invalid_input), by PostgREST as by the embedded transport: that one is
    // fine.
    if (GENERIC.includes(key)) {
      problems.push(`${where}: generic ${key} (${out.code} ${out.message}), not a named key`)
    }
  }
  const signedIn = who !== 'anon'
  if (c.label.startsWith('unknown ids')) {
    // Anyone allowed to call the function learns the id does not exist; anon may be stopped at
    // the door first (no grant, or sign in first).
    const allowed = signedIn ? ['not_found'] : ['not_found', 'forbidden', 'sign_in_required']
    if (out.ok) problems.push(`${where}: answered instead of not_found`)
    else if (!allowed.includes(out.key)) {
      problems.push(`${where}: ${out.key} (${out.message}) instead of not_found`)
    }
  }
  if (c.label === 'all null' && signedIn && out.ok && !NULL_MEANS_MYSELF.has(fn.name)) {
    problems.push(`${where}: answered null ids without an error`)
  }
  return problems
}

describe('every api function refuses malformed input with a translated key', () => {
  it('reads the api functions from the catalog', () => {
    const names = FUNCTIONS.map((f) => f.name)
    expect(names).toContain('save_proposal')
    expect(names).toContain('review_proposal')
    expect(names.length).toBeGreaterThan(30)
  })

  for (const fn of FUNCTIONS) {
    it(`api.${fn.name}(${fn.args.map((a) => a.name).join(', ')})`, async () => {
      const problems: string[] = []
      const absurdBefore = await absurdValues()
      let before = await counts()
      for (const who of ATTACKERS) {
        for (const c of casesOf(fn)) {
          const out = await attempt(claimsOf(cast, who), fn.name, c.args)
          problems.push(...judge(fn, who, c, out))
          const after = await counts()
          if (!out.ok) {
            const changed = Object.keys(after).filter((t) => after[t] !== before[t])
            if (changed.length > 0) {
              problems.push(`${fn.name} as ${who}, ${c.label}: failed but changed ${changed}`)
            }
          }
          before = after
        }
      }
      const absurdAfter = await absurdValues()
      const stored = Object.keys(absurdAfter).filter((c) => absurdAfter[c] !== absurdBefore[c])
      if (stored.length > 0) problems.push(`${fn.name}: absurd values stored in ${stored}`)

      expect(problems).toEqual([])
    })
  }
})

describe('the embedded transport', () => {
  it('refuses over-deep and over-large arguments with a key, before the database', async () => {
    const deep = await attempt(cast.admin.claims, 'create_cycle', { p_cycle: nested(100_000) })
    expect(deep).toMatchObject({ ok: false, code: 'QA001', key: 'input_too_complex' })
    const large = await attempt(cast.citizen.claims, 'save_proposal', {
      p_id: null,
      p_cycle_id: ids.cycle,
      p_title: 'x'.repeat(MAX_ARGUMENTS_LENGTH + 1),
    })
    expect(large).toMatchObject({ ok: false, code: 'QA001', key: 'input_too_large' })
  })

  it('is needed: the database itself fails deeply nested JSON with stack depth (54001)', async () => {
    // What the transport guards against: jsonb input is parsed recursively. PostgREST sends its
    // arguments to the same parser, so a Supabase deployment answers such a body with HTTP 500
    // unless something in front (body size limits) stops it first.
    const depth = 200_000
    const text = '['.repeat(depth) + ']'.repeat(depth)
    const err = await db.sql(`select $1::jsonb`, [text]).then(
      () => null,
      (e: { code?: string }) => e.code,
    )
    // PostgreSQL 15 stops at max_stack_depth; PGlite (WebAssembly, its own stack) parses it.
    if (db.kind === 'postgres') expect(err).toBe('54001')
    else expect([null, '54001']).toContain(err)
    expect(errorKey('54001', 'stack depth limit exceeded')).toBe('input_too_complex')
  })
})

describe('sign-up', () => {
  const hostileMetadata: [string, unknown][] = [
    ['an unknown language and a 10,000-character name', { language: 'xx', display_name: LONG }],
    ['no metadata', null],
    ['metadata that is an array', [1, 2, 3]],
    ['metadata that is a string', 'display_name'],
    ['a name and a language of the wrong JSON types', { display_name: 42, language: ['en'] }],
    ['a name of blanks and control characters', { display_name: ' \t\n\u0007 ', language: 'EN' }],
    ['a name that is an object', { display_name: { first: 'A' }, language: null }],
  ]

  for (const [label, metadata] of hostileMetadata) {
    it(`creates the user and a sane profile with ${label}`, async () => {
      const id = randomUUID()
      // As Supabase Auth (GoTrue) inserts a user: the trigger must never abort this insert.
      await db.sql(
        `insert into auth.users (id, aud, role, email, raw_user_meta_data)
         values ($1, 'authenticated', 'authenticated', $2, $3::jsonb)`,
        [id, `${id.slice(0, 8)}@test.example`, metadata === null ? null : JSON.stringify(metadata)],
      )
      const [profile] = await db.sql<{ display_name: string; language: string }>(
        `select display_name, language from public.profiles where id = $1`,
        [id],
      )
      expect(profile).toBeDefined()
      expect(profile!.display_name.trim().length).toBeGreaterThan(0)
      expect(profile!.display_name.length).toBeLessThanOrEqual(80)
      expect([...profile!.display_name].some((ch) => ch.charCodeAt(0) < 0x20)).toBe(false)
      expect(['kk', 'ru', 'en']).toContain(profile!.language)
    })
  }

  it('keeps a good name and language as given, the name cut to 80 characters', async () => {
    const id = randomUUID()
    await db.sql(
      `insert into auth.users (id, aud, role, email, raw_user_meta_data)
       values ($1, 'authenticated', 'authenticated', null, $2::jsonb)`,
      [id, JSON.stringify({ display_name: `  Айгерім ${'а'.repeat(200)}`, language: 'kk' })],
    )
    const [profile] = await db.sql<{ display_name: string; language: string }>(
      `select display_name, language from public.profiles where id = $1`,
      [id],
    )
    expect(profile!.language).toBe('kk')
    expect(profile!.display_name).toMatch(/^Айгерім а+$/)
    expect(profile!.display_name).toHaveLength(80)
  })
})
