// Creating a cycle through the API: a city admin sets its rules, allocations, phase dates and
// ballot groups in one call; RLS refuses everyone else, the tables' triggers refuse districts
// and ballot groups that do not fit, and the function names every malformed value.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CityDistrict, Cycle, NewCycle } from '../../src/api/types'
import {
  cycleFormErrors,
  defaultPhaseDates,
  emptyCycleForm,
  emptyGroup,
  newCycleOf,
  type CycleForm,
} from '../../src/features/staff/cycleFormRules'
import { openTestDatabase, type TestDatabase } from '../support/database'
import { anon, createPerson, failure, type Person } from '../support/fixtures'

let db: TestDatabase
let admin: Person
beforeAll(async () => {
  db = await openTestDatabase()
  admin = await createPerson(db, { role: 'admin', city: 'almaty' })
})
afterAll(() => db.close())

/** A complete, valid new Almaty cycle with a fresh id. */
function newCycle(patch: Partial<NewCycle> = {}): NewCycle {
  return {
    id: `test-new-${randomUUID().slice(0, 8)}`,
    city_id: 'almaty',
    year: 2027,
    title_kk: 'Алматы қаласының қатысу бюджеті, 2027',
    title_ru: 'Бюджет участия города Алматы, 2027',
    title_en: 'Almaty participatory budget, 2027',
    project_cost_cap: 150_000_000,
    votes_per_voter: 3,
    votes_changeable: true,
    residents_only: true,
    division_date: '2027-01-01',
    allocations: { 'almaty-medeu': 800_000_000, 'almaty-almaly': 750_000_000 },
    phase_dates: [
      { phase: 'planning', starts_on: '2027-02-01', ends_on: '2027-03-31' },
      { phase: 'submission', starts_on: '2027-04-01', ends_on: '2027-06-30' },
      { phase: 'voting', starts_on: '2027-11-01', ends_on: '2027-12-15' },
    ],
    ballot_groups: [
      {
        code: 'small',
        name_kk: '40 пәтерге дейін',
        name_ru: 'До 40 квартир',
        name_en: 'Up to 40 flats',
        min_flats: 1,
        max_flats: 40,
        allocation: 20_000_000,
      },
      {
        code: 'large',
        name_kk: '40-тан астам',
        name_ru: 'Более 40 квартир',
        name_en: 'Over 40 flats',
        min_flats: 41,
        max_flats: null,
        allocation: 30_000_000,
      },
    ],
    ...patch,
  }
}

const create = (who: Person | { claims: typeof anon }, cycle: unknown) =>
  db.call<Cycle & { phase_dates: unknown }>(who.claims, 'create_cycle', { p_cycle: cycle })

/** Whether anything of the cycle was stored (a refusal must leave nothing behind). */
async function stored(id: string): Promise<number> {
  const [row] = await db.sql<{ n: number }>(
    `select ((select count(*) from public.budget_cycles where id = $1)
           + (select count(*) from public.cycle_districts where cycle_id = $1)
           + (select count(*) from public.cycle_phase_dates where cycle_id = $1)
           + (select count(*) from public.ballot_groups where cycle_id = $1))::integer as n`,
    [id],
  )
  return row!.n
}

