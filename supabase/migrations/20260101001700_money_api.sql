-- Following the money: for each funded project what was approved, contracted and paid, and the
-- flags the press looks for; the cycle's payments one by one; and its ballots, anonymised, once
-- voting is over. Projects, payments and tallies are public records already (their RLS lets
-- anyone read them); these functions only shape them.

-- Today where the cycles run: "late" and "stalled" are decided by the Almaty calendar day.
create or replace function app_private.local_today()
returns date
language sql
stable
set search_path = ''
as $$
  select (now() at time zone 'Asia/Almaty')::date
$$;
grant execute on function app_private.local_today() to anon, authenticated, service_role;

-- over_budget: paid more than approved. late: planned end passed and not completed (a cancelled
-- project is not late). stalled: still open and no update for p_stalled_days days (the project's
-- creation counts as its first update). p_on fixes the day for reproducible figures.
create or replace function api.project_money(
  p_cycle_id text,
  p_stalled_days integer default 60,
  p_on date default null
)
returns table (
  id uuid, title text, district_id text, category_id text, status public.project_status,
  progress smallint, approved bigint, contracted bigint, paid bigint, payments integer,
  planned_start date, planned_end date, last_update timestamptz, is_demo boolean,
  over_budget boolean, late boolean, stalled boolean
)
language sql
stable
set search_path = ''
as $$
  with money as (
    select pr.*, pro.category_id,
           coalesce(pay.paid, 0)::bigint as paid, coalesce(pay.n, 0)::integer as n_payments,
           coalesce(upd.last_at, pr.created_at) as last_at,
           coalesce(p_on, app_private.local_today()) as on_day
    from public.projects pr
    left join public.proposals pro on pro.id = pr.proposal_id
    left join lateral (select sum(p.amount) as paid, count(*) as n from public.payments p
                       where p.project_id = pr.id) pay on true
    left join lateral (select max(u.created_at) as last_at from public.project_updates u
                       where u.project_id = pr.id) upd on true
    where pr.cycle_id = p_cycle_id
  )
  select m.id, m.title, m.district_id, m.category_id, m.status, m.progress, m.approved_budget,
         m.contract_amount, m.paid, m.n_payments, m.planned_start, m.planned_end, m.last_at,
         m.is_demo,
         m.paid > m.approved_budget,
         m.planned_end is not null and m.planned_end < m.on_day
           and m.status not in ('completed', 'cancelled'),
         m.status not in ('completed', 'cancelled')
           and (m.last_at at time zone 'Asia/Almaty')::date
               < m.on_day - greatest(coalesce(p_stalled_days, 60), 1)
  from money m
  order by m.district_id, m.title, m.id
$$;

create or replace function api.cycle_payments(p_cycle_id text)
returns table (
  id uuid, project_id uuid, project_title text, district_id text, amount bigint, paid_on date,
  document_ref text, is_demo boolean
)
language sql
stable
set search_path = ''
as $$
  select pay.id, pr.id, pr.title, pr.district_id, pay.amount, pay.paid_on, pay.document_ref,
         pr.is_demo
  from public.payments pay
  join public.projects pr on pr.id = pay.project_id
  where pr.cycle_id = p_cycle_id
  order by pay.paid_on, pay.id
$$;

-- A secret per cycle that numbers its voters in exported ballots: a voter's number cannot be
-- recomputed from their account id by anyone who learns it. Private schema: never exposed.
create table app_private.ballot_salts (
  cycle_id text primary key references public.budget_cycles (id) on delete cascade,
  salt text not null default gen_random_uuid()::text
);
alter table app_private.ballot_salts enable row level security;
revoke all on app_private.ballot_salts from public, anon, authenticated;

create or replace function app_private.add_ballot_salt()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into app_private.ballot_salts (cycle_id) values (new.id);
  return new;
end
$$;
create trigger budget_cycles_ballot_salt
  after insert on public.budget_cycles
  for each row execute function app_private.add_ballot_salt();
insert into app_private.ballot_salts (cycle_id) select id from public.budget_cycles;

-- A cycle's approval ballots for open data (the Pabulib format): one row per voter and
-- proposal. Voters are numbered 1..N in the order of a salted hash of their id, so a number
-- says nothing about who voted or when. Only once voting is over: live ballots would show the race
-- before it ends. security definer: a voter's RLS shows only their own votes.
create or replace function api.cycle_ballots(p_cycle_id text)
returns table (voter integer, proposal_id uuid)
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_phase public.cycle_phase;
  v_salt text;
begin
  select c.phase, s.salt into v_phase, v_salt
  from public.budget_cycles c
  left join app_private.ballot_salts s on s.cycle_id = c.id
  where c.id = p_cycle_id;
  if v_phase is null then
    perform app_private.fail('not_found', p_cycle_id);
  end if;
  if v_phase <= 'voting' then
    perform app_private.fail('phase_closed', v_phase::text);
  end if;
  return query
    with voters as (
      select v.voter_id,
             row_number() over (order by md5(v_salt || ':' || v.voter_id::text))::integer as n
      from (select distinct voter_id from public.votes where cycle_id = p_cycle_id) v
    )
    select w.n, v.proposal_id
    from public.votes v
    join voters w on w.voter_id = v.voter_id
    where v.cycle_id = p_cycle_id
    order by w.n, v.proposal_id;
end
$$;

grant execute on function
  api.project_money(text, integer, date), api.cycle_payments(text), api.cycle_ballots(text)
  to anon, authenticated, service_role;
