// Independence of reviewers: one person gives one view per proposal, in a capacity they hold.
// Tried as each attacker, through api.review_proposal and directly on public.reviews, and by
// one person holding two staff roles writing two capacities in parallel sessions at every
// isolation level (real parallelism on PostgreSQL; sequential on PGlite, where it must hold too).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { errorKey } from '../../src/api/errors'
import type { ProposalDetail } from '../../src/api/types'
import {
  ISOLATION_LEVELS,
  openTestDatabase,
  type IsolationLevel,
  type TestDatabase,
} from '../support/database'
import {
  createCycle,
  createPerson,
  createProposal,
  failure,
  type Person,
} from '../support/fixtures'
import { ATTACKERS, claimsOf, createCast, HOME, type Cast } from './cast'

let db: TestDatabase
let cast: Cast
let cycle: string
beforeAll(async () => {
  db = await openTestDatabase()
  cast = await createCast(db)
  cycle = await createCycle(db, { phase: 'review' })
})
afterAll(() => db.close())

const CAPACITIES = ['akimat', 'expert', 'public_council', 'budget_commission'] as const
type Capacity = (typeof CAPACITIES)[number]

const newProposal = () =>
  createProposal(db, { cycle, author: cast.neighbour, district: HOME, status: 'submitted' })

const review = (who: Person | Cast['anon'], proposal: string, capacity: Capacity) =>
  db.call<ProposalDetail>(who.claims, 'review_proposal', {
    p_proposal_id: proposal,
    p_reviewer_role: capacity,
    p_verdict: 'feasible',
    p_cost_reestimate: null,
    p_note: 'Checked on site.',
  })

/** A review inserted directly into the table, as the person (RLS and the guard decide). */
const insertReview = (
  who: Person,
  proposal: string,
  capacity: Capacity,
  isolation?: IsolationLevel,
) =>
  db.as(
    who.claims,
    `insert into public.reviews (proposal_id, reviewer_id, reviewer_role, verdict)
     values ($1, $2, $3, 'feasible') returning id`,
    [proposal, who.id, capacity],
    { isolation },
  )

/** The capacities in which reviews of the proposal stand, by reviewer. */
async function capacitiesOf(proposal: string): Promise<Record<string, string[]>> {
  const rows = await db.sql<{ reviewer_id: string; roles: string[] }>(
    `select reviewer_id, array_agg(distinct reviewer_role::text order by reviewer_role::text) roles
     from public.reviews where proposal_id = $1 group by reviewer_id`,
    [proposal],
  )
  return Object.fromEntries(rows.map((r) => [r.reviewer_id, r.roles]))
}

/** How an attempt was refused, as the key the app shows (raw SQL errors too); null if it passed. */
async function refusal(attempt: Promise<unknown>): Promise<string | null> {
  try {
    await attempt
    return null
  } catch (e) {
    const err = e as { key?: string; code?: string; message?: string }
    return err.key ?? errorKey(err.code ?? '', err.message ?? '')
  }
}

/** A staff member holding two roles: an expert who also sits on the Public Council. */
async function expertAndCouncil(): Promise<Person> {
  const person = await createPerson(db, { role: 'expert' })
  await db.sql(
    `insert into public.memberships (user_id, role, city_id, district_id)
     values ($1, 'council', 'almaty', null)`,
    [person.id],
  )
  return person
}

