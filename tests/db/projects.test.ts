// Execution tracking: only officials of the project's district record progress and payments;
// the timeline and payments are append-only for everyone; status changes only through updates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProjectDetail } from '../../src/api/types'
import type { Claims } from '../../src/embedded/postgrest-call'
import { openTestDatabase, type TestDatabase } from '../support/database'
import {
  anon,
  createCycle,
  createPerson,
  createProject,
  failure,
  rowsUnlessDenied,
  pointIn,
} from '../support/fixtures'

let db: TestDatabase
beforeAll(async () => {
  db = await openTestDatabase()
})
afterAll(() => db.close())

const SERVICE: Claims = { role: 'service_role' }

async function project(phase: 'execution' | 'voting' = 'execution') {
  const cycle = await createCycle(db, { phase })
  return createProject(db, { cycle, district: 'almaty-medeu', budget: 30_000_000 })
}

const progress = (id: string, value = 40) => ({
  p_project_id: id,
  p_status: 'in_progress',
  p_progress: value,
  p_note: 'Foundations poured.',
  p_photo_path: null,
})
const payment = (id: string) => ({
  p_project_id: id,
  p_amount: 12_000_000,
  p_paid_on: '2026-06-01',
  p_document_ref: 'ПП №1042 от 01.06.2026',
})

describe('recording execution', () => {
  it('lets the district’s official post progress and a payment, visible to everyone', async () => {
    const id = await project()
    const official = await createPerson(db, { role: 'official', district: 'almaty-medeu' })
    await db.call(official.claims, 'record_project_update', progress(id))
    const detail = await db.call<ProjectDetail>(official.claims, 'record_payment', payment(id))
    expect(detail).toMatchObject({ status: 'in_progress', progress: 40, paid: 12_000_000 })
    const seen = await db.call<ProjectDetail>(anon, 'project_detail', { p_id: id })
    expect(seen.updates).toHaveLength(1)
    expect(seen.updates[0]).toMatchObject({ author_role: 'official', note: 'Foundations poured.' })
    expect(seen.payments).toHaveLength(1)
  })

  it('refuses an official of another district, a citizen and anonymous visitors', async () => {
    const id = await project()
    const elsewhere = await createPerson(db, { role: 'official', district: 'almaty-almaly' })
    const citizen = await createPerson(db, { home: 'almaty-medeu' })
    expect(
      (await failure(db.call(elsewhere.claims, 'record_project_update', progress(id)))).key,
    ).toBe('not_allowed_for_role')
    expect((await failure(db.call(elsewhere.claims, 'record_payment', payment(id)))).code).toBe(
      '42501',
    )
    expect(
      (await failure(db.call(citizen.claims, 'record_project_update', progress(id)))).key,
    ).toBe('not_allowed_for_role')
    expect((await failure(db.call(anon, 'record_payment', payment(id)))).code).toBe('42501')
    const direct = await failure(
      db.as(
        elsewhere.claims,
        `insert into public.payments (project_id, amount, paid_on, document_ref) values ($1, 1, '2026-01-01', 'x')`,
        [id],
      ),
    )
    expect(direct.code).toBe('42501')
  })

  it('refuses recording progress before execution has started', async () => {
    const id = await project('voting')
    const official = await createPerson(db, { role: 'official', district: 'almaty-medeu' })
    expect(
      (await failure(db.call(official.claims, 'record_project_update', progress(id)))).key,
    ).toBe('phase_closed')
  })

  it('refuses completing a project below 100 % and payments dated in the future', async () => {
    const id = await project()
    const official = await createPerson(db, { role: 'official', district: 'almaty-medeu' })
    const half = { ...progress(id, 50), p_status: 'completed' }
    // Named by the API (the table's check constraint stays behind it).
    expect((await failure(db.call(official.claims, 'record_project_update', half))).key).toBe(
      'progress_invalid',
    )
    const future = { ...payment(id), p_paid_on: '2999-01-01' }
    expect((await failure(db.call(official.claims, 'record_payment', future))).key).toBe(
      'payment_in_future',
    )
  })

  it('takes a payment dated today in Almaty and refuses tomorrow, whatever the server’s zone', async () => {
    const id = await project()
    const official = await createPerson(db, { role: 'official', district: 'almaty-medeu' })
    const [days] = await db.sql<{ today: string; tomorrow: string }>(
      `select to_char((now() at time zone 'Asia/Almaty')::date, 'YYYY-MM-DD') as today,
              to_char((now() at time zone 'Asia/Almaty')::date + 1, 'YYYY-MM-DD') as tomorrow`,
    )
    await db.call(official.claims, 'record_payment', { ...payment(id), p_paid_on: days!.today })
    expect(
      (
        await failure(
          db.call(official.claims, 'record_payment', { ...payment(id), p_paid_on: days!.tomorrow }),
        )
      ).key,
    ).toBe('payment_in_future')
  })

  it('refuses changing status or progress except by a timeline entry', async () => {
    const id = await project()
    const official = await createPerson(db, { role: 'official', district: 'almaty-medeu' })
    const attempt = await failure(
      db.as(
        official.claims,
        `update public.projects set progress = 100, status = 'completed' where id = $1`,
        [id],
      ),
    )
    // The project row is not the client's to write at all: no UPDATE privilege (the rule above is
    // the trigger's, for anyone who has one).
    expect(attempt.message).toMatch(/permission denied/)
    // Contract fields come from contract entries (api.record_contract), never from a direct edit.
    const contractor = await failure(
      db.as(
        official.claims,
        `update public.projects set contractor = 'ТОО «Жасыл Қала»' where id = $1`,
        [id],
      ),
    )
    expect(contractor.message).toMatch(/permission denied/)
  })
})

