// A cycle's approval ballots as Pabulib instances: one per district, each district with its own
// budget (its allocation); where the cycle has ballot groups (yards by size), one per district
// and group, with the group's allocation. Only proposals that were on the ballot take part.
// Voters are the anonymous numbers of `api.cycle_ballots` (a salted hash orders them), the same
// number in every file of the cycle. Paper votes have no ballots: they are counted per project
// in `paper_votes` (the tally less the online approvals), never in VOTES. Pure.
import type {
  BallotApproval,
  BallotGroup,
  Category,
  DistrictSummary,
  Names,
  ProposalProperties,
  ProposalStatus,
} from '../api/types'
import type { PabulibInstance, PabulibProject, PabulibVote } from '../pabulib/types'
import type { ExportCycle } from './types'

export const BALLOT_STATUSES: readonly ProposalStatus[] = ['on_ballot', 'selected', 'not_selected']

export const BALLOT_PROJECT_COLUMNS = [
  'project_id',
  'cost',
  'votes',
  'paper_votes',
  'name',
  'category',
  'selected',
  'is_demo',
]

export interface BallotData {
  cycle: ExportCycle
  city: Names
  /** The cycle's districts (those to export), in the order the files should come. */
  districts: readonly DistrictSummary[]
  /** Published proposals of the cycle (`api.proposal_layer`). */
  proposals: readonly ProposalProperties[]
  /** Proposals that became funded projects. */
  funded: ReadonlySet<string>
  categories: readonly Category[]
  ballots: readonly BallotApproval[]
  /** Each ballot proposal's group; empty where the cycle has no ballot groups. */
  groups: ReadonlyMap<string, BallotGroup>
  licence: string
  generatedAt: string
}

export interface BallotFile {
  district: DistrictSummary
  group: BallotGroup | null
  instance: PabulibInstance
}

/** dd.mm.yyyy, the Pabulib date format, from YYYY-MM-DD. */
function pabulibDate(isoDay: string): string {
  const [y, m, d] = isoDay.split('-')
  return `${d}.${m}.${y}`
}

function votingDates(cycle: ExportCycle): [string, string] {
  const voting = cycle.phase_dates?.find((p) => p.phase === 'voting')
  const year = String(cycle.year)
  return [
    voting?.starts_on ? pabulibDate(voting.starts_on) : year,
    voting?.ends_on ? pabulibDate(voting.ends_on) : year,
  ]
}

/** Pabulib lists categories with commas; a name keeps its words only. */
const categoryName = (c: Category | undefined) => (c ? c.name_en.replaceAll(',', '') : '')

interface Part {
  district: DistrictSummary
  group: BallotGroup | null
  proposals: ProposalProperties[]
}

function parts(data: BallotData): Part[] {
  const out: Part[] = []
  for (const district of data.districts) {
    const onBallot = data.proposals.filter(
      (p) => p.district_id === district.id && BALLOT_STATUSES.includes(p.status),
    )
    if (onBallot.length === 0) continue
    if (data.groups.size === 0) {
      out.push({ district, group: null, proposals: onBallot })
      continue
    }
    const groups = new Map<string, Part>()
    for (const p of onBallot) {
      const group = data.groups.get(p.id) ?? null
      const key = group?.id ?? ''
      let part = groups.get(key)
      if (!part) {
        part = { district, group, proposals: [] }
        groups.set(key, part)
      }
      part.proposals.push(p)
    }
    out.push(
      ...[...groups.values()].sort((a, b) => (a.group?.min_flats ?? 0) - (b.group?.min_flats ?? 0)),
    )
  }
  return out
}

function instance(data: BallotData, part: Part, byVoter: Map<number, string[]>): PabulibInstance {
  const { cycle, city } = data
  const ids = new Set(part.proposals.map((p) => p.id))
  const votes: PabulibVote[] = []
  const online = new Map<string, number>()
  for (const [voter, approved] of byVoter) {
    const here = approved.filter((id) => ids.has(id))
    if (here.length === 0) continue
    for (const id of here) online.set(id, (online.get(id) ?? 0) + 1)
    const voterId = String(voter)
    votes.push({ voterId, vote: here, points: null, fields: { voter_id: voterId } })
  }
  const categories = new Map(data.categories.map((c) => [c.id, c]))
  const projects: PabulibProject[] = part.proposals
    .map((p) => {
      const votesHere = online.get(p.id) ?? 0
      const fields: Record<string, string> = {
        project_id: p.id,
        cost: String(p.cost_estimate ?? 0),
        votes: String(votesHere),
        paper_votes: String(Math.max(0, p.votes - votesHere)),
        name: p.title,
        category: categoryName(p.category_id ? categories.get(p.category_id) : undefined),
        selected: p.status === 'selected' || data.funded.has(p.id) ? '1' : '0',
        is_demo: p.is_demo ? '1' : '0',
      }
      return { id: p.id, cost: p.cost_estimate ?? 0, fields }
    })
    .sort(
      (a, b) =>
        Number(b.fields.votes) +
          Number(b.fields.paper_votes) -
          (Number(a.fields.votes) + Number(a.fields.paper_votes)) || (a.id < b.id ? -1 : 1),
    )
  const budget = part.group?.allocation ?? part.district.allocation
  const [dateBegin, dateEnd] = votingDates(cycle)
  const where = [part.district.name_en, part.group?.name_en].filter(Boolean).join(', ')
  const anyDemo = cycle.is_demo || part.proposals.some((p) => p.is_demo)
  const comments = [
    'Online ballots only: paper_votes are the paper votes counted for each project, which have no ballots.',
    'voter_id numbers the voters of the cycle in the order of a salted hash of their account (the same number in another file of this cycle is the same voter).',
    'Project names are as their authors wrote them, in Russian or Kazakh.',
    ...(anyDemo ? ['Rows with is_demo 1 are invented demo data, not real proposals.'] : []),
  ]
  const meta: [string, string][] = [
    ['description', `Qatysu: ${cycle.title_en}, ${where}`],
    ['country', 'Kazakhstan'],
    ['unit', city.name_en],
    ['district', part.district.name_en],
    ...(part.group ? ([['subunit', part.group.name_en]] as [string, string][]) : []),
    ['instance', cycle.id],
    ['num_projects', String(projects.length)],
    ['num_votes', String(votes.length)],
    ['budget', String(budget)],
    ['vote_type', 'approval'],
    ['rule', 'greedy'],
    ['date_begin', dateBegin],
    ['date_end', dateEnd],
    ['min_length', '1'],
    ['max_length', String(cycle.votes_per_voter)],
    ['language', 'ru'],
    ['currency', 'KZT'],
    ['comment', comments.map((c, i) => `#${i + 1}: ${c}`).join(' ')],
    ['licence', data.licence],
    ['generated_at', data.generatedAt],
  ]
  return {
    meta,
    voteType: 'approval',
    budget,
    projectColumns: BALLOT_PROJECT_COLUMNS,
    projects,
    voteColumns: ['voter_id', 'vote'],
    votes,
  }
}

export function ballotFiles(data: BallotData): BallotFile[] {
  const byVoter = new Map<number, string[]>()
  for (const b of [...data.ballots].sort((x, y) => x.voter - y.voter)) {
    const list = byVoter.get(b.voter)
    if (list) list.push(b.proposal_id)
    else byVoter.set(b.voter, [b.proposal_id])
  }
  return parts(data).map((part) => ({
    district: part.district,
    group: part.group,
    instance: instance(data, part, byVoter),
  }))
}
