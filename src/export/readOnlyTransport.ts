// A Transport for reading only, anonymously: what exports need when no app is around (the
// command line, the database tests). No sign-in and no photo storage; every call goes to `rpc`.
import { ApiError } from '../api/errors'
import type { Transport } from '../api/transport'

export function readOnlyTransport(
  kind: Transport['kind'],
  rpc: (fn: string, args: Record<string, unknown>) => Promise<unknown>,
): Transport {
  const refuse = () => Promise.reject(new ApiError({ code: 'QA001', message: 'sign_in_required' }))
  return {
    kind,
    rpc: <T>(fn: string, args: Record<string, unknown> = {}) => rpc(fn, args) as Promise<T>,
    session: () => null,
    onSessionChange: () => () => {},
    signOut: async () => {},
    photos: { put: refuse, url: async () => null },
  }
}
