// Re-running a confirmed outcome's rule, as anyone can (`npm run pb -- verify`): the outcome's own
// inputs (frozen on the record: budget, proposals with cost and votes, paper counts) and the
// cycle's anonymised online ballots (api.cycle_ballots) give the same SelectionInput the selection
// panel ran (compareRules.ts: paper votes as one-proposal ballots), and src/selection gives the
// rule's outcome, compared with the confirmed one as a set. Pure.
//
// The database keeps, beside the inputs, a digest of the online ballots it used (migration
// 20260101002920): `ballotsText` is the text it hashes, so a re-run can tell it has the same ones.
import type { BallotApproval, SelectionInputs } from '../../api/types'
import { select } from '../../selection/select'
import type { Rule } from '../../selection/types'
import { selectionInput } from './compareRules'

/** What the guard records of the ballots in an outcome's inputs (`inputs.ballots`). */
export interface BallotsDigest {
  online_ballots: number
  paper_ballots: number
  /** SHA-256 (hex) of `ballotsText` of the online ballots. */
  sha256: string
}

export interface VerifiableOutcome {
  rule: Rule
  selected: readonly string[]
  inputs: SelectionInputs & { ballots?: BallotsDigest }
}

export interface Verification {
  rule: Rule
  /** The confirmed outcome is the rule's outcome (as a set). */
  match: boolean
  /** The rule's outcome, in the order it selects. */
  expected: string[]
  /** In the rule's outcome, not in the confirmed one. */
  missing: string[]
  /** In the confirmed outcome, not in the rule's. */
  extra: string[]
}

/**
 * The online ballots restricted to the ballot's proposals, as the database hashes them: each
 * voter's proposal ids in text order joined by ',', the lines in text order, each ended by '\n'.
 */
export function ballotsText(inputs: SelectionInputs, approvals: readonly BallotApproval[]): string {
  const onBallot = new Set(inputs.proposals.map((p) => p.id))
  const byVoter = new Map<number, string[]>()
  for (const a of approvals) {
    if (!onBallot.has(a.proposal_id)) continue
    const ballot = byVoter.get(a.voter)
    if (ballot) ballot.push(a.proposal_id)
    else byVoter.set(a.voter, [a.proposal_id])
  }
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
  const lines = [...byVoter.values()].map((ids) => ids.sort(byText).join(','))
  return lines
    .sort(byText)
    .map((line) => `${line}\n`)
    .join('')
}

/** Whether `outcome` is its rule's outcome on its inputs and these ballots. */
export function verifyOutcome(
  outcome: VerifiableOutcome,
  approvals: readonly BallotApproval[],
): Verification {
  const expected = select(selectionInput(outcome.inputs, approvals), outcome.rule).selected
  const confirmed = new Set(outcome.selected)
  const wanted = new Set(expected)
  const missing = expected.filter((id) => !confirmed.has(id))
  const extra = outcome.selected.filter((id) => !wanted.has(id))
  return {
    rule: outcome.rule,
    match: missing.length === 0 && extra.length === 0,
    expected,
    missing,
    extra,
  }
}