describe('creating a cycle', () => {
  it('lets a city admin create a cycle in planning, listed publicly with its money and dates', async () => {
    const cycle = newCycle()
    const created = await create(admin, cycle)
    expect(created).toMatchObject({
      id: cycle.id,
      city_id: 'almaty',
      year: 2027,
      title_en: cycle.title_en,
      phase: 'planning',
      project_cost_cap: 150_000_000,
      votes_per_voter: 3,
      votes_changeable: true,
      residents_only: true,
      total_allocation: 1_550_000_000,
      is_demo: false,
      selection_rule: 'greedy',
    })
    const listed = (await db.call<Cycle[]>(anon, 'list_cycles', { p_city_id: 'almaty' })).find(
      (c) => c.id === cycle.id,
    )
    expect(listed).toEqual(created)
    expect(created.phase_dates).toEqual(cycle.phase_dates)
    expect(
      await db.as(
        anon,
        `select district_id, allocation::text from public.cycle_districts where cycle_id = $1
         order by district_id`,
        [cycle.id],
      ),
    ).toEqual([
      { district_id: 'almaty-almaly', allocation: '750000000' },
      { district_id: 'almaty-medeu', allocation: '800000000' },
    ])
    expect(
      await db.as(
        anon,
        `select code, min_flats, max_flats, allocation::text from public.ballot_groups
         where cycle_id = $1 order by min_flats`,
        [cycle.id],
      ),
    ).toEqual([
      { code: 'small', min_flats: 1, max_flats: 40, allocation: '20000000' },
      { code: 'large', min_flats: 41, max_flats: null, allocation: '30000000' },
    ])
  })

  it('keeps the selection rule it is given', async () => {
    for (const rule of ['mes', 'mes-greedy', 'greedy'] as const) {
      const created = await create(admin, newCycle({ selection_rule: rule }))
      expect(created.selection_rule).toBe(rule)
    }
  })

  it('creates a cycle without a cost cap, phase dates or ballot groups', async () => {
    const cycle = newCycle({ project_cost_cap: null, phase_dates: [], ballot_groups: [] })
    const created = await create(admin, cycle)
    expect(created).toMatchObject({ project_cost_cap: null, phase_dates: [] })
  })

  it('uses the district editions valid on the division date', async () => {
    const astanaAdmin = await createPerson(db, { role: 'admin', city: 'astana' })
    const on2019 = await create(
      astanaAdmin,
      newCycle({
        city_id: 'astana',
        year: 2019,
        division_date: '2019-01-01',
        allocations: { 'astana-esil-until-2022': 100_000_000 },
        ballot_groups: [],
      }),
    )
    expect(on2019.total_allocation).toBe(100_000_000)
    const expired = newCycle({
      city_id: 'astana',
      allocations: { 'astana-esil-until-2022': 100_000_000 },
    })
    expect(await failure(create(astanaAdmin, expired))).toMatchObject({
      code: 'QA001',
      key: 'district_not_in_cycle_city',
    })
    expect(await stored(expired.id)).toBe(0)
  })
})

describe('who may create a cycle', () => {
  it('refuses a resident, an official and an admin of another city (RLS), and anon', async () => {
    const resident = await createPerson(db, { home: 'almaty-medeu' })
    const official = await createPerson(db, { role: 'official', district: 'almaty-medeu' })
    const districtAdmin = await createPerson(db, {
      role: 'admin',
      city: 'almaty',
      district: 'almaty-medeu',
    })
    const astanaAdmin = await createPerson(db, { role: 'admin', city: 'astana' })
    for (const who of [resident, official, districtAdmin, astanaAdmin]) {
      const cycle = newCycle()
      expect(await failure(create(who, cycle))).toMatchObject({ code: '42501', key: 'forbidden' })
      expect(await stored(cycle.id)).toBe(0)
    }
    const cycle = newCycle()
    expect((await failure(create({ claims: anon }, cycle))).code).toBe('42501')
    expect(await stored(cycle.id)).toBe(0)
  })

  it('refuses an admin creating a cycle of another city', async () => {
    const cycle = newCycle({ city_id: 'astana', allocations: { 'astana-saryarka': 1_000_000 } })
    expect((await failure(create(admin, cycle))).code).toBe('42501')
    expect(await stored(cycle.id)).toBe(0)
  })
})

