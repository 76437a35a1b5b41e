import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type {
  Category,
  City,
  DistrictLayer,
  DistrictSummary,
  ProjectLayer,
} from '../../src/api/types'
import { openTestDatabase, type TestDatabase } from '../support/database'
import {
  anon,
  createCycle,
  createPerson,
  createProject,
  createProposal,
  failure,
} from '../support/fixtures'

let db: TestDatabase
beforeAll(async () => {
  db = await openTestDatabase()
})
afterAll(() => db.close())

describe('read API', () => {
  it('lists both cities with a bounding box around their real boundary', async () => {
    const cities = await db.call<City[]>(anon, 'list_cities')
    expect(cities.map((c) => c.id)).toEqual(['almaty', 'astana'])
    const almaty = cities[0]!
    const [w, s, e, n] = almaty.bbox
    expect(w).toBeGreaterThan(76.7)
    expect(e).toBeLessThan(77.3)
    expect(s).toBeGreaterThan(43.0)
    expect(n).toBeLessThan(43.5)
  })

  it('lists the project categories in kk, ru and en, in their display order', async () => {
    const categories = await db.call<Category[]>(anon, 'list_categories')
    expect(categories.length).toBeGreaterThanOrEqual(9)
    expect(categories[0]).toMatchObject({
      id: 'improvement',
      name_kk: 'Абаттандыру',
      name_ru: 'Благоустройство',
      name_en: 'Public space improvement',
    })
    const order = categories.map((c) => c.sort_order)
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })

  it('draws a cycle’s districts as GeoJSON with their allocation and figures', async () => {
    const eight = Object.fromEntries(
      ['alatau', 'almaly', 'auezov', 'bostandyk', 'zhetysu', 'medeu', 'nauryzbay', 'turksib'].map(
        (d) => [`almaty-${d}`, 500_000_000],
      ),
    )
    const cycle = await createCycle(db, { districts: eight, phase: 'execution' })
    const author = await createPerson(db)
    await createProposal(db, { cycle, author, district: 'almaty-medeu', status: 'selected' })
    await createProposal(db, { cycle, author, district: 'almaty-medeu', status: 'draft' })
    const project = await createProject(db, {
      cycle,
      district: 'almaty-medeu',
      budget: 120_000_000,
    })
    await db.sql(
      `insert into public.project_contracts (project_id, contractor, amount, planned_start,
         planned_end, procurement_ref, recorded_role)
       values ($1, 'ТОО «Тест»', 110000000, '2026-04-01', '2026-10-31', '87491617-ЗЦП1', 'official')`,
      [project],
    )
    await db.sql(
      `insert into public.payments (project_id, amount, paid_on, document_ref)
       values ($1, 40000000, '2026-05-01', 'PP-1'), ($1, 25000000, '2026-06-01', 'PP-2')`,
      [project],
    )

    const layer = await db.call<DistrictLayer>(anon, 'district_layer', { p_cycle_id: cycle })
    expect(layer.type).toBe('FeatureCollection')
    expect(layer.features).toHaveLength(8)
    for (const f of layer.features) {
      expect(f.geometry.type).toBe('MultiPolygon')
      expect(f.properties.allocation).toBe(500_000_000)
    }
    const medeu = layer.features.find((f) => f.properties.id === 'almaty-medeu')!.properties
    // The draft is private: only the published proposal counts.
    expect(medeu).toMatchObject({
      name_ru: 'Медеуский район',
      kato: '751710000',
      proposals: 1,
      approved: 120_000_000,
      contracted: 110_000_000,
      paid: 65_000_000,
    })
    // Almaty's district populations are an unverified copy, and the API says so.
    expect(medeu.population).toBeGreaterThan(100_000)
    expect(medeu.population_reliability).toMatch(/^low/)

    const summaries = await db.call<DistrictSummary[]>(anon, 'district_summaries', {
      p_cycle_id: cycle,
    })
    expect(summaries.map((s) => s.id)).toEqual(layer.features.map((f) => f.properties.id))
  })

  it('gives each funded project the category of the proposal it came from', async () => {
    const cycle = await createCycle(db, { phase: 'execution' })
    const author = await createPerson(db)
    const proposal = await createProposal(db, {
      cycle,
      author,
      district: 'almaty-medeu',
      status: 'selected',
    })
    const project = await createProject(db, { cycle, district: 'almaty-medeu' })
    await db.sql(`update public.projects set proposal_id = $2 where id = $1`, [project, proposal])
    const orphan = await createProject(db, { cycle, district: 'almaty-medeu' })
    const layer = await db.call<ProjectLayer>(anon, 'project_layer', { p_cycle_id: cycle })
    const category = (id: string) =>
      layer.features.find((f) => f.properties.id === id)!.properties.category_id
    expect(category(project)).toBe('greenery')
    expect(category(orphan)).toBeNull()
  })

  it('matches a cycle to the district editions valid on its division date', async () => {
    const attach = (cycle: string, district: string) =>
      db.sql(
        `insert into public.cycle_districts (cycle_id, district_id, allocation) values ($1, $2, 1)`,
        [cycle, district],
      )
    const pilot = await createCycle(db, {
      city: 'astana',
      districts: {},
      divisionDate: '2019-06-01',
    })
    await attach(pilot, 'astana-esil-until-2022')
    await attach(pilot, 'astana-almaty-until-2024')
    await attach(pilot, 'astana-saryarka')
    await expect(attach(pilot, 'astana-nura')).rejects.toThrow('district_not_in_cycle_city')
    await expect(attach(pilot, 'astana-sarayshyk')).rejects.toThrow('district_not_in_cycle_city')

    const current = await createCycle(db, { city: 'astana', districts: {} })
    await attach(current, 'astana-sarayshyk')
    await expect(attach(current, 'astana-almaty-until-2024')).rejects.toThrow(
      'district_not_in_cycle_city',
    )
    const almaty = await createCycle(db, { districts: {} })
    await expect(attach(almaty, 'astana-saryarka')).rejects.toThrow('district_not_in_cycle_city')
  })
})

