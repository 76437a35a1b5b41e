// Whether a cycle's activity (proposals, votes, projects) is invented demo data, even when
// the cycle itself and its allocations are real. Pure.
import type { ProjectLayer, ProposalLayer } from '../../api/types'

export function hasDemoActivity(
  proposals: ProposalLayer | undefined,
  projects: ProjectLayer | undefined,
): boolean {
  return (
    (proposals?.features.some((f) => f.properties.is_demo) ?? false) ||
    (projects?.features.some((f) => f.properties.is_demo) ?? false)
  )
}
