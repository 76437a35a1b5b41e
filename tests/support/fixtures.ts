// Builders for DB tests. Each test makes the people, cycles and proposals it needs, with fresh ids,
// so tests never depend on one another or on the demo seed.
import { randomInt, randomUUID } from 'node:crypto'
import type { Claims } from '../../src/embedded/postgrest-call'
import type { CyclePhase, MemberRole, ProposalStatus } from '../../src/api/types'
import { iinCheckDigit } from '../../src/features/residency/iin'
import type { TestDatabase } from './database'

export const anon: Claims = { role: 'anon' }

export interface Person {
  id: string
  claims: Claims
}

export async function createPerson(
  db: TestDatabase,
  opts: {
    /** A verified resident of this district (method `demo`), on the roll of the cycles of its
     * city already in voting; with `unverified`, only the profile's wish. */
    home?: string | null
    unverified?: boolean
    role?: MemberRole
    city?: string
    district?: string | null
  } = {},
): Promise<Person> {
  const id = randomUUID()
  const email = `${id.slice(0, 8)}@test.example`
  await db.sql(
    `insert into auth.users (id, aud, role, email, raw_user_meta_data)
     values ($1, 'authenticated', 'authenticated', $2, $3)`,
    [id, email, JSON.stringify({ display_name: `Test ${id.slice(0, 4)}` })],
  )
  if (opts.home !== undefined) {
    await db.sql(`update public.profiles set home_district_id = $2 where id = $1`, [id, opts.home])
  }
  if (opts.home && !opts.unverified) await verifyResident(db, id, opts.home)
  if (opts.role) {
    await db.sql(
      `insert into public.memberships (user_id, role, city_id, district_id) values ($1, $2, $3, $4)`,
      [id, opts.role, opts.city ?? 'almaty', opts.district ?? null],
    )
  }
  return { id, claims: { role: 'authenticated', aud: 'authenticated', sub: id, email } }
}

/** Records a verified residency as the owner (method `demo`, a key unique to the account) and
 * adds the person to the rolls of their city's cycles already in voting, as if they had been
 * verified before voting opened. */
export async function verifyResident(db: TestDatabase, accountId: string, district: string) {
  await db.sql(
    `insert into public.residency_verifications (account_id, person_key, district_id, method)
     values ($1::uuid, app_private.keyed_hash('test:' || $1::text), $2, 'demo')`,
    [accountId, district],
  )
  await db.sql(
    `insert into public.voter_rolls (cycle_id, account_id, person_key, district_id, verification_id)
     select c.id, r.account_id, r.person_key, r.district_id, r.verification_id
     from app_private.residents r
     join public.districts d on d.id = r.district_id
     join public.budget_cycles c on c.city_id = d.city_id and c.phase = 'voting'
     where r.account_id = $1
     on conflict do nothing`,
    [accountId],
  )
}

/** A fresh valid ИИН (a born-in-the-1990s date, random serial, the right check digit). */
export function randomIin(): string {
  for (;;) {
    const date = `9${randomInt(10)}${String(randomInt(1, 13)).padStart(2, '0')}${String(randomInt(1, 29)).padStart(2, '0')}`
    const first11 = `${date}${randomInt(3, 5)}${String(randomInt(10_000)).padStart(4, '0')}`
    const check = iinCheckDigit(first11)
    if (check !== null) return `${first11}${check}`
  }
}

export interface CycleOptions {
  city?: string
  phase?: CyclePhase
  districts?: Record<string, number>
  cap?: number | null
  votesPerVoter?: number
  changeable?: boolean
  residentsOnly?: boolean
  divisionDate?: string
  /** The rule the cycle declares for selecting its winners (default greedy). */
  selectionRule?: 'greedy' | 'mes' | 'mes-greedy'
}

