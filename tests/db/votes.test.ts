// Voting rules: phase, ballot status, residency, per-cycle limit (also under concurrency),
// final or changeable votes, and the privacy of individual votes.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MyVote, ProposalDetail, VoteResult } from '../../src/api/types'
import { openTestDatabase, type TestDatabase } from '../support/database'
import {
  anon,
  createCycle,
  createPerson,
  createProposal,
  failure,
  randomIin,
  rowsUnlessDenied,
  setPhase,
} from '../support/fixtures'

let db: TestDatabase
beforeAll(async () => {
  db = await openTestDatabase()
})
afterAll(() => db.close())

async function ballot(opts: {
  votesPerVoter?: number
  changeable?: boolean
  residentsOnly?: boolean
  size?: number
}) {
  const cycle = await createCycle(db, { phase: 'voting', ...opts })
  const author = await createPerson(db)
  const proposals: string[] = []
  for (let i = 0; i < (opts.size ?? 4); i++) {
    proposals.push(
      await createProposal(db, { cycle, author, district: 'almaty-medeu', status: 'on_ballot' }),
    )
  }
  return { cycle, proposals }
}

const vote = (who: { claims: Parameters<TestDatabase['call']>[0] }, proposal: string) =>
  db.call<VoteResult>(who.claims, 'cast_vote', { p_proposal_id: proposal })

