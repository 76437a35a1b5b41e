// The staff's tools on a proposal's detail, where their role and the cycle's phase allow them:
// a review while proposals are reviewed, paper votes while votes are counted. The database
// checks both again.
import { useTranslation } from 'react-i18next'
import type { Api } from '../../api/client'
import type { Cycle, Profile, ProposalDetail } from '../../api/types'
import { PaperVotesForm } from './PaperVotesForm'
import { ReviewForm } from './ReviewForm'
import { actsInDistrict, reviewerCapacities } from './staffRoles'

export interface ProposalStaffProps {
  api: Api
  cycle: Cycle
  profile: Profile | null | undefined
  proposal: ProposalDetail
  onChanged(): void
}

export function ProposalStaff({ api, cycle, profile, proposal, onChanged }: ProposalStaffProps) {
  const { t } = useTranslation()
  const district = proposal.district_id
  if (!district || proposal.cycle_id !== cycle.id) return null
  const capacities =
    (cycle.phase === 'submission' || cycle.phase === 'review') &&
    (proposal.status === 'submitted' || proposal.status === 'under_review')
      ? reviewerCapacities(profile, cycle.city_id, district)
      : []
  const paper =
    (cycle.phase === 'voting' || cycle.phase === 'selection') &&
    proposal.status === 'on_ballot' &&
    actsInDistrict(profile, cycle.city_id, district)
  if (capacities.length === 0 && !paper) return null
  return (
    <section className="staff-tools proposal-staff" aria-label={t('staffReview.tools')}>
      {capacities.length > 0 && (
        <ReviewForm
          key={proposal.id}
          api={api}
          proposalId={proposal.id}
          capacities={capacities}
          onChanged={onChanged}
        />
      )}
      {paper && <PaperVotesForm api={api} proposalId={proposal.id} onChanged={onChanged} />}
    </section>
  )
}