describe('reads by an id that does not exist', () => {
  const BY_CYCLE = [
    'district_summaries',
    'district_layer',
    'project_layer',
    'project_money',
    'cycle_payments',
    'selection_outcomes',
    'my_votes',
    'my_proposals',
  ]

  it('say not_found for an unknown or null cycle, and answer empty for a cycle without data', async () => {
    const citizen = await createPerson(db)
    const empty = await createCycle(db, { districts: {} })
    for (const fn of BY_CYCLE) {
      for (const id of ['no-such-cycle', null]) {
        const refusal = await failure(db.call(citizen.claims, fn, { p_cycle_id: id }))
        expect(refusal.key, `${fn}(${id})`).toBe('not_found')
      }
      const answer = await db.call<unknown>(citizen.claims, fn, { p_cycle_id: empty })
      expect(answer, fn).not.toBeNull()
    }
  })

  it('say not_found for an unknown or null city', async () => {
    for (const id of ['no-such-city', null]) {
      expect((await failure(db.call(anon, 'list_cycles', { p_city_id: id }))).key).toBe('not_found')
      expect(
        (await failure(db.call(anon, 'city_districts', { p_city_id: id, p_on: null }))).key,
      ).toBe('not_found')
    }
    expect(
      (await db.call<unknown[]>(anon, 'city_districts', { p_city_id: 'astana', p_on: null }))
        .length,
    ).toBeGreaterThan(0)
  })

  it('says not_found for the votes of an unknown proposal', async () => {
    const refusal = await failure(
      db.call(anon, 'proposal_votes', { p_proposal_id: '00000000-0000-4000-8000-000000000000' }),
    )
    expect(refusal.key).toBe('not_found')
  })
})
