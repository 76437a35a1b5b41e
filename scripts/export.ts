// npm run export -- --city almaty --cycle 2020 --format csv|geojson|pb [--dataset …] [--out …]
// Writes Qatysu's open-data exports (src/export) for open-data portals that publish on a
// schedule: from the embedded database (the prebuilt PGlite snapshot, built if missing), or from
// a Supabase project when its URL and anon key are in the environment. Anonymous, read-only.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import type { Api } from '../src/api/client'
import { ApiError } from '../src/api/errors'
import { checkCombination, defaultDataset, exportFiles } from '../src/export/exportFile'
import {
  DATASETS,
  FORMATS,
  type Dataset,
  type ExportCycle,
  type ExportFile,
  type Format,
} from '../src/export/types'
import en from '../src/i18n/locales/en.json'
import { connect, type Connection } from './connection'

const HELP = `Qatysu open-data export

  npm run export -- --city CITY --cycle CYCLE --format FORMAT [options]

Required
  --city ID         city id: almaty, astana
  --cycle CYCLE     the cycle's year (2020) or its full id (almaty-2020)
  --format FORMAT   csv      comma-separated, UTF-8 with BOM, LF line ends
                    geojson  RFC 7946 FeatureCollection (WGS 84 lon/lat)
                    pb       Pabulib ballots (https://pabulib.org/format)

Options
  --dataset NAME    csv:     proposals | projects (default) | payments | districts
                    geojson: proposals | projects (default) | districts
                             (payments have no location: use csv)
                    pb:      ballots (default; the only one), once voting is over
  --district ID     only this district (e.g. almaty-medeu)
  --out PATH        csv, geojson: the file to write, or an existing directory (or a path
                    ending in /) to write the standard file name into. Default: stdout.
                    pb: one file per district (and ballot group, where the cycle has them):
                    a directory (each file under its standard name) or a stem
                    (STEM_<district>.pb). With one file, a PATH ending in .pb is that file.
                    Without --out the single file is printed; a cycle with several
                    districts then needs --district or --out.
  -h, --help        this text

Standard file names: qatysu_<cycle>_<dataset>[_<district>]_<YYYY-MM-DD>.<csv|geojson|pb>,
the day in Almaty. Each file carries its licence and generation time (README, "Open data").

Database
  The embedded database (PGlite + PostGIS, restored from public/embedded/qatysu-db.tar.gz,
  built from supabase/ if missing or out of date), or a Supabase project when
  VITE_SUPABASE_URL and VITE_SUPABASE_ANON_KEY (or SUPABASE_URL and SUPABASE_ANON_KEY) are set.
  Calls are made as the anonymous role: exports hold only public records.

Examples
  npm run export -- --city almaty --cycle 2020 --format csv --out exports/
  npm run export -- --city almaty --cycle 2020 --format geojson --dataset districts > d.geojson
  npm run export -- --city almaty --cycle 2020 --format pb --out exports/ballots

Exit status: 0 done, 1 the export failed, 2 bad arguments.
`

class UsageError extends Error {}

interface Args {
  city: string
  cycle: string
  format: Format
  dataset: Dataset
  district: string | null
  out: string | null
}

function readArgs(argv: string[]): Args | 'help' {
  let values
  try {
    ;({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        city: { type: 'string' },
        cycle: { type: 'string' },
        format: { type: 'string' },
        dataset: { type: 'string' },
        district: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }))
  } catch (e) {
    throw new UsageError((e as Error).message)
  }
  if (values.help) return 'help'
  const missing = (['city', 'cycle', 'format'] as const).filter((k) => !values[k]?.trim())
  if (missing.length > 0) {
    throw new UsageError(`missing ${missing.map((k) => `--${k}`).join(', ')}`)
  }
  const format = values.format!.trim() as Format
  if (!FORMATS.includes(format)) {
    throw new UsageError(`unknown --format ${values.format} (expected ${FORMATS.join(', ')})`)
  }
  const dataset = (values.dataset?.trim() || defaultDataset(format)) as Dataset
  if (!DATASETS.includes(dataset)) {
    throw new UsageError(`unknown --dataset ${values.dataset} (expected ${DATASETS.join(', ')})`)
  }
  try {
    checkCombination(format, dataset)
  } catch (e) {
    throw new UsageError(describe(e))
  }
  return {
    city: values.city!.trim(),
    cycle: values.cycle!.trim(),
    format,
    dataset,
    district: values.district?.trim() || null,
    out: values.out?.trim() || null,
  }
}