describe('casting votes', () => {
  it('counts a resident’s vote publicly and reports the votes left', async () => {
    const { proposals } = await ballot({ votesPerVoter: 3 })
    const voter = await createPerson(db, { home: 'almaty-medeu' })
    expect(await vote(voter, proposals[0]!)).toEqual({ votes_used: 1, votes_left: 2 })
    const detail = await db.call<ProposalDetail>(anon, 'proposal_detail', { p_id: proposals[0] })
    expect(detail.votes).toBe(1)
    expect(detail.my_vote).toBe(false)
    const mine = await db.call<ProposalDetail>(voter.claims, 'proposal_detail', {
      p_id: proposals[0],
    })
    expect(mine.my_vote).toBe(true)
  })

  it('refuses a second vote for the same proposal', async () => {
    const { proposals } = await ballot({})
    const voter = await createPerson(db, { home: 'almaty-medeu' })
    await vote(voter, proposals[0]!)
    expect((await failure(vote(voter, proposals[0]!))).key).toBe('already_voted')
  })

  it('refuses votes beyond the cycle’s limit', async () => {
    const { proposals } = await ballot({ votesPerVoter: 2 })
    const voter = await createPerson(db, { home: 'almaty-medeu' })
    await vote(voter, proposals[0]!)
    expect(await vote(voter, proposals[1]!)).toEqual({ votes_used: 2, votes_left: 0 })
    expect((await failure(vote(voter, proposals[2]!))).key).toBe('vote_limit_reached')
  })

  it('holds the limit when one voter sends many votes at once', async () => {
    const { proposals } = await ballot({ votesPerVoter: 2, size: 8 })
    const voter = await createPerson(db, { home: 'almaty-medeu' })
    const results = await Promise.allSettled(proposals.map((p) => vote(voter, p)))
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2)
    const [count] = await db.sql<{ n: number }>(
      `select count(*)::int as n from public.votes where voter_id = $1`,
      [voter.id],
    )
    expect(count!.n).toBe(2)
  })

  it('refuses votes outside the voting phase', async () => {
    const { cycle, proposals } = await ballot({})
    const voter = await createPerson(db, { home: 'almaty-medeu' })
    await setPhase(db, cycle, 'selection')
    expect((await failure(vote(voter, proposals[0]!))).key).toBe('phase_closed')
  })

  it('refuses votes for a proposal that is not on the ballot', async () => {
    const cycle = await createCycle(db, { phase: 'voting' })
    const author = await createPerson(db)
    const rejected = await createProposal(db, {
      cycle,
      author,
      district: 'almaty-medeu',
      status: 'under_review',
    })
    const voter = await createPerson(db, { home: 'almaty-medeu' })
    expect((await failure(vote(voter, rejected))).key).toBe('proposal_not_on_ballot')
  })

  it('refuses non-residents and people without a verified residency where residency is required', async () => {
    const { proposals } = await ballot({ residentsOnly: true })
    const outsider = await createPerson(db, { home: 'almaty-almaly' })
    expect((await failure(vote(outsider, proposals[0]!))).key).toBe('not_resident')
    const unknown = await createPerson(db)
    expect((await failure(vote(unknown, proposals[0]!))).key).toBe('residency_not_verified')
    // A home district the person only declared is a wish, not a residency.
    const declared = await createPerson(db, { home: 'almaty-medeu', unverified: true })
    expect((await failure(vote(declared, proposals[0]!))).key).toBe('residency_not_verified')
  })

  it('keeps the roll frozen once voting opened: a later verification counts in later cycles', async () => {
    const official = await createPerson(db, { role: 'official', district: 'almaty-medeu' })
    const author = await createPerson(db)
    const late = await createPerson(db, { home: 'almaty-medeu', unverified: true })
    const { proposals } = await ballot({})
    await db.call(official.claims, 'verify_resident', {
      p_account: late.id,
      p_iin: randomIin(),
      p_district_id: 'almaty-medeu',
    })
    expect((await failure(vote(late, proposals[0]!))).key).toBe('not_on_roll')
    const next = await createCycle(db, { phase: 'review' })
    const proposal = await createProposal(db, {
      cycle: next,
      author,
      district: 'almaty-medeu',
      status: 'on_ballot',
    })
    await setPhase(db, next, 'voting')
    expect((await vote(late, proposal)).votes_used).toBe(1)
  })

  it('accepts anyone where the cycle does not require residency', async () => {
    const { proposals } = await ballot({ residentsOnly: false })
    const outsider = await createPerson(db, { home: 'almaty-almaly' })
    expect((await vote(outsider, proposals[0]!)).votes_used).toBe(1)
  })

  it('refuses anonymous votes and votes cast in another person’s name', async () => {
    const { cycle, proposals } = await ballot({})
    expect((await failure(db.call(anon, 'cast_vote', { p_proposal_id: proposals[0] }))).code).toBe(
      '42501',
    )
    const mallory = await createPerson(db, { home: 'almaty-medeu' })
    const victim = await createPerson(db, { home: 'almaty-medeu' })
    await db.as(
      mallory.claims,
      `insert into public.votes (voter_id, proposal_id, cycle_id) values ($1, $2, $3)`,
      [victim.id, proposals[0], cycle],
    )
    // The database records the vote as the caller's, never as the victim's.
    const rows = await db.sql<{ voter_id: string }>(
      `select voter_id from public.votes where proposal_id = $1`,
      [proposals[0]],
    )
    expect(rows.map((r) => r.voter_id)).toEqual([mallory.id])
  })
})

describe('privacy of votes', () => {
  it('never shows one person’s votes to another, nor to anonymous visitors', async () => {
    const { cycle, proposals } = await ballot({})
    const alice = await createPerson(db, { home: 'almaty-medeu' })
    const bob = await createPerson(db, { home: 'almaty-medeu' })
    await vote(alice, proposals[0]!)
    expect(
      await db.as(bob.claims, `select * from public.votes where proposal_id = $1`, [proposals[0]]),
    ).toEqual([])
    expect(await rowsUnlessDenied(db.as(anon, `select * from public.votes`))).toEqual([])
    expect(await db.call<MyVote[]>(bob.claims, 'my_votes', { p_cycle_id: cycle })).toEqual([])
    const aliceVotes = await db.call<MyVote[]>(alice.claims, 'my_votes', { p_cycle_id: cycle })
    expect(aliceVotes.map((v) => v.proposal_id)).toEqual([proposals[0]])
  })

  it('refuses forging the public counts', async () => {
    const { proposals } = await ballot({})
    const mallory = await createPerson(db, { home: 'almaty-medeu' })
    await vote(mallory, proposals[0]!)
    const forged = await rowsUnlessDenied(
      db.as(
        mallory.claims,
        `update public.proposal_tallies set online_votes = 1000 where proposal_id = $1 returning 1`,
        [proposals[0]],
      ),
    )
    expect(forged).toEqual([])
    const inserted = await failure(
      db.as(
        mallory.claims,
        `insert into public.proposal_tallies (proposal_id, online_votes) values ($1, 5)`,
        [proposals[1]],
      ),
    )
    expect(inserted.code).toBe('42501')
  })
})

