// Milestones: the district's officials plan them while a project is carried out and mark each
// done once; everyone sees them; nobody edits, removes or un-does one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Milestone } from '../../src/api/types'
import { openTestDatabase, type TestDatabase } from '../support/database'
import {
  anon,
  createCycle,
  createPerson,
  createProject,
  failure,
  rowsUnlessDenied,
  setPhase,
  type Person,
} from '../support/fixtures'

let db: TestDatabase
let official: Person
beforeAll(async () => {
  db = await openTestDatabase()
  official = await createPerson(db, { role: 'official', city: 'almaty', district: 'almaty-medeu' })
})
afterAll(() => db.close())

async function project() {
  const cycle = await createCycle(db, { phase: 'execution' })
  return { cycle, id: await createProject(db, { cycle, district: 'almaty-medeu' }) }
}

const add = (who: { claims: Person['claims'] }, projectId: string, planned = '2026-06-30') =>
  db.call<Milestone[]>(who.claims, 'add_milestone', {
    p_project_id: projectId,
    p_title: 'Contract signed',
    p_planned_on: planned,
  })

const done = (who: { claims: Person['claims'] }, milestone: string, day: string) =>
  db.call<Milestone[]>(who.claims, 'complete_milestone', {
    p_milestone_id: milestone,
    p_done_on: day,
  })

describe('milestones', () => {
  it('are planned by the district’s officials, marked done once, and public', async () => {
    const { id } = await project()
    // Days within the cycle's years (2026 and the ten after).
    const [planned] = await add(official, id, '2026-03-01')
    expect(planned).toMatchObject({ done_on: null, overdue: true, author_role: 'official' })
    const [completed] = await done(official, planned!.id, '2026-03-05')
    expect(completed).toMatchObject({ done_on: '2026-03-05', overdue: false })
    expect(await db.call(anon, 'project_milestones', { p_project_id: id })).toEqual([completed])
    expect((await failure(done(official, planned!.id, '2026-03-06'))).key).toBe(
      'milestone_already_done',
    )
  })

  it('are refused to another district’s official, a resident and anon', async () => {
    const { id } = await project()
    const [m] = await add(official, id)
    const elsewhere = await createPerson(db, {
      role: 'official',
      city: 'almaty',
      district: 'almaty-almaly',
    })
    const resident = await createPerson(db, { home: 'almaty-medeu' })
    for (const who of [elsewhere, resident]) {
      expect((await failure(add(who, id))).key).toBe('not_allowed_for_role')
      expect((await failure(done(who, m!.id, '2026-01-02'))).key).toBe('not_allowed_for_role')
    }
    expect((await failure(add({ claims: anon }, id))).code).toBe('42501')
    const [row] = await db.sql<{ done_on: string | null }>(
      `select done_on from public.project_milestones where id = $1`,
      [m!.id],
    )
    expect(row!.done_on).toBeNull()
  })

  it('are set only while the project is carried out, and done on a day that has come', async () => {
    const { cycle, id } = await project()
    const [m] = await add(official, id)
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10)
    expect((await failure(done(official, m!.id, tomorrow))).key).toBe('milestone_done_in_future')
    await setPhase(db, cycle, 'closed')
    expect((await failure(add(official, id))).key).toBe('phase_closed')
    expect((await failure(done(official, m!.id, '2026-01-02'))).key).toBe('phase_closed')
  })

  it('are never rewritten or removed, by any role', async () => {
    const { id } = await project()
    const [m] = await add(official, id)
    for (const sql of [
      `update public.project_milestones set planned_on = '2030-01-01' where id = $1`,
      `update public.project_milestones set title = 'Something else' where id = $1`,
    ]) {
      // Officials may only mark a milestone done (column privileges); the owner meets the trigger.
      expect((await failure(db.as(official.claims, sql, [m!.id]))).code).toBe('42501')
      expect((await failure(db.sql(sql, [m!.id]))).message).toBe('history_is_append_only')
    }
    const remove = `delete from public.project_milestones where id = $1`
    // No API role may delete a row; the owner is stopped by the trigger.
    await rowsUnlessDenied(db.as(official.claims, remove, [m!.id]))
    expect((await failure(db.sql(remove, [m!.id]))).message).toBe('history_is_append_only')
    expect(await db.call(anon, 'project_milestones', { p_project_id: id })).toHaveLength(1)
    await done(official, m!.id, '2026-01-02')
    expect(
      (
        await failure(
          db.sql(`update public.project_milestones set done_on = null where id = $1`, [m!.id]),
        )
      ).message,
    ).toBe('milestone_already_done')
  })
})
