// The official's decision on a proposal, checked before sending with the database's own rule
// (a rejection needs a reason the author and the public will read).
import type { ProposalDecision } from '../../api/client'

export type StaffDecision = Extract<ProposalDecision, 'on_ballot' | 'rejected'>

/** The error key of a decision the database would refuse, or null. */
export function decisionError(decision: StaffDecision, reason: string): string | null {
  return decision === 'rejected' && reason.trim() === '' ? 'rejection_reason_required' : null
}
