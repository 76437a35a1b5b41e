// The one typed API of Qatysu. Every screen calls the database through here;
// each method is one function of the `api` schema (supabase/migrations/*_api_*.sql).
import type { Transport } from './transport'
import type {
  BallotApproval,
  BallotGroup,
  Category,
  City,
  CityDistrict,
  Cycle,
  CyclePhase,
  CyclePayment,
  DistrictLayer,
  DistrictSummary,
  MyProposal,
  MyVote,
  NewCycle,
  ProjectDetail,
  ProjectLayer,
  ProjectMoney,
  ProjectStatus,
  Profile,
  ProposalDetail,
  ProposalDraft,
  ProposalLayer,
  ProposalStatus,
  ProposalVotes,
  ReviewerRole,
  ReviewQueueItem,
  SelectionInputs,
  SelectionOutcome,
  SelectionRule,
  ReviewVerdict,
  ResidentVerified,
  VoteResult,
  YardLayer,
  Language,
  Milestone,
} from './types'

export type ProposalDecision = Extract<
  ProposalStatus,
  'under_review' | 'rejected' | 'on_ballot' | 'selected' | 'not_selected'
>

/** The arguments of `api.save_proposal` for a draft. */
export function saveProposalArgs(d: ProposalDraft): Record<string, unknown> {
  return {
    p_id: d.id ?? null,
    p_cycle_id: d.cycle_id,
    p_title: d.title,
    p_description: d.description,
    p_category_id: d.category_id,
    p_cost_estimate: d.cost_estimate,
    p_lon: d.lon,
    p_lat: d.lat,
    p_photo_path: d.photo_path,
  }
}

