-- Derived columns are recomputed on every write, whoever writes. A proposal's district, yard and
-- ballot group were derived only when its location, cycle or cost changed, so an update naming
-- just district_id (or ballot_group_id) kept the value it was given: a proposal moved to another
-- city's district or onto a foreign ballot group. Migration 002600 took the columns from the API
-- roles; this trigger makes the stored value the derived one for the trusted roles too.

-- As in 20260101000700_proposals.sql, except that the cost cap is checked only when the cost or
-- the cycle is set (a cap lowered during review does not block the decisions on older
-- proposals), while the place is derived on every insert and update.
create or replace function app_private.proposal_derive_place()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_cycle public.budget_cycles;
begin
  select * into v_cycle from public.budget_cycles c where c.id = new.cycle_id;

  if (tg_op = 'INSERT' or new.cost_estimate is distinct from old.cost_estimate
      or new.cycle_id is distinct from old.cycle_id)
     and new.cost_estimate is not null and v_cycle.project_cost_cap is not null
     and new.cost_estimate > v_cycle.project_cost_cap then
    perform app_private.fail('cost_above_cap', v_cycle.project_cost_cap::text);
  end if;

  if new.location is null then
    new.district_id := null;
    new.yard_id := null;
    new.ballot_group_id := null;
    return new;
  end if;

  new.district_id := null;
  select cd.district_id into new.district_id
  from public.cycle_districts cd
  join public.districts d on d.id = cd.district_id
  where cd.cycle_id = new.cycle_id and extensions.st_covers(d.boundary, new.location)
  order by cd.district_id
  limit 1;

  if new.district_id is null then
    if exists (
      select 1 from public.cities ci
      where ci.id = v_cycle.city_id and extensions.st_covers(ci.boundary, new.location)
    ) then
      perform app_private.fail('location_outside_cycle_districts');
    end if;
    perform app_private.fail('location_outside_city', v_cycle.city_id);
  end if;

  new.yard_id := null;
  new.ballot_group_id := null;
  select y.id, bg.id into new.yard_id, new.ballot_group_id
  from public.yards y
  left join public.ballot_groups bg
    on bg.cycle_id = new.cycle_id
   and y.flats >= bg.min_flats
   and (bg.max_flats is null or y.flats <= bg.max_flats)
  where y.district_id = new.district_id and extensions.st_covers(y.boundary, new.location)
  order by y.id
  limit 1;

  if new.yard_id is null then
    new.ballot_group_id := null;
  end if;
  -- A cycle with ballot groups only accepts proposals for yards that belong to one.
  if new.ballot_group_id is null
     and exists (select 1 from public.ballot_groups bg where bg.cycle_id = new.cycle_id) then
    perform app_private.fail('location_outside_ballot_yards');
  end if;
  return new;
end
$$;

drop trigger proposals_derive_place on public.proposals;
create trigger proposals_derive_place
  before insert or update on public.proposals
  for each row execute function app_private.proposal_derive_place();

-- A profile's dates are the database's: created once, updated_at the time of the last change.
create or replace function app_private.profile_dates()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.created_at := old.created_at;
  new.updated_at := now();
  return new;
end
$$;
create trigger profiles_dates
  before update on public.profiles
  for each row execute function app_private.profile_dates();

-- A cycle an end user creates starts in planning, is real (not demo) and is created now; its
-- phase moves on only through set_cycle_phase's rules.
create or replace function app_private.cycle_insert_system_columns()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if app_private.is_end_user() then
    new.phase := 'planning';
    new.is_demo := false;
    new.created_at := now();
  end if;
  return new;
end
$$;
create trigger budget_cycles_system_columns
  before insert on public.budget_cycles
  for each row execute function app_private.cycle_insert_system_columns();
