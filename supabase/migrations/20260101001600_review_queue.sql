-- The review queue: proposals waiting for a decision, for the staff who may act on them.
-- The same rules as the workflow guard decide who sees what: officials and admins decide in their
-- districts, experts and council members review there. Everyone else gets an empty queue.

create or replace function api.review_queue(p_cycle_id text)
returns table (
  id uuid, title text, status public.proposal_status, district_id text, yard_id uuid,
  category_id text, cost_estimate bigint, submitted_at timestamptz, reviews integer,
  can_decide boolean
)
language sql
stable
set search_path = ''
as $$
  select p.id, p.title, p.status, p.district_id, p.yard_id, p.category_id, p.cost_estimate,
         p.submitted_at,
         (select count(*)::integer from public.reviews r where r.proposal_id = p.id),
         app_private.has_district_role(p.district_id, '{official,admin}')
  from public.proposals p
  where p.cycle_id = p_cycle_id
    and p.status in ('submitted', 'under_review')
    and app_private.has_district_role(p.district_id, '{official,admin,expert,council}')
  -- First come, first reviewed.
  order by p.submitted_at, p.id
$$;

grant execute on function api.review_queue(text) to authenticated, service_role;
