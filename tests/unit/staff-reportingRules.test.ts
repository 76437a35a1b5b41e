import { describe, expect, it } from 'vitest'
import {
  contractErrors,
  parseProgress,
  paymentErrors,
  paymentOverBudget,
  reversalErrors,
  updateErrors,
  type ContractForm,
} from '../../src/features/staff/reportingRules'
import { parseVoteCount } from '../../src/features/staff/PaperVotesForm'
import { actsInDistrict, reviewerCapacities } from '../../src/features/staff/staffRoles'
import type { Profile } from '../../src/api/types'

describe('reporting rules', () => {
  it('reads whole percents from 0 to 100, with or without the sign', () => {
    expect([parseProgress('0'), parseProgress(' 45 % '), parseProgress('100')]).toEqual([
      0, 45, 100,
    ])
    for (const bad of ['', '101', '-5', '4.5', 'half']) expect(parseProgress(bad)).toBeNull()
  })

  it('wants 100 % for a completed project and a note of at most 4,000 characters', () => {
    expect(
      updateErrors({ status: 'in_progress', progress: '40', note: '', photoPath: null }),
    ).toEqual({})
    expect(
      updateErrors({ status: 'completed', progress: '95', note: '', photoPath: null }),
    ).toEqual({
      progress: 'reporting.completedNeedsFull',
    })
    expect(
      updateErrors({ status: 'planned', progress: 'x', note: 'a'.repeat(4001), photoPath: null }),
    ).toEqual({
      progress: 'reporting.progressInvalid',
      note: 'reporting.noteTooLong',
    })
  })

  it('wants a payment in whole tenge, dated no later than today, with its document', () => {
    const today = '2026-11-23'
    expect(
      paymentErrors(
        { amount: '12 500 000', paidOn: today, documentRef: 'ПП №12 от 23.11.2026' },
        today,
      ),
    ).toEqual({})
    expect(paymentErrors({ amount: '', paidOn: '', documentRef: ' ' }, today)).toEqual({
      amount: 'reporting.amountRequired',
      paidOn: 'reporting.dateRequired',
      documentRef: 'reporting.documentRequired',
    })
    expect(
      paymentErrors(
        { amount: '100,50', paidOn: '2026-11-24', documentRef: 'x'.repeat(201) },
        today,
      ),
    ).toEqual({
      amount: 'errors.cost_not_whole_tenge',
      paidOn: 'errors.payment_in_future',
      documentRef: 'reporting.documentTooLong',
    })
  })

  it('asks for the confirmation and a reason above the approved budget, and refuses twice the budget', () => {
    const today = '2026-11-23'
    const money = { approved: 24_800_000, paid: 20_000_000 }
    const form = { amount: '4 800 000', paidOn: today, documentRef: 'ПП №1' }
    expect(paymentOverBudget('4 800 000', money)).toBe(false)
    expect(paymentErrors(form, today, money)).toEqual({})
    const over = { ...form, amount: '4 800 001' }
    expect(paymentOverBudget(over.amount, money)).toBe(true)
    expect(paymentErrors(over, today, money)).toEqual({
      overBudget: 'reporting.overBudgetUnconfirmed',
    })
    expect(
      paymentErrors({ ...over, overBudget: true, overBudgetReason: ' a ' }, today, money),
    ).toEqual({
      overBudgetReason: 'reporting.reasonRequired',
    })
    expect(
      paymentErrors(
        { ...over, overBudget: true, overBudgetReason: 'Amendment No. 2.' },
        today,
        money,
      ),
    ).toEqual({})
    expect(
      paymentErrors(
        { ...form, amount: '999 999 999 999', overBudget: true, overBudgetReason: 'Why not' },
        today,
        money,
      ),
    ).toEqual({ amount: 'errors.payment_above_ceiling' })
  })

  it('wants the payment and a reason for a reversal', () => {
    expect(reversalErrors({ paymentId: '', reason: '' })).toEqual({
      paymentId: 'reporting.reversalChoose',
      reason: 'reporting.reasonRequired',
    })
    expect(reversalErrors({ paymentId: 'p', reason: 'Entered twice.' })).toEqual({})
  })

  it('checks a contract as the database does: goszakup number, dates in order, reasons', () => {
    const form: ContractForm = {
      contractor: 'ТОО «Жасыл Қала»',
      amount: '22 000 000',
      plannedStart: '2026-05-01',
      plannedEnd: '2026-10-31',
      procurementRef: '87491617-зцп1',
      reason: '',
    }
    expect(contractErrors(form, 24_800_000, false)).toEqual({})
    for (const ref of ['16776705-1', '42292333-ОЛ-ЗЦП1', '86099233-ОК1'])
      expect(contractErrors({ ...form, procurementRef: ref }, 24_800_000, false)).toEqual({})
    expect(
      contractErrors(
        { ...form, procurementRef: 'ГЗ-1', plannedStart: '2026-11-01', contractor: ' ' },
        24_800_000,
        false,
      ),
    ).toEqual({
      contractor: 'errors.contractor_required',
      plannedEnd: 'errors.contract_dates_reversed',
      procurementRef: 'errors.procurement_ref_invalid',
    })
    expect(contractErrors({ ...form, amount: '30 000 000' }, 24_800_000, false)).toEqual({
      reason: 'errors.contract_over_budget',
    })
    expect(contractErrors(form, 24_800_000, true)).toEqual({
      reason: 'errors.contract_amendment_needs_reason',
    })
    expect(
      contractErrors({ ...form, amount: '60 000 000', reason: 'Big.' }, 24_800_000, true),
    ).toEqual({
      amount: 'errors.contract_above_ceiling',
    })
  })
})

