// Reviews: who may review in which capacity, the first review opening the review, append-only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProposalDetail } from '../../src/api/types'
import { openTestDatabase, type TestDatabase } from '../support/database'
import {
  anon,
  createCycle,
  createPerson,
  createProposal,
  failure,
  rowsUnlessDenied,
} from '../support/fixtures'

let db: TestDatabase
beforeAll(async () => {
  db = await openTestDatabase()
})
afterAll(() => db.close())

const review = (role: string) => ({
  p_reviewer_role: role,
  p_verdict: 'feasible_with_changes',
  p_cost_reestimate: 14_500_000,
  p_note: 'Feasible if the benches are moved away from the gas pipe.',
})

describe('reviews', () => {
  it('lets a city expert review, opening the review, and shows it publicly', async () => {
    const cycle = await createCycle(db, { phase: 'review' })
    const author = await createPerson(db)
    const expert = await createPerson(db, { role: 'expert', city: 'almaty' })
    const id = await createProposal(db, { cycle, author, district: 'almaty-medeu' })
    const detail = await db.call<ProposalDetail>(expert.claims, 'review_proposal', {
      p_proposal_id: id,
      ...review('expert'),
    })
    expect(detail.status).toBe('under_review')
    const seen = await db.call<ProposalDetail>(anon, 'proposal_detail', { p_id: id })
    expect(seen.reviews).toHaveLength(1)
    expect(seen.reviews[0]).toMatchObject({ reviewer_role: 'expert', cost_reestimate: 14_500_000 })
  })

  it('refuses reviewing in a capacity the person does not hold', async () => {
    const cycle = await createCycle(db, { phase: 'review' })
    const author = await createPerson(db)
    const expert = await createPerson(db, { role: 'expert', city: 'almaty' })
    const citizen = await createPerson(db)
    const id = await createProposal(db, { cycle, author, district: 'almaty-medeu' })
    expect(
      (
        await failure(
          db.call(expert.claims, 'review_proposal', { p_proposal_id: id, ...review('akimat') }),
        )
      ).key,
    ).toBe('not_allowed_for_role')
    expect(
      (
        await failure(
          db.call(citizen.claims, 'review_proposal', { p_proposal_id: id, ...review('expert') }),
        )
      ).key,
    ).toBe('not_allowed_for_role')
  })

  it('refuses an akimat review by an official of another district', async () => {
    const cycle = await createCycle(db, { phase: 'review' })
    const author = await createPerson(db)
    const official = await createPerson(db, { role: 'official', district: 'almaty-turksib' })
    const id = await createProposal(db, { cycle, author, district: 'almaty-medeu' })
    expect(
      (
        await failure(
          db.call(official.claims, 'review_proposal', { p_proposal_id: id, ...review('akimat') }),
        )
      ).key,
    ).toBe('not_allowed_for_role')
  })

  it('refuses reviews outside the review phases and of drafts', async () => {
    const cycle = await createCycle(db, { phase: 'voting' })
    const author = await createPerson(db)
    const council = await createPerson(db, { role: 'council', city: 'almaty' })
    const id = await createProposal(db, { cycle, author, district: 'almaty-medeu' })
    expect(
      (
        await failure(
          db.call(council.claims, 'review_proposal', {
            p_proposal_id: id,
            ...review('public_council'),
          }),
        )
      ).key,
    ).toBe('phase_closed')
  })

  it('keeps reviews append-only, for their authors and the database owner alike', async () => {
    const cycle = await createCycle(db, { phase: 'review' })
    const author = await createPerson(db)
    const expert = await createPerson(db, { role: 'expert', city: 'almaty' })
    const id = await createProposal(db, { cycle, author, district: 'almaty-medeu' })
    await db.call(expert.claims, 'review_proposal', { p_proposal_id: id, ...review('expert') })
    const edited = await rowsUnlessDenied(
      db.as(expert.claims, `update public.reviews set verdict = 'not_feasible' returning 1`),
    )
    expect(edited).toEqual([])
    expect(
      (
        await failure(
          db.sql(`update public.reviews set note = 'rewritten' where proposal_id = $1`, [id]),
        )
      ).message,
    ).toBe('history_is_append_only')
    expect(
      (await failure(db.sql(`delete from public.reviews where proposal_id = $1`, [id]))).message,
    ).toBe('history_is_append_only')
  })
})
