-- Profiles (one per auth user) and memberships, which give roles scoped to a district or a city.

create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  display_name text not null check (char_length(btrim(display_name)) between 1 and 80),
  -- Residency used by cycles that let only residents vote. It points to a district edition.
  home_district_id text references public.districts (id),
  language text not null default 'ru' check (language in ('kk', 'ru', 'en')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.profiles enable row level security;

create type public.member_role as enum ('official', 'expert', 'council', 'admin');

-- A membership with district_id null applies to the whole city.
create table public.memberships (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  role public.member_role not null,
  city_id text not null references public.cities (id),
  district_id text references public.districts (id),
  created_at timestamptz not null default now(),
  unique nulls not distinct (user_id, role, city_id, district_id)
);
create index memberships_user_idx on public.memberships (user_id);
alter table public.memberships enable row level security;

create or replace function app_private.membership_district_in_city()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.district_id is not null and not exists (
    select 1 from public.districts d where d.id = new.district_id and d.city_id = new.city_id
  ) then
    perform app_private.fail('district_not_in_city', new.district_id);
  end if;
  return new;
end
$$;
create trigger memberships_district_in_city
  before insert or update on public.memberships
  for each row execute function app_private.membership_district_in_city();

-- Every new auth user gets a profile, as in Supabase's own user-management example.
create or replace function app_private.create_profile_for_user()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.profiles (id, display_name, language)
  values (
    new.id,
    coalesce(
      nullif(btrim(new.raw_user_meta_data ->> 'display_name'), ''),
      nullif(split_part(coalesce(new.email, ''), '@', 1), ''),
      'Resident'
    ),
    coalesce(nullif(new.raw_user_meta_data ->> 'language', ''), 'ru')
  );
  return new;
end
$$;
create trigger on_auth_user_created
  after insert on auth.users
  for each row execute function app_private.create_profile_for_user();

-- Does the caller hold one of p_roles for this district, directly or city-wide?
-- security definer: memberships are private, policies still need to consult them.
create or replace function app_private.has_district_role(
  p_district_id text,
  p_roles public.member_role[]
)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1
    from public.memberships m
    join public.districts d on d.id = p_district_id
    where m.user_id = (select auth.uid())
      and m.role = any (p_roles)
      and m.city_id = d.city_id
      and (m.district_id is null or m.district_id = d.id)
  )
$$;

create or replace function app_private.is_city_admin(p_city_id text)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.memberships m
    where m.user_id = (select auth.uid())
      and m.role = 'admin'
      and m.city_id = p_city_id
      and m.district_id is null
  )
$$;

-- Only the display name of another person is public (shown as a proposal's author).
create or replace function app_private.display_name(p_user_id uuid)
returns text
language sql
stable
security definer
set search_path = ''
as $$
  select p.display_name from public.profiles p where p.id = p_user_id
$$;

grant execute on function app_private.has_district_role(text, public.member_role[]),
  app_private.is_city_admin(text), app_private.display_name(uuid)
  to anon, authenticated, service_role;

create policy profiles_select_policy on public.profiles
  for select to authenticated using (id = (select auth.uid()));
create policy profiles_update_policy on public.profiles
  for update to authenticated
  using (id = (select auth.uid()))
  with check (id = (select auth.uid()));

create policy memberships_select_policy on public.memberships
  for select to authenticated
  using (user_id = (select auth.uid()) or app_private.is_city_admin(city_id));
create policy memberships_insert_policy on public.memberships
  for insert to authenticated with check (app_private.is_city_admin(city_id));
create policy memberships_delete_policy on public.memberships
  for delete to authenticated using (app_private.is_city_admin(city_id));
