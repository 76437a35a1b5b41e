-- The selection rule is declared with the cycle, before anyone votes: greedy (most votes first),
-- the Method of Equal Shares completed by the add-one method (mes), or mes with what is left
-- filled greedily (mes-greedy), as src/selection/select.ts runs them. Once voting has started it
-- is frozen for everyone, and a confirmed outcome must use it: nobody picks the rule per district
-- after seeing the votes. Cycles that exist (the seed's, Almaty's and Astana's) used greedy.

alter table public.budget_cycles
  add column selection_rule text not null default 'greedy'
    constraint budget_cycles_selection_rule_known
    check (selection_rule in ('greedy', 'mes', 'mes-greedy'));

-- Read by the app through api.list_cycles (invoker) and set by api.create_cycle (invoker).
grant select (selection_rule) on public.budget_cycles to anon, authenticated;
grant insert (selection_rule) on public.budget_cycles to authenticated;

-- The cycle's rules, frozen once voting has started. Phases only move forward for people using
-- the API (api.set_cycle_phase and app_private.cycle_phase_guard say which steps); fixing history
-- is a service-role task. The selection rule is frozen for everyone: an outcome confirmed under
-- one rule may never be re-labelled by changing the cycle's.
create or replace function app_private.cycle_rules_guard()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if old.phase >= 'voting' and new.selection_rule is distinct from old.selection_rule then
    perform app_private.fail('cycle_rules_frozen', old.phase::text);
  end if;
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
    or new.year <> old.year
  ) then
    perform app_private.fail('cycle_rules_frozen', old.phase::text);
  end if;
  return new;
end
$$;

-- A confirmed outcome uses the rule its cycle declared (for everyone: the seed's historical
-- outcomes too). Definer: reads the cycle whatever the caller may see of it.
create or replace function app_private.selection_rule_of_cycle()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_rule text;
begin
  select c.selection_rule into v_rule from public.budget_cycles c where c.id = new.cycle_id;
  if v_rule is not null and new.rule is distinct from v_rule then
    perform app_private.fail('selection_rule_not_cycles', v_rule);
  end if;
  return new;
end
$$;

-- Named to fire first (triggers fire by name): the rule is public, and the refusal names it
-- whatever else the other guards (who may confirm, which outcome) would say.
create trigger selection_outcomes_cycle_rule
  before insert on public.selection_outcomes
  for each row execute function app_private.selection_rule_of_cycle();
