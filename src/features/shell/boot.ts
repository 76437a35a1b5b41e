// Starts the API once per page (React's development double effects must not start a
// second database) and lets any number of components watch the progress.
import type { Api } from '../../api/client'
import { ApiError } from '../../api/errors'
import { connectApi } from '../../api/connect'
import type { BootProgress } from '../../api/transport'

/**
 * Last-resort limit: give up waiting after this long, so a silent hang becomes a visible error.
 * The embedded transport has its own, shorter limit (code BOOT_TIMEOUT).
 */
export const BOOT_TIMEOUT_MS = 150_000

export class BootTimeoutError extends Error {
  constructor() {
    super(`The database did not start within ${BOOT_TIMEOUT_MS / 1000} s`)
    this.name = 'BootTimeoutError'
  }
}

/** True for our own limit and for the transport's. */
export function isBootTimeout(error: unknown): boolean {
  return (
    error instanceof BootTimeoutError ||
    (error instanceof ApiError && error.code === 'BOOT_TIMEOUT')
  )
}

export type BootState =
  | { status: 'booting'; progress: BootProgress | null }
  | { status: 'ready'; api: Api }
  | { status: 'failed'; error: unknown }

type Listener = (state: BootState) => void

let state: BootState = { status: 'booting', progress: null }
let started = false
const listeners = new Set<Listener>()

function publish(next: BootState): void {
  state = next
  listeners.forEach((l) => l(next))
}

function start(): void {
  if (started) return
  started = true
  const timer = setTimeout(() => {
    if (state.status === 'booting') publish({ status: 'failed', error: new BootTimeoutError() })
  }, BOOT_TIMEOUT_MS)
  connectApi((progress) => {
    if (state.status === 'booting') publish({ status: 'booting', progress })
  }).then(
    (api) => {
      clearTimeout(timer)
      publish({ status: 'ready', api })
    },
    (error: unknown) => {
      clearTimeout(timer)
      console.error('boot failed', error)
      publish({ status: 'failed', error })
    },
  )
}

/** The current boot state; starts the boot on first use. */
export function bootState(): BootState {
  start()
  return state
}

/** Calls `listener` on every change; returns the unsubscribe function. */
export function subscribeBoot(listener: Listener): () => void {
  start()
  listeners.add(listener)
  return () => listeners.delete(listener)
}
