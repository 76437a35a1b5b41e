// Add-one completion of the Method of Equal Shares, as equalshares.net's "add1" computes it
// (integral start, no stop at an exhaustive outcome): start each voter with ⌊B/n⌋ currency units
// (B the budget, n the voters, empty ballots included), run MES; while the outcome costs at most
// B, give every voter one unit more and run again. The result is the outcome of the last
// per-voter budget whose outcome still fit in B: the run stops at the first raise whose outcome
// costs more than B, not at the first outcome to which nothing more could be added. Like
// equalshares.net, when all projects together cost at most B there is no completion: plain MES
// with B/n each.
//
// Raising one unit at a time needs one MES run per unit between ⌊B/n⌋ and the end: tens of
// thousands for budgets in forint or tenge. The same result is found here with far fewer runs.
// While outcomes keep changing from unit to unit (many projects and voters), it does go unit by
// unit. Once an outcome O has held for STREAK units, at per-voter budget e, `sameOutcomeAt`
// (equalShares.ts) proves O for a whole range [e, e + Δ]; the largest provable Δ is found by
// doubling, then halving (a proof for a range covers every smaller range), and the unit steps
// resume at e + Δ + 1. So every unit is accounted for: its outcome is either proven to be O,
// which fits in B, or computed. Past the sum of the costs of all projects with votes, every voter
// can pay for everything alone, and the outcome never changes again: the completion stops there
// if it gets that far (equalshares.net would raise forever).
import { equalSharesRun, sameOutcomeAt, type MesRun } from './equalShares'
import type { Prepared } from './prepare'

export interface Completed {
  run: MesRun
  /** The per-voter budget whose MES outcome is kept. */
  perVoterBudget: number
  /** MES runs and range proofs made, for the benchmark. */
  steps: number
}

/** Equal outcomes in a row after which proofs over ranges start. */
const STREAK = 3

const sameWinners = (a: MesRun, b: MesRun) =>
  a.winners.length === b.winners.length && a.winners.every((c, i) => b.winners[i] === c)

export function addOneCompletion(p: Prepared): Completed {
  const n = p.voters
  const B = p.budget
  if (n === 0) return { run: equalSharesRun(p, { num: 0n, den: 1n }), perVoterBudget: 0, steps: 1 }
  if (p.cost.reduce((a, b) => a + b, 0) <= B) {
    return {
      run: equalSharesRun(p, { num: BigInt(B), den: BigInt(n) }),
      perVoterBudget: B / n,
      steps: 1,
    }
  }
  // From here on the outcome is the same for every larger per-voter budget.
  const last = p.cost.reduce((sum, cost, c) => sum + (p.approvers[c]!.length > 0 ? cost : 0), 0)
  let steps = 1
  let e = Math.floor(B / n)
  let run = equalSharesRun(p, { num: BigInt(e), den: 1n })
  const same = (delta: number) => {
    steps++
    return sameOutcomeAt(p, run, { num: BigInt(e + delta), den: 1n })
  }
  let streak = 0
  for (;;) {
    if (e >= last) return { run, perVoterBudget: e, steps }
    // Unit by unit while outcomes keep changing (many projects and voters: at almost every unit).
    const next = equalSharesRun(p, { num: BigInt(e + 1), den: 1n })
    steps++
    if (next.cost > B) return { run, perVoterBudget: e, steps }
    streak = sameWinners(run, next) ? streak + 1 : 0
    e += 1
    run = next
    if (streak < STREAK) continue
    // The outcome has held for a while: find the largest proven Δ by doubling, then halving;
    // `good` is proven, `bad` is not.
    let good = 0
    let bad = 0
    for (let probe = STREAK; ; probe *= 2) {
      if (e + probe >= last) {
        // Proven up to `last`, and the same beyond it.
        if (same(last - e)) return { run, perVoterBudget: last, steps }
        bad = last - e
        break
      }
      if (!same(probe)) {
        bad = probe
        break
      }
      good = probe
    }
    while (bad - good > 1) {
      const mid = Math.floor((good + bad) / 2)
      if (same(mid)) good = mid
      else bad = mid
    }
    e += good
    streak = 0
  }
}
