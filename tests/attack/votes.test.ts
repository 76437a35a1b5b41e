// Attacks on the vote: votes written straight into the table, the limit under parallel sessions
// at every isolation level, a vote racing the end of voting, tallies that drift from their
// entries. On PostgreSQL the sessions really run in parallel; on PGlite (one connection) the same
// tests run one after the other and must still hold.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SqlSession } from '../../src/embedded/postgrest-call'
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
import { ATTACKERS, FOREIGN, HOME, claimsOf, createCast, refusal, type Cast } from './cast'

let db: TestDatabase
let cast: Cast
beforeAll(async () => {
  db = await openTestDatabase()
  cast = await createCast(db)
})
afterAll(() => db.close())

async function ballot(opts: { size?: number; votesPerVoter?: number; changeable?: boolean } = {}) {
  const cycle = await createCycle(db, {
    phase: 'voting',
    votesPerVoter: opts.votesPerVoter ?? 3,
    changeable: opts.changeable ?? false,
  })
  const proposals: string[] = []
  for (let i = 0; i < (opts.size ?? 4); i++) {
    proposals.push(
      await createProposal(db, {
        cycle,
        author: cast.neighbour,
        district: HOME,
        status: 'on_ballot',
      }),
    )
  }
  return { cycle, proposals }
}

/** Votes stored, the roll counters and the tallies of a cycle: they must always agree. */
async function books(cycle: string) {
  const [row] = await db.sql<{ votes: number; counters: number; tallies: number; drift: number }>(
    `select (select count(*) from public.votes where cycle_id = $1)::int as votes,
            (select coalesce(sum(votes_used), 0) from public.voter_rolls where cycle_id = $1)::int
              as counters,
            (select coalesce(sum(t.online_votes), 0) from public.proposal_tallies t
             join public.proposals p on p.id = t.proposal_id where p.cycle_id = $1)::int as tallies,
            (select count(*) from public.proposals p
             left join public.proposal_tallies t on t.proposal_id = p.id
             where p.cycle_id = $1 and coalesce(t.online_votes, 0) <>
               (select count(*) from public.votes v where v.proposal_id = p.id))::int as drift`,
    [cycle],
  )
  return row!
}

const castVote = (who: Person, proposal: string, isolation?: IsolationLevel) =>
  db.as(who.claims, `select api.cast_vote($1)`, [proposal], isolation ? { isolation } : {})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs `first` in a transaction held open while `second` is sent; reports whether `second` was
 * still waiting when `first` committed. On PGlite (one connection) they run one after the other.
 */
async function overlap(
  first: (tx: SqlSession) => Promise<unknown>,
  second: () => Promise<unknown>,
): Promise<{
  waited: boolean
  first: PromiseSettledResult<unknown>
  second: PromiseSettledResult<unknown>
}> {
  if (db.kind !== 'postgres') {
    const [a] = await Promise.allSettled([db.runner.transaction(first)])
    const [b] = await Promise.allSettled([second()])
    return { waited: true, first: a!, second: b! }
  }
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  let ready!: () => void
  const opened = new Promise<void>((resolve) => (ready = resolve))
  const a = db.runner.transaction(async (tx) => {
    try {
      await first(tx)
    } finally {
      ready()
    }
    await held
  })
  await opened
  let settled = false
  const b = second().finally(() => (settled = true))
  await sleep(400)
  const waited = !settled
  release()
  const [ra, rb] = await Promise.allSettled([a, b])
  return { waited, first: ra!, second: rb! }
}

async function asRole(tx: SqlSession, who: Person) {
  await tx.query(`select set_config('role', 'authenticated', true)`)
  await tx.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify(who.claims)])
}

