// Proposal rules: place derived in the database, cost cap, phases, authorship, privacy of drafts
// and what officials may (not) do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProposalDetail, ProposalLayer } from '../../src/api/types'
import { openTestDatabase, type TestDatabase } from '../support/database'
import {
  anon,
  createCycle,
  createPerson,
  createProposal,
  failure,
  rowsUnlessDenied,
  pointIn,
  setPhase,
} from '../support/fixtures'

let db: TestDatabase
beforeAll(async () => {
  db = await openTestDatabase()
})
afterAll(() => db.close())

async function draftArgs(cycle: string, district = 'almaty-medeu', cost = 12_000_000) {
  const [lon, lat] = await pointIn(db, district)
  return {
    p_id: null,
    p_cycle_id: cycle,
    p_title: 'Benches and shade in the yard',
    p_description: 'Six benches and four trees so older residents can rest in the shade.',
    p_category_id: 'improvement',
    p_cost_estimate: cost,
    p_lon: lon,
    p_lat: lat,
    p_photo_path: null,
  }
}

describe('submitting a proposal', () => {
  it('derives the district from the point and walks draft → submitted', async () => {
    const cycle = await createCycle(db)
    const citizen = await createPerson(db)
    const draft = await db.call<ProposalDetail>(
      citizen.claims,
      'save_proposal',
      await draftArgs(cycle),
    )
    expect(draft).toMatchObject({ status: 'draft', district_id: 'almaty-medeu', is_mine: true })
    const submitted = await db.call<ProposalDetail>(citizen.claims, 'submit_proposal', {
      p_id: draft.id,
    })
    expect(submitted.status).toBe('submitted')
    expect(submitted.submitted_at).not.toBeNull()
  })

  it('refuses a district sent by the client, and derives it from the point', async () => {
    const cycle = await createCycle(db)
    const citizen = await createPerson(db)
    const [lon, lat] = await pointIn(db, 'almaty-almaly')
    const insert = (columns: string, values: string) =>
      db.as<{ district_id: string }>(
        citizen.claims,
        `insert into public.proposals (cycle_id, author_id, title, location${columns})
         values ($1, $2, 'x', extensions.st_setsrid(extensions.st_makepoint($3, $4), 4326)${values})
         returning district_id`,
        [cycle, citizen.id, lon, lat],
      )
    expect((await failure(insert(', district_id', ", 'almaty-medeu'"))).code).toBe('42501')
    const [row] = await insert('', '')
    expect(row!.district_id).toBe('almaty-almaly')
  })

  it('refuses a point outside the city', async () => {
    const cycle = await createCycle(db)
    const citizen = await createPerson(db)
    const args = { ...(await draftArgs(cycle)), p_lon: 71.43, p_lat: 51.13 } // Astana
    expect((await failure(db.call(citizen.claims, 'save_proposal', args))).key).toBe(
      'location_outside_city',
    )
  })

  it('refuses a point in a district that is not part of the cycle', async () => {
    const cycle = await createCycle(db, { districts: { 'almaty-medeu': 100_000_000 } })
    const citizen = await createPerson(db)
    const args = await draftArgs(cycle, 'almaty-turksib')
    expect((await failure(db.call(citizen.claims, 'save_proposal', args))).key).toBe(
      'location_outside_cycle_districts',
    )
  })

  it('refuses a cost above the cycle’s cap, and accepts the cap itself', async () => {
    const cycle = await createCycle(db, { cap: 15_000_000 })
    const citizen = await createPerson(db)
    const over = await failure(
      db.call(citizen.claims, 'save_proposal', await draftArgs(cycle, 'almaty-medeu', 15_000_001)),
    )
    expect(over.key).toBe('cost_above_cap')
    const atCap = await db.call<ProposalDetail>(
      citizen.claims,
      'save_proposal',
      await draftArgs(cycle, 'almaty-medeu', 15_000_000),
    )
    expect(atCap.cost_estimate).toBe(15_000_000)
  })

  it('refuses submission of an incomplete draft, naming what is missing', async () => {
    const cycle = await createCycle(db)
    const citizen = await createPerson(db)
    const draft = await db.call<ProposalDetail>(citizen.claims, 'save_proposal', {
      ...(await draftArgs(cycle)),
      p_description: 'too short',
    })
    expect(
      (await failure(db.call(citizen.claims, 'submit_proposal', { p_id: draft.id }))).key,
    ).toBe('description_too_short')
  })

  it('refuses submission outside the submission phase', async () => {
    const cycle = await createCycle(db)
    const citizen = await createPerson(db)
    const draft = await db.call<ProposalDetail>(
      citizen.claims,
      'save_proposal',
      await draftArgs(cycle),
    )
    await setPhase(db, cycle, 'review')
    expect(
      (await failure(db.call(citizen.claims, 'submit_proposal', { p_id: draft.id }))).key,
    ).toBe('phase_closed')
    await setPhase(db, cycle, 'voting')
    expect(
      (await failure(db.call(citizen.claims, 'save_proposal', await draftArgs(cycle)))).key,
    ).toBe('phase_closed')
  })

  it('refuses anonymous visitors', async () => {
    const cycle = await createCycle(db)
    expect((await failure(db.call(anon, 'save_proposal', await draftArgs(cycle)))).code).toBe(
      '42501',
    )
    const direct = await failure(
      db.as(
        anon,
        `insert into public.proposals (cycle_id, author_id, title) values ($1, gen_random_uuid(), 'x')`,
        [cycle],
      ),
    )
    expect(direct.code).toBe('42501')
  })

  it('refuses a proposal in someone else’s name', async () => {
    const cycle = await createCycle(db)
    const mallory = await createPerson(db)
    const victim = await createPerson(db)
    const attempt = await failure(
      db.as(
        mallory.claims,
        `insert into public.proposals (cycle_id, author_id, title) values ($1, $2, 'x')`,
        [cycle, victim.id],
      ),
    )
    expect(attempt.code).toBe('42501')
  })

  it('lets a citizen create only drafts, not proposals already on the ballot', async () => {
    const cycle = await createCycle(db)
    const citizen = await createPerson(db)
    const attempt = await failure(
      db.as(
        citizen.claims,
        `insert into public.proposals (cycle_id, author_id, title, status) values ($1, $2, 'x', 'draft'),
           ($1, $2, 'y', 'on_ballot')`,
        [cycle, citizen.id],
      ),
    )
    // The status is not the client's column to set at all (the workflow guard would refuse too).
    expect(attempt.code).toBe('42501')
  })
})

