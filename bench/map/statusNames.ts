// Status codes of the binary proposal columns, shared by the data writer and the pages.
export const STATUS_NAMES = [
  'submitted',
  'under_review',
  'rejected',
  'on_ballot',
  'selected',
  'not_selected',
] as const
