-- Read side of the API. Functions run as the caller (security invoker), so RLS decides what each
-- person sees; money is integer tenge. Public figures count published proposals only.

-- GeoJSON as the API returns it (RFC 7946): coordinates rounded to 6 decimals, about 0.1 m.
create or replace function app_private.geojson(p_geom extensions.geometry)
returns jsonb
language sql
immutable
set search_path = ''
as $$
  select extensions.st_asgeojson(p_geom, 6)::jsonb
$$;

create or replace function app_private.feature(
  p_id text,
  p_geom extensions.geometry,
  p_properties jsonb
)
returns jsonb
language sql
immutable
set search_path = ''
as $$
  select jsonb_build_object(
    'type', 'Feature', 'id', p_id, 'geometry', app_private.geojson(p_geom),
    'properties', p_properties)
$$;

-- An empty aggregate (no rows) is an empty collection, not null.
create or replace function app_private.feature_collection(p_features jsonb)
returns jsonb
language sql
immutable
set search_path = ''
as $$
  select jsonb_build_object('type', 'FeatureCollection', 'features',
                            coalesce(p_features, '[]'::jsonb))
$$;

grant execute on function app_private.geojson(extensions.geometry),
  app_private.feature(text, extensions.geometry, jsonb), app_private.feature_collection(jsonb)
  to anon, authenticated, service_role;

create or replace function api.list_cities()
returns table (id text, name_kk text, name_ru text, name_en text, bbox jsonb)
language sql
stable
set search_path = ''
as $$
  select c.id, c.name_kk, c.name_ru, c.name_en,
         jsonb_build_array(
           round(extensions.st_xmin(c.boundary)::numeric, 6),
           round(extensions.st_ymin(c.boundary)::numeric, 6),
           round(extensions.st_xmax(c.boundary)::numeric, 6),
           round(extensions.st_ymax(c.boundary)::numeric, 6))
  from public.cities c
  order by c.name_en
$$;

create or replace function api.list_categories()
returns table (id text, name_kk text, name_ru text, name_en text, sort_order smallint)
language sql
stable
set search_path = ''
as $$
  select c.id, c.name_kk, c.name_ru, c.name_en, c.sort_order
  from public.categories c
  order by c.sort_order, c.id
$$;

create or replace function api.list_cycles(p_city_id text)
returns table (
  id text, city_id text, year smallint, title_kk text, title_ru text, title_en text,
  phase public.cycle_phase, project_cost_cap bigint, votes_per_voter smallint,
  votes_changeable boolean, residents_only boolean, total_allocation bigint, is_demo boolean,
  phase_dates jsonb
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
                   from public.cycle_phase_dates pd where pd.cycle_id = c.id), '[]'::jsonb)
  from public.budget_cycles c
  where c.city_id = p_city_id
  order by c.year desc, c.id
$$;

