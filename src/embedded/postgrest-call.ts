// Runs one API call the way PostgREST does: one transaction, `set local role` to the role in the
// caller's JWT claims, `request.jwt.claims` set to those claims, then `select api.<fn>(name => …)`.
// Used by the embedded worker and by the database tests, against PGlite or PostgreSQL.
import { ApiError } from '../api/errors'

export interface SqlSession {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>
}

export interface SqlRunner extends SqlSession {
  transaction<T>(fn: (tx: SqlSession) => Promise<T>): Promise<T>
}

/** JWT claims as Supabase Auth issues them; `role` picks the database role. */
export interface Claims {
  role: 'anon' | 'authenticated' | 'service_role'
  sub?: string
  email?: string
  aud?: string
  [claim: string]: unknown
}

export const ANON: Claims = { role: 'anon' }

interface Signature {
  argNames: string[]
  argTypes: string[]
  returnsSet: boolean
}

const FUNCTION_NAME = /^[a-z_][a-z0-9_]*$/

/** Signatures of `api` functions, looked up once per database. */
export class ApiCatalog {
  private readonly cache = new Map<string, Promise<Signature>>()

  constructor(private readonly db: SqlSession) {}

  signature(fn: string): Promise<Signature> {
    let found = this.cache.get(fn)
    if (!found) {
      found = this.lookup(fn)
      this.cache.set(fn, found)
      found.catch(() => this.cache.delete(fn))
    }
    return found
  }

  private async lookup(fn: string): Promise<Signature> {
    const { rows } = await this.db.query<{
      names: string[] | null
      types: string[]
      retset: boolean
      nargs: number
    }>(
      `select p.proargnames as names,
              array(select format_type(t, null) from unnest(p.proargtypes) t) as types,
              p.proretset as retset, p.pronargs as nargs
       from pg_catalog.pg_proc p
       join pg_catalog.pg_namespace n on n.oid = p.pronamespace
       where n.nspname = 'api' and p.proname = $1`,
      [fn],
    )
    if (rows.length !== 1) {
      throw new ApiError({ code: 'PGRST202', message: `api.${fn} not found` })
    }
    const row = rows[0]!
    // Input arguments come first in proargnames; RETURNS TABLE columns follow them.
    return {
      argNames: (row.names ?? []).slice(0, row.nargs),
      argTypes: row.types,
      returnsSet: row.retset,
    }
  }
}

/** Deepest nesting of arrays and objects an argument may have. */
export const MAX_ARGUMENT_DEPTH = 32
/** Most characters all arguments of one call may take together, as sent to the database. */
export const MAX_ARGUMENTS_LENGTH = 1_000_000

/** Nesting depth of a JSON value (a scalar is 0), counted without recursion. */
function depthOf(value: unknown, limit: number): number {
  let deepest = 0
  const stack: [unknown, number][] = [[value, 0]]
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!
    if (v === null || typeof v !== 'object') continue
    if (depth + 1 > deepest) deepest = depth + 1
    if (deepest > limit) return deepest
    for (const child of Object.values(v)) stack.push([child, depth + 1])
  }
  return deepest
}

/** A refusal raised before the database is asked, shaped like the database's own (QA001). */
const refuse = (key: string, details: string) =>
  new ApiError({ code: 'QA001', message: key, details })

function serialise(value: unknown): unknown {
  if (value === null || value === undefined) return null
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

/** Builds the SQL text and parameters of one call. */
export function buildCall(
  fn: string,
  sig: Signature,
  args: Record<string, unknown>,
): { sql: string; params: unknown[] } {
  const params: unknown[] = []
  const named: string[] = []
  let length = 0
  for (const [name, value] of Object.entries(args)) {
    const i = sig.argNames.indexOf(name)
    if (i < 0) {
      throw new ApiError({ code: 'PGRST202', message: `api.${fn} has no argument ${name}` })
    }
    // PostgreSQL parses a json/jsonb argument recursively: nesting thousands deep ends in
    // "stack depth limit exceeded" (54001), in PGlite possibly in a crashed worker. Refused here,
    // with a key, before the database sees it; so is an argument of absurd size.
    if (depthOf(value, MAX_ARGUMENT_DEPTH) > MAX_ARGUMENT_DEPTH) {
      throw refuse('input_too_complex', name)
    }
    const serialised = serialise(value)
    length += typeof serialised === 'string' ? serialised.length : 0
    if (length > MAX_ARGUMENTS_LENGTH) throw refuse('input_too_large', name)
    params.push(serialised)
    named.push(`${name} => $${params.length}::${sig.argTypes[i]}`)
  }
  const call = `api.${fn}(${named.join(', ')})`
  // json, not jsonb, as PostgREST builds its bodies: a json result (a large map layer) passes
  // through as text instead of being parsed into jsonb and printed again.
  const sql = sig.returnsSet
    ? `select coalesce(json_agg(r), '[]'::json) as result from ${call} r`
    : `select to_json(${call}) as result`
  return { sql, params }
}

function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e
  const err = e as { code?: string; message?: string; detail?: string; hint?: string }
  return new ApiError({
    code: err.code ?? '',
    message: err.message ?? String(e),
    details: err.detail ?? '',
    hint: err.hint ?? '',
  })
}

/** Calls `api.<fn>` as the holder of `claims`, in one transaction. */
export async function callApi<T>(
  db: SqlRunner,
  catalog: ApiCatalog,
  claims: Claims,
  fn: string,
  args: Record<string, unknown> = {},
): Promise<T> {
  if (!FUNCTION_NAME.test(fn)) {
    throw new ApiError({ code: 'PGRST202', message: `invalid function name ${fn}` })
  }
  try {
    const sig = await catalog.signature(fn)
    const { sql, params } = buildCall(fn, sig, args)
    return await db.transaction(async (tx) => {
      // One statement, as PostgREST sets up its transaction: a round trip less per setting.
      await tx.query(
        `select set_config('role', $1, true), set_config('request.jwt.claims', $2, true),
                set_config('search_path', 'api, public, extensions', true)`,
        [claims.role, JSON.stringify(claims)],
      )
      const { rows } = await tx.query<{ result: T }>(sql, params)
      return rows[0]!.result
    })
  } catch (e) {
    throw toApiError(e)
  }
}
