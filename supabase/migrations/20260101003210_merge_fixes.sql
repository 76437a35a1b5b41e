-- Two functions written beside the least-privilege migration, mended after the merge.
--
-- A malformed residents' register is named as such (it said invalid_value, the generic key of a
-- table constraint, which tells the admin nothing).
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

-- A reversal read the original payment with `select *`, which includes who recorded it: a column
-- the API roles may not read, so every reversal was refused as a missing privilege.
create or replace function api.reverse_payment(p_payment_id uuid, p_reason text)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  v_user uuid := app_private.require_user();
  v_original record;
begin
  -- Named columns: who recorded a payment is not the caller's to read (migration 002610).
  select p.id, p.project_id, p.amount, p.paid_on, p.document_ref into v_original
  from public.payments p where p.id = p_payment_id;
  if v_original.id is null then
    perform app_private.fail('not_found', coalesce(p_payment_id::text, ''));
  end if;
  -- amount and paid_on are set from the original by the guard.
  insert into public.payments (project_id, amount, paid_on, document_ref, recorded_by, reverses,
                               reason)
  values (v_original.project_id, -v_original.amount, v_original.paid_on,
          v_original.document_ref, v_user, v_original.id, p_reason);
  return api.project_detail(v_original.project_id);
end
$$;
