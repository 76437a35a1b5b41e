// What the signed-in person may do as staff in a city, read from their memberships. Only decides
// which tools to show: the database checks every action again.
import { CYCLE_PHASES, type CyclePhase, type Profile } from '../../api/types'

export interface StaffRoles {
  /** Runs the city's cycles (phases). */
  admin: boolean
  /** Sees the review queue: every staff role (official, admin, expert, council) does. */
  reviewer: boolean
}

export function staffRoles(profile: Profile | null | undefined, cityId: string): StaffRoles {
  const roles = (profile?.memberships ?? []).filter((m) => m.city_id === cityId).map((m) => m.role)
  return {
    admin: roles.includes('admin'),
    reviewer: roles.length > 0,
  }
}

/** The phase after `phase`, or null once a cycle is closed. Phases only move forward. */
export function nextPhase(phase: CyclePhase): CyclePhase | null {
  return CYCLE_PHASES[CYCLE_PHASES.indexOf(phase) + 1] ?? null
}
