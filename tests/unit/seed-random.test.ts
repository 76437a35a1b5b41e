import { describe, expect, it } from 'vitest'
import { createRandom, mulberry32, seedFrom } from '../../scripts/seed/random'

describe('mulberry32', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = mulberry32(42)
    const b = mulberry32(42)
    const first = Array.from({ length: 5 }, () => a())
    expect(Array.from({ length: 5 }, () => b())).toEqual(first)
  })

  it('gives different sequences for different seeds', () => {
    expect(mulberry32(1)()).not.toBe(mulberry32(2)())
  })

  it('stays in [0, 1)', () => {
    const next = mulberry32(7)
    for (let i = 0; i < 1000; i++) {
      const x = next()
      expect(x).toBeGreaterThanOrEqual(0)
      expect(x).toBeLessThan(1)
    }
  })
})

describe('createRandom', () => {
  it('draws integers inside both bounds, reaching each of them', () => {
    const rnd = createRandom(3)
    const seen = new Set<number>()
    for (let i = 0; i < 500; i++) seen.add(rnd.int(2, 5))
    expect([...seen].sort()).toEqual([2, 3, 4, 5])
  })

  it('shuffles into a permutation without changing the input', () => {
    const input = Object.freeze([1, 2, 3, 4, 5, 6])
    const out = createRandom(9).shuffle(input)
    expect([...out].sort()).toEqual([...input])
    expect(input).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('never picks an index with zero weight', () => {
    const rnd = createRandom(11)
    for (let i = 0; i < 200; i++) expect(rnd.weighted([0, 1, 0, 2])).not.toBe(0)
  })

  it('refuses to pick from an empty array', () => {
    expect(() => createRandom(1).pick([])).toThrow()
  })
})

describe('seedFrom', () => {
  it('is stable and label-dependent', () => {
    expect(seedFrom('yards:almaty-medeu')).toBe(seedFrom('yards:almaty-medeu'))
    expect(seedFrom('yards:almaty-medeu')).not.toBe(seedFrom('yards:almaty-almaly'))
  })
})
