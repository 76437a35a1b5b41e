// Builds the prebuilt data directory of the embedded database: PGlite + PostGIS with the shim,
// all migrations and the seed applied. The app loads it at first start instead of replaying the
// SQL (seconds instead of tens of seconds); the tests restore it once per test file.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'
import { applySources } from '../src/embedded/apply-sources'
import type { SqlRunner } from '../src/embedded/postgrest-call'
import { schemaFiles, schemaHash } from './schema-hash'

export interface SnapshotManifest {
  hash: string
  file: string
  bytes: number
  builtAt: string
}

export const SNAPSHOT_DIR = 'public/embedded'
export const SNAPSHOT_FILE = 'qatysu-db.tar.gz'

export async function buildDatabase(root: string): Promise<PGlite> {
  const db = new PGlite({ extensions: { postgis } })
  const sources = schemaFiles(root).map((file) => ({
    name: relative(root, file),
    sql: readFileSync(file, 'utf8'),
  }))
  await applySources(db, sources)
  return db
}

/**
 * The snapshot restored into a PGlite in Node, with the search path Supabase gives the API roles
 * (PostGIS found unqualified), and a runner for `callApi`: the tests and `npm run export`.
 */
export async function openSnapshot(path: string): Promise<{ db: PGlite; runner: SqlRunner }> {
  const db = new PGlite({ extensions: { postgis }, loadDataDir: new Blob([readFileSync(path)]) })
  await db.waitReady
  await db.exec(`set search_path = "$user", public, extensions`)
  const runner: SqlRunner = {
    query: (text, params) => db.query(text, params),
    transaction: (fn) => db.transaction((tx) => fn(tx)),
  }
  return { db, runner }
}

/** A WAL segment's file name: timeline, log and segment, 8 hex digits each. */
const WAL_SEGMENT = /^[0-9A-F]{24}$/

/**
 * The data directory as a gzipped tarball, after a checkpoint and without the WAL segments a
 * restore never reads: PostgreSQL keeps old segments for reuse (up to max_wal_size), 16 MB each,
 * which would be downloaded and held in the browser's memory (a third of the seed snapshot; 720
 * of 1,110 MB after a large generated cycle). Only the segments from the checkpoint's redo point
 * to the insert position are kept; PostgreSQL creates new ones as it needs them.
 */
export async function dumpSnapshot(db: PGlite): Promise<Uint8Array> {
  await db.exec('checkpoint')
  const { rows } = await db.query<{ redo: string; current: string }>(
    `select (pg_control_checkpoint()).redo_wal_file as redo,
            pg_walfile_name(pg_current_wal_insert_lsn()) as current`,
  )
  const { redo, current } = rows[0]!
  const dir = `${PGlite.paths.PGDATA}/pg_wal`
  const fs = db.Module.FS
  for (const name of fs.readdir(dir)) {
    if (WAL_SEGMENT.test(name) && (name < redo || name > current)) fs.unlink(`${dir}/${name}`)
  }
  return new Uint8Array(await (await db.dumpDataDir('gzip')).arrayBuffer())
}

/** Returns the snapshot's path, rebuilding it only when the SQL changed. */
export async function ensureSnapshot(root: string, log = console.log): Promise<string> {
  const hash = schemaHash(root)
  const dir = join(root, SNAPSHOT_DIR)
  const path = join(dir, SNAPSHOT_FILE)
  const manifestPath = join(dir, 'manifest.json')
  if (existsSync(path) && existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as SnapshotManifest
    if (manifest.hash === hash) return path
  }
  log(`building the embedded database snapshot (${hash})…`)
  const started = performance.now()
  const db = await buildDatabase(root)
  const bytes = await dumpSnapshot(db)
  await db.close()
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, bytes)
  const manifest: SnapshotManifest = {
    hash,
    file: SNAPSHOT_FILE,
    bytes: bytes.length,
    builtAt: new Date().toISOString(),
  }
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n')
  log(
    `snapshot ${(bytes.length / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )
  return path
}
