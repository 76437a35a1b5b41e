// What the bare start page and its worker say to each other, and what the page offers the runner
// (bench/embedded-start.ts, bench/memory.ts).

/** Marked (performance.mark) on the page when the worker's database answers, as the app marks
 * `qatysu:database-ready`. */
export const BARE_READY_MARK = 'bench:database-ready'

/** `snapshot`: an URL of a gzipped data directory to restore instead of `create extension`. */
export interface BareRequest {
  snapshot: string | null
}

/** Milliseconds in the worker: PGlite ready (initdb or restore, extension bundles loaded), then
 * `create extension postgis` (0 when restoring). The page puts them in its mark's detail. */
export interface BareStages {
  openMs: number
  createExtensionMs: number
}

export type BareResponse = ({ type: 'ready' } & BareStages) | { type: 'error'; message: string }

/** Set on the page when the worker failed. */
export interface BareWindow {
  __benchError?: string
}
