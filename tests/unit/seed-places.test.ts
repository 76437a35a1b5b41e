import { describe, expect, it } from 'vitest'
import { STREETS, builtUp, formatAddress, formatStreet, yardNames } from '../../scripts/seed/places'

const DISTRICTS = [
  ...['alatau', 'almaly', 'auezov', 'bostandyk', 'zhetysu', 'medeu', 'nauryzbay', 'turksib'].map(
    (d) => `almaty-${d}`,
  ),
  ...['saryarka', 'baikonur', 'nura', 'esil', 'sarayshyk', 'almaty'].map((d) => `astana-${d}`),
]

describe('demo street names', () => {
  it('cover every current district of both cities', () => {
    for (const d of DISTRICTS) expect(STREETS[d]?.length).toBeGreaterThanOrEqual(3)
  })

  it('name a yard in the three languages', () => {
    const kenesary = STREETS['astana-saryarka']!.find((s) => s.en === 'Kenesary')!
    expect(yardNames(formatAddress(kenesary, '40'))).toEqual({
      ru: 'Двор: ул. Кенесары, 40',
      kk: 'Аула: Кенесары к-сі, 40',
      en: 'Yard: 40 Kenesary St',
    })
  })

  it('write avenues and microdistricts in their own forms', () => {
    expect(
      formatAddress({ kind: 'avenue', ru: 'Достык', kk: 'Достық', en: 'Dostyk' }, '5'),
    ).toEqual({
      ru: 'пр. Достык, 5',
      kk: 'Достық даңғ., 5',
      en: '5 Dostyk Ave',
    })
    expect(
      formatStreet({ kind: 'microdistrict', ru: 'Аксай-4', kk: 'Ақсай-4', en: 'Aksai-4' }),
    ).toEqual({
      ru: 'мкр. Аксай-4',
      kk: 'Ақсай-4 шағын ауданы',
      en: 'Aksai-4 microdistrict',
    })
  })

  it('give a built-up box for every district, narrower where the district reaches the mountains', () => {
    for (const d of DISTRICTS) expect(builtUp(d)).toHaveLength(4)
    expect(builtUp('almaty-medeu')[2]).toBeLessThan(builtUp('almaty-almaly')[2])
    expect(() => builtUp('shymkent-abay')).toThrow()
  })
})
