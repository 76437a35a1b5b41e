// The two rules side by side for one district: the input the rules run on, built from the
// database's selection inputs and the anonymised ballots, and which proposals each rule funds.
// Pure. Paper ballots are counts, not ballots: each paper vote enters the Method of Equal Shares
// as a ballot approving only that proposal (and the greedy rule as part of the tally).
import type { BallotApproval, SelectionInputs } from '../../api/types'
import type { SelectionInput, SelectionResult } from '../../selection/types'

export function selectionInput(
  inputs: SelectionInputs,
  approvals: readonly BallotApproval[],
): SelectionInput {
  const onBallot = new Set(inputs.proposals.map((p) => p.id))
  const byVoter = new Map<number, string[]>()
  for (const a of approvals) {
    if (!onBallot.has(a.proposal_id)) continue
    const ballot = byVoter.get(a.voter)
    if (ballot) ballot.push(a.proposal_id)
    else byVoter.set(a.voter, [a.proposal_id])
  }
  const ballots: string[][] = [...byVoter.values()]
  for (const p of inputs.proposals) {
    for (let i = 0; i < p.paper_votes; i++) ballots.push([p.id])
  }
  return {
    budget: inputs.budget ?? 0,
    projects: inputs.proposals.map((p) => ({ id: p.id, cost: p.cost, votes: p.votes })),
    ballots,
  }
}

export interface ComparedRow {
  id: string
  title: string
  cost: number
  votes: number
  greedy: boolean
  mes: boolean
}

export interface Comparison {
  rows: ComparedRow[]
  greedyCost: number
  mesCost: number
  /** Money that only the greedy rule spends on its projects, and only MES on its own. */
  onlyGreedyCost: number
  onlyMesCost: number
  changed: number
}

/** Rows by votes (most first), each marked with the rules that fund it. */
export function compareRules(
  inputs: SelectionInputs,
  greedy: SelectionResult,
  mes: SelectionResult,
): Comparison {
  const g = new Set(greedy.selected)
  const m = new Set(mes.selected)
  const rows = [...inputs.proposals]
    .sort((a, b) => b.votes - a.votes || a.cost - b.cost || (a.id < b.id ? -1 : 1))
    .map((p) => ({
      id: p.id,
      title: p.title,
      cost: p.cost,
      votes: p.votes,
      greedy: g.has(p.id),
      mes: m.has(p.id),
    }))
  const sum = (keep: (r: ComparedRow) => boolean) =>
    rows.filter(keep).reduce((s, r) => s + r.cost, 0)
  return {
    rows,
    greedyCost: greedy.totalCost,
    mesCost: mes.totalCost,
    onlyGreedyCost: sum((r) => r.greedy && !r.mes),
    onlyMesCost: sum((r) => r.mes && !r.greedy),
    changed: rows.filter((r) => r.greedy !== r.mes).length,
  }
}
