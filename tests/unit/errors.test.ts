import { describe, expect, it } from 'vitest'
import { ApiError, errorKey } from '../../src/api/errors'

describe('errorKey', () => {
  it('uses the rule key our database raises', () => {
    expect(errorKey('QA001', 'vote_limit_reached')).toBe('vote_limit_reached')
    expect(errorKey('42501', 'not_allowed_for_role')).toBe('not_allowed_for_role')
  })

  it('maps PostgreSQL errors without a key to generic keys', () => {
    expect(errorKey('42501', 'new row violates row-level security policy for table "votes"')).toBe(
      'forbidden',
    )
    expect(errorKey('42501', 'permission denied for function cast_vote')).toBe('forbidden')
    expect(errorKey('23514', 'new row for relation "profiles" violates check constraint')).toBe(
      'invalid_value',
    )
    expect(errorKey('22P02', 'invalid input syntax for type uuid: "x"')).toBe('invalid_input')
    expect(errorKey('23505', 'duplicate key value')).toBe('duplicate')
    expect(errorKey('PGRST202', 'Could not find the function')).toBe('unknown_function')
    expect(errorKey('NETWORK', 'TypeError: Failed to fetch')).toBe('network')
    expect(errorKey('XX000', 'internal error')).toBe('unknown_error')
  })

  it('maps what is left by SQLSTATE class, so no raw error reaches the app', () => {
    expect(errorKey('22008', 'date out of range')).toBe('invalid_input')
    expect(errorKey('22021', 'invalid byte sequence for encoding "UTF8": 0x00')).toBe(
      'invalid_input',
    )
    expect(errorKey('23P01', 'conflicting key value violates exclusion constraint')).toBe(
      'invalid_value',
    )
    expect(errorKey('40001', 'could not serialize access')).toBe('try_again')
    expect(errorKey('40P01', 'deadlock detected')).toBe('try_again')
    expect(errorKey('55P03', 'could not obtain lock')).toBe('try_again')
    expect(errorKey('57014', 'canceling statement due to statement timeout')).toBe('try_again')
    expect(errorKey('53300', 'too many connections')).toBe('try_again')
    expect(errorKey('54001', 'stack depth limit exceeded')).toBe('input_too_complex')
  })

  it('never takes a free-text message for a key', () => {
    expect(errorKey('QA001', 'Vote limit reached!')).toBe('unknown_error')
  })
})

describe('ApiError', () => {
  it('keeps the PostgREST fields and derives the key', () => {
    const e = new ApiError({
      code: 'QA001',
      message: 'cost_above_cap',
      details: '15000000',
      hint: null,
    })
    expect(e).toBeInstanceOf(Error)
    expect(e).toMatchObject({ key: 'cost_above_cap', details: '15000000', hint: '' })
  })
})
