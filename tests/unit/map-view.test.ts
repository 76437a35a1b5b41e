import { describe, expect, it } from 'vitest'
import { isValidView, roundView, sameView } from '../../src/map/view'

describe('roundView', () => {
  it('keeps about a metre and a hundredth of a zoom level', () => {
    expect(roundView(76.9456789, 43.2389123, 11.23456)).toEqual({
      center: [76.94568, 43.23891],
      zoom: 11.23,
    })
  })
})

describe('sameView', () => {
  it('ignores differences below the rounding', () => {
    const a = { center: [76.94568, 43.23891] as [number, number], zoom: 11.23 }
    expect(sameView(a, { center: [76.945681, 43.238909], zoom: 11.2301 })).toBe(true)
    expect(sameView(a, { center: [76.9457, 43.23891], zoom: 11.23 })).toBe(false)
    expect(sameView(a, { ...a, zoom: 12 })).toBe(false)
    expect(sameView(null, null)).toBe(true)
    expect(sameView(a, null)).toBe(false)
  })
})

describe('isValidView', () => {
  it('accepts a camera the map can show, nothing else', () => {
    expect(isValidView({ center: [76.9, 43.2], zoom: 11 })).toBe(true)
    expect(isValidView({ center: [Number.NaN, 43.2], zoom: 11 })).toBe(false)
    expect(isValidView({ center: [190, 43.2], zoom: 11 })).toBe(false)
    expect(isValidView({ center: [76.9, 43.2], zoom: 40 })).toBe(false)
    expect(isValidView(null)).toBe(false)
  })
})
