-- pgTAP checks in Supabase's layout (`supabase test db`); npm run test:pg runs them too.
begin;
create extension if not exists pgtap with schema extensions;
set local search_path = public, extensions;

select plan(6);

select is(
  (select array_agg(c.relname::text order by c.relname)
   from pg_class c join pg_namespace n on n.oid = c.relnamespace
   where n.nspname = 'public' and c.relkind = 'r' and c.relname <> 'spatial_ref_sys'
     and not c.relrowsecurity),
  null,
  'every table in public has row-level security enabled'
);

select ok(
  not exists (select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace
              where n.nspname = 'api' and c.relkind = 'r'),
  'the exposed api schema holds no tables'
);

select policies_are('public', 'votes',
  array['votes_select_policy', 'votes_insert_policy', 'votes_delete_policy'],
  'votes: a voter reads, casts and takes back only their own votes');

select policies_are('public', 'payments',
  array['payments_select_policy', 'payments_insert_policy'],
  'payments: no update or delete policy exists');

select function_privs_are('api', 'cast_vote', array['uuid'], 'anon', array[]::text[],
  'anonymous visitors cannot call cast_vote');

select throws_ok(
  $$ truncate public.payments $$,
  'QA001', 'history_is_append_only',
  'payments cannot be truncated, even by the database owner'
);

select * from finish();
rollback;
