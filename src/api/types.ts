// Shapes returned by the `api` schema. They mirror the SQL functions in
// supabase/migrations/*_api_*.sql; keep the two in step.
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Geometry } from 'geojson'

export type Language = 'kk' | 'ru' | 'en'

/** The phases of a cycle in the order they run (the order of `public.cycle_phase`). */
export const CYCLE_PHASES = [
  'planning',
  'submission',
  'review',
  'voting',
  'selection',
  'execution',
  'reporting',
  'closed',
] as const

export type CyclePhase = (typeof CYCLE_PHASES)[number]

export type ProposalStatus =
  | 'draft'
  | 'submitted'
  | 'under_review'
  | 'rejected'
  | 'on_ballot'
  | 'selected'
  | 'not_selected'
  | 'withdrawn'

/** The statuses the public sees (SQL: app_private.is_published), in workflow order. */
export const PUBLISHED_PROPOSAL_STATUSES = [
  'submitted',
  'under_review',
  'rejected',
  'on_ballot',
  'selected',
  'not_selected',
] as const satisfies readonly ProposalStatus[]

export type ProjectStatus =
  'planned' | 'procurement' | 'contracted' | 'in_progress' | 'completed' | 'cancelled'

export type MemberRole = 'official' | 'expert' | 'council' | 'commission' | 'admin'
export type ReviewerRole = 'akimat' | 'expert' | 'public_council' | 'budget_commission'
export type ReviewVerdict = 'feasible' | 'feasible_with_changes' | 'not_feasible'

/** Names in the three interface languages. */
export interface Names {
  name_kk: string
  name_ru: string
  name_en: string
}

export interface City extends Names {
  id: string
  /** [west, south, east, north] in degrees. */
  bbox: [number, number, number, number]
}

export interface Cycle {
  id: string
  city_id: string
  year: number
  title_kk: string
  title_ru: string
  title_en: string
  phase: CyclePhase
  project_cost_cap: number | null
  votes_per_voter: number
  votes_changeable: boolean
  residents_only: boolean
  total_allocation: number
  is_demo: boolean
  /** The rule the cycle declared for selecting its winners, frozen once voting starts. */
  selection_rule: SelectionRule
}

export interface Category extends Names {
  id: string
  sort_order: number
}

/** Money in integer tenge; counts are integers. */
export interface DistrictSummary extends Names {
  id: string
  code: string
  kato: string
  area_km2: number
  population: number | null
  population_date: string | null
  population_source: string | null
  /** How far the population figure can be trusted, as its source says (e.g. "low (unverified copy)"). */
  population_reliability: string | null
  allocation: number
  proposals: number
  votes: number
  approved: number
  contracted: number
  paid: number
}

export type DistrictFeature = Feature<MultiPolygon, DistrictSummary>
export type DistrictLayer = FeatureCollection<MultiPolygon, DistrictSummary>

export interface YardProperties extends Names {
  id: string
  district_id: string
  flats: number | null
  is_demo: boolean
}
export type YardLayer = FeatureCollection<Polygon, YardProperties>

/** A cycle's ballot group: yards by flat count, each group with its own allocation (tenge). */
export interface BallotGroup extends Names {
  id: string
  code: string
  min_flats: number
  /** Null for the open-ended group ("over 100 flats"). */
  max_flats: number | null
  /** Null where the group has no allocation of its own. */
  allocation: number | null
}

export interface ProposalProperties {
  id: string
  title: string
  status: ProposalStatus
  category_id: string | null
  cost_estimate: number | null
  votes: number
  district_id: string | null
  yard_id: string | null
  is_demo: boolean
}
export type ProposalLayer = FeatureCollection<Point, ProposalProperties>

export interface ProjectProperties {
  id: string
  proposal_id: string | null
  title: string
  status: ProjectStatus
  progress: number
  approved_budget: number
  paid: number
  district_id: string
  /** The category of the proposal it came from; null for projects without one. */
  category_id: string | null
  is_demo: boolean
}
export type ProjectLayer = FeatureCollection<Geometry, ProjectProperties>

export interface Review {
  id: string
  reviewer_role: ReviewerRole
  verdict: ReviewVerdict
  cost_reestimate: number | null
  note: string
  created_at: string
}

