-- The remaining api functions say `not_found` for an id that does not exist instead of answering
-- an empty list, an empty layer or null, or failing on a constraint of a table (the rest were
-- mended in 20260101003140_api_read_not_found.sql). Same signatures, results and grants as their
-- latest definitions; only the checks in front are new, one existence check per call (never per
-- row: district_summaries and project_layer run over whole cycles). Functions that were
-- `language sql` become plpgsql (`return query`); `#variable_conflict use_column` keeps a column
-- named like a result column (id, votes, paid, …) meaning the column.

create or replace function app_private.require_city(p_city_id text)
returns void
language plpgsql
stable
set search_path = ''
as $$
begin
  if not exists (select 1 from public.cities c where c.id = p_city_id) then
    perform app_private.fail('not_found', coalesce(p_city_id, 'p_city_id'));
  end if;
end
$$;
grant execute on function app_private.require_city(text) to anon, authenticated, service_role;

-- ---------------------------------------------------------------------------------------------
-- Reads by city.

-- As in 20260101002840_create_cycle_rules.sql.
create or replace function api.list_cycles(p_city_id text)
returns table (
  id text, city_id text, year smallint, title_kk text, title_ru text, title_en text,
  phase public.cycle_phase, project_cost_cap bigint, votes_per_voter smallint,
  votes_changeable boolean, residents_only boolean, total_allocation bigint, is_demo boolean,
  phase_dates jsonb, selection_rule text
)
language plpgsql
stable
set search_path = ''
as $$
#variable_conflict use_column
begin
  perform app_private.require_city(p_city_id);
  return query
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
    order by c.year desc, c.id;
end
$$;

-- As in 20260101002000_create_cycle.sql.
create or replace function api.city_districts(p_city_id text, p_on date)
returns table (
  id text, code text, name_kk text, name_ru text, name_en text, valid_from date, valid_to date
)
language plpgsql
stable
set search_path = ''
as $$
#variable_conflict use_column
begin
  perform app_private.require_city(p_city_id);
  return query
    select d.id, d.code, d.name_kk, d.name_ru, d.name_en, d.valid_from, d.valid_to
    from public.districts d,
         lateral (select coalesce(p_on, (now() at time zone 'Asia/Almaty')::date) as on_date) o
    where d.city_id = p_city_id
      and (d.valid_from is null or d.valid_from <= o.on_date)
      and (d.valid_to is null or o.on_date < d.valid_to)
    order by d.name_en, d.id;
end
$$;

-- ---------------------------------------------------------------------------------------------
-- Reads by cycle.

-- As in 20260101001100_api_read.sql.
create or replace function api.district_summaries(p_cycle_id text)
returns table (
  id text, code text, name_kk text, name_ru text, name_en text, kato text, area_km2 numeric,
  population integer, population_date date, population_source text,
  population_reliability text, allocation bigint, proposals integer, votes bigint,
  approved bigint, contracted bigint, paid bigint
)
language plpgsql
stable
set search_path = ''
as $$
#variable_conflict use_column
begin
  perform app_private.require_cycle(p_cycle_id);
  return query
    select d.id, d.code, d.name_kk, d.name_ru, d.name_en, d.kato, d.area_km2,
           d.population, d.population_date, d.population_source, d.population_reliability,
           cd.allocation,
           (select count(*) from public.proposals p
            where p.cycle_id = cd.cycle_id and p.district_id = d.id
              and app_private.is_published(p.status))::integer,
           (select coalesce(sum(t.online_votes + t.paper_votes), 0)
            from public.proposal_tallies t
            join public.proposals p on p.id = t.proposal_id
            where p.cycle_id = cd.cycle_id and p.district_id = d.id)::bigint,
           (select coalesce(sum(pr.approved_budget), 0) from public.projects pr
            where pr.cycle_id = cd.cycle_id and pr.district_id = d.id
              and pr.status <> 'cancelled')::bigint,
           (select coalesce(sum(pr.contract_amount), 0) from public.projects pr
            where pr.cycle_id = cd.cycle_id and pr.district_id = d.id
              and pr.status <> 'cancelled')::bigint,
           (select coalesce(sum(pay.amount), 0) from public.payments pay
            join public.projects pr on pr.id = pay.project_id
            where pr.cycle_id = cd.cycle_id and pr.district_id = d.id)::bigint
    from public.cycle_districts cd
    join public.districts d on d.id = cd.district_id
    where cd.cycle_id = p_cycle_id
    order by d.name_en;
