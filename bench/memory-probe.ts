// "Tab memory" as the memory benchmark measures it: the proportional set size (PSS, Linux
// /proc/<pid>/smaps_rollup) of the tab's renderer process, after a garbage collection in the page
// and in each of its workers. Dedicated workers run in their page's renderer, so PGlite's
// WebAssembly memory and its in-memory files are counted, which the JS heap alone would miss.
// PSS splits pages shared with other processes (Chromium's own code) fairly. The tab's renderer is
// told from the browser's others (spare renderer, the one the blank page started in, WebUI) by its
// dedicated worker threads: every page measured runs workers (PGlite's, MapLibre's). The GPU
// process (WebGL under SwiftShader here) serves every tab and is reported apart.
import { readdirSync, readFileSync } from 'node:fs'
import type { Browser, CDPSession, Page } from '@playwright/test'

export interface TabMemory {
  /** PSS of the tab's renderer process, in bytes. */
  rendererPss: number
  /** PSS of the browser's other renderer processes, in bytes. */
  otherRenderersPss: number
  gpuPss: number
  /** Used JS heap of the page and its workers, in bytes (WebAssembly memory excluded). */
  jsHeap: number
}

function pss(pid: number): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8')
    return Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0) * 1024
  } catch {
    return 0 // the process ended meanwhile
  }
}

/** Whether a process runs a dedicated worker (Chromium names the thread "DedicatedWorker thread"). */
function runsWorkers(pid: number): boolean {
  try {
    return readdirSync(`/proc/${pid}/task`).some((task) =>
      readFileSync(`/proc/${pid}/task/${task}/comm`, 'utf8').startsWith('DedicatedWorker'),
    )
  } catch {
    return false
  }
}

/** Runs a CDP method without parameters in the page and in each of its workers. */
async function inPageAndWorkers<T>(page: Page, method: string): Promise<T[]> {
  const session: CDPSession = await page.context().newCDPSession(page)
  const workers: string[] = []
  const pending = new Map<number, (result: T) => void>()
  let nextId = 1
  session.on('Target.attachedToTarget', (e) => {
    if (e.targetInfo.type === 'worker') workers.push(e.sessionId)
  })
  session.on('Target.receivedMessageFromTarget', (e) => {
    const message = JSON.parse(e.message) as { id?: number; result?: T }
    if (message.id !== undefined) pending.get(message.id)?.(message.result as T)
  })
  await session.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  })
  const results = [(await session.send(method as 'Runtime.getHeapUsage')) as T]
  for (const sessionId of workers) {
    results.push(
      await new Promise<T>((resolve) => {
        const id = nextId++
        pending.set(id, resolve)
        void session.send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method }),
        })
      }),
    )
  }
  await session.detach()
  return results
}

/** The tab's memory at rest: collects garbage everywhere, waits for the heap to shrink, reads. */
export async function tabMemory(browser: Browser, page: Page): Promise<TabMemory> {
  await inPageAndWorkers(page, 'HeapProfiler.collectGarbage')
  await new Promise((r) => setTimeout(r, 1000))
  const heaps = await inPageAndWorkers<{ usedSize: number }>(page, 'Runtime.getHeapUsage')
  const cdp = await browser.newBrowserCDPSession()
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; id: number }[]
  }
  await cdp.detach()
  const renderers = processInfo.filter((p) => p.type === 'renderer').map((p) => p.id)
  const tab = renderers.filter(runsWorkers)
  if (tab.length !== 1)
    throw new Error(`${tab.length} renderers run workers; expected the tab's one`)
  const sum = (pids: number[]) => pids.reduce((total, pid) => total + pss(pid), 0)
  return {
    rendererPss: pss(tab[0]!),
    otherRenderersPss: sum(renderers.filter((pid) => pid !== tab[0])),
    gpuPss: sum(processInfo.filter((p) => p.type === 'GPU').map((p) => p.id)),
    jsHeap: heaps.reduce((total, h) => total + (h?.usedSize ?? 0), 0),
  }
}
