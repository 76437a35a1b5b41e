-- Reviews of proposals by the akimat, experts, the Public Council and the budget commission.
-- Reviews are part of the public record: append-only, readable wherever the proposal is.

create type public.reviewer_role as enum ('akimat', 'expert', 'public_council', 'budget_commission');
create type public.review_verdict as enum ('feasible', 'feasible_with_changes', 'not_feasible');

create table public.reviews (
  id uuid primary key default gen_random_uuid(),
  proposal_id uuid not null references public.proposals (id),
  reviewer_id uuid not null default auth.uid() references auth.users (id),
  reviewer_role public.reviewer_role not null,
  verdict public.review_verdict not null,
  cost_reestimate bigint check (cost_reestimate > 0),
  note text not null default '' check (char_length(note) <= 4000),
  created_at timestamptz not null default now()
);
create index reviews_proposal_idx on public.reviews (proposal_id);
alter table public.reviews enable row level security;

-- Which membership roles may review in which capacity.
create or replace function app_private.reviewer_member_roles(p_role public.reviewer_role)
returns public.member_role[]
language sql
immutable
set search_path = ''
as $$
  select case p_role
    when 'akimat' then '{official,admin}'::public.member_role[]
    when 'budget_commission' then '{official,admin}'::public.member_role[]
    when 'expert' then '{expert,admin}'::public.member_role[]
    when 'public_council' then '{council,admin}'::public.member_role[]
  end
$$;
grant execute on function app_private.reviewer_member_roles(public.reviewer_role)
  to anon, authenticated, service_role;

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
  if app_private.is_end_user() then
    new.reviewer_id := auth.uid();
    new.created_at := now();
    if not app_private.has_district_role(v_proposal.district_id,
                                         app_private.reviewer_member_roles(new.reviewer_role)) then
      perform app_private.deny('not_allowed_for_role', new.reviewer_role::text);
    end if;
    select c.phase into v_phase from public.budget_cycles c where c.id = v_proposal.cycle_id;
    if v_phase not in ('submission', 'review') then
      perform app_private.fail('phase_closed', v_phase::text);
    end if;
    if v_proposal.status not in ('submitted', 'under_review') then
      perform app_private.fail('proposal_not_under_review', v_proposal.status::text);
    end if;
  end if;
  -- The first review opens the review (definer: the reviewer is not the author).
  if v_proposal.status = 'submitted' then
    update public.proposals set status = 'under_review' where id = v_proposal.id;
  end if;
  return new;
end
$$;
create trigger reviews_guard
  before insert on public.reviews
  for each row execute function app_private.review_guard();

create or replace function app_private.forbid_history_change()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  -- Applies to every role, the service role and officials included: history is append-only.
  perform app_private.fail('history_is_append_only', tg_table_name);
  return null;
end
$$;
create trigger reviews_append_only
  before update or delete on public.reviews
  for each row execute function app_private.forbid_history_change();
create trigger reviews_no_truncate
  before truncate on public.reviews
  for each statement execute function app_private.forbid_history_change();

create policy reviews_select_policy on public.reviews
  for select
  using (exists (select 1 from public.proposals p where p.id = proposal_id));
create policy reviews_insert_policy on public.reviews
  for insert to authenticated
  with check (reviewer_id = (select auth.uid()));
