-- Proposals: what residents ask the city to build. District, yard and ballot group are derived
-- from the location here, never taken from the client.

create type public.proposal_status as enum (
  'draft', 'submitted', 'under_review', 'rejected', 'on_ballot', 'selected', 'not_selected',
  'withdrawn'
);

create table public.proposals (
  id uuid primary key default gen_random_uuid(),
  cycle_id text not null references public.budget_cycles (id),
  author_id uuid not null default auth.uid() references auth.users (id),
  -- Drafts may be incomplete (autosave); completeness is checked on submission.
  title text not null default '' check (char_length(title) <= 200),
  description text not null default '' check (char_length(description) <= 5000),
  category_id text references public.categories (id),
  cost_estimate bigint check (cost_estimate > 0),
  location extensions.geometry(Point, 4326),
  photo_path text check (char_length(photo_path) <= 500),
  district_id text references public.districts (id),
  yard_id uuid references public.yards (id),
  ballot_group_id uuid references public.ballot_groups (id),
  status public.proposal_status not null default 'draft',
  rejection_reason text check (char_length(rejection_reason) <= 2000),
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  submitted_at timestamptz,
  check (status <> 'rejected' or coalesce(char_length(btrim(rejection_reason)), 0) > 0),
  check (status in ('draft', 'withdrawn') or (
    location is not null and district_id is not null and cost_estimate is not null
    and category_id is not null
  ))
);
create index proposals_cycle_status_idx on public.proposals (cycle_id, status);
create index proposals_district_idx on public.proposals (district_id);
create index proposals_author_idx on public.proposals (author_id);
create index proposals_location_idx on public.proposals using gist (location);
alter table public.proposals enable row level security;

-- Derives district, yard and ballot group from the point, and enforces the cost cap.
create or replace function app_private.proposal_derive_place()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_cycle public.budget_cycles;
begin
  select * into v_cycle from public.budget_cycles c where c.id = new.cycle_id;

  if new.cost_estimate is not null and v_cycle.project_cost_cap is not null
     and new.cost_estimate > v_cycle.project_cost_cap then
    perform app_private.fail('cost_above_cap', v_cycle.project_cost_cap::text);
  end if;

  if new.location is null then
    new.district_id := null;
    new.yard_id := null;
    new.ballot_group_id := null;
    return new;
  end if;

  select cd.district_id into new.district_id
  from public.cycle_districts cd
  join public.districts d on d.id = cd.district_id
  where cd.cycle_id = new.cycle_id and extensions.st_covers(d.boundary, new.location)
  limit 1;

  if new.district_id is null then
    if exists (
      select 1 from public.cities ci
      where ci.id = v_cycle.city_id and extensions.st_covers(ci.boundary, new.location)
    ) then
      perform app_private.fail('location_outside_cycle_districts');
    end if;
    perform app_private.fail('location_outside_city', v_cycle.city_id);
  end if;

  select y.id, bg.id into new.yard_id, new.ballot_group_id
  from public.yards y
  left join public.ballot_groups bg
    on bg.cycle_id = new.cycle_id
   and y.flats >= bg.min_flats
   and (bg.max_flats is null or y.flats <= bg.max_flats)
  where y.district_id = new.district_id and extensions.st_covers(y.boundary, new.location)
  limit 1;

  if new.yard_id is null then
    new.ballot_group_id := null;
  end if;
  -- A cycle with ballot groups only accepts proposals for yards that belong to one.
  if new.ballot_group_id is null
     and exists (select 1 from public.ballot_groups bg where bg.cycle_id = new.cycle_id) then
    perform app_private.fail('location_outside_ballot_yards');
  end if;
  return new;
end
$$;
create trigger proposals_derive_place
  before insert or update of location, cycle_id, cost_estimate on public.proposals
  for each row execute function app_private.proposal_derive_place();

-- The workflow: who may move a proposal from which status to which, in which phase.
--   author:   create draft (planning, submission); edit draft or submitted (submission);
--             draft -> submitted (submission, complete); draft|submitted|under_review -> withdrawn
--   official: submitted -> under_review; submitted|under_review -> on_ballot|rejected (review);
--             on_ballot -> selected|not_selected (selection). Officials never edit the content.
create or replace function app_private.proposal_workflow_guard()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_phase public.cycle_phase;
  v_official boolean;
  v_content_changed boolean;
