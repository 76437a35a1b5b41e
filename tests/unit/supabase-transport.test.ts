// The Supabase transport against a stand-in for supabase-js's client: each sign-in method calls
// the matching Supabase Auth function, refusals become ApiErrors with keys the app translates,
// and vote counts are followed through Realtime. (No Supabase project is reachable here.)
import { describe, expect, it, vi } from 'vitest'
import { ApiError, authErrorKey } from '../../src/api/errors'
import { authMethods } from '../../src/api/transport'
import { createSupabaseTransport, type ApiClient } from '../../src/api/supabase-transport'

function stubClient(overrides: Record<string, unknown> = {}) {
  const ok = { data: { session: null, user: null }, error: null }
  const auth = {
    getSession: vi.fn(async () => ({ data: { session: null }, error: null })),
    onAuthStateChange: vi.fn(),
    signInWithPassword: vi.fn(async () => ok),
    signUp: vi.fn(async () => ok),
    signInWithOtp: vi.fn(async () => ok),
    verifyOtp: vi.fn(async () => ok),
    signOut: vi.fn(async () => ({ error: null })),
    ...overrides,
  }
  const realtime = { handler: null as null | (() => void), removed: 0 }
  const channel = {
    on: vi.fn((_kind: string, _filter: unknown, handler: () => void) => {
      realtime.handler = handler
      return channel
    }),
    subscribe: vi.fn(() => channel),
  }
  const client = {
    auth,
    rpc: vi.fn(),
    channel: vi.fn(() => channel),
    removeChannel: vi.fn(async () => {
      realtime.removed++
    }),
  }
  return { client: client as unknown as ApiClient, auth, channel, realtime }
}

async function transportWith(client: ApiClient) {
  vi.stubGlobal('window', { location: { href: 'https://qatysu.example/?city=almaty' } })
  return createSupabaseTransport('https://x.supabase.co', 'anon', ['password'], () => client)
}

describe('Supabase sign-in', () => {
  it('calls the matching Supabase Auth function for each way of signing in', async () => {
    const { client, auth } = stubClient()
    const account = (await transportWith(client)).auth!
    await account.signInWithPassword('a@b.kz', 'secret-123')
    expect(auth.signInWithPassword).toHaveBeenCalledWith({
      email: 'a@b.kz',
      password: 'secret-123',
    })
    await account.sendMagicLink('a@b.kz')
    expect(auth.signInWithOtp).toHaveBeenCalledWith({
      email: 'a@b.kz',
      options: { emailRedirectTo: 'https://qatysu.example/?city=almaty' },
    })
    await account.sendPhoneCode('+77011234567')
    expect(auth.signInWithOtp).toHaveBeenLastCalledWith({ phone: '+77011234567' })
    await account.verifyPhoneCode('+77011234567', '123456')
    expect(auth.verifyOtp).toHaveBeenCalledWith({
      phone: '+77011234567',
      token: '123456',
      type: 'sms',
    })
  })

  it('creates an account with the display name the profile trigger reads', async () => {
    const { client, auth } = stubClient()
    const account = (await transportWith(client)).auth!
    expect(await account.signUp('a@b.kz', 'secret-123', 'Айдана')).toBe('confirm')
    expect(auth.signUp).toHaveBeenCalledWith(
      expect.objectContaining({
        options: expect.objectContaining({ data: { display_name: 'Айдана' } }),
      }),
    )
    const signedIn = stubClient({
      signUp: vi.fn(async () => ({ data: { session: { user: {} } }, error: null })),
    })
    expect(await (await transportWith(signedIn.client)).auth!.signUp('a@b.kz', 'x', 'A')).toBe(
      'signed_in',
    )
  })

  it('turns a refusal into an ApiError the app can translate', async () => {
    const { client } = stubClient({
      signInWithPassword: vi.fn(async () => ({
        data: { session: null, user: null },
        error: { code: 'invalid_credentials', message: 'Invalid login credentials' },
      })),
    })
    const account = (await transportWith(client)).auth!
    const refused = await account.signInWithPassword('a@b.kz', 'wrong').catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(ApiError)
    expect((refused as ApiError).key).toBe('auth_invalid_credentials')
  })
})

describe('authErrorKey', () => {
  it('maps known Supabase Auth codes and falls back to a general refusal', () => {
    expect(authErrorKey('over_email_send_rate_limit')).toBe('auth_rate_limited')
    expect(authErrorKey('otp_expired')).toBe('auth_code_expired')
    expect(authErrorKey('something_new')).toBe('auth_failed')
    expect(authErrorKey(undefined)).toBe('auth_failed')
  })
})

describe('authMethods', () => {
  it('reads the configured methods, ignoring unknown ones, with a default', () => {
    expect(authMethods(undefined)).toEqual(['password', 'magic_link'])
    expect(authMethods('phone, password,phone')).toEqual(['phone', 'password'])
    expect(authMethods('fax')).toEqual(['password', 'magic_link'])
  })
})

describe('vote counts through Realtime', () => {
  it('listens to changes of the public tallies only, and stops when asked', async () => {
    const { client, channel, realtime } = stubClient()
    const transport = await transportWith(client)
    const listener = vi.fn()
    const stop = transport.onCountsChange!(listener)
    expect(channel.on).toHaveBeenCalledWith(
      'postgres_changes',
      { event: '*', schema: 'public', table: 'proposal_tallies' },
      expect.any(Function),
    )
    realtime.handler!()
    expect(listener).toHaveBeenCalledTimes(1)
    stop()
    expect(realtime.removed).toBe(1)
  })
})
