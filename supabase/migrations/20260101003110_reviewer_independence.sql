-- Independence of reviewers. A proposal is reviewed by the akimat, experts, the Public Council
-- and the budget commission so that several independent views reach the public record. Until now
-- one account could sign all of them: a city admin reviewed in every capacity, and any official
-- as the budget commission. From here on:
--   * staff review only in a capacity they hold: akimat <- a district official (or the city
--     admin, see below); budget commission <- a commission member; expert <- an expert;
--     Public Council <- a council member;
--   * a person holds at most one capacity per proposal: once they reviewed it as X, a review as
--     Y is refused, through the API and directly on the table, for every role;
--   * each review records the member role its author acted in (`acting_role`), so the public
--     record names staff by role and capacity ("akimat, by the city admin"), never by name.
--
-- The city admin may act as the akimat, and only as the akimat. The admin works for the city
-- akimat, which the district akimats answer to, and already decides proposals (ballot or
-- rejection) in every district of the city; an akimat review is the executive's own view of
-- feasibility and cost, not an independent one, so it gives the admin no power they lack and
-- keeps cities without onboarded district staff workable. Expert, Public Council and budget
-- commission reviews exist to be independent of the executive that runs the cycle, so the admin
-- never writes them.

create or replace function app_private.reviewer_member_roles(p_role public.reviewer_role)
returns public.member_role[]
language sql
immutable
set search_path = ''
as $$
  select case p_role
    when 'akimat' then '{official,admin}'::public.member_role[]
    when 'budget_commission' then '{commission}'::public.member_role[]
    when 'expert' then '{expert}'::public.member_role[]
    when 'public_council' then '{council}'::public.member_role[]
  end
$$;

-- The first of p_roles (in their order) that p_user holds for the district, directly or
-- city-wide; null when none. Like has_district_role, for a given user rather than the caller.
-- security definer: memberships are private.
create or replace function app_private.member_role_in_district(
  p_user_id uuid,
  p_district_id text,
  p_roles public.member_role[]
)
returns public.member_role
language sql
stable
security definer
set search_path = ''
as $$
  select r.role
  from unnest(p_roles) with ordinality r(role, n)
  where exists (
    select 1
    from public.memberships m
    join public.districts d on d.id = p_district_id
    where m.user_id = p_user_id
      and m.role = r.role
      and m.city_id = d.city_id
      and (m.district_id is null or m.district_id = d.id)
  )
  order by r.n
  limit 1
$$;
revoke all on function app_private.member_role_in_district(uuid, text, public.member_role[])
  from public, anon, authenticated;

-- The member role a review's author acted in: public, like the capacity. Reviews written before
-- it was kept have none (history is not rewritten to add it).
alter table public.reviews add column acting_role public.member_role;
grant select (acting_role) on public.reviews to anon, authenticated;

-- The one capacity each person holds on each proposal. A unique key rather than a lookup, so it
-- holds between parallel sessions at every isolation level (a concurrent second capacity waits
-- for the first and then fails: with the key in read committed, with a serialization failure in
-- repeatable read and serializable). Private: written only by the review guard.
create table app_private.review_capacities (
  proposal_id uuid not null references public.proposals (id),
  reviewer_id uuid not null references auth.users (id),
  reviewer_role public.reviewer_role not null,
  primary key (proposal_id, reviewer_id)
);
alter table app_private.review_capacities enable row level security;
revoke all on app_private.review_capacities from public, anon, authenticated;
-- Existing reviews: the first capacity each person used is theirs. Where history already holds
-- more than one (it cannot be rewritten), later reviews keep standing and new ones must match.
insert into app_private.review_capacities (proposal_id, reviewer_id, reviewer_role)
select distinct on (r.proposal_id, r.reviewer_id) r.proposal_id, r.reviewer_id, r.reviewer_role
from public.reviews r
order by r.proposal_id, r.reviewer_id, r.created_at, r.id
on conflict do nothing;

create or replace function app_private.review_guard()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_proposal public.proposals;
  v_phase public.cycle_phase;
begin
  select * into v_proposal from public.proposals p where p.id = new.proposal_id;
  if v_proposal.id is null then
    perform app_private.fail('not_found', new.proposal_id::text);
  end if;
  if app_private.is_end_user() then
    new.reviewer_id := auth.uid();
    new.created_at := now();
    -- Only a capacity the person holds for the proposal's district.
    new.acting_role := app_private.member_role_in_district(
      new.reviewer_id, v_proposal.district_id, app_private.reviewer_member_roles(new.reviewer_role));
    if new.acting_role is null then
      perform app_private.deny('not_allowed_for_role', new.reviewer_role::text);
    end if;
    select c.phase into v_phase from public.budget_cycles c where c.id = v_proposal.cycle_id;
    if v_phase not in ('submission', 'review') then
      perform app_private.fail('phase_closed', v_phase::text);
    end if;
    if v_proposal.status not in ('submitted', 'under_review') then
      perform app_private.fail('proposal_not_under_review', v_proposal.status::text);
    end if;
  else
    -- Trusted imports (the seed, historical records) keep what they say, or what the reviewer
    -- holds today.
    new.acting_role := coalesce(new.acting_role, app_private.member_role_in_district(
      new.reviewer_id, v_proposal.district_id, app_private.reviewer_member_roles(new.reviewer_role)));
  end if;

  -- One capacity per person and proposal, for every role.
  insert into app_private.review_capacities (proposal_id, reviewer_id, reviewer_role)
  values (new.proposal_id, new.reviewer_id, new.reviewer_role)
  on conflict (proposal_id, reviewer_id) do nothing;
  if exists (select 1 from app_private.review_capacities c
             where c.proposal_id = new.proposal_id and c.reviewer_id = new.reviewer_id
               and c.reviewer_role <> new.reviewer_role) then
    perform app_private.fail('review_capacity_taken', new.reviewer_role::text);
  end if;

  -- The first review opens the review (definer: the reviewer is not the author).
  if v_proposal.status = 'submitted' then
    update public.proposals set status = 'under_review' where id = v_proposal.id;
  end if;
  return new;
end
$$;

-- The review queue: budget commission members see it too. An unknown cycle is not found rather
-- than an empty queue. Same columns as in 20260101001600_review_queue.sql (grants kept).
create or replace function api.review_queue(p_cycle_id text)
returns table (
  id uuid, title text, status public.proposal_status, district_id text, yard_id uuid,
  category_id text, cost_estimate bigint, submitted_at timestamptz, reviews integer,
  can_decide boolean
)
language plpgsql
stable
set search_path = ''
as $$
begin
  perform app_private.require_user();
  if not exists (select 1 from public.budget_cycles c where c.id = p_cycle_id) then
    perform app_private.fail('not_found', p_cycle_id);
  end if;
  return query
    select p.id, p.title, p.status, p.district_id, p.yard_id, p.category_id, p.cost_estimate,
           p.submitted_at,
           (select count(*)::integer from public.reviews r where r.proposal_id = p.id),
           app_private.has_district_role(p.district_id, '{official,admin}')
    from public.proposals p
    where p.cycle_id = p_cycle_id
      and p.status in ('submitted', 'under_review')
      and app_private.has_district_role(p.district_id, '{official,admin,expert,council,commission}')
    -- First come, first reviewed.
    order by p.submitted_at, p.id;
end
$$;
