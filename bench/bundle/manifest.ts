// The cross-check from the build side: the JavaScript Vite's manifest says a first load needs,
// the entry chunk and its static imports plus the dynamic entries the start-up imports itself.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { GZIP_LEVEL } from './firstLoad'

interface ManifestChunk {
  file: string
  imports?: string[]
}

export interface BuiltFile {
  file: string
  gzipBytes: number
}

/** Files of the entry `index.html` and of `dynamicEntries` (source paths), static imports included. */
export function manifestFirstLoad(outDir: string, dynamicEntries: string[]): BuiltFile[] {
  const text = readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')
  const manifest = JSON.parse(text) as Record<string, ManifestChunk>
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key)) return
    const chunk = manifest[key]
    if (!chunk) throw new Error(`${key} is not in the build manifest`)
    seen.add(key)
    chunk.imports?.forEach(visit)
  }
  for (const key of ['index.html', ...dynamicEntries]) visit(key)
  return [...seen].map((key) => {
    const file = manifest[key]!.file
    const gzipBytes = gzipSync(readFileSync(join(outDir, file)), { level: GZIP_LEVEL }).length
    return { file, gzipBytes }
  })
}
