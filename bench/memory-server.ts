// A small static server for the memory benchmark: a built folder, some paths answered from other
// files (the snapshot to test instead of the built one), and optionally an API on the same origin
// (the Supabase stand-in: the app's Content-Security-Policy allows only its own origin and
// *.supabase.co). `vite preview` can do neither of the last two.
import { createReadStream, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { extname, join, normalize } from 'node:path'

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.pbf': 'application/x-protobuf',
  // Served as bytes, never with Content-Encoding: PGlite unpacks the archives itself.
  '.gz': 'application/gzip',
  '.data': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
}

/** Answers a request and returns true, or returns false to let the files answer it. */
export type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>

export interface ServeOptions {
  /** The folder served at `/`. */
  dir: string
  port: number
  /** URL path → file or body served instead of the folder's file. */
  overrides?: Record<string, { file: string } | { body: string | Uint8Array; type: string }>
  api?: Handler
}

function fileOf(dir: string, urlPath: string): string | null {
  // The URL path is absolute, so normalising it never climbs above `dir`.
  const relative = normalize(decodeURIComponent(urlPath))
  const path = join(dir, relative.endsWith('/') ? `${relative}index.html` : relative)
  try {
    return statSync(path).isFile() ? path : null
  } catch {
    return null
  }
}

function sendFile(res: ServerResponse, path: string): void {
  res.writeHead(200, {
    'Content-Type': MIME[extname(path)] ?? 'application/octet-stream',
    'Content-Length': statSync(path).size,
    'Cache-Control': 'no-cache',
  })
  createReadStream(path).pipe(res)
}

/** Serves until stop() is called; WebSocket upgrades (Supabase Realtime) are refused. */
export async function serve(options: ServeOptions): Promise<{ url: string; stop: () => void }> {
  const server = createServer((req, res) => {
    void (async () => {
      if (options.api && (await options.api(req, res))) return
      const path = new URL(req.url ?? '/', 'http://localhost').pathname
      const override = options.overrides?.[path]
      if (override && 'body' in override) {
        res.writeHead(200, { 'Content-Type': override.type, 'Cache-Control': 'no-cache' })
        res.end(override.body)
        return
      }
      const file = override ? override.file : fileOf(options.dir, path)
      if (file) sendFile(res, file)
      else {
        res.writeHead(404, { 'Content-Type': 'text/plain' })
        res.end('not found')
      }
    })().catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' })
      res.end(String(e))
    })
  })
  server.on('upgrade', (_req, socket: Socket) => socket.destroy())
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', resolve)
  })
  return {
    url: `http://127.0.0.1:${options.port}/`,
    stop: () => {
      server.closeAllConnections()
      server.close()
    },
  }
}
