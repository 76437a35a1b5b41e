-- A payment may be dated today as the city counts days: "the future" starts after today in
-- Almaty, not after today in the server's time zone (UTC on Supabase). Between 00:00 and 05:00
-- Almaty time the two differ, and a payment made that morning was refused.
create or replace function app_private.payment_guard()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if app_private.is_end_user() then
    new.recorded_by := auth.uid();
    new.created_at := now();
    perform app_private.require_execution_phase(new.project_id);
    if new.paid_on > app_private.local_today() then
      perform app_private.fail('payment_in_future');
    end if;
  end if;
  return new;
end
$$;
