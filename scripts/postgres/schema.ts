// Creates a database holding Qatysu's shim, migrations and seed on a PostgreSQL server, as the
// database tests' template and the benchmarks' database.
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import pg from 'pg'
import { schemaFiles } from '../schema-hash'

/** (Re)creates database `name` on the server of `adminUrl`; returns its connection string. */
export async function createSchemaDatabase(
  root: string,
  adminUrl: string,
  name: string,
): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`drop database if exists ${name} with (force)`)
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  const db = new pg.Client({ connectionString: url.toString() })
  await db.connect()
  try {
    for (const file of schemaFiles(root)) {
      try {
        await db.query(readFileSync(file, 'utf8'))
      } catch (e) {
        throw new Error(`${relative(root, file)}: ${(e as Error).message}`, { cause: e })
      }
    }
    // As on Supabase, where the API roles find PostGIS without qualifying it.
    await db.query(`alter database ${name} set search_path = "$user", public, extensions`)
  } finally {
    await db.end()
  }
  return url.toString()
}
