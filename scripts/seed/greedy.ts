// The selection rule of a participatory-budgeting ballot: most votes first, fund what still fits
// in the money left and skip what does not. Ties: lower cost first, then lower id (the same order
// PostgreSQL gives uuid text). Used by the seed to decide which demo proposals won.

export interface BallotItem {
  id: string
  cost: number
  votes: number
}

export interface GreedyResult {
  selected: string[]
  skipped: string[]
  spent: number
  left: number
}

export function ballotOrder<T extends BallotItem>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => b.votes - a.votes || a.cost - b.cost || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
}

export function selectGreedy(items: readonly BallotItem[], budget: number): GreedyResult {
  const selected: string[] = []
  const skipped: string[] = []
  let left = budget
  for (const item of ballotOrder(items)) {
    if (item.cost <= left) {
      selected.push(item.id)
      left -= item.cost
    } else {
      skipped.push(item.id)
    }
  }
  return { selected, skipped, spent: budget - left, left }
}
