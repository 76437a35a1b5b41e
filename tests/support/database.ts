// The database the DB tests run against: PGlite + PostGIS restored from the prebuilt snapshot
// (default), or a fresh PostgreSQL 15 + PostGIS database cloned from a template (npm run test:pg).
// Either way API calls go through callApi, the code the app's embedded worker runs.
import { randomUUID } from 'node:crypto'
import pg from 'pg'
import { inject } from 'vitest'
import { ApiCatalog, callApi, type Claims, type SqlRunner } from '../../src/embedded/postgrest-call'
import { poolRunner } from '../../scripts/postgres/runner'
import { openSnapshot } from '../../scripts/snapshot'

export interface TestDatabase {
  readonly kind: 'pglite' | 'postgres'
  /** As the database owner: fixtures and inspection, no RLS. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>
  /** An API call exactly as PostgREST makes it for these claims. */
  call<T = unknown>(who: Claims, fn: string, args?: Record<string, unknown>): Promise<T>
  /** Raw SQL as the role in the claims, in one transaction: attacks on tables behind the API.
   * `isolation` opens that transaction at another level (parallel-session attacks). */
  as<T = Record<string, unknown>>(
    who: Claims,
    text: string,
    params?: unknown[],
    opts?: { isolation?: IsolationLevel },
  ): Promise<T[]>
  /** The runner underneath, for code that takes one (the volume generator). */
  readonly runner: SqlRunner
  close(): Promise<void>
}

export const TEMPLATE_DB = 'qatysu_template'

export type IsolationLevel = 'read committed' | 'repeatable read' | 'serializable'
export const ISOLATION_LEVELS: IsolationLevel[] = [
  'read committed',
  'repeatable read',
  'serializable',
]

async function asRole<T>(
  db: SqlRunner,
  who: Claims,
  text: string,
  params: unknown[],
  isolation?: IsolationLevel,
) {
  return db.transaction(async (tx) => {
    // Must come before any other statement of the transaction.
    if (isolation) await tx.query(`set transaction isolation level ${isolation}`)
    await tx.query(`select set_config('role', $1, true)`, [who.role])
    await tx.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify(who)])
    return (await tx.query<T>(text, params)).rows
  })
}

function wrap(
  kind: TestDatabase['kind'],
  runner: SqlRunner,
  close: () => Promise<void>,
): TestDatabase {
  const catalog = new ApiCatalog(runner)
  return {
    kind,
    runner,
    sql: async <T>(text: string, params: unknown[] = []) =>
      (await runner.query<T>(text, params)).rows,
    call: <T>(who: Claims, fn: string, args: Record<string, unknown> = {}) =>
      callApi<T>(runner, catalog, who, fn, args),
    as: <T>(
      who: Claims,
      text: string,
      params: unknown[] = [],
      opts: { isolation?: IsolationLevel } = {},
    ) => asRole<T>(runner, who, text, params, opts.isolation),
    close,
  }
}

async function openPglite(): Promise<TestDatabase> {
  const snapshot = inject('snapshotPath')
  if (!snapshot) throw new Error('no database snapshot: run the tests through vitest (globalSetup)')
  const { db, runner } = await openSnapshot(snapshot)
  return wrap('pglite', runner, () => db.close())
}

async function openPostgres(adminUrl: string): Promise<TestDatabase> {
  const name = `qatysu_test_${randomUUID().replaceAll('-', '').slice(0, 12)}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`create database ${name} template ${TEMPLATE_DB}`)
  await admin.end()
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  // Several connections, so concurrent calls really run concurrently.
  const pool = new pg.Pool({ connectionString: url.toString(), max: 8 })
  // An idle connection's error would otherwise be unhandled; one still closing when its
  // database is dropped is told so by the server (57P01), which is expected at the end.
  let closing = false
  let idleError: unknown = null
  pool.on('error', (e: Error & { code?: string }) => {
    if (!(closing && e.code === '57P01')) idleError ??= e
  })
  const runner = poolRunner(pool)
  return wrap('postgres', runner, async () => {
    closing = true
    await pool.end()
    const drop = new pg.Client({ connectionString: adminUrl })
    await drop.connect()
    await drop.query(`drop database if exists ${name} with (force)`)
    await drop.end()
    if (idleError) throw idleError
  })
}

/** A fresh database per test file, with the shim, migrations and seed applied. */
export async function openTestDatabase(): Promise<TestDatabase> {
  const url = process.env.QATYSU_PG_URL
  const db = url ? await openPostgres(url) : await openPglite()
  // scripts/check-rules-tested.ts removes one rule at a time and expects the suite to fail.
  const mutation = process.env.QATYSU_MUTATION
  if (mutation) await db.sql(mutation)
  return db
}
