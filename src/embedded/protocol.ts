// Messages between the app and the database worker.
import type { BootProgress } from '../api/transport'
import type { DemoAccount } from '../api/types'
import type { Claims } from './postgrest-call'

export type WorkerRequest =
  | { type: 'boot'; id: number; baseUrl: string }
  | { type: 'rpc'; id: number; claims: Claims; fn: string; args: Record<string, unknown> }
  | { type: 'demoAccounts'; id: number }
  /** Start or stop reporting changes of the vote counts (countsChanged messages). */
  | { type: 'watchCounts'; id: number }
  | { type: 'unwatchCounts'; id: number }
  | { type: 'reset'; id: number }

export interface SerializedError {
  code: string
  message: string
  details: string
  hint: string
}

export interface BootReport {
  /** How the database was obtained: reopened from IndexedDB, restored from the prebuilt
   * snapshot, or built by applying the SQL files. */
  mode: 'warm' | 'snapshot' | 'migrations'
  persistent: boolean
  milliseconds: number
}

export type WorkerResponse =
  | { type: 'progress'; progress: BootProgress }
  /** Vote counts changed in the database, while watched. */
  | { type: 'countsChanged' }
  | { type: 'result'; id: number; value: unknown }
  | { type: 'error'; id: number; error: SerializedError }

export type DemoAccountsResult = DemoAccount[]
