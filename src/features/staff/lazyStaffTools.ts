// The staff's tools, each in its own chunk fetched when first shown: only signed-in staff see
// them, so a first visit never downloads them (bench/bundle.ts measures that first load).
import { lazy } from 'react'

export const PhaseControl = lazy(() =>
  import('./PhaseControl').then((m) => ({ default: m.PhaseControl })),
)
export const ReviewQueue = lazy(() =>
  import('./ReviewQueue').then((m) => ({ default: m.ReviewQueue })),
)
export const ProposalStaff = lazy(() =>
  import('./ProposalStaff').then((m) => ({ default: m.ProposalStaff })),
)
export const ProjectReporting = lazy(() =>
  import('./ProjectReporting').then((m) => ({ default: m.ProjectReporting })),
)
export const SelectionPanel = lazy(() =>
  import('../selection/SelectionPanel').then((m) => ({ default: m.SelectionPanel })),
)
export const VerifyResidentForm = lazy(() =>
  import('./VerifyResidentForm').then((m) => ({ default: m.VerifyResidentForm })),
)
