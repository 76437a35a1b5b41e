// What a resident may do with one proposal on the ballot, from the cycle's rules, their votes
// and their verified residency (the home district in the profile is only a wish). The database enforces every rule again (votes migration); this only
// lets the ballot explain itself before anyone clicks. Pure.
import type { Cycle, MyVote, Profile, ProposalStatus } from '../../api/types'

export type VoteAction =
  /** Not a vote matter: the proposal is not on the ballot. */
  | { kind: 'none' }
  /** On the ballot, but voting has not opened yet, or has closed. */
  | { kind: 'notOpen'; closed: boolean }
  | { kind: 'signIn' }
  | { kind: 'loading' }
  /** No verified residency: the person is on no voter roll. */
  | { kind: 'notVerified' }
  | { kind: 'notResident'; districtId: string | null }
  | { kind: 'voted'; canRetract: boolean }
  | { kind: 'noVotesLeft'; limit: number; canRetract: boolean }
  | { kind: 'vote'; final: boolean; left: number; limit: number }

const PHASES_AFTER_VOTING: readonly Cycle['phase'][] = [
  'selection',
  'execution',
  'reporting',
  'closed',
]

export interface BallotInput {
  cycle: Pick<Cycle, 'phase' | 'votes_per_voter' | 'votes_changeable' | 'residents_only'>
  proposal: { id: string; status: ProposalStatus; district_id: string | null }
  signedIn: boolean
  /** The voter's votes in the cycle; undefined while loading. */
  votes: readonly Pick<MyVote, 'proposal_id'>[] | undefined
  /** The voter's profile; undefined while loading. */
  profile: Pick<Profile, 'residency'> | null | undefined
}

export function votesLeft(
  cycle: Pick<Cycle, 'votes_per_voter'>,
  votes: readonly unknown[],
): number {
  return Math.max(0, cycle.votes_per_voter - votes.length)
}

export function voteAction({ cycle, proposal, signedIn, votes, profile }: BallotInput): VoteAction {
  if (proposal.status !== 'on_ballot') return { kind: 'none' }
  if (cycle.phase !== 'voting')
    return { kind: 'notOpen', closed: PHASES_AFTER_VOTING.includes(cycle.phase) }
  if (!signedIn) return { kind: 'signIn' }
  if (votes === undefined || profile === undefined) return { kind: 'loading' }
  const canRetract = cycle.votes_changeable
  if (votes.some((v) => v.proposal_id === proposal.id)) return { kind: 'voted', canRetract }
  if (!profile?.residency) return { kind: 'notVerified' }
  if (cycle.residents_only && profile.residency.district_id !== proposal.district_id)
    return { kind: 'notResident', districtId: proposal.district_id }
  const left = votesLeft(cycle, votes)
  if (left === 0) return { kind: 'noVotesLeft', limit: cycle.votes_per_voter, canRetract }
  return { kind: 'vote', final: !cycle.votes_changeable, left, limit: cycle.votes_per_voter }
}
