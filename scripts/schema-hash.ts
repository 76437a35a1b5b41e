// A hash of every SQL file the embedded database is built from. The prebuilt snapshot carries it,
// so a snapshot from older migrations is never used by mistake.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export function schemaFiles(root: string): string[] {
  const dir = (d: string) =>
    readdirSync(join(root, d))
      .filter((f) => f.endsWith('.sql'))
      .sort()
      .map((f) => join(root, d, f))
  const seed = join(root, 'supabase/seed.sql')
  return [
    ...dir('supabase/shim'),
    ...dir('supabase/migrations'),
    ...(existsSync(seed) ? [seed] : []),
  ]
}

export function schemaHash(root: string): string {
  const hash = createHash('sha256')
  for (const file of schemaFiles(root)) {
    hash.update(file.slice(root.length))
    hash.update('\0')
    hash.update(readFileSync(file))
    hash.update('\0')
  }
  return hash.digest('hex').slice(0, 16)
}
