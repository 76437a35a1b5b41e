// `npm run pb -- verify` on outcomes confirmed in the database: the outcome, its inputs and the
// cycle's published ballots re-run with src/selection match, the ballots' digest is the one the
// database recorded, and a tampered outcome or ballot is reported with what differs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApi, type Api } from '../../src/api/client'
import type { BallotApproval, SelectionOutcome } from '../../src/api/types'
import { readOnlyTransport } from '../../src/export/readOnlyTransport'
import type { VerifiableOutcome } from '../../src/features/selection/verifyOutcome'
import { verifyFile, verifyFromApi, VerifyError } from '../../scripts/pb-verify'
import { openTestDatabase, type TestDatabase } from '../support/database'
import {
  anon,
  createCycle,
  createPerson,
  createProposal,
  setPhase,
  type Person,
} from '../support/fixtures'

const DISTRICT = 'almaty-medeu'

let db: TestDatabase
let api: Api
let official: Person
beforeAll(async () => {
  db = await openTestDatabase()
  api = createApi(readOnlyTransport('embedded', (fn, args) => db.call(anon, fn, args)))
  official = await createPerson(db, { role: 'official', district: DISTRICT })
})
afterAll(() => db.close())

/** A 100 mln ballot of four proposals (60, 50, 30, 10 mln), five voters, MES confirmed. */
async function confirmed() {
  const cycle = await createCycle(db, {
    phase: 'voting',
    selectionRule: 'mes',
    votesPerVoter: 4,
    districts: { [DISTRICT]: 100_000_000 },
    cap: null,
  })
  const author = await createPerson(db)
  const ids: string[] = []
  for (const cost of [60, 50, 30, 10]) {
    ids.push(
      await createProposal(db, {
        cycle,
        author,
        district: DISTRICT,
        status: 'on_ballot',
        cost: cost * 1_000_000,
        title: `Proposal ${cost}`,
      }),
    )
  }
  for (let v = 0; v < 5; v++) {
    const voter = await createPerson(db, { home: DISTRICT })
    for (const [i, n] of [5, 4, 3, 1].entries()) {
      if (v < n) await db.call(voter.claims, 'cast_vote', { p_proposal_id: ids[i] })
    }
  }
  await setPhase(db, cycle, 'selection')
  await db.call(official.claims, 'record_paper_votes', {
    p_proposal_id: ids[3],
    p_votes: 2,
    p_note: 'Ballot box',
  })
  // With the two paper votes for the 10 mln proposal, MES funds 60, 10 and 30 mln.
  await db.call(official.claims, 'confirm_selection', {
    p_cycle_id: cycle,
    p_district_id: DISTRICT,
    p_ballot_group_id: null,
    p_rule: 'mes',
    p_selected: [ids[0], ids[3], ids[2]],
  })
  return { cycle, ids }
}

describe('npm run pb -- verify', () => {
  it('matches a confirmed outcome, with the ballots on the record', async () => {
    const { cycle } = await confirmed()
    const verdict = await verifyFromApi(api, cycle, DISTRICT, null)
    expect(verdict.lines[0]).toMatch(/^ballots: 5 online \+ 2 paper, the ones on the record/)
    expect(verdict.lines[1]).toBe('match: the outcome is the mes outcome (3 proposals)')
    expect(verdict.match).toBe(true)
  })

  it('names the proposals that differ, and ballots that are not the recorded ones', async () => {
    const { cycle, ids } = await confirmed()
    const [outcome] = await api.selectionOutcomes(cycle)
    const ballots = await api.cycleBallots(cycle)
    const tampered = { ...(outcome as SelectionOutcome), selected: [ids[1]!, ids[3]!] }
    const verdict = verifyFile({ outcome: tampered, ballots })
    expect(verdict.match).toBe(false)
    expect(verdict.lines.slice(1)).toEqual([
      'mismatch: the outcome is not the mes outcome',
      'the rule funds, the outcome does not (2):',
      `  ${ids[0]}  Proposal 60`,
      `  ${ids[2]}  Proposal 30`,
      'the outcome funds, the rule does not (1):',
      `  ${ids[1]}  Proposal 50`,
    ])
    const fewer: BallotApproval[] = ballots.slice(1)
    const other = verifyFile({ outcome: outcome as VerifiableOutcome, ballots: fewer })
    expect(other.match).toBe(false)
    expect(other.lines[0]).toMatch(/^ballots: not the ones on the record/)
  })

  it('says when no outcome is confirmed for the district', async () => {
    const cycle = await createCycle(db, { phase: 'selection' })
    await expect(verifyFromApi(api, cycle, DISTRICT, null)).rejects.toThrow(VerifyError)
  })
})
