-- Rule violations are raised with SQLSTATE QA001 and a stable key as the message
-- (e.g. 'vote_limit_reached'); the app translates the key. PostgREST passes code,
-- message, details and hint through unchanged (HTTP 400).
create or replace function app_private.fail(p_key text, p_detail text default null)
returns void
language plpgsql
set search_path = ''
as $$
begin
  raise exception using errcode = 'QA001', message = p_key, detail = coalesce(p_detail, '');
end
$$;

-- Permission refusals that RLS cannot express as a silent filter (e.g. an official acting in another
-- district) use the standard insufficient_privilege code with a key.
create or replace function app_private.deny(p_key text, p_detail text default null)
returns void
language plpgsql
set search_path = ''
as $$
begin
  raise exception using errcode = '42501', message = p_key, detail = coalesce(p_detail, '');
end
$$;

-- True when the caller is an end user arriving through the API (PostgREST's `set local role`).
-- Migrations, the seed and the service role are trusted and skip end-user workflow rules;
-- integrity rules (append-only history, geometry, money) apply to everyone.
create or replace function app_private.is_end_user()
returns boolean
language sql
stable
set search_path = ''
as $$
  select coalesce(current_setting('role', true), 'none') in ('anon', 'authenticated')
$$;

grant execute on function app_private.fail(text, text), app_private.deny(text, text),
  app_private.is_end_user() to anon, authenticated, service_role;
