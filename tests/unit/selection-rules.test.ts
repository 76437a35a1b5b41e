// The selection rules on small instances whose answers are worked out by hand in the comments.
import { describe, expect, it } from 'vitest'
import { SelectionError } from '../../src/selection/prepare'
import { select } from '../../src/selection/select'
import type { SelectionInput } from '../../src/selection/types'
import { deepFreeze } from './deepFreeze'

const ids = (input: SelectionInput, rule: Parameters<typeof select>[1]) =>
  select(input, rule).selected

/**
 * Three voters approve A and B, one approves only C; A and B cost 50, C 25, the budget is 100.
 *
 * greedy: A and B have 3 votes, C 1. A and B tie on votes and cost; A has the lower id, so A, then
 * B (100 spent); C no longer fits. → A, B.
 *
 * mes-plain: each voter has 100 / 4 = 25. A and B are both paid 50 / 3 by their 3 approvers, ρ =
 * (50/3) / 50 = 1/3; C is paid 25 by its only approver, ρ = 1. A and B tie on ρ, cost and votes:
 * A (lower id). Its approvers keep 25 − 50/3 = 25/3 each, 25 together: B (50) is out of reach.
 * C's approver still has 25: C. → A, C (75).
 *
 * mes: the equal share starts at ⌊100/4⌋ = 25 and rises by 1. Up to 33, as above (after A the
 * three have 3·(33 − 50/3) = 49 < 50 for B): A, C, 75, fits. At 34 they have 3·(34 − 50/3) = 52
 * for B, ρ(B) = 1/3 < ρ(C) = 1: A, B, C, 125 > 100, too much. So the outcome of 33: A, C.
 *
 * mes-greedy: A, C, then 25 left: B (50) does not fit. → A, C.
 */
function minority(): SelectionInput {
  return deepFreeze({
    projects: [
      { id: 'A', cost: 50 },
      { id: 'B', cost: 50 },
      { id: 'C', cost: 25 },
    ],
    ballots: [['A', 'B'], ['A', 'B'], ['B', 'A'], ['C']],
    budget: 100,
  })
}

describe('greedy and the Method of Equal Shares differ where a minority has its own project', () => {
  it('greedy funds the majority twice', () => {
    expect(select(minority(), 'greedy')).toEqual({ selected: ['A', 'B'], totalCost: 100 })
  })

  it('mes-plain gives the lone voter their share: A, then C', () => {
    const result = select(minority(), 'mes-plain')
    expect(result.selected).toEqual(['A', 'C'])
    expect(result.totalCost).toBe(75)
    expect(result.perVoterBudget).toBe(25)
    // C's approver pays exactly all she has, which floats cannot tell from "a little less":
    // this run is decided in exact arithmetic.
    expect(result.rounds).toEqual([
      { id: 'A', share: expect.closeTo(50 / 3, 12), payers: 3, exhausted: 0 },
      { id: 'C', share: 25, payers: 1, exhausted: 0 },
    ])
  })

  it('mes raises the equal share to 33, the last one whose outcome fits', () => {
    const result = select(minority(), 'mes')
    expect(result.selected).toEqual(['A', 'C'])
    expect(result.totalCost).toBe(75)
    expect(result.perVoterBudget).toBe(33)
  })

  it('mes-greedy has 25 left, too little for B', () => {
    expect(select(minority(), 'mes-greedy').selected).toEqual(['A', 'C'])
  })
})

