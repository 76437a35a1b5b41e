// Plans the benchmarks depend on (npm run bench, "The API at …"): the published-status check
// that RLS adds to every proposal read is inlined into the plan as a plain array test, not a
// function call per row — a call per row doubled a citizen's district summaries at 100,000
// proposals against the same call without RLS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database'
import { createPerson } from '../support/fixtures'

let db: TestDatabase
beforeAll(async () => {
  db = await openTestDatabase()
})
afterAll(() => db.close())

describe('query plans', () => {
  it('inlines the published check of the proposals policy and of the API', async () => {
    const citizen = await createPerson(db, { home: 'almaty-medeu' })
    const plan = (
      await db.as<{ 'QUERY PLAN': string }>(
        citizen.claims,
        `explain (costs off) select count(*) from public.proposals p
         where p.cycle_id = 'almaty-2020' and app_private.is_published(p.status)`,
      )
    )
      .map((r) => r['QUERY PLAN'])
      .join('\n')
    // The policy applied (the author test is there), and neither check is a function call.
    expect(plan).toContain('author_id')
    expect(plan).toMatch(/status = ANY/)
    expect(plan).not.toContain('is_published')
  })
})
