// The bare start page: boots PGlite + PostGIS in a dedicated worker as the app does, and marks
// when the database answers. `?snapshot=URL` restores that data directory instead.
import {
  BARE_READY_MARK,
  type BareRequest,
  type BareResponse,
  type BareStages,
  type BareWindow,
} from './protocol'

const worker = new Worker(new URL('./bare.worker.ts', import.meta.url), { type: 'module' })
worker.onmessage = (event: MessageEvent<BareResponse>) => {
  const message = event.data
  if (message.type === 'error') (window as BareWindow).__benchError = message.message
  else {
    const { openMs, createExtensionMs } = message
    performance.mark(BARE_READY_MARK, {
      detail: { openMs, createExtensionMs } satisfies BareStages,
    })
  }
}
worker.onerror = (event) => {
  ;(window as BareWindow).__benchError = event.message || 'worker failed'
}
const snapshot = new URLSearchParams(location.search).get('snapshot')
worker.postMessage({
  snapshot: snapshot && new URL(snapshot, location.href).href,
} satisfies BareRequest)
