import { describe, expect, it } from 'vitest'
import { localizedName, localizedTitle, toLanguage } from '../../src/i18n/localized'

describe('localizedName', () => {
  const medeu = { name_kk: 'Медеу ауданы', name_ru: 'Медеуский район', name_en: 'Medeu' }

  it('picks the name in the language', () => {
    expect(localizedName(medeu, 'kk')).toBe('Медеу ауданы')
    expect(localizedName(medeu, 'ru')).toBe('Медеуский район')
    expect(localizedName(medeu, 'en')).toBe('Medeu')
  })

  it('falls back when a name is empty', () => {
    expect(localizedName({ ...medeu, name_kk: '' }, 'kk')).toBe('Медеуский район')
    expect(localizedName({ ...medeu, name_en: '' }, 'en')).toBe('Медеуский район')
  })
})

describe('localizedTitle', () => {
  it('picks the cycle title in the language', () => {
    const cycle = { title_kk: 'Қатысу бюджеті', title_ru: 'Бюджет участия', title_en: 'PB' }
    expect(localizedTitle(cycle, 'ru')).toBe('Бюджет участия')
  })
})

describe('toLanguage', () => {
  it('accepts our languages with or without a region', () => {
    expect(toLanguage('kk-KZ')).toBe('kk')
    expect(toLanguage('ru_RU')).toBe('ru')
    expect(toLanguage('EN')).toBe('en')
  })

  it('refuses anything else', () => {
    expect(toLanguage('de')).toBeNull()
    expect(toLanguage('')).toBeNull()
    expect(toLanguage(undefined)).toBeNull()
  })
})
