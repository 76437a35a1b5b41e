// Running a cycle: admins set allocations, phase dates and ballot groups; ballot groups and yards
// are derived for proposals from their location.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CYCLE_PHASES, type Cycle, type ProposalDetail } from '../../src/api/types'
import { openTestDatabase, type TestDatabase } from '../support/database'
import { anon, createCycle, createPerson, failure, pointIn } from '../support/fixtures'

let db: TestDatabase
beforeAll(async () => {
  db = await openTestDatabase()
})
afterAll(() => db.close())

/** A ~100 m square yard around a point inside the district. */
async function createYard(district: string, flats: number, offset = 0) {
  const [lon, lat] = await pointIn(db, district)
  const x = lon + offset
  const [row] = await db.sql<{ id: string }>(
    `insert into public.yards (district_id, name_kk, name_ru, name_en, flats, boundary)
     values ($1, 'Аула', 'Двор', 'Yard', $2,
       extensions.st_setsrid(extensions.st_makeenvelope($3 - 0.0006, $4 - 0.0004, $3 + 0.0006, $4 + 0.0004), 4326))
     returning id`,
    [district, flats, x, lat],
  )
  return { id: row!.id, lon: x, lat }
}

describe('running a cycle', () => {
  it('has the phases, in the order the app moves them forward', async () => {
    const [row] = await db.sql<{ phases: string[] }>(
      `select enum_range(null::public.cycle_phase)::text[] as phases`,
    )
    expect(row!.phases).toEqual([...CYCLE_PHASES])
  })

  it('lets the city admin set allocations, phase dates and ballot groups, visible to all', async () => {
    const cycle = await createCycle(db, { phase: 'planning' })
    const admin = await createPerson(db, { role: 'admin', city: 'almaty' })
    const official = await createPerson(db, { role: 'official', district: 'almaty-medeu' })
    const statements = [
      `update public.cycle_districts set allocation = 800000000 where cycle_id = '${cycle}' returning 1`,
      `insert into public.cycle_phase_dates (cycle_id, phase, starts_on, ends_on)
         values ('${cycle}', 'voting', '2026-11-01', '2026-12-15') returning 1`,
      `insert into public.ballot_groups (cycle_id, code, name_kk, name_ru, name_en, min_flats, max_flats, allocation)
         values ('${cycle}', 'small', 'Шағын', 'Малые', 'Small', 1, 40, 100000000) returning 1`,
    ]
    for (const statement of statements) {
      const refused = await db.as(official.claims, statement).catch((e: { code: string }) => e.code)
      expect(refused === '42501' || (Array.isArray(refused) && refused.length === 0)).toBe(true)
      expect((await db.as(admin.claims, statement)).length).toBeGreaterThan(0)
    }
    const [listed] = (await db.call<Cycle[]>(anon, 'list_cycles', { p_city_id: 'almaty' })).filter(
      (c) => c.id === cycle,
    )
    expect(listed!.total_allocation).toBe(1_600_000_000)
    expect(
      await db.as(anon, `select phase from public.cycle_phase_dates where cycle_id = $1`, [cycle]),
    ).toEqual([{ phase: 'voting' }])
    expect(
      await db.as(anon, `select code from public.ballot_groups where cycle_id = $1`, [cycle]),
    ).toEqual([{ code: 'small' }])
  })

  it('lets a city admin create a cycle in their city only', async () => {
    const admin = await createPerson(db, { role: 'admin', city: 'almaty' })
    const official = await createPerson(db, { role: 'official', district: 'almaty-medeu' })
    const insert = (city: string, id: string) =>
      `insert into public.budget_cycles (id, city_id, year, title_kk, title_ru, title_en, division_date)
       values ('${id}', '${city}', 2027, 'a', 'b', 'c', '2027-01-01') returning id`
    expect(await db.as(admin.claims, insert('almaty', 'almaty-2027-test'))).toEqual([
      { id: 'almaty-2027-test' },
    ])
    expect((await failure(db.as(admin.claims, insert('astana', 'astana-2027-test')))).code).toBe(
      '42501',
    )
    expect((await failure(db.as(official.claims, insert('almaty', 'almaty-2027-x')))).code).toBe(
      '42501',
    )
  })

  it('refuses an admin of another city', async () => {
    const cycle = await createCycle(db, { phase: 'planning' })
    const astanaAdmin = await createPerson(db, { role: 'admin', city: 'astana' })
    expect(
      await db.as(
        astanaAdmin.claims,
        `update public.cycle_districts set allocation = 1 where cycle_id = $1 returning 1`,
        [cycle],
      ),
    ).toEqual([])
  })
})

