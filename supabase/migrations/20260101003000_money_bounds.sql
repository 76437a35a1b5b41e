-- Bounds on money and on the days of a project's record, for every role (the service role and
-- the seed included): amounts are whole tenge within a sane range, days are finite and lie within
-- the years of the project's cycle. Money sums are computed in numeric (sum(bigint) is numeric)
-- and every term is bounded, so no sequence of entries can make an aggregate overflow bigint.

-- One amount of money on the record never exceeds a trillion tenge (Almaty's whole yearly budget
-- is about that); approved budgets and contract amounts stay within it too.
create or replace function app_private.money_max()
returns bigint
language sql
immutable
set search_path = ''
as $$
  select 1000000000000::bigint
$$;

-- Paid on one project, confirmed or not, never exceeds this multiple of its approved budget.
create or replace function app_private.paid_ceiling_factor()
returns integer
language sql
immutable
set search_path = ''
as $$
  select 2
$$;

-- The days a project's record may name: from 1 January of its cycle's year to 31 December ten
-- years later (Almaty 2020's re-tendered projects run into 2027). Null for an unknown project.
create or replace function app_private.project_days(p_project_id uuid)
returns daterange
language sql
stable
security definer
set search_path = ''
as $$
  select daterange(make_date(c.year, 1, 1), make_date(c.year + 11, 1, 1), '[)')
  from public.projects p join public.budget_cycles c on c.id = p.cycle_id
  where p.id = p_project_id
$$;

-- Fails with p_key unless p_day is a finite day within the project's cycle years.
create or replace function app_private.require_project_day(
  p_project_id uuid,
  p_day date,
  p_key text
)
returns void
language plpgsql
stable
set search_path = ''
as $$
begin
  if p_day is null or not isfinite(p_day)
     or not coalesce(p_day <@ app_private.project_days(p_project_id), false) then
    perform app_private.fail(p_key, coalesce(p_day::text, ''));
  end if;
end
$$;
-- No grants: these run only inside the guards (security definer triggers), as their owner.

-- Projects: the approved budget within bounds; planned days finite.
alter table public.projects
  add constraint projects_approved_budget_bounds
    check (approved_budget <= 1000000000000),
  add constraint projects_contract_amount_bounds
    check (contract_amount <= 1000000000000),
  add constraint projects_planned_days_finite
    check (isfinite(planned_start) and isfinite(planned_end));

-- Milestones: finite days.
alter table public.project_milestones
  add constraint project_milestones_days_finite
    check (isfinite(planned_on) and isfinite(done_on));

-- Milestone days within the cycle's years, for every role. The rest of the guards is unchanged.
create or replace function app_private.milestone_insert_guard()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if app_private.is_end_user() then
    new.created_by := auth.uid();
    new.created_at := now();
    new.author_role := app_private.acting_role(app_private.project_district(new.project_id));
    if new.author_role is null then
      perform app_private.deny('not_allowed_for_role',
                               app_private.project_district(new.project_id));
    end if;
    perform app_private.require_execution_phase(new.project_id);
    if new.done_on is not null then
      perform app_private.fail('milestone_done_on_add');
    end if;
  end if;
  perform app_private.require_project_day(new.project_id, new.planned_on,
                                          'milestone_day_out_of_range');
  return new;
end
$$;

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
  perform app_private.require_project_day(new.project_id, new.done_on,
                                          'milestone_day_out_of_range');
  new.done_recorded_at := now();
  return new;
end
$$;
