// npm run generate -- --proposals 100000 --votes 1000000 [--seed 1] [--target pglite|postgres]
// Writes a deterministic large cycle (scripts/generate/volume.ts) for benchmarks: into a copy of
// the embedded database, saved as a snapshot in the same format as the app's, or into a
// PostgreSQL database that already has the schema and seed.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { checkVolume, generateVolume, GENERATED_CYCLE, type VolumeOptions } from './generate/volume'
import { poolRunner } from './postgres/runner'
import { schemaHash } from './schema-hash'
import { dumpSnapshot, ensureSnapshot, openSnapshot } from './snapshot'

const HELP = `Qatysu volume generator (benchmark data, marked as demo data)

  npm run generate -- [options]

Options
  --proposals N     proposals in the cycle "${GENERATED_CYCLE}" (default 100000, at least 80),
                    spread over Almaty's districts by population, 90% on the ballot
  --votes N         online votes (default 1000000): three per voter, in the voter's home
                    district, skewed towards popular proposals; tallies written to match
  --seed N          the seed (default 1): the same arguments always give the same rows
  --target T        pglite (default): a copy of the embedded database, saved as a gzipped
                    data directory (the app's snapshot format) at --out
                    postgres: the database at --database-url (or QATYSU_PG_URL), which must
                    already hold the schema and seed and no cycle "${GENERATED_CYCLE}"
  --out PATH        pglite: where to write the snapshot (default: a cache file under
                    node_modules/.cache/qatysu-generated/, reused while schema and options match)
  --database-url U  postgres: the connection string
  -h, --help        this text
`

const root = fileURLToPath(new URL('..', import.meta.url))
const CACHE = join(root, 'node_modules/.cache/qatysu-generated')

export function cachedSnapshotPath(o: VolumeOptions): string {
  return join(CACHE, `${schemaHash(root)}-p${o.proposals}-v${o.votes}-s${o.seed}.tar.gz`)
}

/**
 * The embedded database with the generated cycle, as a snapshot file (built once per schema and
 * options, then reused): what the benchmarks load in Node and in the browser.
 */
export async function generatedSnapshot(
  o: VolumeOptions,
  to?: string,
  log: (line: string) => void = console.log,
): Promise<string> {
  const out = to ?? cachedSnapshotPath(o)
  if (!to && existsSync(out)) return out
  const { db, runner } = await openSnapshot(await ensureSnapshot(root, log))
  log(`generating ${o.proposals} proposals and ${o.votes} votes into PGlite…`)
  const counts = await generateVolume(runner, o, log)
  log(`  ${counts.proposals} proposals, ${counts.votes} votes by ${counts.voters} voters`)
  const dump = await dumpSnapshot(db)
  await db.close()
  mkdirSync(join(out, '..'), { recursive: true })
  // Written under another name first: an interrupted run never leaves a half file to reuse.
  writeFileSync(`${out}.part`, dump)
  renameSync(`${out}.part`, out)
  log(`  snapshot ${(readFileSync(out).length / 1e6).toFixed(1)} MB: ${out}`)
  return out
}

/** Writes the generated cycle into a PostgreSQL database that has the schema and seed. */
export async function generateIntoPostgres(
  url: string,
  o: VolumeOptions,
  log: (line: string) => void = console.log,
) {
  const pool = new pg.Pool({ connectionString: url, max: 1 })
  try {
    const runner = poolRunner(pool)
    const exists = await runner.query(`select 1 from public.budget_cycles where id = $1`, [
      GENERATED_CYCLE,
    ])
    if (exists.rows.length > 0) {
      throw new Error(`the database already has the cycle ${GENERATED_CYCLE}`)
    }
    log(`generating ${o.proposals} proposals and ${o.votes} votes into PostgreSQL…`)
    const counts = await generateVolume(runner, o, log)
    log(`  ${counts.proposals} proposals, ${counts.votes} votes by ${counts.voters} voters`)
  } finally {
    await pool.end()
  }
}

async function main() {
  let values
  try {
    ;({ values } = parseArgs({
      options: {
        proposals: { type: 'string', default: '100000' },
        votes: { type: 'string', default: '1000000' },
        seed: { type: 'string', default: '1' },
        target: { type: 'string', default: 'pglite' },
        out: { type: 'string' },
        'database-url': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }))
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${HELP}`)
    process.exit(2)
  }
  if (values.help) {
    console.log(HELP)
    return
  }
  const o: VolumeOptions = {
    proposals: Number(values.proposals),
    votes: Number(values.votes),
    seed: Number(values.seed),
  }
  const problem = checkVolume(o)
  if (problem) {
    console.error(problem)
    process.exit(2)
  }
  if (values.target === 'pglite') {
    await generatedSnapshot(o, values.out)
  } else if (values.target === 'postgres') {
    const url = values['database-url'] ?? process.env.QATYSU_PG_URL
    if (!url) {
      console.error('--target postgres needs --database-url or QATYSU_PG_URL')
      process.exit(2)
    }
    await generateIntoPostgres(url, o)
  } else {
    console.error(`--target: pglite or postgres, not "${values.target}"`)
    process.exit(2)
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e)
    process.exit(1)
  })
}
