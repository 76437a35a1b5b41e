// The address bar as the app's state: read at start and on back/forward (a language it names is
// applied at once), written back whenever what is shown settles — a change of place, selection,
// view or form is a new history entry, typing and map moves replace the current one.
import i18next from 'i18next'
import { useEffect, useRef, useState } from 'react'
import { formatUrlState, isNavigation, parseUrlState, type UrlState } from './urlState'

function readAddress(): UrlState {
  const state = parseUrlState(window.location.search)
  if (state.lang && state.lang !== i18next.resolvedLanguage) void i18next.changeLanguage(state.lang)
  return state
}

/** The address as state, following back and forward; `update` merges a change into it. */
export function useAddress(): {
  address: UrlState
  update(patch: Partial<UrlState>): void
  setAddress(change: (a: UrlState) => UrlState): void
} {
  const [address, setAddress] = useState(readAddress)
  useEffect(() => {
    const onPop = () => setAddress(readAddress())
    window.addEventListener('popstate', onPop)
    return () => window.removeEventListener('popstate', onPop)
  }, [])
  return {
    address,
    update: (patch) => setAddress((a) => ({ ...a, ...patch })),
    setAddress,
  }
}

/** Writes what is shown (null: not settled yet) into the address bar. */
export function useAddressWriter(shown: UrlState | null): void {
  const written = useRef(false)
  useEffect(() => {
    if (!shown) return
    const search = formatUrlState(window.location.search, shown)
    // The first address written (or found already right) replaces the one the page opened with.
    const first = !written.current
    written.current = true
    if (search === window.location.search) return
    const url = `${window.location.pathname}${search}${window.location.hash}`
    if (!first && isNavigation(parseUrlState(window.location.search), shown))
      window.history.pushState(null, '', url)
    else window.history.replaceState(null, '', url)
  }, [shown])
}
