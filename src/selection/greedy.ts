// The greedy rule: rank projects by votes, most first, and fund each in turn if it still fits in
// the money left; one that does not fit is skipped and the next is tried. Ties on votes go to the
// lower cost, then to the lower id (as text). Also fills what MES leaves (mes-greedy).
import { compareIds, type Prepared } from './prepare'

/** Project indices in greedy order: more votes, then lower cost, then lower id. */
export function greedyOrder(p: Prepared): number[] {
  return p.ids
    .map((_, i) => i)
    .sort(
      (a, b) =>
        p.votes[b]! - p.votes[a]! || p.cost[a]! - p.cost[b]! || compareIds(p.ids[a]!, p.ids[b]!),
    )
}

/**
 * Adds projects to `already` (indices, kept first and in order) in greedy order while they fit in
 * the budget: the budget less the cost of everything selected so far.
 */
export function greedyFill(p: Prepared, already: readonly number[] = []): number[] {
  const chosen = new Set(already)
  const selected = [...already]
  let left = p.budget - already.reduce((sum, i) => sum + p.cost[i]!, 0)
  for (const i of greedyOrder(p)) {
    if (chosen.has(i) || p.cost[i]! > left) continue
    selected.push(i)
    left -= p.cost[i]!
  }
  return selected
}
