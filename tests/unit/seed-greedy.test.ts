import { describe, expect, it } from 'vitest'
import { ballotOrder, selectGreedy } from '../../scripts/seed/greedy'
import { deepFreeze } from './deepFreeze'

describe('selectGreedy', () => {
  it('funds the most voted first and skips what no longer fits', () => {
    const items = deepFreeze([
      { id: 'a', cost: 60, votes: 50 },
      { id: 'b', cost: 50, votes: 40 },
      { id: 'c', cost: 30, votes: 30 },
      { id: 'd', cost: 20, votes: 10 },
    ])
    expect(selectGreedy(items, 100)).toEqual({
      selected: ['a', 'c'],
      skipped: ['b', 'd'],
      spent: 90,
      left: 10,
    })
  })

  it('keeps going down the list after a skip', () => {
    const items = deepFreeze([
      { id: 'big', cost: 90, votes: 9 },
      { id: 'small', cost: 10, votes: 1 },
    ])
    expect(selectGreedy(items, 50).selected).toEqual(['small'])
  })

  it('breaks ties on votes by lower cost, then by lower id', () => {
    const items = deepFreeze([
      { id: 'b', cost: 10, votes: 5 },
      { id: 'a', cost: 10, votes: 5 },
      { id: 'c', cost: 5, votes: 5 },
    ])
    expect(ballotOrder(items).map((i) => i.id)).toEqual(['c', 'a', 'b'])
    expect(selectGreedy(items, 15).selected).toEqual(['c', 'a'])
  })

  it('selects nothing from an empty ballot', () => {
    expect(selectGreedy([], 100)).toEqual({ selected: [], skipped: [], spent: 0, left: 100 })
  })
})