describe('votes written straight into the table', () => {
  it('meet the same rules as the API for every attacker', async () => {
    const { cycle, proposals } = await ballot({ votesPerVoter: 2 })
    const foreign = await createProposal(db, {
      cycle,
      author: cast.neighbour,
      district: FOREIGN,
      status: 'on_ballot',
    })
    for (const who of ATTACKERS) {
      const claims = claimsOf(cast, who)
      const viaApi = await refusal(db.call(claims, 'cast_vote', { p_proposal_id: foreign }))
      const direct = await failure(
        db.as(claims, `insert into public.votes (proposal_id) values ($1)`, [foreign]),
      )
      if (who === 'anon') {
        expect(viaApi).toBe('forbidden')
        expect(direct.code).toBe('42501')
      } else if (who === 'citizen') {
        expect(viaApi).toBe('not_resident')
        expect(direct.message).toBe('not_resident')
      } else {
        expect(viaApi, who).toBe('residency_not_verified')
        expect(direct.message, who).toBe('residency_not_verified')
      }
    }
    // The citizen's own votes, straight into the table: counted on the roll, limit held.
    for (const p of proposals.slice(0, 2)) {
      await db.as(cast.citizen.claims, `insert into public.votes (proposal_id) values ($1)`, [p])
    }
    const third = await failure(
      db.as(
        cast.citizen.claims,
        `insert into public.votes (proposal_id, voter_id, cycle_id)
        values ($1, $2, $3)`,
        [proposals[2], cast.neighbour.id, cycle],
      ),
    )
    expect(third.message).toBe('vote_limit_reached')
    expect(await books(cycle)).toEqual({ votes: 2, counters: 2, tallies: 2, drift: 0 })
  })

  it('refuse forged tallies and counters from every attacker', async () => {
    const { cycle, proposals } = await ballot()
    await castVote(cast.citizen, proposals[0]!)
    for (const who of ATTACKERS) {
      const claims = claimsOf(cast, who)
      for (const sql of [
        `update public.proposal_tallies set online_votes = 100`,
        `update public.voter_rolls set votes_used = 0`,
        `delete from public.votes`,
      ]) {
        const result = await refusal(db.as(claims, sql))
        // Refused outright, or the row is out of the attacker's reach (RLS) — or, for the
        // citizen's own final vote, refused by the rule.
        expect([null, '42501', 'QA001'], `${who}: ${sql}`).toContain(result)
      }
    }
    expect(await books(cycle)).toEqual({ votes: 1, counters: 1, tallies: 1, drift: 0 })
  })
})

describe('the vote limit under parallel sessions', () => {
  for (const isolation of ISOLATION_LEVELS) {
    it(`holds for 12 parallel votes of one voter at ${isolation}`, async () => {
      const { cycle, proposals } = await ballot({ size: 12, votesPerVoter: 3 })
      const voter = await createPerson(db, { home: HOME })
      const results = await Promise.allSettled(proposals.map((p) => castVote(voter, p, isolation)))
      const stored = results.filter((r) => r.status === 'fulfilled').length
      expect(stored).toBeLessThanOrEqual(3)
      expect(stored).toBeGreaterThanOrEqual(1)
      // Read committed waits for the counter row and re-checks: exactly the limit gets through.
      if (isolation === 'read committed') expect(stored).toBe(3)
      for (const r of results) {
        if (r.status === 'rejected')
          expect((r.reason as Error).message).toMatch(/vote_limit_reached|could not serialize/)
      }
      expect(await books(cycle)).toEqual({
        votes: stored,
        counters: stored,
        tallies: stored,
        drift: 0,
      })
    })

    it(`keeps tallies equal to the votes for 20 voters at once at ${isolation}`, async () => {
      const { cycle, proposals } = await ballot({ size: 2, votesPerVoter: 1 })
      const voters = await Promise.all(
        Array.from({ length: 20 }, () => createPerson(db, { home: HOME })),
      )
      const results = await Promise.allSettled(
        voters.map((v, i) => castVote(v, proposals[i % 2]!, isolation)),
      )
      const stored = results.filter((r) => r.status === 'fulfilled').length
      expect(stored).toBeGreaterThanOrEqual(1)
      expect(await books(cycle)).toEqual({
        votes: stored,
        counters: stored,
        tallies: stored,
        drift: 0,
      })
    })

    it(`keeps the books straight when votes are taken back and cast at once at ${isolation}`, async () => {
      const { cycle, proposals } = await ballot({ size: 6, votesPerVoter: 2, changeable: true })
      const voter = await createPerson(db, { home: HOME })
      await castVote(voter, proposals[0]!)
      await castVote(voter, proposals[1]!)
      await Promise.allSettled([
        db.as(voter.claims, `select api.retract_vote($1)`, [proposals[0]], { isolation }),
        db.as(voter.claims, `select api.retract_vote($1)`, [proposals[1]], { isolation }),
        ...proposals.slice(2).map((p) => castVote(voter, p, isolation)),
      ])
      const b = await books(cycle)
      expect(b.votes).toBeLessThanOrEqual(2)
      expect(b).toEqual({ votes: b.votes, counters: b.votes, tallies: b.votes, drift: 0 })
    })
  }
})