/** An error in words: the English text of an ApiError's key, with its details. */
function describe(e: unknown): string {
  if (e instanceof ApiError) {
    const text = (en.errors as Record<string, string>)[e.key] ?? e.message
    const detail = e.details.split('\n')[0]
    const details = detail && detail !== text ? ` (${detail})` : ''
    return `${text}${details} [${e.key}]`
  }
  return e instanceof Error ? e.message : String(e)
}

async function findCycle(api: Api, cityId: string, wanted: string): Promise<ExportCycle> {
  const cities = await api.listCities()
  if (!cities.some((c) => c.id === cityId)) {
    throw new UsageError(
      `unknown --city ${cityId} (expected ${cities.map((c) => c.id).join(', ')})`,
    )
  }
  const cycles = (await api.listCycles(cityId)) as ExportCycle[]
  const found = cycles.filter((c) => c.id === wanted || String(c.year) === wanted)
  if (found.length === 1) return found[0]!
  const known = cycles.map((c) => `${c.id} (${c.year})`).join(', ')
  if (found.length === 0) throw new UsageError(`no cycle ${wanted} in ${cityId}: ${known}`)
  throw new UsageError(`${wanted} names several cycles: give the full id (${known})`)
}

const isDirectory = (path: string) =>
  path.endsWith('/') || (existsSync(path) && statSync(path).isDirectory())

function write(path: string, file: ExportFile) {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, file.content)
  console.error(`wrote ${path} (${Buffer.byteLength(file.content)} bytes)`)
}

/** Where each file goes; null for stdout. */
function destinations(files: ExportFile[], args: Args): (string | null)[] {
  const { out } = args
  if (!out) {
    if (files.length === 1) return [null]
    throw new UsageError(
      `the ballots are ${files.length} files, one per district: give --out DIR (or a stem), ` +
        `or --district ID to print one:\n  ${files.map((f) => f.filename).join('\n  ')}`,
    )
  }
  if (isDirectory(out)) return files.map((f) => join(out, f.filename))
  if (args.format !== 'pb' || (files.length === 1 && out.endsWith('.pb'))) return [out]
  const stem = out.replace(/\.pb$/, '')
  // The file's own name after `ballots_` and before the day: its district (and group).
  return files.map((f) => {
    const part = f.filename.replace(/^.*?_ballots_/, '').replace(/_\d{4}-\d{2}-\d{2}\.pb$/, '')
    return `${stem}_${part}.pb`
  })
}

async function main(argv: string[]): Promise<number> {
  let args: Args | 'help'
  try {
    args = readArgs(argv)
  } catch (e) {
    console.error(`export: ${describe(e)}\nRun with --help for the options.`)
    return 2
  }
  if (args === 'help') {
    process.stdout.write(HELP)
    return 0
  }
  let connection: Connection | null = null
  try {
    connection = await connect()
    const cycle = await findCycle(connection.api, args.city, args.cycle)
    console.error(
      `export: ${args.dataset} of ${cycle.id} as ${args.format}, from ${connection.where}`,
    )
    const files = await exportFiles(connection.api, {
      cycle,
      format: args.format,
      dataset: args.dataset,
      district: args.district,
      now: new Date(),
    })
    const paths = destinations(files, args)
    files.forEach((file, i) => {
      const path = paths[i]
      if (path) write(path, file)
      else process.stdout.write(file.content)
    })
    return 0
  } catch (e) {
    console.error(`export: ${describe(e)}`)
    const badArgument =
      e instanceof UsageError || (e instanceof ApiError && e.key.startsWith('export_district'))
    return badArgument ? 2 : 1
  } finally {
    await connection?.close()
  }
}

process.exitCode = await main(process.argv.slice(2))
