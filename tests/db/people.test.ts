// Profiles, memberships and reference data: nobody can raise their own privileges or rewrite
// the places, cycles and allocations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Profile } from '../../src/api/types'
import { openTestDatabase, type TestDatabase } from '../support/database'
import { anon, createCycle, createPerson, failure, rowsUnlessDenied } from '../support/fixtures'

let db: TestDatabase
beforeAll(async () => {
  db = await openTestDatabase()
})
afterAll(() => db.close())

describe('profiles', () => {
  it('creates a profile for every new user and lets them edit only their own', async () => {
    const alice = await createPerson(db)
    const bob = await createPerson(db)
    const profile = await db.call<Profile>(alice.claims, 'update_profile', {
      p_display_name: '  Алия  ',
      p_home_district_id: 'almaty-medeu',
      p_language: 'kk',
    })
    expect(profile).toMatchObject({
      display_name: 'Алия',
      home_district_id: 'almaty-medeu',
      language: 'kk',
    })
    const hijack = await db.as(
      bob.claims,
      `update public.profiles set display_name = 'x' where id = $1 returning 1`,
      [alice.id],
    )
    expect(hijack).toEqual([])
    expect(
      await db.as(bob.claims, `select * from public.profiles where id = $1`, [alice.id]),
    ).toEqual([])
    // "my" functions describe the signed-in caller: anon may not call them.
    expect((await failure(db.call(anon, 'my_profile'))).code).toBe('42501')
  })

  it('names each bad value: language, name, home district', async () => {
    const alice = await createPerson(db)
    const args = { p_display_name: 'Алия', p_home_district_id: null, p_language: 'kk' }
    const key = async (change: Record<string, unknown>) =>
      (await failure(db.call(alice.claims, 'update_profile', { ...args, ...change }))).key
    expect(await key({ p_language: 'de' })).toBe('language_invalid')
    expect(await key({ p_language: null })).toBe('language_invalid')
    expect(await key({ p_display_name: ' ' })).toBe('display_name_required')
    expect(await key({ p_display_name: null })).toBe('display_name_required')
    expect(await key({ p_display_name: 'а'.repeat(81) })).toBe('display_name_too_long')
    expect(await key({ p_home_district_id: 'no-such-district' })).toBe('not_found')
    // 80 characters once trimmed is still a name; null clears the home district.
    const profile = await db.call<Profile>(alice.claims, 'update_profile', {
      ...args,
      p_display_name: ` ${'а'.repeat(80)} `,
    })
    expect(profile).toMatchObject({ display_name: 'а'.repeat(80), home_district_id: null })
  })
})

describe('memberships', () => {
  it('refuses a citizen or an official granting themselves a role', async () => {
    const citizen = await createPerson(db)
    const official = await createPerson(db, { role: 'official', district: 'almaty-medeu' })
    for (const who of [citizen, official]) {
      const attempt = await failure(
        db.as(
          who.claims,
          `insert into public.memberships (user_id, role, city_id) values ($1, 'admin', 'almaty')`,
          [who.id],
        ),
      )
      expect(attempt.code).toBe('42501')
    }
    const widened = await rowsUnlessDenied(
      db.as(
        official.claims,
        `update public.memberships set district_id = null where user_id = $1 returning 1`,
        [official.id],
      ),
    )
    expect(widened).toEqual([])
  })

  it('lets a city admin grant roles in their city only', async () => {
    const admin = await createPerson(db, { role: 'admin', city: 'almaty' })
    const newcomer = await createPerson(db)
    await db.as(
      admin.claims,
      `insert into public.memberships (user_id, role, city_id, district_id) values ($1, 'official', 'almaty', 'almaty-auezov')`,
      [newcomer.id],
    )
    const astana = await failure(
      db.as(
        admin.claims,
        `insert into public.memberships (user_id, role, city_id) values ($1, 'official', 'astana')`,
        [newcomer.id],
      ),
    )
    expect(astana.code).toBe('42501')
  })

  it('refuses a membership for a district of another city', async () => {
    const person = await createPerson(db)
    const attempt = await failure(
      db.sql(
        `insert into public.memberships (user_id, role, city_id, district_id)
         values ($1, 'official', 'almaty', 'astana-saryarka')`,
        [person.id],
      ),
    )
    expect(attempt.message).toBe('district_not_in_city')
  })

  it('hides other people’s memberships from citizens', async () => {
    const official = await createPerson(db, { role: 'official', district: 'almaty-medeu' })
    const citizen = await createPerson(db)
    expect(
      await db.as(citizen.claims, `select * from public.memberships where user_id = $1`, [
        official.id,
      ]),
    ).toEqual([])
    const own = await db.call<Profile>(official.claims, 'my_profile')
    expect(own.memberships).toEqual([
      { role: 'official', city_id: 'almaty', district_id: 'almaty-medeu' },
    ])
  })
})

describe('reference data and cycles', () => {
  it('is readable by everyone and writable by no end user', async () => {
    const official = await createPerson(db, { role: 'official', district: 'almaty-medeu' })
    const cycle = await createCycle(db)
    expect(
      (await db.as<{ n: number }>(anon, `select count(*)::int n from public.districts`))[0]!.n,
    ).toBe(16)
    for (const statement of [
      `update public.districts set boundary = extensions.st_multi(extensions.st_buffer(boundary, 0.1)) returning 1`,
      `delete from public.categories returning 1`,
      `update public.cycle_districts set allocation = allocation * 2 where cycle_id = '${cycle}' returning 1`,
      `update public.budget_cycles set phase = 'voting' where id = '${cycle}' returning 1`,
    ]) {
      expect(await rowsUnlessDenied(db.as(official.claims, statement))).toEqual([])
      expect(await rowsUnlessDenied(db.as(anon, statement))).toEqual([])
    }
    const inserted = await failure(
      db.as(
        official.claims,
        `insert into public.categories (id, name_kk, name_ru, name_en) values ('x', 'x', 'x', 'x')`,
      ),
    )
    expect(inserted.code).toBe('42501')
  })

  it('refuses a yard outside its district', async () => {
    const attempt = await failure(
      db.sql(
        `insert into public.yards (district_id, name_kk, name_ru, name_en, boundary)
         values ('almaty-medeu', 'a', 'b', 'c',
           extensions.st_setsrid(extensions.st_makeenvelope(71.40, 51.10, 71.41, 51.11), 4326))`,
      ),
    )
    expect(attempt.message).toBe('yard_outside_district')
  })
})
