// The volume generator (npm run generate) writes what the database's own rules would accept:
// proposals inside their districts, at most three distinct votes per voter on the ballot of the
// voter's home district, tallies equal to the votes; and the same arguments give the same rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GENERATED_CYCLE, generateVolume } from '../../scripts/generate/volume'
import { openTestDatabase, type TestDatabase } from '../support/database'

const VOLUME = { proposals: 240, votes: 500, seed: 7 }

let db: TestDatabase
beforeAll(async () => {
  db = await openTestDatabase()
  await generateVolume(db.runner, VOLUME)
})
afterAll(() => db.close())

/** A digest of the generated rows: what must not change between runs. */
const digest = (d: TestDatabase) =>
  d.sql<{ proposals: string; votes: string }>(
    `select (select md5(string_agg(p.id || p.district_id || p.status || p.cost_estimate
                                   || extensions.st_astext(p.location), ',' order by p.id))
             from public.proposals p where p.cycle_id = $1) as proposals,
            (select md5(string_agg(v.voter_id || '>' || v.proposal_id, ','
                                   order by v.voter_id, v.proposal_id))
             from public.votes v where v.cycle_id = $1) as votes`,
    [GENERATED_CYCLE],
  )

describe('npm run generate', () => {
  it('writes exactly the proposals and votes asked for', async () => {
    const [row] = await db.sql<{ proposals: number; votes: number; voters: number }>(
      `select (select count(*)::int from public.proposals where cycle_id = $1) as proposals,
              (select count(*)::int from public.votes where cycle_id = $1) as votes,
              (select count(distinct voter_id)::int from public.votes where cycle_id = $1) as voters`,
      [GENERATED_CYCLE],
    )
    expect(row).toEqual({ proposals: 240, votes: 500, voters: 167 })
  })

  it('places each proposal inside the district the database derived for it', async () => {
    const rows = await db.sql<{ outside: number; districts: number }>(
      `select count(*) filter (where not extensions.st_covers(d.boundary, p.location))::int
                as outside,
              count(distinct p.district_id)::int as districts
       from public.proposals p join public.districts d on d.id = p.district_id
       where p.cycle_id = $1`,
      [GENERATED_CYCLE],
    )
    expect(rows[0]).toEqual({ outside: 0, districts: 8 })
  })

  it('keeps every vote within the rules: on the ballot, at home, at most three per voter', async () => {
    const [row] = await db.sql<{ off_ballot: number; away: number; over: number }>(
      `select count(*) filter (where p.status <> 'on_ballot')::int as off_ballot,
              count(*) filter (where p.district_id <> pr.home_district_id)::int as away,
              (select count(*)::int from (select voter_id from public.votes where cycle_id = $1
                                          group by voter_id having count(*) > 3) x) as over
       from public.votes v join public.proposals p on p.id = v.proposal_id
       join public.profiles pr on pr.id = v.voter_id
       where v.cycle_id = $1`,
      [GENERATED_CYCLE],
    )
    expect(row).toEqual({ off_ballot: 0, away: 0, over: 0 })
  })

  it('writes tallies equal to the votes', async () => {
    const rows = await db.sql(
      `select p.id from public.proposals p
       left join public.proposal_tallies t on t.proposal_id = p.id
       where p.cycle_id = $1
         and coalesce(t.online_votes, 0)
             <> (select count(*) from public.votes v where v.proposal_id = p.id)`,
      [GENERATED_CYCLE],
    )
    expect(rows).toEqual([])
  })

  it('gives the same rows for the same arguments, and others for another seed', async () => {
    const again = await openTestDatabase()
    const other = await openTestDatabase()
    try {
      const first = await digest(db)
      await generateVolume(again.runner, VOLUME)
      await generateVolume(other.runner, { ...VOLUME, seed: 8 })
      expect(await digest(again)).toEqual(first)
      expect((await digest(other))[0]!.proposals).not.toBe(first[0]!.proposals)
    } finally {
      await again.close()
      await other.close()
    }
  })
})
