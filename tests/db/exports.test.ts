// Open-data exports of the seeded Almaty 2020 cycle (execution: projects, payments, votes) read
// back with independent parsers (papaparse, @placemarkio/check-geojson, papaparse again for the
// .pb PROJECTS section) and give the figures SQL computes from the seeded rows. The command line
// runs as a child process.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { check } from '@placemarkio/check-geojson'
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApi, type Api } from '../../src/api/client'
import { exportFile, exportFiles } from '../../src/export/exportFile'
import { readOnlyTransport } from '../../src/export/readOnlyTransport'
import type { ExportCycle, ExportOptions } from '../../src/export/types'
import { parsePabulib } from '../../src/pabulib/parse'
import { metaValue } from '../../src/pabulib/types'
import { openTestDatabase, type TestDatabase } from '../support/database'
import { anon } from '../support/fixtures'

const CYCLE = 'almaty-2020'
const NOW = new Date('2026-11-23T10:00:00Z')
const root = fileURLToPath(new URL('../..', import.meta.url))

let db: TestDatabase
let api: Api
let cycle: ExportCycle

beforeAll(async () => {
  db = await openTestDatabase()
  api = createApi(readOnlyTransport('embedded', (fn, args) => db.call(anon, fn, args)))
  cycle = (await api.listCycles('almaty')).find((c) => c.id === CYCLE)!
})
afterAll(() => db.close())

const options = (o: Partial<ExportOptions>): ExportOptions => ({
  cycle,
  format: 'csv',
  now: NOW,
  ...o,
})

function parseCsv(content: string): Record<string, string>[] {
  expect(content.startsWith('\uFEFF')).toBe(true)
  const { data, errors } = Papa.parse<Record<string, string>>(content.slice(1), {
    header: true,
    skipEmptyLines: true,
  })
  expect(errors).toEqual([])
  return data
}

/** Rows of `key, value` from SQL, as a map of numbers (sums cast to text on both engines). */
async function figures(sql: string, cycleId = CYCLE): Promise<Map<string, number>> {
  const rows = await db.sql<{ key: string; value: string }>(sql, [cycleId])
  return new Map(rows.map((r) => [r.key, Number(r.value)]))
}

const column = (rows: Record<string, string>[], key: string, value: string) =>
  new Map(rows.map((r) => [r[key]!, Number(r[value])]))

