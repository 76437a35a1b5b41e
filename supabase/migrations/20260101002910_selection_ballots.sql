-- The ballots a selection runs on, read from the tables as the app reads them: every online
-- ballot of the cycle (public.votes, as api.cycle_ballots publishes them, anonymised) restricted
-- to this ballot's proposals, voters with nothing on it left out; and each paper vote of the
-- inputs (the tally's paper count) as a ballot approving that one proposal
-- (src/features/selection/compareRules.ts).
--
-- Returns ballot types for app_private.rule_outcome: [{"approves": [id, …], "count": n}].
-- Definer: individual votes are private; only these counts of identical ballots leave here.
create or replace function app_private.selection_ballots(p_cycle_id text, p_inputs jsonb)
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  with on_ballot as (
    select (x ->> 'id')::uuid as id, coalesce((x ->> 'paper_votes')::bigint, 0) as paper
    from jsonb_array_elements(p_inputs -> 'proposals') x
  ), online as (
    select array_agg(v.proposal_id::text order by v.proposal_id::text collate "C") as approves
    from public.votes v
    join on_ballot b on b.id = v.proposal_id
    where v.cycle_id = p_cycle_id
    group by v.voter_id
  ), types as (
    select o.approves, count(*) as n from online o group by o.approves
    union all
    select array[b.id::text], b.paper from on_ballot b where b.paper > 0
  )
  select coalesce(jsonb_agg(jsonb_build_object('approves', to_jsonb(t.approves), 'count', t.n)),
                  '[]')
  from types t
$$;

-- What anyone needs to check that a re-run uses the same online ballots: how many there are and
-- the SHA-256 (hex) of their canonical text: each ballot's proposal ids (lowercase uuids) in text
-- order joined by ',', the ballots' lines in text order, each ended by '\n' (UTF-8). The ballots
-- themselves are public, anonymised, through api.cycle_ballots; paper votes are in the inputs.
create or replace function app_private.selection_ballots_digest(p_cycle_id text, p_inputs jsonb)
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  with on_ballot as (
    select (x ->> 'id')::uuid as id from jsonb_array_elements(p_inputs -> 'proposals') x
  ), lines as (
    select string_agg(v.proposal_id::text, ',' order by v.proposal_id::text collate "C") as line
    from public.votes v
    join on_ballot b on b.id = v.proposal_id
    where v.cycle_id = p_cycle_id
    group by v.voter_id
  )
  select jsonb_build_object(
    'online_ballots', count(*),
    'paper_ballots', (select coalesce(sum((x ->> 'paper_votes')::bigint), 0)
                      from jsonb_array_elements(p_inputs -> 'proposals') x),
    'sha256', encode(sha256(convert_to(
      coalesce(string_agg(l.line || E'\n', '' order by l.line collate "C"), ''), 'UTF8')), 'hex'))
  from lines l
$$;

revoke execute on function app_private.selection_ballots(text, jsonb),
  app_private.selection_ballots_digest(text, jsonb) from public, anon, authenticated;