describe('privacy and authorship', () => {
  it('hides a draft from other citizens and from anonymous visitors', async () => {
    const cycle = await createCycle(db)
    const author = await createPerson(db)
    const other = await createPerson(db)
    const id = await createProposal(db, {
      cycle,
      author,
      district: 'almaty-medeu',
      status: 'draft',
    })
    expect(
      await db.as(other.claims, `select id from public.proposals where id = $1`, [id]),
    ).toEqual([])
    expect(await db.as(anon, `select id from public.proposals where id = $1`, [id])).toEqual([])
    expect((await failure(db.call(other.claims, 'proposal_detail', { p_id: id }))).key).toBe(
      'not_found',
    )
    const mine = await db.call<ProposalDetail>(author.claims, 'proposal_detail', { p_id: id })
    expect(mine.status).toBe('draft')
  })

  it('shows submitted proposals to everyone, on the map layer too', async () => {
    const cycle = await createCycle(db)
    const author = await createPerson(db)
    const shown = await createProposal(db, { cycle, author, district: 'almaty-medeu' })
    await createProposal(db, { cycle, author, district: 'almaty-medeu', status: 'draft' })
    const layer = await db.call<ProposalLayer>(anon, 'proposal_layer', { p_cycle_id: cycle })
    expect(layer.features.map((f) => f.properties.id)).toEqual([shown])
    // The author's name is public, their profile is not.
    const detail = await db.call<ProposalDetail>(anon, 'proposal_detail', { p_id: shown })
    expect(detail.author_name).toMatch(/^Test /)
    expect(
      await rowsUnlessDenied(
        db.as(anon, `select * from public.profiles where id = $1`, [author.id]),
      ),
    ).toEqual([])
  })

  it('refuses editing another person’s proposal', async () => {
    const cycle = await createCycle(db)
    const author = await createPerson(db)
    const mallory = await createPerson(db)
    const id = await createProposal(db, { cycle, author, district: 'almaty-medeu' })
    const updated = await db.as(
      mallory.claims,
      `update public.proposals set title = 'hijacked' where id = $1 returning id`,
      [id],
    )
    expect(updated).toEqual([])
    const [row] = await db.sql<{ title: string }>(
      `select title from public.proposals where id = $1`,
      [id],
    )
    expect(row!.title).not.toBe('hijacked')
    const viaApi = await failure(
      db.call(mallory.claims, 'save_proposal', { ...(await draftArgs(cycle)), p_id: id }),
    )
    expect(viaApi.key).toBe('not_found')
  })

  it('lets authors withdraw but not put their own proposal on the ballot', async () => {
    const cycle = await createCycle(db)
    const author = await createPerson(db)
    const id = await createProposal(db, { cycle, author, district: 'almaty-medeu' })
    const selfPromotion = await failure(
      db.as(author.claims, `update public.proposals set status = 'on_ballot' where id = $1`, [id]),
    )
    expect(selfPromotion.message).toBe('not_allowed_for_role')
    const withdrawn = await db.call<ProposalDetail>(author.claims, 'withdraw_proposal', {
      p_id: id,
    })
    expect(withdrawn.status).toBe('withdrawn')
    expect(await db.as(anon, `select id from public.proposals where id = $1`, [id])).toEqual([])
  })
})

