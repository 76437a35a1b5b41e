-- Sign-up never fails because of its metadata. The profile trigger runs inside GoTrue's insert
-- into auth.users: any error here aborts the sign-up and GoTrue answers HTTP 500. The metadata is
-- whatever the client sent (`options.data` of signUp), so it is read defensively: a display name
-- only when it is a JSON string, with control characters removed, trimmed and cut to the 80
-- characters the profile allows; a language only when it is one the app speaks, else Russian.
-- Should the profile still not insert (a rule added later, say), the user gets the plainest
-- profile rather than no account.

-- A name as a profile may hold it, or null when nothing printable is left.
create or replace function app_private.clean_display_name(p_name text)
returns text
language sql
immutable
set search_path = ''
as $$
  select nullif(btrim(left(btrim(regexp_replace(p_name, '[[:cntrl:][:space:]]+', ' ', 'g')), 80)), '')
$$;
-- Used by the trigger only (definer); nothing for the API roles.
revoke all on function app_private.clean_display_name(text) from public, anon, authenticated;

create or replace function app_private.create_profile_for_user()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_meta jsonb := case when jsonb_typeof(new.raw_user_meta_data) = 'object'
                       then new.raw_user_meta_data else '{}'::jsonb end;
  v_name text;
  v_language text;
begin
  v_name := coalesce(
    case when jsonb_typeof(v_meta -> 'display_name') = 'string'
         then app_private.clean_display_name(v_meta ->> 'display_name') end,
    app_private.clean_display_name(split_part(coalesce(new.email, ''), '@', 1)),
    'Resident');
  v_language := case when jsonb_typeof(v_meta -> 'language') = 'string'
                      and v_meta ->> 'language' in ('kk', 'ru', 'en')
                     then v_meta ->> 'language' else 'ru' end;
  begin
    insert into public.profiles (id, display_name, language)
    values (new.id, v_name, v_language)
    on conflict (id) do nothing;
  exception
    when others then
      insert into public.profiles (id, display_name, language)
      values (new.id, 'Resident', 'ru')
      on conflict (id) do nothing;
  end;
  return new;
end
$$;
