-- Cities, districts (with editions over time), city yards and project categories.
-- Reference rows are loaded by the *_reference_places.sql migration; yards are demo data (seed.sql).

create table public.cities (
  id text primary key check (id ~ '^[a-z][a-z0-9-]*$'),
  name_kk text not null,
  name_ru text not null,
  name_en text not null,
  kato text not null unique,
  boundary extensions.geometry(MultiPolygon, 4326) not null,
  population integer check (population > 0),
  population_date date,
  population_source text,
  boundary_source text not null
);
create index cities_boundary_idx on public.cities using gist (boundary);
alter table public.cities enable row level security;

-- A district row is one edition of a district: Astana was re-divided in 2022 (Nura split off Esil)
-- and 2024 (Sarayshyk split off Almaty), so a 2019 cycle and a 2026 cycle refer to different
-- polygons with the same code. valid_to is exclusive; null bounds are open.
create table public.districts (
  id text primary key check (id ~ '^[a-z][a-z0-9-]*$'),
  city_id text not null references public.cities (id),
  code text not null,
  name_kk text not null,
  name_ru text not null,
  name_en text not null,
  kato text not null,
  valid_from date,
  valid_to date,
  boundary extensions.geometry(MultiPolygon, 4326) not null,
  area_km2 numeric(9, 2) not null check (area_km2 > 0),
  population integer check (population > 0),
  population_date date,
  population_source text,
  population_reliability text,
  boundary_source text not null,
  check (valid_from is null or valid_to is null or valid_from < valid_to),
  check (extensions.st_isvalid(boundary))
);
create index districts_boundary_idx on public.districts using gist (boundary);
create index districts_city_idx on public.districts (city_id);
alter table public.districts enable row level security;

-- Residential courtyards. No real yard geometry is published, so every yard in this repository is
-- generated demo data (is_demo); real yards can be loaded by an akimat later.
create table public.yards (
  id uuid primary key default gen_random_uuid(),
  district_id text not null references public.districts (id),
  name_kk text not null,
  name_ru text not null,
  name_en text not null,
  flats integer check (flats > 0),
  boundary extensions.geometry(Polygon, 4326) not null,
  is_demo boolean not null default true,
  check (extensions.st_isvalid(boundary))
);
create index yards_boundary_idx on public.yards using gist (boundary);
create index yards_district_idx on public.yards (district_id);
alter table public.yards enable row level security;

create or replace function app_private.yards_inside_district()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not exists (
    select 1 from public.districts d
    where d.id = new.district_id and extensions.st_covers(d.boundary, new.boundary)
  ) then
    perform app_private.fail('yard_outside_district', new.district_id);
  end if;
  return new;
end
$$;
create trigger yards_inside_district
  before insert or update of boundary, district_id on public.yards
  for each row execute function app_private.yards_inside_district();

-- A point must fall in at most one yard, or the yard derived for a proposal would be arbitrary.
create or replace function app_private.yards_do_not_overlap()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if exists (
    select 1 from public.yards y
    where y.id <> new.id
      and extensions.st_intersects(y.boundary, new.boundary)
      and not extensions.st_touches(y.boundary, new.boundary)
  ) then
    perform app_private.fail('yards_overlap');
  end if;
  return new;
end
$$;
create trigger yards_do_not_overlap
  before insert or update of boundary on public.yards
  for each row execute function app_private.yards_do_not_overlap();

create table public.categories (
  id text primary key check (id ~ '^[a-z][a-z0-9_]*$'),
  name_kk text not null,
  name_ru text not null,
  name_en text not null,
  sort_order smallint not null default 0
);
alter table public.categories enable row level security;

-- Places are public reference data: everyone reads, only trusted roles write (no write policies).
create policy cities_select_policy on public.cities for select using (true);
create policy districts_select_policy on public.districts for select using (true);
create policy yards_select_policy on public.yards for select using (true);
create policy categories_select_policy on public.categories for select using (true);

insert into public.categories (id, name_kk, name_ru, name_en, sort_order) values
  ('improvement', 'Абаттандыру', 'Благоустройство', 'Public space improvement', 10),
  ('playgrounds', 'Балалар алаңдары', 'Детские площадки', 'Playgrounds', 20),
  ('sport', 'Спорт алаңдары', 'Спортивные площадки', 'Sport grounds', 30),
  ('lighting', 'Жарықтандыру', 'Освещение', 'Street lighting', 40),
  ('greenery', 'Көгалдандыру', 'Озеленение', 'Greenery', 50),
  ('roads', 'Жаяу жүргінші жолдары мен жолдар', 'Тротуары и дороги', 'Sidewalks and roads', 60),
  ('accessibility', 'Қолжетімділік', 'Доступная среда', 'Accessibility', 70),
  ('culture', 'Мәдениет', 'Культура', 'Culture', 80),
  ('safety', 'Қауіпсіздік', 'Безопасность', 'Safety', 90),
  ('parking', 'Автотұрақ', 'Парковки', 'Parking', 100);
