-- The voter roll of a cycle, frozen when voting opens. When a cycle enters `voting` its roll is
-- built from the verified persons of its city, each with the district they were verified in
-- (`residents_only` cycles let them vote there only). From then on nothing changes an entry:
-- a later verification, a changed profile or a revocation applies to later cycles.
-- Each entry also keeps the count of votes cast on it: the row every vote of that voter updates,
-- so the limit holds at every isolation level (read committed waits and re-checks; repeatable
-- read and serializable fail one of two concurrent votes with a serialization failure).

create table public.voter_rolls (
  cycle_id text not null references public.budget_cycles (id),
  account_id uuid not null references auth.users (id),
  person_key bytea not null,
  district_id text not null references public.districts (id),
  verification_id uuid not null references public.residency_verifications (id),
  votes_used smallint not null default 0 check (votes_used >= 0),
  created_at timestamptz not null default now(),
  primary key (cycle_id, account_id),
  -- One person, one entry, whatever the number of their accounts.
  unique (cycle_id, person_key)
);
create index voter_rolls_account_idx on public.voter_rolls (account_id);
alter table public.voter_rolls enable row level security;

-- A voter sees their own entries (not the person key). Nobody writes the roll through the API.
revoke all on public.voter_rolls from anon, authenticated;
grant select (cycle_id, account_id, district_id, votes_used, created_at)
  on public.voter_rolls to authenticated;
create policy voter_rolls_select_policy on public.voter_rolls
  for select to authenticated using (account_id = (select auth.uid()));

-- Entries are added only while the cycle is in voting (by the build below, or by a trusted
-- correction), never removed, and never changed except the vote counter the vote triggers keep.
create or replace function app_private.voter_roll_guard()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    if (select c.phase from public.budget_cycles c where c.id = new.cycle_id) <> 'voting' then
      perform app_private.fail('roll_is_frozen', new.cycle_id);
    end if;
    new.votes_used := 0;
    return new;
  end if;
  if (new.cycle_id, new.account_id, new.person_key, new.district_id, new.verification_id,
      new.created_at)
     is distinct from
     (old.cycle_id, old.account_id, old.person_key, old.district_id, old.verification_id,
      old.created_at) then
    perform app_private.fail('roll_is_frozen', old.cycle_id);
  end if;
  return new;
end
$$;
create trigger voter_rolls_guard
  before insert or update on public.voter_rolls
  for each row execute function app_private.voter_roll_guard();
create trigger voter_rolls_no_delete
  before delete on public.voter_rolls
  for each row execute function app_private.forbid_history_change();
create trigger voter_rolls_no_truncate
  before truncate on public.voter_rolls
  for each statement execute function app_private.forbid_history_change();

-- Builds the roll when the cycle enters voting (definer: residents are private). A cycle moved
-- back and into voting again by a trusted correction only gains the persons verified since.
create or replace function app_private.build_voter_roll()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.phase <> 'voting' or (tg_op = 'UPDATE' and old.phase = 'voting') then
    return null;
  end if;
  insert into public.voter_rolls (cycle_id, account_id, person_key, district_id, verification_id)
  select new.id, r.account_id, r.person_key, r.district_id, r.verification_id
  from app_private.residents r
  join public.districts d on d.id = r.district_id
  where d.city_id = new.city_id
  on conflict do nothing;
  return null;
end
$$;
create trigger budget_cycles_build_voter_roll
  after insert or update of phase on public.budget_cycles
  for each row execute function app_private.build_voter_roll();

-- Cycles already in voting when this migration runs get their roll now.
insert into public.voter_rolls (cycle_id, account_id, person_key, district_id, verification_id)
select c.id, r.account_id, r.person_key, r.district_id, r.verification_id
from public.budget_cycles c
join public.districts d on d.city_id = c.city_id
join app_private.residents r on r.district_id = d.id
where c.phase = 'voting'
on conflict do nothing;
