-- Confirming the winners. During the selection phase an official of the district (or a city
-- admin) confirms one outcome per district (and ballot group): the rule used, the budget and the
-- inputs (every proposal on the ballot with its cost and votes) are kept on the public record,
-- the proposals become selected or not selected, and the selected ones become funded projects.
-- The rules themselves run in the app (src/selection); the database checks what it can: the
-- outcome is within the ballot and the budget, and a greedy outcome is the greedy outcome.

-- The cost a proposal competes with: the latest re-estimate of the akimat or the budget
-- commission where there is one, else the author's estimate.
create or replace function app_private.ballot_cost(p_proposal_id uuid)
returns bigint
language sql
stable
set search_path = ''
as $$
  select coalesce(
    (select r.cost_reestimate from public.reviews r
     where r.proposal_id = p.id and r.cost_reestimate is not null
       and r.reviewer_role in ('akimat', 'budget_commission')
     order by r.created_at desc, r.id desc limit 1),
    p.cost_estimate)
  from public.proposals p where p.id = p_proposal_id
$$;
grant execute on function app_private.ballot_cost(uuid) to anon, authenticated, service_role;

-- What a district's (or ballot group's) selection runs on: its budget and its proposals on the
-- ballot with cost and votes. Public, so anyone can re-run the rules.
create or replace function api.selection_inputs(
  p_cycle_id text,
  p_district_id text,
  p_ballot_group_id uuid default null
)
returns jsonb
language sql
stable
set search_path = ''
as $$
  select jsonb_build_object(
    'cycle_id', p_cycle_id,
    'district_id', p_district_id,
    'ballot_group_id', p_ballot_group_id,
    'budget', coalesce(
      (select g.allocation from public.ballot_groups g where g.id = p_ballot_group_id),
      (select cd.allocation from public.cycle_districts cd
       where cd.cycle_id = p_cycle_id and cd.district_id = p_district_id)),
    'proposals', coalesce((select jsonb_agg(jsonb_build_object(
        'id', p.id, 'title', p.title, 'cost', app_private.ballot_cost(p.id),
        'online_votes', coalesce(t.online_votes, 0), 'paper_votes', coalesce(t.paper_votes, 0),
        'votes', coalesce(t.online_votes + t.paper_votes, 0), 'status', p.status)
        order by p.id)
      from public.proposals p
      left join public.proposal_tallies t on t.proposal_id = p.id
      where p.cycle_id = p_cycle_id and p.district_id = p_district_id
        and p.ballot_group_id is not distinct from p_ballot_group_id
        and p.status in ('on_ballot', 'selected', 'not_selected')), '[]'::jsonb))
$$;

create table public.selection_outcomes (
  id uuid primary key default gen_random_uuid(),
  cycle_id text not null references public.budget_cycles (id),
  district_id text not null references public.districts (id),
  ballot_group_id uuid references public.ballot_groups (id),
  rule text not null check (rule in ('greedy', 'mes', 'mes-greedy')),
  budget bigint not null check (budget > 0),
  inputs jsonb not null,
  selected uuid[] not null,
  total_cost bigint not null check (total_cost >= 0),
  confirmed_by uuid default auth.uid() references auth.users (id),
  confirmed_role public.member_role not null,
  created_at timestamptz not null default now(),
  -- One confirmed outcome per district (and ballot group) and cycle.
  unique nulls not distinct (cycle_id, district_id, ballot_group_id)
);
alter table public.selection_outcomes enable row level security;

-- The greedy outcome on the given inputs: most votes first, a project that no longer fits is
-- skipped; ties by lower cost, then by id (as src/selection does).
create or replace function app_private.greedy_selection(p_inputs jsonb)
returns uuid[]
language plpgsql
immutable
set search_path = ''
as $$
declare
  v_left bigint := (p_inputs ->> 'budget')::bigint;
  v_chosen uuid[] := '{}';
  v_row record;
begin
  for v_row in
    select (x ->> 'id')::uuid as id, (x ->> 'cost')::bigint as cost, (x ->> 'votes')::bigint as votes
    from jsonb_array_elements(p_inputs -> 'proposals') x
    -- Ids compared code unit by code unit (collate "C"), as src/selection compares them.
    order by (x ->> 'votes')::bigint desc, (x ->> 'cost')::bigint, (x ->> 'id') collate "C"
  loop
    if v_row.cost <= v_left then
      v_chosen := v_chosen || v_row.id;
      v_left := v_left - v_row.cost;
    end if;
  end loop;
  return v_chosen;
end
$$;

-- Who may confirm, when, and what (definer: reads the ballot and the phase whatever RLS shows).
create or replace function app_private.selection_guard()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_phase public.cycle_phase;
  v_has_groups boolean;
