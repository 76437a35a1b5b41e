// The app built in Supabase mode against the local stand-in (bench/supabase-standin.ts), into its
// own folder under node_modules/.cache. A child process, so the Supabase variables never leak into
// other builds of the same benchmark run.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { STANDIN_ANON_KEY } from './supabase-standin'

/** Builds the app with VITE_SUPABASE_URL = `apiUrl`; returns the output folder. */
export function buildSupabaseApp(root: string, apiUrl: string): string {
  const outDir = join(root, 'node_modules/.cache/qatysu-bench-supabase')
  const vite = join(root, 'node_modules/vite/bin/vite.js')
  const built = spawnSync(
    process.execPath,
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, VITE_SUPABASE_URL: apiUrl, VITE_SUPABASE_ANON_KEY: STANDIN_ANON_KEY },
    },
  )
  if (built.status !== 0) throw new Error('the Supabase-mode build failed')
  return outDir
}
