// Build of the map benchmark pages (bench/map/*.html), separate from the app's build. The output
// goes under node_modules/.cache so it is never committed; bench/map-render.ts writes the
// synthetic data files next to it and serves it with `vite preview --config vite.bench.config.ts`.
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

export const BENCH_OUT_DIR = fileURLToPath(
  new URL('./node_modules/.cache/qatysu-bench', import.meta.url),
)

export default defineConfig({
  root: fileURLToPath(new URL('./bench/map', import.meta.url)),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: BENCH_OUT_DIR,
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: {
        maplibre: fileURLToPath(new URL('./bench/map/maplibre.html', import.meta.url)),
        leaflet: fileURLToPath(new URL('./bench/map/leaflet.html', import.meta.url)),
      },
    },
  },
})
