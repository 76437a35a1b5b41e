// The two budget keepers of the Method of Equal Shares agree: floats decide only what their error
// bounds prove and hand the rest to exact fractions.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parsePabulib } from '../../src/pabulib/parse'
import { mesRun } from '../../src/selection/equalShares'
import { ExactBudgets } from '../../src/selection/exactBudgets'
import { FloatBudgets } from '../../src/selection/floatBudgets'
import { selectionInputFromPabulib } from '../../src/selection/fromPabulib'
import { prepare } from '../../src/selection/prepare'
import { comparePrices, Uncertain } from '../../src/selection/prices'

const DIR = fileURLToPath(new URL('../fixtures/pabulib/', import.meta.url))
const load = (file: string) =>
  prepare(selectionInputFromPabulib(parsePabulib(readFileSync(DIR + file, 'utf8'))))

describe('prices', () => {
  it('compares ρ = 1/d exactly, however close', () => {
    const a = { approx: 1 / 3, err: 1e-9, inverse: 3 }
    const b = { approx: 1 / 3, err: 1e-9, inverse: 3 }
    expect(comparePrices(a, b)).toBe(0)
    expect(comparePrices({ approx: 1 / 4, err: 1, inverse: 4 }, a)).toBe(-1)
  })

  it('compares exact fractions exactly and refuses to guess between floats', () => {
    const third = { approx: 1 / 3, err: 1e-17, exact: { num: 1n, den: 3n } }
    const alsoThird = { approx: 1 / 3, err: 1e-17, exact: { num: 5n, den: 15n } }
    expect(comparePrices(third, alsoThird)).toBe(0)
    expect(comparePrices(third, { approx: 1 / 3 + 1e-12, err: 1e-9, inverse: 3 })).toBe(0)
    expect(() => comparePrices({ approx: 0.5, err: 1e-9 }, { approx: 0.5, err: 1e-9 })).toThrow(
      Uncertain,
    )
    expect(comparePrices({ approx: 0.5, err: 1e-9 }, { approx: 0.6, err: 1e-9 })).toBe(-1)
  })
})

describe('float budgets', () => {
  /**
   * One voter with 25 and a project of 25: she pays exactly all she has. Floats cannot tell that
   * from "a little less" (which would change who pays all they have), so they give up; exact
   * fractions price it at 25, ρ = 1.
   */
  it('give up where a voter pays exactly all she has; exact fractions do not', () => {
    const p = prepare({ projects: [{ id: 'c', cost: 25 }], ballots: [['c']], budget: 25 })
    const share = { num: 25n, den: 1n }
    expect(() => new FloatBudgets(p, share).price(0)).toThrow(Uncertain)
    const exact = new ExactBudgets(p, share).price(0)!
    expect(exact.share).toBe(25)
    expect(exact.rho.exact).toEqual({ num: 25n, den: 25n })
  })

  it('price with the same outcome as exact fractions when they can prove it', () => {
    const p = prepare({
      projects: [
        { id: 'a', cost: 70 },
        { id: 'b', cost: 30 },
      ],
      ballots: [['a'], ['a', 'b'], ['a', 'b']],
      budget: 100,
    })
    const share = { num: 100n, den: 3n }
    const float = mesRun(p, new FloatBudgets(p, share))
    const exact = mesRun(p, new ExactBudgets(p, share))
    expect(float.winners).toEqual(exact.winners)
    expect(float.rounds).toEqual(
      exact.rounds.map((r) => ({ ...r, share: expect.closeTo(r.share, 9) })),
    )
  })

  const files = [
    'Netherlands_Assen_2024.pb',
    'Poland_Swiecie_2023.pb',
    'Poland_Wieliczka_2023_Green_Budget.pb',
    'Hungary_Budapest_2025_XI_Ujbuda.pb',
  ]
  for (const file of files) {
    it(`agree with exact fractions on ${file} at several per-voter budgets`, () => {
      const p = load(file)
      const start = Math.floor(p.budget / p.voters)
      for (const e of [start, start + 1, Math.round(start * 1.5), start * 2]) {
        const share = { num: BigInt(e), den: 1n }
        let float
        try {
          float = mesRun(p, new FloatBudgets(p, share))
        } catch (error) {
          if (error instanceof Uncertain) continue // the exact run is then the answer
          throw error
        }
        const exact = mesRun(p, new ExactBudgets(p, share))
        expect(float.winners, `per-voter ${e}`).toEqual(exact.winners)
        expect(float.rounds.map((r) => [r.payers, r.exhausted])).toEqual(
          exact.rounds.map((r) => [r.payers, r.exhausted]),
        )
      }
    })
  }
})
