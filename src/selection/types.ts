// The input and output of the winner-selection rules (see select.ts). Independent of Pabulib and of
// the app: fromPabulib.ts and the app each build a SelectionInput from their own records.

/** The rules `select` runs; the CLI's `--rule` takes the same names. */
export const RULES = ['greedy', 'mes', 'mes-greedy', 'mes-plain'] as const
export type Rule = (typeof RULES)[number]

export interface SelectionProject {
  /** Any text; ties are broken on it last (compared as text, code unit by code unit). */
  id: string
  /** Whole currency units, above zero. */
  cost: number
  /**
   * The tally the greedy rule ranks by (for example online plus paper votes). Without it, the
   * number of ballots that approve the project. The Method of Equal Shares uses ballots only.
   */
  votes?: number
}

export interface SelectionInput {
  projects: readonly SelectionProject[]
  /** One approval ballot per voter: the ids of the projects it approves. Empty ballots count. */
  ballots: readonly (readonly string[])[]
  /** Whole currency units. */
  budget: number
}

/** One project funded by the Method of Equal Shares, with how its supporters paid for it. */
export interface MesRound {
  id: string
  /** What each supporter who could afford an equal share paid (currency units, rounded). */
  share: number
  /** Supporters who paid something towards it. */
  payers: number
  /** Of those, how many paid all they had left (less than the equal share). */
  exhausted: number
}

export interface SelectionResult {
  /** Project ids in the order the rule selected them. */
  selected: string[]
  /** Sum of the selected projects' costs, never above the budget. */
  totalCost: number
  /**
   * MES rules only: each voter's budget in the run whose outcome was kept (currency units; B/n
   * for mes-plain, a whole number after add-one completion).
   */
  perVoterBudget?: number
  /** MES rules only: the projects MES funded, in order (mes-greedy adds the rest greedily). */
  rounds?: MesRound[]
}
