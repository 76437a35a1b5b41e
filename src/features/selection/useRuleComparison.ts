// The two rules run on a district's ballot, loaded once for the panel (the table) and the map
// (the `outcome:` filters). Null key: nothing to compare (no district, or voting not over).
import { useMemo } from 'react'
import type { Api } from '../../api/client'
import type { Cycle, SelectionInputs } from '../../api/types'
import { select } from '../../selection/select'
import type { SelectionInput } from '../../selection/types'
import { useAsync } from '../common/useAsync'
import { compareRules, selectionInput, type Comparison } from './compareRules'

export type RuleComparison =
  | { state: 'loading' }
  | { state: 'failed'; error: unknown }
  | { state: 'ready'; inputs: SelectionInputs; input: SelectionInput; result: Comparison }

export function useRuleComparison(
  api: Api | null,
  cycle: Cycle | null,
  districtId: string | null,
  version: number,
): RuleComparison | null {
  const on = api && cycle && districtId ? { api, cycle, districtId } : null
  const inputs = useAsync(
    on ? `selection-inputs:${on.cycle.id}:${on.districtId}` : null,
    () => on!.api.selectionInputs(on!.cycle.id, on!.districtId),
    version,
  )
  const ballots = useAsync(on ? `ballots:${on.cycle.id}` : null, () =>
    on!.api.cycleBallots(on!.cycle.id),
  )
  const active = on !== null
  return useMemo((): RuleComparison | null => {
    if (!active) return null
    const error = inputs.error ?? ballots.error
    if (error !== undefined) return { state: 'failed', error }
    if (!inputs.data || !ballots.data) return { state: 'loading' }
    try {
      const input = selectionInput(inputs.data, ballots.data)
      const result = compareRules(inputs.data, select(input, 'greedy'), select(input, 'mes'))
      return { state: 'ready', inputs: inputs.data, input, result }
    } catch (e) {
      return { state: 'failed', error: e }
    }
  }, [active, inputs.data, inputs.error, ballots.data, ballots.error])
}
