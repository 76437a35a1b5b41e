-- Budget cycles: one participatory-budgeting round of a city, its phase, rules and allocations.

create type public.cycle_phase as enum (
  'planning', 'submission', 'review', 'voting', 'selection', 'execution', 'reporting', 'closed'
);

create table public.budget_cycles (
  id text primary key check (id ~ '^[a-z0-9][a-z0-9-]*$'),
  city_id text not null references public.cities (id),
  year smallint not null check (year between 2015 and 2100),
  title_kk text not null,
  title_ru text not null,
  title_en text not null,
  phase public.cycle_phase not null default 'planning',
  -- Integer tenge; null means no per-project cap.
  project_cost_cap bigint check (project_cost_cap > 0),
  votes_per_voter smallint not null default 1 check (votes_per_voter between 1 and 50),
  votes_changeable boolean not null default false,
  residents_only boolean not null default true,
  -- Districts are matched by the date their edition was valid on.
  division_date date not null,
  is_demo boolean not null default false,
  created_at timestamptz not null default now()
);
create index budget_cycles_city_idx on public.budget_cycles (city_id);
alter table public.budget_cycles enable row level security;

create table public.cycle_phase_dates (
  cycle_id text not null references public.budget_cycles (id) on delete cascade,
  phase public.cycle_phase not null,
  starts_on date not null,
  ends_on date not null,
  primary key (cycle_id, phase),
  check (starts_on <= ends_on)
);
alter table public.cycle_phase_dates enable row level security;

-- The districts taking part in a cycle and the money each may spend.
create table public.cycle_districts (
  cycle_id text not null references public.budget_cycles (id) on delete cascade,
  district_id text not null references public.districts (id),
  allocation bigint not null check (allocation > 0),
  primary key (cycle_id, district_id)
);
create index cycle_districts_district_idx on public.cycle_districts (district_id);
alter table public.cycle_districts enable row level security;

-- A cycle's districts must be editions of its city valid on the cycle's division date.
create or replace function app_private.cycle_district_matches()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not exists (
    select 1
    from public.budget_cycles c
    join public.districts d on d.id = new.district_id
    where c.id = new.cycle_id
      and d.city_id = c.city_id
      and (d.valid_from is null or d.valid_from <= c.division_date)
      and (d.valid_to is null or c.division_date < d.valid_to)
  ) then
    perform app_private.fail('district_not_in_cycle_city', new.district_id);
  end if;
  return new;
end
$$;
create trigger cycle_districts_match
  before insert or update on public.cycle_districts
  for each row execute function app_private.cycle_district_matches();

-- Ballot groups split a ballot by yard size (Saryarka 2019: up to 40, up to 100, over 100 flats).
-- A proposal joins the group of its yard; each group may have its own share of the allocation.
create table public.ballot_groups (
  id uuid primary key default gen_random_uuid(),
  cycle_id text not null references public.budget_cycles (id) on delete cascade,
  code text not null,
  name_kk text not null,
  name_ru text not null,
  name_en text not null,
  min_flats integer not null default 1 check (min_flats >= 1),
  max_flats integer check (max_flats >= min_flats),
  allocation bigint check (allocation > 0),
  unique (cycle_id, code)
);
alter table public.ballot_groups enable row level security;

-- A yard must belong to at most one ballot group of a cycle: flat ranges may not overlap.
create or replace function app_private.ballot_groups_do_not_overlap()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if exists (
    select 1 from public.ballot_groups g
    where g.cycle_id = new.cycle_id and g.id <> new.id
      and g.min_flats <= coalesce(new.max_flats, 2147483647)
      and new.min_flats <= coalesce(g.max_flats, 2147483647)
  ) then
    perform app_private.fail('ballot_groups_overlap');
  end if;
  return new;
end
$$;
create trigger ballot_groups_do_not_overlap
  before insert or update on public.ballot_groups
  for each row execute function app_private.ballot_groups_do_not_overlap();

create policy budget_cycles_select_policy on public.budget_cycles for select using (true);
create policy cycle_phase_dates_select_policy on public.cycle_phase_dates for select using (true);
create policy cycle_districts_select_policy on public.cycle_districts for select using (true);
create policy ballot_groups_select_policy on public.ballot_groups for select using (true);

-- City admins run their city's cycles.
create policy budget_cycles_insert_policy on public.budget_cycles
  for insert to authenticated with check (app_private.is_city_admin(city_id));
create policy budget_cycles_update_policy on public.budget_cycles
  for update to authenticated
  using (app_private.is_city_admin(city_id))
  with check (app_private.is_city_admin(city_id));

create or replace function app_private.cycle_city(p_cycle_id text)
returns text
language sql
stable
set search_path = ''
as $$
  select c.city_id from public.budget_cycles c where c.id = p_cycle_id
$$;
grant execute on function app_private.cycle_city(text) to anon, authenticated, service_role;

create policy cycle_phase_dates_write_policy on public.cycle_phase_dates
  for all to authenticated
  using (app_private.is_city_admin(app_private.cycle_city(cycle_id)))
  with check (app_private.is_city_admin(app_private.cycle_city(cycle_id)));
create policy cycle_districts_write_policy on public.cycle_districts
  for all to authenticated
  using (app_private.is_city_admin(app_private.cycle_city(cycle_id)))
  with check (app_private.is_city_admin(app_private.cycle_city(cycle_id)));
create policy ballot_groups_write_policy on public.ballot_groups
  for all to authenticated
  using (app_private.is_city_admin(app_private.cycle_city(cycle_id)))
  with check (app_private.is_city_admin(app_private.cycle_city(cycle_id)));

-- Phases only move forward for people using the API; fixing history is a service-role task.
-- Rules, allocations and districts are frozen once voting has started, so nobody can move the
-- goalposts during or after the vote.
create or replace function app_private.cycle_rules_guard()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not app_private.is_end_user() then
    return new;
  end if;
  if new.phase < old.phase then
    perform app_private.fail('phase_cannot_go_back', old.phase::text || ' -> ' || new.phase::text);
  end if;
  if old.phase >= 'voting' and (
    new.project_cost_cap is distinct from old.project_cost_cap
    or new.votes_per_voter <> old.votes_per_voter
    or new.votes_changeable <> old.votes_changeable
    or new.residents_only <> old.residents_only
    or new.division_date <> old.division_date
    or new.city_id <> old.city_id
  ) then
    perform app_private.fail('cycle_rules_frozen', old.phase::text);
  end if;
  return new;
end
$$;
create trigger budget_cycles_rules_guard
  before update on public.budget_cycles
  for each row execute function app_private.cycle_rules_guard();
