import { describe, expect, it } from 'vitest'
import {
  EMPTY_URL_STATE,
  formatMapView,
  formatUrlState,
  isNavigation,
  parseStalledDays,
  parseUrlState,
  type UrlState,
} from '../../src/features/shell/urlState'

const UUID = '0b7e6c2a-1f4d-4c1e-9a53-2d6f0e8b7c41'
const state = (s: Partial<UrlState>): UrlState => ({ ...EMPTY_URL_STATE, ...s })

describe('parseUrlState', () => {
  it('reads city, cycle and district', () => {
    expect(parseUrlState('?city=almaty&cycle=almaty-2026&district=almaty-medeu')).toEqual(
      state({ city: 'almaty', cycle: 'almaty-2026', district: 'almaty-medeu' }),
    )
  })

  it('reads the selection, filters, map view, language, view and metric', () => {
    const parsed = parseUrlState(
      `?sel=proposal:${UUID.toUpperCase()}&cat=lighting&status=proposal:on_ballot` +
        `&min=1000000&max=20000000&q=%D0%B4%D0%B2%D0%BE%D1%80&map=13.5/43.2389/76.8897` +
        `&lang=ru&view=list&metric=paid_per_resident`,
    )
    expect(parsed).toEqual(
      state({
        item: { kind: 'proposal', id: UUID },
        filters: {
          category: 'lighting',
          status: 'proposal:on_ballot',
          minCost: 1_000_000,
          maxCost: 20_000_000,
          text: 'двор',
        },
        map: { zoom: 13.5, center: [76.8897, 43.2389] },
        lang: 'ru',
        view: 'list',
        metric: 'paid_per_resident',
      }),
    )
  })

  it('ignores what is malformed', () => {
    expect(
      parseUrlState(
        '?city=<script>&district=&sel=proposal:42&status=proposal:draft&min=-5&max=1e9' +
          '&map=99/0/0&lang=de&view=grid&metric=area',
      ),
    ).toEqual(EMPTY_URL_STATE)
    expect(parseUrlState('?sel=vote:' + UUID).item).toBeNull()
    expect(parseUrlState('?map=12/91/0').map).toBeNull()
  })

  it('puts a reversed cost range in order and shortens a long search', () => {
    const parsed = parseUrlState(`?min=500&max=100&q=${'a'.repeat(300)}`)
    expect([parsed.filters.minCost, parsed.filters.maxCost]).toEqual([100, 500])
    expect(parsed.filters.text).toHaveLength(100)
  })
})

describe('formatUrlState', () => {
  it('writes every part back so that parsing gives the same state', () => {
    const s = state({
      city: 'almaty',
      cycle: 'almaty-2020',
      district: 'almaty-medeu',
      item: { kind: 'project', id: UUID },
      filters: {
        category: 'roads',
        status: 'project:completed',
        minCost: 0,
        maxCost: 5_000_000,
        text: 'жол жөндеу',
      },
      map: { zoom: 12, center: [76.9286, 43.2567] },
      lang: 'kk',
      view: 'list',
      metric: 'votes',
    })
    const search = formatUrlState('', s)
    expect(search).toBe(
      `?city=almaty&cycle=almaty-2020&district=almaty-medeu&sel=project%3A${UUID}` +
        '&cat=roads&status=project%3Acompleted&min=0&max=5000000' +
        '&q=%D0%B6%D0%BE%D0%BB+%D0%B6%D3%A9%D0%BD%D0%B4%D0%B5%D1%83' +
        '&view=list&metric=votes&map=12%2F43.2567%2F76.9286&lang=kk',
    )
    expect(parseUrlState(search)).toEqual(s)
  })

  it('drops empty parts and keeps parameters it does not own', () => {
    expect(formatUrlState('?utm=x&district=old', state({ city: 'astana', cycle: 'c1' }))).toBe(
      '?city=astana&cycle=c1&utm=x',
    )
    expect(formatUrlState('', EMPTY_URL_STATE)).toBe('')
  })
})

