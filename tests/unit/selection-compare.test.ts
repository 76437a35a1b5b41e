import { describe, expect, it } from 'vitest'
import type { SelectionInputs } from '../../src/api/types'
import { compareRules, selectionInput } from '../../src/features/selection/compareRules'
import { select } from '../../src/selection/select'

const proposal = (id: string, cost: number, online: number, paper = 0) => ({
  id,
  title: `Proposal ${id}`,
  cost,
  online_votes: online,
  paper_votes: paper,
  votes: online + paper,
  status: 'on_ballot' as const,
})

// Budget 100; 10 ballots: A (cost 60) approved by 4 online voters, B and C (cost 40 each) by 1
// online voter and 2 paper votes each. Greedy: A (4 votes), then B (3, lower id than C); 100.
// MES with add-one completion: shares start at 10 each; at 14, A's four supporters hold 56 < 60
// but B's and C's three hold 42 ≥ 40 each: {B, C} costs 80 and fits; at 15 A becomes affordable
// too and the outcome {A, B, C} (140) no longer fits, so the last fitting outcome is {B, C}.
const inputs: SelectionInputs = {
  cycle_id: 'c',
  district_id: 'd',
  ballot_group_id: null,
  budget: 100,
  proposals: [proposal('a', 60, 4), proposal('b', 40, 1, 2), proposal('c', 40, 1, 2)],
}
const approvals = [
  ...[1, 2, 3, 4].map((voter) => ({ voter, proposal_id: 'a' })),
  { voter: 5, proposal_id: 'b' },
  { voter: 6, proposal_id: 'c' },
  // A voter of another district: not on this ballot, not counted here.
  { voter: 7, proposal_id: 'elsewhere' },
]

describe('comparing the rules for one district', () => {
  it('builds one ballot per voter of the district and one per paper vote', () => {
    const input = selectionInput(inputs, approvals)
    expect(input.budget).toBe(100)
    expect(input.ballots).toEqual([
      ['a'],
      ['a'],
      ['a'],
      ['a'],
      ['b'],
      ['c'],
      ['b'],
      ['b'],
      ['c'],
      ['c'],
    ])
    expect(input.projects).toEqual([
      { id: 'a', cost: 60, votes: 4 },
      { id: 'b', cost: 40, votes: 3 },
      { id: 'c', cost: 40, votes: 3 },
    ])
  })

  it('marks what each rule funds, what changes and where the money moves', () => {
    const input = selectionInput(inputs, approvals)
    const greedy = select(input, 'greedy')
    const mes = select(input, 'mes')
    expect(greedy.selected).toEqual(['a', 'b'])
    expect([...mes.selected].sort()).toEqual(['b', 'c'])
    const c = compareRules(inputs, greedy, mes)
    expect(c.rows.map((r) => [r.id, r.greedy, r.mes])).toEqual([
      ['a', true, false],
      ['b', true, true],
      ['c', false, true],
    ])
    expect(c).toMatchObject({
      greedyCost: 100,
      mesCost: 80,
      onlyGreedyCost: 60,
      onlyMesCost: 40,
      changed: 2,
    })
  })
})
