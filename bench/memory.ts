// Tab memory (bench/memory-probe.ts) of the app holding a data set, in embedded mode and in
// Supabase mode (against the local stand-in, bench/supabase-standin.ts, restored from the same
// snapshot), next to a bare PGlite + PostGIS page (bench/start/) with and without that data. Each
// load gets a fresh browser, so no other tab's renderer is counted; the order flips every round.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { Browser, Page } from '@playwright/test'
import type {} from '../src/map/testHook'
import { launchChromium } from './browser'
import { APP_READY_MARK, buildBarePage, readyMark } from './embedded-start'
import { median } from './stats'
import { tabMemory, type TabMemory } from './memory-probe'
import { serve, type ServeOptions } from './memory-server'
import { BARE_READY_MARK } from './start/protocol'
import { START_OUT_DIR } from './start/vite.config'
import { supabaseStandin } from './supabase-standin'
import { buildSupabaseApp } from './supabase-standin-build'

type Key = 'bare' | 'bareData' | 'embedded' | 'embeddedRevisit' | 'supabase'

const LABELS: Record<Key, string> = {
  bare: 'bare PGlite + PostGIS page (create extension postgis, no data)',
  bareData: 'bare PGlite + PostGIS page holding the snapshot (in memory)',
  embedded: 'embedded app, first visit (snapshot restored into IndexedDB)',
  embeddedRevisit: 'embedded app, revisit (reload, reopened from IndexedDB)',
  supabase: 'Supabase mode (stand-in API), same data',
}

/** The ports of the three servers (the app's Supabase URL names its own at build time). */
const PORTS = { embedded: 4340, bare: 4341, supabase: 4342 }
/** A large snapshot takes minutes to restore under software rendering on two cores. */
const LOAD_TIMEOUT = 900_000

export interface MemoryOptions {
  runs?: number
  log?: (line: string) => void
  /** A folder to save one screenshot per kind of page into (first round), to check by eye. */
  screenshots?: string
}

export interface MemoryResult {
  cycle: string
  snapshotBytes: number
  runs: Record<Key, TabMemory[]>
  /** Supabase paths the app asked for that the stand-in does not offer. */
  unanswered: string[]
}

const GZIP = 'application/gzip'

/** The manifest and file the app's worker fetches, answered with another snapshot. */
function snapshotOverrides(name: string, bytes: Uint8Array): ServeOptions['overrides'] {
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16)
  return {
    '/embedded/manifest.json': {
      body: JSON.stringify({ hash, file: name, bytes: bytes.length }),
      type: 'application/json',
    },
    [`/embedded/${name}`]: { body: bytes, type: GZIP },
  }
}

/** Until the app's map shows the districts and some proposals, at rest; says what is drawn. */
async function proposalsDrawn(page: Page): Promise<string> {
  const handle = await page.waitForFunction(
    (mark) => {
      const map = window.__qatysuMap
      if (!map?.idle() || map.renderedDistrictIds().length === 0) return null
      const clusters = map.renderedIds('cluster').length
      const points = map.renderedIds('proposal').length
      // Embedded mode only: how the database was obtained (snapshot, or warm from IndexedDB).
      const ready = performance.getEntriesByName(mark)[0] as PerformanceMark | undefined
      const mode = (ready?.detail as { mode?: string } | undefined)?.mode ?? null
      return clusters + points > 0 ? { clusters, points, mode } : null
    },
    APP_READY_MARK,
    { timeout: LOAD_TIMEOUT, polling: 250 },
  )
  const { clusters, points, mode } = (await handle.jsonValue())!
  return `${clusters} clusters + ${points} proposals drawn${mode ? `, database ${mode}` : ''}`
}

interface Subject {
  key: Key
  url: string
  ready: (page: Page) => Promise<string>
  /** Reload and measure again, as `embeddedRevisit`. */
  revisit?: boolean
}

async function measureLoad(
  browser: Browser,
  subject: Subject,
  record: (key: Key, memory: TabMemory, drawn: string, page: Page) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  // The app reports a failed start on the console (src/features/shell/boot.ts) and shows it;
  // waiting for the map would then only time out.
  const bootFailed = new Promise<never>((_, reject) =>
    page.on('console', (m) => {
      if (m.type() !== 'error') return
      errors.push(m.text())
      if (m.text().startsWith('boot failed')) reject(new Error(m.text()))
    }),
  )
  bootFailed.catch(() => {})
  const ready = () => Promise.race([subject.ready(page), bootFailed])
  const settle = () => new Promise((r) => setTimeout(r, 3000))
  try {
    await page.goto(subject.url)
    let drawn = await ready()
    await settle()
    await record(subject.key, await tabMemory(browser, page), drawn, page)
    if (subject.revisit) {
      await page.reload()
      drawn = await ready()
      await settle()
      await record('embeddedRevisit', await tabMemory(browser, page), drawn, page)
    }
  } catch (e) {
    throw new Error(`${subject.url}: ${String(e)}\n  page errors: ${errors.join(' | ') || 'none'}`)
  } finally {
    await context.close()
  }
}

/**
 * Measures the tab memory of the app showing `cycleId` (Almaty) with the data of `snapshotPath`
 * (a gzipped PGlite data directory like public/embedded/qatysu-db.tar.gz). Needs dist/ built.
 */
