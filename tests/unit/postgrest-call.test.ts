import { describe, expect, it } from 'vitest'
import { buildCall } from '../../src/embedded/postgrest-call'

const signature = {
  argNames: ['p_id', 'p_amount', 'p_paid_on'],
  argTypes: ['uuid', 'bigint', 'date'],
  returnsSet: false,
}

describe('buildCall', () => {
  it('passes named, typed parameters in the order given', () => {
    const call = buildCall('record_payment', signature, {
      p_amount: 12_000_000,
      p_id: 'c0ffee00-0000-4000-8000-000000000000',
    })
    expect(call.sql).toBe(
      'select to_json(api.record_payment(p_amount => $1::bigint, p_id => $2::uuid)) as result',
    )
    expect(call.params).toEqual(['12000000', 'c0ffee00-0000-4000-8000-000000000000'])
  })

  it('aggregates set-returning functions into a JSON array', () => {
    const call = buildCall('list_cities', { argNames: [], argTypes: [], returnsSet: true }, {})
    expect(call.sql).toBe(
      "select coalesce(json_agg(r), '[]'::json) as result from api.list_cities() r",
    )
  })

  it('sends null for missing values and JSON for objects', () => {
    const call = buildCall(
      'f',
      { argNames: ['a', 'b'], argTypes: ['text', 'jsonb'], returnsSet: false },
      { a: undefined, b: { x: 1 } },
    )
    expect(call.params).toEqual([null, '{"x":1}'])
  })

  it('refuses an argument the function does not have, so nothing is injected', () => {
    expect(() => buildCall('record_payment', signature, { 'p_id) from x; --': 1 })).toThrow(
      'has no argument',
    )
  })
})
