// Build of the start and memory benchmark page (bench/start/bare.html), separate from the app's
// build and from the map pages (whose build empties its own folder). Output under node_modules/.cache,
// never committed; served by `vite preview --config bench/start/vite.config.ts`.
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

export const START_OUT_DIR = fileURLToPath(
  new URL('../../node_modules/.cache/qatysu-bench-start', import.meta.url),
)

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  // As the app: PGlite's module workers load its .wasm/.data next to them.
  worker: { format: 'es' },
  build: {
    outDir: START_OUT_DIR,
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: { input: { bare: fileURLToPath(new URL('./bare.html', import.meta.url)) } },
  },
})