begin
  if not app_private.is_end_user() then
    return new;
  end if;
  new.confirmed_by := auth.uid();
  new.created_at := now();
  new.confirmed_role := app_private.acting_role(new.district_id);
  if new.confirmed_role is null then
    perform app_private.deny('not_allowed_for_role', new.district_id);
  end if;
  select c.phase into v_phase from public.budget_cycles c where c.id = new.cycle_id;
  if v_phase is distinct from 'selection' then
    perform app_private.fail('phase_closed', coalesce(v_phase::text, new.cycle_id));
  end if;
  -- Said in words here; the unique constraint still holds against two confirmations at once.
  if exists (select 1 from public.selection_outcomes o
             where o.cycle_id = new.cycle_id and o.district_id = new.district_id
               and o.ballot_group_id is not distinct from new.ballot_group_id) then
    perform app_private.fail('selection_already_confirmed', new.district_id);
  end if;
  v_has_groups := exists (select 1 from public.ballot_groups g where g.cycle_id = new.cycle_id);
  if v_has_groups <> (new.ballot_group_id is not null) then
    perform app_private.fail('ballot_group_mismatch', new.cycle_id);
  end if;

  -- The inputs and the budget are the database's own, never the caller's.
  new.inputs := api.selection_inputs(new.cycle_id, new.district_id, new.ballot_group_id);
  new.budget := (new.inputs ->> 'budget')::bigint;
  if new.budget is null then
    perform app_private.fail('district_not_in_cycle', new.district_id);
  end if;
  if exists (select 1 from unnest(new.selected) s(id)
             where not exists (select 1 from jsonb_array_elements(new.inputs -> 'proposals') x
                               where (x ->> 'id')::uuid = s.id and x ->> 'status' = 'on_ballot'))
     or cardinality(new.selected) <> (select count(distinct id) from unnest(new.selected) s(id)) then
    perform app_private.fail('selection_not_on_ballot');
  end if;
  new.total_cost := coalesce((select sum((x ->> 'cost')::bigint)
                              from jsonb_array_elements(new.inputs -> 'proposals') x
                              where (x ->> 'id')::uuid = any (new.selected)), 0);
  if new.total_cost > new.budget then
    perform app_private.fail('selection_over_budget', new.total_cost::text);
  end if;
  if new.rule = 'greedy'
     and (select array_agg(id order by id) from unnest(new.selected) s(id))
         is distinct from (select array_agg(id order by id)
                           from unnest(app_private.greedy_selection(new.inputs)) g(id)) then
    perform app_private.fail('selection_not_greedy');
  end if;
  return new;
end
$$;
create trigger selection_outcomes_guard
  before insert on public.selection_outcomes
  for each row execute function app_private.selection_guard();

-- The outcome's effects: proposals selected or not, and a funded project for each selected one
-- (definer: projects are created only here).
create or replace function app_private.selection_apply()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.proposals p
  set status = case when p.id = any (new.selected) then 'selected' else 'not_selected' end::public.proposal_status
  where p.id in (select (x ->> 'id')::uuid from jsonb_array_elements(new.inputs -> 'proposals') x)
    and p.status = 'on_ballot';
  insert into public.projects (proposal_id, cycle_id, district_id, yard_id, title, approved_budget,
                               location, is_demo)
  select p.id, p.cycle_id, p.district_id, p.yard_id, p.title, app_private.ballot_cost(p.id),
         p.location, p.is_demo
  from public.proposals p
  where p.id = any (new.selected);
  return null;
end
$$;
create trigger selection_outcomes_apply
  after insert on public.selection_outcomes
  for each row execute function app_private.selection_apply();

create trigger selection_outcomes_append_only
  before update or delete on public.selection_outcomes
  for each row execute function app_private.forbid_history_change();
create trigger selection_outcomes_no_truncate
  before truncate on public.selection_outcomes
  for each statement execute function app_private.forbid_history_change();

create policy selection_outcomes_select_policy on public.selection_outcomes
  for select using (true);
create policy selection_outcomes_insert_policy on public.selection_outcomes
  for insert to authenticated
  with check (
    confirmed_by = (select auth.uid())
    and app_private.has_district_role(district_id, '{official,admin}')
  );

create or replace function api.confirm_selection(
  p_cycle_id text,
  p_district_id text,
  p_ballot_group_id uuid,
  p_rule text,
  -- A JSON array of proposal ids: the same for PostgREST and the embedded transport.
  p_selected jsonb
)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  v_user uuid := app_private.require_user();
  v_outcome public.selection_outcomes;
  v_selected uuid[];
begin
  if jsonb_typeof(p_selected) is distinct from 'array' then
    perform app_private.fail('invalid_input', 'p_selected');
  end if;
  select coalesce(array_agg(x::uuid), '{}') into v_selected
  from jsonb_array_elements_text(p_selected) x;
  -- Budget, inputs, total and role are filled in by the guard.
  insert into public.selection_outcomes (cycle_id, district_id, ballot_group_id, rule, budget,
                                         inputs, selected, total_cost, confirmed_by,
                                         confirmed_role)
  values (p_cycle_id, p_district_id, p_ballot_group_id, p_rule, 1, '{}', v_selected, 0, v_user,
          'official')
  returning * into v_outcome;
  return to_jsonb(v_outcome) - 'confirmed_by';
end
$$;

-- Every confirmed outcome of a cycle, with its rule and inputs (who confirmed: by role only).
create or replace function api.selection_outcomes(p_cycle_id text)
returns setof jsonb
language sql
stable
set search_path = ''
as $$
  select to_jsonb(o) - 'confirmed_by'
  from public.selection_outcomes o
  where o.cycle_id = p_cycle_id
  order by o.district_id, o.ballot_group_id nulls first
$$;

grant execute on function api.selection_inputs(text, text, uuid), api.selection_outcomes(text)
  to anon, authenticated, service_role;
grant execute on function api.confirm_selection(text, text, uuid, text, jsonb)
  to authenticated, service_role;
