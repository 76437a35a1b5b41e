-- Milestones of a funded project: what should be done by when, set by the district's officials,
-- and the day each was done. Public and kept: a milestone is never edited or removed; the only
-- change is marking it done, once. A new plan is a new milestone, beside the old one.

create table public.project_milestones (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects (id),
  title text not null check (char_length(btrim(title)) between 3 and 200),
  planned_on date not null,
  done_on date,
  created_by uuid default auth.uid() references auth.users (id),
  author_role public.member_role not null,
  created_at timestamptz not null default now(),
  done_recorded_at timestamptz
);
create index project_milestones_project_idx on public.project_milestones (project_id, planned_on);
alter table public.project_milestones enable row level security;

-- Who adds and when (definer: reads the project and its cycle whatever RLS shows).
create or replace function app_private.milestone_insert_guard()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if not app_private.is_end_user() then
    return new;
  end if;
  new.created_by := auth.uid();
  new.created_at := now();
  new.author_role := app_private.acting_role(app_private.project_district(new.project_id));
  if new.author_role is null then
    perform app_private.deny('not_allowed_for_role', app_private.project_district(new.project_id));
  end if;
  perform app_private.require_execution_phase(new.project_id);
  if new.done_on is not null then
    perform app_private.fail('milestone_done_on_add');
  end if;
  return new;
end
$$;
create trigger project_milestones_insert_guard
  before insert on public.project_milestones
  for each row execute function app_private.milestone_insert_guard();

-- The one change there is: done, once, on a day that has come (for every role; definer: reads
-- the project's cycle whatever RLS shows).
create or replace function app_private.milestone_update_guard()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.id <> old.id or new.project_id <> old.project_id or new.title <> old.title
     or new.planned_on <> old.planned_on or new.created_by is distinct from old.created_by
     or new.author_role <> old.author_role or new.created_at <> old.created_at then
    perform app_private.fail('history_is_append_only', tg_table_name);
  end if;
  if old.done_on is not null then
    perform app_private.fail('milestone_already_done');
  end if;
  if new.done_on is null then
    perform app_private.fail('history_is_append_only', tg_table_name);
  end if;
  if app_private.is_end_user() then
    perform app_private.require_execution_phase(new.project_id);
    if new.done_on > app_private.local_today() then
      perform app_private.fail('milestone_done_in_future');
    end if;
  end if;
  new.done_recorded_at := now();
  return new;
end
$$;
create trigger project_milestones_update_guard
  before update on public.project_milestones
  for each row execute function app_private.milestone_update_guard();

create trigger project_milestones_no_delete
  before delete on public.project_milestones
  for each row execute function app_private.forbid_history_change();
create trigger project_milestones_no_truncate
  before truncate on public.project_milestones
  for each statement execute function app_private.forbid_history_change();

create policy project_milestones_select_policy on public.project_milestones
  for select using (true);
create policy project_milestones_insert_policy on public.project_milestones
  for insert to authenticated
  with check (
    created_by = (select auth.uid())
    and app_private.has_district_role(app_private.project_district(project_id), '{official,admin}')
  );
create policy project_milestones_update_policy on public.project_milestones
  for update to authenticated
  using (app_private.has_district_role(app_private.project_district(project_id), '{official,admin}'))
  with check (
    app_private.has_district_role(app_private.project_district(project_id), '{official,admin}')
  );

-- A project's milestones, planned first; `overdue` when the planned day has passed undone.
create or replace function api.project_milestones(p_project_id uuid)
returns table (
  id uuid, title text, planned_on date, done_on date, author_role public.member_role,
  created_at timestamptz, overdue boolean
)
language sql
stable
set search_path = ''
as $$
  select m.id, m.title, m.planned_on, m.done_on, m.author_role, m.created_at,
         m.done_on is null and m.planned_on < app_private.local_today()
  from public.project_milestones m
  where m.project_id = p_project_id
  order by m.planned_on, m.created_at, m.id
$$;

create or replace function api.add_milestone(p_project_id uuid, p_title text, p_planned_on date)
returns setof jsonb
language plpgsql
set search_path = ''
as $$
declare
  v_user uuid := app_private.require_user();
begin
  if not exists (select 1 from public.projects p where p.id = p_project_id) then
    perform app_private.fail('not_found', p_project_id::text);
  end if;
  -- The role is set by the guard; 'official' only satisfies the column until then.
  insert into public.project_milestones (project_id, title, planned_on, created_by, author_role)
  values (p_project_id, btrim(coalesce(p_title, '')), p_planned_on, v_user, 'official');
  return query select to_jsonb(m) from api.project_milestones(p_project_id) m;
end
$$;

create or replace function api.complete_milestone(p_milestone_id uuid, p_done_on date)
returns setof jsonb
language plpgsql
set search_path = ''
as $$
declare
  v_project uuid;
begin
  perform app_private.require_user();
  update public.project_milestones set done_on = p_done_on
  where id = p_milestone_id
  returning project_id into v_project;
  if v_project is null then
    if exists (select 1 from public.project_milestones m where m.id = p_milestone_id) then
      perform app_private.deny('not_allowed_for_role');
    end if;
    perform app_private.fail('not_found', p_milestone_id::text);
  end if;
  return query select to_jsonb(m) from api.project_milestones(v_project) m;
end
$$;

grant execute on function api.project_milestones(uuid) to anon, authenticated, service_role;
grant execute on function api.add_milestone(uuid, text, date), api.complete_milestone(uuid, date)
  to authenticated, service_role;
