// Runs one winner-selection rule on a SelectionInput.
//
//   greedy      most votes first; a project that no longer fits is skipped and the next one tried.
//               Ties: lower cost, then lower id (as text).
//   mes         Method of Equal Shares for approval ballots with cost utilities, completed by the
//               add-one method (completion.ts). Ties on ρ: lower cost, then more approving
//               ballots, then lower id (as text).
//   mes-greedy  mes, then what is left of the budget (the budget less the cost of the projects
//               mes selected) is filled by the greedy rule, with its ties.
//   mes-plain   MES with each voter's budget exactly B/n, no completion and no filling.
import { addOneCompletion } from './completion'
import { equalSharesRun, type MesRun } from './equalShares'
import { greedyFill } from './greedy'
import { prepare, type Prepared } from './prepare'
import type { Rule, SelectionInput, SelectionResult } from './types'

function result(p: Prepared, chosen: readonly number[]): SelectionResult {
  return {
    selected: chosen.map((c) => p.ids[c]!),
    totalCost: chosen.reduce((sum, c) => sum + p.cost[c]!, 0),
  }
}

function mesResult(p: Prepared, run: MesRun, perVoterBudget: number, fill: boolean) {
  return {
    ...result(p, fill ? greedyFill(p, run.winners) : run.winners),
    perVoterBudget,
    rounds: run.rounds,
  }
}

/** The projects `rule` selects; throws a SelectionError for an input no rule can run on. */
export function select(input: SelectionInput, rule: Rule): SelectionResult {
  const p = prepare(input)
  switch (rule) {
    case 'greedy':
      return result(p, greedyFill(p))
    case 'mes':
    case 'mes-greedy': {
      const { run, perVoterBudget } = addOneCompletion(p)
      return mesResult(p, run, perVoterBudget, rule === 'mes-greedy')
    }
    case 'mes-plain': {
      // With no voters nobody has money, whatever the budget.
      const n = p.voters
      const run = equalSharesRun(p, { num: n > 0 ? BigInt(p.budget) : 0n, den: BigInt(n || 1) })
      return mesResult(p, run, n > 0 ? p.budget / n : 0, false)
    }
  }
}
