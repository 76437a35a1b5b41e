// The database the command-line tools read, anonymously: the embedded one (the prebuilt PGlite
// snapshot, built if missing or out of date), or a Supabase project when its URL and anon key
// are in the environment (VITE_SUPABASE_URL and VITE_SUPABASE_ANON_KEY, or SUPABASE_URL and
// SUPABASE_ANON_KEY). Read-only: every call is made as the anonymous role.
import { fileURLToPath } from 'node:url'
import { createApi, type Api } from '../src/api/client'
import { supabaseConfig } from '../src/api/connect'
import { ANON, ApiCatalog, callApi } from '../src/embedded/postgrest-call'
import { readOnlyTransport } from '../src/export/readOnlyTransport'

export interface Connection {
  api: Api
  where: string
  close(): Promise<void>
}

/**
 * Node 20 has no WebSocket, which supabase-js's Realtime client asks for when it is made. The
 * command line never subscribes to anything, so one that is never opened stands in for it.
 */
class NoRealtime {
  constructor() {
    throw new Error('the command line does not use Realtime')
  }
}

async function connectSupabase(url: string, key: string): Promise<Connection> {
  const [{ createClient }, { createSupabaseTransport }] = await Promise.all([
    import('@supabase/supabase-js'),
    import('../src/api/supabase-transport'),
  ])
  const transport = await createSupabaseTransport(url, key, [], (u, k) =>
    createClient(u, k, {
      db: { schema: 'api' },
      auth: { persistSession: false, autoRefreshToken: false },
      realtime: { transport: globalThis.WebSocket ?? NoRealtime },
    }),
  )
  return { api: createApi(transport), where: `Supabase project ${url}`, close: async () => {} }
}

async function connectEmbedded(): Promise<Connection> {
  const { ensureSnapshot, openSnapshot } = await import('./snapshot')
  const root = fileURLToPath(new URL('..', import.meta.url))
  const { db, runner } = await openSnapshot(await ensureSnapshot(root, (m) => console.error(m)))
  const catalog = new ApiCatalog(runner)
  const transport = readOnlyTransport('embedded', (fn, args) =>
    callApi(runner, catalog, ANON, fn, args),
  )
  return { api: createApi(transport), where: 'the embedded database', close: () => db.close() }
}

export function connect(): Promise<Connection> {
  const env = process.env
  const config = supabaseConfig({
    VITE_SUPABASE_URL: env.VITE_SUPABASE_URL ?? env.SUPABASE_URL,
    VITE_SUPABASE_ANON_KEY: env.VITE_SUPABASE_ANON_KEY ?? env.SUPABASE_ANON_KEY,
  })
  return config ? connectSupabase(config.url, config.key) : connectEmbedded()
}
