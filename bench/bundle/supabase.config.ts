// The app itself in Supabase mode: vite.config.ts with both Supabase variables set to dummy
// values (the address never answers; the app still draws its shell and map), built with a
// manifest into its own folder under node_modules/.cache, so dist/ stays as it is.
import { fileURLToPath } from 'node:url'
import { defineConfig, mergeConfig } from 'vite'
import app from '../../vite.config.js'

export const SUPABASE_OUT_DIR = fileURLToPath(
  new URL('../../node_modules/.cache/qatysu-bench-bundle/supabase', import.meta.url),
)

export default mergeConfig(
  app,
  defineConfig({
    root: fileURLToPath(new URL('../..', import.meta.url)),
    // The embedded database's known build warnings (eval, fs/promises) are not this benchmark's.
    logLevel: 'error',
    // Vite adds defined import.meta.env.* keys to import.meta.env itself, which connect.ts reads.
    define: {
      'import.meta.env.VITE_SUPABASE_URL': JSON.stringify('http://127.0.0.1:54321'),
      'import.meta.env.VITE_SUPABASE_ANON_KEY': JSON.stringify('bench-dummy-anon-key'),
    },
    build: {
      outDir: SUPABASE_OUT_DIR,
      emptyOutDir: true,
      manifest: true,
      chunkSizeWarningLimit: 4000,
    },
  }),
)
