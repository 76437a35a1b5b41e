import { describe, expect, it } from 'vitest'
import { createRandom } from '../../scripts/seed/random'
import { day } from '../../scripts/seed/time'
import {
  ALMATY_2020_KINDS,
  almaty2020Plan,
  realize,
  saryarka2019Plan,
  type Almaty2020Kind,
} from '../../scripts/seed/timelines'

const CONTRACTORS = Object.freeze(['ТОО «Тест» (демо)'])
const COST = 80_000_000
const TODAY = day('2026-11-23')

function run(kind: Almaty2020Kind, seed = 1) {
  const rnd = createRandom(seed)
  const plan = almaty2020Plan(rnd, kind, COST, CONTRACTORS)
  return { plan, ...realize(rnd, plan) }
}

describe('almaty2020Plan + realize', () => {
  it.each(ALMATY_2020_KINDS)(
    '%s: updates strictly in time order, after creation, in the past',
    (kind) => {
      for (let seed = 1; seed <= 10; seed++) {
        const { updates, payments, createdAt } = run(kind, seed)
        expect(updates[0]!.createdAt).toBeGreaterThan(createdAt)
        for (let i = 1; i < updates.length; i++) {
          expect(updates[i]!.createdAt).toBeGreaterThan(updates[i - 1]!.createdAt)
        }
        for (const x of [...updates, ...payments]) expect(x.createdAt).toBeLessThan(TODAY)
      }
    },
  )

  it('ends each kind in the state its name promises', () => {
    const last = (kind: Almaty2020Kind) => run(kind).updates.at(-1)!
    expect(last('completed')).toMatchObject({ status: 'completed', progress: 100 })
    expect(last('completed-over-budget')).toMatchObject({ status: 'completed', progress: 100 })
    expect(last('late').status).toBe('in_progress')
    expect(last('in_progress').status).toBe('in_progress')
    expect(last('contracted')).toMatchObject({ status: 'contracted', progress: 0 })
    expect(last('procurement')).toMatchObject({ status: 'procurement', progress: 0 })
  })

  it('makes only the late kinds late: planned end passed, not completed', () => {
    for (const kind of ALMATY_2020_KINDS) {
      const { plan, updates } = run(kind)
      const late = day(plan.planned[1]) < TODAY && updates.at(-1)!.status !== 'completed'
      expect(late).toBe(kind === 'late' || kind === 'late-over-budget')
    }
  })

  it('pays more than the approved cost only for the over-budget kinds', () => {
    for (const kind of ALMATY_2020_KINDS) {
      const paid = run(kind).payments.reduce((s, p) => s + p.amount, 0)
      expect(paid > COST).toBe(kind.endsWith('over-budget'))
    }
  })

  it('pays a completed project exactly its contract', () => {
    const { plan, payments } = run('completed')
    expect(payments.reduce((s, p) => s + p.amount, 0)).toBe(plan.contract)
    expect(payments.every((p) => p.documentRef.startsWith('ПП №'))).toBe(true)
  })

  it('has no contract or contractor while still in procurement', () => {
    expect(run('procurement').plan).toMatchObject({ contract: null, contractor: null })
  })
})

describe('saryarka2019Plan', () => {
  it('finishes in 2019, late only when asked', () => {
    for (const late of [false, true]) {
      const rnd = createRandom(3)
      const plan = saryarka2019Plan(rnd, 6_000_000, late, CONTRACTORS)
      const { updates, payments } = realize(rnd, plan)
      const done = updates.at(-1)!
      expect(done).toMatchObject({ status: 'completed', progress: 100 })
      expect(done.createdAt > day(plan.planned[1]) + 86_400_000).toBe(late)
      expect(payments.reduce((s, p) => s + p.amount, 0)).toBe(plan.contract)
      expect(plan.contract!).toBeLessThanOrEqual(6_000_000)
    }
  })
})
