// The Method of Equal Shares (MES) for approval ballots with cost utilities, as equalshares.net
// computes it, for one fixed per-voter budget.
//
// Every voter starts with the same budget. In each round, a project c that its approvers can still
// pay for is priced: its approvers pay equal shares, except those who have less, who pay all they
// have left; p(c) is the smallest equal share with which the payments reach the cost, so that
// Σ_{i approves c} min(b_i, p(c)) = cost(c). With cost utilities a voter's utility of a project is
// its cost, so the price per unit of utility is ρ(c) = p(c) / cost(c) (the inverse of
// equalshares.net's "effective vote count" cost(c) / p(c)). The project with the smallest ρ is
// funded and its approvers pay; the run ends when no remaining project can be paid for. Ties on ρ
// go to the lower cost, then to more approving ballots, then to the lower id (as text).
//
// Outcomes are exact: a run first goes with floats that prove each decision (floatBudgets.ts) and,
// if one cannot be proven, is redone in BigInt fractions (exactBudgets.ts).
//
// Within a run budgets only shrink, so a project's ρ only grows: its last ρ is a lower bound, and a
// project whose bound is above the best price of the round need not be priced again (as
// equalshares.net skips projects by their previous effective vote count).
import { ExactBudgets, type Share } from './exactBudgets'
import { FloatBudgets } from './floatBudgets'
import { compareIds, type Prepared } from './prepare'
import {
  comparePrices,
  surelyAbove,
  Uncertain,
  type Budgets,
  type Price,
  type Priced,
} from './prices'
import type { MesRound } from './types'

export type { Share } from './exactBudgets'

export interface MesRun {
  /** Project indices in the order funded. */
  winners: number[]
  /** Per round, ρ of the funded project (for sameOutcomeAt). */
  prices: Price[]
  rounds: MesRound[]
  cost: number
}

/** Whether a wins a tie on ρ against b: lower cost, then more approving ballots, then lower id. */
export function winsTie(p: Prepared, a: number, b: number): boolean {
  if (p.cost[a] !== p.cost[b]) return p.cost[a]! < p.cost[b]!
  const va = p.approvers[a]!.length
  const vb = p.approvers[b]!.length
  if (va !== vb) return va > vb
  return compareIds(p.ids[a]!, p.ids[b]!) < 0
}

/** The projects still in play in one run and a lower bound on each one's ρ. */
class Field {
  /** Not funded and not found unaffordable (budgets only shrink, so that is final). */
  readonly open: Uint8Array
  readonly bound: Price[]
  /** bound − its error: surely at most ρ, for a quick test before an exact one. */
  readonly low: Float64Array

  constructor(p: Prepared) {
    this.open = Uint8Array.from(p.approvers, (a) => (a.length > 0 ? 1 : 0))
    // p(c) ≥ cost(c) / |approvers|, so ρ(c) ≥ 1 / |approvers|.
    this.bound = p.approvers.map((a) => {
      const n = Math.max(1, a.length)
      return { approx: 1 / n, err: 2 ** -50 / n, inverse: n }
    })
    this.low = Float64Array.from(this.bound, (b) => b.approx - b.err)
  }

  /** The open project with the lowest bound, the most promising one; −1 if none is open. */
  first(): number {
    let first = -1
    for (let c = 0; c < this.open.length; c++) {
      if (this.open[c] && (first < 0 || this.low[c]! < this.low[first]!)) first = c
    }
    return first
  }

  /** Whether c's ρ is surely above `limit` for the rest of the run. */
  above(c: number, limit: Price): boolean {
    return this.low[c]! > limit.approx + limit.err || surelyAbove(this.bound[c]!, limit)
  }

  /** Prices c unless its bound is surely above `limit`; closes it if it is unaffordable. */
  reprice<T extends Priced>(budgets: Budgets<T>, c: number, limit: Price | null): T | null {
    if (limit && this.above(c, limit)) return null
    const priced = budgets.price(c)
    if (!priced) {
      this.open[c] = 0
      return null
    }
    this.bound[c] = priced.rho
    this.low[c] = priced.rho.approx - priced.rho.err
    return priced
  }
}

