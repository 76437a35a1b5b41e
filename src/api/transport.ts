import type { PhotoStore } from './photos'
import type { DemoAccount, Session } from './types'

/**
 * How the typed API reaches the database. Two implementations exist:
 * `embedded` (PGlite in a Web Worker, the default) and `supabase` (supabase-js).
 * Screens never see which one runs.
 */
export interface Transport {
  readonly kind: 'embedded' | 'supabase'
  /** Calls `api.<fn>` with named arguments, as the signed-in user (or anon). */
  rpc<T>(fn: string, args?: Record<string, unknown>): Promise<T>
  session(): Session | null
  onSessionChange(listener: (session: Session | null) => void): () => void
  signOut(): Promise<void>
  /**
   * Calls `listener` when vote counts change in the database, by anyone's vote: through Realtime
   * in Supabase mode, through a PGlite live query in embedded mode (where the other voters are
   * the demo accounts signed into this tab). Returns the function that stops listening.
   */
  onCountsChange?(listener: () => void): () => void
  /** Where proposal photos are kept. */
  photos: PhotoStore
  /** Supabase mode only: sign-in with an account of the project's Auth. */
  auth?: AccountAuth
  /** Embedded mode only: the seeded demo accounts and a one-click sign-in. */
  demoAccounts?(): Promise<DemoAccount[]>
  signInAsDemo?(userId: string): Promise<void>
}

/** Boot progress of a transport, shown while the embedded database starts. */
export interface BootProgress {
  stage: 'download' | 'restore' | 'migrate' | 'ready'
  /** 0..1 where known. */
  fraction: number | null
}

/** The ways of signing in a Supabase project may offer (VITE_AUTH_METHODS). */
export type AuthMethod = 'password' | 'magic_link' | 'phone'

/** Sign-in with real accounts (Supabase Auth). Refusals are ApiErrors with `auth_*` keys. */
export interface AccountAuth {
  methods: readonly AuthMethod[]
  signInWithPassword(email: string, password: string): Promise<void>
  /** Creates an account; 'confirm' when the project wants the address confirmed first. */
  signUp(email: string, password: string, displayName: string): Promise<'signed_in' | 'confirm'>
  /** Emails a one-click sign-in link back to this page. */
  sendMagicLink(email: string): Promise<void>
  sendPhoneCode(phone: string): Promise<void>
  verifyPhoneCode(phone: string, code: string): Promise<void>
}

const AUTH_METHODS: readonly AuthMethod[] = ['password', 'magic_link', 'phone']

/** The configured sign-in methods (comma-separated); password and email link by default. */
export function authMethods(value: string | undefined): AuthMethod[] {
  const asked = (value ?? 'password,magic_link')
    .split(',')
    .map((m) => m.trim())
    .filter((m): m is AuthMethod => (AUTH_METHODS as readonly string[]).includes(m))
  return asked.length > 0 ? [...new Set(asked)] : ['password', 'magic_link']
}
