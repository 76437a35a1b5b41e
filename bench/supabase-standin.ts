// A local stand-in for what a Supabase project answers an anonymous visitor, for the memory
// benchmark of Supabase mode (no network, no Docker here): `/rest/v1/rpc/<fn>` runs the same
// PostgREST-style call as the embedded worker (src/embedded/postgrest-call.ts) on a PGlite
// restored from a snapshot, with the claims of the anon key as PostgREST would set them. Nothing
// else is offered: requests for other Supabase paths are answered 404 and listed, so a benchmark
// can say what the app asked for that the stand-in lacks.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { ApiError } from '../src/api/errors'
import { ApiCatalog, callApi, type Claims } from '../src/embedded/postgrest-call'
import { openSnapshot } from '../scripts/snapshot'
import type { Handler } from './memory-server'

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')

/**
 * A key shaped like Supabase's anon key (a JWT whose payload says `role: anon`); supabase-js and
 * Realtime read its payload, nobody checks the signature.
 */
export const STANDIN_ANON_KEY = [
  base64url({ alg: 'HS256', typ: 'JWT' }),
  base64url({ iss: 'supabase-standin', role: 'anon', iat: 0, exp: 4_102_444_800 }),
  'standin',
].join('.')

const SUPABASE_PATHS = /^\/(rest|auth|storage|realtime|functions)\/v1\//
const RPC_PATH = /^\/rest\/v1\/rpc\/([^/]+)$/

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers':
    'authorization, apikey, content-type, content-profile, accept-profile, prefer, x-client-info',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...CORS, 'Content-Type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(body))
}

/** The JWT's payload, as PostgREST puts it in `request.jwt.claims` (signature not checked). */
function claimsOf(req: IncomingMessage): Claims | null {
  const token = (req.headers.authorization ?? '').replace(/^Bearer /, '')
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString())
    return payload && payload.role === 'anon' ? (payload as Claims) : null
  } catch {
    return null
  }
}

async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  return text ? (JSON.parse(text) as Record<string, unknown>) : {}
}

/** PostgREST's statuses for the errors the API raises. */
function status(e: ApiError): number {
  if (e.code === 'PGRST202') return 404
  if (e.code === '42501') return 401
  return 400
}

export interface SupabaseStandin {
  handle: Handler
  /** Supabase paths requested that the stand-in does not offer, each once. */
  unanswered: Set<string>
  close(): Promise<void>
}

export async function supabaseStandin(snapshotPath: string): Promise<SupabaseStandin> {
  const { db, runner } = await openSnapshot(snapshotPath)
  const catalog = new ApiCatalog(db)
  const unanswered = new Set<string>()

  const handle: Handler = async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (!SUPABASE_PATHS.test(url.pathname)) return false
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS)
      res.end()
      return true
    }
    const fn = RPC_PATH.exec(url.pathname)?.[1]
    if (!fn || (req.method !== 'POST' && req.method !== 'GET')) {
      unanswered.add(`${req.method} ${url.pathname}`)
      send(res, 404, { code: 'PGRST000', message: 'not offered by the stand-in' })
      return true
    }
    const claims = claimsOf(req)
    if (!claims) {
      send(res, 401, { code: 'PGRST301', message: 'the stand-in serves the anon role only' })
      return true
    }
    try {
      const args = req.method === 'GET' ? Object.fromEntries(url.searchParams) : await body(req)
      send(res, 200, await callApi(runner, catalog, claims, fn, args))
    } catch (e) {
      // callApi throws ApiErrors; a body that is not JSON is PostgREST's PGRST102.
      const error =
        e instanceof ApiError ? e : new ApiError({ code: 'PGRST102', message: String(e) })
      send(res, status(error), {
        code: error.code,
        message: error.message,
        details: error.details || null,
        hint: error.hint || null,
      })
    }
    return true
  }

  return { handle, unanswered, close: () => db.close() }
}