export function createApi(transport: Transport) {
  const rpc = transport.rpc.bind(transport)
  return {
    transport,
    listCities: () => rpc<City[]>('list_cities'),
    listCycles: (cityId: string) => rpc<Cycle[]>('list_cycles', { p_city_id: cityId }),
    listCategories: () => rpc<Category[]>('list_categories'),
    districtSummaries: (cycleId: string) =>
      rpc<DistrictSummary[]>('district_summaries', { p_cycle_id: cycleId }),
    districtLayer: (cycleId: string) =>
      rpc<DistrictLayer>('district_layer', { p_cycle_id: cycleId }),
    yardLayer: (cycleId: string) => rpc<YardLayer>('yard_layer', { p_cycle_id: cycleId }),
    proposalLayer: (cycleId: string) =>
      rpc<ProposalLayer>('proposal_layer', { p_cycle_id: cycleId }),
    projectLayer: (cycleId: string) => rpc<ProjectLayer>('project_layer', { p_cycle_id: cycleId }),
    proposalDetail: (id: string) => rpc<ProposalDetail>('proposal_detail', { p_id: id }),
    projectDetail: (id: string) => rpc<ProjectDetail>('project_detail', { p_id: id }),
    /** Flags are decided for `on` (today in Almaty by default); stalled after `stalledDays`. */
    projectMoney: (cycleId: string, stalledDays = 60, on: string | null = null) =>
      rpc<ProjectMoney[]>('project_money', {
        p_cycle_id: cycleId,
        p_stalled_days: stalledDays,
        p_on: on,
      }),
    proposalVotes: (proposalId: string) =>
      rpc<ProposalVotes>('proposal_votes', { p_proposal_id: proposalId }),
    recordPaperVotes: (proposalId: string, votes: number, note: string) =>
      rpc<ProposalVotes>('record_paper_votes', {
        p_proposal_id: proposalId,
        p_votes: votes,
        p_note: note,
      }),
    selectionInputs: (cycleId: string, districtId: string, ballotGroupId: string | null = null) =>
      rpc<SelectionInputs>('selection_inputs', {
        p_cycle_id: cycleId,
        p_district_id: districtId,
        p_ballot_group_id: ballotGroupId,
      }),
    /** A cycle's ballot groups, smallest yards first (none for most cycles). */
    ballotGroups: (cycleId: string) => rpc<BallotGroup[]>('ballot_groups', { p_cycle_id: cycleId }),
    selectionOutcomes: (cycleId: string) =>
      rpc<SelectionOutcome[]>('selection_outcomes', { p_cycle_id: cycleId }),
    confirmSelection: (o: {
      cycleId: string
      districtId: string
      ballotGroupId: string | null
      rule: SelectionRule
      selected: string[]
    }) =>
      rpc<SelectionOutcome>('confirm_selection', {
        p_cycle_id: o.cycleId,
        p_district_id: o.districtId,
        p_ballot_group_id: o.ballotGroupId,
        p_rule: o.rule,
        p_selected: o.selected,
      }),
    projectMilestones: (projectId: string) =>
      rpc<Milestone[]>('project_milestones', { p_project_id: projectId }),
    addMilestone: (projectId: string, title: string, plannedOn: string) =>
      rpc<Milestone[]>('add_milestone', {
        p_project_id: projectId,
        p_title: title,
        p_planned_on: plannedOn,
      }),
    completeMilestone: (milestoneId: string, doneOn: string) =>
      rpc<Milestone[]>('complete_milestone', { p_milestone_id: milestoneId, p_done_on: doneOn }),
    cyclePayments: (cycleId: string) =>
      rpc<CyclePayment[]>('cycle_payments', { p_cycle_id: cycleId }),
    /** Refused (phase_closed) until voting is over. */
    cycleBallots: (cycleId: string) =>
      rpc<BallotApproval[]>('cycle_ballots', { p_cycle_id: cycleId }),
    myProfile: () => rpc<Profile | null>('my_profile'),
    updateProfile: (p: {
      display_name: string
      home_district_id: string | null
      language: Language
    }) =>
      rpc<Profile>('update_profile', {
        p_display_name: p.display_name,
        p_home_district_id: p.home_district_id,
        p_language: p.language,
      }),
    /** A citizen's claim of residency with their ИИН against the imported register. */
    verifyResidencyByRegister: (iin: string) =>
      rpc<Profile>('verify_residency_by_register', { p_iin: iin }),
    /** An official's in-person check of a person's ID; `account` is their account code or id. */
    verifyResident: (account: string, iin: string, districtId: string) =>
      rpc<ResidentVerified>('verify_resident', {
        p_account: account,
        p_iin: iin,
        p_district_id: districtId,
      }),
    /** Revokes one's own residency (account null) or, as the district's official, another's. */
    revokeResidency: (account: string | null) =>
      rpc<Profile>('revoke_residency', { p_account: account }),
    /** A city admin's import of residents' register rows; the ИИН is hashed in the database. */
    importRegister: (cityId: string, rows: { iin: string; district_id: string }[]) =>
      rpc<{ imported: number }>('import_register', { p_city_id: cityId, p_rows: rows }),
    myVotes: (cycleId: string) => rpc<MyVote[]>('my_votes', { p_cycle_id: cycleId }),
    myProposals: (cycleId: string) => rpc<MyProposal[]>('my_proposals', { p_cycle_id: cycleId }),
    reviewQueue: (cycleId: string) =>
      rpc<ReviewQueueItem[]>('review_queue', { p_cycle_id: cycleId }),
    saveProposal: (d: ProposalDraft) => rpc<ProposalDetail>('save_proposal', saveProposalArgs(d)),
    submitProposal: (id: string) => rpc<ProposalDetail>('submit_proposal', { p_id: id }),
    withdrawProposal: (id: string) => rpc<ProposalDetail>('withdraw_proposal', { p_id: id }),
    castVote: (proposalId: string) => rpc<VoteResult>('cast_vote', { p_proposal_id: proposalId }),
    retractVote: (proposalId: string) =>
      rpc<VoteResult>('retract_vote', { p_proposal_id: proposalId }),
    reviewProposal: (r: {
      proposal_id: string
      reviewer_role: ReviewerRole
      verdict: ReviewVerdict
      cost_reestimate: number | null
      note: string
    }) =>
      rpc<ProposalDetail>('review_proposal', {
        p_proposal_id: r.proposal_id,
        p_reviewer_role: r.reviewer_role,
        p_verdict: r.verdict,
        p_cost_reestimate: r.cost_reestimate,
        p_note: r.note,
      }),
    decideProposal: (proposalId: string, decision: ProposalDecision, reason: string | null) =>
      rpc<ProposalDetail>('decide_proposal', {
        p_proposal_id: proposalId,
        p_decision: decision,
        p_reason: reason,
      }),
    recordProjectUpdate: (u: {
      project_id: string
      status: ProjectStatus
      progress: number
      note: string
      photo_path: string | null
    }) =>
      rpc<ProjectDetail>('record_project_update', {
        p_project_id: u.project_id,
        p_status: u.status,
        p_progress: u.progress,
        p_note: u.note,
        p_photo_path: u.photo_path,
      }),
    /** `over_budget_reason`: the public confirmation a payment above the approved budget needs. */
    recordPayment: (p: {
      project_id: string
      amount: number
      paid_on: string
      document_ref: string
      over_budget_reason?: string | null
    }) =>
      rpc<ProjectDetail>('record_payment', {
        p_project_id: p.project_id,
        p_amount: p.amount,
        p_paid_on: p.paid_on,
        p_document_ref: p.document_ref,
        p_over_budget_reason: p.over_budget_reason ?? null,
      }),
    /** Undoes a payment by a reversal entry with a public reason; once per payment. */
    reversePayment: (paymentId: string, reason: string) =>
      rpc<ProjectDetail>('reverse_payment', { p_payment_id: paymentId, p_reason: reason }),
    /** The project's contract, or an amendment of it (then `reason` is required). */
    recordContract: (c: {
      project_id: string
      contractor: string
      amount: number
      planned_start: string
      planned_end: string
      procurement_ref: string
      reason: string | null
    }) =>
      rpc<ProjectDetail>('record_contract', {
        p_project_id: c.project_id,
        p_contractor: c.contractor,
        p_amount: c.amount,
        p_planned_start: c.planned_start,
        p_planned_end: c.planned_end,
        p_procurement_ref: c.procurement_ref,
        p_reason: c.reason,
      }),
    setCyclePhase: (cycleId: string, phase: CyclePhase) =>
      rpc<Cycle>('set_cycle_phase', { p_cycle_id: cycleId, p_phase: phase }),
    /** The district editions of a city valid on `on` ("YYYY-MM-DD"; today in Almaty if null). */
    cityDistricts: (cityId: string, on: string | null) =>
      rpc<CityDistrict[]>('city_districts', { p_city_id: cityId, p_on: on }),
    /** City admins only; the new cycle starts in planning. */
    createCycle: (cycle: NewCycle) => rpc<Cycle>('create_cycle', { p_cycle: cycle }),
  }
}

export type Api = ReturnType<typeof createApi>
