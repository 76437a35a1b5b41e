-- api.create_cycle takes the cycle's selection rule and bounds everything it is sent: amounts
-- up to 10^12 tenge, dates near the cycle's year, every ballot group with its own allocation and
-- the groups within each district's money, each refusal with its key (the tables enforce the
-- same for everyone: 20260101002810_cycle_bounds.sql). api.list_cycles shows the rule.

-- Whole tenge above zero and at most 10^12 (the tables' bound), else the key.
create or replace function app_private.cycle_tenge(p_value jsonb, p_key text, p_detail text)
returns bigint
language plpgsql
set search_path = ''
as $$
declare
  v bigint := app_private.tenge_amount(p_value, p_key, p_detail);
begin
  if v > 1000000000000 then
    perform app_private.fail(p_key, p_detail);
  end if;
  return v;
end
$$;
grant execute on function app_private.cycle_tenge(jsonb, text, text)
  to authenticated, service_role;

-- A new column in the result: the function is dropped and created again, with its grant.
drop function api.list_cycles(text);
create function api.list_cycles(p_city_id text)
returns table (
  id text, city_id text, year smallint, title_kk text, title_ru text, title_en text,
  phase public.cycle_phase, project_cost_cap bigint, votes_per_voter smallint,
  votes_changeable boolean, residents_only boolean, total_allocation bigint, is_demo boolean,
  phase_dates jsonb, selection_rule text
)
language sql
stable
set search_path = ''
as $$
  select c.id, c.city_id, c.year, c.title_kk, c.title_ru, c.title_en, c.phase,
         c.project_cost_cap, c.votes_per_voter, c.votes_changeable, c.residents_only,
         coalesce((select sum(cd.allocation) from public.cycle_districts cd
                   where cd.cycle_id = c.id), 0)::bigint,
         c.is_demo,
         coalesce((select jsonb_agg(jsonb_build_object(
                     'phase', pd.phase, 'starts_on', pd.starts_on, 'ends_on', pd.ends_on)
                     order by pd.phase)
                   from public.cycle_phase_dates pd where pd.cycle_id = c.id), '[]'::jsonb),
         c.selection_rule
  from public.budget_cycles c
  where c.city_id = p_city_id
  order by c.year desc, c.id
$$;
grant execute on function api.list_cycles(text) to anon, authenticated, service_role;

-- p_cycle: { id, city_id, year, title_kk, title_ru, title_en, project_cost_cap (null: no cap),
-- votes_per_voter, votes_changeable, residents_only, division_date,
-- selection_rule ('greedy' when missing or null; 'mes', 'mes-greedy'),
-- allocations: { district_id: tenge, … },
-- phase_dates: [{ phase, starts_on, ends_on }, …], ballot_groups: [{ code, name_kk, name_ru,
-- name_en, min_flats, max_flats (null: no upper bound), allocation }, …] }.
-- Amounts are whole tenge up to 10^12; the division date lies within ten years before the cycle's
-- year and one after; phase dates from two years before to ten after; each ballot group has its
-- own allocation, and the groups' allocations add up to at most each district's.
-- The cycle starts in planning. Returns it as api.list_cycles shows it.
create or replace function api.create_cycle(p_cycle jsonb)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  v_id text;
  v_city text;
  v_year numeric;
  v_titles text[];
  v_title text;
  v_cap numeric;
  v_votes numeric;
  v_division date;
  v_allocations jsonb;
  v_phases jsonb;
  v_groups jsonb;
  v_item jsonb;
  v_district record;
  v_phase public.cycle_phase;
  v_starts date;
  v_ends date;
  v_previous record;
  v_code text;
  v_names text[];
  v_min numeric;
  v_max numeric;
  v_seen text[] := '{}';
  v_rule text;
  v_group_total numeric := 0;
  v_over record;
begin
  perform app_private.require_user();
  if jsonb_typeof(p_cycle) is distinct from 'object' then
    perform app_private.fail('invalid_input', 'p_cycle');
  end if;

  v_id := app_private.jsonb_text(p_cycle -> 'id');
  if v_id is null or v_id !~ '^[a-z0-9][a-z0-9-]*$' or char_length(v_id) > 60 then
    perform app_private.fail('cycle_id_invalid', v_id);
  end if;
  v_city := app_private.jsonb_text(p_cycle -> 'city_id');
  if v_city is null or v_city = '' then
    perform app_private.fail('invalid_input', 'city_id');
  end if;
  v_year := app_private.jsonb_whole(p_cycle -> 'year');
  if v_year is null or v_year not between 2015 and 2100 then
    perform app_private.fail('cycle_year_invalid', p_cycle ->> 'year');
  end if;
  v_titles := array[app_private.jsonb_text(p_cycle -> 'title_kk'),
                    app_private.jsonb_text(p_cycle -> 'title_ru'),
                    app_private.jsonb_text(p_cycle -> 'title_en')];
  foreach v_title in array array[coalesce(v_titles[1], ''), coalesce(v_titles[2], ''),
                                 coalesce(v_titles[3], '')] loop
    if v_title = '' then
      perform app_private.fail('cycle_title_required');
    elsif char_length(v_title) > 200 then
      perform app_private.fail('title_too_long');
    end if;
  end loop;
  if coalesce(jsonb_typeof(p_cycle -> 'project_cost_cap'), 'null') = 'null' then
    v_cap := null;
  else
    v_cap := app_private.cycle_tenge(p_cycle -> 'project_cost_cap', 'cost_cap_invalid',
                                     p_cycle ->> 'project_cost_cap');
  end if;
  v_votes := app_private.jsonb_whole(p_cycle -> 'votes_per_voter');
  if v_votes is null or v_votes not between 1 and 50 then
    perform app_private.fail('votes_per_voter_invalid', p_cycle ->> 'votes_per_voter');
  end if;
  if jsonb_typeof(p_cycle -> 'votes_changeable') is distinct from 'boolean' then
    perform app_private.fail('invalid_input', 'votes_changeable');
  end if;
  if jsonb_typeof(p_cycle -> 'residents_only') is distinct from 'boolean' then
    perform app_private.fail('invalid_input', 'residents_only');
  end if;
  v_division := app_private.jsonb_date(p_cycle -> 'division_date');
  if v_division is null then
    perform app_private.fail('division_date_required', p_cycle ->> 'division_date');
  end if;
  if v_division not between make_date(v_year::integer - 10, 1, 1)
                         and make_date(v_year::integer + 1, 12, 31) then
    perform app_private.fail('division_date_out_of_range', v_division::text);
  end if;
  if coalesce(jsonb_typeof(p_cycle -> 'selection_rule'), 'null') = 'null' then
    v_rule := 'greedy';
  else
    v_rule := app_private.jsonb_text(p_cycle -> 'selection_rule');
    if v_rule is null or v_rule not in ('greedy', 'mes', 'mes-greedy') then
      perform app_private.fail('selection_rule_invalid', p_cycle ->> 'selection_rule');
    end if;
  end if;

  v_allocations := p_cycle -> 'allocations';
  if jsonb_typeof(v_allocations) is distinct from 'object'
    or not exists (select 1 from jsonb_object_keys(v_allocations)) then
    perform app_private.fail('allocations_required');
  end if;
  v_phases := coalesce(nullif(p_cycle -> 'phase_dates', 'null'::jsonb), '[]'::jsonb);
  v_groups := coalesce(nullif(p_cycle -> 'ballot_groups', 'null'::jsonb), '[]'::jsonb);
  if jsonb_typeof(v_phases) <> 'array' then
    perform app_private.fail('invalid_input', 'phase_dates');
  end if;
  if jsonb_typeof(v_groups) <> 'array' then
    perform app_private.fail('invalid_input', 'ballot_groups');
  end if;

  if exists (select 1 from public.budget_cycles c where c.id = v_id) then
    perform app_private.fail('cycle_id_taken', v_id);
  end if;

  -- RLS: only an admin of the city may insert it.
  insert into public.budget_cycles (id, city_id, year, title_kk, title_ru, title_en, phase,
                                    project_cost_cap, votes_per_voter, votes_changeable,
                                    residents_only, division_date, is_demo, selection_rule)
  values (v_id, v_city, v_year::smallint, v_titles[1], v_titles[2], v_titles[3], 'planning',
          v_cap::bigint, v_votes::smallint, (p_cycle ->> 'votes_changeable')::boolean,
          (p_cycle ->> 'residents_only')::boolean, v_division, false, v_rule);

  -- The trigger refuses a district that is not an edition of the city valid on the division date.
  for v_district in select key, value from jsonb_each(v_allocations) order by key loop
    insert into public.cycle_districts (cycle_id, district_id, allocation)
    values (v_id, v_district.key,
            app_private.cycle_tenge(v_district.value, 'allocation_invalid', v_district.key));
  end loop;

  for v_item in select value from jsonb_array_elements(v_phases) loop
    if jsonb_typeof(v_item) is distinct from 'object'
      or app_private.jsonb_text(v_item -> 'phase') is null
      or not app_private.jsonb_text(v_item -> 'phase') = any (
        enum_range(null::public.cycle_phase)::text[]) then
      perform app_private.fail('invalid_input', 'phase_dates');
    end if;
    v_phase := (v_item ->> 'phase')::public.cycle_phase;
    if v_phase::text = any (v_seen) then
      perform app_private.fail('phase_dates_duplicate', v_phase::text);
    end if;
    v_seen := v_seen || v_phase::text;
    v_starts := app_private.jsonb_date(v_item -> 'starts_on');
    v_ends := app_private.jsonb_date(v_item -> 'ends_on');
    if v_starts is null or v_ends is null then
      perform app_private.fail('phase_date_required', v_phase::text);
    end if;
    if v_ends < v_starts then
      perform app_private.fail('phase_ends_before_start', v_phase::text);
    end if;
    if v_starts < make_date(v_year::integer - 2, 1, 1)
      or v_ends > make_date(v_year::integer + 10, 12, 31) then
      perform app_private.fail('phase_date_out_of_range', v_phase::text);
    end if;
    insert into public.cycle_phase_dates (cycle_id, phase, starts_on, ends_on)
    values (v_id, v_phase, v_starts, v_ends);
  end loop;

  -- Phases follow one another: each starts on or after the day the previous one given ends.
  select s.phase, s.previous_phase into v_previous
  from (select p.phase, p.starts_on, lag(p.phase) over w as previous_phase,
               lag(p.ends_on) over w as previous_ends
        from public.cycle_phase_dates p
        where p.cycle_id = v_id
        window w as (order by p.phase)) s
  where s.starts_on < s.previous_ends
  order by s.phase
  limit 1;
  if found then
    perform app_private.fail('phase_dates_out_of_order',
                             v_previous.previous_phase::text || ' -> ' || v_previous.phase::text);
  end if;

  v_seen := '{}';
  for v_item in select value from jsonb_array_elements(v_groups) loop
    if jsonb_typeof(v_item) is distinct from 'object' then
      perform app_private.fail('invalid_input', 'ballot_groups');
    end if;
    v_code := app_private.jsonb_text(v_item -> 'code');
    if v_code is null or v_code !~ '^[a-z0-9][a-z0-9_-]*$' or char_length(v_code) > 40 then
      perform app_private.fail('ballot_group_code_invalid', v_code);
    end if;
    if v_code = any (v_seen) then
      perform app_private.fail('ballot_group_code_taken', v_code);
    end if;
    v_seen := v_seen || v_code;
    v_names := array[app_private.jsonb_text(v_item -> 'name_kk'),
                     app_private.jsonb_text(v_item -> 'name_ru'),
                     app_private.jsonb_text(v_item -> 'name_en')];
    if coalesce(v_names[1], '') = '' or coalesce(v_names[2], '') = ''
      or coalesce(v_names[3], '') = '' then
      perform app_private.fail('ballot_group_name_required', v_code);
    end if;
    if char_length(v_names[1]) > 200 or char_length(v_names[2]) > 200
      or char_length(v_names[3]) > 200 then
      perform app_private.fail('title_too_long', v_code);
    end if;
    v_min := app_private.jsonb_whole(v_item -> 'min_flats');
    v_max := case when coalesce(jsonb_typeof(v_item -> 'max_flats'), 'null') <> 'null'
                  then coalesce(app_private.jsonb_whole(v_item -> 'max_flats'), -1) end;
    if v_min is null or v_min < 1 or v_min > 1000000
      or (v_max is not null and (v_max < v_min or v_max > 1000000)) then
      perform app_private.fail('ballot_group_flats_invalid', v_code);
    end if;
    if coalesce(jsonb_typeof(v_item -> 'allocation'), 'null') = 'null' then
      perform app_private.fail('ballot_group_allocation_required', v_code);
    end if;
    -- The trigger refuses a group whose flat range overlaps another's.
    insert into public.ballot_groups (cycle_id, code, name_kk, name_ru, name_en, min_flats,
                                      max_flats, allocation)
    values (v_id, v_code, v_names[1], v_names[2], v_names[3], v_min::integer, v_max::integer,
            app_private.cycle_tenge(v_item -> 'allocation', 'allocation_invalid', v_code))
    returning v_group_total + allocation into v_group_total;
  end loop;

  -- Said here with the district; the tables' constraint triggers check it again at commit.
  select cd.district_id, cd.allocation into v_over
  from public.cycle_districts cd
  where cd.cycle_id = v_id and cd.allocation < v_group_total
  order by cd.district_id
  limit 1;
  if found then
    perform app_private.fail('ballot_groups_exceed_district',
                             v_over.district_id || ': ' || v_group_total || ' > '
                             || v_over.allocation);
  end if;

  return (select to_jsonb(c) from api.list_cycles(v_city) c where c.id = v_id);
end
$$;

