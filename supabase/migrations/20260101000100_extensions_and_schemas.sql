-- PostGIS lives in `extensions`, as Supabase recommends; every reference to it is schema-qualified
-- so functions can pin an empty search_path.
create extension if not exists postgis with schema extensions;

-- `api` is the only schema the API exposes (see supabase/config.toml). `app_private` holds helpers
-- used by policies and triggers; it is never exposed.
create schema if not exists api;
create schema if not exists app_private;

grant usage on schema api to anon, authenticated, service_role;
grant usage on schema app_private to anon, authenticated, service_role;

-- Functions are executable by PUBLIC by default, and a per-schema default cannot take that back:
-- revoke it globally for the migration role, then grant every function explicitly.
alter default privileges revoke execute on functions from public;
