// Every error the database or the transports can raise has a message in each language.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import en from '../../src/i18n/locales/en.json'
import kk from '../../src/i18n/locales/kk.json'
import ru from '../../src/i18n/locales/ru.json'

const root = new URL('../../', import.meta.url)

function keysRaisedInSql(): string[] {
  const dir = new URL('supabase/migrations/', root)
  const keys = new Set<string>()
  for (const file of readdirSync(dir)) {
    const sql = readFileSync(new URL(file, dir), 'utf8')
    for (const m of sql.matchAll(/app_private\.(?:fail|deny)\('([a-z_]+)'/g)) keys.add(m[1]!)
  }
  return [...keys].sort()
}

function keysOfClient(): string[] {
  const files = [
    'src/api/errors.ts',
    'src/embedded/embedded-transport.ts',
    'src/embedded/postgrest-call.ts',
  ]
  const keys = new Set<string>()
  for (const file of files) {
    const code = readFileSync(new URL(file, root), 'utf8')
    for (const m of code.matchAll(/return '([a-z_]+)'|message: '([a-z_]+)'/g))
      keys.add((m[1] ?? m[2])!)
  }
  return [...keys].sort()
}

describe('error translations', () => {
  const raised = [...keysRaisedInSql(), ...keysOfClient()]

  it('finds the keys it checks', () => {
    expect(raised).toContain('vote_limit_reached')
    expect(raised).toContain('forbidden')
    expect(raised.length).toBeGreaterThan(40)
  })

  for (const [language, locale] of Object.entries({ en, kk, ru })) {
    it(`has a ${language} message for every error key`, () => {
      const errors = (locale as { errors: Record<string, string> }).errors
      const missing = raised.filter((key) => !errors[key]?.trim())
      expect(missing).toEqual([])
    })
  }
})