describe('CSV exports of almaty-2020', () => {
  it('projects: approved, contracted and paid equal the seeded rows', async () => {
    const file = await exportFile(api, options({ dataset: 'projects' }))
    expect(file.filename).toBe('qatysu_almaty-2020_projects_2026-11-23.csv')
    expect(file.mimeType).toBe('text/csv;charset=utf-8')
    const rows = parseCsv(file.content)
    const approved = await figures(
      `select id::text as key, approved_budget::text as value from public.projects
       where cycle_id = $1`,
    )
    const paid = await figures(
      `select pr.id::text as key, coalesce(sum(pay.amount), 0)::text as value
       from public.projects pr left join public.payments pay on pay.project_id = pr.id
       where pr.cycle_id = $1 group by pr.id`,
    )
    expect(rows.length).toBe(approved.size)
    expect(rows.length).toBeGreaterThan(20)
    expect(column(rows, 'id', 'approved_kzt')).toEqual(approved)
    expect(column(rows, 'id', 'paid_kzt')).toEqual(paid)
    for (const row of rows) {
      expect(row.approved_kzt).toMatch(/^\d+$/)
      expect(row.is_demo).toBe('true')
      expect(row.licence).toContain('CC BY 4.0')
      expect(row.generated_at).toBe('2026-11-23T10:00:00Z')
      expect(row.district_en).not.toBe('')
    }
  })

  it('projects: late means a planned end before the export day and not completed', async () => {
    const rows = parseCsv((await exportFile(api, options({ dataset: 'projects' }))).content)
    const late = await db.sql<{ id: string }>(
      `select id::text from public.projects where cycle_id = $1 and planned_end < '2026-11-23'
       and status not in ('completed', 'cancelled')`,
      [CYCLE],
    )
    expect(
      rows
        .filter((r) => r.late === 'true')
        .map((r) => r.id)
        .sort(),
    ).toEqual(late.map((r) => r.id).sort())
  })

  it('payments: one row per payment, sums per project and district as in SQL', async () => {
    const rows = parseCsv((await exportFile(api, options({ dataset: 'payments' }))).content)
    const count = await db.sql<{ n: string }>(
      `select count(*)::text as n from public.payments pay
       join public.projects pr on pr.id = pay.project_id where pr.cycle_id = $1`,
      [CYCLE],
    )
    expect(rows.length).toBe(Number(count[0]!.n))
    const sum = (key: string) => {
      const out = new Map<string, number>()
      for (const r of rows) out.set(r[key]!, (out.get(r[key]!) ?? 0) + Number(r.amount_kzt))
      return out
    }
    const byDistrict = await figures(
      `select pr.district_id as key, sum(pay.amount)::text as value from public.payments pay
       join public.projects pr on pr.id = pay.project_id where pr.cycle_id = $1
       group by pr.district_id`,
    )
    expect(sum('district_id')).toEqual(byDistrict)
    const byProject = await figures(
      `select pr.id::text as key, sum(pay.amount)::text as value from public.payments pay
       join public.projects pr on pr.id = pay.project_id where pr.cycle_id = $1 group by pr.id`,
    )
    expect(sum('project_id')).toEqual(byProject)
  })

  it('districts: allocation, approved, paid and votes as in SQL', async () => {
    const rows = parseCsv((await exportFile(api, options({ dataset: 'districts' }))).content)
    expect(rows).toHaveLength(8)
    const allocation = await figures(
      `select district_id as key, allocation::text as value from public.cycle_districts
       where cycle_id = $1`,
    )
    const approved = await figures(
      `select district_id as key, sum(approved_budget)::text as value from public.projects
       where cycle_id = $1 and status <> 'cancelled' group by district_id`,
    )
    const paid = await figures(
      `select pr.district_id as key, sum(pay.amount)::text as value from public.payments pay
       join public.projects pr on pr.id = pay.project_id where pr.cycle_id = $1
       group by pr.district_id`,
    )
    const votes = await figures(
      `select p.district_id as key, sum(t.online_votes + t.paper_votes)::text as value
       from public.proposal_tallies t join public.proposals p on p.id = t.proposal_id
       where p.cycle_id = $1 group by p.district_id`,
    )
    expect(column(rows, 'id', 'allocation_kzt')).toEqual(allocation)
    expect(column(rows, 'id', 'approved_kzt')).toEqual(approved)
    expect(column(rows, 'id', 'paid_kzt')).toEqual(paid)
    expect(column(rows, 'id', 'votes')).toEqual(votes)
    const medeu = rows.find((r) => r.id === 'almaty-medeu')!
    expect([medeu.name_kk, medeu.name_ru, medeu.name_en]).toEqual([
      expect.stringMatching(/Медеу/),
      expect.stringMatching(/Медеу/),
      'Medeu',
    ])
    expect(medeu.licence).toContain('geokz')
  })

  it('proposals: the published ones with their tallies, filtered to one district', async () => {
    const file = await exportFile(api, options({ dataset: 'proposals', district: 'almaty-medeu' }))
    expect(file.filename).toBe('qatysu_almaty-2020_proposals_almaty-medeu_2026-11-23.csv')
    const rows = parseCsv(file.content)
    const votes = await figures(
      `select p.id::text as key, coalesce(t.online_votes + t.paper_votes, 0)::text as value
       from public.proposals p left join public.proposal_tallies t on t.proposal_id = p.id
       where p.cycle_id = $1 and p.district_id = 'almaty-medeu'
         and p.status not in ('draft', 'withdrawn')`,
    )
    expect(column(rows, 'id', 'votes')).toEqual(votes)
    for (const r of rows) {
      expect(Number(r.lon)).toBeGreaterThan(76)
      expect(Number(r.lat)).toBeGreaterThan(43)
    }
  })
})

describe('GeoJSON exports of almaty-2020', () => {
  for (const dataset of ['projects', 'proposals', 'districts'] as const) {
    it(`${dataset}: valid RFC 7946, with licence and time, no crs`, async () => {
      const file = await exportFile(api, options({ format: 'geojson', dataset }))
      expect(file.filename).toBe(`qatysu_almaty-2020_${dataset}_2026-11-23.geojson`)
      expect(file.mimeType).toBe('application/geo+json')
      const fc = check(file.content) as GeoJSON.FeatureCollection & Record<string, unknown>
      expect(fc.type).toBe('FeatureCollection')
      expect(fc).not.toHaveProperty('crs')
      expect(fc.licence).toContain('CC BY 4.0')
      expect(fc.generated_at).toBe('2026-11-23T10:00:00Z')
      expect(fc.features.length).toBeGreaterThan(0)
      for (const f of fc.features) {
        expect(f.id).toBe(f.properties!.id)
        const [lon, lat] = JSON.stringify(f.geometry)
          .match(/-?\d+\.\d+/g)!
          .map(Number)
        expect(lon).toBeGreaterThan(76)
        expect(lat).toBeGreaterThan(43)
      }
    })
  }

  it('districts: eight multipolygons with the paid figures of the CSV', async () => {
    const fc = JSON.parse(
      (await exportFile(api, options({ format: 'geojson', dataset: 'districts' }))).content,
    ) as GeoJSON.FeatureCollection
    expect(fc.features.map((f) => f.geometry.type)).toEqual(Array(8).fill('MultiPolygon'))
    // RFC 7946's right-hand rule: exterior rings counter-clockwise (a positive shoelace area).
    const signedArea = (ring: GeoJSON.Position[]) =>
      ring.slice(1).reduce((sum, [x, y], i) => sum + (ring[i]![0]! * y! - x! * ring[i]![1]!), 0)
    for (const f of fc.features) {
      for (const polygon of (f.geometry as GeoJSON.MultiPolygon).coordinates) {
        expect(signedArea(polygon[0]!), String(f.id)).toBeGreaterThan(0)
      }
    }
    const rows = parseCsv((await exportFile(api, options({ dataset: 'districts' }))).content)
    expect(new Map(fc.features.map((f) => [f.id, f.properties!.paid_kzt]))).toEqual(
      column(rows, 'id', 'paid_kzt'),
    )
  })

  it('refuses payments, which have no geometry', async () => {
    await expect(
      exportFile(api, options({ format: 'geojson', dataset: 'payments' })),
    ).rejects.toMatchObject({ key: 'export_no_geometry' })
  })
})

