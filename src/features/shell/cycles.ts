// Which budget cycle to show. Pure.
import type { Cycle } from '../../api/types'

/** Newest first; among cycles of one year, real ones before demo ones. */
export function sortCycles(cycles: readonly Cycle[]): Cycle[] {
  return [...cycles].sort(
    (a, b) => b.year - a.year || Number(a.is_demo) - Number(b.is_demo) || a.id.localeCompare(b.id),
  )
}

/** The chosen cycle when it belongs to the list, else the newest. */
export function pickCycle(
  cycles: readonly Cycle[] | undefined,
  chosenId: string | null,
): Cycle | null {
  if (!cycles || cycles.length === 0) return null
  return cycles.find((c) => c.id === chosenId) ?? sortCycles(cycles)[0] ?? null
}

/** The cycle's title, marked as demo unless the title already says so. */
export function cycleLabel(title: string, isDemo: boolean, demoWord: string): string {
  if (!isDemo || title.toLocaleLowerCase().includes(demoWord.toLocaleLowerCase())) return title
  return `${title} (${demoWord})`
}