describe('project places', () => {
  it('refuses a project located outside its district', async () => {
    const cycle = await createCycle(db, { phase: 'execution' })
    const [lon, lat] = await pointIn(db, 'almaty-turksib')
    const attempt = await failure(
      db.sql(
        `insert into public.projects (cycle_id, district_id, title, approved_budget, location)
         values ($1, 'almaty-medeu', 'Misplaced', 1000000,
           extensions.st_setsrid(extensions.st_makepoint($2, $3), 4326))`,
        [cycle, lon, lat],
      ),
    )
    expect(attempt.message).toBe('location_outside_district')
  })
})

describe('append-only history', () => {
  it('refuses updating or deleting timeline entries and payments, for every role', async () => {
    const id = await project()
    const official = await createPerson(db, { role: 'official', district: 'almaty-medeu' })
    await db.call(official.claims, 'record_project_update', progress(id))
    await db.call(official.claims, 'record_payment', payment(id))

    for (const who of [official.claims, SERVICE]) {
      for (const statement of [
        `update public.project_updates set progress = 99 where project_id = $1`,
        `delete from public.project_updates where project_id = $1`,
        `update public.payments set amount = 1 where project_id = $1`,
        `delete from public.payments where project_id = $1`,
      ]) {
        const result = await rowsUnlessDenied(db.as(who, statement + ' returning 1', [id])).catch(
          (e: Error) => e.message,
        )
        // The API roles hold no such privilege; for the service role the append-only trigger
        // refuses.
        if (typeof result === 'string') expect(result).toBe('history_is_append_only')
        else expect(result).toEqual([])
      }
    }
    for (const statement of [
      `update public.payments set amount = 1 where project_id = $1`,
      `delete from public.project_updates where project_id = $1`,
    ]) {
      expect((await failure(db.sql(statement, [id]))).message).toBe('history_is_append_only')
    }
    for (const table of ['payments', 'project_updates', 'reviews']) {
      expect((await failure(db.sql(`truncate public.${table} cascade`))).message).toBe(
        'history_is_append_only',
      )
    }
    const detail = await db.call<ProjectDetail>(anon, 'project_detail', { p_id: id })
    expect(detail.payments.map((p) => p.amount)).toEqual([12_000_000])
    expect(detail.updates.map((u) => u.progress)).toEqual([40])
  })
})