-- One row per district taking part in the cycle.
create or replace function api.district_summaries(p_cycle_id text)
returns table (
  id text, code text, name_kk text, name_ru text, name_en text, kato text, area_km2 numeric,
  population integer, population_date date, population_source text,
  population_reliability text, allocation bigint, proposals integer, votes bigint,
  approved bigint, contracted bigint, paid bigint
)
language sql
stable
set search_path = ''
as $$
  select d.id, d.code, d.name_kk, d.name_ru, d.name_en, d.kato, d.area_km2,
         d.population, d.population_date, d.population_source, d.population_reliability,
         cd.allocation,
         (select count(*) from public.proposals p
          where p.cycle_id = cd.cycle_id and p.district_id = d.id
            and app_private.is_published(p.status))::integer,
         (select coalesce(sum(t.online_votes + t.paper_votes), 0) from public.proposal_tallies t
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
  order by d.name_en
$$;

create or replace function api.district_layer(p_cycle_id text)
returns jsonb
language sql
stable
set search_path = ''
as $$
  select app_private.feature_collection(
    jsonb_agg(app_private.feature(s.id, d.boundary, to_jsonb(s)) order by s.name_en))
  from api.district_summaries(p_cycle_id) s
  join public.districts d on d.id = s.id
$$;

create or replace function api.yard_layer(p_cycle_id text)
returns jsonb
language sql
stable
set search_path = ''
as $$
  select app_private.feature_collection(jsonb_agg(app_private.feature(
    y.id::text, y.boundary, jsonb_build_object(
      'id', y.id, 'district_id', y.district_id, 'name_kk', y.name_kk, 'name_ru', y.name_ru,
      'name_en', y.name_en, 'flats', y.flats, 'is_demo', y.is_demo))
    order by y.name_en))
  from public.yards y
  join public.cycle_districts cd on cd.district_id = y.district_id
  where cd.cycle_id = p_cycle_id
$$;

create or replace function app_private.proposal_votes(p_proposal_id uuid)
returns integer
language sql
stable
set search_path = ''
as $$
  select coalesce((select t.online_votes + t.paper_votes from public.proposal_tallies t
                   where t.proposal_id = p_proposal_id), 0)
$$;
grant execute on function app_private.proposal_votes(uuid) to anon, authenticated, service_role;

-- Published proposals of the cycle as points (drafts are listed by my_proposals instead).
create or replace function api.proposal_layer(p_cycle_id text)
returns jsonb
language sql
stable
set search_path = ''
as $$
  select app_private.feature_collection(jsonb_agg(app_private.feature(
    p.id::text, p.location, jsonb_build_object(
      'id', p.id, 'title', p.title, 'status', p.status, 'category_id', p.category_id,
      'cost_estimate', p.cost_estimate, 'votes', app_private.proposal_votes(p.id),
      'district_id', p.district_id, 'yard_id', p.yard_id, 'is_demo', p.is_demo))
    order by p.created_at))
  from public.proposals p
  where p.cycle_id = p_cycle_id and app_private.is_published(p.status) and p.location is not null
$$;

create or replace function app_private.project_paid(p_project_id uuid)
returns bigint
language sql
stable
set search_path = ''
as $$
  select coalesce(sum(pay.amount), 0)::bigint from public.payments pay
  where pay.project_id = p_project_id
$$;
grant execute on function app_private.project_paid(uuid) to anon, authenticated, service_role;

create or replace function api.project_layer(p_cycle_id text)
returns jsonb
language sql
stable
set search_path = ''
as $$
  select app_private.feature_collection(jsonb_agg(app_private.feature(
    pr.id::text, pr.location, jsonb_build_object(
      'id', pr.id, 'proposal_id', pr.proposal_id, 'title', pr.title, 'status', pr.status,
      'progress', pr.progress, 'approved_budget', pr.approved_budget,
      'paid', app_private.project_paid(pr.id), 'district_id', pr.district_id,
      'category_id', pro.category_id, 'is_demo', pr.is_demo))
    order by pr.title))
  from public.projects pr
  left join public.proposals pro on pro.id = pr.proposal_id
  where pr.cycle_id = p_cycle_id
$$;

create or replace function api.proposal_detail(p_id uuid)
returns jsonb
language plpgsql
stable
set search_path = ''
as $$
declare
  v_result jsonb;
begin
  select jsonb_build_object(
    'id', p.id, 'cycle_id', p.cycle_id, 'title', p.title, 'description', p.description,
    'category_id', p.category_id, 'cost_estimate', p.cost_estimate, 'status', p.status,
    'rejection_reason', p.rejection_reason, 'district_id', p.district_id, 'yard_id', p.yard_id,
    'location', app_private.geojson(p.location), 'photo_path', p.photo_path,
    'author_name', app_private.display_name(p.author_id),
    'is_mine', p.author_id is not distinct from (select auth.uid()),
    'votes', app_private.proposal_votes(p.id),
    'my_vote', exists (select 1 from public.votes v
                       where v.proposal_id = p.id and v.voter_id = (select auth.uid())),
    'is_demo', p.is_demo, 'created_at', p.created_at, 'submitted_at', p.submitted_at,
    'reviews', coalesce((select jsonb_agg(jsonb_build_object(
        'id', r.id, 'reviewer_role', r.reviewer_role, 'verdict', r.verdict,
        'cost_reestimate', r.cost_reestimate, 'note', r.note, 'created_at', r.created_at)
        order by r.created_at)
      from public.reviews r where r.proposal_id = p.id), '[]'::jsonb))
  into v_result
  from public.proposals p
  where p.id = p_id;
  if v_result is null then
    perform app_private.fail('not_found', p_id::text);
  end if;
  return v_result;
end
$$;

create or replace function api.project_detail(p_id uuid)
returns jsonb
language plpgsql
stable
set search_path = ''
as $$
declare
  v_result jsonb;
begin
  select jsonb_build_object(
    'id', pr.id, 'proposal_id', pr.proposal_id, 'cycle_id', pr.cycle_id,
    'district_id', pr.district_id, 'title', pr.title, 'status', pr.status,
    'progress', pr.progress, 'approved_budget', pr.approved_budget,
    'contract_amount', pr.contract_amount, 'contractor', pr.contractor,
    'planned_start', pr.planned_start, 'planned_end', pr.planned_end,
    'geometry', app_private.geojson(pr.location),
    'paid', app_private.project_paid(pr.id), 'is_demo', pr.is_demo,
    'updates', coalesce((select jsonb_agg(jsonb_build_object(
        'id', u.id, 'status', u.status, 'progress', u.progress, 'note', u.note,
        'photo_path', u.photo_path, 'author_role', u.author_role, 'created_at', u.created_at)
        order by u.created_at, u.id)
      from public.project_updates u where u.project_id = pr.id), '[]'::jsonb),
    'payments', coalesce((select jsonb_agg(jsonb_build_object(
        'id', pay.id, 'amount', pay.amount, 'paid_on', pay.paid_on,
        'document_ref', pay.document_ref, 'created_at', pay.created_at)
        order by pay.paid_on, pay.created_at)
      from public.payments pay where pay.project_id = pr.id), '[]'::jsonb))
  into v_result
  from public.projects pr
  where pr.id = p_id;
  if v_result is null then
    perform app_private.fail('not_found', p_id::text);
  end if;
  return v_result;
end
$$;

create or replace function api.my_profile()
returns jsonb
language sql
stable
set search_path = ''
as $$
  select jsonb_build_object(
    'id', p.id, 'display_name', p.display_name, 'home_district_id', p.home_district_id,
    'language', p.language,
    'memberships', coalesce((select jsonb_agg(jsonb_build_object(
        'role', m.role, 'city_id', m.city_id, 'district_id', m.district_id)
        order by m.city_id, m.role)
      from public.memberships m where m.user_id = p.id), '[]'::jsonb))
  from public.profiles p
  where p.id = (select auth.uid())
$$;

create or replace function api.my_votes(p_cycle_id text)
returns table (proposal_id uuid, cycle_id text, created_at timestamptz)
language sql
stable
set search_path = ''
as $$
  select v.proposal_id, v.cycle_id, v.created_at
  from public.votes v
  where v.cycle_id = p_cycle_id and v.voter_id = (select auth.uid())
  order by v.created_at
$$;

create or replace function api.my_proposals(p_cycle_id text)
returns table (
  id uuid, title text, status public.proposal_status, rejection_reason text,
  district_id text, cost_estimate bigint, votes integer, updated_at timestamptz
)
language sql
stable
set search_path = ''
as $$
  select p.id, p.title, p.status, p.rejection_reason, p.district_id, p.cost_estimate,
         app_private.proposal_votes(p.id), p.updated_at
  from public.proposals p
  where p.cycle_id = p_cycle_id and p.author_id = (select auth.uid())
  order by p.updated_at desc
$$;

grant execute on function
  api.list_cities(), api.list_categories(), api.list_cycles(text),
  api.district_summaries(text), api.district_layer(text), api.yard_layer(text),
  api.proposal_layer(text), api.project_layer(text), api.proposal_detail(uuid),
  api.project_detail(uuid), api.my_profile(), api.my_votes(text), api.my_proposals(text)
  to anon, authenticated, service_role;