describe('the vote closes atomically', () => {
  it('lets a vote in flight commit before the phase moves, and no vote after', async () => {
    const { cycle, proposals } = await ballot()
    const voter = await createPerson(db, { home: HOME })
    const race = await overlap(
      async (tx) => {
        await asRole(tx, voter)
        await tx.query(`select api.cast_vote($1)`, [proposals[0]])
      },
      () => db.sql(`update public.budget_cycles set phase = 'selection' where id = $1`, [cycle]),
    )
    // The phase change waited for the vote in flight (its cycle row is locked FOR SHARE).
    expect(race.waited).toBe(true)
    expect(race.first.status).toBe('fulfilled')
    expect(race.second.status).toBe('fulfilled')
    expect(await books(cycle)).toMatchObject({ votes: 1, counters: 1, tallies: 1 })
    const late = await failure(castVote(voter, proposals[1]!))
    expect(late.message).toBe('phase_closed')
  })

  for (const isolation of ISOLATION_LEVELS) {
    it(`refuses a vote sent while the phase change is in flight at ${isolation}`, async () => {
      const { cycle, proposals } = await ballot()
      const voter = await createPerson(db, { home: HOME })
      const race = await overlap(
        (tx) =>
          tx.query(`update public.budget_cycles set phase = 'selection' where id = $1`, [cycle]),
        () => castVote(voter, proposals[0]!, isolation),
      )
      expect(race.waited).toBe(true)
      expect(race.first.status).toBe('fulfilled')
      expect(race.second.status).toBe('rejected')
      const reason = (race.second as PromiseRejectedResult).reason as { message: string }
      expect(reason.message).toMatch(/phase_closed|could not serialize/)
      expect((await books(cycle)).votes).toBe(0)
    })
  }
})

describe('paper votes under concurrent entries', () => {
  for (const isolation of ISOLATION_LEVELS) {
    it(`keep the tally equal to the latest entry at ${isolation}`, async () => {
      const { proposals } = await ballot({ size: 1 })
      const proposal = proposals[0]!
      await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) =>
          db.as(
            cast.official.claims,
            `select api.record_paper_votes($1, $2, 'box')`,
            [proposal, 100 + i],
            { isolation },
          ),
        ),
      )
      const [row] = await db.sql<{
        tally: number
        latest: number
        entries: number
        distinct: number
      }>(
        `select t.paper_votes as tally,
                (select votes from public.paper_vote_counts where proposal_id = $1
                 order by created_at desc, id desc limit 1) as latest,
                (select count(*) from public.paper_vote_counts where proposal_id = $1)::int as entries,
                (select count(distinct created_at) from public.paper_vote_counts
                 where proposal_id = $1)::int as distinct
         from public.proposal_tallies t where t.proposal_id = $1`,
        [proposal],
      )
      expect(row!.entries).toBeGreaterThanOrEqual(1)
      expect(row!.tally).toBe(row!.latest)
      // Serialised entries never share a timestamp.
      expect(row!.distinct).toBe(row!.entries)
    })
  }

  it('refuses paper entries from every attacker', async () => {
    const { proposals } = await ballot({ size: 1 })
    // The city admin may enter paper counts (acting as admin, on the record): not an attacker here.
    for (const who of ATTACKERS.filter((w) => w !== 'admin')) {
      const key = await refusal(
        db.call(claimsOf(cast, who), 'record_paper_votes', {
          p_proposal_id: proposals[0],
          p_votes: 999,
          p_note: '',
        }),
      )
      expect(key, who).toMatch(/^(forbidden|42501|not_allowed_for_role)$/)
    }
  })
})
