-- Contracts on the record. A project's contract (contractor, amount, planned start and end, the
-- procurement it came from on goszakup.gov.kz) is an append-only history: the first entry is the
-- contract, every later one an amendment with its reason. The project's contract_amount,
-- contractor, planned_start and planned_end are derived from the latest entry and written only by
-- it; its approved budget is what the selection outcome approved and never changes (a change of
-- budget is not supported: it would be a new entry with a reason, like a contract amendment).

create sequence app_private.project_contract_order;

create table public.project_contracts (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects (id),
  -- The order of a project's entries: taken under the project's row lock, so the latest entry
  -- is the one applied last.
  seq bigint not null unique,
  contractor text not null check (char_length(btrim(contractor)) between 2 and 300),
  amount bigint not null check (amount > 0 and amount <= 1000000000000),
  planned_start date not null check (isfinite(planned_start)),
  planned_end date not null check (isfinite(planned_end)),
  -- goszakup.gov.kz numbers: an announcement (16776705-1) or a lot (87491617-ЗЦП1,
  -- 86099233-ОК1, 42292333-ОЛ-ЗЦП1): the announcement's digits, then the method's letters and
  -- the lot's number.
  procurement_ref text not null
    check (procurement_ref ~ '^[0-9]{6,10}(-[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{1,6})*-[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{0,6}[0-9]{1,4}$'),
  reason text check (char_length(btrim(reason)) between 3 and 1000),
  recorded_by uuid default auth.uid() references auth.users (id),
  recorded_role public.member_role not null,
  created_at timestamptz not null default now(),
  check (planned_start <= planned_end)
);
create index project_contracts_project_idx on public.project_contracts (project_id, seq);
alter table public.project_contracts enable row level security;

create or replace function app_private.contract_guard()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_budget bigint;
begin
  if app_private.is_end_user() then
    new.recorded_by := auth.uid();
    new.created_at := now();
    new.recorded_role := app_private.acting_role(app_private.project_district(new.project_id));
    if new.recorded_role is null then
      perform app_private.deny('not_allowed_for_role',
                               coalesce(app_private.project_district(new.project_id), ''));
    end if;
    perform app_private.require_execution_phase(new.project_id);
  end if;
  -- One entry of a project at a time (see payment_guard): the row lock orders the entries.
  update public.projects set updated_at = now()
  where id = new.project_id
  returning approved_budget into v_budget;
  if v_budget is null then
    perform app_private.fail('not_found', coalesce(new.project_id::text, ''));
  end if;
  new.seq := nextval('app_private.project_contract_order');

  new.contractor := btrim(coalesce(new.contractor, ''));
  new.reason := nullif(btrim(new.reason), '');
  -- Capitals, Cyrillic included whatever the database's collation (upper() of the C locale
  -- leaves non-Latin letters alone).
  new.procurement_ref := translate(upper(btrim(coalesce(new.procurement_ref, ''))),
    'абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі',
    'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯӘҒҚҢӨҰҮҺІ');
  if char_length(new.contractor) not between 2 and 300 then
    perform app_private.fail('contractor_required');
  end if;
  if new.procurement_ref !~ '^[0-9]{6,10}(-[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{1,6})*-[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{0,6}[0-9]{1,4}$' then
    perform app_private.fail('procurement_ref_invalid', new.procurement_ref);
  end if;
  if new.amount is null or new.amount <= 0 or new.amount > app_private.money_max() then
    perform app_private.fail('contract_amount_invalid', coalesce(new.amount::text, ''));
  end if;
  perform app_private.require_project_day(new.project_id, new.planned_start,
                                          'contract_day_out_of_range');
  perform app_private.require_project_day(new.project_id, new.planned_end,
                                          'contract_day_out_of_range');
  if new.planned_start > new.planned_end then
    perform app_private.fail('contract_dates_reversed');
  end if;
  if new.reason is not null and char_length(new.reason) < 3 then
    perform app_private.fail('reason_required');
  end if;
  if new.amount > v_budget::numeric * app_private.paid_ceiling_factor() then
    perform app_private.fail('contract_above_ceiling', v_budget::text);
  end if;
  if new.amount > v_budget and new.reason is null then
    perform app_private.fail('contract_over_budget', v_budget::text);
  end if;
  if new.reason is null
     and exists (select 1 from public.project_contracts c where c.project_id = new.project_id) then
    perform app_private.fail('contract_amendment_needs_reason');
  end if;
  return new;
end
$$;
create trigger project_contracts_guard
  before insert on public.project_contracts
  for each row execute function app_private.contract_guard();

