import { useSyncExternalStore } from 'react'
import { bootState, subscribeBoot, type BootState } from './boot'

/** The API once the database is up, with progress and failure on the way. */
export function useBoot(): BootState {
  return useSyncExternalStore(subscribeBoot, bootState)
}
