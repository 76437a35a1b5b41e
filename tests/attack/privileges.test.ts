// Least privilege by inventory: every privilege the API roles (anon, authenticated) and PUBLIC
// hold on a schema, table, column, sequence or function, every role they are members of and
// every default privilege that would hand them new objects, read from the catalog and compared
// with the list in ./privileges-allowed.ts, both ways. A failure prints the difference as SQL to
// paste: into the list when the grant is meant, into a migration (as a revoke) when it is not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database'
import { ALLOWED_PRIVILEGES } from './privileges-allowed'

let db: TestDatabase
beforeAll(async () => {
  db = await openTestDatabase()
})
afterAll(() => db.close())

// One row per privilege, in the words of a GRANT statement. Types print schema-qualified (empty
// search path), so function signatures read the same on every server. Objects of extensions
// (PostGIS) keep the EXECUTE to PUBLIC their scripts give; anything more is still reported.
const INVENTORY = `
with grantee(oid, name) as (
  select 0::oid, 'public'
  union all
  select oid, rolname::text from pg_catalog.pg_roles where rolname in ('anon', 'authenticated')
),
ours(oid, name) as (
  select n.oid, n.nspname::text from pg_catalog.pg_namespace n
  where n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')
    and n.nspname !~ '^pg_(toast_)?temp_'
),
member(classid, objid) as (
  select d.classid, d.objid from pg_catalog.pg_depend d where d.deptype = 'e'
),
grants(statement) as (
  select format('grant %s on schema %I to %s', lower(a.privilege_type), s.name, g.name)
  from ours s
  join pg_catalog.pg_namespace n on n.oid = s.oid
  cross join lateral pg_catalog.aclexplode(coalesce(n.nspacl, pg_catalog.acldefault('n', n.nspowner))) a
  join grantee g on g.oid = a.grantee
  union all
  select format('grant %s on %s %I.%I to %s', lower(a.privilege_type),
                case c.relkind when 'S' then 'sequence' else 'table' end, s.name, c.relname, g.name)
  from pg_catalog.pg_class c
  join ours s on s.oid = c.relnamespace
  cross join lateral pg_catalog.aclexplode(coalesce(c.relacl, pg_catalog.acldefault(
    case c.relkind when 'S' then 's' else 'r' end::"char", c.relowner))) a
  join grantee g on g.oid = a.grantee
  where c.relkind in ('r', 'p', 'v', 'm', 'f', 'S')
  union all
  select format('grant %s (%s) on table %I.%I to %s', lower(a.privilege_type),
                string_agg(quote_ident(att.attname), ', ' order by att.attname), s.name,
                c.relname, g.name)
  from pg_catalog.pg_attribute att
  join pg_catalog.pg_class c on c.oid = att.attrelid
  join ours s on s.oid = c.relnamespace
  cross join lateral pg_catalog.aclexplode(att.attacl) a
  join grantee g on g.oid = a.grantee
  where att.attnum > 0 and not att.attisdropped and c.relkind in ('r', 'p', 'v', 'm', 'f')
  group by a.privilege_type, s.name, c.relname, g.name
  union all
  select format('grant %s on function %I.%I(%s) to %s', lower(a.privilege_type), s.name,
                p.proname,
                (select coalesce(string_agg(pg_catalog.format_type(t.oid, null), ', '
                                            order by t.ord), '')
                 from unnest(p.proargtypes) with ordinality t(oid, ord)),
                g.name)
  from pg_catalog.pg_proc p
  join ours s on s.oid = p.pronamespace
  cross join lateral pg_catalog.aclexplode(coalesce(p.proacl, pg_catalog.acldefault('f', p.proowner))) a
  join grantee g on g.oid = a.grantee
  where not (g.oid = 0 and exists (select 1 from member m
                                   where m.classid = 'pg_catalog.pg_proc'::regclass
                                     and m.objid = p.oid))
  union all
  select format('grant %I to %I', r.rolname, g.rolname)
  from pg_catalog.pg_auth_members am
  join pg_catalog.pg_roles r on r.oid = am.roleid
  join pg_catalog.pg_roles g on g.oid = am.member
  where g.rolname in ('anon', 'authenticated')
  union all
  select format('alter default privileges for role %I%s grant %s on %s to %s',
                pg_catalog.pg_get_userbyid(d.defaclrole),
                case when d.defaclnamespace = 0 then ''
                     else format(' in schema %I', d.defaclnamespace::regnamespace::text) end,
                lower(a.privilege_type),
                case d.defaclobjtype when 'r' then 'tables' when 'S' then 'sequences'
                  when 'f' then 'functions' when 'T' then 'types' when 'n' then 'schemas' end,
                g.name)
  from pg_catalog.pg_default_acl d
  cross join lateral pg_catalog.aclexplode(d.defaclacl) a
  join grantee g on g.oid = a.grantee
)
select statement from grants order by statement`

async function inventory(): Promise<string[]> {
  return db.runner.transaction(async (tx) => {
    await tx.query(`set local search_path = ''`)
    const { rows } = await tx.query<{ statement: string }>(INVENTORY)
    return rows.map((r) => r.statement)
  })
}

/** Lines of `lines` that are not in `list`, as SQL to paste (one statement per line). */
function missingFrom(lines: string[], list: Iterable<string>): string {
  const known = new Set(list)
  return lines
    .filter((line) => !known.has(line))
    .map((line) => `${line};`)
    .join('\n')
}

describe('privileges of the API roles', () => {
  it('holds no privilege that is not on the allowed list', async () => {
    const unexpected = missingFrom(await inventory(), ALLOWED_PRIVILEGES)
    expect(
      unexpected,
      `privileges of anon, authenticated or PUBLIC not in tests/attack/privileges-allowed.ts:\n` +
        unexpected,
    ).toBe('')
  })

  it('lists no privilege that is not granted, so the list stays an inventory', async () => {
    const granted = await inventory()
    const stale = missingFrom(ALLOWED_PRIVILEGES, granted)
    expect(stale, `listed in tests/attack/privileges-allowed.ts but not granted:\n${stale}`).toBe(
      '',
    )
  })
})
