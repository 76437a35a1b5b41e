-- Every bad input to the write side of the API gets a clear key the app translates, before
-- anything is written: an unknown id is `not_found` (not a foreign-key or not-null error), a
-- missing value names what is missing, an absurd one names what is wrong with it. The tables'
-- own constraints still hold behind these checks; the checks only make the refusal readable.
-- Same signatures as before: `create or replace` keeps the grants.

-- A sum of money a JavaScript client holds exactly: whole tenge above zero, at most 2^53 - 1.
create or replace function app_private.is_tenge(p_amount bigint)
returns boolean
language sql
immutable
set search_path = ''
as $$
  select p_amount > 0 and p_amount <= 9007199254740991
$$;
grant execute on function app_private.is_tenge(bigint) to anon, authenticated, service_role;

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
    if not exists (select 1 from public.budget_cycles c where c.id = p_cycle_id) then
      perform app_private.fail('not_found', coalesce(p_cycle_id, 'p_cycle_id'));
    end if;
  elsif not exists (select 1 from public.proposals p
                    where p.id = p_id and p.author_id = v_user and p.cycle_id = p_cycle_id) then
    perform app_private.fail('not_found', p_id::text);
  end if;
  if p_category_id is not null
     and not exists (select 1 from public.categories c where c.id = p_category_id) then
    perform app_private.fail('not_found', 'category');
  end if;
  if char_length(p_title) > 200 then
    perform app_private.fail('title_too_long', '200');
  end if;
  if char_length(p_description) > 5000 then
    perform app_private.fail('description_too_long', '5000');
  end if;
  if p_cost_estimate is not null and not app_private.is_tenge(p_cost_estimate) then
    perform app_private.fail('cost_invalid', p_cost_estimate::text);
  end if;
  -- Both coordinates or neither (a draft without a place); finite degrees on the globe. NaN
  -- sorts above every number in PostgreSQL, so it fails the range test as infinities do.
  if (p_lon is null) <> (p_lat is null)
     or p_lon not between -180 and 180 or p_lat not between -90 and 90 then
    perform app_private.fail('location_invalid');
  end if;
  if char_length(p_photo_path) > 500 then
    perform app_private.fail('photo_path_invalid');
  end if;

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

-- A review in one capacity the reviewer holds (the guard on public.reviews decides who may).
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
  -- Not found: unknown, or a draft the caller may not see.
  if not exists (select 1 from public.proposals p where p.id = p_proposal_id) then
    perform app_private.fail('not_found', coalesce(p_proposal_id::text, 'p_proposal_id'));
  end if;
  if p_reviewer_role is null then
    perform app_private.fail('capacity_required');
  end if;
  if p_verdict is null then
    perform app_private.fail('verdict_required');
  end if;
  if p_cost_reestimate is not null and not app_private.is_tenge(p_cost_reestimate) then
    perform app_private.fail('cost_invalid', p_cost_reestimate::text);
  end if;
  if char_length(p_note) > 4000 then
    perform app_private.fail('note_too_long', '4000');
  end if;
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
  if not exists (select 1 from public.proposals p where p.id = p_proposal_id) then
    perform app_private.fail('not_found', coalesce(p_proposal_id::text, 'p_proposal_id'));
  end if;
  if p_decision is null then
    perform app_private.fail('decision_required');
  end if;
  if char_length(p_reason) > 2000 then
    perform app_private.fail('reason_too_long', '2000');
  end if;
  update public.proposals
  set status = p_decision, rejection_reason = nullif(btrim(p_reason), '')
  where id = p_proposal_id
  returning id into v_id;
  if v_id is null then
    perform app_private.deny('not_allowed_for_role');
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
  if not exists (select 1 from public.projects p where p.id = p_project_id) then
    perform app_private.fail('not_found', coalesce(p_project_id::text, 'p_project_id'));
  end if;
  if p_status is null then
    perform app_private.fail('project_status_required');
  end if;
  if p_progress is null or p_progress not between 0 and 100
     or (p_status = 'completed' and p_progress <> 100) then
    perform app_private.fail('progress_invalid', p_progress::text);
  end if;
  if char_length(p_note) > 4000 then
    perform app_private.fail('note_too_long', '4000');
  end if;
  if char_length(p_photo_path) > 500 then
    perform app_private.fail('photo_path_invalid');
  end if;
  -- author_role is filled from the caller's membership by the table's trigger.
  insert into public.project_updates (project_id, status, progress, note, photo_path,
                                      author_id, author_role)
  values (p_project_id, p_status, p_progress, coalesce(p_note, ''), p_photo_path, v_user,
          'official');
  return api.project_detail(p_project_id);
end
$$;
