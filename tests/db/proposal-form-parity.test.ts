// The proposal form checks a submission before sending it (src/features/propose/proposalRules.ts)
// and the database checks it again. Here both judge the same forms, at the edges of every rule:
// where the form says yes the database must accept, and where it names a problem the database
// must refuse with the same key.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { saveProposalArgs } from '../../src/api/client'
import type { ProposalDetail } from '../../src/api/types'
import {
  draftOf,
  submissionErrors,
  type ProposalForm,
} from '../../src/features/propose/proposalRules'
import { openTestDatabase, type TestDatabase } from '../support/database'
import { createCycle, createPerson, pointIn } from '../support/fixtures'

const CAP = 50_000_000

let db: TestDatabase
let base: ProposalForm
beforeAll(async () => {
  db = await openTestDatabase()
  base = {
    title: 'Скамейки во дворе',
    description: 'Шесть скамеек и четыре урны у детской площадки.',
    categoryId: 'improvement',
    cost: '12 500 000',
    point: (await pointIn(db, 'almaty-medeu')) as [number, number],
    photoPath: null,
  }
})
afterAll(() => db.close())

/** The database's verdict on submitting a form: 'ok' or its refusal key. */
async function databaseVerdict(form: ProposalForm): Promise<string> {
  const cycle = await createCycle(db, { cap: CAP })
  const citizen = await createPerson(db)
  try {
    const saved = await db.call<ProposalDetail>(
      citizen.claims,
      'save_proposal',
      saveProposalArgs(draftOf(cycle, null, form)),
    )
    await db.call(citizen.claims, 'submit_proposal', { p_id: saved.id })
    return 'ok'
  } catch (e) {
    return (e as { key?: string }).key ?? String(e)
  }
}

const CASES: [string, Partial<ProposalForm>][] = [
  ['a complete proposal', {}],
  ['a title of 4 characters', { title: 'Парк' }],
  ['a title of 5 characters', { title: 'Парки' }],
  ['a title of spaces around 4 characters', { title: '   Парк   ' }],
  ['a description of 19 characters', { description: 'x'.repeat(19) }],
  ['a description of 20 characters', { description: 'x'.repeat(20) }],
  ['no category', { categoryId: '' }],
  ['no cost', { cost: '' }],
  ['a cost at the cap', { cost: String(CAP) }],
  ['a cost one tenge above the cap', { cost: String(CAP + 1) }],
  ['no place', { point: null }],
]

describe('the form and the database agree on a submission', () => {
  for (const [name, patch] of CASES) {
    it(name, async () => {
      const form = { ...base, ...patch }
      const errors = Object.values(submissionErrors(form, { project_cost_cap: CAP }, 'inside'))
      const verdict = await databaseVerdict(form)
      if (errors.length === 0) expect(verdict).toBe('ok')
      else expect(errors).toContain(verdict)
    })
  }
})
