-- Reads by id say `not_found` for an id that does not exist instead of answering an empty layer,
-- an empty list or a budget of null: a typo in a link or a stale id in the app is told apart
-- from a cycle that has nothing yet. Same signatures and results as before (grants kept); only
-- the check in front is new, which needs plpgsql.

create or replace function app_private.require_cycle(p_cycle_id text)
returns void
language plpgsql
stable
set search_path = ''
as $$
begin
  if not exists (select 1 from public.budget_cycles c where c.id = p_cycle_id) then
    perform app_private.fail('not_found', coalesce(p_cycle_id, 'p_cycle_id'));
  end if;
end
$$;
grant execute on function app_private.require_cycle(text) to anon, authenticated, service_role;

create or replace function api.yard_layer(p_cycle_id text)
returns jsonb
language plpgsql
stable
set search_path = ''
as $$
begin
  perform app_private.require_cycle(p_cycle_id);
  return (
    select app_private.feature_collection(jsonb_agg(app_private.feature(
      y.id::text, y.boundary, jsonb_build_object(
        'id', y.id, 'district_id', y.district_id, 'name_kk', y.name_kk, 'name_ru', y.name_ru,
        'name_en', y.name_en, 'flats', y.flats, 'is_demo', y.is_demo))
      order by y.name_en))
    from public.yards y
    join public.cycle_districts cd on cd.district_id = y.district_id
    where cd.cycle_id = p_cycle_id);
end
$$;

-- As in 20260101002500_proposal_layer_as_json.sql (json text, votes by a join).
create or replace function api.proposal_layer(p_cycle_id text)
returns json
language plpgsql
stable
set search_path = ''
as $$
begin
  perform app_private.require_cycle(p_cycle_id);
  return (
    select json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(
      json_build_object(
        'type', 'Feature', 'id', p.id::text,
        'geometry', extensions.st_asgeojson(p.location, 6)::json,
        'properties', json_build_object(
          'id', p.id, 'title', p.title, 'status', p.status, 'category_id', p.category_id,
          'cost_estimate', p.cost_estimate,
          'votes', coalesce(t.online_votes + t.paper_votes, 0),
          'district_id', p.district_id, 'yard_id', p.yard_id, 'is_demo', p.is_demo))
      order by p.created_at), '[]'::json))
    from public.proposals p
    left join public.proposal_tallies t on t.proposal_id = p.id
    where p.cycle_id = p_cycle_id and app_private.is_published(p.status)
      and p.location is not null);
end
$$;

create or replace function api.ballot_groups(p_cycle_id text)
returns setof jsonb
language plpgsql
stable
set search_path = ''
as $$
begin
  perform app_private.require_cycle(p_cycle_id);
  return query
    select jsonb_build_object(
      'id', g.id, 'code', g.code,
      'name_kk', g.name_kk, 'name_ru', g.name_ru, 'name_en', g.name_en,
      'min_flats', g.min_flats, 'max_flats', g.max_flats, 'allocation', g.allocation)
    from public.ballot_groups g
    where g.cycle_id = p_cycle_id
    order by g.min_flats, g.code;
end
$$;

-- The district must take part in the cycle, and the ballot group (when given) be one of the
-- cycle's own.
create or replace function api.selection_inputs(
  p_cycle_id text,
  p_district_id text,
  p_ballot_group_id uuid default null
)
returns jsonb
language plpgsql
stable
set search_path = ''
as $$
begin
  perform app_private.require_cycle(p_cycle_id);
  if not exists (select 1 from public.cycle_districts cd
                 where cd.cycle_id = p_cycle_id and cd.district_id = p_district_id) then
    perform app_private.fail('not_found', coalesce(p_district_id, 'p_district_id'));
  end if;
  if p_ballot_group_id is not null
     and not exists (select 1 from public.ballot_groups g
                     where g.id = p_ballot_group_id and g.cycle_id = p_cycle_id) then
    perform app_private.fail('not_found', p_ballot_group_id::text);
  end if;
  return jsonb_build_object(
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
        and p.status in ('on_ballot', 'selected', 'not_selected')), '[]'::jsonb));
end
$$;

create or replace function api.project_milestones(p_project_id uuid)
returns table (
  id uuid, title text, planned_on date, done_on date, author_role public.member_role,
  created_at timestamptz, overdue boolean
)
language plpgsql
stable
set search_path = ''
as $$
begin
  if not exists (select 1 from public.projects p where p.id = p_project_id) then
    perform app_private.fail('not_found', coalesce(p_project_id::text, 'p_project_id'));
  end if;
  return query
    select m.id, m.title, m.planned_on, m.done_on, m.author_role, m.created_at,
           m.done_on is null and m.planned_on < app_private.local_today()
    from public.project_milestones m
    where m.project_id = p_project_id
    order by m.planned_on, m.created_at, m.id;
end
$$;
