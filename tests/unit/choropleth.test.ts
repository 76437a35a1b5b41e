import { describe, expect, it } from 'vitest'
import {
  CHOROPLETH_COLORS,
  NEUTRAL_COLOR,
  choroplethClasses,
  classColor,
  legendEntries,
} from '../../src/map/choropleth'
import { deepFreeze } from './deepFreeze'

const mln = (n: number) => n * 1_000_000

describe('choroplethClasses', () => {
  it('is null when there is nothing to tell apart', () => {
    expect(choroplethClasses([])).toBeNull()
    expect(choroplethClasses([mln(500), mln(500), mln(500)])).toBeNull()
    expect(choroplethClasses([Number.NaN])).toBeNull()
  })

  it('makes at most five classes, each holding a district', () => {
    const values = deepFreeze([300, 350, 400, 450, 500, 550, 600, 650].map(mln))
    const classes = choroplethClasses(values)!
    expect(classes.colors).toEqual([...CHOROPLETH_COLORS])
    expect(classes.breaks).toHaveLength(4)
    const used = new Set(values.map((v) => classColor(classes, v)))
    expect(used.size).toBe(5)
  })

  it('spreads the ramp over fewer classes, lightest and darkest included', () => {
    const classes = choroplethClasses([mln(100), mln(200)])!
    expect(classes.breaks).toEqual([mln(200)])
    expect(classes.colors).toEqual([CHOROPLETH_COLORS[0], CHOROPLETH_COLORS[4]])
  })

  it('keeps breaks strictly ascending with repeated values', () => {
    const classes = choroplethClasses([1, 1, 1, 2, 2, 3, 3, 3, 9])!
    for (let i = 1; i < classes.breaks.length; i++) {
      expect(classes.breaks[i]).toBeGreaterThan(classes.breaks[i - 1]!)
    }
  })
})

describe('classColor', () => {
  it('is neutral without classes', () => {
    expect(classColor(null, 5)).toBe(NEUTRAL_COLOR)
  })

  it('is darker for larger values', () => {
    const classes = choroplethClasses([1, 2, 3, 4, 5])!
    expect(classColor(classes, 1)).toBe(CHOROPLETH_COLORS[0])
    expect(classColor(classes, 5)).toBe(CHOROPLETH_COLORS[4])
  })
})

describe('legendEntries', () => {
  it('gives the real range of each class', () => {
    const values = [10, 20, 30, 40, 50, 60]
    const entries = legendEntries(choroplethClasses(values), values)
    expect(entries[0]).toMatchObject({ min: 10 })
    expect(entries.at(-1)).toMatchObject({ max: 60, color: CHOROPLETH_COLORS[4] })
    expect(entries.flatMap((e) => [e.min, e.max]).every((v) => values.includes(v))).toBe(true)
  })

  it('has one neutral row when all values are equal, none without values', () => {
    expect(legendEntries(null, [7, 7])).toEqual([{ color: NEUTRAL_COLOR, min: 7, max: 7 }])
    expect(legendEntries(null, [])).toEqual([])
  })
})
