// Shared helpers for browser benchmarks: Debian's Chromium and a `vite preview` server of dist/.
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/chromium'

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  })
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      )
    })
  })
}

/**
 * Serves a build with `vite preview` until stop() is called: dist/ by default, or the output
 * of another Vite config file.
 */
export async function previewServer(
  port = 4199,
  config?: string,
): Promise<{ url: string; stop: () => void }> {
  // Node runs Vite itself (not through npx), so stop() ends the server and nothing else.
  const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url))
  const args = [vite, 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1']
  if (config) args.push('--config', config)
  const child: ChildProcess = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  // Never outlive the benchmark, even when it fails.
  process.once('exit', () => child.kill())
  const url = `http://127.0.0.1:${port}/`
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).status < 500) return { url, stop: () => child.kill() }
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  child.kill()
  throw new Error('vite preview did not start')
}
