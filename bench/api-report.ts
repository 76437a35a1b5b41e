// Runs bench/api-ratio.ts on both engines and words the figures: PGlite (the generated snapshot,
// in this process) and PostgreSQL 15 (a private cluster, the same generated rows).
import pg from 'pg'
import { generatedSnapshot, generateIntoPostgres } from '../scripts/generate'
import type { VolumeOptions } from '../scripts/generate/volume'
import { poolRunner } from '../scripts/postgres/runner'
import { createSchemaDatabase } from '../scripts/postgres/schema'
import { openSnapshot } from '../scripts/snapshot'
import { apiRatios, voteThroughput, type Ratio } from './api-ratio'
import { startCluster } from './postgres'

const RLS_TARGET = 1.2
const VOTES_TARGET = 1000
/** Concurrent clients casting votes on PostgreSQL: a pooler's worth on 2 cores. */
const VOTE_CLIENTS = 16

function ratioLines(engine: string, ratios: Ratio[]): string[] {
  return ratios.map((r) => {
    const x = r.citizenMs / r.serviceMs
    return (
      `  ${engine}: ${r.call.padEnd(20)} citizen ${r.citizenMs.toFixed(1).padStart(8)} ms` +
      ` / service role ${r.serviceMs.toFixed(1).padStart(8)} ms = ${x.toFixed(2)}×` +
      ` (target ≤ ${RLS_TARGET}×${x <= RLS_TARGET ? ', met' : ', NOT met'})`
    )
  })
}

export async function apiReport(
  root: string,
  volume: VolumeOptions,
  log: (line: string) => void,
): Promise<string[]> {
  const lines: string[] = []
  const snapshot = await generatedSnapshot(volume, undefined, log)
  const { db, runner } = await openSnapshot(snapshot)
  try {
    lines.push(...ratioLines('PGlite', await apiRatios(runner, 5)))
    const v = await voteThroughput(runner, 600, 1)
    lines.push(
      `  PGlite: vote casting, one connection: ${v.votes} votes in ${v.seconds.toFixed(1)} s` +
        ` = ${v.perSecond.toFixed(0)} votes/s (the embedded database serves one person)`,
    )
  } finally {
    await db.close()
  }

  const cluster = await startCluster()
  if (!cluster) {
    lines.push('  PostgreSQL 15 + PostGIS is not installed: its figures were not measured')
    return lines
  }
  try {
    const url = await createSchemaDatabase(root, cluster.url, 'qatysu_bench')
    await generateIntoPostgres(url, volume, log)
    const pool = new pg.Pool({ connectionString: url, max: VOTE_CLIENTS })
    try {
      const runner = poolRunner(pool)
      lines.push(...ratioLines('PostgreSQL', await apiRatios(runner, 5)))
      const v = await voteThroughput(runner, 6000, VOTE_CLIENTS)
      lines.push(
        `  PostgreSQL: vote casting, ${VOTE_CLIENTS} connections: ${v.votes} votes in` +
          ` ${v.seconds.toFixed(1)} s = ${v.perSecond.toFixed(0)} votes/s` +
          ` (target ≥ ${VOTES_TARGET}/s${v.perSecond >= VOTES_TARGET ? ', met' : ', NOT met'})`,
      )
    } finally {
      await pool.end()
    }
  } finally {
    cluster.stop()
  }
  return lines
}
