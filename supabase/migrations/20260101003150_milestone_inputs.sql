-- A milestone's title and planned day, refused with a key of their own rather than by the
-- table's constraints ("a value is missing or not allowed"). A trigger rather than a new
-- api.add_milestone, so the bounds on the dates themselves (another concern, another migration)
-- and this check do not overwrite each other. Named to fire after
-- project_milestones_insert_guard (triggers fire in name order): who may add comes first.
create or replace function app_private.milestone_valid_input()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if char_length(btrim(coalesce(new.title, ''))) not between 3 and 200 then
    perform app_private.fail('milestone_title_invalid');
  end if;
  if new.planned_on is null then
    perform app_private.fail('milestone_date_required');
  end if;
  return new;
end
$$;
create trigger project_milestones_valid_input
  before insert on public.project_milestones
  for each row execute function app_private.milestone_valid_input();
