-- Allocations, ballot groups and phase dates are frozen once a cycle is in voting or later: the
-- money and the ballots people vote on cannot move while they vote, and a finished cycle's
-- budgets are history. Nobody changes or removes such a row (not even a trusted role: history is
-- corrected by new entries, never rewritten); only a trusted role may still add one (the seed
-- loading a past cycle). Definer: locks the cycle row (FOR SHARE) whatever the caller may do to
-- it, so a change in flight and a move into voting are judged one after the other.
create or replace function app_private.cycle_tables_frozen()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_phase public.cycle_phase;
begin
  if tg_op in ('UPDATE', 'DELETE') then
    -- No row: the cycle itself is being deleted (a cascade), which its own rules govern.
    select c.phase into v_phase from public.budget_cycles c where c.id = old.cycle_id for share;
    if v_phase >= 'voting' then
      perform app_private.fail('cycle_rules_frozen', v_phase::text);
    end if;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    select c.phase into v_phase from public.budget_cycles c where c.id = new.cycle_id for share;
    if v_phase >= 'voting' and (tg_op = 'UPDATE' or app_private.is_end_user()) then
      perform app_private.fail('cycle_rules_frozen', v_phase::text);
    end if;
    return new;
  end if;
  return old;
end
$$;

create trigger cycle_districts_frozen
  before insert or update or delete on public.cycle_districts
  for each row execute function app_private.cycle_tables_frozen();
create trigger ballot_groups_frozen
  before insert or update or delete on public.ballot_groups
  for each row execute function app_private.cycle_tables_frozen();
create trigger cycle_phase_dates_frozen
  before insert or update or delete on public.cycle_phase_dates
  for each row execute function app_private.cycle_tables_frozen();

-- TRUNCATE skips row triggers: nobody truncates these tables.
create trigger cycle_districts_no_truncate
  before truncate on public.cycle_districts
  for each statement execute function app_private.forbid_history_change();
create trigger ballot_groups_no_truncate
  before truncate on public.ballot_groups
  for each statement execute function app_private.forbid_history_change();
create trigger cycle_phase_dates_no_truncate
  before truncate on public.cycle_phase_dates
  for each statement execute function app_private.forbid_history_change();