begin
  -- Trusted callers, and our own triggers acting on a proposal (e.g. the first review opening
  -- the review), skip the end-user workflow.
  if not app_private.is_end_user() or pg_trigger_depth() > 1 then
    new.updated_at := now();
    return new;
  end if;

  select c.phase into v_phase from public.budget_cycles c where c.id = new.cycle_id;

  if tg_op = 'INSERT' then
    if new.author_id is distinct from auth.uid() then
      perform app_private.deny('not_author');
    end if;
    if new.status <> 'draft' then
      perform app_private.fail('new_proposal_must_be_draft');
    end if;
    if v_phase not in ('planning', 'submission') then
      perform app_private.fail('phase_closed', v_phase::text);
    end if;
    new.created_at := now();
    new.updated_at := now();
    new.submitted_at := null;
    new.rejection_reason := null;
    new.is_demo := false;
    return new;
  end if;

  -- UPDATE
  if new.author_id <> old.author_id or new.cycle_id <> old.cycle_id
     or new.is_demo <> old.is_demo or new.created_at <> old.created_at then
    perform app_private.deny('immutable_field');
  end if;

  v_content_changed := (new.title, new.description, new.category_id, new.cost_estimate,
                        new.photo_path)
                       is distinct from
                       (old.title, old.description, old.category_id, old.cost_estimate,
                        old.photo_path)
                       or not extensions.st_equals(
                         coalesce(new.location, 'POINT EMPTY'::extensions.geometry),
                         coalesce(old.location, 'POINT EMPTY'::extensions.geometry));

  if old.author_id = auth.uid() and (
       (new.status = old.status and old.status in ('draft', 'submitted'))
       or (old.status = 'draft' and new.status = 'submitted')
       or (old.status in ('draft', 'submitted', 'under_review') and new.status = 'withdrawn')
     ) then
    -- System-managed fields are not the author's to set.
    new.rejection_reason := old.rejection_reason;
    new.submitted_at := old.submitted_at;
    if new.status = 'withdrawn' then
      if v_content_changed then
        perform app_private.fail('withdraw_changes_nothing_else');
      end if;
    elsif new.status = 'submitted' then
      if v_phase <> 'submission' then
        perform app_private.fail('phase_closed', v_phase::text);
      end if;
      if char_length(btrim(new.title)) < 5 then
        perform app_private.fail('title_too_short', '5');
      end if;
      if char_length(btrim(new.description)) < 20 then
        perform app_private.fail('description_too_short', '20');
      end if;
      if new.category_id is null then
        perform app_private.fail('category_required');
      end if;
      if new.cost_estimate is null then
        perform app_private.fail('cost_required');
      end if;
      if new.location is null then
        perform app_private.fail('location_required');
      end if;
      if old.status = 'draft' then
        new.submitted_at := now();
      end if;
    elsif v_phase not in ('planning', 'submission') then
      perform app_private.fail('phase_closed', v_phase::text);
    end if;
    new.updated_at := now();
    return new;
  end if;

  -- Everything else is an official's decision about the proposal's place on the ballot.
  v_official := app_private.has_district_role(old.district_id, '{official,admin}');
  if not v_official then
    perform app_private.deny('not_allowed_for_role', old.status::text || ' -> ' || new.status::text);
  end if;
  if v_content_changed or new.submitted_at is distinct from old.submitted_at then
    perform app_private.deny('officials_cannot_edit_content');
  end if;
  if not (
    (old.status = 'submitted' and new.status = 'under_review' and v_phase in ('submission', 'review'))
    or (old.status in ('submitted', 'under_review') and new.status in ('on_ballot', 'rejected')
        and v_phase = 'review')
    or (old.status = 'on_ballot' and new.status in ('selected', 'not_selected')
        and v_phase = 'selection')
  ) then
    perform app_private.fail('status_change_not_allowed',
      old.status::text || ' -> ' || new.status::text || ' in ' || v_phase::text);
  end if;
  if new.status = 'rejected' and coalesce(btrim(new.rejection_reason), '') = '' then
    perform app_private.fail('rejection_reason_required');
  end if;
  if new.status <> 'rejected' then
    new.rejection_reason := null;
  end if;
  new.updated_at := now();
  return new;
end
$$;
create trigger proposals_workflow_guard
  before insert or update on public.proposals
  for each row execute function app_private.proposal_workflow_guard();

-- Published proposals are public; drafts and withdrawn ones only for their author and the
-- district's staff.
create or replace function app_private.is_published(p_status public.proposal_status)
returns boolean
language sql
immutable
set search_path = ''
as $$
  select p_status in ('submitted', 'under_review', 'rejected', 'on_ballot', 'selected', 'not_selected')
$$;
grant execute on function app_private.is_published(public.proposal_status)
  to anon, authenticated, service_role;

create policy proposals_select_policy on public.proposals
  for select
  using (
    app_private.is_published(status)
    or author_id = (select auth.uid())
  );
create policy proposals_insert_policy on public.proposals
  for insert to authenticated
  with check (author_id = (select auth.uid()));
create policy proposals_update_policy on public.proposals
  for update to authenticated
  using (
    author_id = (select auth.uid())
    or app_private.has_district_role(district_id, '{official,admin}')
  )
  with check (
    author_id = (select auth.uid())
    or app_private.has_district_role(district_id, '{official,admin}')
  );
create policy proposals_delete_policy on public.proposals
  for delete to authenticated
  using (author_id = (select auth.uid()) and status = 'draft');
