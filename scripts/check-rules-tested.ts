// Proves that every rule is tested: removes each RLS policy and each rule trigger in turn and runs
// the database tests, which must then fail. Slow (one suite run per rule); run by hand with
// `npm run check:rules`, optionally filtered: `npm run check:rules -- votes`.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { PGlite } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'
import { ensureSnapshot } from './snapshot'

const root = fileURLToPath(new URL('..', import.meta.url))
const filter = process.argv[2] ?? ''

const db = new PGlite({
  extensions: { postgis },
  loadDataDir: new Blob([readFileSync(await ensureSnapshot(root))]),
})
const { rows } = await db.query<{ name: string; sql: string }>(`
  select format('policy %s on %s', policyname, tablename) as name,
         format('drop policy %I on public.%I', policyname, tablename) as sql
  from pg_policies where schemaname = 'public'
  union all
  select format('trigger %s on %s', t.tgname, c.relname),
         format('drop trigger %I on public.%I', t.tgname, c.relname)
  from pg_trigger t join pg_class c on c.oid = t.tgrelid
  join pg_namespace n on n.oid = c.relnamespace
  where n.nspname = 'public' and not t.tgisinternal
  order by 1`)
await db.close()

const survivors: string[] = []
const checked = rows.filter((r) => r.name.includes(filter))
for (const rule of checked) {
  const run = spawnSync(
    'npx',
    ['vitest', 'run', 'tests/db', 'tests/attack', '--reporter=dot', '--bail=1'],
    {
      cwd: root,
      env: { ...process.env, QATYSU_MUTATION: rule.sql },
      encoding: 'utf8',
    },
  )
  const caught = run.status !== 0
  console.log(`${caught ? 'caught  ' : 'SURVIVED'}  ${rule.name}`)
  if (!caught) survivors.push(rule.name)
}
console.log(
  `\n${checked.length - survivors.length} of ${checked.length} removed rules made a test fail`,
)
if (survivors.length) {
  console.log(`untested: ${survivors.join(', ')}`)
  process.exitCode = 1
}