describe('what a new cycle must be', () => {
  it('refuses a district of another city, and one that does not exist', async () => {
    for (const district of ['astana-saryarka', 'almaty-nowhere']) {
      const cycle = newCycle({ allocations: { 'almaty-medeu': 1_000_000, [district]: 1_000_000 } })
      expect(await failure(create(admin, cycle))).toMatchObject({
        code: 'QA001',
        key: 'district_not_in_cycle_city',
      })
      expect(await stored(cycle.id)).toBe(0)
    }
  })

  it('refuses ballot groups whose flat ranges overlap, leaving nothing behind', async () => {
    const [small, large] = newCycle().ballot_groups
    const cycle = newCycle({ ballot_groups: [small!, { ...large!, min_flats: 40 }] })
    expect(await failure(create(admin, cycle))).toMatchObject({
      code: 'QA001',
      key: 'ballot_groups_overlap',
    })
    expect(await stored(cycle.id)).toBe(0)
  })

  it('refuses phase dates out of order, twice for a phase, or ending before they start', async () => {
    const cases: [NewCycle['phase_dates'], string][] = [
      [
        [
          { phase: 'planning', starts_on: '2027-02-01', ends_on: '2027-04-10' },
          { phase: 'submission', starts_on: '2027-04-01', ends_on: '2027-06-30' },
        ],
        'phase_dates_out_of_order',
      ],
      [
        // Listed in any order, judged in the order the phases run.
        [
          { phase: 'voting', starts_on: '2027-03-01', ends_on: '2027-03-31' },
          { phase: 'planning', starts_on: '2027-04-01', ends_on: '2027-04-30' },
        ],
        'phase_dates_out_of_order',
      ],
      [
        [
          { phase: 'planning', starts_on: '2027-02-01', ends_on: '2027-03-31' },
          { phase: 'planning', starts_on: '2027-04-01', ends_on: '2027-06-30' },
        ],
        'phase_dates_duplicate',
      ],
      [
        [{ phase: 'review', starts_on: '2027-05-01', ends_on: '2027-04-30' }],
        'phase_ends_before_start',
      ],
      [[{ phase: 'review', starts_on: '2027-05-01', ends_on: '' }], 'phase_date_required'],
      [
        [{ phase: 'review', starts_on: '2027-02-30', ends_on: '2027-04-30' }],
        'phase_date_required',
      ],
    ]
    for (const [phaseDates, key] of cases) {
      const cycle = newCycle({ phase_dates: phaseDates })
      expect(await failure(create(admin, cycle))).toMatchObject({ code: 'QA001', key })
      expect(await stored(cycle.id)).toBe(0)
    }
    // A phase may start on the day the previous one ends.
    const touching = newCycle({
      phase_dates: [
        { phase: 'planning', starts_on: '2027-02-01', ends_on: '2027-03-31' },
        { phase: 'submission', starts_on: '2027-03-31', ends_on: '2027-06-30' },
      ],
    })
    expect((await create(admin, touching)).id).toBe(touching.id)
  })

  it('refuses ballot groups adding up to more than a district, naming the district', async () => {
    const [small, large] = newCycle().ballot_groups
    const cycle = newCycle({
      allocations: { 'almaty-medeu': 800_000_000, 'almaty-almaly': 100_000_000 },
      ballot_groups: [
        { ...small!, allocation: 60_000_000 },
        { ...large!, allocation: 40_000_001 },
      ],
    })
    expect(await failure(create(admin, cycle))).toMatchObject({
      code: 'QA001',
      key: 'ballot_groups_exceed_district',
    })
    expect(await stored(cycle.id)).toBe(0)
    // Exactly the district's money is fine.
    const exact = newCycle({
      allocations: { 'almaty-medeu': 800_000_000, 'almaty-almaly': 100_000_000 },
      ballot_groups: [
        { ...small!, allocation: 60_000_000 },
        { ...large!, allocation: 40_000_000 },
      ],
    })
    expect((await create(admin, exact)).id).toBe(exact.id)
  })

  it('refuses an id that exists already', async () => {
    const cycle = newCycle()
    await create(admin, cycle)
    expect(await failure(create(admin, { ...cycle, title_en: 'Another' }))).toMatchObject({
      code: 'QA001',
      key: 'cycle_id_taken',
    })
    expect(await failure(create(admin, { ...cycle, id: 'almaty-2026' }))).toMatchObject({
      key: 'cycle_id_taken',
    })
  })

  it('names each malformed value', async () => {
    const medeu = (allocation: unknown) => ({ allocations: { 'almaty-medeu': allocation } })
    const group = newCycle().ballot_groups[0]!
    const cases: [Record<string, unknown>, string][] = [
      [medeu(-5_000_000), 'allocation_invalid'],
      [medeu(0), 'allocation_invalid'],
      [medeu(1_000_000.5), 'allocation_invalid'],
      [medeu('1000000'), 'allocation_invalid'],
      [{ allocations: {} }, 'allocations_required'],
      [{ allocations: null }, 'allocations_required'],
      [{ votes_per_voter: 0 }, 'votes_per_voter_invalid'],
      [{ votes_per_voter: 51 }, 'votes_per_voter_invalid'],
      [{ votes_per_voter: 2.5 }, 'votes_per_voter_invalid'],
      [{ project_cost_cap: 0 }, 'cost_cap_invalid'],
      [{ project_cost_cap: -1 }, 'cost_cap_invalid'],
      [{ year: 2014 }, 'cycle_year_invalid'],
      [{ id: 'Almaty 2027' }, 'cycle_id_invalid'],
      [{ id: '-almaty' }, 'cycle_id_invalid'],
      [{ id: 'a'.repeat(61) }, 'cycle_id_invalid'],
      [{ title_ru: '   ' }, 'cycle_title_required'],
      [{ title_kk: 'x'.repeat(201) }, 'title_too_long'],
      [{ division_date: '2027-13-01' }, 'division_date_required'],
      [{ division_date: null }, 'division_date_required'],
      [{ votes_changeable: 'yes' }, 'invalid_input'],
      [{ ballot_groups: [{ ...group, code: '' }] }, 'ballot_group_code_invalid'],
      [{ ballot_groups: [group, { ...group, min_flats: 100 }] }, 'ballot_group_code_taken'],
      [{ ballot_groups: [{ ...group, name_en: '' }] }, 'ballot_group_name_required'],
      [{ ballot_groups: [{ ...group, min_flats: 0 }] }, 'ballot_group_flats_invalid'],
      [{ ballot_groups: [{ ...group, max_flats: 0 }] }, 'ballot_group_flats_invalid'],
      [{ ballot_groups: [{ ...group, allocation: -1 }] }, 'allocation_invalid'],
      [{ ballot_groups: [{ ...group, allocation: null }] }, 'ballot_group_allocation_required'],
      [{ ballot_groups: [{ ...group, allocation: 1e12 + 1 }] }, 'allocation_invalid'],
      [medeu(1e12 + 1), 'allocation_invalid'],
      [{ project_cost_cap: 1e12 + 1 }, 'cost_cap_invalid'],
      [{ selection_rule: 'random' }, 'selection_rule_invalid'],
      [{ selection_rule: 3 }, 'selection_rule_invalid'],
      [{ division_date: '2016-12-31' }, 'division_date_out_of_range'],
      [{ division_date: '2029-01-01' }, 'division_date_out_of_range'],
      [{ division_date: 'infinity' }, 'division_date_required'],
      [
        { phase_dates: [{ phase: 'voting', starts_on: '-infinity', ends_on: '2027-12-15' }] },
        'phase_date_required',
      ],
      [
        { phase_dates: [{ phase: 'voting', starts_on: '2024-12-31', ends_on: '2027-12-15' }] },
        'phase_date_out_of_range',
      ],
      [
        { phase_dates: [{ phase: 'closed', starts_on: '2037-01-01', ends_on: '2038-01-01' }] },
        'phase_date_out_of_range',
      ],
      [
        { phase_dates: [{ phase: 'someday', starts_on: '2027-01-01', ends_on: '2027-01-02' }] },
        'invalid_input',
      ],
    ]
    for (const [patch, key] of cases) {
      const cycle = { ...newCycle(), ...patch }
      const refused = await failure(create(admin, cycle))
      expect({ patch, key: refused.key, code: refused.code }).toEqual({ patch, key, code: 'QA001' })
    }
  })
})

