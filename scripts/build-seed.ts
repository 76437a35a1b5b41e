// Generates supabase/seed.sql: demo people, yards, budget cycles, proposals, reviews, votes and
// projects on the real district polygons of Almaty and Astana. Run with `npm run seed:build`; the
// output is committed, so `supabase db reset` (and the embedded PGlite database) need no build
// step. Everything comes from seeded random streams: the file is byte-identical on every run.
//
// The seed runs as a trusted role (no JWT claims), so the workflow triggers accept final states
// directly; integrity triggers still apply: yards must lie inside their district, proposals get
// their district/yard/ballot group from their point, tallies are counted from the vote rows, and
// a project's status and progress come only from its updates.
import { readFileSync, writeFileSync } from 'node:fs'
import type { MultiPolygon, Polygon } from 'geojson'
import { designBallotGroup, type DesignedItem } from './seed/ballot-design'
import {
  ALMATY,
  ASTANA,
  CYCLES,
  PHASES,
  SARYARKA_GROUPS,
  cycle,
  phaseDates,
  type Cycle,
} from './seed/cycles'
import {
  depthInside,
  placeYards,
  randomPointInArea,
  randomPointInYard,
  streetSegment,
  yardAt,
  yardPolygon,
  yardRadius,
  type Area,
  type LonLat,
  type YardShape,
} from './seed/geometry'
import { selectGreedy } from './seed/greedy'
import {
  DEMO_ACCOUNTS,
  FIRST_NAMES,
  SURNAME_INITIALS,
  type DemoAccount,
  type Language,
} from './seed/people'
import {
  STREETS,
  builtUp,
  formatAddress,
  formatStreet,
  yardNames,
  type Address,
} from './seed/places'
import { createRandom, seedFrom, type Random } from './seed/random'
import { insertRows, json, lineLit, lit, pointLit, polygonLit } from './seed/sql'
import {
  AKIMAT_NOTES_CHANGES,
  AKIMAT_NOTES_OK,
  CATEGORIES,
  CONTRACTORS,
  COST_WEIGHT,
  COUNCIL_NOTES,
  EXPERT_NOTES,
  HEAVY_CATEGORIES,
  LIGHT_CATEGORIES,
  PUBLIC_PROPOSALS,
  REJECTION_REASONS,
  YARD_PROPOSALS,
  type Category,
  type ProposalText,
} from './seed/texts'
import { DAY, day, formatDay, formatInstant, formatMoney, randomInstant } from './seed/time'
import {
  almaty2020Plan,
  realize,
  saryarka2019Plan,
  type Almaty2020Kind,
  type ProjectPlan,
  type RealizedPayment,
  type RealizedUpdate,
} from './seed/timelines'
import { uuidV5 } from './seed/uuid'

const dataDir = new URL('../supabase/data/', import.meta.url)
const outFile = new URL('../supabase/seed.sql', import.meta.url)

const stream = (label: string) => createRandom(seedFrom(`qatysu-seed-v1:${label}`))
const check = (ok: boolean, message: string) => {
  if (!ok) throw new Error(`seed check failed: ${message}`)
}
const MLN = 1_000_000

// ---------------------------------------------------------------------------------------------
// District polygons (the same files the reference-places migration is built from)

interface DistrictFile {
  features: { properties: { id: string }; geometry: Polygon | MultiPolygon }[]
}
const readDistricts = (file: string, city: string) =>
  (JSON.parse(readFileSync(new URL(file, dataDir), 'utf8')) as DistrictFile).features.map(
    (f) => [`${city}-${f.properties.id}`, f.geometry as Area] as const,
  )
const AREAS = new Map<string, Area>([
  ...readDistricts('almaty_districts.geojson', 'almaty'),
  ...readDistricts('astana_districts_2024_6_with_sarayshyk.geojson', 'astana'),
])
const area = (id: string) => {
  const a = AREAS.get(id)
  if (!a) throw new Error(`unknown district ${id}`)
  return a
}

const DISTRICT_RU: Record<string, string> = {
  'almaty-alatau': 'Алатауского района',
  'almaty-almaly': 'Алмалинского района',
  'almaty-auezov': 'Ауэзовского района',
  'almaty-bostandyk': 'Бостандыкского района',
  'almaty-zhetysu': 'Жетысуского района',
  'almaty-medeu': 'Медеуского района',
  'almaty-nauryzbay': 'Наурызбайского района',
  'almaty-turksib': 'Турксибского района',
}
const short = (districtId: string) => districtId.replace(/^almaty-/, '')

// ---------------------------------------------------------------------------------------------
// People

interface User {
  id: string
  email: string
  displayName: string
  language: Language
  createdAt: number
  appMeta: Record<string, unknown>
  homeDistrictId: string | null
}
interface Membership {
  userId: string
  role: string
  cityId: string
  districtId: string | null
}

const users: User[] = []
const memberships: Membership[] = []
const officialOf = new Map<string, string>()

/** Staff accounts exist since the cycles they reviewed; residents joined for the demo. */
const accountSince = (a: DemoAccount) =>
  !a.membership ? '2026-01-15' : a.membership.cityId === 'astana' ? '2019-01-09' : '2020-01-09'

DEMO_ACCOUNTS.forEach((a, i) => {
  const id = uuidV5(a.key)
  users.push({
    id,
    email: a.email,
    displayName: a.displayName,
    language: a.language,
    createdAt: day(accountSince(a)) + 4 * 3600_000 + i * 60_000,
    appMeta: {
      provider: 'email',
      providers: ['email'],
      demo_account: true,
      description_en: a.description.en,
      description_ru: a.description.ru,
      description_kk: a.description.kk,
    },
    homeDistrictId: a.homeDistrictId,
  })
  if (a.membership) {
    memberships.push({ userId: id, ...a.membership })
    if (a.membership.role === 'official' && a.membership.districtId) {
      officialOf.set(a.membership.districtId, id)
    }
  }
})
const EXPERT = uuidV5('demo:expert:almaty')
const COUNCIL = uuidV5('demo:council:almaty')
const demoCitizenIds = new Set(
  DEMO_ACCOUNTS.filter((a) => a.homeDistrictId).map((a) => uuidV5(a.key)),
)

