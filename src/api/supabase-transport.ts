// Transport for a real Supabase project: supabase-js `rpc` on the `api` schema and Supabase Auth.
// Imported lazily by connect.ts, so the embedded database never ships to Supabase-mode users.
import { createClient, type AuthError, type User } from '@supabase/supabase-js'
import { ApiError, authErrorKey } from './errors'
import { photoExtension, type PhotoStore } from './photos'
import type { AccountAuth, AuthMethod, Transport } from './transport'
import type { Session } from './types'

function makeClient(url: string, key: string) {
  return createClient(url, key, { db: { schema: 'api' } })
}
export type ApiClient = ReturnType<typeof makeClient>

function toSession(user: User | null | undefined): Session | null {
  if (!user) return null
  const name = user.user_metadata?.display_name
  return {
    user_id: user.id,
    email: user.email ?? null,
    display_name: typeof name === 'string' ? name : null,
  }
}

/** Throws an Auth refusal as an ApiError with a translatable key. */
function check(error: AuthError | null): void {
  if (error)
    throw new ApiError({
      code: error.code ?? 'AUTH',
      message: error.message,
      key: authErrorKey(error.code),
    })
}

function accountAuth(client: ApiClient, methods: readonly AuthMethod[]): AccountAuth {
  return {
    methods,
    async signInWithPassword(email, password) {
      check((await client.auth.signInWithPassword({ email, password })).error)
    },
    async signUp(email, password, displayName) {
      const { data, error } = await client.auth.signUp({
        email,
        password,
        // The profiles trigger takes the display name from the account's metadata.
        options: { data: { display_name: displayName }, emailRedirectTo: window.location.href },
      })
      check(error)
      return data.session ? 'signed_in' : 'confirm'
    },
    async sendMagicLink(email) {
      check(
        (
          await client.auth.signInWithOtp({
            email,
            options: { emailRedirectTo: window.location.href },
          })
        ).error,
      )
    },
    async sendPhoneCode(phone) {
      check((await client.auth.signInWithOtp({ phone })).error)
    },
    async verifyPhoneCode(phone, code) {
      check((await client.auth.verifyOtp({ phone, token: code, type: 'sms' })).error)
    },
  }
}

/** The public Storage bucket of proposal photos (its migration sets the same limits). */
export const PHOTO_BUCKET = 'proposal-photos'

/** Photos in Supabase Storage, each under its uploader's folder (what the bucket's policy allows). */
function storagePhotos(client: ApiClient, user: () => string | null): PhotoStore {
  const bucket = () => client.storage.from(PHOTO_BUCKET)
  return {
    async put(file) {
      const owner = user()
      if (!owner) throw new ApiError({ code: 'QA001', message: 'sign_in_required' })
      const path = `${owner}/${crypto.randomUUID()}.${photoExtension(file.type)}`
      const { error } = await bucket().upload(path, file, { contentType: file.type, upsert: false })
      if (error)
        throw new ApiError({ code: 'STORAGE', message: error.message, key: 'photo_upload_failed' })
      return path
    },
    async url(path) {
      return bucket().getPublicUrl(path).data.publicUrl
    },
  }
}

export async function createSupabaseTransport(
  url: string,
  anonKey: string,
  methods: readonly AuthMethod[],
  /** For tests: a client made elsewhere. */
  make: (url: string, key: string) => ApiClient = makeClient,
): Promise<Transport> {
  const client = make(url, anonKey)
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
    onCountsChange(listener) {
      const channel = client
        .channel('proposal-tallies')
        .on('postgres_changes', { event: '*', schema: 'public', table: 'proposal_tallies' }, () =>
          listener(),
        )
        .subscribe()
      return () => void client.removeChannel(channel)
    },
    auth: accountAuth(client, methods),
    photos: storagePhotos(client, () => session?.user_id ?? null),
  }
}