describe('staff review only in a capacity they hold', () => {
  it('refuses every attacker every capacity they do not hold, through the API and the table', async () => {
    // What each attacker holds: the admin only the akimat; the expert only expert.
    const holds: Record<(typeof ATTACKERS)[number], Capacity[]> = {
      anon: [],
      citizen: [],
      foreignOfficial: [],
      expert: ['expert'],
      admin: ['akimat'],
    }
    for (const who of ATTACKERS) {
      for (const capacity of CAPACITIES) {
        if (holds[who].includes(capacity)) continue
        const proposal = await newProposal()
        const viaApi = await refusal(
          db.call(claimsOf(cast, who), 'review_proposal', {
            p_proposal_id: proposal,
            p_reviewer_role: capacity,
            p_verdict: 'not_feasible',
            p_cost_reestimate: 1,
            p_note: '',
          }),
        )
        expect(viaApi, `${who} as ${capacity} through the API`).toMatch(
          /^(not_allowed_for_role|forbidden)$/,
        )
        if (who !== 'anon') {
          const person = cast[who]
          expect(
            await refusal(insertReview(person, proposal, capacity)),
            `${who} as ${capacity} on the table`,
          ).toMatch(/^(not_allowed_for_role|forbidden)$/)
        } else {
          expect(
            await refusal(
              db.as(
                cast.anon.claims,
                `insert into public.reviews (proposal_id, reviewer_id, reviewer_role, verdict)
                 values ($1, $2, $3, 'feasible')`,
                [proposal, cast.expert.id, capacity],
              ),
            ),
          ).not.toBeNull()
        }
        expect(await capacitiesOf(proposal)).toEqual({})
      }
    }
  })

  it('lets the city admin review only as the akimat, recorded as the admin acting for it', async () => {
    const proposal = await newProposal()
    const detail = await review(cast.admin, proposal, 'akimat')
    expect(detail.reviews.map((r) => r.reviewer_role)).toEqual(['akimat'])
    const [row] = await db.sql<{ acting_role: string }>(
      `select acting_role from public.reviews where proposal_id = $1`,
      [proposal],
    )
    expect(row!.acting_role).toBe('admin')
    for (const capacity of ['expert', 'public_council', 'budget_commission'] as const) {
      expect((await failure(review(cast.admin, await newProposal(), capacity))).key).toBe(
        'not_allowed_for_role',
      )
    }
  })

  it('gives the budget commission to its members only, not to district officials', async () => {
    const member = await createPerson(db, { role: 'commission' })
    const proposal = await newProposal()
    expect((await failure(review(cast.official, proposal, 'budget_commission'))).key).toBe(
      'not_allowed_for_role',
    )
    await review(member, proposal, 'budget_commission')
    await review(cast.official, proposal, 'akimat')
    expect(await capacitiesOf(proposal)).toEqual({
      [member.id]: ['budget_commission'],
      [cast.official.id]: ['akimat'],
    })
    const roles = await db.sql<{ reviewer_role: string; acting_role: string }>(
      `select reviewer_role, acting_role from public.reviews where proposal_id = $1
       order by reviewer_role`,
      [proposal],
    )
    expect(roles).toEqual([
      { reviewer_role: 'akimat', acting_role: 'official' },
      { reviewer_role: 'budget_commission', acting_role: 'commission' },
    ])
  })

  it('takes the reviewer and acting role from the session, never from the row sent', async () => {
    const proposal = await newProposal()
    // The acting role is not a column the API roles may write at all.
    const forgedRole = await failure(
      db.as(
        cast.expert.claims,
        `insert into public.reviews (proposal_id, reviewer_id, reviewer_role, verdict, acting_role)
         values ($1, $2, 'expert', 'feasible', 'admin')`,
        [proposal, cast.expert.id],
      ),
    )
    expect(forgedRole.code).toBe('42501')
    // The reviewer is, but the guard replaces someone else's id with the caller's.
    const [row] = await db.as<{ id: string }>(
      cast.expert.claims,
      `insert into public.reviews (proposal_id, reviewer_id, reviewer_role, verdict)
       values ($1, $2, 'expert', 'feasible') returning id`,
      [proposal, cast.admin.id],
    )
    const [stored] = await db.sql<{ reviewer_id: string; acting_role: string }>(
      `select reviewer_id, acting_role from public.reviews where id = $1`,
      [row!.id],
    )
    expect(stored).toEqual({ reviewer_id: cast.expert.id, acting_role: 'expert' })
  })
})

describe('one person, one capacity per proposal', () => {
  it('refuses a second capacity through the API, and keeps allowing the first', async () => {
    const both = await expertAndCouncil()
    const proposal = await newProposal()
    await review(both, proposal, 'expert')
    expect((await failure(review(both, proposal, 'public_council'))).key).toBe(
      'review_capacity_taken',
    )
    // A second review in the same capacity (a correction) is still a review as an expert.
    await review(both, proposal, 'expert')
    expect(await capacitiesOf(proposal)).toEqual({ [both.id]: ['expert'] })
    // Another proposal: the person may choose the other capacity there.
    const other = await newProposal()
    await review(both, other, 'public_council')
    expect(await capacitiesOf(other)).toEqual({ [both.id]: ['public_council'] })
  })

  it('refuses a second capacity directly on the table, for the API roles and the owner alike', async () => {
    const both = await expertAndCouncil()
    const proposal = await newProposal()
    await insertReview(both, proposal, 'public_council')
    expect(await refusal(insertReview(both, proposal, 'expert'))).toBe('review_capacity_taken')
    // The trusted path (seed, imports) is held to the same rule.
    const owner = await failure(
      db.sql(
        `insert into public.reviews (proposal_id, reviewer_id, reviewer_role, verdict)
         values ($1, $2, 'expert', 'feasible')`,
        [proposal, both.id],
      ),
    )
    expect(owner.message).toBe('review_capacity_taken')
    expect(await capacitiesOf(proposal)).toEqual({ [both.id]: ['public_council'] })
  })

  for (const isolation of ISOLATION_LEVELS) {
    it(`holds between parallel sessions (${isolation})`, async () => {
      const both = await expertAndCouncil()
      const proposal = await newProposal()
      // Two sessions at once, one per capacity, several times over.
      const attempts = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          refusal(insertReview(both, proposal, i % 2 ? 'expert' : 'public_council', isolation)),
        ),
      )
      const stood = await capacitiesOf(proposal)
      expect(stood[both.id], JSON.stringify(attempts)).toHaveLength(1)
      // Every refusal is one the app explains: the capacity is taken, or try again.
      for (const r of attempts.filter((a) => a !== null)) {
        expect(['review_capacity_taken', 'try_again']).toContain(r)
      }
    })
  }
})
