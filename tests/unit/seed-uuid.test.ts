import { describe, expect, it } from 'vitest'
import { uuidV5 } from '../../scripts/seed/uuid'

describe('uuidV5', () => {
  it('matches the standard version-5 result (Python uuid.uuid5(NAMESPACE_DNS, …))', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    )
  })

  it('gives the same id for the same name and different ids for different names', () => {
    expect(uuidV5('demo:citizen:almaty-medeu')).toBe(uuidV5('demo:citizen:almaty-medeu'))
    expect(uuidV5('demo:citizen:almaty-medeu')).not.toBe(uuidV5('demo:citizen:almaty-almaly'))
  })

  it('writes a version-5, RFC-variant UUID', () => {
    expect(uuidV5('anything')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
  })
})
