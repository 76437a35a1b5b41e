-- Funded projects, their public timeline of updates and their payments.
-- status and progress of a project change only by appending a project update, so every change
-- is on the public record with its time and the role of who made it.

create type public.project_status as enum (
  'planned', 'procurement', 'contracted', 'in_progress', 'completed', 'cancelled'
);

create table public.projects (
  id uuid primary key default gen_random_uuid(),
  proposal_id uuid unique references public.proposals (id),
  cycle_id text not null references public.budget_cycles (id),
  district_id text not null references public.districts (id),
  yard_id uuid references public.yards (id),
  title text not null check (char_length(btrim(title)) between 3 and 200),
  approved_budget bigint not null check (approved_budget > 0),
  contract_amount bigint check (contract_amount > 0),
  contractor text check (char_length(contractor) <= 300),
  planned_start date,
  planned_end date,
  status public.project_status not null default 'planned',
  progress smallint not null default 0 check (progress between 0 and 100),
  location extensions.geometry(Geometry, 4326) not null,
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (planned_end is null or planned_start is null or planned_start <= planned_end),
  check (status <> 'completed' or progress = 100),
  check (extensions.st_isvalid(location))
);
create index projects_cycle_idx on public.projects (cycle_id);
create index projects_district_idx on public.projects (district_id);
create index projects_location_idx on public.projects using gist (location);
alter table public.projects enable row level security;

create table public.project_updates (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects (id),
  status public.project_status not null,
  progress smallint not null check (progress between 0 and 100),
  note text not null default '' check (char_length(note) <= 4000),
  photo_path text check (char_length(photo_path) <= 500),
  author_id uuid default auth.uid() references auth.users (id),
  author_role public.member_role not null,
  created_at timestamptz not null default now(),
  check (status <> 'completed' or progress = 100)
);
create index project_updates_project_idx on public.project_updates (project_id, created_at);
alter table public.project_updates enable row level security;

create table public.payments (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects (id),
  amount bigint not null check (amount > 0),
  paid_on date not null,
  document_ref text not null check (char_length(btrim(document_ref)) between 1 and 200),
  recorded_by uuid default auth.uid() references auth.users (id),
  created_at timestamptz not null default now()
);
create index payments_project_idx on public.payments (project_id);
alter table public.payments enable row level security;

-- A project's location must lie in its district.
create or replace function app_private.project_inside_district()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not exists (
    select 1 from public.districts d
    where d.id = new.district_id and extensions.st_intersects(d.boundary, new.location)
  ) then
    perform app_private.fail('location_outside_district', new.district_id);
  end if;
  return new;
end
$$;
create trigger projects_inside_district
  before insert or update of location, district_id on public.projects
  for each row execute function app_private.project_inside_district();

-- End users may edit a project's contract fields, never its status or progress directly, nor
-- move it to another cycle or district.
create or replace function app_private.project_edit_guard()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if app_private.is_end_user() and pg_trigger_depth() = 1 and (
    new.status <> old.status or new.progress <> old.progress
    or new.cycle_id <> old.cycle_id or new.district_id <> old.district_id
    or new.proposal_id is distinct from old.proposal_id or new.is_demo <> old.is_demo
  ) then
    perform app_private.deny('project_change_needs_update');
  end if;
  new.updated_at := now();
  return new;
end
$$;
create trigger projects_edit_guard
  before update on public.projects
  for each row execute function app_private.project_edit_guard();

create or replace function app_private.project_district(p_project_id uuid)
returns text
language sql
stable
set search_path = ''
as $$
  select p.district_id from public.projects p where p.id = p_project_id
$$;
grant execute on function app_private.project_district(uuid) to anon, authenticated, service_role;

-- Progress and payments are recorded only while the project's cycle is in execution or reporting.
create or replace function app_private.require_execution_phase(p_project_id uuid)
returns void
language plpgsql
stable
set search_path = ''
as $$
declare
  v_phase public.cycle_phase;
begin
  select c.phase into v_phase
  from public.projects p join public.budget_cycles c on c.id = p.cycle_id
  where p.id = p_project_id;
  if v_phase not in ('execution', 'reporting') then
    perform app_private.fail('phase_closed', v_phase::text);
  end if;
end
$$;

-- Fills the author's role and applies the update to the project (definer: the project row may
-- only change through here).
create or replace function app_private.project_update_apply()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_district text;
begin
  v_district := app_private.project_district(new.project_id);
  if app_private.is_end_user() then
    new.author_id := auth.uid();
    new.created_at := now();
    new.author_role := case
      when app_private.has_district_role(v_district, '{official}') then 'official'
      when app_private.has_district_role(v_district, '{admin}') then 'admin'
    end;
    if new.author_role is null then
      perform app_private.deny('not_allowed_for_role', v_district);
    end if;
    perform app_private.require_execution_phase(new.project_id);
  end if;
  update public.projects set status = new.status, progress = new.progress
  where id = new.project_id;
  return new;
end
$$;
create trigger project_updates_apply
  before insert on public.project_updates
  for each row execute function app_private.project_update_apply();

create or replace function app_private.payment_guard()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if app_private.is_end_user() then
    new.recorded_by := auth.uid();
    new.created_at := now();
    perform app_private.require_execution_phase(new.project_id);
    if new.paid_on > current_date then
      perform app_private.fail('payment_in_future');
    end if;
  end if;
  return new;
end
$$;
create trigger payments_guard
  before insert on public.payments
  for each row execute function app_private.payment_guard();

create trigger project_updates_append_only
  before update or delete on public.project_updates
  for each row execute function app_private.forbid_history_change();
create trigger project_updates_no_truncate
  before truncate on public.project_updates
  for each statement execute function app_private.forbid_history_change();
create trigger payments_append_only
  before update or delete on public.payments
  for each row execute function app_private.forbid_history_change();
create trigger payments_no_truncate
  before truncate on public.payments
  for each statement execute function app_private.forbid_history_change();

-- Projects and their history are public. Writes: officials (and city admins) of the district.
create policy projects_select_policy on public.projects for select using (true);
create policy projects_update_policy on public.projects
  for update to authenticated
  using (app_private.has_district_role(district_id, '{official,admin}'))
  with check (app_private.has_district_role(district_id, '{official,admin}'));

create policy project_updates_select_policy on public.project_updates for select using (true);
create policy project_updates_insert_policy on public.project_updates
  for insert to authenticated
  with check (
    author_id = (select auth.uid())
    and app_private.has_district_role(app_private.project_district(project_id), '{official,admin}')
  );

create policy payments_select_policy on public.payments for select using (true);
create policy payments_insert_policy on public.payments
  for insert to authenticated
  with check (
    recorded_by = (select auth.uid())
    and app_private.has_district_role(app_private.project_district(project_id), '{official,admin}')
  );
