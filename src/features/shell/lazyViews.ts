// Views and forms the first screen does not show, each in its own chunk fetched when first
// rendered: the first visit then downloads the map and its panel, not the money view's d3
// charts and exports or the forms (bench/bundle.ts measures that first load).
import { lazy } from 'react'

export const SpendingView = lazy(() =>
  import('../spending/SpendingView').then((m) => ({ default: m.SpendingView })),
)
export const CycleForm = lazy(() =>
  import('../staff/CycleForm').then((m) => ({ default: m.CycleForm })),
)
export const ProfileForm = lazy(() =>
  import('../profile/ProfileForm').then((m) => ({ default: m.ProfileForm })),
)
export const ProposalComposer = lazy(() =>
  import('../propose/ProposalComposer').then((m) => ({ default: m.ProposalComposer })),
)
