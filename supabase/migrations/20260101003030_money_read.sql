-- The public record of a project's money with its corrections and its contract history: every
-- payment with the role that recorded it, what a reversal undoes and why, why a payment above the
-- budget was made; every contract entry, amendments with their reasons. Totals count reversals.

create or replace function api.project_detail(p_id uuid)
returns jsonb
language plpgsql
stable
set search_path = ''
as $$
declare
  v_result jsonb;
begin
  select jsonb_build_object(
    'id', pr.id, 'proposal_id', pr.proposal_id, 'cycle_id', pr.cycle_id,
    'district_id', pr.district_id, 'title', pr.title, 'status', pr.status,
    'progress', pr.progress, 'approved_budget', pr.approved_budget,
    'contract_amount', pr.contract_amount, 'contractor', pr.contractor,
    'planned_start', pr.planned_start, 'planned_end', pr.planned_end,
    'geometry', app_private.geojson(pr.location),
    'paid', app_private.project_paid(pr.id), 'is_demo', pr.is_demo,
    'updates', coalesce((select jsonb_agg(jsonb_build_object(
        'id', u.id, 'status', u.status, 'progress', u.progress, 'note', u.note,
        'photo_path', u.photo_path, 'author_role', u.author_role, 'created_at', u.created_at)
        order by u.created_at, u.id)
      from public.project_updates u where u.project_id = pr.id), '[]'::jsonb),
    'payments', coalesce((select jsonb_agg(jsonb_build_object(
        'id', pay.id, 'amount', pay.amount, 'paid_on', pay.paid_on,
        'document_ref', pay.document_ref, 'created_at', pay.created_at,
        'reverses', pay.reverses, 'reason', pay.reason,
        'reversed_by', (select r.id from public.payments r where r.reverses = pay.id),
        'recorded_role', pay.recorded_role)
        order by pay.paid_on, pay.created_at, pay.id)
      from public.payments pay where pay.project_id = pr.id), '[]'::jsonb),
    'contracts', coalesce((select jsonb_agg(jsonb_build_object(
        'id', c.id, 'contractor', c.contractor, 'amount', c.amount,
        'planned_start', c.planned_start, 'planned_end', c.planned_end,
        'procurement_ref', c.procurement_ref, 'reason', c.reason,
        'recorded_role', c.recorded_role, 'created_at', c.created_at)
        order by c.seq)
      from public.project_contracts c where c.project_id = pr.id), '[]'::jsonb))
  into v_result
  from public.projects pr
  where pr.id = p_id;
  if v_result is null then
    perform app_private.fail('not_found', coalesce(p_id::text, ''));
  end if;
  return v_result;
end
$$;

-- Every money entry of the cycle: payments and the reversals that undo them (negative, naming
-- the payment and the reason), so the amounts add up to what was paid.
drop function api.cycle_payments(text);
create function api.cycle_payments(p_cycle_id text)
returns table (
  id uuid, project_id uuid, project_title text, district_id text, amount bigint, paid_on date,
  document_ref text, reverses uuid, reason text, is_demo boolean
)
language sql
stable
set search_path = ''
as $$
  select pay.id, pr.id, pr.title, pr.district_id, pay.amount, pay.paid_on, pay.document_ref,
         pay.reverses, pay.reason, pr.is_demo
  from public.payments pay
  join public.projects pr on pr.id = pay.project_id
  where pr.cycle_id = p_cycle_id
  order by pay.paid_on, pay.created_at, pay.id
$$;
grant execute on function api.cycle_payments(text) to anon, authenticated, service_role;
