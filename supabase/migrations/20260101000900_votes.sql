-- Votes: one row per voter and proposal. Individual votes are private to the voter; counts are
-- public through proposal_tallies.

create table public.votes (
  voter_id uuid not null default auth.uid() references auth.users (id),
  proposal_id uuid not null references public.proposals (id),
  cycle_id text not null references public.budget_cycles (id),
  created_at timestamptz not null default now(),
  primary key (voter_id, proposal_id)
);
create index votes_cycle_voter_idx on public.votes (cycle_id, voter_id);
create index votes_proposal_idx on public.votes (proposal_id);
alter table public.votes enable row level security;

create table public.proposal_tallies (
  proposal_id uuid primary key references public.proposals (id),
  online_votes integer not null default 0 check (online_votes >= 0),
  paper_votes integer not null default 0 check (paper_votes >= 0)
);
alter table public.proposal_tallies enable row level security;

-- security definer: the rules look at the cycle, the voter's profile and all of the voter's votes
-- regardless of what RLS shows the caller.
create or replace function app_private.vote_guard()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_proposal public.proposals;
  v_cycle public.budget_cycles;
  v_home text;
  v_used integer;
begin
  select * into v_proposal from public.proposals p where p.id = new.proposal_id;
  new.cycle_id := v_proposal.cycle_id;
  if not app_private.is_end_user() then
    return new;
  end if;

  new.voter_id := auth.uid();
  new.created_at := now();
  select * into v_cycle from public.budget_cycles c where c.id = v_proposal.cycle_id;

  if v_cycle.phase <> 'voting' then
    perform app_private.fail('phase_closed', v_cycle.phase::text);
  end if;
  if v_proposal.status <> 'on_ballot' then
    perform app_private.fail('proposal_not_on_ballot', v_proposal.status::text);
  end if;
  if v_cycle.residents_only then
    select p.home_district_id into v_home from public.profiles p where p.id = new.voter_id;
    if v_home is null then
      perform app_private.fail('home_district_required');
    end if;
    if v_home <> v_proposal.district_id then
      perform app_private.fail('not_resident', v_proposal.district_id);
    end if;
  end if;

  -- Serialise one voter's votes in one cycle so concurrent requests cannot pass the limit
  -- together; other voters are not blocked.
  perform pg_advisory_xact_lock(hashtextextended('vote:' || new.cycle_id || ':' || new.voter_id::text, 0));
  select count(*) into v_used from public.votes v
  where v.cycle_id = new.cycle_id and v.voter_id = new.voter_id;
  if v_used >= v_cycle.votes_per_voter then
    perform app_private.fail('vote_limit_reached', v_cycle.votes_per_voter::text);
  end if;
  if exists (select 1 from public.votes v
             where v.voter_id = new.voter_id and v.proposal_id = new.proposal_id) then
    perform app_private.fail('already_voted');
  end if;
  return new;
end
$$;
create trigger votes_guard
  before insert on public.votes
  for each row execute function app_private.vote_guard();

create or replace function app_private.vote_retract_guard()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_cycle public.budget_cycles;
begin
  select * into v_cycle from public.budget_cycles c where c.id = old.cycle_id;
  -- Even trusted roles may not quietly remove votes once counted: only during voting.
  if v_cycle.phase <> 'voting' then
    perform app_private.fail('phase_closed', v_cycle.phase::text);
  end if;
  if app_private.is_end_user() and not v_cycle.votes_changeable then
    perform app_private.fail('vote_is_final');
  end if;
  return old;
end
$$;
create trigger votes_retract_guard
  before delete on public.votes
  for each row execute function app_private.vote_retract_guard();

create trigger votes_no_update
  before update on public.votes
  for each row execute function app_private.forbid_history_change();

create or replace function app_private.vote_tally()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    insert into public.proposal_tallies as t (proposal_id, online_votes)
    values (new.proposal_id, 1)
    on conflict (proposal_id) do update set online_votes = t.online_votes + 1;
  else
    update public.proposal_tallies set online_votes = online_votes - 1
    where proposal_id = old.proposal_id;
  end if;
  return null;
end
$$;
create trigger votes_tally
  after insert or delete on public.votes
  for each row execute function app_private.vote_tally();

create policy votes_select_policy on public.votes
  for select to authenticated using (voter_id = (select auth.uid()));
create policy votes_insert_policy on public.votes
  for insert to authenticated with check (voter_id = (select auth.uid()));
create policy votes_delete_policy on public.votes
  for delete to authenticated using (voter_id = (select auth.uid()));

-- Counts are public; only the tally trigger writes them.
create policy proposal_tallies_select_policy on public.proposal_tallies for select using (true);
