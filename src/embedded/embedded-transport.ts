// The default transport: the API runs on PGlite in a Web Worker, in this browser, offline.
// Sign-in is a choice among the seeded demo accounts; the session lives in localStorage.
import { localPhotoStore } from './localPhotos'
import { ApiError } from '../api/errors'
import type { BootProgress, Transport } from '../api/transport'
import type { DemoAccount, Session } from '../api/types'
import type { Claims } from './postgrest-call'
import type { BootReport, WorkerRequest, WorkerResponse } from './protocol'

const SESSION_KEY = 'qatysu.embedded.session'
/** PGlite hangs silently when a Content-Security-Policy blocks WebAssembly: never wait forever. */
const BOOT_TIMEOUT_MS = 120_000

type Pending = { resolve: (v: unknown) => void; reject: (e: unknown) => void }
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never

function readSession(): Session | null {
  try {
    const raw = localStorage.getItem(SESSION_KEY)
    return raw ? (JSON.parse(raw) as Session) : null
  } catch {
    return null
  }
}

function claimsFor(session: Session | null): Claims {
  if (!session) return { role: 'anon' }
  return {
    role: 'authenticated',
    aud: 'authenticated',
    sub: session.user_id,
    email: session.email ?? undefined,
    app_metadata: { provider: 'demo' },
  }
}

export interface EmbeddedTransport extends Transport {
  readonly boot: BootReport
  /** Deletes the local database; the next start restores the demo data. */
  resetLocalData(): Promise<void>
}

export async function createEmbeddedTransport(
  onProgress?: (p: BootProgress) => void,
): Promise<EmbeddedTransport> {
  const worker = new Worker(new URL('./database.worker.ts', import.meta.url), { type: 'module' })
  const pending = new Map<number, Pending>()
  let nextId = 1
  const countsListeners = new Set<() => void>()

  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const message = event.data
    if (message.type === 'progress') {
      onProgress?.(message.progress)
      return
    }
    if (message.type === 'countsChanged') {
      for (const listener of countsListeners) listener()
      return
    }
    const waiting = pending.get(message.id)
    if (!waiting) return
    pending.delete(message.id)
    if (message.type === 'result') waiting.resolve(message.value)
    else waiting.reject(new ApiError(message.error))
  }
  worker.onerror = (event) => {
    const error = new ApiError({ code: 'WORKER', message: event.message || 'worker_failed' })
    for (const waiting of pending.values()) waiting.reject(error)
    pending.clear()
  }

  function request<T>(message: WithoutId<WorkerRequest>): Promise<T> {
    const id = nextId++
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject })
      worker.postMessage({ ...message, id } as WorkerRequest)
    })
  }

  const boot = await Promise.race([
    request<BootReport>({
      type: 'boot',
      baseUrl: new URL(import.meta.env.BASE_URL, location.href).href,
    }),
    new Promise<never>((_, reject) =>
      setTimeout(
        () => reject(new ApiError({ code: 'BOOT_TIMEOUT', message: 'database_boot_timeout' })),
        BOOT_TIMEOUT_MS,
      ),
    ),
  ]).catch((e: unknown) => {
    worker.terminate()
    throw e
  })

  // Read by the start-up benchmark (bench/) and visible in the browser's performance panel.
  performance.mark('qatysu:database-ready', { detail: boot })

  let session = readSession()
  const listeners = new Set<(s: Session | null) => void>()
  const setSession = (next: Session | null) => {
    session = next
    if (next) localStorage.setItem(SESSION_KEY, JSON.stringify(next))
    else localStorage.removeItem(SESSION_KEY)
    for (const listener of listeners) listener(next)
  }

  return {
    kind: 'embedded',
    boot,
    rpc: <T>(fn: string, args: Record<string, unknown> = {}) =>
      request<T>({ type: 'rpc', claims: claimsFor(session), fn, args }),
    session: () => session,
    onSessionChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    // The worker runs its live query only while someone listens: from the first listener to
    // the last one leaving. Live counts are a convenience; failing to watch them breaks nothing.
    onCountsChange(listener) {
      if (countsListeners.size === 0) {
        request<null>({ type: 'watchCounts' }).catch((e: unknown) =>
          console.warn('live vote counts are unavailable', e),
        )
      }
      countsListeners.add(listener)
      return () => {
        if (countsListeners.delete(listener) && countsListeners.size === 0) {
          request<null>({ type: 'unwatchCounts' }).catch(() => {})
        }
      }
    },
    async signOut() {
      setSession(null)
    },
    photos: localPhotoStore(),
    demoAccounts: () => request<DemoAccount[]>({ type: 'demoAccounts' }),
    async signInAsDemo(userId: string) {
      const accounts = await request<DemoAccount[]>({ type: 'demoAccounts' })
      const account = accounts.find((a) => a.user_id === userId)
      if (!account) throw new ApiError({ code: 'QA001', message: 'unknown_demo_account' })
      setSession({
        user_id: account.user_id,
        email: account.email,
        display_name: account.display_name,
      })
    },
    async resetLocalData() {
      await request<null>({ type: 'reset' })
      setSession(null)
    },
  }
}
