/// <reference lib="webworker" />
// The bare boot the benchmarks compare the app's database with: a PGlite with the app worker's
// extensions (postgis, live), in memory (no IndexedDB), and PostGIS created — what any page that
// wants PostGIS in the browser pays before it has a table. With a snapshot URL it instead restores
// that data directory, as the app does, but keeps it only in memory.
import { PGlite } from '@electric-sql/pglite'
import { live } from '@electric-sql/pglite/live'
import { postgis } from '@electric-sql/pglite-postgis'
import type { BareRequest, BareResponse, BareStages } from './protocol'

declare const self: DedicatedWorkerGlobalScope

const EXTENSIONS = { postgis, live }
/** Kept referenced: the memory benchmark measures the tab while the database is open. */
let db: PGlite | null = null

async function boot(snapshot: string | null): Promise<BareStages> {
  const started = performance.now()
  if (!snapshot) {
    db = new PGlite({ extensions: EXTENSIONS })
    await db.waitReady
    const opened = performance.now()
    await db.exec('create extension postgis')
    return { openMs: opened - started, createExtensionMs: performance.now() - opened }
  }
  const res = await fetch(snapshot)
  if (!res.ok) throw new Error(`snapshot download failed: HTTP ${res.status}`)
  db = new PGlite({ extensions: EXTENSIONS, loadDataDir: await res.blob() })
  await db.query('select 1')
  return { openMs: performance.now() - started, createExtensionMs: 0 }
}

self.onmessage = async (event: MessageEvent<BareRequest>) => {
  const post = (message: BareResponse) => self.postMessage(message)
  try {
    post({ type: 'ready', ...(await boot(event.data.snapshot)) })
  } catch (e) {
    post({ type: 'error', message: String(e) })
  }
}
