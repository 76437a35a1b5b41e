// The signed-in resident's ballot in a cycle: their votes and home district, and casting or
// taking back a vote. After a change `onChanged` lets the app reload what shows vote counts.
import { useState } from 'react'
import type { Api } from '../../api/client'
import type { Cycle, MyVote, Profile, Session } from '../../api/types'
import { useAsync } from '../common/useAsync'

export interface Ballot {
  cycle: Cycle
  signedIn: boolean
  /** Undefined while loading (or signed out). */
  votes: MyVote[] | undefined
  profile: Profile | null | undefined
  /** The proposal whose vote is being sent. */
  pending: string | null
  /** The last refusal, for the proposal it concerns (translated where shown). */
  failure: { proposalId: string; error: unknown } | null
  cast(proposalId: string): Promise<void>
  retract(proposalId: string): Promise<void>
}

export function useBallot(
  api: Api | null,
  cycle: Cycle | null,
  session: Session | null,
  /** The signed-in person's profile (their home district); undefined while loading. */
  profile: Profile | null | undefined,
  version: number,
  onChanged: () => void,
): Ballot | null {
  const user = session?.user_id ?? null
  const votes = useAsync(
    api && cycle && user ? `my-votes:${cycle.id}:${user}` : null,
    () => api!.myVotes(cycle!.id),
    version,
  )
  const [pending, setPending] = useState<string | null>(null)
  const [failure, setFailure] = useState<Ballot['failure']>(null)
  if (!api || !cycle) return null

  const send = async (proposalId: string, call: (id: string) => Promise<unknown>) => {
    setPending(proposalId)
    setFailure(null)
    try {
      await call(proposalId)
    } catch (error) {
      setFailure({ proposalId, error })
    } finally {
      setPending(null)
      // Refused or not, what the database holds now is what the ballot should show.
      onChanged()
    }
  }

  return {
    cycle,
    signedIn: user !== null,
    votes: votes.data,
    profile,
    pending,
    failure,
    cast: (id) => send(id, api.castVote),
    retract: (id) => send(id, api.retractVote),
  }
}
