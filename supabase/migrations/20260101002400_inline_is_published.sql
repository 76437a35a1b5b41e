-- Published is a pure test of the status, checked on every row of every proposal read: by the
-- select policy and again by the API's own filters. A function with a SET clause is never
-- inlined, so each check was a function call per row; at 100,000 proposals that doubled a
-- citizen's district summaries against the same call without RLS (npm run bench). Without the
-- SET clause the planner inlines it into a plain `= any` on the column. It references nothing
-- through the search path: the operator is pg_catalog's, the type is qualified.
create or replace function app_private.is_published(p_status public.proposal_status)
returns boolean
language sql
immutable
as $$
  select p_status operator(pg_catalog.=) any (
    array['submitted', 'under_review', 'rejected', 'on_ballot', 'selected', 'not_selected']
      ::public.proposal_status[])
$$;
