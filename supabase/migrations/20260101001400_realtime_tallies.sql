-- Live vote counts: Supabase Realtime broadcasts changes of the public tallies, so every open
-- map and panel reloads its counts when anyone votes. Only the counts are published (their
-- select policy is open to all); individual votes never leave the database.
-- The publication exists only on Supabase; elsewhere this migration does nothing.
do $$
begin
  if exists (select 1 from pg_publication where pubname = 'supabase_realtime')
     and not exists (
       select 1 from pg_publication_tables
       where pubname = 'supabase_realtime' and schemaname = 'public'
         and tablename = 'proposal_tallies'
     ) then
    alter publication supabase_realtime add table public.proposal_tallies;
  end if;
end
$$;
