// The view lives in the address (?city=…&cycle=…&district=…) so it can be shared and
// survives a reload. Pure: strings in, strings out.

export interface UrlState {
  city: string | null
  cycle: string | null
  district: string | null
}

const ID = /^[a-z0-9][a-z0-9_-]{0,79}$/i

function clean(value: string | null): string | null {
  return value && ID.test(value) ? value : null
}

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search)
  return {
    city: clean(params.get('city')),
    cycle: clean(params.get('cycle')),
    district: clean(params.get('district')),
  }
}

/** The new query string; other parameters are kept as they were. */
export function formatUrlState(search: string, state: UrlState): string {
  const params = new URLSearchParams(search)
  for (const key of ['city', 'cycle', 'district'] as const) {
    const value = state[key]
    if (value) params.set(key, value)
    else params.delete(key)
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}
