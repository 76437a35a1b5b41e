// The map benchmark of issue 3: Qatysu's map (src/map, MapLibre) against Leaflet +
// markercluster, with 10,000 and 100,000 synthetic proposals in Almaty's districts, in headless
// Chromium. Per page load: time from navigation start to the clustered proposals drawn, time of
// a zoom-in-by-3-levels-and-back, and JS heap after a forced GC (page plus its workers).
// Implementations alternate within each round (and the order flips every round); medians are
// reported with their ratio to Leaflet.
import { copyFileSync, cpSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CDPSession, Page } from '@playwright/test'
import { build } from 'vite'
import { BENCH_OUT_DIR } from '../vite.bench.config'
import { freePort, launchChromium, previewServer } from './browser'
import { proposalData } from './map/proposalData'
import { DRAWN_MARK, type BenchPage } from './map/pageProtocol'
import { median } from './stats'

export interface Implementation {
  key: string
  label: string
  page: string
  mode?: string
}

export const LEAFLET: Implementation = {
  key: 'leaflet',
  label: 'Leaflet + markercluster (L.marker each)',
  page: 'leaflet.html',
}

/** The app's map: the one the targets are about. */
export const APP: Implementation = {
  key: 'app',
  label: 'Qatysu (app map, clusters made on the page)',
  page: 'maplibre.html',
  mode: 'app',
}

/** An empty MapLibre map: what any MapLibre map costs here before drawing any data. */
export const EMPTY: Implementation = {
  key: 'empty',
  label: 'empty MapLibre map (floor, no data)',
  page: 'maplibre.html',
  mode: 'empty',
}

export const IMPLEMENTATIONS: Implementation[] = [
  LEAFLET,
  APP,
  {
    key: 'clustered-source',
    label: "MapLibre's clustered GeoJSON source",
    page: 'maplibre.html',
    mode: 'clustered-source',
  },
  EMPTY,
]

export interface Measurement {
  drawMs: number
  zoomMs: number
  heapBytes: number
}

export interface MapResult {
  count: number
  impl: Implementation
  runs: Measurement[]
}

/** Builds the pages and writes the data files next to them; returns the box to show. */
async function prepare(root: string, counts: number[]): Promise<[number, number, number, number]> {
  await build({ configFile: join(root, 'vite.bench.config.ts') })
  const dir = join(BENCH_OUT_DIR, 'data')
  mkdirSync(dir, { recursive: true })
  copyFileSync(join(root, 'supabase/data/almaty_districts.geojson'), join(dir, 'districts.geojson'))
  copyFileSync(join(root, 'public/basemap/kazakhstan.geojson'), join(dir, 'kazakhstan.geojson'))
  cpSync(join(root, 'public/glyphs'), join(dir, 'glyphs'), { recursive: true })
  let bbox: [number, number, number, number] = [0, 0, 0, 0]
  for (const count of counts) {
    const data = proposalData(root, count)
    writeFileSync(join(dir, `proposals-${count}.json`), JSON.stringify(data.geojson))
    bbox = data.bbox
  }
  return bbox
}

/** Used JS heap of the page and of its workers, after a forced garbage collection in each. */
async function heapAfterGc(page: Page): Promise<number> {
  const session: CDPSession = await page.context().newCDPSession(page)
  const workers: string[] = []
  const pending = new Map<number, (result: { usedSize?: number }) => void>()
  let nextId = 1
  session.on('Target.attachedToTarget', (e) => {
    if (e.targetInfo.type === 'worker') workers.push(e.sessionId)
  })
  session.on('Target.receivedMessageFromTarget', (e) => {
    const message = JSON.parse(e.message) as { id?: number; result?: { usedSize?: number } }
    if (message.id !== undefined) pending.get(message.id)?.(message.result ?? {})
  })
  const inWorker = (sessionId: string, method: string) =>
    new Promise<{ usedSize?: number }>((resolve) => {
      const id = nextId++
      pending.set(id, resolve)
      void session.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method }),
      })
    })
  await session.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  })
  await session.send('HeapProfiler.collectGarbage')
  let total = (await session.send('Runtime.getHeapUsage')).usedSize
  for (const sessionId of workers) {
    await inWorker(sessionId, 'HeapProfiler.collectGarbage')
    total += (await inWorker(sessionId, 'Runtime.getHeapUsage')).usedSize ?? 0
  }
  await session.detach()
  return total
}

async function measure(
  page: Page,
  url: string,
): Promise<Measurement & { rendered: { clusters: number; points: number } }> {
  await page.goto(url)
  const handle = await page.waitForFunction(
    (mark) => {
      const error = (window as unknown as { __benchError?: string }).__benchError
      if (error) return { error }
      const drawn = performance.getEntriesByName(mark)[0]?.startTime
      return drawn === undefined ? null : { drawn }
    },
    DRAWN_MARK,
    { timeout: 180_000, polling: 50 },
  )
  const state = (await handle.jsonValue()) as { error?: string; drawn?: number }
  if (state.error) throw new Error(`${url}: ${state.error}`)
  const rendered = await page.evaluate(() =>
    (window as unknown as { __bench: BenchPage }).__bench.rendered(),
  )
  const zoomMs = await page.evaluate(() =>
    (window as unknown as { __bench: BenchPage }).__bench.zoomInAndBack(3),
  )
  return { drawMs: state.drawn!, zoomMs, heapBytes: await heapAfterGc(page), rendered }
}

