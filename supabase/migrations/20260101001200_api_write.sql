-- Write side of the API. Functions run as the caller: RLS policies and the rule triggers on the
-- tables decide; these functions only shape arguments and results.

create or replace function app_private.require_user()
returns uuid
language plpgsql
stable
set search_path = ''
as $$
begin
  if auth.uid() is null then
    perform app_private.deny('sign_in_required');
  end if;
  return auth.uid();
end
$$;
grant execute on function app_private.require_user() to anon, authenticated, service_role;

create or replace function app_private.make_point(p_lon double precision, p_lat double precision)
returns extensions.geometry
language sql
immutable
set search_path = ''
as $$
  select case
    when p_lon is null or p_lat is null then null
    else extensions.st_setsrid(extensions.st_makepoint(p_lon, p_lat), 4326)
  end
$$;
grant execute on function app_private.make_point(double precision, double precision)
  to anon, authenticated, service_role;

-- Creates a draft (p_id null) or saves the author's edits to a draft or submitted proposal.
create or replace function api.save_proposal(
  p_id uuid,
  p_cycle_id text,
  p_title text,
  p_description text,
  p_category_id text,
  p_cost_estimate bigint,
  p_lon double precision,
  p_lat double precision,
  p_photo_path text
)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  v_id uuid;
  v_user uuid := app_private.require_user();
begin
  if p_id is null then
    insert into public.proposals (cycle_id, author_id, title, description, category_id,
                                  cost_estimate, location, photo_path)
    values (p_cycle_id, v_user, coalesce(p_title, ''), coalesce(p_description, ''),
            p_category_id, p_cost_estimate, app_private.make_point(p_lon, p_lat), p_photo_path)
    returning id into v_id;
  else
    update public.proposals
    set title = coalesce(p_title, ''), description = coalesce(p_description, ''),
        category_id = p_category_id, cost_estimate = p_cost_estimate,
        location = app_private.make_point(p_lon, p_lat), photo_path = p_photo_path
    where id = p_id and author_id = v_user and cycle_id = p_cycle_id
    returning id into v_id;
    if v_id is null then
      perform app_private.fail('not_found', p_id::text);
    end if;
  end if;
  return api.proposal_detail(v_id);
end
$$;

create or replace function app_private.set_own_proposal_status(
  p_id uuid,
  p_status public.proposal_status
)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  v_id uuid;
  v_user uuid := app_private.require_user();
begin
  update public.proposals set status = p_status
  where id = p_id and author_id = v_user
  returning id into v_id;
  if v_id is null then
    perform app_private.fail('not_found', p_id::text);
  end if;
  return api.proposal_detail(v_id);
end
$$;
grant execute on function app_private.set_own_proposal_status(uuid, public.proposal_status)
  to authenticated, service_role;

create or replace function api.submit_proposal(p_id uuid)
returns jsonb
language sql
set search_path = ''
as $$
  select app_private.set_own_proposal_status(p_id, 'submitted')
$$;

create or replace function api.withdraw_proposal(p_id uuid)
returns jsonb
language sql
set search_path = ''
as $$
  select app_private.set_own_proposal_status(p_id, 'withdrawn')
$$;

create or replace function app_private.votes_left(p_cycle_id text)
returns jsonb
language sql
stable
set search_path = ''
as $$
  select jsonb_build_object(
    'votes_used', used,
    'votes_left', greatest(c.votes_per_voter - used, 0))
  from public.budget_cycles c,
       lateral (select count(*)::integer as used from public.votes v
                where v.cycle_id = c.id and v.voter_id = (select auth.uid())) u
  where c.id = p_cycle_id
$$;
grant execute on function app_private.votes_left(text) to authenticated, service_role;

create or replace function api.cast_vote(p_proposal_id uuid)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  v_cycle text;
  v_user uuid := app_private.require_user();
