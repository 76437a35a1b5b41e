// Where the staff's tools appear in the side panel, decided in one place from the signed-in
// person's memberships and the cycle's phase (the database checks every action again): on the
// overview the phase control and the review queue, on a district the selection of its winners
// (the comparison is public; its officials confirm), on a proposal reviews and paper votes, on a
// project progress and payments.
import { Suspense, useMemo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Api } from '../../api/client'
import type {
  City,
  Cycle,
  CyclePhase,
  DistrictSummary,
  ProjectDetail,
  Profile,
  ProposalDetail,
} from '../../api/types'
import { localizedName } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import type { ProposalOutcomes, RuleOutcome } from '../filters/filterProposals'
import { useRuleComparison } from '../selection/useRuleComparison'
import {
  PhaseControl,
  ProjectReporting,
  ProposalStaff,
  ReviewQueue,
  SelectionPanel,
  VerifyResidentForm,
} from './lazyStaffTools'
import { actsInDistrict, staffRoles, verifierDistricts } from './staffRoles'

/** Phases in which the rules' outcomes can be compared: voting is over. */
const SELECTION_SHOWN: readonly CyclePhase[] = ['selection', 'execution', 'reporting', 'closed']

export interface StaffPanelsInput {
  api: Api | null
  city: City | null
  cycle: Cycle | null
  profile: Profile | null | undefined
  /** The district in focus. */
  district: DistrictSummary | null
  districts: DistrictSummary[]
  version: number
  onChanged(): void
  onOpenProposal(id: string): void
  onNewCycle(): void
  /** Shows a rule's winners (or where the rules differ) on the map. */
  onShowOutcome(outcome: RuleOutcome): void
}

export interface StaffPanels {
  /** City admins may create cycles. */
  admin: boolean
  overview: ReactNode
  district: ReactNode
  proposal(proposal: ProposalDetail): ReactNode
  project(project: ProjectDetail): ReactNode
  /** What each rule funds on the district's ballots, once voting is over (the map's filters). */
  outcomes: ProposalOutcomes | undefined
}

export function useStaffPanels(input: StaffPanelsInput): StaffPanels {
  const { api, city, cycle, profile, district, version, onChanged } = input
  const { t } = useTranslation()
  const lang = useLanguage()
  const roles = city ? staffRoles(profile, city.id) : { admin: false, reviewer: false }
  const ready = api && city && cycle ? { api, city, cycle } : null
  const verifying = city ? verifierDistricts(profile, city.id, input.districts) : []
  const comparing =
    ready && district && SELECTION_SHOWN.includes(ready.cycle.phase) ? district : null
  const comparison = useRuleComparison(api, cycle, comparing?.id ?? null, version)
  const ballots = comparison?.state === 'ready' ? comparison.ballots : null
  const outcomes = useMemo(
    () =>
      ballots &&
      new Map(
        ballots.flatMap((b) => b.result.rows.map((r) => [r.id, { greedy: r.greedy, mes: r.mes }])),
      ),
    [ballots],
  )

  return {
    admin: roles.admin,
    overview: ready && (
      <Suspense fallback={null}>
        {roles.admin && (
          <>
            <PhaseControl api={ready.api} cycle={ready.cycle} onChanged={onChanged} />
            <button
              type="button"
              className="button button-small new-cycle-button"
              onClick={input.onNewCycle}
            >
              {t('cycleForm.open')}
            </button>
          </>
        )}
        {verifying.length > 0 && <VerifyResidentForm api={ready.api} districts={verifying} />}
        {roles.reviewer && (
          <ReviewQueue
            api={ready.api}
            cycle={ready.cycle}
            districts={input.districts}
            version={version}
            onOpen={input.onOpenProposal}
            onDecided={onChanged}
          />
        )}
      </Suspense>
    ),
    outcomes: outcomes ?? undefined,
    district: ready && comparing && comparison && (
      <Suspense fallback={null}>
        <SelectionPanel
          key={`${ready.cycle.id}:${comparing.id}`}
          api={ready.api}
          cycle={ready.cycle}
          districtId={comparing.id}
          districtName={localizedName(comparing, lang)}
          comparison={comparison}
          onShowOnMap={input.onShowOutcome}
          canConfirm={actsInDistrict(profile, ready.city.id, comparing.id)}
          version={version}
          onOpenProposal={input.onOpenProposal}
          onConfirmed={onChanged}
        />
      </Suspense>
    ),
    proposal: (proposal) =>
      ready && (
        <Suspense fallback={null}>
          <ProposalStaff
            api={ready.api}
            cycle={ready.cycle}
            profile={profile}
            proposal={proposal}
            onChanged={onChanged}
          />
        </Suspense>
      ),
    project: (project) =>
      ready &&
      (ready.cycle.phase === 'execution' || ready.cycle.phase === 'reporting') &&
      actsInDistrict(profile, ready.city.id, project.district_id) && (
        <Suspense fallback={null}>
          <ProjectReporting
            api={ready.api}
            project={project}
            version={version}
            onChanged={onChanged}
          />
        </Suspense>
      ),
  }
}
