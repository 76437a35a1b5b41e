-- Bounds on what a cycle is made of, for everyone (the API, the seed, the service role): dates
-- that are real days near the cycle's year, amounts a city could spend, and ballot groups that
-- share their district's money instead of each spending all of it.

-- Finite dates only: `infinity` would be stored for ever in a cycle that becomes history.
alter table public.budget_cycles
  add constraint budget_cycles_division_date_finite check (isfinite(division_date)),
  -- The district boundaries a cycle uses are those of a day near its year.
  add constraint budget_cycles_division_date_near_year
    check (division_date between make_date(year - 10, 1, 1) and make_date(year + 1, 12, 31)),
  -- 10^12 tenge (a trillion): more than a whole city budget, far below what overflows a sum.
  add constraint budget_cycles_project_cost_cap_bound check (project_cost_cap <= 1000000000000);
alter table public.cycle_phase_dates
  add constraint cycle_phase_dates_finite check (isfinite(starts_on) and isfinite(ends_on));
alter table public.cycle_districts
  add constraint cycle_districts_allocation_bound check (allocation <= 1000000000000);
-- Each ballot group has its own share of the district's money: a group without one would spend
-- the whole district budget, and so would each of its sibling groups.
alter table public.ballot_groups
  add constraint ballot_groups_allocation_required check (allocation is not null),
  add constraint ballot_groups_allocation_bound check (allocation <= 1000000000000);

-- Phase dates lie within the cycle's year, give or take: proposals may be collected the year
-- before (Almaty's 2020 round voted in November 2019) and projects may run for years after.
create or replace function app_private.phase_dates_near_year()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_year integer;
begin
  select c.year into v_year from public.budget_cycles c where c.id = new.cycle_id;
  if v_year is not null and (
    new.starts_on < make_date(v_year - 2, 1, 1) or new.ends_on > make_date(v_year + 10, 12, 31)
  ) then
    perform app_private.fail('phase_date_out_of_range', new.phase::text);
  end if;
  return new;
end
$$;
create trigger cycle_phase_dates_near_year
  before insert or update on public.cycle_phase_dates
  for each row execute function app_private.phase_dates_near_year();

-- In every district of a cycle, its ballot groups' allocations add up to at most the district's
-- allocation (Saryarka 2019: 20 + 30 + 50 mln of 100 mln). Definer: sees every row; the cycle
-- row is locked so two sessions adding groups to one cycle are judged one after the other.
create or replace function app_private.check_ballot_group_allocations(p_cycle_id text)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_over record;
begin
  perform 1 from public.budget_cycles c where c.id = p_cycle_id for update;
  select cd.district_id, cd.allocation, s.total into v_over
  from public.cycle_districts cd,
       lateral (select sum(g.allocation) as total from public.ballot_groups g
                where g.cycle_id = cd.cycle_id) s
  where cd.cycle_id = p_cycle_id and s.total > cd.allocation
  order by cd.district_id
  limit 1;
  if found then
    perform app_private.fail('ballot_groups_exceed_district',
                             v_over.district_id || ': ' || v_over.total || ' > '
                             || v_over.allocation);
  end if;
end
$$;

create or replace function app_private.ballot_group_allocations_fit()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform app_private.check_ballot_group_allocations(new.cycle_id);
  return null;
end
$$;

-- Deferred to the commit: a cycle's districts and groups may be inserted in any order.
create constraint trigger ballot_groups_fit_districts
  after insert or update on public.ballot_groups
  deferrable initially deferred
  for each row execute function app_private.ballot_group_allocations_fit();
create constraint trigger cycle_districts_fit_ballot_groups
  after insert or update on public.cycle_districts
  deferrable initially deferred
  for each row execute function app_private.ballot_group_allocations_fit();