begin
  insert into public.votes (voter_id, proposal_id, cycle_id)
  values (v_user, p_proposal_id, '')
  returning cycle_id into v_cycle;
  return app_private.votes_left(v_cycle);
end
$$;

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
    perform app_private.fail('vote_not_found');
  end if;
  return app_private.votes_left(v_cycle);
end
$$;

create or replace function api.review_proposal(
  p_proposal_id uuid,
  p_reviewer_role public.reviewer_role,
  p_verdict public.review_verdict,
  p_cost_reestimate bigint,
  p_note text
)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  v_user uuid := app_private.require_user();
begin
  insert into public.reviews (proposal_id, reviewer_id, reviewer_role, verdict, cost_reestimate,
                              note)
  values (p_proposal_id, v_user, p_reviewer_role, p_verdict, p_cost_reestimate,
          coalesce(p_note, ''));
  return api.proposal_detail(p_proposal_id);
end
$$;

-- An official's decision: open review, put on the ballot, reject (with a public reason),
-- or record the selection outcome.
create or replace function api.decide_proposal(
  p_proposal_id uuid,
  p_decision public.proposal_status,
  p_reason text
)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  v_id uuid;
begin
  perform app_private.require_user();
  update public.proposals
  set status = p_decision, rejection_reason = nullif(btrim(p_reason), '')
  where id = p_proposal_id
  returning id into v_id;
  if v_id is null then
    if exists (select 1 from public.proposals p where p.id = p_proposal_id) then
      perform app_private.deny('not_allowed_for_role');
    end if;
    perform app_private.fail('not_found', p_proposal_id::text);
  end if;
  return api.proposal_detail(v_id);
end
$$;

create or replace function api.record_project_update(
  p_project_id uuid,
  p_status public.project_status,
  p_progress smallint,
  p_note text,
  p_photo_path text
)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  v_user uuid := app_private.require_user();
begin
  -- author_role is filled from the caller's membership by the table's trigger.
  insert into public.project_updates (project_id, status, progress, note, photo_path,
                                      author_id, author_role)
  values (p_project_id, p_status, p_progress, coalesce(p_note, ''), p_photo_path, v_user,
          'official');
  return api.project_detail(p_project_id);
end
$$;

create or replace function api.record_payment(
  p_project_id uuid,
  p_amount bigint,
  p_paid_on date,
  p_document_ref text
)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  v_user uuid := app_private.require_user();
begin
  insert into public.payments (project_id, amount, paid_on, document_ref, recorded_by)
  values (p_project_id, p_amount, p_paid_on, p_document_ref, v_user);
  return api.project_detail(p_project_id);
end
$$;

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
  update public.profiles
  set display_name = btrim(p_display_name), home_district_id = p_home_district_id,
      language = p_language, updated_at = now()
  where id = v_user;
  return api.my_profile();
end
$$;

create or replace function api.set_cycle_phase(p_cycle_id text, p_phase public.cycle_phase)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  v_id text;
begin
  perform app_private.require_user();
  update public.budget_cycles set phase = p_phase where id = p_cycle_id returning id into v_id;
  if v_id is null then
    perform app_private.deny('not_allowed_for_role');
  end if;
  return (select to_jsonb(c) from api.list_cycles(app_private.cycle_city(p_cycle_id)) c
          where c.id = p_cycle_id);
end
$$;

grant execute on function
  api.save_proposal(uuid, text, text, text, text, bigint, double precision, double precision, text),
  api.submit_proposal(uuid), api.withdraw_proposal(uuid), api.cast_vote(uuid),
  api.retract_vote(uuid),
  api.review_proposal(uuid, public.reviewer_role, public.review_verdict, bigint, text),
  api.decide_proposal(uuid, public.proposal_status, text),
  api.record_project_update(uuid, public.project_status, smallint, text, text),
  api.record_payment(uuid, bigint, date, text),
  api.update_profile(text, text, text),
  api.set_cycle_phase(text, public.cycle_phase)
  to authenticated, service_role;
