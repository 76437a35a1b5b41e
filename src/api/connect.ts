// Chooses the transport: a Supabase project when VITE_SUPABASE_URL and VITE_SUPABASE_ANON_KEY are
// set, otherwise the embedded database. Each transport is its own lazy chunk.
import { createApi, type Api } from './client'
import { authMethods, type BootProgress } from './transport'

export function supabaseConfig(env: Record<string, string | undefined>) {
  const url = env.VITE_SUPABASE_URL?.trim()
  const key = env.VITE_SUPABASE_ANON_KEY?.trim()
  if (!url && !key) return null
  if (!url || !key) {
    throw new Error(
      'Set both VITE_SUPABASE_URL and VITE_SUPABASE_ANON_KEY to use Supabase, or neither to use the embedded database.',
    )
  }
  return { url, key }
}

export async function connectApi(onProgress?: (p: BootProgress) => void): Promise<Api> {
  const config = supabaseConfig(import.meta.env)
  if (config) {
    const { createSupabaseTransport } = await import('./supabase-transport')
    const methods = authMethods(import.meta.env.VITE_AUTH_METHODS)
    return createApi(await createSupabaseTransport(config.url, config.key, methods))
  }
  const { createEmbeddedTransport } = await import('../embedded/embedded-transport')
  return createApi(await createEmbeddedTransport(onProgress))
}