export async function createCycle(db: TestDatabase, opts: CycleOptions = {}): Promise<string> {
  const id = `test-${randomUUID().slice(0, 8)}`
  await db.sql(
    `insert into public.budget_cycles (id, city_id, year, title_kk, title_ru, title_en, phase,
       project_cost_cap, votes_per_voter, votes_changeable, residents_only, division_date,
       selection_rule)
     values ($1, $2, 2026, 'Сынақ', 'Тест', 'Test', $3, $4, $5, $6, $7, $8, $9)`,
    [
      id,
      opts.city ?? 'almaty',
      opts.phase ?? 'submission',
      opts.cap === undefined ? 50_000_000 : opts.cap,
      opts.votesPerVoter ?? 3,
      opts.changeable ?? false,
      opts.residentsOnly ?? true,
      opts.divisionDate ?? '2026-01-01',
      opts.selectionRule ?? 'greedy',
    ],
  )
  const districts = opts.districts ?? { 'almaty-medeu': 500_000_000, 'almaty-almaly': 500_000_000 }
  for (const [district, allocation] of Object.entries(districts)) {
    await db.sql(
      `insert into public.cycle_districts (cycle_id, district_id, allocation) values ($1, $2, $3)`,
      [id, district, allocation],
    )
  }
  return id
}

export async function setPhase(db: TestDatabase, cycleId: string, phase: CyclePhase) {
  await db.sql(`update public.budget_cycles set phase = $2 where id = $1`, [cycleId, phase])
}

/** A point well inside a district (PostGIS point on surface). */
export async function pointIn(db: TestDatabase, districtId: string): Promise<[number, number]> {
  const [row] = await db.sql<{ lon: number; lat: number }>(
    `select extensions.st_x(p) as lon, extensions.st_y(p) as lat
     from (select extensions.st_pointonsurface(boundary) p from public.districts where id = $1) s`,
    [districtId],
  )
  if (!row) throw new Error(`no district ${districtId}`)
  return [row.lon, row.lat]
}

/** Inserts a proposal directly as the owner, in any status (the trusted path, like the seed). */
export async function createProposal(
  db: TestDatabase,
  opts: {
    cycle: string
    author: Person
    district: string
    status?: ProposalStatus
    cost?: number
    title?: string
  },
): Promise<string> {
  const [lon, lat] = await pointIn(db, opts.district)
  const [row] = await db.sql<{ id: string }>(
    `insert into public.proposals (cycle_id, author_id, title, description, category_id,
       cost_estimate, location, status, submitted_at)
     values ($1, $2, $3, 'A description long enough to be submitted.', 'greenery', $4,
       extensions.st_setsrid(extensions.st_makepoint($5, $6), 4326), $7::public.proposal_status,
       case when $7::public.proposal_status = 'draft' then null else now() end)
     returning id`,
    [
      opts.cycle,
      opts.author.id,
      opts.title ?? 'Trees along the yard',
      opts.cost ?? 10_000_000,
      lon,
      lat,
      opts.status ?? 'submitted',
    ],
  )
  return row!.id
}

export async function createProject(
  db: TestDatabase,
  opts: { cycle: string; district: string; budget?: number },
): Promise<string> {
  const [lon, lat] = await pointIn(db, opts.district)
  const [row] = await db.sql<{ id: string }>(
    `insert into public.projects (cycle_id, district_id, title, approved_budget, location)
     values ($1, $2, 'New playground', $3, extensions.st_setsrid(extensions.st_makepoint($4, $5), 4326))
     returning id`,
    [opts.cycle, opts.district, opts.budget ?? 20_000_000, lon, lat],
  )
  return row!.id
}

/** The rejection of a promise as an ApiError-like value, to assert its key. */
export async function failure(
  promise: Promise<unknown>,
): Promise<{ key: string; code: string; message: string }> {
  try {
    await promise
  } catch (e) {
    const err = e as { key?: string; code?: string; message?: string }
    return { key: err.key ?? '', code: err.code ?? '', message: err.message ?? '' }
  }
  throw new Error('expected the call to fail, but it succeeded')
}

/**
 * The rows a write on a table returned, or none when the caller's privileges refused it
 * (42501): either way nothing changed. For attacks that RLS used to answer with no rows and the
 * narrowed privileges now refuse outright (migration 20260101002600).
 */
export async function rowsUnlessDenied<T>(attempt: Promise<T[]>): Promise<T[]> {
  try {
    return await attempt
  } catch (e) {
    if ((e as { code?: string }).code === '42501') return []
    throw e
  }
}