describe('the districts a cycle may use', () => {
  it('lists the editions of a city valid on a date, to anyone', async () => {
    const on = async (date: string) =>
      (
        await db.call<CityDistrict[]>(anon, 'city_districts', { p_city_id: 'astana', p_on: date })
      ).map((d) => d.id)
    expect(await on('2019-01-01')).toEqual(
      expect.arrayContaining(['astana-esil-until-2022', 'astana-almaty-until-2024']),
    )
    expect(await on('2019-01-01')).not.toContain('astana-nura')
    const now = await on('2026-01-01')
    expect(now).toEqual(expect.arrayContaining(['astana-nura', 'astana-sarayshyk', 'astana-esil']))
    expect(now).not.toContain('astana-esil-until-2022')
    const today = await db.call<CityDistrict[]>(anon, 'city_districts', {
      p_city_id: 'almaty',
      p_on: null,
    })
    expect(today.map((d) => d.id)).toContain('almaty-medeu')
    expect(today[0]).toMatchObject({ code: expect.any(String), name_kk: expect.any(String) })
  })
})

describe('the form and the database agree on a new cycle', () => {
  const districts = ['almaty-almaly', 'almaty-medeu']
  const group = (code: string, minFlats: string, maxFlats: string) => ({
    ...emptyGroup(code),
    code,
    name_kk: 'Аулалар',
    name_ru: 'Дворы',
    name_en: 'Yards',
    minFlats,
    maxFlats,
    allocation: '10 000 000',
  })
  const base = (): CycleForm => ({
    ...emptyCycleForm('almaty', 2027),
    id: `test-form-${randomUUID().slice(0, 8)}`,
    idEdited: true,
    title_kk: 'Сынақ',
    title_ru: 'Тест',
    title_en: 'Test',
    costCap: '150 000 000',
    allocations: { 'almaty-almaly': '800 000 000', 'almaty-medeu': '750 000 000' },
  })
  const cases: [string, Partial<CycleForm>][] = [
    ['a complete form', {}],
    ['no cost cap', { costCap: '' }],
    ['a cost cap of zero', { costCap: '0' }],
    ['an allocation of zero', { allocations: { 'almaty-medeu': '0' } }],
    ['an allocation with a decimal part', { allocations: { 'almaty-medeu': '1 000,50' } }],
    ['no allocation', { allocations: {} }],
    ['no votes per voter', { votesPerVoter: '0' }],
    ['51 votes per voter', { votesPerVoter: '51' }],
    ['a year before 2015', { year: '2014' }],
    ['an id with capitals and spaces', { id: 'Almaty 2027' }],
    ['an empty title', { title_en: ' ' }],
    ['no division date', { divisionDate: '' }],
    [
      'a phase starting before the previous one ends',
      {
        phases: {
          ...defaultPhaseDates('2027'),
          review: { starts: '2027-06-29', ends: '2027-10-31' },
        },
      },
    ],
    [
      'a phase ending before it starts',
      {
        phases: {
          ...defaultPhaseDates('2027'),
          voting: { starts: '2027-11-01', ends: '2027-10-31' },
        },
      },
    ],
    [
      'a phase without its end',
      { phases: { ...defaultPhaseDates('2027'), voting: { starts: '2027-11-01', ends: '' } } },
    ],
    [
      'ballot groups that follow one another',
      { groups: [group('s', '1', '40'), group('l', '41', '')] },
    ],
    ['overlapping ballot groups', { groups: [group('s', '1', '40'), group('l', '40', '')] }],
    ['a ballot group from 0 flats', { groups: [group('s', '0', '40')] }],
    ['two ballot groups with one code', { groups: [group('s', '1', '40'), group('s', '41', '')] }],
    [
      'a ballot group without an allocation',
      { groups: [group('s', '1', '40'), { ...group('l', '41', ''), allocation: '' }] },
    ],
    [
      'ballot groups above the smallest district',
      {
        groups: [
          { ...group('s', '1', '40'), allocation: '700 000 000' },
          { ...group('l', '41', ''), allocation: '50 000 001' },
        ],
      },
    ],
    [
      'ballot groups within the smallest district',
      {
        groups: [
          { ...group('s', '1', '40'), allocation: '700 000 000' },
          { ...group('l', '41', ''), allocation: '50 000 000' },
        ],
      },
    ],
    ['the Method of Equal Shares', { selectionRule: 'mes' }],
    ['a division date long before the year', { divisionDate: '2016-12-31' }],
    [
      'a phase long after the year',
      {
        phases: {
          ...defaultPhaseDates('2027'),
          closed: { starts: '2037-01-01', ends: '2038-01-01' },
        },
      },
    ],
  ]
  for (const [name, patch] of cases) {
    it(name, async () => {
      const form = { ...base(), ...patch }
      const errors = Object.values(cycleFormErrors(form, districts))
      const verdict = await create(admin, newCycleOf(form, 'almaty', districts)).then(
        () => 'ok',
        (e: { key?: string }) => e.key ?? String(e),
      )
      if (errors.length === 0) expect(verdict).toBe('ok')
      else expect(errors).toContain(verdict)
    })
  }
})
