// The review queue: staff see what waits for them in their districts, nobody else sees anything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database'
import { anon, createCycle, createPerson, createProposal, failure } from '../support/fixtures'

interface QueueRow {
  id: string
  status: string
  district_id: string
  reviews: number
  can_decide: boolean
}

let db: TestDatabase
let cycle: string
let medeu: { submitted: string; underReview: string; onBallot: string; draft: string }
let almaly: string
beforeAll(async () => {
  db = await openTestDatabase()
  cycle = await createCycle(db, { phase: 'review' })
  const author = await createPerson(db)
  const district = 'almaty-medeu'
  medeu = {
    submitted: await createProposal(db, { cycle, author, district }),
    underReview: await createProposal(db, { cycle, author, district, status: 'under_review' }),
    onBallot: await createProposal(db, { cycle, author, district, status: 'on_ballot' }),
    draft: await createProposal(db, { cycle, author, district, status: 'draft' }),
  }
  almaly = await createProposal(db, { cycle, author, district: 'almaty-almaly' })
})
afterAll(() => db.close())

const queue = (claims: Parameters<TestDatabase['call']>[0]) =>
  db.call<QueueRow[]>(claims, 'review_queue', { p_cycle_id: cycle })

describe('review queue', () => {
  it('gives a district official the proposals awaiting a decision there, oldest first', async () => {
    const official = await createPerson(db, {
      role: 'official',
      city: 'almaty',
      district: 'almaty-medeu',
    })
    const rows = await queue(official.claims)
    expect(rows.map((r) => r.id)).toEqual([medeu.submitted, medeu.underReview])
    expect(rows.every((r) => r.can_decide && r.district_id === 'almaty-medeu')).toBe(true)
  })

  it('gives a city admin every district, and an expert the queue without the decision', async () => {
    const admin = await createPerson(db, { role: 'admin', city: 'almaty' })
    const expert = await createPerson(db, { role: 'expert', city: 'almaty' })
    const all = [medeu.submitted, medeu.underReview, almaly].sort()
    expect((await queue(admin.claims)).map((r) => r.id).sort()).toEqual(all)
    const forExpert = await queue(expert.claims)
    expect(forExpert.map((r) => r.id).sort()).toEqual(all)
    expect(forExpert.some((r) => r.can_decide)).toBe(false)
  })

  it('is empty for a resident, for an official of another city, and closed to anon', async () => {
    const resident = await createPerson(db)
    const astana = await createPerson(db, { role: 'admin', city: 'astana' })
    expect(await queue(resident.claims)).toEqual([])
    expect(await queue(astana.claims)).toEqual([])
    expect((await failure(queue(anon))).code).toBe('42501')
  })

  it('counts the reviews already written', async () => {
    const expert = await createPerson(db, { role: 'expert', city: 'almaty' })
    await db.call(expert.claims, 'review_proposal', {
      p_proposal_id: medeu.submitted,
      p_reviewer_role: 'expert',
      p_verdict: 'feasible',
      p_cost_reestimate: null,
      p_note: 'Fits the yard.',
    })
    const row = (await queue(expert.claims)).find((r) => r.id === medeu.submitted)
    expect(row).toMatchObject({ status: 'under_review', reviews: 1 })
  })
})
