// The fast add-one completion gives exactly what raising the equal share one unit at a time gives
// (equalshares.net's add1), on random instances and on real elections.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parsePabulib } from '../../src/pabulib/parse'
import { addOneCompletion } from '../../src/selection/completion'
import { mesRun } from '../../src/selection/equalShares'
import { ExactBudgets } from '../../src/selection/exactBudgets'
import { selectionInputFromPabulib } from '../../src/selection/fromPabulib'
import { prepare, type Prepared } from '../../src/selection/prepare'
import type { SelectionInput } from '../../src/selection/types'

const DIR = fileURLToPath(new URL('../fixtures/pabulib/', import.meta.url))

/**
 * The definition, literally: exact MES at ⌊B/n⌋, ⌊B/n⌋ + 1, … until an outcome costs more than B;
 * the last one that fit. (Capped where more money can no longer change anything, where the
 * definition would never stop.)
 */
function addOneByUnits(p: Prepared): { winners: number[]; perVoterBudget: number } {
  const at = (e: number) => mesRun(p, new ExactBudgets(p, { num: BigInt(e), den: 1n }))
  const last = p.cost.reduce((sum, c, i) => sum + (p.approvers[i]!.length > 0 ? c : 0), 0)
  let e = Math.floor(p.budget / p.voters)
  let run = at(e)
  while (e < last) {
    const next = at(e + 1)
    if (next.cost > p.budget) break
    e++
    run = next
  }
  return { winners: run.winners, perVoterBudget: e }
}

/** A deterministic pseudo-random generator (a linear congruential one), for reproducible cases. */
function random(seed: number) {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

function randomInstance(seed: number, scale: number): SelectionInput {
  const next = random(seed)
  const projects = Array.from({ length: 3 + Math.floor(next() * 8) }, (_, i) => ({
    id: `p${i}`,
    cost: Math.round(scale * (1 + Math.floor(next() * 20))),
  }))
  const ballots = Array.from({ length: 5 + Math.floor(next() * 40) }, () => {
    const share = next()
    return projects.filter(() => next() < share).map((p) => p.id)
  })
  const total = projects.reduce((sum, p) => sum + p.cost, 0)
  return { projects, ballots, budget: Math.round(total * (0.2 + next() * 0.6)) }
}

describe('add-one completion', () => {
  it('matches unit-by-unit raising on 150 random instances (costs in tens)', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const p = prepare(randomInstance(seed, 10))
      if (p.cost.reduce((a, b) => a + b, 0) <= p.budget) continue
      const fast = addOneCompletion(p)
      const slow = addOneByUnits(p)
      expect([fast.run.winners, fast.perVoterBudget], `seed ${seed}`).toEqual([
        slow.winners,
        slow.perVoterBudget,
      ])
    }
  })

  it('matches unit-by-unit raising with costs in thousands, in far fewer runs', () => {
    let units = 0
    let steps = 0
    for (let seed = 1000; seed < 1012; seed++) {
      const p = prepare(randomInstance(seed, 1000))
      if (p.cost.reduce((a, b) => a + b, 0) <= p.budget) continue
      const fast = addOneCompletion(p)
      const slow = addOneByUnits(p)
      expect([fast.run.winners, fast.perVoterBudget], `seed ${seed}`).toEqual([
        slow.winners,
        slow.perVoterBudget,
      ])
      units += slow.perVoterBudget - Math.floor(p.budget / p.voters) + 1
      steps += fast.steps
    }
    expect(steps).toBeLessThan(units / 5)
  })

  for (const file of [
    'Netherlands_Assen_2024.pb',
    'Poland_Swiecie_2023.pb',
    'Netherlands_Amsterdam_304.pb',
  ]) {
    it(`matches unit-by-unit raising on ${file}`, () => {
      const p = prepare(selectionInputFromPabulib(parsePabulib(readFileSync(DIR + file, 'utf8'))))
      const fast = addOneCompletion(p)
      const slow = addOneByUnits(p)
      expect(fast.run.winners).toEqual(slow.winners)
      expect(fast.perVoterBudget).toBe(slow.perVoterBudget)
    })
  }
})