describe('yards and ballot groups', () => {
  it('derives the yard and its ballot group from the point, and refuses points outside grouped yards', async () => {
    const cycle = await createCycle(db, { districts: { 'almaty-medeu': 100_000_000 } })
    await db.sql(
      `insert into public.ballot_groups (cycle_id, code, name_kk, name_ru, name_en, min_flats, max_flats, allocation)
       values ($1, 'upto40', 'a', 'b', 'c', 1, 40, 20000000), ($1, 'upto100', 'a', 'b', 'c', 41, 100, 30000000),
              ($1, 'over100', 'a', 'b', 'c', 101, null, 50000000)`,
      [cycle],
    )
    const yard = await createYard('almaty-medeu', 72)
    const citizen = await createPerson(db)
    const args = {
      p_id: null,
      p_cycle_id: cycle,
      p_title: 'Playground',
      p_description: 'A playground for the children of the yard.',
      p_category_id: 'playgrounds',
      p_cost_estimate: 5_000_000,
      p_photo_path: null,
    }
    const inYard = await db.call<ProposalDetail>(citizen.claims, 'save_proposal', {
      ...args,
      p_lon: yard.lon,
      p_lat: yard.lat,
    })
    expect(inYard.yard_id).toBe(yard.id)
    const [group] = await db.sql<{ code: string }>(
      `select bg.code from public.proposals p join public.ballot_groups bg on bg.id = p.ballot_group_id
       where p.id = $1`,
      [inYard.id],
    )
    expect(group!.code).toBe('upto100')
    const outside = await failure(
      db.call(citizen.claims, 'save_proposal', {
        ...args,
        p_lon: yard.lon + 0.003,
        p_lat: yard.lat,
      }),
    )
    expect(outside.key).toBe('location_outside_ballot_yards')
  })
})

describe('unambiguous places', () => {
  it('refuses ballot groups whose flat ranges overlap', async () => {
    const cycle = await createCycle(db)
    const group = (code: string, min: number, max: number | null) =>
      db.sql(
        `insert into public.ballot_groups (cycle_id, code, name_kk, name_ru, name_en, min_flats, max_flats, allocation)
         values ($1, $2, 'a', 'b', 'c', $3, $4, 1000000)`,
        [cycle, code, min, max],
      )
    await group('small', 1, 40)
    await group('large', 41, null)
    expect((await failure(group('middle', 30, 100))).message).toBe('ballot_groups_overlap')
  })

  it('refuses a yard overlapping another, and accepts a neighbouring one', async () => {
    const yard = await createYard('almaty-bostandyk', 50)
    const overlapping = await failure(createYard('almaty-bostandyk', 60, 0.0005))
    expect(overlapping.message).toBe('yards_overlap')
    await expect(createYard('almaty-bostandyk', 60, 0.0013)).resolves.toMatchObject({
      lat: yard.lat,
    })
  })
})

describe('deleting', () => {
  it('lets an author delete their own draft, nothing else', async () => {
    const cycle = await createCycle(db)
    const author = await createPerson(db)
    const other = await createPerson(db)
    const [lon, lat] = await pointIn(db, 'almaty-medeu')
    const draft = await db.call<ProposalDetail>(author.claims, 'save_proposal', {
      p_id: null,
      p_cycle_id: cycle,
      p_title: 'Lamp posts',
      p_description: 'Ten lamp posts along the path to the school.',
      p_category_id: 'lighting',
      p_cost_estimate: 3_000_000,
      p_lon: lon,
      p_lat: lat,
      p_photo_path: null,
    })
    const del = `delete from public.proposals where id = $1 returning 1`
    expect(await db.as(other.claims, del, [draft.id])).toEqual([])
    await db.call(author.claims, 'submit_proposal', { p_id: draft.id })
    expect(await db.as(author.claims, del, [draft.id])).toEqual([])
    const second = await db.call<ProposalDetail>(author.claims, 'save_proposal', {
      p_id: null,
      p_cycle_id: cycle,
      p_title: '',
      p_description: '',
      p_category_id: null,
      p_cost_estimate: null,
      p_lon: null,
      p_lat: null,
      p_photo_path: null,
    })
    expect(await db.as(author.claims, del, [second.id])).toEqual([{ '?column?': 1 }])
  })

  it('lets a city admin remove a membership, and nobody else', async () => {
    const admin = await createPerson(db, { role: 'admin', city: 'almaty' })
    const official = await createPerson(db, { role: 'official', district: 'almaty-medeu' })
    const colleague = await createPerson(db, { role: 'official', district: 'almaty-medeu' })
    const del = `delete from public.memberships where user_id = $1 returning 1`
    expect(await db.as(official.claims, del, [colleague.id])).toEqual([])
    expect(await db.as(admin.claims, del, [colleague.id])).toHaveLength(1)
  })
})
