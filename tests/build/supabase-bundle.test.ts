// In Supabase mode the app must not load the embedded database: PGlite may only sit in lazy
// chunks that this mode never requests. Builds the app with Supabase configured and walks the
// statically imported chunks from the entry.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build } from 'vite'

interface Chunk {
  file: string
  isEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
}

const outDir = mkdtempSync(join(tmpdir(), 'qatysu-supabase-build-'))
let manifest: Record<string, Chunk>

beforeAll(async () => {
  process.env.VITE_SUPABASE_URL = 'https://example.supabase.co'
  process.env.VITE_SUPABASE_ANON_KEY = 'test-anon-key'
  try {
    await build({
      logLevel: 'error',
      build: { outDir, manifest: true, emptyOutDir: true, copyPublicDir: false },
    })
  } finally {
    delete process.env.VITE_SUPABASE_URL
    delete process.env.VITE_SUPABASE_ANON_KEY
  }
  manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'))
}, 240_000)
afterAll(() => rmSync(outDir, { recursive: true, force: true }))

function staticClosure(): Set<string> {
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key)) return
    seen.add(key)
    for (const next of manifest[key]?.imports ?? []) visit(next)
  }
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key)
  return seen
}

describe('Supabase-mode bundle', () => {
  it('loads no PGlite code up front', () => {
    const loaded = staticClosure()
    expect(loaded.size).toBeGreaterThan(0)
    for (const key of loaded) {
      const code = readFileSync(join(outDir, manifest[key]!.file), 'utf8')
      expect(key).not.toMatch(/pglite|embedded/i)
      expect(code).not.toContain('pglite.wasm')
      expect(code).not.toMatch(/postgis\.tar\.gz/)
      // PGlite runs in the database worker; its URL must not be in what this mode loads.
      expect(code).not.toMatch(/database\.worker/)
    }
  })

  it('keeps the embedded database reachable only through a dynamic import', () => {
    const lazy = Object.values(manifest).flatMap((c) => c.dynamicImports ?? [])
    expect(lazy.some((k) => /embedded-transport/.test(k))).toBe(true)
  })
})
