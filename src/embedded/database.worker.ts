/// <reference lib="webworker" />
// Hosts the embedded PGlite + PostGIS database off the main thread and answers API calls.
import { PGlite, type PGliteInterfaceExtensions } from '@electric-sql/pglite'
import { live } from '@electric-sql/pglite/live'
import { postgis } from '@electric-sql/pglite-postgis'
import { applySources } from './apply-sources'
import { watchCounts } from './liveCounts'
import { ApiCatalog, callApi } from './postgrest-call'
import type { BootReport, WorkerRequest, WorkerResponse } from './protocol'
import { schemaSources } from './sql-sources'
import { listDemoAccounts } from './demo-accounts'

declare const self: DedicatedWorkerGlobalScope

const DB_PREFIX = 'qatysu-'
/** Every database the worker opens has both: PostGIS for the schema, live queries for the counts. */
const EXTENSIONS = { postgis, live }
type Database = PGlite & PGliteInterfaceExtensions<typeof EXTENSIONS>
let db: Database | null = null
let catalog: ApiCatalog | null = null
/** The live query on the vote counts while the app listens; it resolves to its stop function. */
let counts: Promise<() => Promise<void>> | null = null

/** Options only: `new PGlite(undefined, options)` would ignore the options (no extensions, no
 * snapshot) where there is no IndexedDB and so no data directory. */
function openDatabase(dataDir: string | undefined, loadDataDir?: Blob): Database {
  return new PGlite({ dataDir, extensions: EXTENSIONS, loadDataDir }) as Database
}

function post(message: WorkerResponse) {
  self.postMessage(message)
}

function progress(stage: 'download' | 'restore' | 'migrate' | 'ready', fraction: number | null) {
  post({ type: 'progress', progress: { stage, fraction } })
}

interface Manifest {
  hash: string
  file: string
  bytes: number
}

async function fetchManifest(baseUrl: string): Promise<Manifest | null> {
  try {
    const res = await fetch(`${baseUrl}embedded/manifest.json`, { cache: 'no-cache' })
    return res.ok ? ((await res.json()) as Manifest) : null
  } catch {
    return null
  }
}

async function download(url: string, expected: number): Promise<Blob> {
  const res = await fetch(url)
  if (!res.ok || !res.body) throw new Error(`snapshot download failed: HTTP ${res.status}`)
  const reader = res.body.getReader()
  const chunks: Uint8Array<ArrayBuffer>[] = []
  let received = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    received += value.length
    progress('download', expected > 0 ? Math.min(received / expected, 1) : null)
  }
  return new Blob(chunks)
}

async function idbNames(): Promise<string[]> {
  if (typeof indexedDB === 'undefined' || !indexedDB.databases) return []
  return (await indexedDB.databases()).map((d) => d.name ?? '')
}

function deleteIdb(name: string): Promise<void> {
  return new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(name)
    req.onsuccess = req.onerror = req.onblocked = () => resolve()
  })
}

/** PGlite keeps an idb:// database in IndexedDB under "/pglite/<name>". */
const idbName = (name: string) => `/pglite/${name}`

async function isComplete(candidate: PGlite): Promise<boolean> {
  try {
    await candidate.query('select 1 from public.budget_cycles limit 1')
    return true
  } catch {
    return false
  }
}

async function open(baseUrl: string): Promise<BootReport> {
  const started = performance.now()
  const manifest = await fetchManifest(baseUrl)
  const name = DB_PREFIX + (manifest?.hash ?? 'dev')
  const persistent = typeof indexedDB !== 'undefined'
  const dataDir = persistent ? `idb://${name}` : undefined
  const existing = await idbNames()

  // Databases of older schema versions are dropped: the embedded database is a local demo.
  for (const old of existing.filter(
    (n) => n.startsWith(idbName(DB_PREFIX)) && n !== idbName(name),
  )) {
    await deleteIdb(old)
  }

  if (persistent && manifest && existing.includes(idbName(name))) {
    progress('restore', null)
    const warm = openDatabase(dataDir)
    if (await isComplete(warm)) {
      db = warm
      return { mode: 'warm', persistent, milliseconds: performance.now() - started }
    }
    await warm.close()
    await deleteIdb(idbName(name))
  }

  if (manifest) {
    const blob = await download(`${baseUrl}embedded/${manifest.file}`, manifest.bytes)
    progress('restore', null)
    db = openDatabase(dataDir, blob)
    await db.waitReady
    return { mode: 'snapshot', persistent, milliseconds: performance.now() - started }
  }

  progress('migrate', 0)
  db = openDatabase(dataDir)
  await applySources(db, await schemaSources(), (done, total) => progress('migrate', done / total))
  return { mode: 'migrations', persistent, milliseconds: performance.now() - started }
}

async function handle(request: WorkerRequest): Promise<unknown> {
  switch (request.type) {
    case 'boot': {
      const report = await open(request.baseUrl)
      catalog = new ApiCatalog(db!)
      progress('ready', 1)
      return report
    }
    case 'rpc':
      if (!db || !catalog) throw new Error('database not booted')
      return callApi(db, catalog, request.claims, request.fn, request.args)
    case 'demoAccounts':
      if (!db) throw new Error('database not booted')
      return listDemoAccounts(db)
    case 'watchCounts': {
      if (!db) throw new Error('database not booted')
      // Set before any await: an unwatchCounts sent right after this request finds it.
      if (!counts) {
        const started = watchCounts(db.live, () => post({ type: 'countsChanged' }))
        started.catch(() => {
          if (counts === started) counts = null
        })
        counts = started
      }
      await counts
      return null
    }
    case 'unwatchCounts': {
      const watching = counts
      counts = null
      if (watching) await (await watching)()
      return null
    }
    case 'reset': {
      const names = await idbNames()
      counts = null
      await db?.close()
      db = null
      catalog = null
      for (const n of names.filter((n) => n.startsWith(idbName(DB_PREFIX)))) await deleteIdb(n)
      return null
    }
  }
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data
  try {
    post({ type: 'result', id: request.id, value: await handle(request) })
  } catch (e) {
    const err = e as {
      code?: string
      message?: string
      details?: string
      detail?: string
      hint?: string
    }
    post({
      type: 'error',
      id: request.id,
      error: {
        code: err.code ?? '',
        message: err.message ?? String(e),
        details: err.details ?? err.detail ?? '',
        hint: err.hint ?? '',
      },
    })
  }
}