describe('acting in a district', () => {
  const profile = (m: Profile['memberships']): Profile => ({
    id: 'u',
    display_name: 'x',
    home_district_id: null,
    account_code: '0123456789',
    residency: null,
    language: 'en',
    memberships: m,
  })
  it('is for the district’s officials and the city’s admins, not experts or other districts', () => {
    const official = profile([{ role: 'official', city_id: 'almaty', district_id: 'almaty-medeu' }])
    expect(actsInDistrict(official, 'almaty', 'almaty-medeu')).toBe(true)
    expect(actsInDistrict(official, 'almaty', 'almaty-almaly')).toBe(false)
    const admin = profile([{ role: 'admin', city_id: 'almaty', district_id: null }])
    expect(actsInDistrict(admin, 'almaty', 'almaty-almaly')).toBe(true)
    expect(actsInDistrict(admin, 'astana', 'astana-saryarka')).toBe(false)
    const expert = profile([{ role: 'expert', city_id: 'almaty', district_id: null }])
    expect(actsInDistrict(expert, 'almaty', 'almaty-medeu')).toBe(false)
    expect(actsInDistrict(null, 'almaty', 'almaty-medeu')).toBe(false)
  })
})

describe('paper vote counts and review capacities', () => {
  it('reads a whole count of votes, spaces allowed, up to ten million', () => {
    expect([parseVoteCount('12'), parseVoteCount('1 200'), parseVoteCount('0')]).toEqual([
      12, 1200, 0,
    ])
    for (const bad of ['', '-1', '1.5', 'двенадцать', '10000001']) {
      expect(parseVoteCount(bad)).toBeNull()
    }
  })

  it('gives each staff role the capacities the database allows it, in its district', () => {
    const p = (role: Profile['memberships'][number]['role'], district: string | null = null) => ({
      id: 'u',
      display_name: 'x',
      home_district_id: null,
      account_code: '0123456789',
      residency: null,
      language: 'en' as const,
      memberships: [{ role, city_id: 'almaty', district_id: district }],
    })
    expect(reviewerCapacities(p('official', 'almaty-medeu'), 'almaty', 'almaty-medeu')).toEqual([
      'akimat',
    ])
    expect(reviewerCapacities(p('official', 'almaty-medeu'), 'almaty', 'almaty-almaly')).toEqual([])
    expect(reviewerCapacities(p('expert'), 'almaty', 'almaty-almaly')).toEqual(['expert'])
    expect(reviewerCapacities(p('council'), 'almaty', 'almaty-almaly')).toEqual(['public_council'])
    expect(reviewerCapacities(p('commission'), 'almaty', 'almaty-almaly')).toEqual([
      'budget_commission',
    ])
    // The admin runs the cycle: the akimat's view, never an independent one.
    expect(reviewerCapacities(p('admin'), 'almaty', 'almaty-medeu')).toEqual(['akimat'])
    expect(reviewerCapacities(p('admin'), 'astana', 'astana-saryarka')).toEqual([])
  })
})
