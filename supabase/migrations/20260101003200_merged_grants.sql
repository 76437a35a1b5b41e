-- Grants for columns and tables that arrived beside the least-privilege migration (002600):
-- payments' reversal columns are public like the rest of a payment; a contract entry names who
-- recorded it by role only, as every other public record does.
grant select (reverses, reason, recorded_role) on public.payments to anon, authenticated;

revoke select on public.project_contracts from anon, authenticated;
grant select (id, project_id, seq, contractor, amount, planned_start, planned_end, procurement_ref,
              reason, recorded_role, created_at)
  on public.project_contracts to anon, authenticated;
