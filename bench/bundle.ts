// The first-load benchmark of issue "Scale": the JavaScript a first visit to the app in Supabase
// mode downloads before its map is usable, against react + maplibre-gl alone, both built by the
// same Vite with the same production defaults and loaded the same way in headless Chromium.
// Sizes are gzip (level GZIP_LEVEL) per file, as served; the target is about their ratio.
import { join } from 'node:path'
import { build } from 'vite'
// window.__qatysuMap, the app's read-only map hook.
import type {} from '../src/map/testHook'
import { freePort, launchChromium, previewServer } from './browser'
import { firstLoad, GZIP_LEVEL, type LoadedFile, type Rendered } from './bundle/firstLoad'
import { manifestFirstLoad, type BuiltFile } from './bundle/manifest'
import { RENDERED_MARK } from './bundle/protocol'
import { SUPABASE_OUT_DIR } from './bundle/supabase.config'

const TARGET_RATIO = 1.15
/** The transport connect.ts imports at start-up in Supabase mode. */
const SUPABASE_TRANSPORT = 'src/api/supabase-transport.ts'

export interface BundleResult {
  baseline: LoadedFile[]
  app: LoadedFile[]
  /** What the app's build manifest says the same first load needs. */
  manifest: BuiltFile[]
}

interface Target {
  config: string
  page: string
  rendered: Rendered
}

async function measure(target: Target): Promise<LoadedFile[]> {
  await build({ configFile: target.config })
  const server = await previewServer(await freePort(), target.config)
  try {
    const browser = await launchChromium()
    try {
      return await firstLoad(browser, server.url + target.page, target.rendered)
    } finally {
      await browser.close()
    }
  } finally {
    server.stop()
  }
}

export async function bundleFirstLoad(root: string): Promise<BundleResult> {
  const baseline = await measure({
    config: join(root, 'bench/bundle/baseline.config.ts'),
    page: 'baseline.html',
    rendered: (page) =>
      page.waitForFunction((mark) => document.documentElement.hasAttribute(mark), RENDERED_MARK),
  })
  const app = await measure({
    config: join(root, 'bench/bundle/supabase.config.ts'),
    page: '',
    rendered: (page) => page.waitForFunction(() => window.__qatysuMap?.idle() === true),
  })
  return { baseline, app, manifest: manifestFirstLoad(SUPABASE_OUT_DIR, [SUPABASE_TRANSPORT]) }
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1).padStart(7)} kB`
const sum = (files: { gzipBytes: number }[]) => files.reduce((s, f) => s + f.gzipBytes, 0)
const js = (files: LoadedFile[]) => files.filter((f) => f.javascript)
const row = (label: string, bytes: number, note = '') => `  ${label.padEnd(62)} ${kB(bytes)}${note}`
const count = (n: number) => `   ${n} file${n === 1 ? '' : 's'}`

/** Whether the browser fetched exactly the JavaScript files the manifest names. */
function sameFiles(loaded: LoadedFile[], built: BuiltFile[]): string {
  const paths = new Set(loaded.map((f) => f.path))
  const missing = built.filter((f) => !paths.has(`/${f.file}`)).map((f) => f.file)
  const extra = [...paths].filter((p) => !built.some((f) => `/${f.file}` === p))
  if (missing.length + extra.length === 0) return '   the same files'
  return `   differs: not loaded ${missing.join(', ') || '-'}; not in it ${extra.join(', ') || '-'}`
}

export function bundleReport(result: BundleResult): string[] {
  const baseline = js(result.baseline)
  const app = js(result.app)
  const others = result.app.filter((f) => !f.javascript)
  const pglite = result.app.filter((f) => f.pglite)
  const ratio = sum(app) / sum(baseline)
  return [
    row(
      'react + maplibre-gl alone (bench/bundle/baseline.html)',
      sum(baseline),
      count(baseline.length),
    ),
    row('Qatysu, Supabase mode, first visit', sum(app), count(app.length)),
    ...app.map((f) => row(`    ${f.path}`, f.gzipBytes)),
    row(
      '  build manifest: entry, static imports, supabase-transport',
      sum(result.manifest),
      sameFiles(app, result.manifest),
    ),
    row(
      `  not counted: ${others.length} other responses (HTML, CSS, GeoJSON, glyphs)`,
      sum(others),
    ),
    `  PGlite bytes on first load: ${sum(pglite)}${pglite.map((f) => ` ${f.path}`).join(',')}`,
    `\n  Supabase mode / react + maplibre-gl alone: ${ratio.toFixed(2)}× ` +
      `(target ≤ ${TARGET_RATIO}×; gzip level ${GZIP_LEVEL}, each file on its own)`,
  ]
}
