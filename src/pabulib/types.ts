// One Pabulib instance (https://pabulib.org/format): one participatory-budgeting election, as a
// `.pb` file holds it. Read by parse.ts, written by write.ts.

/** The ballot kinds the format names; `choose-1` is an approval ballot with one project. */
export const VOTE_TYPES = ['approval', 'ordinal', 'cumulative', 'scoring', 'choose-1'] as const
export type VoteType = (typeof VOTE_TYPES)[number]

export interface PabulibProject {
  /** A string, never a number: `1850`, `c8`, `IX.1`, or a uuid. */
  id: string
  /** As a number; the exact text is in `fields.cost` (decimal costs such as `250000.0` exist). */
  cost: number
  /** Every column of the row by header name, as text (`None` and empty cells are absent). */
  fields: Record<string, string>
}

export interface PabulibVote {
  voterId: string
  /** Project ids: any order for approval, most preferred first for ordinal, by points otherwise. */
  vote: string[]
  /** Aligned with `vote` for cumulative and scoring ballots; null where the file gives none. */
  points: number[] | null
  fields: Record<string, string>
}

export interface PabulibInstance {
  /** META in file order; keys as written (lower case by convention). */
  meta: [key: string, value: string][]
  voteType: VoteType
  /** As a number; the exact text is the `budget` META value. */
  budget: number
  /** The PROJECTS header, `project_id` first. */
  projectColumns: string[]
  projects: PabulibProject[]
  /** The VOTES header, `voter_id` first. */
  voteColumns: string[]
  votes: PabulibVote[]
}

/** The value of a META key, or undefined. */
export function metaValue(
  instance: Pick<PabulibInstance, 'meta'>,
  key: string,
): string | undefined {
  return instance.meta.find(([k]) => k === key)?.[1]
}