/** The PROJECTS section of a .pb, read by papaparse (independent of our parser). */
function projectsSection(text: string): Record<string, string>[] {
  const section = text.split('\nPROJECTS\n')[1]!.split('\nVOTES\n')[0]!
  const { data, errors } = Papa.parse<Record<string, string>>(section, {
    header: true,
    delimiter: ';',
    skipEmptyLines: true,
  })
  expect(errors).toEqual([])
  return data
}

describe('Pabulib ballots of almaty-2020', () => {
  it('one file per district; votes, voters, budgets and paper votes as in SQL', async () => {
    const files = await exportFiles(api, options({ format: 'pb' }))
    expect(files).toHaveLength(8)
    expect(files[0]!.filename).toMatch(/^qatysu_almaty-2020_ballots_almaty-[a-z]+_2026-11-23\.pb$/)
    const votes = await figures(
      `select proposal_id::text as key, count(*)::text as value from public.votes
       where cycle_id = $1 group by proposal_id`,
    )
    const paper = await figures(
      `select t.proposal_id::text as key, t.paper_votes::text as value
       from public.proposal_tallies t join public.proposals p on p.id = t.proposal_id
       where p.cycle_id = $1`,
    )
    const voters = await figures(
      `select p.district_id as key, count(distinct v.voter_id)::text as value
       from public.votes v join public.proposals p on p.id = v.proposal_id
       where v.cycle_id = $1 group by p.district_id`,
    )
    const allocation = await figures(
      `select district_id as key, allocation::text as value from public.cycle_districts
       where cycle_id = $1`,
    )
    const onBallot = await figures(
      `select id::text as key, (status = 'selected' or exists (select 1 from public.projects pr
                                where pr.proposal_id = p.id))::int::text as value
       from public.proposals p
       where cycle_id = $1 and status in ('on_ballot', 'selected', 'not_selected')`,
    )
    const seen = new Map<string, number>()
    const selected = new Map<string, number>()
    for (const file of files) {
      const pb = parsePabulib(file.content)
      const district = file.filename.match(/ballots_(almaty-[a-z]+)_/)![1]!
      expect(pb.voteType).toBe('approval')
      expect(pb.budget).toBe(allocation.get(district))
      expect(pb.votes.length).toBe(voters.get(district))
      expect(Number(metaValue(pb, 'num_votes'))).toBe(voters.get(district))
      expect(metaValue(pb, 'max_length')).toBe('3')
      expect(metaValue(pb, 'currency')).toBe('KZT')
      expect(metaValue(pb, 'licence')).toContain('CC BY 4.0')
      expect(metaValue(pb, 'generated_at')).toBe('2026-11-23T10:00:00Z')
      for (const v of pb.votes) expect(v.vote.length).toBeLessThanOrEqual(3)
      const tally = new Map<string, number>()
      for (const v of pb.votes) for (const id of v.vote) tally.set(id, (tally.get(id) ?? 0) + 1)
      for (const row of projectsSection(file.content)) {
        seen.set(row.project_id!, Number(row.votes))
        selected.set(row.project_id!, Number(row.selected))
        expect(Number(row.votes)).toBe(tally.get(row.project_id!) ?? 0)
        expect(Number(row.paper_votes)).toBe(paper.get(row.project_id!) ?? 0)
      }
    }
    expect(selected).toEqual(onBallot)
    for (const [id, n] of votes) expect(seen.get(id), id).toBe(n)
    for (const [id, n] of seen) expect(n).toBe(votes.get(id) ?? 0)
  })

  it('exportFile asks for a district, and gives that district’s file', async () => {
    await expect(exportFile(api, options({ format: 'pb' }))).rejects.toMatchObject({
      key: 'export_district_required',
    })
    const medeu = await exportFile(api, options({ format: 'pb', district: 'almaty-medeu' }))
    expect(medeu.filename).toBe('qatysu_almaty-2020_ballots_almaty-medeu_2026-11-23.pb')
    expect(metaValue(parsePabulib(medeu.content), 'district')).toBe('Medeu')
    await expect(
      exportFile(api, options({ format: 'pb', district: 'astana-esil' })),
    ).rejects.toMatchObject({ key: 'export_district_unknown' })
  })

  it('almaty-2026 (voting) refuses its ballots until voting is over', async () => {
    const live = (await api.listCycles('almaty')).find((c) => c.id === 'almaty-2026')!
    expect(live.phase).toBe('voting')
    await expect(exportFiles(api, { cycle: live, format: 'pb', now: NOW })).rejects.toMatchObject({
      key: 'phase_closed',
    })
  })

  it('astana-saryarka-2019: one file per ballot group, budget the group’s allocation', async () => {
    const pilot = (await api.listCycles('astana')).find((c) => c.id === 'astana-saryarka-2019')!
    const files = await exportFiles(api, { cycle: pilot, format: 'pb', now: NOW })
    const groups = await figures(
      `select code as key, allocation::text as value from public.ballot_groups where cycle_id = $1`,
      pilot.id,
    )
    const budgets = new Map(
      files.map((f) => [
        f.filename.match(/saryarka_([a-z]+)_2026/)![1]!,
        parsePabulib(f.content).budget,
      ]),
    )
    expect(budgets).toEqual(groups)
    expect(metaValue(parsePabulib(files[0]!.content), 'max_length')).toBe('1')
  })
})

