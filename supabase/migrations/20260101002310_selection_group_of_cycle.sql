-- A confirmed outcome's ballot group must be one of its own cycle's groups. Without this, an
-- outcome for a group of another cycle passed the guard: its ballot (this cycle's proposals in
-- that group) is empty, so an empty outcome went on the public record under a foreign group.
create or replace function app_private.selection_group_of_cycle()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.ballot_group_id is not null
     and not exists (select 1 from public.ballot_groups g
                     where g.id = new.ballot_group_id and g.cycle_id = new.cycle_id) then
    perform app_private.fail('ballot_group_mismatch', new.cycle_id);
  end if;
  return new;
end
$$;

create trigger selection_outcomes_group_of_cycle
  before insert on public.selection_outcomes
  for each row execute function app_private.selection_group_of_cycle();
