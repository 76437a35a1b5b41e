import { describe, expect, it } from 'vitest'
import type { Profile } from '../../src/api/types'
import { decisionError } from '../../src/features/staff/decisionRules'
import { nextPhase, staffRoles } from '../../src/features/staff/staffRoles'

const profile = (memberships: Profile['memberships']): Profile => ({
  id: 'u',
  display_name: 'Test',
  home_district_id: null,
  account_code: '0123456789',
  residency: null,
  language: 'en',
  memberships,
})

describe('staff roles', () => {
  it('finds the admin and the reviewer in the city they serve, and nowhere else', () => {
    const admin = profile([{ role: 'admin', city_id: 'astana', district_id: null }])
    expect(staffRoles(admin, 'astana')).toEqual({ admin: true, reviewer: true })
    expect(staffRoles(admin, 'almaty')).toEqual({ admin: false, reviewer: false })
    const official = profile([{ role: 'official', city_id: 'almaty', district_id: 'almaty-medeu' }])
    expect(staffRoles(official, 'almaty')).toEqual({ admin: false, reviewer: true })
    const expert = profile([{ role: 'expert', city_id: 'almaty', district_id: null }])
    expect(staffRoles(expert, 'almaty')).toEqual({ admin: false, reviewer: true })
  })

  it('gives a resident or a visitor no staff tools', () => {
    expect(staffRoles(profile([]), 'almaty')).toEqual({ admin: false, reviewer: false })
    expect(staffRoles(null, 'almaty')).toEqual({ admin: false, reviewer: false })
    expect(staffRoles(undefined, 'almaty')).toEqual({ admin: false, reviewer: false })
  })
})

describe('next phase', () => {
  it('walks the phases forward in order and stops at closed', () => {
    const walked = ['planning']
    for (let p = nextPhase('planning'); p; p = nextPhase(p)) walked.push(p)
    expect(walked).toEqual([
      'planning',
      'submission',
      'review',
      'voting',
      'selection',
      'execution',
      'reporting',
      'closed',
    ])
  })
})

describe('decision rules', () => {
  it('needs a reason to reject, spaces not counting, and none to put on the ballot', () => {
    expect(decisionError('rejected', '')).toBe('rejection_reason_required')
    expect(decisionError('rejected', '  \n ')).toBe('rejection_reason_required')
    expect(decisionError('rejected', 'Outside municipal land.')).toBeNull()
    expect(decisionError('on_ballot', '')).toBeNull()
  })
})
