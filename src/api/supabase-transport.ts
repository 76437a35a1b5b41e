// Transport for a real Supabase project: supabase-js `rpc` on the `api` schema and Supabase Auth.
// Imported lazily by connect.ts, so the embedded database never ships to Supabase-mode users.
import { createClient, type User } from '@supabase/supabase-js'
import { ApiError } from './errors'
import type { Transport } from './transport'
import type { Session } from './types'

function toSession(user: User | null | undefined): Session | null {
  if (!user) return null
  const name = user.user_metadata?.display_name
  return {
    user_id: user.id,
    email: user.email ?? null,
    display_name: typeof name === 'string' ? name : null,
  }
}

export async function createSupabaseTransport(url: string, anonKey: string): Promise<Transport> {
  const client = createClient(url, anonKey, { db: { schema: 'api' } })
  const { data } = await client.auth.getSession()
  let session = toSession(data.session?.user)
  const listeners = new Set<(s: Session | null) => void>()
  client.auth.onAuthStateChange((_event, next) => {
    session = toSession(next?.user)
    for (const listener of listeners) listener(session)
  })

  return {
    kind: 'supabase',
    async rpc<T>(fn: string, args: Record<string, unknown> = {}) {
      const { data: result, error } = await client.rpc(fn, args)
      if (error) {
        // A failed fetch has no SQLSTATE; report it as a network problem.
        throw new ApiError({ ...error, code: error.code || 'NETWORK' })
      }
      return result as T
    },
    session: () => session,
    onSessionChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    async signOut() {
      await client.auth.signOut()
    },
  }
}