// Akimat staff of the other Almaty districts: they wrote the historical reviews and updates.
{
  const rnd = stream('staff')
  ALMATY.filter((d) => !officialOf.has(d)).forEach((d, i) => {
    const id = uuidV5(`staff:official:${d}`)
    users.push({
      id,
      email: `akimat.${short(d)}@qatysu.example`,
      displayName: `${rnd.pick(FIRST_NAMES)}, акимат ${DISTRICT_RU[d]} (демо)`,
      language: 'ru',
      createdAt: day('2020-01-10') + 4 * 3600_000 + i * 60_000,
      appMeta: { provider: 'email', providers: ['email'], demo_data: true },
      homeDistrictId: null,
    })
    memberships.push({ userId: id, role: 'official', cityId: 'almaty', districtId: d })
    officialOf.set(d, id)
  })
}
const official = (districtId: string) => {
  const id = officialOf.get(districtId)
  if (!id) throw new Error(`no official for ${districtId}`)
  return id
}

/** Generated residents of one district (authors and voters of the demo proposals). */
function residents(
  districtId: string,
  label: string,
  count: number,
  from: string,
  to: string,
): User[] {
  const rnd = stream(`residents:${districtId}:${label}`)
  const out: User[] = []
  for (let i = 1; i <= count; i++) {
    const n = String(i).padStart(3, '0')
    const user: User = {
      id: uuidV5(`resident:${districtId}:${label}:${n}`),
      email: `resident.${districtId}.${label}.${n}@qatysu.example`,
      displayName: `${rnd.pick(FIRST_NAMES)} ${rnd.pick(SURNAME_INITIALS)}.`,
      language: rnd.chance(0.35) ? 'kk' : 'ru',
      createdAt: randomInstant(rnd, from, to),
      appMeta: { demo_data: true },
      homeDistrictId: districtId,
    }
    out.push(user)
    users.push(user)
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Yards

interface Yard {
  id: string
  districtId: string
  shape: YardShape
  polygon: Polygon
  flats: number
  address: Address
  names: Address
}
const yards: Yard[] = []
const yardsOf = (districtId: string) => yards.filter((y) => y.districtId === districtId)

function makeYards(districtId: string, flats: number[], sides: [number, number][]): Yard[] {
  const rnd = stream(`yards:${districtId}`)
  const used = new Set<string>()
  const out: Yard[] = []
  flats.forEach((f, i) => {
    const [shape] = placeYards(
      area(districtId),
      1,
      rnd.next,
      { margin: 100, gap: 60, side: sides[i]!, within: builtUp(districtId) },
      yardsOf(districtId).map((y) => y.shape),
    )
    let address: Address
    for (;;) {
      const street = rnd.pick(STREETS[districtId]!)
      const house = `${rnd.int(1, 140)}${rnd.chance(0.12) ? rnd.pick(['А', 'Б', '/1', '/2']) : ''}`
      address = formatAddress(street, house)
      if (!used.has(address.ru)) break
    }
    used.add(address.ru)
    const yard: Yard = {
      id: uuidV5(`yard:${districtId}:${i + 1}`),
      districtId,
      shape: shape!,
      polygon: yardPolygon(shape!),
      flats: f,
      address,
      names: yardNames(address),
    }
    yards.push(yard)
    out.push(yard)
  })
  return out
}

// Saryarka: 8 yards in each ballot group of the 2019 pilot (up to 40, 41–100, over 100 flats).
{
  const rnd = stream('yards:saryarka:flats')
  const flats: number[] = []
  const sides: [number, number][] = []
  for (let i = 0; i < 8; i++) {
    flats.push(rnd.int(20, 40), rnd.int(41, 100), rnd.int(101, 400))
    sides.push([60, 90], [80, 120], [100, 150])
  }
  makeYards('astana-saryarka', flats, sides)
}
for (const d of ALMATY) {
  const rnd = stream(`yards:${d}:flats`)
  const n = rnd.int(6, 10)
  makeYards(
    d,
    Array.from({ length: n }, () => rnd.int(24, 320)),
    Array.from({ length: n }, () => [60, 150] as [number, number]),
  )
}

// ---------------------------------------------------------------------------------------------
// Cycles

check(
  SARYARKA_GROUPS.reduce((s, g) => s + g.allocation, 0) === 100 * MLN,
  'Saryarka ballot groups must share the 100 mln allocation',
)
const groupOfFlats = (flats: number) =>
  SARYARKA_GROUPS.find((g) => flats >= g.minFlats && (g.maxFlats === null || flats <= g.maxFlats))!

// ---------------------------------------------------------------------------------------------
// Proposals, reviews, votes

type ProposalStatus =
  'submitted' | 'under_review' | 'rejected' | 'on_ballot' | 'selected' | 'not_selected'
interface Proposal {
  id: string
  cycleId: string
  authorId: string
  title: string
  description: string
  category: Category
  cost: number
  point: LonLat
  status: ProposalStatus
  rejectionReason: string | null
  createdAt: number
  submittedAt: number
  /** What the database derives from the point (computed here the same way). */
  districtId: string
  yardId: string | null
}
interface Review {
  id: string
  proposalId: string
  reviewerId: string
  role: 'akimat' | 'expert' | 'public_council'
  verdict: 'feasible' | 'feasible_with_changes' | 'not_feasible'
  costReestimate: number | null
  note: string
  createdAt: number
}
interface Vote {
  voterId: string
  proposalId: string
  cycleId: string
  createdAt: number
}
const proposals: Proposal[] = []
const reviews: Review[] = []
const votes: Vote[] = []

/** What the caller decides about a new proposal; the cost may depend on the category. */
type ProposalFields = Pick<Proposal, 'authorId' | 'status' | 'rejectionReason' | 'createdAt'> & {
  cost: (category: Category) => number
}

/** A cost drawn from [lo, hi] scaled by the category's weight, in whole 100 000 tenge. */
const costFor =
  (rnd: Random, [lo, hi]: [number, number], cap: number | null) =>
  (category: Category) =>
    Math.min(
      cap ?? Infinity,
      Math.round(COST_WEIGHT[category] * rnd.int(lo / 100_000, hi / 100_000)) * 100_000,
    )

const fill = (t: ProposalText, addr: Address) => t.description.replaceAll('{addr}', addr[t.lang])

/** A proposal for a yard: a point in the yard's inner part, a category not yet used there. */
function yardProposal(
  rnd: Random,
  c: Cycle,
  yard: Yard,
  usedCategories: Set<string>,
  fields: ProposalFields,
  categories: readonly Category[] = CATEGORIES,
): Proposal {
  const free = categories.filter((k) => !usedCategories.has(`${c.id}:${yard.id}:${k}`))
  if (free.length === 0) throw new Error(`no category left for yard ${yard.id} in ${c.id}`)
  let category: Category
  do category = rnd.pick(categories)
  while (usedCategories.has(`${c.id}:${yard.id}:${category}`))
  usedCategories.add(`${c.id}:${yard.id}:${category}`)
  const text = rnd.pick(YARD_PROPOSALS[category])
  const p: Proposal = {
    id: uuidV5(`proposal:${c.id}:${proposals.length}`),
    cycleId: c.id,
    title: `${text.title} (${yard.address[text.lang]})`,
    description: fill(text, yard.address),
    category,
    point: randomPointInYard(yard.shape, rnd.next),
    submittedAt: fields.createdAt + rnd.int(5, 600) * 60_000,
    districtId: yard.districtId,
    yardId: yard.id,
    ...fields,
    cost: fields.cost(category),
  }
  proposals.push(p)
  return p
}

/** Yards of the district with fewer than `max` proposals in the cycle so far. */
const roomyYards = (c: Cycle, districtId: string, used: Set<string>, max: number) =>
  yardsOf(districtId).filter(
    (y) => [...used].filter((k) => k.startsWith(`${c.id}:${y.id}:`)).length < max,
  )

/** A proposal for a public space in the district, outside every yard. */
function publicProposal(
  rnd: Random,
  c: Cycle,
  districtId: string,
  fields: ProposalFields,
): Proposal {
  const text = rnd.pick(PUBLIC_PROPOSALS)
  const street = formatStreet(rnd.pick(STREETS[districtId]!))
  const point = randomPointInArea(area(districtId), rnd.next, {
    margin: 150,
    within: builtUp(districtId),
    avoid: yardsOf(districtId).map((y) => ({
      center: y.shape.center,
      radius: yardRadius(y.shape) + 50,
    })),
  })
  const p: Proposal = {
    id: uuidV5(`proposal:${c.id}:${proposals.length}`),
    cycleId: c.id,
    title: `${text.title}: ${street[text.lang]}`,
    description: fill(text, street),
    category: text.category,
    point,
    submittedAt: fields.createdAt + rnd.int(5, 600) * 60_000,
    districtId,
    yardId: null,
    ...fields,
    cost: fields.cost(text.category),
  }
  proposals.push(p)
  return p
}

/** The akimat's (and sometimes the expert's and Public Council's) review of a proposal. */
function reviewProposal(
  rnd: Random,
  p: Proposal,
  from: string,
  to: string,
  opts: { reestimate: boolean; expert: number; council: number },
) {
  const add = (r: Omit<Review, 'id' | 'proposalId'>) =>
    reviews.push({ id: uuidV5(`review:${p.id}:${r.role}`), proposalId: p.id, ...r })
  const akimatAt = Math.max(randomInstant(rnd, from, to), p.submittedAt + DAY)
  if (p.status === 'rejected') {
    add({
      reviewerId: official(p.districtId),
      role: 'akimat',
      verdict: 'not_feasible',
      costReestimate: null,
      note: p.rejectionReason!,
      createdAt: akimatAt,
    })
    return
  }
  const withChanges = opts.reestimate && rnd.chance(0.3)
  add({
    reviewerId: official(p.districtId),
    role: 'akimat',
    verdict: withChanges ? 'feasible_with_changes' : 'feasible',
    costReestimate: withChanges
      ? Math.round((p.cost * (0.85 + rnd.next() * 0.3)) / 100_000) * 100_000
      : null,
    note: rnd.pick(withChanges ? AKIMAT_NOTES_CHANGES : AKIMAT_NOTES_OK),
    createdAt: akimatAt,
  })
  if (rnd.chance(opts.expert)) {
    add({
      reviewerId: EXPERT,
      role: 'expert',
      verdict: rnd.chance(0.8) ? 'feasible' : 'feasible_with_changes',
      costReestimate: null,
      note: rnd.pick(EXPERT_NOTES),
      createdAt: akimatAt + rnd.int(1, 10) * DAY,
    })
  }
  if (rnd.chance(opts.council)) {
    add({
      reviewerId: COUNCIL,
      role: 'public_council',
      verdict: 'feasible',
      costReestimate: null,
      note: rnd.pick(COUNCIL_NOTES),
      createdAt: akimatAt + rnd.int(11, 20) * DAY,
    })
  }
}

const votesFor = (proposalId: string) => votes.filter((v) => v.proposalId === proposalId).length

// --- astana-saryarka-2019: 14 funded projects in 8 yards (a fact); the rest is a reconstruction.
const saryarkaResidents: User[] = []
const saryarka2019 = (() => {
  const c = cycle('astana-saryarka-2019')
  const rnd = stream('saryarka-2019')
  const used = new Set<string>()
  const [subFrom, subTo] = phaseDates(c, 'submission')
  const [voteFrom, voteTo] = phaseDates(c, 'voting')
  const intended = new Set<string>()
  const pending: { yard: Yard; item: DesignedItem; winner: boolean }[] = []

  for (const g of SARYARKA_GROUPS) {
    const groupYards = rnd.shuffle(
      yardsOf('astana-saryarka').filter((y) => groupOfFlats(y.flats) === g),
    )
    const winners = g.winnersPerYard.reduce((a, b) => a + b, 0)
    const design = designBallotGroup(rnd, {
      winners,
      losers: g.losers,
      allocation: g.allocation,
      cap: c.cap!,
      step: 10_000,
      minCost: 1_500_000,
      topVotes: [30, 38],
      withSkip: g.code !== 'small',
    })
    const winnerYards = g.winnersPerYard.flatMap((n, i) => Array<Yard>(n).fill(groupYards[i]!))
    const winnerItems = rnd.shuffle(design.winners)
    winnerYards.forEach((yard, i) => pending.push({ yard, item: winnerItems[i]!, winner: true }))
    const perYard = new Map(
      groupYards.map((y) => [y.id, winnerYards.filter((w) => w === y).length]),
    )
    for (const item of design.losers) {
      const yard = rnd.pick(groupYards.filter((y) => perYard.get(y.id)! < 3))
      perYard.set(yard.id, perYard.get(yard.id)! + 1)
      pending.push({ yard, item, winner: false })
    }
  }
  const total = pending.reduce((s, p) => s + p.item.votes, 0)
  check(total >= 500 && total <= 800, `Saryarka 2019 voters ${total} not in 500..800`)
  saryarkaResidents.push(
    ...residents('astana-saryarka', 'r', total + 40, '2019-02-01', '2019-06-01'),
  )
  const voters = rnd.shuffle(saryarkaResidents)

  let nextVoter = 0
  for (const { yard, item, winner } of rnd.shuffle(pending)) {
    // Expensive works for the big budgets, small ones (lamps, ramps, cameras) for the rest.
    const kinds: readonly Category[] =
      item.cost >= 7 * MLN ? HEAVY_CATEGORIES : item.cost < 4 * MLN ? LIGHT_CATEGORIES : CATEGORIES
    const p = yardProposal(
      rnd,
      c,
      yard,
      used,
      {
        authorId: rnd.pick(saryarkaResidents).id,
        cost: () => item.cost,
        status: 'on_ballot',
        rejectionReason: null,
        createdAt: randomInstant(rnd, subFrom, subTo),
      },
      kinds,
    )
    if (winner) intended.add(p.id)
    for (let k = 0; k < item.votes; k++) {
      const voter = voters[nextVoter++]!
      votes.push({
        voterId: voter.id,
        proposalId: p.id,
        cycleId: c.id,
        createdAt: randomInstant(rnd, voteFrom, voteTo),
      })
    }
  }
  // Three proposals the akimat did not put on the ballot.
  for (let i = 0; i < 3; i++) {
    const yard = rnd.pick(yardsOf('astana-saryarka'))
    yardProposal(rnd, c, yard, used, {
      authorId: rnd.pick(saryarkaResidents).id,
      cost: () => rnd.int(150, 1500) * 10_000,
      status: 'rejected',
      rejectionReason: rnd.pick(REJECTION_REASONS),
      createdAt: randomInstant(rnd, subFrom, subTo),
    })
  }
  const [revFrom, revTo] = phaseDates(c, 'review')
  for (const p of proposals.filter((q) => q.cycleId === c.id)) {
    reviewProposal(rnd, p, revFrom, revTo, { reestimate: false, expert: 0, council: 0 })
  }

  // The greedy selection per ballot group, from the vote rows as the tallies will count them.
  const selected = new Set<string>()
  const results: {
    group: string
    allocation: number
    spent: number
    selected: number
    skippedAboveLastWinner: number
  }[] = []
  for (const g of SARYARKA_GROUPS) {
    const ballot = proposals.filter(
      (p) =>
        p.cycleId === c.id &&
        p.status === 'on_ballot' &&
        groupOfFlats(yards.find((y) => y.id === p.yardId)!.flats) === g,
    )
    const items = ballot.map((p) => ({ id: p.id, cost: p.cost, votes: votesFor(p.id) }))
    const r = selectGreedy(items, g.allocation)
    r.selected.forEach((id) => selected.add(id))
    const minWinnerVotes = Math.min(...r.selected.map((id) => votesFor(id)))
    results.push({
      group: g.code,
      allocation: g.allocation,
      spent: r.spent,
      selected: r.selected.length,
      skippedAboveLastWinner: r.skipped.filter((id) => votesFor(id) > minWinnerVotes).length,
    })
  }
  check(
    selected.size === intended.size && [...selected].every((id) => intended.has(id)),
    'Saryarka 2019: greedy selection differs from the designed winners',
  )
  for (const p of proposals.filter((q) => q.cycleId === c.id && q.status === 'on_ballot')) {
    p.status = selected.has(p.id) ? 'selected' : 'not_selected'
  }
  const winners = proposals.filter((p) => p.cycleId === c.id && p.status === 'selected')
  const winnerYards = new Set(winners.map((p) => p.yardId))
  check(winners.length === 14, `Saryarka 2019 must fund exactly 14 projects, got ${winners.length}`)
  check(
    winnerYards.size === 8,
    `Saryarka 2019 projects must be in exactly 8 yards, got ${winnerYards.size}`,
  )
  const ballotSize = proposals.filter((p) => p.cycleId === c.id && p.status !== 'rejected').length
  check(ballotSize >= 30 && ballotSize <= 40, `Saryarka 2019 ballot has ${ballotSize} proposals`)
  return { results, voters: total, ballotSize }
})()

// --- Almaty residents: voted in 2020 ("r" pool) or registered since ("n" pool).
const almatyResidents = new Map<string, { since2020: User[]; newer: User[] }>()
for (const d of ALMATY) {
  almatyResidents.set(d, {
    since2020: residents(d, 'r', 160, '2020-02-01', '2020-11-10'),
    newer: residents(d, 'n', 40, '2024-03-01', '2026-10-25'),
  })
}

/** Ballot and rejected proposals of one district in an Almaty cycle. */
function almatyDistrictProposals(
  c: Cycle,
  d: string,
  rnd: Random,
  counts: { ballot: number; rejected: number },
  costs: { yard: [number, number]; public: [number, number] },
  authors: User[],
) {
  const used = new Set<string>()
  const [subFrom, subTo] = phaseDates(c, 'submission')
  const out: Proposal[] = []
  for (let i = 0; i < counts.ballot + counts.rejected; i++) {
    const rejected = i >= counts.ballot
    const roomy = roomyYards(c, d, used, 4)
    const inYard = roomy.length > 0 && rnd.chance(0.7)
    const fields = {
      authorId: rnd.pick(authors).id,
      cost: costFor(rnd, inYard ? costs.yard : costs.public, c.cap),
      status: (rejected ? 'rejected' : 'on_ballot') as ProposalStatus,
      rejectionReason: rejected ? rnd.pick(REJECTION_REASONS) : null,
      createdAt: randomInstant(rnd, subFrom, subTo),
    }
    out.push(
      inYard
        ? yardProposal(rnd, c, rnd.pick(roomy), used, fields)
        : publicProposal(rnd, c, d, fields),
    )
  }
  return out
}

/** Residents vote for up to `max` distinct proposals of their district, by popularity. */
function castVotes(
  rnd: Random,
  c: Cycle,
  voters: User[],
  ballot: Proposal[],
  howMany: number[],
  window: [string, string],
) {
  const popularity = ballot.map(() => 0.15 + rnd.next() ** 1.6 * 3)
  for (const voter of voters) {
    const k = Math.min(rnd.weighted(howMany), ballot.length)
    const chosen = new Set<number>()
    while (chosen.size < k) chosen.add(rnd.weighted(popularity))
    for (const i of [...chosen].sort((a, b) => a - b)) {
      votes.push({
        voterId: voter.id,
        proposalId: ballot[i]!.id,
        cycleId: c.id,
        createdAt: randomInstant(rnd, window[0], window[1]),
      })
    }
  }
}

// --- almaty-2020: real allocations, demo proposals; winners by greedy per district.
const almaty2020 = (() => {
  const c = cycle('almaty-2020')
  const results: {
    district: string
    ballot: number
    rejected: number
    votes: number
    selected: number
    spent: number
  }[] = []
  for (const d of ALMATY) {
    const rnd = stream(`almaty-2020:${d}`)
    const pool = almatyResidents.get(d)!.since2020
    const list = almatyDistrictProposals(
      c,
      d,
      rnd,
      // The first round drew about 30 applications per district (informburo.kz: 231 by mid-October).
      { ballot: rnd.int(18, 26), rejected: rnd.int(2, 4) },
      // No per-project cap yet: courtyard works of a few million up to large public spaces.
      { yard: [20 * MLN, 70 * MLN], public: [50 * MLN, 140 * MLN] },
      pool,
    )
    const ballot = list.filter((p) => p.status === 'on_ballot')
    const [revFrom, revTo] = phaseDates(c, 'review')
    for (const p of list)
      reviewProposal(rnd, p, revFrom, revTo, { reestimate: false, expert: 0.4, council: 0.3 })
    castVotes(
      rnd,
      c,
      pool.filter(() => rnd.chance(0.9)),
      ballot,
      [0, 0.25, 0.3, 0.45],
      phaseDates(c, 'voting'),
    )
    const r = selectGreedy(
      ballot.map((p) => ({ id: p.id, cost: p.cost, votes: votesFor(p.id) })),
      c.allocations.find(([id]) => id === d)![1],
    )
    const won = new Set(r.selected)
    for (const p of ballot) p.status = won.has(p.id) ? 'selected' : 'not_selected'
    results.push({
      district: d,
      ballot: ballot.length,
      rejected: list.length - ballot.length,
      votes: ballot.reduce((s, p) => s + votesFor(p.id), 0),
      selected: r.selected.length,
      spent: r.spent,
    })
  }
  return results
})()

// --- almaty-2026: voting is open; residents have cast some votes, the demo citizens none.
const almaty2026 = (() => {
  const c = cycle('almaty-2026')
  const results: { district: string; ballot: number; rejected: number; votes: number }[] = []
  for (const d of ALMATY) {
    const rnd = stream(`almaty-2026:${d}`)
    const { since2020, newer } = almatyResidents.get(d)!
    const pool = [...since2020, ...newer]
    const list = almatyDistrictProposals(
      c,
      d,
      rnd,
      { ballot: rnd.int(8, 14), rejected: rnd.int(2, 4) },
      { yard: [40 * MLN, 160 * MLN], public: [90 * MLN, 200 * MLN] },
      pool,
    )
    const ballot = list.filter((p) => p.status === 'on_ballot')
    const [revFrom, revTo] = phaseDates(c, 'review')
    for (const p of list)
      reviewProposal(rnd, p, revFrom, revTo, { reestimate: true, expert: 0.5, council: 0.4 })
    castVotes(rnd, c, pool, ballot, [0.3, 0.2, 0.2, 0.3], ['2026-11-01', '2026-11-22'])
    results.push({
      district: d,
      ballot: ballot.length,
      rejected: list.length - ballot.length,
      votes: ballot.reduce((s, p) => s + votesFor(p.id), 0),
    })
  }
  return results
})()

// --- astana-2026: submission is open; a few proposals in each current district.
const astana2026 = (() => {
  const c = cycle('astana-2026')
  const out: { district: string; proposals: number }[] = []
  const today = '2026-11-20'
  for (const d of ASTANA) {
    const rnd = stream(`astana-2026:${d}`)
    const authors =
      d === 'astana-saryarka' ? saryarkaResidents : residents(d, 'r', 6, '2025-01-10', '2026-10-20')
    const used = new Set<string>()
    const n = rnd.int(3, 6)
    for (let i = 0; i < n; i++) {
      const fields = {
        authorId: rnd.pick(authors).id,
        cost: costFor(rnd, [3 * MLN, c.cap!], c.cap),
        status: 'submitted' as ProposalStatus,
        rejectionReason: null,
        createdAt: randomInstant(rnd, '2026-10-16', today),
      }
      const p =
        d === 'astana-saryarka' && i < n - 1
          ? yardProposal(rnd, c, rnd.pick(yardsOf(d)), used, fields)
          : publicProposal(rnd, c, d, fields)
      // The Saryarka akimat has started reviewing its first submissions.
      if (d === 'astana-saryarka' && i < 2) {
        p.status = 'under_review'
        reviewProposal(rnd, p, '2026-11-10', '2026-11-20', {
          reestimate: false,
          expert: 0,
          council: 0,
        })
      }
    }
    out.push({ district: d, proposals: n })
  }
  return out
})()

// Derived-place checks: the database will find the same district and yard for every point.
for (const p of proposals) {
  const c = cycle(p.cycleId)
  const inDistricts = c.allocations
    .filter(([d]) => depthInside(p.point, area(d)) > 0)
    .map(([d]) => d)
  check(inDistricts.length === 1 && inDistricts[0] === p.districtId, `proposal ${p.id} district`)
  check(depthInside(p.point, area(p.districtId)) >= 100, `proposal ${p.id} too close to the border`)
  check((yardAt(p.point, yardsOf(p.districtId))?.id ?? null) === p.yardId, `proposal ${p.id} yard`)
  check(c.cap === null || p.cost <= c.cap, `proposal ${p.id} above the cap`)
}
check(!votes.some((v) => demoCitizenIds.has(v.voterId)), 'demo citizens must not have voted')
{
  const userById = new Map(users.map((u) => [u.id, u]))
  const proposalById = new Map(proposals.map((p) => [p.id, p]))
  const perVoterCycle = new Map<string, number>()
  for (const v of votes) {
    const key = `${v.cycleId}:${v.voterId}`
    perVoterCycle.set(key, (perVoterCycle.get(key) ?? 0) + 1)
    check(perVoterCycle.get(key)! <= cycle(v.cycleId).votesPerVoter, `vote limit for ${key}`)
    const p = proposalById.get(v.proposalId)!
    check(userById.get(v.voterId)!.homeDistrictId === p.districtId, 'voter not resident')
  }
}

// ---------------------------------------------------------------------------------------------
// Projects, their updates and payments

interface Project {
  id: string
  proposal: Proposal
  approved: number
  contract: number | null
  contractor: string | null
  plannedStart: string
  plannedEnd: string
  createdAt: number
  kind: string
  /** A street project (pavement, lighting) runs along a street; others stay at their point. */
  line: LonLat[] | null
  updates: (RealizedUpdate & { id: string })[]
  /** The contract history: recorded with the update it is announced in, a minute before it. */
  contracts: {
    id: string
    amount: number
    reason: string | null
    procurementRef: string
    createdAt: number
  }[]
  payments: (RealizedPayment & { id: string; reason: string | null })[]
}
const projects: Project[] = []

const STREET_CATEGORIES: Category[] = ['roads', 'lighting']

/** 120–300 m of street through the proposal's point, in a direction of its own. */
function streetLine(p: Proposal): LonLat[] {
  const rnd = createRandom(seedFrom(`project-street:${p.id}`))
  return streetSegment(p.point, rnd.int(120, 300), rnd.int(0, 179))
}

/** Why a payment takes a project above its approved budget (the confirmation it needs). */
const OVER_BUDGET_REASON =
  'Оплата сверх утверждённой суммы по дополнительному соглашению к договору (см. историю договора).'
const PROCUREMENT_METHODS = ['ОК1', 'ЗЦП1', 'АУЦ1'] as const

function addProject(rnd: Random, p: Proposal, plan: ProjectPlan) {
  const id = uuidV5(`project:${p.id}`)
  const { updates, payments, createdAt } = realize(rnd, plan)
  // A stream of its own, so the procurement numbers leave every other demo row as it was.
  const refs = createRandom(seedFrom(`project-procurement:${id}`))
  const procurementRef = `${refs.int(10_000_000, 89_999_999)}-${refs.pick(PROCUREMENT_METHODS)}`
  let paid = 0
  projects.push({
    id,
    proposal: p,
    approved: p.cost,
    contract: plan.contract,
    contractor: plan.contractor,
    plannedStart: plan.planned[0],
    plannedEnd: plan.planned[1],
    createdAt,
    kind: plan.kind,
    line: STREET_CATEGORIES.includes(p.category) ? streetLine(p) : null,
    updates: updates.map((u, i) => ({ id: uuidV5(`project-update:${id}:${i}`), ...u })),
    contracts: plan.contracts.map((c, i) => ({
      id: uuidV5(`project-contract:${id}:${i}`),
      amount: c.amount,
      reason: c.reason,
      procurementRef,
      createdAt: updates[c.step]!.createdAt - 60_000,
    })),
    payments: payments.map((pay, i) => {
      const over = paid <= p.cost && paid + pay.amount > p.cost
      paid += pay.amount
      return { id: uuidV5(`payment:${id}:${i}`), ...pay, reason: over ? OVER_BUDGET_REASON : null }
    }),
  })
}

// Saryarka 2019: every project was built in the 2019 season; one finished late.
{
  const rnd = stream('projects:saryarka-2019')
  const won = proposals.filter(
    (p) => p.cycleId === 'astana-saryarka-2019' && p.status === 'selected',
  )
  const lateIndex = rnd.int(0, won.length - 1)
  won.forEach((p, i) =>
    addProject(rnd, p, saryarka2019Plan(rnd, p.cost, i === lateIndex, CONTRACTORS)),
  )
}

// Almaty 2020: most projects were finished in 2021; a few were re-tendered and run into 2027,
// two are late (planned end in 2021, not finished) and two are over budget.
{
  const won = proposals.filter((p) => p.cycleId === 'almaty-2020' && p.status === 'selected')
  const kinds = new Map<string, Almaty2020Kind>()
  // Medeu gets one of each unfinished kind, so its demo official has something to update.
  const medeu = won.filter((p) => p.districtId === 'almaty-medeu')
  check(medeu.length >= 3, 'Medeu needs at least three 2020 projects')
  ;(['in_progress', 'contracted', 'procurement'] as const).forEach((k, i) =>
    kinds.set(medeu[i]!.id, k),
  )
  const rest = stream('projects:almaty-2020:kinds').shuffle(won.filter((p) => !kinds.has(p.id)))
  const special: Almaty2020Kind[] = [
    'late-over-budget',
    'late',
    'completed-over-budget',
    'in_progress',
    'in_progress',
    'contracted',
    'contracted',
    'procurement',
    'procurement',
  ]
  special.forEach((k, i) => kinds.set(rest[i]!.id, k))
  const rnd = stream('projects:almaty-2020')
  for (const p of won)
    addProject(rnd, p, almaty2020Plan(rnd, kinds.get(p.id) ?? 'completed', p.cost, CONTRACTORS))
}

// Project checks: updates in order and in the past, the last update is the final state, money.
// The demo is set on the day its data was collected: all history lies before it.
const SEED_NOW = day('2026-11-23')
for (const pr of projects) {
  check(
    pr.updates.every((u, i) => i === 0 || u.createdAt > pr.updates[i - 1]!.createdAt),
    `updates order ${pr.id}`,
  )
  check(pr.updates[0]!.createdAt > pr.createdAt, `first update after creation ${pr.id}`)
  check(
    [...pr.updates, ...pr.payments].every((x) => x.createdAt < SEED_NOW),
    `future history ${pr.id}`,
  )
  check(pr.plannedStart <= pr.plannedEnd, `planned dates ${pr.id}`)
  // The database's money rules: above the approved budget only with a reason, never above twice.
  const paid = pr.payments.reduce((s, pay) => s + pay.amount, 0)
  check(paid <= 2 * pr.approved, `paid above the ceiling ${pr.id}`)
  check(paid <= pr.approved || pr.payments.some((pay) => pay.reason), `over budget ${pr.id}`)
  check(
    pr.contracts.every((c, i) => (i === 0 && c.amount <= pr.approved) || c.reason),
    `contract entries need reasons ${pr.id}`,
  )
  check((pr.contracts.at(-1)?.amount ?? null) === pr.contract, `latest contract ${pr.id}`)
}
for (const c of CYCLES) {
  for (const [d, allocation] of c.allocations) {
    const approved = projects
      .filter((pr) => pr.proposal.cycleId === c.id && pr.proposal.districtId === d)
      .reduce((s, pr) => s + pr.approved, 0)
    check(approved <= allocation, `${c.id} ${d}: approved ${approved} above ${allocation}`)
  }
}

// ---------------------------------------------------------------------------------------------
// SQL

const ts = (t: number) => lit(formatInstant(t))
const sections: string[] = []
const section = (title: string, sql: string) => sections.push(`-- ${title}\n${sql}`)

section(
  'People. Demo accounts carry raw_app_meta_data.demo_account; every other user here is generated (demo_data).',
  insertRows(
    'auth.users',
    [
      'instance_id',
      'id',
      'aud',
      'role',
      'email',
      'email_confirmed_at',
      'raw_app_meta_data',
      'raw_user_meta_data',
      'created_at',
      'updated_at',
    ],
    users.map((u) => [
      lit('00000000-0000-0000-0000-000000000000'),
      lit(u.id),
      lit('authenticated'),
      lit('authenticated'),
      lit(u.email),
      ts(u.createdAt),
      json(u.appMeta),
      json({ display_name: u.displayName, language: u.language }),
      ts(u.createdAt),
      ts(u.createdAt),
    ]),
    300,
  ),
)
section(
  'Profiles were created by the on_auth_user_created trigger; residency and dates are set here.\n' +
    '-- Generated residents carry their district in their e-mail: resident.<district>.<pool>.<n>@…',
  [
    `update public.profiles p set home_district_id = split_part(u.email, '.', 2), created_at = u.created_at, updated_at = u.created_at\nfrom auth.users u\nwhere u.id = p.id and u.email like 'resident.%@qatysu.example';`,
    `update public.profiles p set home_district_id = v.home_district_id, created_at = u.created_at, updated_at = u.created_at\nfrom (values\n${users
      .filter((u) => !u.email.startsWith('resident.'))
      .map((u) => `  (${lit(u.id)}, ${lit(u.homeDistrictId)})`)
      .join(
        ',\n',
      )}\n) as v(id, home_district_id)\njoin auth.users u on u.id = v.id::uuid\nwhere p.id = u.id;`,
  ].join('\n'),
)
section(
  'Residency: every resident with a home district is verified (method demo, keyed by the account\n' +
    '-- since demo people have no ИИН), so demo accounts stay one click. Rolls of the cycles in\n' +
    '-- voting are built from these when the cycles are inserted below.',
  `insert into public.residency_verifications (account_id, person_key, district_id, method, created_at)\n` +
    `select p.id, app_private.keyed_hash('demo:' || p.id::text), p.home_district_id, 'demo', p.created_at\n` +
    `from public.profiles p where p.home_district_id is not null order by p.created_at, p.id;`,
)
section(
  'Memberships',
  insertRows(
    'public.memberships',
    ['id', 'user_id', 'role', 'city_id', 'district_id', 'created_at'],
    memberships.map((m) => [
      lit(uuidV5(`membership:${m.userId}:${m.role}:${m.cityId}:${m.districtId ?? ''}`)),
      lit(m.userId),
      lit(m.role),
      lit(m.cityId),
      lit(m.districtId),
      ts(users.find((u) => u.id === m.userId)!.createdAt),
    ]),
  ),
)
section(
  'Yards (generated demo courtyards inside the real district polygons)',
  insertRows(
    'public.yards',
    ['id', 'district_id', 'name_kk', 'name_ru', 'name_en', 'flats', 'boundary', 'is_demo'],
    yards.map((y) => [
      lit(y.id),
      lit(y.districtId),
      lit(y.names.kk),
      lit(y.names.ru),
      lit(y.names.en),
      lit(y.flats),
      polygonLit(y.polygon),
      'true',
    ]),
  ),
)
section(
  'Budget cycles',
  [
    insertRows(
      'public.budget_cycles',
      [
        'id',
        'city_id',
        'year',
        'title_kk',
        'title_ru',
        'title_en',
        'phase',
        'project_cost_cap',
        'votes_per_voter',
        'votes_changeable',
        'residents_only',
        'division_date',
        'is_demo',
        'created_at',
      ],
      CYCLES.map((c) => [
        lit(c.id),
        lit(c.cityId),
        lit(c.year),
        lit(c.title.kk),
        lit(c.title.ru),
        lit(c.title.en),
        lit(c.phase),
        lit(c.cap),
        lit(c.votesPerVoter),
        lit(c.changeable),
        lit(c.residentsOnly),
        lit(c.divisionDate),
        lit(c.isDemo),
        lit(c.createdAt),
      ]),
    ),
    insertRows(
      'public.cycle_phase_dates',
      ['cycle_id', 'phase', 'starts_on', 'ends_on'],
      CYCLES.flatMap((c) =>
        c.dates.map(([from, to], i) => [lit(c.id), lit(PHASES[i]!), lit(from), lit(to)]),
      ),
    ),
    insertRows(
      'public.cycle_districts',
      ['cycle_id', 'district_id', 'allocation'],
      CYCLES.flatMap((c) => c.allocations.map(([d, a]) => [lit(c.id), lit(d), lit(a)])),
    ),
    insertRows(
      'public.ballot_groups',
      [
        'id',
        'cycle_id',
        'code',
        'name_kk',
        'name_ru',
        'name_en',
        'min_flats',
        'max_flats',
        'allocation',
      ],
      SARYARKA_GROUPS.map((g) => [
        lit(g.id),
        lit(g.cycleId),
        lit(g.code),
        lit(g.names.kk),
        lit(g.names.ru),
        lit(g.names.en),
        lit(g.minFlats),
        lit(g.maxFlats),
        lit(g.allocation),
      ]),
    ),
  ].join('\n'),
)
section(
  'Proposals (district, yard and ballot group are derived from the point by the database)',
  insertRows(
    'public.proposals',
    [
      'id',
      'cycle_id',
      'author_id',
      'title',
      'description',
      'category_id',
      'cost_estimate',
      'location',
      'status',
      'rejection_reason',
      'is_demo',
      'created_at',
      'submitted_at',
    ],
    proposals.map((p) => [
      lit(p.id),
      lit(p.cycleId),
      lit(p.authorId),
      lit(p.title),
      lit(p.description),
      lit(p.category),
      lit(p.cost),
      pointLit(p.point),
      lit(p.status),
      lit(p.rejectionReason),
      'true',
      ts(p.createdAt),
      ts(p.submittedAt),
    ]),
    250,
  ),
)
section(
  'Reviews',
  insertRows(
    'public.reviews',
    [
      'id',
      'proposal_id',
      'reviewer_id',
      'reviewer_role',
      'verdict',
      'cost_reestimate',
      'note',
      'created_at',
    ],
    [...reviews]
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((r) => [
        lit(r.id),
        lit(r.proposalId),
        lit(r.reviewerId),
        lit(r.role),
        lit(r.verdict),
        lit(r.costReestimate),
        lit(r.note),
        ts(r.createdAt),
      ]),
  ),
)
section(
  'Votes (proposal_tallies are counted from these by the votes_tally trigger)',
  insertRows(
    'public.votes',
    ['voter_id', 'proposal_id', 'cycle_id', 'created_at'],
    votes.map((v) => [lit(v.voterId), lit(v.proposalId), lit(v.cycleId), ts(v.createdAt)]),
    1000,
  ),
)
section(
  'Projects (inserted as planned at 0 %; their updates below set status and progress)',
  insertRows(
    'public.projects',
    [
      'id',
      'proposal_id',
      'cycle_id',
      'district_id',
      'yard_id',
      'title',
      'approved_budget',
      'location',
      'is_demo',
      'created_at',
    ],
    projects.map((pr) => [
      lit(pr.id),
      lit(pr.proposal.id),
      lit(pr.proposal.cycleId),
      lit(pr.proposal.districtId),
      lit(pr.proposal.yardId),
      lit(pr.proposal.title),
      lit(pr.approved),
      pr.line ? lineLit(pr.line) : pointLit(pr.proposal.point),
      'true',
      ts(pr.createdAt),
    ]),
  ),
)
section(
  'Project updates, in time order per project (each one sets its project’s status and progress)',
  insertRows(
    'public.project_updates',
    ['id', 'project_id', 'status', 'progress', 'note', 'author_id', 'author_role', 'created_at'],
    projects.flatMap((pr) =>
      pr.updates.map((u) => [
        lit(u.id),
        lit(pr.id),
        lit(u.status),
        lit(u.progress),
        lit(u.note),
        lit(official(pr.proposal.districtId)),
        lit('official'),
        ts(u.createdAt),
      ]),
    ),
  ),
)
section(
  'Contract entries, oldest first per project (the latest one sets the project’s contract columns)',
  insertRows(
    'public.project_contracts',
    [
      'id',
      'project_id',
      'contractor',
      'amount',
      'planned_start',
      'planned_end',
      'procurement_ref',
      'reason',
      'recorded_by',
      'recorded_role',
      'created_at',
    ],
    projects.flatMap((pr) =>
      pr.contracts.map((c) => [
        lit(c.id),
        lit(pr.id),
        lit(pr.contractor),
        lit(c.amount),
        lit(pr.plannedStart),
        lit(pr.plannedEnd),
        lit(c.procurementRef),
        lit(c.reason),
        lit(official(pr.proposal.districtId)),
        lit('official'),
        ts(c.createdAt),
      ]),
    ),
  ),
)
section(
  'Payments (one above a project’s approved budget carries its reason)',
  insertRows(
    'public.payments',
    [
      'id',
      'project_id',
      'amount',
      'paid_on',
      'document_ref',
      'reason',
      'recorded_by',
      'recorded_role',
      'created_at',
    ],
    projects.flatMap((pr) =>
      pr.payments.map((pay) => [
        lit(pay.id),
        lit(pr.id),
        lit(pay.amount),
        lit(formatDay(pay.paidOn)),
        lit(pay.documentRef),
        lit(pay.reason),
        lit(official(pr.proposal.districtId)),
        lit('official'),
        ts(pay.createdAt),
      ]),
    ),
  ),
)

// ---------------------------------------------------------------------------------------------
// Summary (also written at the top of the file) and output

const count = <T>(xs: T[], f: (x: T) => boolean) => xs.filter(f).length
const summary = [
  `users ${users.length} (demo accounts ${DEMO_ACCOUNTS.length}), memberships ${memberships.length}`,
  `yards ${yards.length} (astana-saryarka ${yardsOf('astana-saryarka').length}; Almaty ${ALMATY.map((d) => `${short(d)} ${yardsOf(d).length}`).join(', ')})`,
  ...CYCLES.map(
    (c) =>
      `${c.id}: proposals ${count(proposals, (p) => p.cycleId === c.id)}, votes ${count(votes, (v) => v.cycleId === c.id)}, projects ${count(projects, (pr) => pr.proposal.cycleId === c.id)}`,
  ),
  `reviews ${reviews.length}, project updates ${projects.reduce((s, p) => s + p.updates.length, 0)}, payments ${projects.reduce((s, p) => s + p.payments.length, 0)}`,
  `astana-saryarka-2019: ${saryarka2019.ballotSize} on the ballot, ${saryarka2019.voters} voters; ` +
    saryarka2019.results
      .map(
        (r) =>
          `${r.group}: ${r.selected} funded, ${formatMoney(r.spent)} of ${formatMoney(r.allocation)}, ${r.skippedAboveLastWinner} skipped for lack of money`,
      )
      .join('; '),
  ...almaty2020.map(
    (r) =>
      `almaty-2020 ${short(r.district)}: ballot ${r.ballot}, rejected ${r.rejected}, votes ${r.votes}, selected ${r.selected}, ${formatMoney(r.spent)} ₸`,
  ),
  ...almaty2026.map(
    (r) =>
      `almaty-2026 ${short(r.district)}: ballot ${r.ballot}, rejected ${r.rejected}, votes ${r.votes}`,
  ),
  `astana-2026: ${astana2026.map((r) => `${r.district.replace('astana-', '')} ${r.proposals}`).join(', ')}`,
  `project kinds: ${[...new Set(projects.map((p) => p.kind))].map((k) => `${k} ${count(projects, (p) => p.kind === k)}`).join(', ')}`,
]

const header = [
  '-- GENERATED by scripts/build-seed.ts (npm run seed:build) — do not edit by hand.',
  '-- Demo data for Qatysu: every yard, proposal and project is invented (is_demo = true) and placed',
  '-- on the real district polygons. The cycles astana-saryarka-2019 and almaty-2020 stand for real',
  '-- programmes (is_demo false: rules and allocations as announced, see scripts/seed/cycles.ts; the',
  '-- 2019 pilot funded 14 projects in 8 yards); their proposals, votes and projects are demo',
  '-- reconstructions. Applied after the migrations as a trusted role (no JWT claims).',
  '--',
  ...summary.map((s) => `-- ${s}`),
  '',
].join('\n')

writeFileSync(outFile, `${header}\n${sections.join('\n\n')}\n`)
console.log(summary.join('\n'))
console.log(`wrote ${outFile.pathname}`)
