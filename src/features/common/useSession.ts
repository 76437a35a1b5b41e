import { useCallback, useSyncExternalStore } from 'react'
import type { Transport } from '../../api/transport'
import type { Session } from '../../api/types'

/** Who is signed in now, following sign-in and sign-out (the transport keeps one object). */
export function useSession(transport: Transport | null): Session | null {
  const subscribe = useCallback(
    (onChange: () => void) => transport?.onSessionChange(onChange) ?? (() => {}),
    [transport],
  )
  return useSyncExternalStore(subscribe, () => transport?.session() ?? null)
}