describe('officials deciding on proposals', () => {
  it('lets an official of the district reject with a public reason', async () => {
    const cycle = await createCycle(db, { phase: 'review' })
    const author = await createPerson(db)
    const official = await createPerson(db, { role: 'official', district: 'almaty-medeu' })
    const id = await createProposal(db, { cycle, author, district: 'almaty-medeu' })
    const noReason = await failure(
      db.call(official.claims, 'decide_proposal', {
        p_proposal_id: id,
        p_decision: 'rejected',
        p_reason: ' ',
      }),
    )
    expect(noReason.key).toBe('rejection_reason_required')
    // The table refuses it too, for trusted writers that skip the workflow.
    const trusted = await failure(
      db.sql(
        `update public.proposals set status = 'rejected', rejection_reason = null where id = $1`,
        [id],
      ),
    )
    expect(trusted.code).toBe('23514')
    const rejected = await db.call<ProposalDetail>(official.claims, 'decide_proposal', {
      p_proposal_id: id,
      p_decision: 'rejected',
      p_reason: 'The site is a protected green zone.',
    })
    expect(rejected).toMatchObject({
      status: 'rejected',
      rejection_reason: 'The site is a protected green zone.',
    })
    const seenByPublic = await db.call<ProposalDetail>(anon, 'proposal_detail', { p_id: id })
    expect(seenByPublic.rejection_reason).toBe('The site is a protected green zone.')
  })

  it('refuses an official acting in another district', async () => {
    const cycle = await createCycle(db, { phase: 'review' })
    const author = await createPerson(db)
    const official = await createPerson(db, { role: 'official', district: 'almaty-almaly' })
    const id = await createProposal(db, { cycle, author, district: 'almaty-medeu' })
    const attempt = await failure(
      db.call(official.claims, 'decide_proposal', {
        p_proposal_id: id,
        p_decision: 'on_ballot',
        p_reason: null,
      }),
    )
    expect(attempt.key).toBe('not_allowed_for_role')
    const direct = await db.as(
      official.claims,
      `update public.proposals set status = 'on_ballot' where id = $1 returning id`,
      [id],
    )
    expect(direct).toEqual([])
  })

  it('lets a city-wide admin act in every district of the city only', async () => {
    const cycle = await createCycle(db, { phase: 'review' })
    const author = await createPerson(db)
    const admin = await createPerson(db, { role: 'admin', city: 'almaty' })
    const astanaAdmin = await createPerson(db, { role: 'admin', city: 'astana' })
    const id = await createProposal(db, { cycle, author, district: 'almaty-medeu' })
    const refused = await failure(
      db.call(astanaAdmin.claims, 'decide_proposal', {
        p_proposal_id: id,
        p_decision: 'on_ballot',
        p_reason: null,
      }),
    )
    expect(refused.key).toBe('not_allowed_for_role')
    const onBallot = await db.call<ProposalDetail>(admin.claims, 'decide_proposal', {
      p_proposal_id: id,
      p_decision: 'on_ballot',
      p_reason: null,
    })
    expect(onBallot.status).toBe('on_ballot')
  })

  it('refuses officials editing a resident’s proposal text or cost', async () => {
    const cycle = await createCycle(db, { phase: 'review' })
    const author = await createPerson(db)
    const official = await createPerson(db, { role: 'official', district: 'almaty-medeu' })
    const id = await createProposal(db, { cycle, author, district: 'almaty-medeu' })
    const attempt = await failure(
      db.as(official.claims, `update public.proposals set cost_estimate = 1 where id = $1`, [id]),
    )
    expect(attempt.message).toBe('officials_cannot_edit_content')
  })

  it('refuses a decision outside its phase', async () => {
    const cycle = await createCycle(db, { phase: 'voting' })
    const author = await createPerson(db)
    const official = await createPerson(db, { role: 'official', district: 'almaty-medeu' })
    const id = await createProposal(db, {
      cycle,
      author,
      district: 'almaty-medeu',
      status: 'under_review',
    })
    const attempt = await failure(
      db.call(official.claims, 'decide_proposal', {
        p_proposal_id: id,
        p_decision: 'on_ballot',
        p_reason: null,
      }),
    )
    expect(attempt.key).toBe('status_change_not_allowed')
  })
})

describe('cycle phases', () => {
  it('lets the city admin advance a phase but never go back, and nobody else', async () => {
    const cycle = await createCycle(db, { phase: 'review' })
    const admin = await createPerson(db, { role: 'admin', city: 'almaty' })
    const official = await createPerson(db, { role: 'official', district: 'almaty-medeu' })
    expect(
      (
        await failure(
          db.call(official.claims, 'set_cycle_phase', { p_cycle_id: cycle, p_phase: 'voting' }),
        )
      ).key,
    ).toBe('not_allowed_for_role')
    const advanced = await db.call<{ phase: string }>(admin.claims, 'set_cycle_phase', {
      p_cycle_id: cycle,
      p_phase: 'voting',
    })
    expect(advanced.phase).toBe('voting')
    expect(
      (
        await failure(
          db.call(admin.claims, 'set_cycle_phase', { p_cycle_id: cycle, p_phase: 'review' }),
        )
      ).key,
    ).toBe('phase_cannot_go_back')
    const rules = await failure(
      db.as(admin.claims, `update public.budget_cycles set votes_per_voter = 10 where id = $1`, [
        cycle,
      ]),
    )
    // A cycle's rules are no end user's columns to update (the rules guard would refuse too).
    expect(rules.code).toBe('42501')
  })
})
