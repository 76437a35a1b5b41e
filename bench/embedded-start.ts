// How long the embedded database takes to be ready: in Node (bare PGlite + PostGIS, restore of the
// prebuilt snapshot, replaying every migration) and in headless Chromium, where the app (cold first
// visit with nothing in IndexedDB, warm revisit) is compared with a bare PGlite + PostGIS page
// (bench/start/) in the same browser.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'
import type { Page } from '@playwright/test'
import { build } from 'vite'
import { buildDatabase, ensureSnapshot } from '../scripts/snapshot'
import { launchChromium, previewServer } from './browser'
import { median, timeMs } from './stats'
import type { BootReport } from '../src/embedded/protocol'
import { BARE_READY_MARK, type BareStages, type BareWindow } from './start/protocol'

export interface Figure {
  name: string
  ms: number
}

export async function nodeStart(root: string): Promise<Figure[]> {
  const snapshot = readFileSync(await ensureSnapshot(root))
  const bare = await timeMs(async () => {
    const db = new PGlite({ extensions: { postgis } })
    await db.exec('create extension postgis')
    await db.close()
  })
  const restore = await timeMs(async () => {
    const db = new PGlite({ extensions: { postgis }, loadDataDir: new Blob([snapshot]) })
    await db.query('select count(*) from public.districts')
    await db.close()
  })
  const replay = await timeMs(async () => (await buildDatabase(root)).close())
  return [
    { name: 'node: bare PGlite + PostGIS boot', ms: bare },
    { name: 'node: restore prebuilt snapshot (schema + seed)', ms: restore },
    { name: 'node: replay shim + migrations + seed', ms: replay },
  ]
}

/** Builds bench/start/ (the bare page) into its own folder; returns its Vite config file. */
export async function buildBarePage(root: string): Promise<string> {
  const configFile = join(root, 'bench/start/vite.config.ts')
  await build({ configFile })
  return configFile
}

/** Milliseconds from navigation start to the page's ready mark, and the mark's detail. */
export async function readyMark(
  page: Page,
  mark: string,
  timeout = 180_000,
): Promise<{ at: number; detail: unknown }> {
  const handle = await page.waitForFunction(
    (name) => {
      const error = (window as BareWindow).__benchError
      if (error) return { error }
      const entry = performance.getEntriesByName(name)[0] as PerformanceMark | undefined
      return entry ? { at: entry.startTime, detail: entry.detail as unknown } : null
    },
    mark,
    { timeout, polling: 50 },
  )
  const state = (await handle.jsonValue()) as { error?: string; at?: number; detail?: unknown }
  if (state.error) throw new Error(`${page.url()}: ${state.error}`)
  return { at: state.at!, detail: state.detail }
}

/** The app's mark when its database is ready (src/embedded/embedded-transport.ts). */
export const APP_READY_MARK = 'qatysu:database-ready'

export interface Load {
  /** Navigation start → database ready. */
  ms: number
  /** Of which inside the database worker's boot: the app's open() (BootReport), the bare page's
   * PGlite start and `create extension`. The rest is loading the page and starting the worker. */
  workerMs: number
  /** The bare page only: `create extension postgis`. */
  createExtensionMs: number
}

function load(key: Subject['key'], mark: { at: number; detail: unknown }): Load {
  if (key === 'app') {
    const boot = mark.detail as BootReport
    return { ms: mark.at, workerMs: boot.milliseconds, createExtensionMs: 0 }
  }
  const stages = mark.detail as BareStages
  return {
    ms: mark.at,
    workerMs: stages.openMs + stages.createExtensionMs,
    createExtensionMs: stages.createExtensionMs,
  }
}

interface Subject {
  key: 'app' | 'bare'
  url: string
  mark: string
}

export interface StartTimes {
  /** Fresh context: nothing in IndexedDB or in the HTTP cache. */
  cold: Load[]
  /** Reload in the same context: the app reopens IndexedDB; files come from the HTTP cache. */
  warm: Load[]
}

export interface BrowserStart {
  app: StartTimes
  bare: StartTimes
}

/**
 * Each round loads the app and the bare page in a fresh context each (cold), then reloads it
 * (warm); the order flips every round, so neither always runs on a cooler machine.
 */
export async function browserStart(root: string, runs = 3): Promise<BrowserStart> {
  const bareConfig = await buildBarePage(root)
  const appServer = await previewServer(4343)
  const bareServer = await previewServer(4344, bareConfig)
  const subjects: Subject[] = [
    { key: 'app', url: appServer.url, mark: APP_READY_MARK },
    { key: 'bare', url: `${bareServer.url}bare.html`, mark: BARE_READY_MARK },
  ]
  const result: BrowserStart = { app: { cold: [], warm: [] }, bare: { cold: [], warm: [] } }
  const browser = await launchChromium()
  try {
    for (let i = 0; i < runs; i++) {
      for (const { key, url, mark } of i % 2 ? [...subjects].reverse() : subjects) {
        const context = await browser.newContext()
        const page = await context.newPage()
        await page.goto(url)
        result[key].cold.push(load(key, await readyMark(page, mark)))
        await page.reload()
        result[key].warm.push(load(key, await readyMark(page, mark)))
        await context.close()
      }
    }
  } finally {
    await browser.close()
    appServer.stop()
    bareServer.stop()
  }
  return result
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`

/** The figures, the two ratios and their targets, as printable lines. */
export function startReport(r: BrowserStart): string[] {
  const med = (loads: Load[], pick: (l: Load) => number) => median(loads.map(pick))
  const row = (name: string, loads: Load[]) =>
    `  ${name.padEnd(62)} ${seconds(med(loads, (l) => l.ms)).padStart(8)}` +
    `   worker ${seconds(med(loads, (l) => l.workerMs)).padStart(8)}`
  const verdict = (ratio: number, target: number) =>
    `${ratio.toFixed(2)}× (target ≤ ${target}×: ${ratio <= target ? 'MET' : 'NOT met'})`
  const ms = (loads: Load[]) => med(loads, (l) => l.ms)
  return [
    `  median of ${r.app.cold.length}; "worker": of that, inside the database worker's boot`,
    row('bare PGlite + PostGIS in a worker, fresh context', r.bare.cold),
    `    of which create extension postgis: ${seconds(med(r.bare.cold, (l) => l.createExtensionMs))}`,
    row('bare PGlite + PostGIS, reload (files in the HTTP cache)', r.bare.warm),
    row('app: cold start, empty IndexedDB, schema and seed restored', r.app.cold),
    row('app: warm start, reload, database reopened from IndexedDB', r.app.warm),
    `  cold start / bare boot: ${verdict(ms(r.app.cold) / ms(r.bare.cold), 2)}`,
    `  warm start / bare boot on reload: ${verdict(ms(r.app.warm) / ms(r.bare.warm), 1.2)}; ` +
      `/ bare boot in a fresh context: ${(ms(r.app.warm) / ms(r.bare.cold)).toFixed(2)}×`,
  ]
}
