-- Votes check the cycle's voter roll, and the vote closes atomically.
-- * The vote path locks the cycle row FOR SHARE: a phase change (an UPDATE of that row) waits
--   for the votes in flight to commit, and a vote arriving after the change waits for it and then
--   sees the new phase (read committed) or fails to serialise (repeatable read, serializable).
--   So no vote commits after the phase left voting.
-- * The limit is kept by the counter on the voter's roll entry: one row every vote of that voter
--   updates, with the limit in the UPDATE's condition.

create or replace function app_private.vote_guard()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_proposal public.proposals;
  v_cycle public.budget_cycles;
  v_entry public.voter_rolls;
begin
  select * into v_proposal from public.proposals p where p.id = new.proposal_id;
  if not found then
    perform app_private.fail('not_found', coalesce(new.proposal_id::text, ''));
  end if;
  new.cycle_id := v_proposal.cycle_id;
  select * into v_cycle from public.budget_cycles c where c.id = v_proposal.cycle_id for share;

  if not app_private.is_end_user() then
    -- Trusted inserts (seed, corrections) keep the voter's counter equal to their votes.
    update public.voter_rolls r set votes_used = r.votes_used + 1
    where r.cycle_id = new.cycle_id and r.account_id = new.voter_id;
    return new;
  end if;

  new.voter_id := app_private.require_user();
  new.created_at := now();
  if v_cycle.phase <> 'voting' then
    perform app_private.fail('phase_closed', v_cycle.phase::text);
  end if;
  if v_proposal.status <> 'on_ballot' then
    perform app_private.fail('proposal_not_on_ballot', v_proposal.status::text);
  end if;
  select * into v_entry from public.voter_rolls r
  where r.cycle_id = new.cycle_id and r.account_id = new.voter_id;
  if not found then
    if exists (select 1 from app_private.residents r where r.account_id = new.voter_id) then
      -- Verified after voting opened, or the person is on the roll through another account.
      perform app_private.fail('not_on_roll', new.cycle_id);
    end if;
    perform app_private.fail('residency_not_verified');
  end if;
  if v_cycle.residents_only and v_entry.district_id <> v_proposal.district_id then
    perform app_private.fail('not_resident', v_proposal.district_id);
  end if;
  if exists (select 1 from public.votes v
             where v.voter_id = new.voter_id and v.proposal_id = new.proposal_id) then
    perform app_private.fail('already_voted');
  end if;

  update public.voter_rolls r set votes_used = r.votes_used + 1
  where r.cycle_id = new.cycle_id and r.account_id = new.voter_id
    and r.votes_used < v_cycle.votes_per_voter;
  if not found then
    perform app_private.fail('vote_limit_reached', v_cycle.votes_per_voter::text);
  end if;
  -- Read committed: a concurrent vote for the same proposal committed while we waited.
  if exists (select 1 from public.votes v
             where v.voter_id = new.voter_id and v.proposal_id = new.proposal_id) then
    perform app_private.fail('already_voted');
  end if;
  return new;
end
$$;

create or replace function app_private.vote_retract_guard()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_cycle public.budget_cycles;
begin
  select * into v_cycle from public.budget_cycles c where c.id = old.cycle_id for share;
  -- Even trusted roles may not quietly remove votes once counted: only during voting.
  if v_cycle.phase <> 'voting' then
    perform app_private.fail('phase_closed', v_cycle.phase::text);
  end if;
  if app_private.is_end_user() and not v_cycle.votes_changeable then
    perform app_private.fail('vote_is_final');
  end if;
  update public.voter_rolls r set votes_used = r.votes_used - 1
  where r.cycle_id = old.cycle_id and r.account_id = old.voter_id and r.votes_used > 0;
  return old;
end
$$;
