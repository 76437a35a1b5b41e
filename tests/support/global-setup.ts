// Prepares the database once per test run: the PGlite snapshot (built only when the SQL changed)
// or, for `npm run test:pg`, a template database on the PostgreSQL server in QATYSU_PG_URL.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { relative } from 'node:path'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { ensureSnapshot } from '../../scripts/snapshot'
import { schemaFiles } from '../../scripts/schema-hash'
import { TEMPLATE_DB } from './database'

const root = fileURLToPath(new URL('../..', import.meta.url))

async function createTemplate(adminUrl: string) {
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`drop database if exists ${TEMPLATE_DB} with (force)`)
  await admin.query(`create database ${TEMPLATE_DB}`)
  await admin.end()
  const url = new URL(adminUrl)
  url.pathname = `/${TEMPLATE_DB}`
  const db = new pg.Client({ connectionString: url.toString() })
  await db.connect()
  for (const file of schemaFiles(root)) {
    try {
      await db.query(readFileSync(file, 'utf8'))
    } catch (e) {
      throw new Error(`${relative(root, file)}: ${(e as Error).message}`, { cause: e })
    }
  }
  // As on Supabase, where the API roles find PostGIS without qualifying it.
  await db.query(`alter database ${TEMPLATE_DB} set search_path = "$user", public, extensions`)
  await db.end()
}

declare module 'vitest' {
  export interface ProvidedContext {
    snapshotPath: string
  }
}

export default async function setup(project: TestProject) {
  const pgUrl = process.env.QATYSU_PG_URL
  if (pgUrl) {
    await createTemplate(pgUrl)
    project.provide('snapshotPath', '')
  } else {
    project.provide('snapshotPath', await ensureSnapshot(root))
  }
}