export interface ProposalDetail {
  id: string
  cycle_id: string
  title: string
  description: string
  category_id: string | null
  cost_estimate: number | null
  status: ProposalStatus
  rejection_reason: string | null
  district_id: string | null
  yard_id: string | null
  location: Point | null
  photo_path: string | null
  author_name: string | null
  is_mine: boolean
  votes: number
  my_vote: boolean
  /** The part of the ballot it competes in; null where the cycle has no ballot groups. */
  ballot_group: BallotGroup | null
  is_demo: boolean
  created_at: string
  submitted_at: string | null
  reviews: Review[]
}

export interface ProjectUpdate {
  id: string
  status: ProjectStatus
  progress: number
  note: string
  photo_path: string | null
  author_role: MemberRole
  created_at: string
}

/** A money entry: a payment (amount > 0) or the reversal of one (amount < 0, `reverses` set). */
export interface Payment {
  id: string
  /** Negative for a reversal. */
  amount: number
  paid_on: string
  document_ref: string
  created_at: string
  /** The payment this entry undoes, when it is a reversal. */
  reverses: string | null
  /** The reversal that undid this payment, if any. */
  reversed_by: string | null
  /** Why: required for a reversal and for a payment above the approved budget. */
  reason: string | null
  /** Null for entries recorded before roles were kept. */
  recorded_role: MemberRole | null
}

/** One entry of a project's contract history: the contract, then amendments with reasons. */
export interface ContractEntry {
  id: string
  contractor: string
  amount: number
  planned_start: string
  planned_end: string
  /** The goszakup.gov.kz announcement or lot number. */
  procurement_ref: string
  /** Null for the first contract; an amendment's reason. */
  reason: string | null
  recorded_role: MemberRole
  created_at: string
}

export interface ProjectDetail {
  id: string
  proposal_id: string | null
  cycle_id: string
  district_id: string
  title: string
  status: ProjectStatus
  progress: number
  approved_budget: number
  contract_amount: number | null
  contractor: string | null
  planned_start: string | null
  planned_end: string | null
  geometry: Geometry
  paid: number
  is_demo: boolean
  updates: ProjectUpdate[]
  payments: Payment[]
  /** Oldest first; the latest gives contract_amount, contractor and the planned days. */
  contracts: ContractEntry[]
}

export type ResidencyMethod = 'in_person' | 'register' | 'egov' | 'demo'

/** A verified residency: where, how, by whom (by role only) and when. */
export interface Residency {
  district_id: string
  method: ResidencyMethod
  verifier_role: MemberRole | null
  verified_at: string
}

export interface Profile {
  id: string
  display_name: string
  /** Where the person says they live: a wish; voting follows `residency`. */
  home_district_id: string | null
  language: Language
  /** The code a person shows at the akimat to have their residency verified. */
  account_code: string
  residency: Residency | null
  memberships: { role: MemberRole; city_id: string; district_id: string | null }[]
}

/** What an official sees after verifying a resident in person. */
export interface ResidentVerified {
  account_code: string
  district_id: string
  method: 'in_person'
  verified_at: string
}

/** One of the signed-in resident's proposals in a cycle (drafts included). */
export interface MyProposal {
  id: string
  title: string
  status: ProposalStatus
  rejection_reason: string | null
  district_id: string | null
  cost_estimate: number | null
  votes: number
  updated_at: string
}

/** A proposal waiting for staff: `can_decide` when the caller may put it on the ballot or
 * reject it (district officials, city admins); reviewers see the queue without deciding. */
export interface ReviewQueueItem {
  id: string
  title: string
  status: ProposalStatus
  district_id: string
  yard_id: string | null
  category_id: string
  cost_estimate: number
  submitted_at: string
  reviews: number
  can_decide: boolean
}

/** A funded project's money and flags (`api.project_money`). Amounts in integer tenge. */
export interface ProjectMoney {
  id: string
  title: string
  district_id: string
  category_id: string | null
  status: ProjectStatus
  progress: number
  approved: number
  contracted: number | null
  paid: number
  /** How many payments make up `paid`. */
  payments: number
  planned_start: string | null
  planned_end: string | null
  /** The latest update on its public timeline (its creation if none). */
  last_update: string
  is_demo: boolean
  /** Paid more than approved. */
  over_budget: boolean
  /** Planned end passed, neither completed nor cancelled. */
  late: boolean
  /** Open, and no update for the chosen number of days. */
  stalled: boolean
}

/** A proposal's votes, online and on paper apart (`api.proposal_votes`); the latest paper
 * entry is the paper count, earlier ones stay on the record. */
