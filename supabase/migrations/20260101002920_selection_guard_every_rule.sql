-- Every confirmed outcome is the outcome of its rule. Until now the guard recomputed only the
-- greedy rule, so an outcome labelled "mes" or "mes-greedy" was taken on trust: an official could
-- fund the three least-voted proposals over seven more-voted affordable ones. Now the guard runs
-- the outcome's rule itself (app_private.rule_outcome, 20260101002900) on the frozen inputs and
-- the ballots read from the tables (app_private.selection_ballots, 20260101002910), exactly as the
-- app's selection panel runs src/selection, and the outcome must be that set of proposals.
--
-- The inputs on the public record gain "ballots": the number of online and paper ballots and the
-- SHA-256 of the online ones, so that anyone re-running the rule (npm run pb -- verify) with the
-- published ballots (api.cycle_ballots) can tell they are the ones the database used.
--
-- Refusals: selection_not_greedy (greedy, as before) and selection_not_rule_outcome (mes,
-- mes-greedy, mes-plain), the detail naming the rule and the proposals that differ.
create or replace function app_private.selection_guard()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_phase public.cycle_phase;
  v_has_groups boolean;
  v_expected uuid[];
  v_missing text;
  v_extra text;
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
  if new.selected is null
     or exists (select 1 from unnest(new.selected) s(id)
                where not exists (select 1 from jsonb_array_elements(new.inputs -> 'proposals') x
                                  where (x ->> 'id')::uuid = s.id
                                    and x ->> 'status' = 'on_ballot'))
     or cardinality(new.selected) <> (select count(distinct id) from unnest(new.selected) s(id)) then
    perform app_private.fail('selection_not_on_ballot');
  end if;
  new.total_cost := coalesce((select sum((x ->> 'cost')::bigint)
                              from jsonb_array_elements(new.inputs -> 'proposals') x
                              where (x ->> 'id')::uuid = any (new.selected)), 0);
  if new.total_cost > new.budget then
    perform app_private.fail('selection_over_budget', new.total_cost::text);
  end if;
  new.inputs := new.inputs || jsonb_build_object(
    'ballots', app_private.selection_ballots_digest(new.cycle_id, new.inputs));

  -- The rule, recomputed. Greedy needs only the tallies; the MES rules the ballots.
  select coalesce(array_agg(x::uuid), '{}') into v_expected
  from unnest(app_private.rule_outcome(
    new.rule,
    new.budget,
    (select coalesce(jsonb_agg(jsonb_build_object('id', x ->> 'id', 'cost', x -> 'cost',
                                                  'votes', x -> 'votes')), '[]')
     from jsonb_array_elements(new.inputs -> 'proposals') x),
    case when new.rule = 'greedy' then '[]'::jsonb
         else app_private.selection_ballots(new.cycle_id, new.inputs) end)) x;
  select string_agg(e::text, ', ' order by e) into v_missing
  from unnest(v_expected) e where e <> all (new.selected);
  select string_agg(s::text, ', ' order by s) into v_extra
  from unnest(new.selected) s where s <> all (v_expected);
  if v_missing is not null or v_extra is not null then
    perform app_private.fail(
      case when new.rule = 'greedy' then 'selection_not_greedy'
           else 'selection_not_rule_outcome' end,
      format('%s: missing [%s], not in the outcome [%s]', new.rule, coalesce(v_missing, ''),
             coalesce(v_extra, '')));
  end if;
  return new;
end
$$;

-- The greedy outcome on the given inputs, as before (most votes first, ties by lower cost, then
-- by id as text), now the very code the guard runs for every rule.
create or replace function app_private.greedy_selection(p_inputs jsonb)
returns uuid[]
language sql
stable
set search_path = ''
as $$
  select coalesce(array_agg(x::uuid order by o), '{}')
  from unnest(app_private.rule_outcome(
    'greedy',
    (p_inputs ->> 'budget')::bigint,
    (select coalesce(jsonb_agg(jsonb_build_object('id', x ->> 'id', 'cost', x -> 'cost',
                                                  'votes', x -> 'votes')), '[]')
     from jsonb_array_elements(p_inputs -> 'proposals') x),
    '[]')) with ordinality u(x, o)
$$;
