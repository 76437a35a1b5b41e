import { useEffect, useEffectEvent, useState } from 'react'

export interface AsyncResult<T> {
  data: T | undefined
  error: unknown
  loading: boolean
}

/**
 * Loads data for `key` (null: nothing to load). A result belongs to the key that asked for
 * it, so a slow answer for an old key never shows under a new one. A new `version` loads the
 * same key again while the current data stays shown (after a write changed it).
 */
export function useAsync<T>(
  key: string | null,
  load: () => Promise<T>,
  version = 0,
): AsyncResult<T> {
  const [result, setResult] = useState<{ key: string; data?: T; error?: unknown } | null>(null)
  const run = useEffectEvent(() => load())

  useEffect(() => {
    if (key === null) return
    let current = true
    run().then(
      (data) => current && setResult({ key, data }),
      (error: unknown) => current && setResult({ key, error: error ?? new Error('failed') }),
    )
    return () => {
      current = false
    }
  }, [key, version])

  const mine = result?.key === key ? result : null
  return { data: mine?.data, error: mine?.error, loading: key !== null && mine === null }
}
