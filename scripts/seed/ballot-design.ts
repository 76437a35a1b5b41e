// Designs the costs and votes of one ballot group so that the greedy rule (see greedy.ts) funds
// exactly the intended number of proposals. Used to reconstruct the Saryarka 2019 pilot, where the
// number of funded projects is a known fact but the individual votes are not.
import type { Random } from './random'

export interface GroupSpec {
  winners: number
  losers: number
  allocation: number
  /** Per-project cost cap. */
  cap: number
  /** Every cost is a multiple of this (e.g. 10 000 tenge). */
  step: number
  /** The cheapest proposal on the ballot. Must exceed what winners leave unspent. */
  minCost: number
  /** Votes of the most popular proposal are drawn from this range. */
  topVotes: [number, number]
  /** Add a proposal that out-polls the last winner but is skipped because it no longer fits. */
  withSkip: boolean
}

export interface DesignedItem {
  cost: number
  votes: number
}

export interface GroupDesign {
  winners: DesignedItem[]
  losers: DesignedItem[]
  /** Money the winners leave unspent (always below minCost, so no loser fits). */
  leftover: number
}

export function designBallotGroup(rnd: Random, spec: GroupSpec): GroupDesign {
  const { winners: k, step, cap, minCost } = spec
  if (k < 1 || (spec.withSkip && (k < 2 || spec.losers < 1))) throw new Error('too few proposals')
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const leftover = rnd.int(1, Math.floor((minCost - step) / step)) * step
    const target = spec.allocation - leftover
    const raw = Array.from({ length: k }, () => rnd.int(30, 120))
    const sum = raw.reduce((a, b) => a + b, 0)
    const costs = raw.map((r) => Math.round((r / sum) * (target / step)) * step)
    costs[k - 1]! += target - costs.reduce((a, b) => a + b, 0)
    if (costs.some((c) => c < minCost || c > cap)) continue
    // The least popular winner is the cheapest, so a skipped proposal can sit just above it.
    const order = rnd.shuffle(costs)
    const min = order.indexOf(Math.min(...order))
    ;[order[min], order[k - 1]] = [order[k - 1]!, order[min]!]
    const cheapest = order[k - 1]!
    if (spec.withSkip && leftover + cheapest + step > cap) continue

    const votes: number[] = [rnd.int(spec.topVotes[0], spec.topVotes[1])]
    for (let i = 1; i < k; i++) {
      const drop = spec.withSkip && i === k - 1 ? rnd.int(3, 6) : rnd.int(1, 4)
      votes.push(votes[i - 1]! - drop)
    }
    const lowest = votes[k - 1]!
    if (lowest < 4) continue
    const winners = order.map((cost, i) => ({ cost, votes: votes[i]! }))

    const losers: DesignedItem[] = []
    const costBetween = (lo: number) => rnd.int(Math.ceil(lo / step), Math.floor(cap / step)) * step
    if (spec.withSkip) {
      losers.push({
        cost: costBetween(leftover + cheapest + step),
        votes: rnd.int(lowest + 1, votes[k - 2]! - 1),
      })
    }
    while (losers.length < spec.losers) {
      // Most losing proposals get few votes: skew towards the bottom of the range.
      const floor = Math.min(3, lowest - 1)
      const v = floor + Math.floor(rnd.next() ** 2 * (lowest - floor))
      losers.push({ cost: costBetween(minCost), votes: Math.min(v, lowest - 1) })
    }
    return { winners, losers, leftover }
  }
  throw new Error('could not design the ballot group; check the spec')
}