/** MES on the given budgets (a fresh ExactBudgets or FloatBudgets). */
export function mesRun<T extends Priced>(p: Prepared, budgets: Budgets<T>): MesRun {
  const field = new Field(p)
  const result: MesRun = { winners: [], prices: [], rounds: [], cost: 0 }
  for (;;) {
    let best = -1
    let bestPriced = null as T | null
    const consider = (c: number) => {
      const priced = field.reprice(budgets, c, bestPriced?.rho ?? null)
      if (!priced) return
      const order = bestPriced ? comparePrices(priced.rho, bestPriced.rho) : -1
      if (order < 0 || (order === 0 && winsTie(p, c, best))) {
        best = c
        bestPriced = priced
      }
    }
    const first = field.first()
    if (first < 0) return result
    consider(first)
    for (let c = 0; c < field.open.length; c++) {
      if (!field.open[c] || c === first) continue
      // The quick test inline: most projects are far above the round's best.
      if (bestPriced && field.low[c]! > bestPriced.rho.approx + bestPriced.rho.err) continue
      consider(c)
    }
    if (!bestPriced) return result
    budgets.fund(best, bestPriced)
    field.open[best] = 0
    result.winners.push(best)
    result.prices.push(bestPriced.rho)
    result.cost += p.cost[best]!
    result.rounds.push({
      id: p.ids[best]!,
      share: bestPriced.share,
      payers: bestPriced.payers,
      exhausted: bestPriced.payers - bestPriced.equalPayers,
    })
  }
}

/** MES with each voter's budget equal to `share`. */
export function equalSharesRun(p: Prepared, share: Share): MesRun {
  try {
    return mesRun(p, new FloatBudgets(p, share))
  } catch (e) {
    if (!(e instanceof Uncertain)) throw e
    return mesRun(p, new ExactBudgets(p, share))
  }
}

function replay<T extends Priced>(p: Prepared, was: MesRun, budgets: Budgets<T>): boolean {
  const field = new Field(p)
  for (let r = 0; r < was.winners.length; r++) {
    const w = was.winners[r]!
    const limit = was.prices[r]!
    const high = limit.approx + limit.err
    for (let c = 0; c < field.open.length; c++) {
      if (!field.open[c] || c === w || field.low[c]! > high) continue
      const priced = field.reprice(budgets, c, limit)
      if (!priced) continue
      const order = comparePrices(priced.rho, limit)
      if (order < 0 || (order === 0 && !winsTie(p, w, c))) return false
    }
    const priced = budgets.price(w)
    if (!priced) throw new Error(`MES: project ${p.ids[w]} became unaffordable with more money`)
    budgets.fund(w, priced)
    field.open[w] = 0
  }
  for (let c = 0; c < field.open.length; c++) {
    if (field.open[c] && field.reprice(budgets, c, null)) return false
  }
  return true
}

/**
 * True only if MES with per-voter budget `share` funds exactly what `was` funded, in the same
 * order, and so does every per-voter budget between was's and `share` (share ≥ was's budget).
 *
 * Replays was's sequence at `share`. For a fixed sequence of funded projects, every voter's budget
 * after every round grows (weakly) with the starting budget: a richer voter pays at most her
 * equal share, and richer fellow approvers lower that share. So over the whole range, the project
 * funded in round r has ρ at most its ρ in `was`, and any other project has ρ at least its ρ at
 * `share`; if at `share` no project undercuts the round's price (or ties it and loses the tie),
 * the round goes the same way throughout. Likewise, if nothing more is affordable at `share` after
 * the last round, nothing is anywhere in the range. False may also mean "not proven".
 */
export function sameOutcomeAt(p: Prepared, was: MesRun, share: Share): boolean {
  try {
    return replay(p, was, new FloatBudgets(p, share))
  } catch (e) {
    if (!(e instanceof Uncertain)) throw e
  }
  try {
    return replay(p, was, new ExactBudgets(p, share))
  } catch (e) {
    // An exact price against a price of `was` known only as a float, too close to tell.
    if (e instanceof Uncertain) return false
    throw e
  }
}