describe('the money view in the address', () => {
  it('round-trips the view, the stalled span and the table order', () => {
    const s = state({ city: 'almaty', view: 'money', stalled: 30, sort: '-paid' })
    const search = formatUrlState('', s)
    expect(search).toBe('?city=almaty&view=money&stalled=30&sort=-paid')
    expect(parseUrlState(search)).toEqual(s)
  })

  it('keeps only whole days from 1 to 3650 and plain column names', () => {
    for (const bad of ['0', '3651', '-5', '1.5', 'abc', '']) {
      expect(parseUrlState(`?stalled=${bad}`).stalled).toBeNull()
    }
    expect(parseUrlState('?stalled=3650').stalled).toBe(3650)
    expect(parseStalledDays(' 45 ')).toBe(45)
    expect(parseUrlState('?sort=--paid').sort).toBeNull()
    expect(parseUrlState('?sort=paid;drop').sort).toBeNull()
  })

  it('reads a flag filter, and switching to the money view is a step back can undo', () => {
    expect(parseUrlState('?status=flag:late').filters.status).toBe('flag:late')
    expect(parseUrlState('?status=flag:broken').filters.status).toBeNull()
    expect(isNavigation(state({ view: 'map' }), state({ view: 'money' }))).toBe(true)
    expect(isNavigation(state({ view: 'money' }), state({ view: 'money', sort: 'paid' }))).toBe(
      false,
    )
  })
})

describe('formatMapView', () => {
  it('rounds the centre more finely the closer the zoom', () => {
    expect(formatMapView({ zoom: 5.123, center: [71.43, 51.13] })).toBe('5.12/51.13/71.43')
    expect(formatMapView({ zoom: 17, center: [76.9286123, 43.2567891] })).toBe(
      '17/43.256789/76.928612',
    )
  })
})

describe('isNavigation', () => {
  it('is true for a new selection or view, false for filters and map moves', () => {
    const from = state({ city: 'almaty' })
    expect(isNavigation(from, state({ city: 'almaty', district: 'almaty-medeu' }))).toBe(true)
    expect(
      isNavigation(from, state({ city: 'almaty', item: { kind: 'proposal', id: UUID } })),
    ).toBe(true)
    expect(isNavigation(from, state({ city: 'almaty', view: 'list' }))).toBe(true)
    expect(
      isNavigation(
        from,
        state({ city: 'almaty', filters: { ...from.filters, text: 'park' }, map: null }),
      ),
    ).toBe(false)
    expect(isNavigation(from, state({ city: 'almaty', map: { zoom: 3, center: [0, 0] } }))).toBe(
      false,
    )
  })
})

describe('compose (the proposal form)', () => {
  it('round-trips a new proposal and one of the resident’s own, and drops anything else', () => {
    expect(parseUrlState('?compose=new').compose).toBe('new')
    expect(parseUrlState(`?compose=${UUID.toUpperCase()}`).compose).toEqual({ id: UUID })
    expect(parseUrlState('?compose=<script>').compose).toBeNull()
    expect(formatUrlState('', state({ compose: 'new' }))).toBe('?compose=new')
    expect(formatUrlState('', state({ compose: { id: UUID } }))).toBe(`?compose=${UUID}`)
  })

  it('opening or closing the form is a step back and forward can walk', () => {
    expect(isNavigation(state({}), state({ compose: 'new' }))).toBe(true)
    expect(isNavigation(state({ compose: { id: UUID } }), state({ compose: { id: UUID } }))).toBe(
      false,
    )
    // Saving a new proposal names it in the address without a new history entry.
    expect(isNavigation(state({ compose: 'new' }), state({ compose: { id: UUID } }))).toBe(false)
    expect(isNavigation(state({ compose: { id: UUID } }), state({}))).toBe(true)
  })
})