export interface ProposalVotes {
  proposal_id: string
  online: number
  paper: number
  paper_entries: { votes: number; note: string; author_role: MemberRole; created_at: string }[]
}

/** What a district's (or ballot group's) selection runs on (`api.selection_inputs`). */
export interface SelectionInputs {
  cycle_id: string
  district_id: string
  ballot_group_id: string | null
  /** Integer tenge: the district's allocation, or the ballot group's. */
  budget: number | null
  proposals: {
    id: string
    title: string
    /** The cost it competes with: the akimat's latest re-estimate, else the estimate. */
    cost: number
    online_votes: number
    paper_votes: number
    votes: number
    status: ProposalStatus
  }[]
}

export type SelectionRule = 'greedy' | 'mes' | 'mes-greedy'

/** A confirmed outcome (`api.confirm_selection`, `api.selection_outcomes`): public record. */
export interface SelectionOutcome {
  id: string
  cycle_id: string
  district_id: string
  ballot_group_id: string | null
  rule: SelectionRule
  budget: number
  inputs: SelectionInputs
  selected: string[]
  total_cost: number
  confirmed_role: MemberRole
  created_at: string
}

/** A milestone of a project (`api.project_milestones`): planned, and done once. */
export interface Milestone {
  id: string
  title: string
  planned_on: string
  done_on: string | null
  author_role: MemberRole
  created_at: string
  /** The planned day has passed and it is not done. */
  overdue: boolean
}

/** One payment of a cycle (`api.cycle_payments`). */
export interface CyclePayment {
  id: string
  project_id: string
  project_title: string
  district_id: string
  /** Negative for a reversal. */
  amount: number
  paid_on: string
  document_ref: string
  /** The payment this entry undoes, when it is a reversal. */
  reverses: string | null
  reason: string | null
  is_demo: boolean
}

/** One approval on an anonymised ballot (`api.cycle_ballots`), once voting is over. */
export interface BallotApproval {
  voter: number
  proposal_id: string
}

export interface MyVote {
  proposal_id: string
  cycle_id: string
  created_at: string
}

export interface VoteResult {
  votes_used: number
  votes_left: number
}

export interface ProposalDraft {
  id?: string | null
  cycle_id: string
  title: string
  description: string
  category_id: string | null
  cost_estimate: number | null
  lon: number | null
  lat: number | null
  photo_path: string | null
}

/** A district edition of a city valid on a date (`api.city_districts`): what a cycle may use. */
export interface CityDistrict extends Names {
  id: string
  code: string
  valid_from: string | null
  /** Exclusive; null while the edition is current. */
  valid_to: string | null
}

/** The dates of one phase of a cycle, "YYYY-MM-DD", both days included. */
export interface PhaseDates {
  phase: CyclePhase
  starts_on: string
  ends_on: string
}

/** A ballot group of a new cycle: yards of `min_flats`..`max_flats` flats. */
export interface NewBallotGroup extends Names {
  code: string
  min_flats: number
  /** Null: no upper bound ("over 100 flats"). */
  max_flats: number | null
  /** Whole tenge, its own share of each district's money (null only as a mistake to refuse). */
  allocation: number | null
}

/** What `api.create_cycle` is sent: a new cycle, which starts in planning. Money in whole tenge. */
export interface NewCycle {
  id: string
  city_id: string
  year: number
  title_kk: string
  title_ru: string
  title_en: string
  /** Null: no cap per project. */
  project_cost_cap: number | null
  votes_per_voter: number
  votes_changeable: boolean
  residents_only: boolean
  /** The cycle uses the district editions valid on this date. */
  division_date: string
  /** The rule its winners are selected by; greedy when left out. */
  selection_rule?: SelectionRule
  /** District id → allocation; at least one. */
  allocations: Record<string, number>
  /** Each phase at most once; each starts on or after the previous one ends. */
  phase_dates: PhaseDates[]
  ballot_groups: NewBallotGroup[]
}

/** A signed-in person as the transport knows them. */
export interface Session {
  user_id: string
  email: string | null
  display_name: string | null
}

/** One-click accounts that exist only in the embedded database (see supabase/seed.sql). */
export interface DemoAccount {
  user_id: string
  email: string
  display_name: string
  /** Who this account is (e.g. "Citizen of Medeu district"), per language. */
  description_kk: string
  description_ru: string
  description_en: string
}
