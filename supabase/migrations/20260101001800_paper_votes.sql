-- Paper ballots: district officials enter how many paper votes each proposal on the ballot got.
-- Every entry is kept (a correction is a new entry, never an edit) and the latest one is the
-- count; it is shown apart from the online votes and counts toward the results.

create table public.paper_vote_counts (
  id uuid primary key default gen_random_uuid(),
  proposal_id uuid not null references public.proposals (id),
  votes integer not null check (votes between 0 and 10000000),
  note text not null default '' check (char_length(note) <= 1000),
  entered_by uuid default auth.uid() references auth.users (id),
  author_role public.member_role not null,
  created_at timestamptz not null default now()
);
create index paper_vote_counts_proposal_idx on public.paper_vote_counts (proposal_id, created_at);
alter table public.paper_vote_counts enable row level security;

-- Who, when and in which phase (definer: reads the proposal and cycle whatever RLS shows).
create or replace function app_private.paper_votes_guard()
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
  if not app_private.is_end_user() then
    return new;
  end if;
  new.entered_by := auth.uid();
  new.created_at := now();
  new.author_role := app_private.acting_role(v_proposal.district_id);
  if new.author_role is null then
    perform app_private.deny('not_allowed_for_role', v_proposal.district_id);
  end if;
  select c.phase into v_phase from public.budget_cycles c where c.id = v_proposal.cycle_id;
  -- Paper ballots are counted while voting runs and until the winners are confirmed.
  if v_phase not in ('voting', 'selection') then
    perform app_private.fail('phase_closed', v_phase::text);
  end if;
  if v_proposal.status <> 'on_ballot' then
    perform app_private.fail('proposal_not_on_ballot', v_proposal.status::text);
  end if;
  return new;
end
$$;
create trigger paper_vote_counts_guard
  before insert on public.paper_vote_counts
  for each row execute function app_private.paper_votes_guard();

-- The latest entry is the proposal's paper count (definer: only this trigger writes tallies).
create or replace function app_private.paper_votes_tally()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.proposal_tallies as t (proposal_id, paper_votes)
  values (new.proposal_id, new.votes)
  on conflict (proposal_id) do update set paper_votes = excluded.paper_votes;
  return null;
end
$$;
create trigger paper_vote_counts_tally
  after insert on public.paper_vote_counts
  for each row execute function app_private.paper_votes_tally();

create trigger paper_vote_counts_append_only
  before update or delete on public.paper_vote_counts
  for each row execute function app_private.forbid_history_change();
create trigger paper_vote_counts_no_truncate
  before truncate on public.paper_vote_counts
  for each statement execute function app_private.forbid_history_change();

create policy paper_vote_counts_select_policy on public.paper_vote_counts for select using (true);
create policy paper_vote_counts_insert_policy on public.paper_vote_counts
  for insert to authenticated
  with check (
    entered_by = (select auth.uid())
    and app_private.has_district_role(
      (select p.district_id from public.proposals p where p.id = proposal_id), '{official,admin}')
  );

-- A proposal's votes, online and paper apart, with every paper entry (public record).
create or replace function api.proposal_votes(p_proposal_id uuid)
returns jsonb
language sql
stable
set search_path = ''
as $$
  select jsonb_build_object(
    'proposal_id', p.id,
    'online', coalesce(t.online_votes, 0),
    'paper', coalesce(t.paper_votes, 0),
    'paper_entries', coalesce((select jsonb_agg(jsonb_build_object(
        'votes', c.votes, 'note', c.note, 'author_role', c.author_role,
        'created_at', c.created_at) order by c.created_at, c.id)
      from public.paper_vote_counts c where c.proposal_id = p.id), '[]'::jsonb))
  from public.proposals p
  left join public.proposal_tallies t on t.proposal_id = p.id
  where p.id = p_proposal_id
$$;

create or replace function api.record_paper_votes(p_proposal_id uuid, p_votes integer, p_note text)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  v_user uuid := app_private.require_user();
begin
  if not exists (select 1 from public.proposals p where p.id = p_proposal_id) then
    perform app_private.fail('not_found', p_proposal_id::text);
  end if;
  insert into public.paper_vote_counts (proposal_id, votes, note, entered_by, author_role)
  -- The role is set by the guard; 'official' only satisfies the column until then.
  values (p_proposal_id, p_votes, coalesce(btrim(p_note), ''), v_user, 'official');
  return api.proposal_votes(p_proposal_id);
end
$$;

grant execute on function api.proposal_votes(uuid) to anon, authenticated, service_role;
grant execute on function api.record_paper_votes(uuid, integer, text) to authenticated, service_role;