export async function mapRender(
  root: string,
  options: { counts?: number[]; rounds?: number; log?: (line: string) => void } = {},
): Promise<MapResult[]> {
  const counts = options.counts ?? [10_000, 100_000]
  const rounds = options.rounds ?? 3
  const log = options.log ?? (() => {})
  const bbox = await prepare(root, counts)
  const server = await previewServer(await freePort(), join(root, 'vite.bench.config.ts'))
  const browser = await launchChromium()
  const results: MapResult[] = counts.flatMap((count) =>
    IMPLEMENTATIONS.map((impl) => ({ count, impl, runs: [] })),
  )
  try {
    for (let round = 0; round < rounds; round++) {
      for (const count of counts) {
        const order = round % 2 ? [...IMPLEMENTATIONS].reverse() : IMPLEMENTATIONS
        for (const impl of order) {
          const query = new URLSearchParams({ n: String(count), bbox: bbox.join(',') })
          if (impl.mode) query.set('mode', impl.mode)
          // A fresh context per load: nothing cached, as on a first visit.
          const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
          const page = await context.newPage()
          try {
            const m = await measure(page, `${server.url}${impl.page}?${query}`)
            results.find((r) => r.count === count && r.impl === impl)!.runs.push(m)
            log(
              `  round ${round + 1}, ${count} proposals, ${impl.key}: drawn ${ms(m.drawMs)}, ` +
                `zoom ${ms(m.zoomMs)}, heap ${mb(m.heapBytes)}, ` +
                `${m.rendered.clusters} clusters + ${m.rendered.points} points drawn`,
            )
          } finally {
            await context.close()
          }
        }
      }
    }
  } finally {
    await browser.close()
    server.stop()
  }
  return results
}

const ms = (x: number) => `${(x / 1000).toFixed(2)} s`
const mb = (x: number) => `${(x / 2 ** 20).toFixed(0)} MB`

/** The table, the ratios to Leaflet and the targets, as printable lines. */
export function mapReport(results: MapResult[]): string[] {
  const lines: string[] = []
  const row = (cells: string[]) =>
    lines.push(
      `  ${cells[0]!.padEnd(50)}${cells
        .slice(1)
        .map((c) => c.padStart(13))
        .join('')}`,
    )
  const counts = [...new Set(results.map((r) => r.count))]
  for (const count of counts) {
    const here = results.filter((r) => r.count === count && r.runs.length)
    const leaflet = here.find((r) => r.impl === LEAFLET)
    const lDraw = leaflet ? median(leaflet.runs.map((m) => m.drawMs)) : NaN
    const lZoom = leaflet ? median(leaflet.runs.map((m) => m.zoomMs)) : NaN
    lines.push('')
    lines.push(`  ${count.toLocaleString('en')} proposals (median of ${here[0]?.runs.length} runs)`)
    row(['implementation', 'drawn', '× Leaflet', 'zoom 3+back', '× Leaflet', 'heap'])
    for (const r of here) {
      const draw = median(r.runs.map((m) => m.drawMs))
      const zoom = median(r.runs.map((m) => m.zoomMs))
      const heap = median(r.runs.map((m) => m.heapBytes))
      row([
        r.impl.label,
        ms(draw),
        `${(draw / lDraw).toFixed(2)}×`,
        ms(zoom),
        `${(zoom / lZoom).toFixed(2)}×`,
        mb(heap),
      ])
    }
    const app = here.find((r) => r.impl === APP)
    if (app) {
      const draw = median(app.runs.map((m) => m.drawMs)) / lDraw
      const zoom = median(app.runs.map((m) => m.zoomMs)) / lZoom
      const verdict =
        count >= 100_000
          ? `drawn ≤ 0.2× ${draw <= 0.2 ? 'MET' : 'NOT met'} (${draw.toFixed(2)}×), ` +
            `zoom ≤ 0.3× ${zoom <= 0.3 ? 'MET' : 'NOT met'} (${zoom.toFixed(2)}×)`
          : `never slower than Leaflet: drawn ${draw <= 1 ? 'MET' : 'NOT met'} ` +
            `(${draw.toFixed(2)}×), zoom ${zoom <= 1 ? 'MET' : 'NOT met'} (${zoom.toFixed(2)}×)`
      lines.push(`  target (app map): ${verdict}`)
    }
    const empty = here.find((r) => r.impl === EMPTY)
    if (empty) {
      const draw = median(empty.runs.map((m) => m.drawMs)) / lDraw
      const zoom = median(empty.runs.map((m) => m.zoomMs)) / lZoom
      lines.push(
        `  floor: an empty MapLibre map alone takes ${draw.toFixed(2)}× Leaflet's draw time ` +
          `and ${zoom.toFixed(2)}× its zoom time`,
      )
    }
  }
  return lines
}