const run = promisify(execFile)
const cli = (args: string[]) =>
  run('npx', ['tsx', 'scripts/export.ts', ...args], {
    cwd: root,
    env: { ...process.env, VITE_SUPABASE_URL: '', VITE_SUPABASE_ANON_KEY: '' },
    maxBuffer: 64 * 1024 * 1024,
  })

describe('npm run export (the command line)', () => {
  // It runs on the embedded database whatever server the suite runs on: once is enough.
  it.skipIf(!!process.env.QATYSU_PG_URL)(
    'writes the projects CSV to a file that parses, with every project',
    { timeout: 180_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'qatysu-export-'))
      try {
        const out = join(dir, 'projects.csv')
        const { stderr } = await cli([
          '--city',
          'almaty',
          '--cycle',
          '2020',
          '--format',
          'csv',
          '--out',
          out,
        ])
        expect(stderr).toContain(`wrote ${out}`)
        const rows = parseCsv(readFileSync(out, 'utf8'))
        const count = await db.sql<{ n: string }>(
          `select count(*)::text as n from public.projects where cycle_id = $1`,
          [CYCLE],
        )
        expect(rows.length).toBe(Number(count[0]!.n))
        expect(rows[0]!.cycle_id).toBe(CYCLE)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    },
  )

  it('refuses a bad argument with a message and exit status 2', { timeout: 60_000 }, async () => {
    const failed = await cli(['--city', 'almaty', '--cycle', '2020', '--format', 'xlsx']).catch(
      (e: { code: number; stderr: string }) => e,
    )
    expect(failed).toMatchObject({ code: 2 })
    expect((failed as { stderr: string }).stderr).toContain('unknown --format xlsx')
    const payments = await cli([
      '--city',
      'almaty',
      '--cycle',
      '2020',
      '--format',
      'geojson',
      '--dataset',
      'payments',
    ]).catch((e: { code: number; stderr: string }) => e)
    expect(payments).toMatchObject({ code: 2 })
    expect((payments as { stderr: string }).stderr).toContain('export them as CSV')
  })

  it('uses a Supabase project when one is configured', { timeout: 60_000 }, async () => {
    const failed = await run(
      'npx',
      ['tsx', 'scripts/export.ts', '--city', 'almaty', '--cycle', '2020', '--format', 'csv'],
      {
        cwd: root,
        // Nothing listens there: the export fails as a network error, not on the embedded database.
        env: {
          ...process.env,
          VITE_SUPABASE_URL: 'http://127.0.0.1:1',
          VITE_SUPABASE_ANON_KEY: 'anon',
        },
      },
    ).catch((e: { code: number; stderr: string }) => e)
    expect(failed).toMatchObject({ code: 1 })
    expect((failed as { stderr: string }).stderr).toContain('[network]')
  })

  it('documents its options in --help', { timeout: 60_000 }, async () => {
    const { stdout } = await cli(['--help'])
    for (const option of ['--city', '--cycle', '--format', '--dataset', '--district', '--out']) {
      expect(stdout).toContain(option)
    }
  })
})