describe('changing a vote', () => {
  it('lets a voter take a vote back where votes are changeable', async () => {
    const { proposals } = await ballot({ changeable: true, votesPerVoter: 1 })
    const voter = await createPerson(db, { home: 'almaty-medeu' })
    await vote(voter, proposals[0]!)
    expect(await db.call(voter.claims, 'retract_vote', { p_proposal_id: proposals[0] })).toEqual({
      votes_used: 0,
      votes_left: 1,
    })
    expect((await vote(voter, proposals[1]!)).votes_used).toBe(1)
    const detail = await db.call<ProposalDetail>(anon, 'proposal_detail', { p_id: proposals[0] })
    expect(detail.votes).toBe(0)
  })

  it('refuses taking back a final vote, directly or through the API', async () => {
    const { proposals } = await ballot({ changeable: false })
    const voter = await createPerson(db, { home: 'almaty-medeu' })
    await vote(voter, proposals[0]!)
    expect(
      (await failure(db.call(voter.claims, 'retract_vote', { p_proposal_id: proposals[0] }))).key,
    ).toBe('vote_is_final')
    const direct = await failure(
      db.as(voter.claims, `delete from public.votes where proposal_id = $1`, [proposals[0]]),
    )
    expect(direct.message).toBe('vote_is_final')
  })

  it('never rewrites a vote in place, not even as the database owner', async () => {
    const { proposals } = await ballot({ changeable: true })
    const voter = await createPerson(db, { home: 'almaty-medeu' })
    await vote(voter, proposals[0]!)
    const moved = await rowsUnlessDenied(
      db.as(
        voter.claims,
        `update public.votes set proposal_id = $2 where proposal_id = $1 returning 1`,
        [proposals[0], proposals[1]],
      ),
    )
    expect(moved).toEqual([])
    const owner = await failure(
      db.sql(`update public.votes set proposal_id = $2 where proposal_id = $1`, [
        proposals[0],
        proposals[1],
      ]),
    )
    expect(owner.message).toBe('history_is_append_only')
  })

  it('refuses deleting another person’s vote', async () => {
    const { proposals } = await ballot({ changeable: true })
    const alice = await createPerson(db, { home: 'almaty-medeu' })
    const mallory = await createPerson(db, { home: 'almaty-medeu' })
    await vote(alice, proposals[0]!)
    const deleted = await db.as(
      mallory.claims,
      `delete from public.votes where proposal_id = $1 returning 1`,
      [proposals[0]],
    )
    expect(deleted).toEqual([])
    const [row] = await db.sql<{ n: number }>(
      `select count(*)::int n from public.votes where proposal_id = $1`,
      [proposals[0]],
    )
    expect(row!.n).toBe(1)
  })

  it('refuses taking a vote back after voting closed', async () => {
    const { cycle, proposals } = await ballot({ changeable: true })
    const voter = await createPerson(db, { home: 'almaty-medeu' })
    await vote(voter, proposals[0]!)
    await setPhase(db, cycle, 'selection')
    expect(
      (await failure(db.call(voter.claims, 'retract_vote', { p_proposal_id: proposals[0] }))).key,
    ).toBe('phase_closed')
  })

  it('tells a proposal that does not exist from one without the caller’s vote', async () => {
    const { proposals } = await ballot({ changeable: true })
    const voter = await createPerson(db, { home: 'almaty-medeu' })
    const retract = (id: string | null) =>
      failure(db.call(voter.claims, 'retract_vote', { p_proposal_id: id }))
    expect((await retract(proposals[0]!)).key).toBe('vote_not_found')
    expect((await retract(randomUUID())).key).toBe('not_found')
    expect((await retract(null)).key).toBe('not_found')
  })
})