export async function memoryBench(
  root: string,
  snapshotPath: string,
  cycleId: string,
  options: MemoryOptions = {},
): Promise<MemoryResult> {
  const log = options.log ?? (() => {})
  await buildBarePage(root)
  const supabaseUrl = `http://127.0.0.1:${PORTS.supabase}`
  const supabaseDir = buildSupabaseApp(root, supabaseUrl)
  // Read once and served from memory: a snapshot regenerated meanwhile changes nothing here.
  const snapshot = readFileSync(snapshotPath)
  const standin = await supabaseStandin(snapshotPath)
  const servers = [
    await serve({
      dir: join(root, 'dist'),
      port: PORTS.embedded,
      overrides: snapshotOverrides(basename(snapshotPath), snapshot),
    }),
    await serve({
      dir: START_OUT_DIR,
      port: PORTS.bare,
      overrides: { '/data/snapshot.tar.gz': { body: snapshot, type: GZIP } },
    }),
    await serve({ dir: supabaseDir, port: PORTS.supabase, api: standin.handle }),
  ]
  const [embedded, bare, supabase] = servers.map((s) => s.url)
  const appPath = `?city=almaty&cycle=${encodeURIComponent(cycleId)}`
  const bareReady = async (page: Page) => {
    await readyMark(page, BARE_READY_MARK, LOAD_TIMEOUT)
    return 'database ready'
  }
  const subjects: Subject[] = [
    { key: 'bare', url: `${bare}bare.html`, ready: bareReady },
    { key: 'bareData', url: `${bare}bare.html?snapshot=data/snapshot.tar.gz`, ready: bareReady },
    { key: 'embedded', url: `${embedded}${appPath}`, ready: proposalsDrawn, revisit: true },
    { key: 'supabase', url: `${supabase}${appPath}`, ready: proposalsDrawn },
  ]
  const result: MemoryResult = {
    cycle: cycleId,
    snapshotBytes: snapshot.length,
    runs: { bare: [], bareData: [], embedded: [], embeddedRevisit: [], supabase: [] },
    unanswered: [],
  }
  const runs = options.runs ?? 3
  try {
    for (let round = 0; round < runs; round++) {
      for (const subject of round % 2 ? [...subjects].reverse() : subjects) {
        const browser = await launchChromium()
        try {
          await measureLoad(browser, subject, async (key, memory, drawn, page) => {
            result.runs[key].push(memory)
            log(
              `  round ${round + 1}, ${key}: tab ${mb(memory.rendererPss)} (other renderers ` +
                `${mb(memory.otherRenderersPss)}, GPU process ${mb(memory.gpuPss)}), ` +
                `JS heap ${mb(memory.jsHeap)}; ${drawn}`,
            )
            if (options.screenshots && round === 0)
              await page.screenshot({ path: join(options.screenshots, `qatysu-memory-${key}.png`) })
          })
        } finally {
          await browser.close()
        }
      }
    }
  } finally {
    for (const server of servers) server.stop()
    await standin.close()
  }
  result.unanswered = [...standin.unanswered]
  return result
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`

/** The medians, the issue's two targets and what the stand-in did not answer, as lines. */
export function memoryReport(r: MemoryResult): string[] {
  const med = (key: Key, pick: (m: TabMemory) => number) => median(r.runs[key].map(pick))
  const pss = (key: Key) => med(key, (m) => m.rendererPss)
  const lines = [
    `  cycle ${r.cycle}, snapshot ${mb(r.snapshotBytes)} gzipped; ` +
      `median of ${r.runs.bare.length} loads each`,
    `  ${'page'.padEnd(64)}${'tab (PSS)'.padStart(11)}${'JS heap'.padStart(10)}${'GPU proc.'.padStart(11)}`,
  ]
  for (const key of Object.keys(LABELS) as Key[]) {
    if (!r.runs[key].length) continue
    lines.push(
      `  ${LABELS[key].padEnd(64)}${mb(pss(key)).padStart(11)}` +
        `${mb(med(key, (m) => m.jsHeap)).padStart(10)}${mb(med(key, (m) => m.gpuPss)).padStart(11)}`,
    )
  }
  const ratio = (key: Key, base: Key) => pss(key) / pss(base)
  const verdict = (x: number) => `${x.toFixed(2)}× (${x <= 1.3 ? 'MET' : 'NOT met'})`
  lines.push(
    `  target embedded ≤ 1.3× the bare page: first visit ${verdict(ratio('embedded', 'bare'))}, ` +
      `revisit ${verdict(ratio('embeddedRevisit', 'bare'))}`,
    `    against the bare page holding the same data: first visit ` +
      `${verdict(ratio('embedded', 'bareData'))}, revisit ${verdict(ratio('embeddedRevisit', 'bareData'))}`,
    `  target Supabase mode < 300 MB: ${mb(pss('supabase'))} ` +
      `(${pss('supabase') < 300 * 2 ** 20 ? 'MET' : 'NOT met'})`,
  )
  if (r.unanswered.length)
    lines.push(`  not offered by the stand-in, asked by the app: ${r.unanswered.join(', ')}`)
  return lines
}