-- The latest entry is the project's contract (definer: clients cannot write these columns). The
-- latest, not necessarily this one: after a statement inserting several entries, every row's
-- trigger runs once all of them are in.
create or replace function app_private.contract_apply()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.projects pr
  set contract_amount = c.amount, contractor = c.contractor,
      planned_start = c.planned_start, planned_end = c.planned_end
  from (select * from public.project_contracts l
        where l.project_id = new.project_id order by l.seq desc limit 1) c
  where pr.id = new.project_id;
  return null;
end
$$;
create trigger project_contracts_apply
  after insert on public.project_contracts
  for each row execute function app_private.contract_apply();

create trigger project_contracts_append_only
  before update or delete on public.project_contracts
  for each row execute function app_private.forbid_history_change();
create trigger project_contracts_no_truncate
  before truncate on public.project_contracts
  for each statement execute function app_private.forbid_history_change();

create policy project_contracts_select_policy on public.project_contracts
  for select using (true);
create policy project_contracts_insert_policy on public.project_contracts
  for insert to authenticated
  with check (
    recorded_by = (select auth.uid())
    and app_private.has_district_role(app_private.project_district(project_id), '{official,admin}')
  );

-- Exactly what clients need: anyone reads; officials insert through api.record_contract (seq,
-- recorded_role and created_at are set by the guard).
revoke all on public.project_contracts from anon, authenticated;
grant select on public.project_contracts to anon, authenticated;
grant insert (project_id, contractor, amount, planned_start, planned_end, procurement_ref, reason,
              recorded_by)
  on public.project_contracts to authenticated;
grant select, insert on public.project_contracts to service_role;

-- A new project has no contract yet: its contract columns start empty, for every role.
create or replace function app_private.project_insert_guard()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.contract_amount is not null or new.contractor is not null
     or new.planned_start is not null or new.planned_end is not null then
    perform app_private.fail('project_contract_derived');
  end if;
  return new;
end
$$;
create trigger projects_insert_guard
  before insert on public.projects
  for each row execute function app_private.project_insert_guard();

-- End users change a project only through its history (updates, contracts); nobody changes its
-- approved budget; the contract columns only ever take the values of the latest contract entry
-- (values from before contracts were recorded stay until the first entry replaces them).
create or replace function app_private.project_edit_guard()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_latest public.project_contracts;
begin
  if app_private.is_end_user() and pg_trigger_depth() = 1 and (
    new.status <> old.status or new.progress <> old.progress
    or new.cycle_id <> old.cycle_id or new.district_id <> old.district_id
    or new.proposal_id is distinct from old.proposal_id or new.is_demo <> old.is_demo
  ) then
    perform app_private.deny('project_change_needs_update');
  end if;
  if new.approved_budget <> old.approved_budget then
    if app_private.is_end_user() then
      perform app_private.deny('approved_budget_fixed');
    end if;
    perform app_private.fail('approved_budget_fixed');
  end if;
  if (new.contract_amount, new.contractor, new.planned_start, new.planned_end)
     is distinct from (old.contract_amount, old.contractor, old.planned_start, old.planned_end) then
    if app_private.is_end_user() and pg_trigger_depth() = 1 then
      perform app_private.deny('project_contract_derived');
    end if;
    select * into v_latest from public.project_contracts c
    where c.project_id = new.id order by c.seq desc limit 1;
    if v_latest.id is null
       or (new.contract_amount, new.contractor, new.planned_start, new.planned_end)
          is distinct from (v_latest.amount, v_latest.contractor, v_latest.planned_start,
                            v_latest.planned_end) then
      perform app_private.fail('project_contract_derived');
    end if;
  end if;
  new.updated_at := now();
  return new;
end
$$;

-- Nothing of a project is written by clients directly any more: status and progress come from
-- its updates, the contract from its contract entries, the budget from the selection outcome.
revoke update on public.projects from anon, authenticated;
drop policy projects_update_policy on public.projects;

create or replace function api.record_contract(
  p_project_id uuid,
  p_contractor text,
  p_amount bigint,
  p_planned_start date,
  p_planned_end date,
  p_procurement_ref text,
  p_reason text default null
)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  v_user uuid := app_private.require_user();
begin
  if not exists (select 1 from public.projects p where p.id = p_project_id) then
    perform app_private.fail('not_found', coalesce(p_project_id::text, ''));
  end if;
  insert into public.project_contracts (project_id, contractor, amount, planned_start,
                                        planned_end, procurement_ref, reason, recorded_by)
  values (p_project_id, p_contractor, p_amount, p_planned_start, p_planned_end,
          p_procurement_ref, p_reason, v_user);
  return api.project_detail(p_project_id);
end
$$;
grant execute on function api.record_contract(uuid, text, bigint, date, date, text, text)
  to authenticated, service_role;
