// A deterministic large cycle for benchmarks: Almaty's districts, N proposals and M votes, written
// by SQL inside the database so PGlite and PostgreSQL get the same rows from the same seed.
// Every pseudo-random choice is a hash of (seed, purpose, index): no generator state, and the
// same arguments always give the same data. The cycle and its rows are marked as demo data.
import type { SqlRunner } from '../../src/embedded/postgrest-call'

export interface VolumeOptions {
  proposals: number
  votes: number
  seed: number
}

export const GENERATED_CYCLE = 'almaty-generated'
/** Votes per voter, as in Almaty; the last voter may cast fewer so the total is exact. */
const VOTES_PER_VOTER = 3

export function checkVolume(o: VolumeOptions): string | null {
  if (!Number.isInteger(o.proposals) || o.proposals < 80) return '--proposals: a whole number ≥ 80'
  if (!Number.isInteger(o.votes) || o.votes < 0) return '--votes: a whole number ≥ 0'
  if (!Number.isInteger(o.seed) || o.seed < 0) return '--seed: a whole number ≥ 0'
  return null
}

/**
 * Statements in order, as the database owner. Votes, voters and tallies are bulk rows: their
 * per-row triggers (vote limits, profile creation, tally increments) are switched off with
 * `session_replication_role = replica` and their results written directly — the tallies from
 * the votes in one aggregate, the limits by construction (three distinct proposals per voter,
 * in the voter's home district). Proposals keep their triggers: the database derives their
 * district and yard from the point, as for any proposal.
 */
