// The live query behind embedded mode's live vote counts (src/embedded/liveCounts.ts), on PGlite
// + PostGIS restored from the prebuilt snapshot with the live extension, as the worker opens it.
// PGlite only: `npm run test:pg` (PostgreSQL 15) skips it.
import { readFileSync } from 'node:fs'
import { PGlite, type PGliteInterfaceExtensions } from '@electric-sql/pglite'
import { live } from '@electric-sql/pglite/live'
import { postgis } from '@electric-sql/pglite-postgis'
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest'
import { listDemoAccounts } from '../../src/embedded/demo-accounts'
import { COUNTS_QUERY, watchCounts } from '../../src/embedded/liveCounts'
import { ApiCatalog, callApi, type Claims } from '../../src/embedded/postgrest-call'

const EXTENSIONS = { postgis, live }
type Database = PGlite & PGliteInterfaceExtensions<typeof EXTENSIONS>

const snapshot = inject('snapshotPath')
let db: Database
let catalog: ApiCatalog

beforeAll(async () => {
  if (!snapshot) return
  db = new PGlite({
    extensions: EXTENSIONS,
    loadDataDir: new Blob([readFileSync(snapshot)]),
  }) as Database
  await db.waitReady
  catalog = new ApiCatalog(db)
})
afterAll(() => db?.close())

interface Voter {
  claims: Claims
  /** Proposals on the ballot of Almaty 2026 (voting, changeable) in the voter's district that
   * already have votes. */
  ballot: string[]
}

/** A seeded demo resident, signed in as the embedded transport signs in. */
async function demoResident(email: string): Promise<Voter> {
  const account = (await listDemoAccounts(db)).find((a) => a.email === email)
  if (!account) throw new Error(`no demo account ${email}`)
  const { rows } = await db.query<{ id: string }>(
    `select p.id from public.proposals p
     join public.profiles r on r.home_district_id = p.district_id
     join public.proposal_tallies t on t.proposal_id = p.id
     where r.id = $1 and p.cycle_id = 'almaty-2026' and p.status = 'on_ballot'
     order by p.id`,
    [account.user_id],
  )
  return {
    claims: {
      role: 'authenticated',
      aud: 'authenticated',
      sub: account.user_id,
      email: account.email ?? undefined,
      app_metadata: { provider: 'demo' },
    },
    ballot: rows.map((r) => r.id),
  }
}

/** The number of tallies and their total, without the checksum. */
async function countAndTotal(): Promise<string> {
  const { rows } = await db.query<{ counts: string }>(COUNTS_QUERY)
  return rows[0]!.counts.split(':').slice(0, 2).join(':')
}

const vote = (voter: Voter, proposal: string) =>
  callApi(db, catalog, voter.claims, 'cast_vote', { p_proposal_id: proposal })

/** Long enough for PGlite to deliver a notification and the live query to run again. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300))

describe.skipIf(!snapshot)('live vote counts', () => {
  it('stays silent on starting and reports a demo resident’s vote', async () => {
    const voter = await demoResident('aidana.alatau@qatysu.example')
    const onChange = vi.fn()
    const stop = await watchCounts(db.live, onChange)
    await settle()
    expect(onChange).not.toHaveBeenCalled()

    await vote(voter, voter.ballot[0]!)
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1))
    await stop()
  })

  it('stays silent once stopped', async () => {
    const voter = await demoResident('nurlan.almaly@qatysu.example')
    const onChange = vi.fn()
    const stop = await watchCounts(db.live, onChange)
    await stop()

    await vote(voter, voter.ballot[0]!)
    await settle()
    expect(onChange).not.toHaveBeenCalled()
  })

  it('ignores writes that leave the counts as they were', async () => {
    const onChange = vi.fn()
    const stop = await watchCounts(db.live, onChange)
    await db.query(`update public.proposal_tallies set online_votes = online_votes`)
    await settle()
    expect(onChange).not.toHaveBeenCalled()
    await stop()
  })

  it('reports a vote moved from one proposal to another in one transaction', async () => {
    const voter = await demoResident('dinara.auezov@qatysu.example')
    const [from, to] = voter.ballot
    await vote(voter, from!)
    const before = await countAndTotal()
    const onChange = vi.fn()
    const stop = await watchCounts(db.live, onChange)

    await db.transaction(async (tx) => {
      await tx.query(`select set_config('role', 'authenticated', true)`)
      await tx.query(`select set_config('request.jwt.claims', $1, true)`, [
        JSON.stringify(voter.claims),
      ])
      await tx.query(`delete from public.votes where proposal_id = $1`, [from])
      await tx.query(`insert into public.votes (proposal_id) values ($1)`, [to])
    })
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1))
    await stop()
    // The same number of tallies and the same total: only the checksum told.
    expect(await countAndTotal()).toBe(before)
  })
})
