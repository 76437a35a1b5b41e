// A private PostgreSQL 15 + PostGIS cluster for the benchmarks, like `npm run test:pg` makes for
// the tests: in a temporary directory, on a free local port, removed when stopped. Null when
// PostgreSQL 15 is not installed (the figures then say so instead).
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { freePort } from './browser'

const PGBIN = '/usr/lib/postgresql/15/bin'
const POSTGIS = '/usr/share/postgresql/15/extension/postgis.control'

/** initdb refuses to run as root: the server then runs as the postgres user. */
function run(cmd: string, args: string[]) {
  const asRoot = process.getuid?.() === 0
  execFileSync(asRoot ? 'runuser' : cmd, asRoot ? ['-u', 'postgres', '--', cmd, ...args] : args, {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
}

export async function startCluster(): Promise<{ url: string; stop: () => void } | null> {
  if (!existsSync(join(PGBIN, 'initdb')) || !existsSync(POSTGIS)) return null
  const work = mkdtempSync('/tmp/qatysu-bench-pg.')
  chmodSync(work, 0o755)
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres', work])
  const data = join(work, 'data')
  const port = await freePort()
  run(join(PGBIN, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '--encoding=UTF8',
    '--locale=C.UTF-8',
  ])
  // Server settings as shipped (fsync on), except enough connections for the vote clients.
  const options = `-p ${port} -k ${work} -c listen_addresses=127.0.0.1 -c max_connections=100`
  run(join(PGBIN, 'pg_ctl'), [
    '-D',
    data,
    '-l',
    join(work, 'server.log'),
    '-w',
    '-o',
    options,
    'start',
  ])
  let stopped = false
  const stop = () => {
    if (stopped) return
    stopped = true
    try {
      run(join(PGBIN, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop'])
    } finally {
      rmSync(work, { recursive: true, force: true })
    }
  }
  process.once('exit', stop)
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop }
}