end
$$;

-- As in 20260101001100_api_read.sql: the summaries (which check the cycle) with boundaries.
create or replace function api.district_layer(p_cycle_id text)
returns jsonb
language plpgsql
stable
set search_path = ''
as $$
begin
  return (
    select app_private.feature_collection(
      jsonb_agg(app_private.feature(s.id, d.boundary, to_jsonb(s)) order by s.name_en))
    from api.district_summaries(p_cycle_id) s
    join public.districts d on d.id = s.id);
end
$$;

-- As in 20260101001100_api_read.sql.
create or replace function api.project_layer(p_cycle_id text)
returns jsonb
language plpgsql
stable
set search_path = ''
as $$
begin
  perform app_private.require_cycle(p_cycle_id);
  return (
    select app_private.feature_collection(jsonb_agg(app_private.feature(
      pr.id::text, pr.location, jsonb_build_object(
        'id', pr.id, 'proposal_id', pr.proposal_id, 'title', pr.title, 'status', pr.status,
        'progress', pr.progress, 'approved_budget', pr.approved_budget,
        'paid', app_private.project_paid(pr.id), 'district_id', pr.district_id,
        'category_id', pro.category_id, 'is_demo', pr.is_demo))
      order by pr.title))
    from public.projects pr
    left join public.proposals pro on pro.id = pr.proposal_id
    where pr.cycle_id = p_cycle_id);
end
$$;

-- As in 20260101001100_api_read.sql.
create or replace function api.my_votes(p_cycle_id text)
returns table (proposal_id uuid, cycle_id text, created_at timestamptz)
language plpgsql
stable
set search_path = ''
as $$
#variable_conflict use_column
begin
  perform app_private.require_cycle(p_cycle_id);
  return query
    select v.proposal_id, v.cycle_id, v.created_at
    from public.votes v
    where v.cycle_id = p_cycle_id and v.voter_id = (select auth.uid())
    order by v.created_at;
end
$$;

-- As in 20260101001100_api_read.sql.
create or replace function api.my_proposals(p_cycle_id text)
returns table (
  id uuid, title text, status public.proposal_status, rejection_reason text,
  district_id text, cost_estimate bigint, votes integer, updated_at timestamptz
)
language plpgsql
stable
set search_path = ''
as $$
#variable_conflict use_column
begin
  perform app_private.require_cycle(p_cycle_id);
  return query
    select p.id, p.title, p.status, p.rejection_reason, p.district_id, p.cost_estimate,
           app_private.proposal_votes(p.id), p.updated_at
    from public.proposals p
    where p.cycle_id = p_cycle_id and p.author_id = (select auth.uid())
    order by p.updated_at desc;
end
$$;

-- As in 20260101002610_private_staff_identities.sql.
create or replace function api.selection_outcomes(p_cycle_id text)
returns setof jsonb
language plpgsql
stable
set search_path = ''
as $$
begin
  perform app_private.require_cycle(p_cycle_id);
  return query
    select jsonb_build_object(
      'id', o.id, 'cycle_id', o.cycle_id, 'district_id', o.district_id,
      'ballot_group_id', o.ballot_group_id, 'rule', o.rule, 'budget', o.budget,
      'inputs', o.inputs, 'selected', o.selected, 'total_cost', o.total_cost,
      'confirmed_role', o.confirmed_role, 'created_at', o.created_at)
    from public.selection_outcomes o
    where o.cycle_id = p_cycle_id
    order by o.district_id, o.ballot_group_id nulls first;
end
$$;

