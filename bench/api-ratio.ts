// The API at volume: district summaries, the proposals' map layer and a proposal's detail as a
// signed-in citizen (RLS enforced) against the same call as the service role (RLS bypassed:
// the same SQL, the raw query's cost), and vote casting throughput with limits and RLS enforced.
// Run on the generated cycle (scripts/generate) in PGlite and in PostgreSQL 15.
import { ApiCatalog, callApi, type Claims, type SqlRunner } from '../src/embedded/postgrest-call'
import { GENERATED_CYCLE } from '../scripts/generate/volume'
import { median, timeMs } from './stats'

const SERVICE: Claims = { role: 'service_role' }

export interface Ratio {
  call: string
  citizenMs: number
  serviceMs: number
}

/** A generated resident who voted: the citizen whose requests are measured. */
async function citizen(db: SqlRunner): Promise<Claims> {
  const { rows } = await db.query<{ id: string }>(
    `select voter_id as id from public.votes where cycle_id = $1 order by voter_id limit 1`,
    [GENERATED_CYCLE],
  )
  const id = rows[0]!.id
  return { role: 'authenticated', aud: 'authenticated', sub: id }
}

/**
 * Medians over `rounds`, citizen and service role alternating which goes first; one warm-up
 * round first (plans and caches), not counted.
 */
export async function apiRatios(db: SqlRunner, rounds: number): Promise<Ratio[]> {
  const catalog = new ApiCatalog(db)
  const who = await citizen(db)
  const { rows: ids } = await db.query<{ id: string }>(
    `select id from public.proposals where cycle_id = $1 and status = 'on_ballot'
     order by md5(id::text) limit $2`,
    [GENERATED_CYCLE, rounds * 5 + 1],
  )
  // A detail takes about a millisecond: five times the rounds, or the median is noise.
  const calls: [string, string, number, (round: number) => Record<string, unknown>][] = [
    ['district summaries', 'district_summaries', rounds, () => ({ p_cycle_id: GENERATED_CYCLE })],
    ['proposals map layer', 'proposal_layer', rounds, () => ({ p_cycle_id: GENERATED_CYCLE })],
    ['proposal detail', 'proposal_detail', rounds * 5, (r) => ({ p_id: ids[r]!.id })],
  ]
  const out: Ratio[] = []
  for (const [call, fn, n, args] of calls) {
    const times = { citizen: [] as number[], service: [] as number[] }
    for (let r = 0; r <= n; r++) {
      const order = r % 2 ? (['service', 'citizen'] as const) : (['citizen', 'service'] as const)
      for (const role of order) {
        const claims = role === 'citizen' ? who : SERVICE
        const ms = await timeMs(() => callApi(db, catalog, claims, fn, args(r)))
        if (r > 0) times[role].push(ms)
      }
    }
    out.push({ call, citizenMs: median(times.citizen), serviceMs: median(times.service) })
  }
  return out
}

/**
 * Votes per second through `cast_vote` as signed-in residents (guard, roll, limits, RLS, tally), with
 * `clients` concurrent connections. New voters (made first, not timed) each cast three votes on
 * their district's ballot; a voter's votes are spread over the run, as real traffic is.
 */
export async function voteThroughput(
  db: SqlRunner,
  votes: number,
  clients: number,
): Promise<{ votes: number; seconds: number; perSecond: number }> {
  const catalog = new ApiCatalog(db)
  const voters = Math.ceil(votes / 3)
  const { rows: people } = await db.query<{ id: string; district: string }>(
    `with d as (select district_id, row_number() over (order by district_id) - 1 as n,
                       count(*) over () as total
                from public.cycle_districts where cycle_id = $1),
     u as (insert into auth.users (id, aud, role)
           select gen_random_uuid(), 'authenticated', 'authenticated'
           from generate_series(1, $2) returning id),
     numbered as (select id, row_number() over (order by id) as n from u)
     select numbered.id, d.district_id as district from numbered
     join d on d.n = numbered.n % d.total`,
    [GENERATED_CYCLE, voters],
  )
  await db.query(
    `update public.profiles p set home_district_id = x.district
     from unnest($1::uuid[], $2::text[]) x(id, district) where p.id = x.id`,
    [people.map((p) => p.id), people.map((p) => p.district)],
  )
  // Verified residents (method demo, as the seed's) on the frozen roll of the generated cycle.
  await db.query(
    `insert into public.residency_verifications (account_id, person_key, district_id, method)
     select x.id, app_private.keyed_hash('bench:' || x.id::text), x.district, 'demo'
     from unnest($1::uuid[], $2::text[]) x(id, district)`,
    [people.map((p) => p.id), people.map((p) => p.district)],
  )
  await db.query(
    `insert into public.voter_rolls (cycle_id, account_id, person_key, district_id, verification_id)
     select $1, r.account_id, r.person_key, r.district_id, r.verification_id
     from app_private.residents r where r.account_id = any ($2::uuid[])`,
    [GENERATED_CYCLE, people.map((p) => p.id)],
  )
  const { rows: ballots } = await db.query<{ district: string; ids: string[] }>(
    `select district_id as district, (array_agg(id order by md5(id::text)))[1:500] as ids
     from public.proposals where cycle_id = $1 and status = 'on_ballot' group by district_id`,
    [GENERATED_CYCLE],
  )
  const byDistrict = new Map(ballots.map((b) => [b.district, b.ids]))
  const tasks: { claims: Claims; proposal: string }[] = []
  for (let k = 0; k < 3; k++) {
    people.forEach((p, i) => {
      const ids = byDistrict.get(p.district)!
      tasks.push({
        claims: { role: 'authenticated', aud: 'authenticated', sub: p.id },
        // Three distinct proposals (needs three on the ballot: the generated cycle has hundreds).
        proposal: ids[(i + k * Math.floor(ids.length / 3)) % ids.length]!,
      })
    })
  }
  tasks.length = votes
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < tasks.length) {
        const t = tasks[next++]!
        await callApi(db, catalog, t.claims, 'cast_vote', { p_proposal_id: t.proposal })
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  const { rows } = await db.query<{ n: number }>(
    `select count(*)::int as n from public.votes where voter_id = any ($1::uuid[])`,
    [people.map((p) => p.id)],
  )
  if (rows[0]!.n !== votes) throw new Error(`expected ${votes} votes, found ${rows[0]!.n}`)
  return { votes, seconds, perSecond: votes / seconds }
}
