// How long the embedded database takes to be ready: in Node (bare PGlite + PostGIS, restore of the
// prebuilt snapshot, replaying every migration) and in headless Chromium (cold first visit with
// nothing in IndexedDB, warm revisit).
import { readFileSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'
import { buildDatabase, ensureSnapshot } from '../scripts/snapshot'
import { launchChromium, previewServer } from './browser'

export interface Figure {
  name: string
  ms: number
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await fn()
  return performance.now() - started
}

export async function nodeStart(root: string): Promise<Figure[]> {
  const snapshot = readFileSync(await ensureSnapshot(root))
  const bare = await time(async () => {
    const db = new PGlite({ extensions: { postgis } })
    await db.exec('create extension postgis')
    await db.close()
  })
  const restore = await time(async () => {
    const db = new PGlite({ extensions: { postgis }, loadDataDir: new Blob([snapshot]) })
    await db.query('select count(*) from public.districts')
    await db.close()
  })
  const replay = await time(async () => (await buildDatabase(root)).close())
  return [
    { name: 'node: bare PGlite + PostGIS boot', ms: bare },
    { name: 'node: restore prebuilt snapshot (schema + seed)', ms: restore },
    { name: 'node: replay shim + migrations + seed', ms: replay },
  ]
}

async function readyAt(page: import('@playwright/test').Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => performance.getEntriesByName('qatysu:database-ready')[0]?.startTime,
    null,
    { timeout: 180_000, polling: 100 },
  )
  return (await handle.jsonValue()) as number
}

export async function browserStart(runs = 3): Promise<Figure[]> {
  const server = await previewServer()
  const browser = await launchChromium()
  const cold: number[] = []
  const warm: number[] = []
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext()
      const page = await context.newPage()
      await page.goto(server.url)
      cold.push(await readyAt(page))
      await page.reload()
      warm.push(await readyAt(page))
      await context.close()
    }
  } finally {
    await browser.close()
    server.stop()
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
  return [
    { name: `chromium: cold start, empty IndexedDB (median of ${runs})`, ms: median(cold) },
    { name: `chromium: warm start from IndexedDB (median of ${runs})`, ms: median(warm) },
  ]
}
