-- A proposal's detail names the ballot group it competes in (Saryarka 2019: yards by flat count,
-- each group with its own allocation), so a voter sees which part of the ballot a vote goes to.
-- `ballot_group` is null where the cycle has no groups. Same signature as in
-- 20260101001100_api_read.sql: `create or replace` keeps its grants (anon, authenticated,
-- service_role) as they were.
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
    'ballot_group', (select jsonb_build_object(
        'id', bg.id, 'code', bg.code, 'name_kk', bg.name_kk, 'name_ru', bg.name_ru,
        'name_en', bg.name_en, 'min_flats', bg.min_flats, 'max_flats', bg.max_flats,
        'allocation', bg.allocation)
      from public.ballot_groups bg where bg.id = p.ballot_group_id),
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
