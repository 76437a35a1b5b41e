-- Phases move forward one step at a time, and only when what the next phase needs is done:
--   planning -> submission -> review        (moving into review closes submission)
--   review -> voting                        no proposal still submitted or under review: every
--                                           proposal was put on the ballot or rejected, so none
--                                           is stranded undecided once decisions are closed
--   voting -> selection
--   selection -> execution                  every ballot with proposals on it (a district, or
--                                           a ballot group of a district) has its confirmed
--                                           outcome, so the winners are known
--   execution -> reporting -> closed
-- For people using the API (a city admin through api.set_cycle_phase, or on the table); trusted
-- roles (the seed, the service role) load and fix history freely. Each refusal names what
-- blocks in its detail. A function of its own beside cycle_rules_guard (going back, frozen
-- rules) and any trigger other parts add on a phase change (e.g. the voter roll).

-- What blocks a cycle from moving into a phase: null when nothing, else the key and detail of
-- the refusal. Definer: counts every proposal and outcome of the cycle whatever RLS shows.
-- Called only by the guard below (itself a definer), so no role is granted it.
create or replace function app_private.phase_blocker(p_cycle_id text, p_phase public.cycle_phase)
returns text[]
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_count integer;
  v_first text;
begin
  if p_phase = 'voting' then
    select count(*)::integer into v_count
    from public.proposals p
    where p.cycle_id = p_cycle_id and p.status in ('submitted', 'under_review');
    if v_count > 0 then
      return array['proposals_undecided', v_count::text];
    end if;
  elsif p_phase = 'execution' then
    select count(*)::integer, min(b.district_id) into v_count, v_first
    from (select distinct p.district_id, p.ballot_group_id
          from public.proposals p
          where p.cycle_id = p_cycle_id
            and p.status in ('on_ballot', 'selected', 'not_selected')) b
    where not exists (select 1 from public.selection_outcomes o
                      where o.cycle_id = p_cycle_id and o.district_id = b.district_id
                        and o.ballot_group_id is not distinct from b.ballot_group_id);
    if v_count > 0 then
      return array['selection_unconfirmed', v_count::text || ' (' || v_first || ')'];
    end if;
  end if;
  return null;
end
$$;
create or replace function app_private.cycle_phase_guard()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_next public.cycle_phase;
  v_blocker text[];
begin
  if not app_private.is_end_user() or new.phase = old.phase then
    return new;
  end if;
  if new.phase < old.phase then
    perform app_private.fail('phase_cannot_go_back', old.phase::text || ' -> ' || new.phase::text);
  end if;
  v_next := (enum_range(old.phase, null))[2];
  if new.phase is distinct from v_next then
    perform app_private.fail('phase_not_next', old.phase::text || ' -> ' || new.phase::text);
  end if;
  v_blocker := app_private.phase_blocker(new.id, new.phase);
  if v_blocker is not null then
    perform app_private.fail(v_blocker[1], v_blocker[2]);
  end if;
  return new;
end
$$;
create trigger budget_cycles_phase_guard
  before update of phase on public.budget_cycles
  for each row execute function app_private.cycle_phase_guard();

-- The city admin moves a cycle to its next phase. The cycle's row is locked by the update, so
-- what the guard counts cannot change under it from another cycle phase move.
create or replace function api.set_cycle_phase(p_cycle_id text, p_phase public.cycle_phase)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  v_id text;
  v_current public.cycle_phase;
begin
  perform app_private.require_user();
  if p_phase is null then
    perform app_private.fail('invalid_input', 'p_phase');
  end if;
  select c.phase into v_current from public.budget_cycles c where c.id = p_cycle_id;
  if not found then
    perform app_private.fail('not_found', p_cycle_id);
  end if;
  -- Staying put is not a step (the guard only sees a phase that changes).
  if p_phase = v_current then
    perform app_private.fail('phase_not_next', v_current::text || ' -> ' || p_phase::text);
  end if;
  update public.budget_cycles set phase = p_phase where id = p_cycle_id returning id into v_id;
  if v_id is null then
    perform app_private.deny('not_allowed_for_role');
  end if;
  return (select to_jsonb(c) from api.list_cycles(app_private.cycle_city(p_cycle_id)) c
          where c.id = p_cycle_id);
end
$$;