describe('completion does not stop at the first outcome to which nothing more can be added', () => {
  /**
   * Three voters approve A (80); the second and third also approve B and C (50 each). Budget 80.
   * At ⌊80/3⌋ = 26 each, A is out of reach (78 < 80); B and C cost their two approvers 25 each,
   * ρ = 1/2, a tie won by B (lower id). Then they have 1 each: C is out of reach. Outcome B (50),
   * and nothing else would fit in 80: an "exhaustive" stop would end here. One unit more, at 27:
   * A is affordable (81), ρ(A) = (80/3) / 80 = 1/3 < 1/2, so A first, and then nobody has enough
   * for B or C. Outcome A (80), which fits, so raising goes on; B joins only once its approvers
   * have 50 after A, at 2·(e − 80/3) ≥ 50, e = 52: 130 > 80. The result is that of 51: A.
   */
  it('goes on raising past an outcome that leaves nothing that fits', () => {
    const input = deepFreeze({
      projects: [
        { id: 'A', cost: 80 },
        { id: 'B', cost: 50 },
        { id: 'C', cost: 50 },
      ],
      ballots: [['A'], ['A', 'B', 'C'], ['A', 'B', 'C']],
      budget: 80,
    })
    expect(select({ ...input, budget: 78 }, 'mes-plain').selected).toEqual(['B'])
    expect(select(input, 'mes')).toMatchObject({ selected: ['A'], perVoterBudget: 51 })
  })

  /**
   * Every project with a vote fits, but not every project (Z, unvoted, is too dear): equalshares.net
   * would raise the equal share forever. Past the sum of the costs of voted projects (100) the
   * outcome never changes; the completion stops there with that outcome.
   */
  it('stops when more money can no longer change the outcome', () => {
    const input = deepFreeze({
      projects: [
        { id: 'X', cost: 60 },
        { id: 'Y', cost: 40 },
        { id: 'Z', cost: 1000 },
      ],
      ballots: [['X', 'Y'], ['X'], ['X'], []],
      budget: 150,
    })
    expect(select(input, 'mes')).toMatchObject({ selected: ['X', 'Y'], totalCost: 100 })
  })
})

describe('ties', () => {
  it('greedy: on equal votes the lower cost, then the lower id as text ("10" before "9")', () => {
    const input = deepFreeze({
      projects: [
        { id: '9', cost: 10 },
        { id: '10', cost: 10 },
        { id: 'dear', cost: 20 },
        { id: 'cheap', cost: 5 },
      ],
      ballots: [
        ['9', '10', 'dear', 'cheap'],
        ['9', '10', 'dear', 'cheap'],
      ],
      budget: 1000,
    })
    expect(ids(input, 'greedy')).toEqual(['cheap', '10', '9', 'dear'])
  })

  /**
   * mes-plain, 6 voters with 20 each. P (cost 20) and Q (cost 30) are each approved by two voters
   * who can pay equal shares: ρ = 1/2 for both. The tie goes to the lower cost: P, then Q. R and S
   * cost 30 and are approved by the same two voters (ρ = 1/2, same cost, same votes): R, the lower
   * id, comes first.
   */
  it('mes: on equal ρ the lower cost, then more votes, then the lower id', () => {
    const input = deepFreeze({
      projects: [
        { id: 'Q', cost: 30 },
        { id: 'P', cost: 20 },
        { id: 'S', cost: 30 },
        { id: 'R', cost: 30 },
      ],
      ballots: [['Q'], ['Q'], ['P'], ['P'], ['S', 'R'], ['R', 'S']],
      budget: 120,
    })
    // R leaves its approvers 5 each: S is out of reach.
    expect(ids(input, 'mes-plain')).toEqual(['P', 'Q', 'R'])
  })

  /**
   * mes-plain, 8 voters with 20 each. W (80) is approved by voters 3, 6, 7, 8: ρ = 1/4, the lowest,
   * and each of them pays all 20. Then X (30, voters 1 and 2) and Y (30, voters 3, 4 and 5) have
   * the same ρ = 15/30 = 1/2, since voter 3 has nothing left and 4 and 5 pay 15 each. Same cost:
   * the tie goes to more votes, Y (3 ballots) before X (2).
   */
  it('mes: more approving ballots win a tie on ρ and cost, even those of voters who cannot pay', () => {
    const input = deepFreeze({
      projects: [
        { id: 'X', cost: 30 },
        { id: 'Y', cost: 30 },
        { id: 'W', cost: 80 },
      ],
      ballots: [['X'], ['X'], ['Y', 'W'], ['Y'], ['Y'], ['W'], ['W'], ['W']],
      budget: 160,
    })
    expect(ids(input, 'mes-plain')).toEqual(['W', 'Y', 'X'])
  })
})