export function volumeStatements(o: VolumeOptions): { label: string; sql: string }[] {
  const s = `'${o.seed}'`
  const hash = (purpose: string, index: string) =>
    `abs(hashtextextended(${s} || ':${purpose}:' || ${index}, 0))`
  // A pseudo-random number in [0, 1) for (purpose, index).
  const u = (purpose: string, index: string) => `((${hash(purpose, index)} % 1000000) / 1000000.0)`
  const uuid = (purpose: string, index: string) => `md5(${s} || ':${purpose}:' || ${index})::uuid`
  const voters = Math.ceil(o.votes / VOTES_PER_VOTER)
  // Everyone who votes, and enough people besides to author the proposals.
  const people = Math.max(voters, Math.ceil(o.proposals / 10))
  const cycle = `'${GENERATED_CYCLE}'`
  // The cycle's districts weighted by population (area where unknown), with running totals.
  const weights = `
    select cd.district_id as id, di.boundary,
           coalesce(di.population, di.area_km2 * 1000)::float8 as weight,
           sum(coalesce(di.population, di.area_km2 * 1000)::float8)
             over (order by cd.district_id) as upto,
           sum(coalesce(di.population, di.area_km2 * 1000)::float8) over () as total
    from public.cycle_districts cd join public.districts di on di.id = cd.district_id
    where cd.cycle_id = ${cycle}`
  return [
    {
      label: 'cycle',
      sql: `
        insert into public.budget_cycles (id, city_id, year, title_kk, title_ru, title_en, phase,
          project_cost_cap, votes_per_voter, votes_changeable, residents_only, division_date,
          is_demo)
        values (${cycle}, 'almaty', 2027,
          'Алматы: жасалған көлем (${o.proposals} ұсыныс, ${o.votes} дауыс, демо)',
          'Алматы: сгенерированный объём (${o.proposals} предложений, ${o.votes} голосов, демо)',
          'Almaty: generated volume (${o.proposals} proposals, ${o.votes} votes, demo)',
          'voting', 150000000, ${VOTES_PER_VOTER}, false, true, '2026-01-01', true);
        insert into public.cycle_districts (cycle_id, district_id, allocation)
        select ${cycle}, d.id, 800000000 from public.districts d
        where d.city_id = 'almaty' and (d.valid_from is null or d.valid_from <= '2026-01-01')
          and (d.valid_to is null or '2026-01-01' < d.valid_to);`,
    },
    {
      // People live in the districts in proportion to their population; the first ones vote.
      label: 'people',
      sql: `
        set local session_replication_role = replica;
        with w as (${weights}), v as (
          select i, ${uuid('person', 'i')} as id,
                 (select w.id from w where w.upto > ${u('home', 'i')} * w.total
                  order by w.upto limit 1) as home
          from generate_series(0, ${people - 1}) i
        ), users as (
          insert into auth.users (id, aud, role, raw_user_meta_data)
          select id, 'authenticated', 'authenticated', '{}'::jsonb from v
        )
        insert into public.profiles (id, display_name, home_district_id, language)
        select id, 'Resident ' || (i + 1) || ' (demo)', home, 'ru' from v;
        analyze auth.users, public.profiles`,
    },
    {
      // Proposals per district in proportion to population; points drawn in the district's
      // bounding box and kept when inside it (four candidates per point: enough for Almaty).
      label: 'proposals',
      sql: `
        with w as (${weights}), base as (
          select w.*, floor(${o.proposals} * weight / total)::int as n0 from w
        ), quota as (
          select base.*, n0 + case when row_number() over (order by id)
                                      <= ${o.proposals} - sum(n0) over () then 1 else 0 end as n,
                 extensions.st_xmin(boundary) as x0, extensions.st_xmax(boundary) as x1,
                 extensions.st_ymin(boundary) as y0, extensions.st_ymax(boundary) as y1
          from base
        ), candidate as (
          select q.id as district_id, q.n, i, q.boundary,
                 extensions.st_setsrid(extensions.st_makepoint(
                   q.x0 + (q.x1 - q.x0) * ${u('x', 'q.id || i')},
                   q.y0 + (q.y1 - q.y0) * ${u('y', 'q.id || i')}), 4326) as point
          from quota q, generate_series(1, q.n * 4) i
        ), inside as (
          select district_id, point, n,
                 row_number() over (partition by district_id order by i) as k
          from candidate where extensions.st_covers(boundary, point)
        ), chosen as (
          select point, row_number() over (order by district_id, k) as n,
                 (array['improvement', 'playgrounds', 'sport', 'lighting', 'greenery', 'roads',
                        'accessibility', 'safety'])[1 + ${hash('category', 'district_id || k')} % 8]
                   as category,
                 ${hash('status', 'district_id || k')} % 100 as pick
          from inside where k <= n
        )
        insert into public.proposals (id, cycle_id, author_id, title, description, category_id,
          cost_estimate, location, status, rejection_reason, is_demo, created_at, submitted_at)
        select ${uuid('proposal', 'c.n')}, ${cycle},
               ${uuid('person', `(${hash('author', 'c.n')} % ${people})`)},
               (case c.category
                  when 'playgrounds' then 'Детская площадка во дворе'
                  when 'sport' then 'Спортивная площадка'
                  when 'lighting' then 'Освещение двора'
                  when 'greenery' then 'Озеленение и полив'
                  when 'roads' then 'Ремонт внутриквартального проезда'
                  when 'accessibility' then 'Пандусы и тактильная плитка'
                  when 'improvement' then 'Благоустройство сквера'
                  else 'Видеонаблюдение во дворе' end) || ' № ' || c.n,
               'Сгенерированное предложение для проверки производительности (демо-данные).',
               c.category, (1 + ${hash('cost', 'c.n')} % 150) * 1000000, c.point,
               (case when c.pick < 90 then 'on_ballot' when c.pick < 97 then 'rejected'
                     else 'withdrawn' end)::public.proposal_status,
               case when c.pick between 90 and 96
                    then 'Не относится к полномочиям акимата района (демо).' end,
               true, '2026-05-01'::timestamptz + c.n * interval '1 second',
               '2026-05-01'::timestamptz + c.n * interval '1 second'
        from chosen c;
        -- Fresh statistics, or the votes' join is planned for a one-row ballot (quadratic).
        analyze public.proposals`,
    },
    {
      // Three distinct proposals of the voter's district ballot: the first skewed towards the
      // popular end (square of a uniform number), the others at two offsets from it that can
      // never coincide (one in each half of the ballot).
      label: 'votes',
      sql: `
        set local session_replication_role = replica;
        with ballot as (
          select id, district_id,
                 row_number() over (partition by district_id order by id) - 1 as idx,
                 count(*) over (partition by district_id) as k
          from public.proposals where cycle_id = ${cycle} and status = 'on_ballot'
        ), sizes as (select distinct district_id, k from ballot where k >= 3),
        picks as (
          select v.i, j, v.id as voter, s.district_id, s.k, (s.k - 1) / 2 as half,
                 floor(s.k * power(${u('first', 'v.i')}, 2))::bigint as first,
                 ${hash('second', 'v.i')} as h2, ${hash('third', 'v.i')} as h3
          from (select i, ${uuid('person', 'i')} as id from generate_series(0, ${voters - 1}) i) v
          join public.profiles p on p.id = v.id
          join sizes s on s.district_id = p.home_district_id,
          generate_series(0, ${VOTES_PER_VOTER - 1}) j
          where v.i * ${VOTES_PER_VOTER} + j < ${o.votes}
        ), targets as (
          select i, j, voter, district_id, case j
              when 0 then first
              when 1 then (first + 1 + h2 % half) % k
              else (first + 1 + half + h3 % half) % k end as idx
          from picks
        )
        insert into public.votes (voter_id, proposal_id, cycle_id, created_at)
        select t.voter, b.id, ${cycle},
               '2026-10-01'::timestamptz + (t.i * ${VOTES_PER_VOTER} + t.j) * interval '10 ms'
        from targets t join ballot b on b.district_id = t.district_id and b.idx = t.idx`,
    },
    {
      label: 'tallies',
      sql: `
        insert into public.proposal_tallies as t (proposal_id, online_votes)
        select proposal_id, count(*) from public.votes where cycle_id = ${cycle}
        group by proposal_id
        on conflict (proposal_id) do update set online_votes = excluded.online_votes`,
    },
    { label: 'analyze', sql: 'analyze public.votes, public.proposal_tallies' },
  ]
}

/** Writes the generated cycle; returns the rows it holds, for the caller to print. */
export async function generateVolume(
  db: SqlRunner,
  o: VolumeOptions,
  log: (line: string) => void = () => {},
): Promise<{ proposals: number; votes: number; voters: number }> {
  for (const step of volumeStatements(o)) {
    const started = performance.now()
    await db.transaction(async (tx) => {
      for (const sql of splitStatements(step.sql)) await tx.query(sql)
    })
    log(`  ${step.label.padEnd(10)} ${((performance.now() - started) / 1000).toFixed(1)} s`)
  }
  const [row] = (
    await db.query<{ proposals: number; votes: number; voters: number }>(
      `select (select count(*)::int from public.proposals where cycle_id = $1) as proposals,
              (select count(*)::int from public.votes where cycle_id = $1) as votes,
              (select count(distinct voter_id)::int from public.votes where cycle_id = $1) as voters`,
      [GENERATED_CYCLE],
    )
  ).rows
  return row!
}

/** One step's statements (extended protocol takes one statement per query). */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
}
