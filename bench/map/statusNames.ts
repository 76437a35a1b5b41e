// Status codes of the binary proposal columns, shared by the data writer and the pages: the
// index of a status in the published statuses.
export { PUBLISHED_PROPOSAL_STATUSES as STATUS_NAMES } from '../../src/api/types'
