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
