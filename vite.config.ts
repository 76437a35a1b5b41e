/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'

/**
 * The development server injects an inline React Refresh preamble and talks to the page over a
 * websocket; the production CSP in index.html allows neither, so only `vite` (serve) relaxes it.
 */
function devContentSecurityPolicy(): Plugin {
  return {
    name: 'qatysu-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: wss:")
    },
  }
}

export default defineConfig({
  plugins: [react(), devContentSecurityPolicy()],
  optimizeDeps: {
    // PGlite loads its own .wasm/.data next to its modules; pre-bundling would break the paths.
    exclude: ['@electric-sql/pglite', '@electric-sql/pglite-postgis'],
  },
  worker: { format: 'es' },
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'tests/db/**/*.test.ts',
      'tests/attack/**/*.test.ts',
      'tests/build/**/*.test.ts',
    ],
    hookTimeout: 120000,
    testTimeout: 60000,
    globalSetup: ['tests/support/global-setup.ts'],
  },
})
