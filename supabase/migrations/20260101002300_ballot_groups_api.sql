-- A cycle's ballot groups, smallest yards first: a cycle with groups selects its winners once
-- per group and district, so the app must know the groups to offer one comparison for each.
-- Invoker: the groups are public (their select policy), as their allocations are.
create or replace function api.ballot_groups(p_cycle_id text)
returns setof jsonb
language sql
stable
set search_path = ''
as $$
  select jsonb_build_object(
    'id', g.id, 'code', g.code,
    'name_kk', g.name_kk, 'name_ru', g.name_ru, 'name_en', g.name_en,
    'min_flats', g.min_flats, 'max_flats', g.max_flats, 'allocation', g.allocation)
  from public.ballot_groups g
  where g.cycle_id = p_cycle_id
  order by g.min_flats, g.code
$$;

grant execute on function api.ballot_groups(text) to anon, authenticated, service_role;
