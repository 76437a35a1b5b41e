// Prepares the database once per test run: the PGlite snapshot (built only when the SQL changed)
// or, for `npm run test:pg`, a template database on the PostgreSQL server in QATYSU_PG_URL.
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
import { createSchemaDatabase } from '../../scripts/postgres/schema'
import { ensureSnapshot } from '../../scripts/snapshot'
import { TEMPLATE_DB } from './database'

const root = fileURLToPath(new URL('../..', import.meta.url))

declare module 'vitest' {
  export interface ProvidedContext {
    snapshotPath: string
  }
}

export default async function setup(project: TestProject) {
  const pgUrl = process.env.QATYSU_PG_URL
  if (pgUrl) {
    await createSchemaDatabase(root, pgUrl, TEMPLATE_DB)
    project.provide('snapshotPath', '')
  } else {
    project.provide('snapshotPath', await ensureSnapshot(root))
  }
}