describe('edge cases', () => {
  /**
   * big costs more than the whole budget: greedy skips it and goes on to small. MES: small is paid
   * by its two approvers; raising the equal share, big becomes affordable only at 500 / 3 each and
   * then comes first (ρ = 1/3 against 1/2), but that outcome costs more than 100. So small.
   */
  it('a project dearer than the budget is skipped, whatever its votes', () => {
    const input = deepFreeze({
      projects: [
        { id: 'big', cost: 500 },
        { id: 'small', cost: 40 },
      ],
      ballots: [['big', 'small'], ['big', 'small'], ['big']],
      budget: 100,
    })
    for (const rule of ['greedy', 'mes', 'mes-greedy', 'mes-plain'] as const) {
      expect(ids(input, rule), rule).toEqual(['small'])
    }
  })

  /**
   * Empty ballots are voters too: 2 approve A (60), 2 approve nothing; budget 100. mes-plain gives
   * 25 each, so A's approvers have 50 < 60: nothing. Completion raises the share to 30, where A is
   * paid; nothing else has a vote, so it stays A.
   */
  it('empty ballots count among the voters and dilute the equal share', () => {
    const input = deepFreeze({
      projects: [
        { id: 'A', cost: 60 },
        { id: 'B', cost: 50 },
      ],
      ballots: [['A'], ['A'], [], []],
      budget: 100,
    })
    expect(ids(input, 'mes-plain')).toEqual([])
    expect(ids(input, 'mes')).toEqual(['A'])
    expect(ids({ ...input, ballots: [['A'], ['A']] }, 'mes-plain')).toEqual(['A'])
    // Greedy ranks B (no votes) last but still funds it if it fits; here 40 is left: it does not.
    expect(ids(input, 'greedy')).toEqual(['A'])
  })

  it('no ballots: MES selects nothing; greedy ranks by the votes given', () => {
    const input = deepFreeze({
      projects: [
        { id: 'A', cost: 60, votes: 3 },
        { id: 'B', cost: 50, votes: 7 },
      ],
      ballots: [],
      budget: 100,
    })
    expect(ids(input, 'mes')).toEqual([])
    expect(ids(input, 'mes-plain')).toEqual([])
    expect(ids(input, 'greedy')).toEqual(['B'])
    expect(ids(input, 'mes-greedy')).toEqual(['B'])
  })

  /** Greedy ranks by `votes` where given (online plus paper), MES only by ballots. */
  it('greedy uses the votes given over the ballots', () => {
    const input = deepFreeze({
      projects: [
        { id: 'online', cost: 60 },
        { id: 'paper', cost: 60, votes: 10 },
      ],
      ballots: [['online'], ['online']],
      budget: 100,
    })
    expect(ids(input, 'greedy')).toEqual(['paper'])
  })

  /** All projects together fit: like equalshares.net, no completion, plain MES (B/n each). */
  it('everything affordable: plain MES, then mes-greedy adds the rest', () => {
    const input = deepFreeze({
      projects: [
        { id: 'A', cost: 30 },
        { id: 'B', cost: 30 },
      ],
      ballots: [['A'], ['A'], ['B']],
      budget: 60,
    })
    // 20 each: A is paid 15 + 15; B's voter has 20 < 30.
    expect(select(input, 'mes')).toMatchObject({ selected: ['A'], perVoterBudget: 20 })
    expect(ids(input, 'mes-greedy')).toEqual(['A', 'B'])
  })
})

describe('the input is checked', () => {
  const base = () => ({
    projects: [{ id: 'a', cost: 10 }],
    ballots: [['a']],
    budget: 10,
  })
  const refused = (input: SelectionInput) => {
    try {
      select(input, 'greedy')
    } catch (e) {
      if (e instanceof SelectionError) return e.message
      throw e
    }
    throw new Error('accepted')
  }

  it('refuses costs that are not whole, positive amounts', () => {
    for (const cost of [0, -5, 2.5, Number.NaN]) {
      expect(refused({ ...base(), projects: [{ id: 'a', cost }] })).toMatch(/project "a": the cost/)
    }
  })

  it('refuses a budget that is not a whole amount', () => {
    expect(refused({ ...base(), budget: 10.5 })).toMatch(/budget/)
  })

  it('refuses ballots naming unknown projects, or a project twice', () => {
    expect(refused({ ...base(), ballots: [['a'], ['b']] })).toBe(
      'ballot number 2 approves an unknown project "b"',
    )
    expect(refused({ ...base(), ballots: [['a', 'a']] })).toMatch(/approves "a" twice/)
  })

  it('refuses duplicate ids and bad votes', () => {
    expect(
      refused({
        ...base(),
        projects: [
          { id: 'a', cost: 1 },
          { id: 'a', cost: 2 },
        ],
      }),
    ).toMatch(/listed twice/)
    expect(refused({ ...base(), projects: [{ id: 'a', cost: 1, votes: -1 }] })).toMatch(/votes/)
  })
})
