// The SQL that builds the embedded database: the Supabase shim, then every migration in name order,
// then the seed — the very files `supabase db reset` applies, never a second schema.
// Loaded lazily: only needed when no prebuilt snapshot matches.

export interface SqlSource {
  name: string
  sql: string
}

const shim = import.meta.glob<string>('../../supabase/shim/*.sql', {
  query: '?raw',
  import: 'default',
})
const migrations = import.meta.glob<string>('../../supabase/migrations/*.sql', {
  query: '?raw',
  import: 'default',
})
const seed = import.meta.glob<string>('../../supabase/seed.sql', {
  query: '?raw',
  import: 'default',
})

async function load(files: Record<string, () => Promise<string>>): Promise<SqlSource[]> {
  const names = Object.keys(files).sort()
  return Promise.all(names.map(async (name) => ({ name, sql: await files[name]!() })))
}

export async function schemaSources(): Promise<SqlSource[]> {
  return [...(await load(shim)), ...(await load(migrations)), ...(await load(seed))]
}
