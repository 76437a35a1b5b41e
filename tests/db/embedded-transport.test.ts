// Embedded mode's live vote counts end to end, in one Node process: the database worker's module
// runs against a stand-in for its global scope, the embedded transport talks to it through a
// stand-in Worker, and the worker boots from the prebuilt snapshot served as the app serves it.
// PGlite only: `npm run test:pg` (PostgreSQL 15) skips it.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest'
import { createApi } from '../../src/api/client'
import type { EmbeddedTransport } from '../../src/embedded/embedded-transport'
import type { WorkerRequest, WorkerResponse } from '../../src/embedded/protocol'

const snapshot = inject('snapshotPath')

/** The requests the transport sent, and the ids of those the worker has answered. */
const sent: WorkerRequest[] = []
const answered = new Set<number>()

/** The worker's global scope: what the transport posts arrives at its onmessage. */
const workerScope = {
  onmessage: null as ((event: { data: WorkerRequest }) => void) | null,
  postMessage(data: WorkerResponse) {
    if (data.type === 'result' || data.type === 'error') answered.add(data.id)
    setTimeout(() => toTransport?.(data))
  },
}
/** Set by the stand-in Worker: what the worker posts arrives at the transport's onmessage. */
let toTransport: ((data: WorkerResponse) => void) | null = null

class StubWorker {
  onmessage: ((event: { data: WorkerResponse }) => void) | null = null
  onerror: ((event: unknown) => void) | null = null
  constructor() {
    toTransport = (data) => this.onmessage?.({ data })
  }
  postMessage(data: WorkerRequest) {
    sent.push(data)
    setTimeout(() => workerScope.onmessage?.({ data }))
  }
  terminate() {}
}

/** Until the worker has answered the last request of this type. */
async function settled(type: WorkerRequest['type']) {
  const request = sent.findLast((r) => r.type === type)
  if (!request) throw new Error(`no ${type} request was sent`)
  await vi.waitFor(() => expect(answered.has(request.id)).toBe(true), { timeout: 10_000 })
}

/** Long enough for a vote's notification to reach the transport, had anyone been listening. */
const quiet = () => new Promise((resolve) => setTimeout(resolve, 500))

let transport: EmbeddedTransport
let api: ReturnType<typeof createApi>

beforeAll(async () => {
  if (!snapshot) return
  const served = dirname(snapshot) // public/embedded, served under <base>/embedded/
  const storage = new Map<string, string>()
  vi.stubGlobal('self', workerScope)
  vi.stubGlobal('Worker', StubWorker)
  vi.stubGlobal('location', { href: 'http://localhost/' })
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => storage.get(key) ?? null,
    setItem: (key: string, value: string) => void storage.set(key, value),
    removeItem: (key: string) => void storage.delete(key),
  })
  vi.stubGlobal('fetch', async (url: string) => {
    const path = new URL(url).pathname.replace(/^\/embedded\//, '')
    return new Response(readFileSync(join(served, path)))
  })
  await import('../../src/embedded/database.worker')
  const { createEmbeddedTransport } = await import('../../src/embedded/embedded-transport')
  transport = await createEmbeddedTransport()
  api = createApi(transport)
})

afterAll(async () => {
  await transport?.resetLocalData()
  vi.unstubAllGlobals()
})

/** Signs in as a seeded demo resident, as the sign-in dialog does; returns the proposals of
 * Almaty 2026 (voting) they may vote for: those on the ballot in their home district. */
async function signInAsResident(email: string): Promise<string[]> {
  const account = (await transport.demoAccounts!()).find((a) => a.email === email)
  if (!account) throw new Error(`no demo account ${email}`)
  await transport.signInAsDemo!(account.user_id)
  const home = (await api.myProfile())!.home_district_id
  const layer = await api.proposalLayer('almaty-2026')
  return layer.features
    .map((f) => f.properties)
    .filter((p) => p.status === 'on_ballot' && p.district_id === home)
    .map((p) => p.id)
}

describe.skipIf(!snapshot)('embedded transport, live vote counts', () => {
  it('boots the worker from the snapshot, demo data included, without IndexedDB', async () => {
    expect(transport.boot).toMatchObject({ mode: 'snapshot', persistent: false })
    expect(await transport.demoAccounts!()).not.toHaveLength(0)
  })

  it('calls a listener when a demo resident votes, and not once it has unsubscribed', async () => {
    const ballot = await signInAsResident('aidana.alatau@qatysu.example')
    const listener = vi.fn()
    const unsubscribe = transport.onCountsChange!(listener)
    await settled('watchCounts')
    await quiet()
    expect(listener).not.toHaveBeenCalled()

    await api.castVote(ballot[0]!)
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1))

    unsubscribe()
    await settled('unwatchCounts')
    await api.castVote(ballot[1]!)
    await quiet()
    expect(listener).toHaveBeenCalledTimes(1)
  })

  it('keeps watching while any listener remains', async () => {
    const ballot = await signInAsResident('nurlan.almaly@qatysu.example')
    const leaving = vi.fn()
    const staying = vi.fn()
    const unsubscribeLeaving = transport.onCountsChange!(leaving)
    const unsubscribeStaying = transport.onCountsChange!(staying)
    await settled('watchCounts')
    unsubscribeLeaving()

    await api.castVote(ballot[0]!)
    await vi.waitFor(() => expect(staying).toHaveBeenCalledTimes(1))
    expect(leaving).not.toHaveBeenCalled()
    unsubscribeStaying()
  })
})
