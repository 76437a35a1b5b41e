// Paper ballots: the district's officials enter counts while voting and selection run; every
// entry stays on the record, the latest counts, apart from online votes and toward the results.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DistrictSummary, ProposalVotes } from '../../src/api/types'
import { openTestDatabase, type TestDatabase } from '../support/database'
import {
  anon,
  createCycle,
  createPerson,
  createProposal,
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

async function onBallot(phase: 'voting' | 'selection' | 'review' = 'voting') {
  const cycle = await createCycle(db, { phase })
  const author = await createPerson(db)
  const proposal = await createProposal(db, {
    cycle,
    author,
    district: 'almaty-medeu',
    status: 'on_ballot',
  })
  return { cycle, proposal, author }
}

const record = (who: Person | { claims: typeof anon }, proposal: string, votes: number) =>
  db.call<ProposalVotes>(who.claims, 'record_paper_votes', {
    p_proposal_id: proposal,
    p_votes: votes,
    p_note: 'Count of the ballot box at school No. 12',
  })

describe('paper votes', () => {
  it('are counted apart from online votes and toward the district’s votes; a correction is a new entry', async () => {
    const { cycle, proposal } = await onBallot()
    const voter = await createPerson(db, { home: 'almaty-medeu' })
    await db.call(voter.claims, 'cast_vote', { p_proposal_id: proposal })
    expect(await record(official, proposal, 40)).toMatchObject({ online: 1, paper: 40 })
    const corrected = await record(official, proposal, 38)
    expect(corrected).toMatchObject({ online: 1, paper: 38 })
    expect(corrected.paper_entries.map((e) => [e.votes, e.author_role])).toEqual([
      [40, 'official'],
      [38, 'official'],
    ])
    const seen = await db.call<ProposalVotes>(anon, 'proposal_votes', { p_proposal_id: proposal })
    expect(seen).toEqual(corrected)
    const summaries = await db.call<DistrictSummary[]>(anon, 'district_summaries', {
      p_cycle_id: cycle,
    })
    expect(summaries.find((d) => d.id === 'almaty-medeu')!.votes).toBe(39)
  })

  it('may be entered while selection runs, not before voting or once it is over', async () => {
    const { cycle, proposal } = await onBallot('selection')
    expect((await record(official, proposal, 5)).paper).toBe(5)
    await setPhase(db, cycle, 'execution')
    expect((await failure(record(official, proposal, 6))).key).toBe('phase_closed')
    const early = await onBallot('review')
    expect((await failure(record(official, early.proposal, 1))).key).toBe('phase_closed')
  })

  it('are refused from an official of another district, a resident, the author and anon', async () => {
    const { proposal, author } = await onBallot()
    const elsewhere = await createPerson(db, {
      role: 'official',
      city: 'almaty',
      district: 'almaty-almaly',
    })
    const resident = await createPerson(db, { home: 'almaty-medeu' })
    for (const who of [elsewhere, resident, author]) {
      expect((await failure(record(who, proposal, 100))).key).toBe('not_allowed_for_role')
    }
    expect((await failure(record({ claims: anon }, proposal, 100))).code).toBe('42501')
    const votes = await db.call<ProposalVotes>(anon, 'proposal_votes', { p_proposal_id: proposal })
    expect(votes.paper).toBe(0)
  })

  it('only count for proposals on the ballot, and never below zero', async () => {
    const cycle = await createCycle(db, { phase: 'voting' })
    const author = await createPerson(db)
    const rejected = await createProposal(db, { cycle, author, district: 'almaty-medeu' })
    expect((await failure(record(official, rejected, 3))).key).toBe('proposal_not_on_ballot')
    const { proposal } = await onBallot()
    expect((await failure(record(official, proposal, -1))).code).toBe('23514')
  })

  it('stay on the record: nobody changes or removes an entry, nor writes one in another name', async () => {
    const { proposal } = await onBallot()
    await record(official, proposal, 12)
    // Written straight into the table, the entry is still the caller's own, as the guard sets it.
    const other = await createPerson(db)
    await db.as(
      official.claims,
      `insert into public.paper_vote_counts (proposal_id, votes, entered_by, author_role)
       values ($1, 13, $2, 'admin')`,
      [proposal, other.id],
    )
    const rows = await db.sql<{ entered_by: string; author_role: string }>(
      `select entered_by, author_role from public.paper_vote_counts where proposal_id = $1`,
      [proposal],
    )
    expect(rows).toEqual([
      { entered_by: official.id, author_role: 'official' },
      { entered_by: official.id, author_role: 'official' },
    ])
    const counts = () =>
      db.sql<{ votes: number }>(
        `select votes from public.paper_vote_counts where proposal_id = $1 order by created_at`,
        [proposal],
      )
    const before = await counts()
    for (const sql of [
      `update public.paper_vote_counts set votes = 1000 where proposal_id = $1`,
      `delete from public.paper_vote_counts where proposal_id = $1`,
    ]) {
      // No API role may change a row; the owner is stopped by the trigger.
      await rowsUnlessDenied(db.as(official.claims, sql, [proposal]))
      expect(await counts()).toEqual(before)
      expect((await failure(db.sql(sql, [proposal]))).message).toBe('history_is_append_only')
    }
    expect((await failure(db.sql(`truncate public.paper_vote_counts cascade`))).message).toBe(
      'history_is_append_only',
    )
  })
})
