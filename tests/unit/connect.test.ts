import { describe, expect, it } from 'vitest'
import { supabaseConfig } from '../../src/api/connect'

describe('supabaseConfig', () => {
  it('chooses the embedded database when nothing is configured', () => {
    expect(supabaseConfig({})).toBeNull()
    expect(supabaseConfig({ VITE_SUPABASE_URL: ' ', VITE_SUPABASE_ANON_KEY: '' })).toBeNull()
  })

  it('chooses Supabase when both URL and key are set', () => {
    expect(
      supabaseConfig({
        VITE_SUPABASE_URL: 'https://abc.supabase.co',
        VITE_SUPABASE_ANON_KEY: 'key',
      }),
    ).toEqual({ url: 'https://abc.supabase.co', key: 'key' })
  })

  it('fails loudly when only one of the two is set', () => {
    expect(() => supabaseConfig({ VITE_SUPABASE_URL: 'https://abc.supabase.co' })).toThrow(
      'VITE_SUPABASE_ANON_KEY',
    )
  })
})
