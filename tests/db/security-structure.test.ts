// Structural guarantees: every table has RLS, the API exposes only what is granted, and every
// function pins its search_path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database'

/** Functions left without a pinned search_path so the planner can inline them. */
const INLINED = ['app_private.is_published']

let db: TestDatabase
beforeAll(async () => {
  db = await openTestDatabase()
})
afterAll(() => db.close())

describe('database security structure', () => {
  it('enables row-level security on every table of public', async () => {
    const tables = await db.sql<{ name: string; rls: boolean }>(
      `select c.relname as name, c.relrowsecurity as rls
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind in ('r', 'p')
         and c.relname <> 'spatial_ref_sys'`,
    )
    expect(tables.length).toBeGreaterThanOrEqual(17)
    expect(tables.filter((t) => !t.rls).map((t) => t.name)).toEqual([])
  })

  it('keeps tables out of the exposed api schema', async () => {
    const rows = await db.sql(
      `select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'api' and c.relkind in ('r', 'p')`,
    )
    expect(rows).toEqual([])
  })

  it('pins search_path on every function of api and app_private', async () => {
    const rows = await db.sql<{ name: string; inlinable: boolean }>(
      `select n.nspname || '.' || p.proname as name,
              (l.lanname = 'sql' and p.provolatile = 'i' and not p.prosecdef) as inlinable
       from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       join pg_language l on l.oid = p.prolang
       where n.nspname in ('api', 'app_private')
         and not exists (select 1 from unnest(coalesce(p.proconfig, '{}')) c
                         where c like 'search_path=%')`,
    )
    // Except the predicates RLS checks on every row, which must stay inlinable (a SET clause
    // prevents inlining): immutable SQL, invoker, naming everything by schema (migration 002400).
    expect(rows).toEqual(INLINED.map((name) => ({ name, inlinable: true })))
  })

  it('grants no api function to PUBLIC and write functions to signed-in users only', async () => {
    const publicGrants = await db.sql(
      `select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       where n.nspname = 'api' and has_function_privilege('public', p.oid, 'execute')
         and exists (select 1 from aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
                     where a.grantee = 0)`,
    )
    expect(publicGrants).toEqual([])
    const anonWrites = await db.sql<{ proname: string }>(
      `select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       where n.nspname = 'api' and has_function_privilege('anon', p.oid, 'execute')
         and p.provolatile = 'v'`,
    )
    expect(anonWrites.map((r) => r.proname)).toEqual([])
  })

  it('uses security definer only for functions that pin an empty search_path', async () => {
    const rows = await db.sql<{ name: string; config: string[] }>(
      `select p.proname as name, p.proconfig as config
       from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       where n.nspname in ('api', 'app_private', 'public') and p.prosecdef`,
    )
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(row.config).toContain('search_path=""')
  })
})
