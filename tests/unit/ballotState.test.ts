import { describe, expect, it } from 'vitest'
import { voteAction, votesLeft, type BallotInput } from '../../src/features/ballot/ballotState'

const ALMATY_2026 = {
  phase: 'voting',
  votes_per_voter: 3,
  votes_changeable: true,
  residents_only: true,
} as const

const verifiedIn = (district_id: string) => ({
  district_id,
  method: 'in_person' as const,
  verifier_role: 'official' as const,
  verified_at: '2026-09-01T10:00:00Z',
})

function input(patch: Partial<BallotInput> = {}): BallotInput {
  return {
    cycle: ALMATY_2026,
    proposal: { id: 'p1', status: 'on_ballot', district_id: 'almaty-medeu' },
    signedIn: true,
    votes: [],
    profile: { residency: verifiedIn('almaty-medeu') },
    ...patch,
  }
}

describe('voteAction', () => {
  it('offers a changeable vote with the votes left', () => {
    expect(voteAction(input({ votes: [{ proposal_id: 'x' }] }))).toEqual({
      kind: 'vote',
      final: false,
      left: 2,
      limit: 3,
    })
  })

  it('marks a vote as final where the cycle says so (Astana: one final vote)', () => {
    const cycle = { ...ALMATY_2026, votes_per_voter: 1, votes_changeable: false }
    expect(voteAction(input({ cycle }))).toMatchObject({ kind: 'vote', final: true, left: 1 })
    expect(voteAction(input({ cycle, votes: [{ proposal_id: 'p1' }] }))).toEqual({
      kind: 'voted',
      canRetract: false,
    })
  })

  it('says when every vote is used, and whether one can be taken back', () => {
    const votes = ['a', 'b', 'c'].map((proposal_id) => ({ proposal_id }))
    expect(voteAction(input({ votes }))).toEqual({
      kind: 'noVotesLeft',
      limit: 3,
      canRetract: true,
    })
  })

  it('explains residency before the vote: only a verified one counts', () => {
    expect(voteAction(input({ profile: { residency: verifiedIn('almaty-alatau') } }))).toEqual({
      kind: 'notResident',
      districtId: 'almaty-medeu',
    })
    expect(voteAction(input({ profile: { residency: null } }))).toEqual({ kind: 'notVerified' })
    // Where the cycle lets everyone vote, the district does not matter; verification does.
    const open = { ...ALMATY_2026, residents_only: false }
    expect(
      voteAction(input({ cycle: open, profile: { residency: verifiedIn('almaty-alatau') } })),
    ).toMatchObject({ kind: 'vote' })
    expect(voteAction(input({ cycle: open, profile: { residency: null } }))).toEqual({
      kind: 'notVerified',
    })
  })

  it('shows the vote already cast even when no votes are left', () => {
    const votes = ['p1', 'b', 'c'].map((proposal_id) => ({ proposal_id }))
    expect(voteAction(input({ votes }))).toEqual({ kind: 'voted', canRetract: true })
  })

  it('asks to sign in, waits for the votes, and stays out of other phases and statuses', () => {
    expect(voteAction(input({ signedIn: false }))).toEqual({ kind: 'signIn' })
    expect(voteAction(input({ votes: undefined }))).toEqual({ kind: 'loading' })
    expect(voteAction(input({ profile: undefined }))).toEqual({ kind: 'loading' })
    expect(voteAction(input({ cycle: { ...ALMATY_2026, phase: 'review' } }))).toEqual({
      kind: 'notOpen',
      closed: false,
    })
    expect(voteAction(input({ cycle: { ...ALMATY_2026, phase: 'selection' } }))).toEqual({
      kind: 'notOpen',
      closed: true,
    })
    // Whether the visitor is signed in does not matter then.
    expect(
      voteAction(input({ signedIn: false, cycle: { ...ALMATY_2026, phase: 'closed' } })),
    ).toEqual({ kind: 'notOpen', closed: true })
    expect(
      voteAction(
        input({ proposal: { id: 'p1', status: 'under_review', district_id: 'almaty-medeu' } }),
      ),
    ).toEqual({ kind: 'none' })
  })
})

describe('votesLeft', () => {
  it('never goes below zero', () => {
    expect(votesLeft({ votes_per_voter: 3 }, [1])).toBe(2)
    expect(votesLeft({ votes_per_voter: 1 }, [1, 2])).toBe(0)
  })
})
