// What a first visit downloads: one page load in a fresh browser context (empty cache), every
// response recorded (the page's and its workers') until the page says its map has rendered and
// no request has been in flight for a while. JavaScript is what the comparison counts; every body
// is also checked for PGlite, whatever its type.
import { gzipSync } from 'node:zlib'
import type { Browser, Page, Response } from '@playwright/test'

/** gzip level used for every file, as a server compressing ahead of time would. */
export const GZIP_LEVEL = 9
/** No request in flight for this long counts as the network being quiet. */
const QUIET_MS = 1500
const TIMEOUT_MS = 90_000

export interface LoadedFile {
  /** Path and query on the server. */
  path: string
  bytes: number
  gzipBytes: number
  javascript: boolean
  pglite: boolean
}

// The embedded database's files by name (PGlite's wasm and data, PostGIS, initdb, the worker,
// the transport that starts them) or by content: PGlite's code, under whatever chunk name, holds
// its virtual file system's paths and the names of its wasm and data files. (The word alone is
// not enough: index.html explains its CSP with it.)
const PGLITE_NAME = /pglite|postgis|initdb|database\.worker|embedded-transport/i
const PGLITE_CONTENT = /\/pglite\/|pglite\.(?:wasm|data)|PGliteExitStatus/

function isJavaScript(response: Response, path: string): boolean {
  const type = response.headers()['content-type'] ?? ''
  return /javascript|ecmascript/.test(type) || /\.m?js(\?|$)/.test(path)
}

async function loaded(response: Response): Promise<LoadedFile | null> {
  const url = new URL(response.url())
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  const body = await response.body().catch(() => null)
  if (!body) return null
  const path = url.pathname + url.search
  return {
    path,
    bytes: body.length,
    gzipBytes: gzipSync(body, { level: GZIP_LEVEL }).length,
    javascript: isJavaScript(response, path),
    pglite: PGLITE_NAME.test(path) || PGLITE_CONTENT.test(body.toString('latin1')),
  }
}

/** Resolves once the page's map has rendered (page.waitForFunction with a function: the app's CSP forbids evaluating strings). */
export type Rendered = (page: Page) => Promise<unknown>

/**
 * Loads `url` and returns every file it downloaded until `rendered` resolves and the network has
 * been quiet for QUIET_MS.
 */
export async function firstLoad(
  browser: Browser,
  url: string,
  rendered: Rendered,
): Promise<LoadedFile[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const files: Promise<LoadedFile | null>[] = []
  let inFlight = 0
  let lastChange = Date.now()
  const settle = () => {
    inFlight--
    lastChange = Date.now()
  }
  // Context events include requests made by the page's dedicated workers.
  context.on('request', () => {
    inFlight++
    lastChange = Date.now()
  })
  context.on('requestfinished', settle)
  context.on('requestfailed', settle)
  context.on('response', (response) => files.push(loaded(response)))
  try {
    const page = await context.newPage()
    page.setDefaultTimeout(TIMEOUT_MS)
    await page.goto(url)
    await rendered(page)
    const deadline = Date.now() + TIMEOUT_MS
    while (inFlight > 0 || Date.now() - lastChange < QUIET_MS) {
      if (Date.now() > deadline) throw new Error(`${url}: the network never went quiet`)
      await new Promise((r) => setTimeout(r, 100))
    }
    return (await Promise.all(files)).filter((f): f is LoadedFile => f !== null)
  } finally {
    await context.close()
  }
}
