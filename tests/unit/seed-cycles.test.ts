import { describe, expect, it } from 'vitest'
import { CYCLES, PHASES, SARYARKA_GROUPS, cycle, phaseDates } from '../../scripts/seed/cycles'

describe('demo cycles', () => {
  it('date every phase, in order, without overlaps', () => {
    for (const c of CYCLES) {
      expect(c.dates).toHaveLength(PHASES.length)
      c.dates.forEach(([from, to], i) => {
        expect(from <= to).toBe(true)
        if (i > 0) expect(c.dates[i - 1]![1] < from).toBe(true)
      })
    }
  })

  it('keep the real facts of the Saryarka 2019 pilot', () => {
    const c = cycle('astana-saryarka-2019')
    expect(c).toMatchObject({
      year: 2019,
      phase: 'reporting',
      cap: 15_000_000,
      votesPerVoter: 1,
      isDemo: false,
    })
    expect(c.allocations).toEqual([['astana-saryarka', 100_000_000]])
    expect(SARYARKA_GROUPS.reduce((s, g) => s + g.allocation, 0)).toBe(100_000_000)
    const winners = SARYARKA_GROUPS.flatMap((g) => g.winnersPerYard)
    expect(winners.reduce((a, b) => a + b, 0)).toBe(14)
    expect(winners).toHaveLength(8)
  })

  it('keep the rules of Almaty’s first round (2020 budget): 500 mln for each of 8 districts, no cap', () => {
    const c = cycle('almaty-2020')
    expect(c).toMatchObject({ cap: null, votesPerVoter: 3, isDemo: false, phase: 'execution' })
    expect(c.allocations).toHaveLength(8)
    for (const [, allocation] of c.allocations) expect(allocation).toBe(500_000_000)
    expect(phaseDates(c, 'voting')).toEqual(['2019-11-03', '2019-11-12'])
  })

  it('split the ballot groups by flats without gaps', () => {
    expect(SARYARKA_GROUPS.map((g) => [g.minFlats, g.maxFlats])).toEqual([
      [1, 40],
      [41, 100],
      [101, null],
    ])
  })

  it('open Almaty 2026 voting from 1 November to 15 December 2026', () => {
    const c = cycle('almaty-2026')
    expect(c.phase).toBe('voting')
    expect(phaseDates(c, 'voting')).toEqual(['2026-11-01', '2026-12-15'])
    expect(c.allocations).toHaveLength(8)
    expect(c.allocations.every(([, a]) => a === 800_000_000)).toBe(true)
  })

  it('throw for an unknown cycle', () => {
    expect(() => cycle('shymkent-2026')).toThrow()
  })
})
