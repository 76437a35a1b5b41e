-- Paper-vote entries of one proposal are serialised, so the tally is always the latest entry:
-- the guard locks the proposal row, then stamps the entry with clock_timestamp() (taken after
-- the lock, hence later than every entry committed before it; now() is the transaction's start
-- and could order a slow entry before one that committed first). The tally is recomputed from
-- the latest entry rather than copied from the new one. The cycle row is locked FOR SHARE as in
-- the vote path, so no entry commits after the phase left selection.

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
  select * into v_proposal from public.proposals p where p.id = new.proposal_id
  for no key update;
  if not found then
    perform app_private.fail('not_found', coalesce(new.proposal_id::text, ''));
  end if;
  select c.phase into v_phase from public.budget_cycles c where c.id = v_proposal.cycle_id
  for share;
  if not app_private.is_end_user() then
    return new;
  end if;
  new.entered_by := auth.uid();
  new.created_at := clock_timestamp();
  new.author_role := app_private.acting_role(v_proposal.district_id);
  if new.author_role is null then
    perform app_private.deny('not_allowed_for_role', v_proposal.district_id);
  end if;
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

create or replace function app_private.paper_votes_tally()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_latest integer;
begin
  select c.votes into v_latest from public.paper_vote_counts c
  where c.proposal_id = new.proposal_id
  order by c.created_at desc, c.id desc
  limit 1;
  insert into public.proposal_tallies as t (proposal_id, paper_votes)
  values (new.proposal_id, v_latest)
  on conflict (proposal_id) do update set paper_votes = excluded.paper_votes;
  return null;
end
$$;
