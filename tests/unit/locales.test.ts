// The three locale files must offer the same keys, none empty, with the same placeholders.
import { describe, expect, it } from 'vitest'
import en from '../../src/i18n/locales/en.json'
import kk from '../../src/i18n/locales/kk.json'
import ru from '../../src/i18n/locales/ru.json'

type Tree = { [key: string]: string | Tree }

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [k, v] of flatten(value, path)) out.set(k, v)
  }
  return out
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort()

const locales = { kk: flatten(kk), ru: flatten(ru), en: flatten(en) }

describe('locale files', () => {
  it('have the same keys', () => {
    const keys = [...locales.en.keys()].sort()
    expect([...locales.kk.keys()].sort()).toEqual(keys)
    expect([...locales.ru.keys()].sort()).toEqual(keys)
  })

  it('have no empty texts', () => {
    for (const [lang, map] of Object.entries(locales)) {
      for (const [key, text] of map) expect(text.trim(), `${lang}: ${key}`).not.toBe('')
    }
  })

  it('use the same placeholders', () => {
    for (const [key, text] of locales.en) {
      expect(placeholders(locales.kk.get(key) ?? ''), `kk: ${key}`).toEqual(placeholders(text))
      expect(placeholders(locales.ru.get(key) ?? ''), `ru: ${key}`).toEqual(placeholders(text))
    }
  })

  it('are really translated: Kazakh uses Kazakh letters, Russian Cyrillic', () => {
    const kazakhText = [...locales.kk.values()].join(' ')
    expect(kazakhText).toMatch(/[әғқңөұүһі]/i)
    expect(locales.ru.get('panel.districts')).toBe('Районы')
    expect(locales.kk.get('panel.districts')).toBe('Аудандар')
  })
})
