-- Staff act in public by role only. Migration 002600 keeps the columns that name them
-- (reviews.reviewer_id, payments.recorded_by, paper_vote_counts.entered_by,
-- project_updates.author_id, project_milestones.created_by, selection_outcomes.confirmed_by)
-- from the API roles; the functions here stop reading them, and the one way to learn a name,
-- app_private.display_name(any id), gives way to the name of a proposal's author only.

-- The display name of the author of a proposal the caller may see (published, or their own),
-- else null. security definer: profiles are private to their owner.
create or replace function app_private.proposal_author_name(p_proposal_id uuid)
returns text
language sql
stable
security definer
set search_path = ''
as $$
  select pr.display_name
  from public.proposals p
  join public.profiles pr on pr.id = p.author_id
  where p.id = p_proposal_id
    and (app_private.is_published(p.status) or p.author_id = (select auth.uid()))
$$;
grant execute on function app_private.proposal_author_name(uuid)
  to anon, authenticated, service_role;

-- Anyone's name by their id: the staff behind every review, payment and count. Trusted roles only.
revoke execute on function app_private.display_name(uuid) from anon, authenticated;

-- Same result as in 20260101001500_ballot_group_in_detail.sql. The author's name comes through
-- the function above; whether the caller voted for it is looked up only for a signed-in caller
-- (anon may not read votes at all).
create or replace function api.proposal_detail(p_id uuid)
returns jsonb
language plpgsql
stable
set search_path = ''
as $$
declare
  v_result jsonb;
  v_my_vote boolean := false;
begin
  select jsonb_build_object(
    'id', p.id, 'cycle_id', p.cycle_id, 'title', p.title, 'description', p.description,
    'category_id', p.category_id, 'cost_estimate', p.cost_estimate, 'status', p.status,
    'rejection_reason', p.rejection_reason, 'district_id', p.district_id, 'yard_id', p.yard_id,
    'location', app_private.geojson(p.location), 'photo_path', p.photo_path,
    'author_name', app_private.proposal_author_name(p.id),
    'is_mine', p.author_id is not distinct from (select auth.uid()),
    'votes', app_private.proposal_votes(p.id),
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
  if auth.uid() is not null then
    select exists (select 1 from public.votes v
                   where v.proposal_id = p_id and v.voter_id = auth.uid())
    into v_my_vote;
  end if;
  return v_result || jsonb_build_object('my_vote', v_my_vote);
end
$$;

-- Every confirmed outcome of a cycle, with its rule and inputs; who confirmed, by role only.
-- Columns named one by one: the row as a whole includes confirmed_by, which nobody may read.
create or replace function api.selection_outcomes(p_cycle_id text)
returns setof jsonb
language sql
stable
set search_path = ''
as $$
  select jsonb_build_object(
    'id', o.id, 'cycle_id', o.cycle_id, 'district_id', o.district_id,
    'ballot_group_id', o.ballot_group_id, 'rule', o.rule, 'budget', o.budget,
    'inputs', o.inputs, 'selected', o.selected, 'total_cost', o.total_cost,
    'confirmed_role', o.confirmed_role, 'created_at', o.created_at)
  from public.selection_outcomes o
  where o.cycle_id = p_cycle_id
  order by o.district_id, o.ballot_group_id nulls first
$$;

-- The caller names the ballot, the rule and the winners; the guard fills in the budget, the
-- inputs, the total and who confirmed in which role (the caller may not write those columns).
-- Returns the outcome as api.selection_outcomes shows it.
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
