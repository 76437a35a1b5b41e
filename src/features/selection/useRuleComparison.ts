// The two rules run on each of a district's ballots, loaded once for the panel (the tables) and
// the map (the `outcome:` filters). A cycle without ballot groups has one ballot per district;
// a cycle with groups (Saryarka 2019: yards by size) selects winners once per group, each
// within its own allocation. Null key: nothing to compare (no district, or voting not over).
import { useMemo } from 'react'
import type { Api } from '../../api/client'
import type { BallotGroup, Cycle, SelectionInputs } from '../../api/types'
import type { SelectionInput, SelectionResult } from '../../selection/types'
import { useAsync } from '../common/useAsync'
import { compareRules, selectionInput, type Comparison } from './compareRules'

export interface BallotComparison {
  /** Null on a cycle without ballot groups: the district's one ballot. */
  group: BallotGroup | null
  inputs: SelectionInputs
  input: SelectionInput
  result: Comparison
  /** The outcome of the rule the cycle declared, the one officials confirm. */
  declared: SelectionResult
}

export type RuleComparison =
  | { state: 'loading' }
  | { state: 'failed'; error: unknown }
  /** Ballots with something on them, smallest yards first; none when nothing is on a ballot. */
  | { state: 'ready'; ballots: BallotComparison[] }

export function useRuleComparison(
  api: Api | null,
  cycle: Cycle | null,
  districtId: string | null,
  version: number,
): RuleComparison | null {
  const on = api && cycle && districtId ? { api, cycle, districtId } : null
  const loaded = useAsync(
    on ? `selection-inputs:${on.cycle.id}:${on.districtId}` : null,
    async () => {
      const { api, cycle, districtId } = on!
      // The rules are a chunk of their own, fetched with the first comparison's data.
      const [{ select }, groups] = await Promise.all([
        import('../../selection/select'),
        api.ballotGroups(cycle.id),
      ])
      const ballots = groups.length > 0 ? groups : [null]
      const perBallot = await Promise.all(
        ballots.map(async (group) => ({
          group,
          inputs: await api.selectionInputs(cycle.id, districtId, group?.id ?? null),
        })),
      )
      return { select, perBallot }
    },
    version,
  )
  const approvals = useAsync(on ? `ballots:${on.cycle.id}` : null, () =>
    on!.api.cycleBallots(on!.cycle.id),
  )
  const active = on !== null
  return useMemo((): RuleComparison | null => {
    if (!active) return null
    const error = loaded.error ?? approvals.error
    if (error !== undefined) return { state: 'failed', error }
    if (!loaded.data || !approvals.data) return { state: 'loading' }
    try {
      const { select, perBallot } = loaded.data
      const ballots = perBallot
        .filter(({ inputs }) => inputs.proposals.length > 0)
        .map(({ group, inputs }) => {
          const input = selectionInput(inputs, approvals.data!)
          const greedy = select(input, 'greedy')
          const mes = select(input, 'mes')
          const result = compareRules(inputs, greedy, mes)
          const rule = cycle?.selection_rule ?? 'greedy'
          const declared =
            rule === 'greedy' ? greedy : rule === 'mes' ? mes : select(input, 'mes-greedy')
          return { group, inputs, input, result, declared }
        })
      return { state: 'ready', ballots }
    } catch (e) {
      return { state: 'failed', error: e }
    }
  }, [active, cycle?.selection_rule, loaded.data, loaded.error, approvals.data, approvals.error])
}
