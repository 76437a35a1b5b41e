-- Least privilege by inventory. Supabase grants the API roles ALL on every table, sequence and
-- function of `public` (and so does supabase/shim): TRUNCATE, TRIGGER and REFERENCES included,
-- which row-level security does not govern (`truncate public.votes` as anon emptied the votes).
-- From here on anon and authenticated hold only what the app uses, named below, and new tables
-- in `public` start with nothing: every migration grants what its tables need.
-- tests/attack/privileges.test.ts compares the catalog with tests/attack/privileges-allowed.ts.

-- Everything, whatever the server calls it (MAINTAIN on PostgreSQL 17 and later included), on
-- every table, view, sequence and function of public and app_private. Objects of extensions
-- (PostGIS, where a project installed it in public) keep what their scripts grant to PUBLIC:
-- PostGIS reads spatial_ref_sys as the caller.
do $$
declare
  v_object text;
begin
  for v_object in
    select format('%s %I.%I', case c.relkind when 'S' then 'sequence' else 'table' end,
                  n.nspname, c.relname)
    from pg_catalog.pg_class c
    join pg_catalog.pg_namespace n on n.oid = c.relnamespace
    where n.nspname in ('public', 'app_private') and c.relkind in ('r', 'p', 'v', 'm', 'f', 'S')
      and not exists (select 1 from pg_catalog.pg_depend d
                      where d.classid = 'pg_catalog.pg_class'::regclass and d.objid = c.oid
                        and d.deptype = 'e')
  loop
    execute format('revoke all on %s from public, anon, authenticated', v_object);
  end loop;
  for v_object in
    select p.oid::regprocedure::text
    from pg_catalog.pg_proc p
    join pg_catalog.pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'public'
      and not exists (select 1 from pg_catalog.pg_depend d
                      where d.classid = 'pg_catalog.pg_proc'::regclass and d.objid = p.oid
                        and d.deptype = 'e')
  loop
    execute format('revoke all on function %s from public, anon, authenticated', v_object);
  end loop;
  -- PostGIS's tables, wherever it lives: readable (its scripts grant SELECT to PUBLIC), never
  -- writable.
  for v_object in
    select format('%I.%I', n.nspname, c.relname)
    from pg_catalog.pg_class c
    join pg_catalog.pg_namespace n on n.oid = c.relnamespace
    where n.nspname in ('public', 'extensions') and c.relkind = 'r'
      and exists (select 1 from pg_catalog.pg_depend d
                  where d.classid = 'pg_catalog.pg_class'::regclass and d.objid = c.oid
                    and d.deptype = 'e')
  loop
    execute format('revoke all on table %s from anon, authenticated', v_object);
    execute format('revoke insert, update, delete, truncate, references, trigger on table %s '
                   'from public', v_object);
  end loop;
end
$$;

-- New tables, sequences and functions in public start with nothing for the API roles.
alter default privileges in schema public revoke all on tables from public, anon, authenticated;
alter default privileges in schema public revoke all on sequences from public, anon, authenticated;
alter default privileges in schema public revoke all on functions from public, anon, authenticated;

-- The private schema holds secrets (ballot salts): no table of it is ever the API roles'.
alter default privileges in schema app_private revoke all on tables
  from public, anon, authenticated;
alter default privileges in schema app_private revoke all on sequences
  from public, anon, authenticated;

-- Nobody but the migrations creates objects: no CREATE on any of our schemas (PostgreSQL 15
-- already took it from PUBLIC on `public`; a Supabase project may differ).
revoke create on schema public, api, app_private, extensions from public, anon, authenticated;

-- ---------------------------------------------------------------------------------------------
-- Reading. RLS decides the rows; these grants decide the tables and columns. Tables whose rows
-- name a member of staff grant every column but that one (migration 002610 keeps the API from
-- reading it): the public record names staff by role only.

-- Public reference data and public records.
grant select on public.cities, public.districts, public.yards, public.categories,
  public.budget_cycles, public.cycle_phase_dates, public.cycle_districts, public.ballot_groups,
  public.proposals, public.proposal_tallies, public.projects
  to anon, authenticated;

grant select (id, proposal_id, reviewer_role, verdict, cost_reestimate, note, created_at)
  on public.reviews to anon, authenticated;
grant select (id, project_id, status, progress, note, photo_path, author_role, created_at)
  on public.project_updates to anon, authenticated;
grant select (id, project_id, amount, paid_on, document_ref, created_at)
  on public.payments to anon, authenticated;
grant select (id, proposal_id, votes, note, author_role, created_at)
  on public.paper_vote_counts to anon, authenticated;
