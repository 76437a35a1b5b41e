// Build of the baseline page (react + maplibre-gl alone) with the app's Vite and the same
// production defaults (minifier, targets) and, as the app, only the React plugin. The output goes
// under node_modules/.cache, apart from dist/ and from the map benchmark's folder.
import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

export const BASELINE_OUT_DIR = fileURLToPath(
  new URL('../../node_modules/.cache/qatysu-bench-bundle/baseline', import.meta.url),
)

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: false,
  logLevel: 'warn',
  plugins: [react()],
  build: {
    outDir: BASELINE_OUT_DIR,
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: { input: fileURLToPath(new URL('./baseline.html', import.meta.url)) },
  },
})
