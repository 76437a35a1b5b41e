// What the signed-in person may do as staff in a city, read from their memberships. Only decides
// which tools to show: the database checks every action again.
import {
  CYCLE_PHASES,
  type CyclePhase,
  type MemberRole,
  type Profile,
  type ReviewerRole,
} from '../../api/types'

export interface StaffRoles {
  /** Runs the city's cycles (phases). */
  admin: boolean
  /** Sees the review queue: every staff role (official, admin, expert, council, commission) does. */
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

/**
 * Whether the person acts for the district as an official or a city admin (the database's
 * `has_district_role(district, '{official,admin}')`): reports, decisions, paper votes.
 */
export function actsInDistrict(
  profile: Profile | null | undefined,
  cityId: string,
  districtId: string,
): boolean {
  return (profile?.memberships ?? []).some(
    (m) =>
      m.city_id === cityId &&
      (m.role === 'official' || m.role === 'admin') &&
      (m.district_id === null || m.district_id === districtId),
  )
}

/**
 * The districts whose residents the person verifies in person: those they are an official of
 * (every district of the city for a city-wide official), as `api.verify_resident` allows.
 */
export function verifierDistricts<D extends { id: string }>(
  profile: Profile | null | undefined,
  cityId: string,
  districts: readonly D[],
): D[] {
  const mine = (profile?.memberships ?? []).filter(
    (m) => m.city_id === cityId && m.role === 'official',
  )
  return districts.filter((d) => mine.some((m) => m.district_id === null || m.district_id === d.id))
}

/**
 * Which member roles may review in which capacity (the database's `reviewer_member_roles`).
 * Independent views stay independent: the city admin, who runs the cycle, reviews only as the
 * akimat (the executive it works for); experts, the Public Council and the budget commission
 * only by their own members. The database also allows one capacity per person and proposal.
 */
const CAPACITIES: Record<ReviewerRole, readonly MemberRole[]> = {
  akimat: ['official', 'admin'],
  budget_commission: ['commission'],
  expert: ['expert'],
  public_council: ['council'],
}

/** The capacities in which the person may review a proposal of the district. */
export function reviewerCapacities(
  profile: Profile | null | undefined,
  cityId: string,
  districtId: string,
): ReviewerRole[] {
  const mine = (profile?.memberships ?? []).filter(
    (m) => m.city_id === cityId && (m.district_id === null || m.district_id === districtId),
  )
  return (Object.keys(CAPACITIES) as ReviewerRole[]).filter((c) =>
    mine.some((m) => CAPACITIES[c].includes(m.role)),
  )
}
