import { describe, expect, it } from 'vitest'
import { designBallotGroup, type GroupSpec } from '../../scripts/seed/ballot-design'
import { selectGreedy } from '../../scripts/seed/greedy'
import { createRandom } from '../../scripts/seed/random'

const spec = (over: Partial<GroupSpec> = {}): GroupSpec => ({
  winners: 7,
  losers: 9,
  allocation: 50_000_000,
  cap: 15_000_000,
  step: 10_000,
  minCost: 1_500_000,
  topVotes: [30, 38],
  withSkip: true,
  ...over,
})

function selectedCount(seed: number, s: GroupSpec) {
  const d = designBallotGroup(createRandom(seed), s)
  const items = [
    ...d.winners.map((w, i) => ({ id: `w${i}`, ...w })),
    ...d.losers.map((l, i) => ({ id: `l${i}`, ...l })),
  ]
  return { design: d, result: selectGreedy(items, s.allocation) }
}

describe('designBallotGroup', () => {
  it('makes the greedy rule fund exactly the designed winners', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { result } = selectedCount(seed, spec())
      expect(result.selected.sort()).toEqual(['w0', 'w1', 'w2', 'w3', 'w4', 'w5', 'w6'])
    }
  })

  it('with a skip, one loser out-polls the last winner but does not fit', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { design } = selectedCount(seed, spec())
      const lastWinner = Math.min(...design.winners.map((w) => w.votes))
      expect(design.losers.filter((l) => l.votes > lastWinner)).toHaveLength(1)
    }
  })

  it('respects the cap, the step and the allocation', () => {
    const s = spec({ winners: 3, losers: 6, allocation: 20_000_000, withSkip: false })
    const { design } = selectedCount(5, s)
    const all = [...design.winners, ...design.losers]
    for (const item of all) {
      expect(item.cost).toBeLessThanOrEqual(s.cap)
      expect(item.cost).toBeGreaterThanOrEqual(s.minCost)
      expect(item.cost % s.step).toBe(0)
    }
    const spent = design.winners.reduce((sum, w) => sum + w.cost, 0)
    expect(spent + design.leftover).toBe(s.allocation)
    expect(design.leftover).toBeLessThan(s.minCost)
  })

  it('throws when the winners cannot fit under the cap', () => {
    expect(() => designBallotGroup(createRandom(1), spec({ winners: 2, cap: 5_000_000 }))).toThrow()
  })
})
