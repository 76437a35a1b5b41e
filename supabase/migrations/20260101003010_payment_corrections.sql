-- Payments that can be corrected, never rewritten. A payment stays on the record for good; a
-- mistake is undone by a reversal: a second entry of the opposite amount that names the payment it
-- undoes and why (at most one per payment, and a reversal itself is never reversed). A payment
-- that takes a project's total paid above its approved budget is taken only with a public reason
-- (the explicit confirmation); even then the total stays within a ceiling of twice the budget.
-- The approved budget is the reference, not the contract amount: it is what residents voted for
-- and nobody can change it, while the contract is recorded by the same officials who pay.
--
-- Every rule below applies to every role (the seed and the service role included), except those
-- that describe the API caller (who acts, in which phase, whether the day has come).

alter table public.payments
  add column reverses uuid unique references public.payments (id),
  add column reason text check (char_length(btrim(reason)) between 3 and 1000),
  add column recorded_role public.member_role;

alter table public.payments drop constraint payments_amount_check;
alter table public.payments
  add constraint payments_amount_bounds
    check (amount <> 0 and abs(amount) <= 1000000000000),
  add constraint payments_entry_kind
    check ((reverses is null and amount > 0)
           or (reverses is not null and amount < 0 and reason is not null)),
  add constraint payments_paid_on_finite check (isfinite(paid_on));

-- Total paid on a project, reversals counted. Each entry is bounded and the total stays within
-- the ceiling, so the bigint result cannot overflow.
create or replace function app_private.project_paid(p_project_id uuid)
returns bigint
language sql
stable
set search_path = ''
as $$
  select coalesce(sum(pay.amount), 0)::bigint from public.payments pay
  where pay.project_id = p_project_id
$$;

create or replace function app_private.payment_guard()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_budget bigint;
  v_original public.payments;
  v_total numeric;
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
  new.reason := nullif(btrim(new.reason), '');

  -- One money entry of a project at a time: the update takes the project's row lock (so totals
  -- are read after concurrent entries commit) and, under repeatable read or serializable, makes a
  -- concurrent entry fail with a serialization error instead of reading a stale total.
  update public.projects set updated_at = now()
  where id = new.project_id
  returning approved_budget into v_budget;
  if v_budget is null then
    perform app_private.fail('not_found', coalesce(new.project_id::text, ''));
  end if;

  if new.reverses is not null then
    select * into v_original from public.payments p where p.id = new.reverses;
    if v_original.id is null or v_original.project_id <> new.project_id then
      perform app_private.fail('not_found', new.reverses::text);
    end if;
    if v_original.reverses is not null then
      perform app_private.fail('payment_reversal_not_reversible');
    end if;
    if exists (select 1 from public.payments p where p.reverses = new.reverses) then
      perform app_private.fail('payment_already_reversed');
    end if;
    if new.reason is null or char_length(new.reason) < 3 then
      perform app_private.fail('reason_required');
    end if;
    -- A reversal undoes exactly its payment, on the payment's day.
    new.amount := -v_original.amount;
    new.paid_on := v_original.paid_on;
    return new;
  end if;

  if new.reason is not null and char_length(new.reason) < 3 then
    perform app_private.fail('reason_required');
  end if;
  if new.amount is null or new.amount <= 0 or new.amount > app_private.money_max() then
    perform app_private.fail('payment_amount_invalid', coalesce(new.amount::text, ''));
  end if;
  if app_private.is_end_user() and new.paid_on > app_private.local_today() then
    perform app_private.fail('payment_in_future');
  end if;
  perform app_private.require_project_day(new.project_id, new.paid_on,
                                          'payment_day_out_of_range');
  v_total := (select coalesce(sum(p.amount), 0) from public.payments p
              where p.project_id = new.project_id) + new.amount;
  if v_total > v_budget::numeric * app_private.paid_ceiling_factor() then
    perform app_private.fail('payment_above_ceiling', v_budget::text);
  end if;
  if v_total > v_budget and new.reason is null then
    perform app_private.fail('payment_over_budget', v_budget::text);
  end if;
  return new;
end
$$;

-- A payment; p_over_budget_reason is the confirmation a payment above the approved budget needs
-- (public on the record). Replaces the four-argument function: one signature, so PostgREST
-- never has to choose between overloads.
drop function api.record_payment(uuid, bigint, date, text);
create function api.record_payment(
  p_project_id uuid,
  p_amount bigint,
  p_paid_on date,
  p_document_ref text,
  p_over_budget_reason text default null
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
  insert into public.payments (project_id, amount, paid_on, document_ref, recorded_by, reason)
  values (p_project_id, p_amount, p_paid_on, p_document_ref, v_user, p_over_budget_reason);
  return api.project_detail(p_project_id);
end
$$;

-- Undoes a payment with a public reason: a new entry of the opposite amount, never an edit.
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

grant execute on function api.record_payment(uuid, bigint, date, text, text),
  api.reverse_payment(uuid, text)
  to authenticated, service_role;

-- Clients write the new columns through the API's invoker functions (recorded_role is set by the
-- guard and is never written by a client).
grant insert (reverses, reason) on public.payments to authenticated;