-- As in 20260101003030_money_read.sql.
create or replace function api.cycle_payments(p_cycle_id text)
returns table (
  id uuid, project_id uuid, project_title text, district_id text, amount bigint, paid_on date,
  document_ref text, reverses uuid, reason text, is_demo boolean
)
language plpgsql
stable
set search_path = ''
as $$
#variable_conflict use_column
begin
  perform app_private.require_cycle(p_cycle_id);
  return query
    select pay.id, pr.id, pr.title, pr.district_id, pay.amount, pay.paid_on, pay.document_ref,
           pay.reverses, pay.reason, pr.is_demo
    from public.payments pay
    join public.projects pr on pr.id = pay.project_id
    where pr.cycle_id = p_cycle_id
    order by pay.paid_on, pay.created_at, pay.id;
end
$$;

-- As in 20260101001700_money_api.sql.
create or replace function api.project_money(
  p_cycle_id text,
  p_stalled_days integer default 60,
  p_on date default null
)
returns table (
  id uuid, title text, district_id text, category_id text, status public.project_status,
  progress smallint, approved bigint, contracted bigint, paid bigint, payments integer,
  planned_start date, planned_end date, last_update timestamptz, is_demo boolean,
  over_budget boolean, late boolean, stalled boolean
)
language plpgsql
stable
set search_path = ''
as $$
#variable_conflict use_column
begin
  perform app_private.require_cycle(p_cycle_id);
  return query
    with money as (
      select pr.*, pro.category_id,
             coalesce(pay.paid, 0)::bigint as paid, coalesce(pay.n, 0)::integer as n_payments,
             coalesce(upd.last_at, pr.created_at) as last_at,
             coalesce(p_on, app_private.local_today()) as on_day
      from public.projects pr
      left join public.proposals pro on pro.id = pr.proposal_id
      left join lateral (select sum(p.amount) as paid, count(*) as n from public.payments p
                         where p.project_id = pr.id) pay on true
      left join lateral (select max(u.created_at) as last_at from public.project_updates u
                         where u.project_id = pr.id) upd on true
      where pr.cycle_id = p_cycle_id
    )
    select m.id, m.title, m.district_id, m.category_id, m.status, m.progress, m.approved_budget,
           m.contract_amount, m.paid, m.n_payments, m.planned_start, m.planned_end, m.last_at,
           m.is_demo,
           m.paid > m.approved_budget,
           m.planned_end is not null and m.planned_end < m.on_day
             and m.status not in ('completed', 'cancelled'),
           m.status not in ('completed', 'cancelled')
             and (m.last_at at time zone 'Asia/Almaty')::date
                 < m.on_day - greatest(coalesce(p_stalled_days, 60), 1)
    from money m
    order by m.district_id, m.title, m.id;
end
$$;

-- ---------------------------------------------------------------------------------------------
-- Votes.

-- As in 20260101001800_paper_votes.sql; a proposal the caller cannot see is not found.
create or replace function api.proposal_votes(p_proposal_id uuid)
returns jsonb
language plpgsql
stable
set search_path = ''
as $$
declare
  v_result jsonb;
begin
  select jsonb_build_object(
    'proposal_id', p.id,
    'online', coalesce(t.online_votes, 0),
    'paper', coalesce(t.paper_votes, 0),
    'paper_entries', coalesce((select jsonb_agg(jsonb_build_object(
        'votes', c.votes, 'note', c.note, 'author_role', c.author_role,
        'created_at', c.created_at) order by c.created_at, c.id)
      from public.paper_vote_counts c where c.proposal_id = p.id), '[]'::jsonb))
  into v_result
  from public.proposals p
  left join public.proposal_tallies t on t.proposal_id = p.id
  where p.id = p_proposal_id;
  if v_result is null then
    perform app_private.fail('not_found', coalesce(p_proposal_id::text, 'p_proposal_id'));
  end if;
  return v_result;
end
$$;

-- As in 20260101001200_api_write.sql. Nothing to take back: `not_found` when the proposal does
-- not exist (or the caller cannot see it), `vote_not_found` when it does but holds no vote of
-- the caller's.
create or replace function api.retract_vote(p_proposal_id uuid)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  v_cycle text;
  v_user uuid := app_private.require_user();
