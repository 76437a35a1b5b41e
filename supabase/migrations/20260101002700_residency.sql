-- Verified residency. A profile's home district is only a wish; what lets a person vote is a
-- verification with its provenance: an official's check of an ID at the akimat (in_person), a
-- match against an imported residents' register (register), eGov/ЭЦП sign-in (egov, a slot for a
-- trusted server-side integration) or a demo account (demo).
--
-- A person is known by a key, never by their ИИН: HMAC-SHA256 of the ИИН with a secret generated
-- once per deployment and kept here, out of every client's reach. One ИИН backs at most one
-- account at a time, so one person is one voter whatever the number of their accounts.

-- The per-deployment secret. No API role (not even the service role) may read it; only security
-- definer functions owned by the migration role use it.
create table app_private.deployment_secrets (
  name text primary key,
  value bytea not null check (length(value) >= 32)
);
alter table app_private.deployment_secrets enable row level security;
revoke all on app_private.deployment_secrets from public, anon, authenticated, service_role;
-- 32 random bytes from two random UUIDs (244 random bits; gen_random_uuid uses a strong source).
insert into app_private.deployment_secrets (name, value)
values ('person_key', decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'))
on conflict (name) do nothing;

-- HMAC-SHA256 (RFC 2104) on the core sha256(), so it runs without pgcrypto (PGlite, Supabase).
create or replace function app_private.hmac_sha256(p_key bytea, p_message bytea)
returns bytea
language plpgsql
immutable
strict
set search_path = ''
as $$
declare
  v_key bytea := p_key;
  v_inner bytea;
  v_outer bytea;
begin
  if length(v_key) > 64 then
    v_key := sha256(v_key);
  end if;
  v_key := v_key || decode(repeat('00', 64 - length(v_key)), 'hex');
  v_inner := v_key;
  v_outer := v_key;
  for i in 0..63 loop
    v_inner := set_byte(v_inner, i, get_byte(v_key, i) # 54); -- 0x36
    v_outer := set_byte(v_outer, i, get_byte(v_key, i) # 92); -- 0x5c
  end loop;
  return sha256(v_outer || sha256(v_inner || p_message));
end
$$;

-- The keyed hash of an identifier (definer: reads the secret). Not granted to any API role: an
-- oracle would let anyone who got hold of the keys test guessed ИИНs against them.
create or replace function app_private.keyed_hash(p_input text)
returns bytea
language sql
stable
strict
security definer
set search_path = ''
as $$
  select app_private.hmac_sha256(s.value, convert_to(p_input, 'UTF8'))
  from app_private.deployment_secrets s where s.name = 'person_key'
$$;

-- A ИИН with its spaces removed, or null when it is not 12 digits with a valid check digit.
-- The check digit: the first 11 digits weighted 1..11, mod 11; when that gives 10, weighted
-- 3..11,1,2, mod 11; when that gives 10 too, the number is never issued.
create or replace function app_private.normalized_iin(p_iin text)
returns text
language plpgsql
immutable
set search_path = ''
as $$
declare
  v_iin text := regexp_replace(coalesce(p_iin, ''), '[[:space:]]', '', 'g');
  v_sum integer := 0;
  v_check integer;
begin
  if v_iin !~ '^[0-9]{12}$' then
    return null;
  end if;
  for i in 1..11 loop
    v_sum := v_sum + substr(v_iin, i, 1)::integer * i;
  end loop;
  v_check := v_sum % 11;
  if v_check = 10 then
    v_sum := 0;
    for i in 1..11 loop
      v_sum := v_sum + substr(v_iin, i, 1)::integer * ((i + 1) % 11 + 1);
    end loop;
    v_check := v_sum % 11;
  end if;
  if v_check = 10 or v_check <> substr(v_iin, 12, 1)::integer then
    return null;
  end if;
  return v_iin;
end
$$;
grant execute on function app_private.normalized_iin(text) to anon, authenticated, service_role;

-- The person key of a ИИН; refuses an invalid one (iin_invalid). Definer through keyed_hash.
create or replace function app_private.person_key(p_iin text)
returns bytea
language plpgsql
stable
set search_path = ''
as $$
declare
  v_iin text := app_private.normalized_iin(p_iin);
begin
  if v_iin is null then
    perform app_private.fail('iin_invalid');
  end if;
  return app_private.keyed_hash('iin:' || v_iin);
end
$$;

create type public.residency_method as enum ('in_person', 'register', 'egov', 'demo');

-- Append-only: a verification, or the revocation of one (revokes set, district null).
create table public.residency_verifications (
  id uuid primary key default gen_random_uuid(),
  account_id uuid not null references auth.users (id),
  person_key bytea not null check (length(person_key) = 32),
  district_id text references public.districts (id),
  method public.residency_method not null,
  revokes uuid references public.residency_verifications (id),
  -- Who checked: private; their role is what the record shows.
  verifier_id uuid references auth.users (id),
  verifier_role public.member_role,
  created_at timestamptz not null default clock_timestamp(),
  check ((revokes is null) = (district_id is not null))
);
create index residency_verifications_account_idx
  on public.residency_verifications (account_id, created_at);
alter table public.residency_verifications enable row level security;

-- The current residency of each account: derived from the verifications by their trigger (the
-- latest unrevoked one). Its unique keys make "one ИИН, one account" hold at every isolation
-- level: two transactions linking one key to two accounts collide on the index.
create table app_private.residents (
  account_id uuid primary key references auth.users (id),
  person_key bytea not null unique,
  district_id text not null references public.districts (id),
  verification_id uuid not null references public.residency_verifications (id)
);
alter table app_private.residents enable row level security;
revoke all on app_private.residents from public, anon, authenticated, service_role;

-- An imported residents' register: person keys only, the raw ИИН is never stored.
create table app_private.resident_register (
  person_key bytea primary key check (length(person_key) = 32),
  district_id text not null references public.districts (id),
  imported_by uuid references auth.users (id),
  imported_at timestamptz not null default now()
);
alter table app_private.resident_register enable row level security;
revoke all on app_private.resident_register from public, anon, authenticated, service_role;

-- Keeps app_private.residents in step with each new entry (definer: private table).
create or replace function app_private.residency_apply()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.revokes is not null then
    delete from app_private.residents r
    where r.account_id = new.account_id and r.verification_id = new.revokes;
    if not found then
      perform app_private.fail('not_found', new.revokes::text);
    end if;
    return null;
  end if;
  if exists (select 1 from app_private.residents r
             where r.account_id = new.account_id and r.person_key <> new.person_key) then
    perform app_private.fail('account_has_other_iin');
  end if;
  if exists (select 1 from app_private.residents r
             where r.person_key = new.person_key and r.account_id <> new.account_id) then
    perform app_private.fail('iin_taken');
  end if;
  begin
    insert into app_private.residents as r (account_id, person_key, district_id, verification_id)
    values (new.account_id, new.person_key, new.district_id, new.id)
    on conflict (account_id) do update
      set district_id = excluded.district_id, verification_id = excluded.verification_id;
  exception when unique_violation then
    -- A concurrent transaction linked the same key to another account first.
    perform app_private.fail('iin_taken');
  end;
  return null;
end
$$;
create trigger residency_verifications_apply
  after insert on public.residency_verifications
  for each row execute function app_private.residency_apply();
create trigger residency_verifications_append_only
  before update or delete on public.residency_verifications
  for each row execute function app_private.forbid_history_change();
create trigger residency_verifications_no_truncate
  before truncate on public.residency_verifications
  for each statement execute function app_private.forbid_history_change();

-- A person reads their own record, without the key and without who checked them. Nobody writes
-- it directly: verifications go through the functions below.
revoke all on public.residency_verifications from anon, authenticated;
grant select (id, account_id, district_id, method, revokes, verifier_role, created_at)
  on public.residency_verifications to authenticated;
create policy residency_verifications_select_policy on public.residency_verifications
  for select to authenticated using (account_id = (select auth.uid()));

-- The code a person shows at the akimat: the first 10 hex digits of their account id.
create or replace function app_private.account_code(p_id uuid)
returns text
language sql
immutable
set search_path = ''
as $$
  select upper(substr(replace(p_id::text, '-', ''), 1, 10))
$$;
grant execute on function app_private.account_code(uuid) to anon, authenticated, service_role;
create index profiles_account_code_idx on public.profiles (app_private.account_code(id));

-- The account named by a full id or an account code (hyphens, spaces and case ignored);
-- not_found when none or more than one match.
create or replace function app_private.account_by_code(p_account text)
returns uuid
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_code text := upper(regexp_replace(coalesce(p_account, ''), '[^0-9A-Fa-f]', '', 'g'));
  v_ids uuid[];
begin
  if length(v_code) = 32 then
    select array_agg(p.id) into v_ids from public.profiles p where p.id = v_code::uuid;
  elsif length(v_code) = 10 then
    select array_agg(p.id) into v_ids from public.profiles p
    where app_private.account_code(p.id) = v_code;
  end if;
  if coalesce(cardinality(v_ids), 0) <> 1 then
    perform app_private.fail('not_found', coalesce(p_account, ''));
  end if;
  return v_ids[1];
end
$$;

-- The caller's current residency, or null (definer: app_private.residents is private).
create or replace function app_private.my_residency()
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  select jsonb_build_object(
    'district_id', r.district_id, 'method', v.method, 'verifier_role', v.verifier_role,
    'verified_at', v.created_at)
  from app_private.residents r
  join public.residency_verifications v on v.id = r.verification_id
  where r.account_id = (select auth.uid())
$$;
grant execute on function app_private.my_residency() to anon, authenticated, service_role;

-- A city admin imports (part of) the residents' register: rows [{"iin", "district_id"}], all or
-- nothing. A person already in the register moves to the district given here.
create or replace function app_private.import_register(p_city_id text, p_rows jsonb)
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_user uuid := app_private.require_user();
  v_row jsonb;
  v_index integer := 0;
  v_district text;
begin
  if not exists (select 1 from public.cities c where c.id = p_city_id) then
    perform app_private.fail('not_found', coalesce(p_city_id, ''));
  end if;
  if not app_private.is_city_admin(p_city_id) then
    perform app_private.deny('not_allowed_for_role', p_city_id);
  end if;
  if jsonb_typeof(p_rows) is distinct from 'array' or jsonb_array_length(p_rows) > 50000 then
    perform app_private.fail('register_rows_invalid', 'p_rows');
  end if;
  for v_row in select x from jsonb_array_elements(p_rows) x loop
    v_index := v_index + 1;
    if jsonb_typeof(v_row) is distinct from 'object'
       or jsonb_typeof(v_row -> 'iin') is distinct from 'string' then
      perform app_private.fail('register_rows_invalid', 'row ' || v_index);
    end if;
    if app_private.normalized_iin(v_row ->> 'iin') is null then
      perform app_private.fail('iin_invalid', 'row ' || v_index);
    end if;
    select d.id into v_district from public.districts d
    where d.id = v_row ->> 'district_id' and d.city_id = p_city_id;
    if v_district is null then
      perform app_private.fail('district_not_in_city', 'row ' || v_index);
    end if;
    insert into app_private.resident_register as g (person_key, district_id, imported_by)
    values (app_private.person_key(v_row ->> 'iin'), v_district, v_user)
    on conflict (person_key) do update
      set district_id = excluded.district_id, imported_by = excluded.imported_by,
          imported_at = excluded.imported_at;
  end loop;
  return v_index;
end
$$;
grant execute on function app_private.import_register(text, jsonb) to authenticated, service_role;

-- A citizen claims residency with their ИИН against the register.
create or replace function app_private.verify_by_register(p_iin text)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_user uuid := app_private.require_user();
  v_key bytea := app_private.person_key(p_iin);
  v_district text;
begin
  select g.district_id into v_district from app_private.resident_register g
  where g.person_key = v_key;
  if v_district is null then
    perform app_private.fail('not_in_register');
  end if;
  insert into public.residency_verifications (account_id, person_key, district_id, method)
  values (v_user, v_key, v_district, 'register');
end
$$;
grant execute on function app_private.verify_by_register(text) to authenticated, service_role;

-- An official of the district checks a person's ID at the akimat and verifies the account the
-- person names by its code. The person present with their ID is who the ИИН belongs to: an
-- account that held the ИИН before loses it (a revocation on the record).
create or replace function app_private.verify_in_person(
  p_account text,
  p_iin text,
  p_district_id text
)
returns uuid
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_user uuid := app_private.require_user();
  v_account uuid;
  v_key bytea;
  v_holder app_private.residents;
begin
  if not exists (select 1 from public.districts d where d.id = p_district_id) then
    perform app_private.fail('not_found', coalesce(p_district_id, ''));
  end if;
  if not app_private.has_district_role(p_district_id, '{official}') then
    perform app_private.deny('not_allowed_for_role', p_district_id);
  end if;
  v_account := app_private.account_by_code(p_account);
  if v_account = v_user then
    perform app_private.deny('cannot_verify_self');
  end if;
  v_key := app_private.person_key(p_iin);
  select * into v_holder from app_private.residents r
  where r.person_key = v_key and r.account_id <> v_account
  for update;
  if found then
    insert into public.residency_verifications (account_id, person_key, method, revokes,
                                                verifier_id, verifier_role)
    select v_holder.account_id, v_key, v.method, v_holder.verification_id, v_user, 'official'
    from public.residency_verifications v where v.id = v_holder.verification_id;
  end if;
  insert into public.residency_verifications (account_id, person_key, district_id, method,
                                              verifier_id, verifier_role)
  values (v_account, v_key, p_district_id, 'in_person', v_user, 'official');
  return v_account;
end
$$;
grant execute on function app_private.verify_in_person(text, text, text)
  to authenticated, service_role;

-- Revokes an account's current residency: the person themselves (p_account null), or an official
-- of the district it is in.
create or replace function app_private.revoke_residency(p_account text)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_user uuid := app_private.require_user();
  v_account uuid := case when p_account is null then v_user
                         else app_private.account_by_code(p_account) end;
  v_current app_private.residents;
  v_role public.member_role;
begin
  select * into v_current from app_private.residents r where r.account_id = v_account for update;
  if not found then
    perform app_private.fail('residency_not_verified');
  end if;
  if v_account <> v_user then
    if not app_private.has_district_role(v_current.district_id, '{official}') then
      perform app_private.deny('not_allowed_for_role', v_current.district_id);
    end if;
    v_role := 'official';
  end if;
  insert into public.residency_verifications (account_id, person_key, method, revokes,
                                              verifier_id, verifier_role)
  select v_account, v_current.person_key, v.method, v_current.verification_id, v_user, v_role
  from public.residency_verifications v where v.id = v_current.verification_id;
end
$$;
grant execute on function app_private.revoke_residency(text) to authenticated, service_role;

-- The eGov/ЭЦП slot: a trusted server-side sign-in integration (service role) records what the
-- signed identity showed. Not reachable by end users.
create or replace function app_private.verify_by_egov(
  p_account_id uuid,
  p_iin text,
  p_district_id text
)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  if app_private.is_end_user() then
    perform app_private.deny('not_allowed_for_role');
  end if;
  insert into public.residency_verifications (account_id, person_key, district_id, method)
  values (p_account_id, app_private.person_key(p_iin), p_district_id, 'egov');
end
$$;
grant execute on function app_private.verify_by_egov(uuid, text, text) to service_role;

-- The API: thin invoker wrappers; every check is in the functions above.
create or replace function api.import_register(p_city_id text, p_rows jsonb)
returns jsonb
language sql
set search_path = ''
as $$
  select jsonb_build_object('imported', app_private.import_register(p_city_id, p_rows))
$$;

create or replace function api.verify_residency_by_register(p_iin text)
returns jsonb
language plpgsql
set search_path = ''
as $$
begin
  perform app_private.verify_by_register(p_iin);
  return api.my_profile();
end
$$;

-- What the official sees after verifying: the account code, the district, the method and when.
create or replace function api.verify_resident(p_account text, p_iin text, p_district_id text)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  v_account uuid := app_private.verify_in_person(p_account, p_iin, p_district_id);
begin
  return jsonb_build_object(
    'account_code', app_private.account_code(v_account), 'district_id', p_district_id,
    'method', 'in_person', 'verified_at', clock_timestamp());
end
$$;

create or replace function api.revoke_residency(p_account text)
returns jsonb
language plpgsql
set search_path = ''
as $$
begin
  perform app_private.revoke_residency(p_account);
  return api.my_profile();
end
$$;

-- my_profile gains the account code and the verified residency (home_district_id is a wish).
create or replace function api.my_profile()
returns jsonb
language sql
stable
set search_path = ''
as $$
  select jsonb_build_object(
    'id', p.id, 'display_name', p.display_name, 'home_district_id', p.home_district_id,
    'language', p.language, 'account_code', app_private.account_code(p.id),
    'residency', app_private.my_residency(),
    'memberships', coalesce((select jsonb_agg(jsonb_build_object(
        'role', m.role, 'city_id', m.city_id, 'district_id', m.district_id)
        order by m.city_id, m.role)
      from public.memberships m where m.user_id = p.id), '[]'::jsonb))
  from public.profiles p
  where p.id = (select auth.uid())
$$;

grant execute on function api.import_register(text, jsonb),
  api.verify_residency_by_register(text), api.verify_resident(text, text, text),
  api.revoke_residency(text)
  to authenticated, service_role;
