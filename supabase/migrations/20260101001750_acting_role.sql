-- The role in which the caller acts for a district's records: 'official' when they are one of
-- its officials, else 'admin' when they administer its city, else null (not allowed). Entries
-- on the public record (paper counts, confirmed winners) keep it.
create or replace function app_private.acting_role(p_district_id text)
returns public.member_role
language sql
stable
set search_path = ''
as $$
  select case
    when app_private.has_district_role(p_district_id, '{official}') then 'official'
    when app_private.has_district_role(p_district_id, '{admin}') then 'admin'
  end::public.member_role
$$;
grant execute on function app_private.acting_role(text) to anon, authenticated, service_role;
