// The rules in SQL (app_private.rule_outcome, migration 20260101002900) give exactly what
// src/selection gives, project for project and in the same order: on random elections (ties,
// budgets exactly exhausted, one-project "paper" ballots, empty ballots, large costs) and on the
// real Pabulib elections of tests/fixtures/pabulib small enough to run in a test.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parsePabulib } from '../../src/pabulib/parse'
import { selectionInputFromPabulib } from '../../src/selection/fromPabulib'
import { select } from '../../src/selection/select'
import { RULES, type Rule, type SelectionInput } from '../../src/selection/types'
import { openTestDatabase, type TestDatabase } from '../support/database'

const SEEDS = Number(process.env.MES_SEEDS ?? 15)
const DIR = fileURLToPath(new URL('../fixtures/pabulib/', import.meta.url))

let db: TestDatabase
beforeAll(async () => {
  db = await openTestDatabase()
})
afterAll(() => db.close())

/** Ballots as the SQL takes them: each distinct ballot once, with its count. */
function ballotTypes(ballots: SelectionInput['ballots']) {
  const types = new Map<string, { approves: string[]; count: number }>()
  for (const b of ballots) {
    const key = JSON.stringify([...b].sort())
    const type = types.get(key)
    if (type) type.count++
    else types.set(key, { approves: [...b], count: 1 })
  }
  return [...types.values()]
}

async function sqlOutcome(input: SelectionInput, rule: Rule): Promise<string[]> {
  const [row] = await db.sql<{ ids: string[] }>(
    `select app_private.rule_outcome($1, $2, $3::jsonb, $4::jsonb) as ids`,
    [
      rule,
      input.budget,
      JSON.stringify(input.projects),
      JSON.stringify(ballotTypes(input.ballots)),
    ],
  )
  return row!.ids
}

/** A deterministic pseudo-random generator (a linear congruential one), for reproducible cases. */
function random(seed: number) {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

type Kind = 'random' | 'ties' | 'exact' | 'paper' | 'large'

/** A random election of one kind. */
function election(seed: number, kind: Kind): SelectionInput {
  const next = random(seed)
  const int = (n: number) => Math.floor(next() * n)
  // Costs in thousands of an odd unit: large numbers, yet few enough units for the add-one
  // completion (with costs in millions and some 40 voters it needs millions of MES runs).
  const scale = kind === 'large' ? 1_000 + int(100) : 1
  const projects = Array.from({ length: 3 + int(9) }, (_, i) => ({
    // Ids whose text order differs from their number order, as uuids do.
    id: `${String.fromCharCode(97 + int(26))}${i}`,
    cost: kind === 'ties' ? 10 * (1 + int(3)) : scale * (1 + int(20)),
  }))
  const ballots: string[][] = Array.from({ length: 4 + int(40) }, () => {
    const share = next()
    return projects.filter(() => next() < share).map((p) => p.id)
  })
  if (kind === 'ties') {
    // Identical ballots: equal prices everywhere.
    for (let i = 0; i < ballots.length; i++) ballots[i] = [...ballots[i % 3]!]
  }
  if (kind === 'paper') {
    for (const p of projects) for (let i = int(6); i > 0; i--) ballots.push([p.id])
    ballots.push([])
  }
  const total = projects.reduce((sum, p) => sum + p.cost, 0)
  let budget = Math.round(total * (0.2 + next() * 0.6))
  if (kind === 'exact') {
    // A budget the first few projects exhaust exactly.
    budget = projects.slice(0, 1 + int(projects.length - 1)).reduce((s, p) => s + p.cost, 0)
  }
  const withVotes = projects.map((p) => ({
    ...p,
    votes: ballots.filter((b) => b.includes(p.id)).length,
  }))
  return { projects: withVotes, ballots, budget }
}

describe('the rules in SQL', () => {
  for (const kind of ['random', 'ties', 'exact', 'paper', 'large'] as const) {
    it(`agree with src/selection on ${SEEDS} ${kind} elections, every rule`, async () => {
      for (let seed = 1; seed <= SEEDS; seed++) {
        const input = election(seed * 7919 + kind.length, kind)
        for (const rule of RULES) {
          const expected = select(input, rule).selected
          expect([seed, rule, await sqlOutcome(input, rule)]).toEqual([seed, rule, expected])
        }
      }
    }, 300_000)
  }
})

describe('the rules in SQL on real elections', () => {
  // The small ones: the SQL is some ten times slower than src/selection, and the add-one
  // completion of the larger files needs hundreds of MES runs.
  for (const file of ['Netherlands_Assen_2024.pb', 'Poland_Swiecie_2023.pb']) {
    it(`agree with src/selection on ${file}, every rule`, async () => {
      const input = selectionInputFromPabulib(parsePabulib(readFileSync(DIR + file, 'utf8')))
      for (const rule of RULES) {
        expect([rule, await sqlOutcome(input, rule)]).toEqual([rule, select(input, rule).selected])
      }
    }, 120_000)
  }
})