grant select (id, project_id, title, planned_on, done_on, author_role, created_at,
              done_recorded_at)
  on public.project_milestones to anon, authenticated;
grant select (id, cycle_id, district_id, ballot_group_id, rule, budget, inputs, selected,
              total_cost, confirmed_role, created_at)
  on public.selection_outcomes to anon, authenticated;

-- A signed-in person's own rows (their policies are for authenticated only; anon reads none).
grant select on public.profiles, public.memberships, public.votes to authenticated;

-- ---------------------------------------------------------------------------------------------
-- Writing: only the columns the invoker `api` functions write, for signed-in users. Derived and
-- system columns (a proposal's district, yard, ballot group, dates, demo flag; a project's
-- budget, status, progress) are nobody's to write: triggers compute them. Columns naming the
-- writer (author_id, reviewer_id, recorded_by, …) and roles (author_role, …) are in the lists
-- because the API names them, but the tables' guards overwrite them for end users with auth.uid()
-- and the role actually held.

-- save_proposal (insert, edit), submit/withdraw_proposal and decide_proposal (status, reason).
grant insert (cycle_id, author_id, title, description, category_id, cost_estimate, location,
              photo_path)
  on public.proposals to authenticated;
grant update (title, description, category_id, cost_estimate, location, photo_path, status,
              rejection_reason)
  on public.proposals to authenticated;

-- review_proposal.
grant insert (proposal_id, reviewer_id, reviewer_role, verdict, cost_reestimate, note)
  on public.reviews to authenticated;

-- cast_vote and retract_vote (the voter and cycle are set by the vote guard).
grant insert (voter_id, proposal_id, cycle_id) on public.votes to authenticated;
grant delete on public.votes to authenticated;

-- record_project_update (status and progress reach the project through its trigger only).
grant insert (project_id, status, progress, note, photo_path, author_id, author_role)
  on public.project_updates to authenticated;

-- record_payment.
grant insert (project_id, amount, paid_on, document_ref, recorded_by)
  on public.payments to authenticated;

-- record_paper_votes.
grant insert (proposal_id, votes, note, entered_by, author_role)
  on public.paper_vote_counts to authenticated;

-- add_milestone and complete_milestone.
grant insert (project_id, title, planned_on, created_by, author_role)
  on public.project_milestones to authenticated;
grant update (done_on) on public.project_milestones to authenticated;

-- confirm_selection: the outcome's budget, inputs, total and role are the guard's, not the
-- caller's (migration 002610 stops naming them).
grant insert (cycle_id, district_id, ballot_group_id, rule, selected)
  on public.selection_outcomes to authenticated;

-- update_profile (updated_at is reset to now() by a trigger, migration 002620).
grant update (display_name, home_district_id, language, updated_at)
  on public.profiles to authenticated;

-- create_cycle and set_cycle_phase: a cycle's rules are written once, when it is created; the
-- phase is its only column that changes afterwards.
grant insert (id, city_id, year, title_kk, title_ru, title_en, phase, project_cost_cap,
              votes_per_voter, votes_changeable, residents_only, division_date, is_demo)
  on public.budget_cycles to authenticated;
grant update (phase) on public.budget_cycles to authenticated;
grant insert (cycle_id, district_id, allocation) on public.cycle_districts to authenticated;
grant insert (cycle_id, phase, starts_on, ends_on) on public.cycle_phase_dates to authenticated;
grant insert (cycle_id, code, name_kk, name_ru, name_en, min_flats, max_flats, allocation)
  on public.ballot_groups to authenticated;

-- Written directly, under their policies, though no API function does yet: a city admin sets
-- a district's allocation (the cycle's rules freeze it) and grants or removes roles in their
-- city; an author deletes their own draft; an official keeps a project's contract fields
-- (status, progress, budget and place are the project's triggers' alone).
grant update (allocation) on public.cycle_districts to authenticated;
grant insert (user_id, role, city_id, district_id) on public.memberships to authenticated;
grant delete on public.memberships to authenticated;
grant delete on public.proposals to authenticated;
grant update (contract_amount, contractor, planned_start, planned_end)
  on public.projects to authenticated;

-- Written by no end user: cities, districts, yards, categories, proposal_tallies (the tally
-- triggers' alone) and the rest of projects (created by the selection, changed by project
-- updates).

-- ---------------------------------------------------------------------------------------------
-- Functions. "my_*" describe the signed-in person: anon has no one to describe.
revoke execute on function api.my_profile(), api.my_votes(text), api.my_proposals(text)
  from anon;