begin
  delete from public.votes
  where voter_id = v_user and proposal_id = p_proposal_id
  returning cycle_id into v_cycle;
  if v_cycle is null then
    if not exists (select 1 from public.proposals p where p.id = p_proposal_id) then
      perform app_private.fail('not_found', coalesce(p_proposal_id::text, 'p_proposal_id'));
    end if;
    perform app_private.fail('vote_not_found');
  end if;
  return app_private.votes_left(v_cycle);
end
$$;

-- ---------------------------------------------------------------------------------------------
-- Writes.

-- As in 20260101001200_api_write.sql, each bad value named before the table's constraints see
-- it: the name (1–80 characters once trimmed, as the app's form checks), the language (kk, ru or
-- en) and the home district (null clears it; an unknown one is not found).
create or replace function api.update_profile(
  p_display_name text,
  p_home_district_id text,
  p_language text
)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  v_user uuid := app_private.require_user();
begin
  if coalesce(char_length(btrim(p_display_name)), 0) = 0 then
    perform app_private.fail('display_name_required');
  end if;
  if char_length(btrim(p_display_name)) > 80 then
    perform app_private.fail('display_name_too_long', '80');
  end if;
  if p_language is null or p_language not in ('kk', 'ru', 'en') then
    perform app_private.fail('language_invalid', left(coalesce(p_language, 'p_language'), 40));
  end if;
  if p_home_district_id is not null
     and not exists (select 1 from public.districts d where d.id = p_home_district_id) then
    perform app_private.fail('not_found', left(p_home_district_id, 100));
  end if;
  update public.profiles
  set display_name = btrim(p_display_name), home_district_id = p_home_district_id,
      language = p_language, updated_at = now()
  where id = v_user;
  return api.my_profile();
end
$$;

-- As in 20260101002610_private_staff_identities.sql. The cycle, the district and the ballot
-- group must exist (`not_found`) before anything else is judged; a group of another cycle is
-- still ballot_group_mismatch and a district outside the cycle district_not_in_cycle (the
-- guard's).
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
  v_id uuid;
  v_selected uuid[];
begin
  perform app_private.require_user();
  perform app_private.require_cycle(p_cycle_id);
  if not exists (select 1 from public.districts d where d.id = p_district_id) then
    perform app_private.fail('not_found', coalesce(p_district_id, 'p_district_id'));
  end if;
  if p_ballot_group_id is not null
     and not exists (select 1 from public.ballot_groups g where g.id = p_ballot_group_id) then
    perform app_private.fail('not_found', p_ballot_group_id::text);
  end if;
  if jsonb_typeof(p_selected) is distinct from 'array' then
    perform app_private.fail('invalid_input', 'p_selected');
  end if;
  select coalesce(array_agg(x::uuid), '{}') into v_selected
  from jsonb_array_elements_text(p_selected) x;
  insert into public.selection_outcomes (cycle_id, district_id, ballot_group_id, rule, selected)
  values (p_cycle_id, p_district_id, p_ballot_group_id, p_rule, v_selected)
  returning id into v_id;
  return (select o from api.selection_outcomes(p_cycle_id) o where o ->> 'id' = v_id::text);
end
$$;

-- As in 20260101003010_payment_corrections.sql, with the document reference (1–200 characters)
-- and the over-budget reason (at most 1,000; the guard asks for at least 3) named before the
-- table's constraints see them.
create or replace function api.record_payment(
  p_project_id uuid,
  p_amount bigint,
  p_paid_on date,
  p_document_ref text,
  p_over_budget_reason text default null
)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  v_user uuid := app_private.require_user();
begin
  if not exists (select 1 from public.projects p where p.id = p_project_id) then
    perform app_private.fail('not_found', coalesce(p_project_id::text, ''));
  end if;
  if coalesce(char_length(btrim(p_document_ref)), 0) not between 1 and 200 then
    perform app_private.fail('document_ref_invalid');
  end if;
  if char_length(btrim(p_over_budget_reason)) > 1000 then
    perform app_private.fail('payment_reason_too_long', '1000');
  end if;
  insert into public.payments (project_id, amount, paid_on, document_ref, recorded_by, reason)
  values (p_project_id, p_amount, p_paid_on, p_document_ref, v_user, p_over_budget_reason);
  return api.project_detail(p_project_id);
end
$$;
