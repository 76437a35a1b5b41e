-- The winner-selection rules of src/selection, in SQL, so the database can recompute any
-- confirmed outcome itself (the guard, 20260101002920). The same rules, the same ties, the same
-- exact arithmetic: src/selection proves each float decision or takes it in BigInt fractions, so
-- its outcome is the exact one; here every budget is an integer numeric over one common
-- denominator, so every decision is exact too, and the two agree project for project.
--
--   greedy      most votes first; a project that no longer fits is skipped. Ties: lower cost,
--               then lower id (as text, code unit by code unit: collate "C").
--   mes         the Method of Equal Shares with cost utilities, completed by the add-one method
--               as src/selection/completion.ts computes it. Ties on ρ: lower cost, then more
--               approving ballots, then lower id.
--   mes-greedy  mes, then the rest of the budget filled by the greedy rule.
--   mes-plain   MES with each voter's budget exactly B/n, no completion.
--
-- A ballot type is a set of projects approved together; voters with the same ballot are alike
-- for MES, so ballots are kept as types with a count (a district's 100k online ballots have far
-- fewer types; paper votes are one-project ballots, one type per proposal).

-- One MES run with each voter's budget p_num / p_den, or (p_was given) a replay of an earlier
-- run's funded projects at this budget, as sameOutcomeAt in src/selection/equalShares.ts: true
-- only if every round goes the same way and nothing more is affordable at the end.
--
-- Projects 1..P: p_cost, p_approvals (approving ballots, for ties), p_rank (position of the id in
-- text order). Ballot types 1..T: p_mult (ballots of that type); project c's approving types are
-- p_types[p_start[c] .. p_start[c + 1] - 1].
--
-- Voters with the same funded projects on their ballot have the same budget: they form a class
-- (class 0: nothing left). Every class's budget is v_val[k] / v_d, integers; funding a project
-- whose d approvers with money pay the equal share multiplies the denominator by d. A project's ρ
-- (price per unit of utility: its equal share / its cost) is kept as a fraction num / den.
create or replace function app_private.mes_run(
  p_cost numeric[],
  p_approvals bigint[],
  p_rank integer[],
  p_start integer[],
  p_types integer[],
  p_mult bigint[],
  p_num numeric,
  p_den numeric,
  p_was integer[] default null,
  p_was_num numeric[] default null,
  p_was_den numeric[] default null,
  out winners integer[],
  out price_num numeric[],
  out price_den numeric[],
  out total_cost numeric,
  out same boolean
)
language plpgsql
immutable
set search_path = ''
as $$
declare
  v_np integer := coalesce(cardinality(p_cost), 0);
  v_replay boolean := p_was is not null;
  v_cls integer[] := array_fill(case when p_num > 0 then 1 else 0 end,
                                array[greatest(coalesce(cardinality(p_mult), 0), 1)]);
  v_val numeric[] := array[p_num];
  v_cnt bigint[] := array[0::bigint];
  v_d numeric := p_den;
  v_open boolean[] := array_fill(false, array[greatest(v_np, 1)]);
  -- A lower bound on each project's ρ: budgets only shrink within a run, so ρ only grows.
  v_bnum numeric[] := array_fill(1::numeric, array[greatest(v_np, 1)]);
  v_bden numeric[] := array_fill(1::numeric, array[greatest(v_np, 1)]);
  -- The bound as a float: only to choose which project to price first (the most promising, so
  -- that the others are compared with a low price and most are skipped), never to decide.
  v_bfloat double precision[] := array_fill(0::double precision, array[greatest(v_np, 1)]);
  v_first integer;
  v_i integer;
  v_round integer := 0;
  v_final boolean;
  v_w integer;
  v_lnum numeric;
  v_lden numeric;
  v_has_limit boolean;
  v_best integer;
  v_best_p numeric;
  v_best_e bigint;
  v_c integer;
  v_j integer;
  v_k integer;
  v_t integer;
  v_touched integer[];
  v_vals numeric[];
  v_payers bigint;
  v_total numeric;
  v_cost_d numeric;
  v_paid numeric;
  v_e bigint;
  v_p numeric;
  v_rnum numeric;
  v_rden numeric;
  v_cmp numeric;
  v_split integer[];
  v_left numeric;
  v_wins boolean;
begin
  winners := '{}';
  price_num := '{}';
  price_den := '{}';
  total_cost := 0;
  for v_c in 1 .. v_np loop
    v_open[v_c] := p_approvals[v_c] > 0;
    v_bden[v_c] := greatest(p_approvals[v_c], 1);
    v_bfloat[v_c] := 1.0 / v_bden[v_c]::double precision;
  end loop;
  loop
    v_round := v_round + 1;
    v_final := v_replay and v_round > cardinality(p_was);
    v_w := 0;
    v_has_limit := false;
    if v_replay and not v_final then
      v_w := p_was[v_round];
      v_lnum := p_was_num[v_round];
      v_lden := p_was_den[v_round];
      v_has_limit := true;
    end if;
    v_best := 0;
    v_first := v_w;
    if v_first = 0 then
      for v_c in 1 .. v_np loop
        if v_open[v_c] and (v_first = 0 or v_bfloat[v_c] < v_bfloat[v_first]) then
          v_first := v_c;
        end if;
      end loop;
    end if;
    for v_i in 0 .. v_np loop
      v_c := case when v_i = 0 then v_first else v_i end;
      continue when v_c = 0 or (v_i > 0 and v_c = v_first) or not v_open[v_c];
      -- A project whose bound is above the price to beat cannot win this round.
      if v_c <> v_w and v_has_limit and v_bnum[v_c] * v_lden > v_lnum * v_bden[v_c] then
        continue;
      end if;
      -- Price c: the classes of its approvers with money left, and how many of each.
      v_touched := '{}';
      v_vals := '{}';
      for v_j in p_start[v_c] .. p_start[v_c + 1] - 1 loop
        v_t := p_types[v_j];
        v_k := v_cls[v_t];
        if v_k > 0 then
          if v_cnt[v_k] = 0 then
            v_touched := v_touched || v_k;
            v_vals := v_vals || v_val[v_k];
          end if;
          v_cnt[v_k] := v_cnt[v_k] + p_mult[v_t];
        end if;
      end loop;
      v_total := 0;
      v_payers := 0;
      foreach v_k in array v_touched loop
        v_total := v_total + v_cnt[v_k] * v_val[v_k];
        v_payers := v_payers + v_cnt[v_k];
      end loop;
      v_cost_d := p_cost[v_c] * v_d;
      if v_total < v_cost_d then
        foreach v_k in array v_touched loop
          v_cnt[v_k] := 0;
        end loop;
        if v_c = v_w then
          raise exception 'MES replay: project % became unaffordable with more money', v_c;
        end if;
        v_open[v_c] := false;
        continue;
      end if;
      -- Poorest first: a class pays all it has while that is below the equal share of the rest.
      v_paid := 0;
      v_e := v_payers;
      if cardinality(v_touched) > 1 then
        for v_k in select u.k from unnest(v_touched, v_vals) u(k, v) order by u.v loop
          exit when v_cost_d - v_paid <= v_e * v_val[v_k];
          v_paid := v_paid + v_cnt[v_k] * v_val[v_k];
          v_e := v_e - v_cnt[v_k];
        end loop;
      end if;
      foreach v_k in array v_touched loop
        v_cnt[v_k] := 0;
      end loop;
      -- The equal share is v_p / (v_e · v_d); ρ = v_p / (v_e · v_d · cost).
      v_p := v_cost_d - v_paid;
      v_rnum := v_p;
      v_rden := v_e * v_d * p_cost[v_c];
      v_bnum[v_c] := v_rnum;
      v_bden[v_c] := v_rden;
      v_bfloat[v_c] := (v_rnum / v_rden)::double precision;
      if v_final then
        -- Replay: after its last round something more is affordable.
        same := false;
        return;
      elsif v_c = v_w then
        v_best := v_c;
        v_best_p := v_p;
        v_best_e := v_e;
      elsif v_replay then
        v_cmp := v_rnum * v_lden - v_lnum * v_rden;
        v_wins := p_cost[v_w] < p_cost[v_c]
          or (p_cost[v_w] = p_cost[v_c] and (p_approvals[v_w] > p_approvals[v_c]
              or (p_approvals[v_w] = p_approvals[v_c] and p_rank[v_w] < p_rank[v_c])));
        if v_cmp < 0 or (v_cmp = 0 and not v_wins) then
          same := false;
          return;
        end if;
      else
        if v_best > 0 then
          v_cmp := v_rnum * v_lden - v_lnum * v_rden;
          v_wins := v_cmp < 0 or (v_cmp = 0 and (p_cost[v_c] < p_cost[v_best]
            or (p_cost[v_c] = p_cost[v_best] and (p_approvals[v_c] > p_approvals[v_best]
                or (p_approvals[v_c] = p_approvals[v_best] and p_rank[v_c] < p_rank[v_best])))));
        else
          v_wins := true;
        end if;
        if v_wins then
          v_best := v_c;
          v_best_p := v_p;
          v_best_e := v_e;
          v_lnum := v_rnum;
          v_lden := v_rden;
          v_has_limit := true;
        end if;
      end if;
    end loop;
    if v_final then
      same := true;
      return;
    end if;
    if v_best = 0 then
      same := not v_replay;
      return;
    end if;
    -- Fund it: the denominator becomes e·D; the payers keep what is left above the share.
    if not v_replay then
      winners := winners || v_best;
      price_num := price_num || v_lnum;
      price_den := price_den || v_lden;
      total_cost := total_cost + p_cost[v_best];
    end if;
    v_open[v_best] := false;
    for v_k in 1 .. cardinality(v_val) loop
      v_val[v_k] := v_val[v_k] * v_best_e;
    end loop;
    v_d := v_d * v_best_e;
    v_split := array_fill(-1, array[cardinality(v_val)]);
    for v_j in p_start[v_best] .. p_start[v_best + 1] - 1 loop
      v_t := p_types[v_j];
      v_k := v_cls[v_t];
      if v_k > 0 then
        if v_split[v_k] < 0 then
          v_left := v_val[v_k] - v_best_p;
          if v_left > 0 then
            v_val := v_val || v_left;
            v_cnt := v_cnt || 0::bigint;
            v_split[v_k] := cardinality(v_val);
          else
            v_split[v_k] := 0;
          end if;
        end if;
        v_cls[v_t] := v_split[v_k];
      end if;
    end loop;
  end loop;
end
$$;

-- MES completed by the add-one method (src/selection/completion.ts, step for step): each voter
-- starts with ⌊B/n⌋; while the outcome at one unit more still costs at most B, one unit more.
-- The outcome kept is the last that fit. Once an outcome has held for 3 units, ranges of
-- per-voter budgets are proven to keep it (a replay at the top of the range) by doubling, then
-- halving. When everything together fits in B there is no completion (plain MES with B/n);
-- past the summed cost of every project with a vote the outcome cannot change.
-- p_plain: mes-plain, MES with B/n and no completion. Returns the funded projects in order.
create or replace function app_private.mes_completed(
  p_budget bigint,
  p_voters bigint,
  p_plain boolean,
  p_cost numeric[],
  p_approvals bigint[],
  p_rank integer[],
  p_start integer[],
  p_types integer[],
  p_mult bigint[]
)
returns integer[]
language plpgsql
immutable
set search_path = ''
as $$
declare
  v_run record;
  v_next record;
  v_e numeric;
  v_last numeric := 0;
  v_all numeric := 0;
  v_streak integer := 0;
  v_good numeric;
  v_bad numeric;
  v_probe numeric;
  v_mid numeric;
begin
  if p_voters = 0 then
    return '{}';
  end if;
  select coalesce(sum(u.c), 0) into v_all from unnest(p_cost) u(c);
  if p_plain or v_all <= p_budget then
    select * into v_run from app_private.mes_run(p_cost, p_approvals, p_rank, p_start, p_types,
                                                 p_mult, p_budget, p_voters);
    return v_run.winners;
  end if;
  select coalesce(sum(u.c) filter (where u.a > 0), 0) into v_last
  from unnest(p_cost, p_approvals) u(c, a);
  v_e := floor(p_budget::numeric / p_voters);
  select * into v_run from app_private.mes_run(p_cost, p_approvals, p_rank, p_start, p_types,
                                               p_mult, v_e, 1);
  loop
    if v_e >= v_last then
      return v_run.winners;
    end if;
    select * into v_next from app_private.mes_run(p_cost, p_approvals, p_rank, p_start, p_types,
                                                  p_mult, v_e + 1, 1);
    if v_next.total_cost > p_budget then
      return v_run.winners;
    end if;
    v_streak := case when v_next.winners = v_run.winners then v_streak + 1 else 0 end;
    v_e := v_e + 1;
    v_run := v_next;
    continue when v_streak < 3;
    v_good := 0;
    v_bad := 0;
    v_probe := 3;
    loop
      if v_e + v_probe >= v_last then
        if (app_private.mes_run(p_cost, p_approvals, p_rank, p_start, p_types, p_mult, v_last, 1,
                                v_run.winners, v_run.price_num, v_run.price_den)).same then
          return v_run.winners;
        end if;
        v_bad := v_last - v_e;
        exit;
      end if;
      if not (app_private.mes_run(p_cost, p_approvals, p_rank, p_start, p_types, p_mult,
                                  v_e + v_probe, 1, v_run.winners, v_run.price_num,
                                  v_run.price_den)).same then
        v_bad := v_probe;
        exit;
      end if;
      v_good := v_probe;
      v_probe := v_probe * 2;
    end loop;
    while v_bad - v_good > 1 loop
      v_mid := floor((v_good + v_bad) / 2);
      if (app_private.mes_run(p_cost, p_approvals, p_rank, p_start, p_types, p_mult, v_e + v_mid,
                              1, v_run.winners, v_run.price_num, v_run.price_den)).same then
        v_good := v_mid;
      else
        v_bad := v_mid;
      end if;
    end loop;
    v_e := v_e + v_good;
    v_streak := 0;
  end loop;
end
$$;

-- A rule's outcome on an election given as JSON, the ids in the order the rule selected them:
--   p_projects  [{"id": text, "cost": whole > 0, "votes": whole ≥ 0 (optional)}]; greedy ranks
--               by votes, or by approving ballots where votes are missing
--   p_ballots   [{"approves": [id, …], "count": whole ≥ 1 (optional, 1)}]; empty ballots count
--               as voters
-- as src/selection's SelectionInput (ballots of one type given once with a count).
create or replace function app_private.rule_outcome(
  p_rule text,
  p_budget bigint,
  p_projects jsonb,
  p_ballots jsonb
)
returns text[]
language plpgsql
stable
set search_path = ''
as $$
declare
  v_ids text[];
  v_cost numeric[];
  v_votes numeric[];
  v_approvals bigint[];
  v_rank integer[];
  v_start integer[];
  v_types integer[];
  v_mult bigint[];
  v_voters bigint;
  v_unknown text;
  v_chosen integer[] := '{}';
  v_left numeric;
  v_c integer;
begin
  if p_rule not in ('greedy', 'mes', 'mes-greedy', 'mes-plain') then
    perform app_private.fail('invalid_input', 'rule');
  end if;
  select b.id into v_unknown
  from jsonb_array_elements(p_ballots) x(b), jsonb_array_elements_text(x.b -> 'approves') b(id)
  where not exists (select 1 from jsonb_array_elements(p_projects) p where p ->> 'id' = b.id)
  limit 1;
  if v_unknown is not null then
    perform app_private.fail('invalid_input', v_unknown);
  end if;
  select coalesce(sum(coalesce((x.b ->> 'count')::bigint, 1)), 0) into v_voters
  from jsonb_array_elements(p_ballots) x(b);
  with projects as (
    select x.i::integer as i, x.p ->> 'id' as id, (x.p ->> 'cost')::numeric as cost,
           (x.p ->> 'votes')::numeric as votes,
           rank() over (order by x.p ->> 'id' collate "C")::integer as rank
    from jsonb_array_elements(p_projects) with ordinality x(p, i)
  ), ballots as (
    select (select array_agg(distinct p.i order by p.i)
            from jsonb_array_elements_text(x.b -> 'approves') a(id)
            join projects p on p.id = a.id) as projects,
           coalesce((x.b ->> 'count')::bigint, 1) as mult
    from jsonb_array_elements(p_ballots) x(b)
  ), types as (
    -- Ballots as types: the same set of projects once, with how many ballots hold it.
    select (row_number() over (order by b.projects))::integer as t, b.projects,
           sum(b.mult)::bigint as mult
    from ballots b
    where b.projects is not null
    group by b.projects
  ), approving as (
    select p.i, t.t, t.mult from types t, unnest(t.projects) p(i)
  ), per as (
    select p.i, p.id, p.cost, p.rank, p.votes,
           coalesce(sum(a.mult), 0)::bigint as approvals, count(a.t)::integer as n
    from projects p left join approving a on a.i = p.i
    group by p.i, p.id, p.cost, p.rank, p.votes
  ), starts as (
    select per.*, (coalesce(sum(per.n) over (order by per.i rows between unbounded preceding
                                               and 1 preceding), 0) + 1)::integer as s
    from per
  )
  -- Per project, in input order, its approving types one after another: project i's are
  -- types[start[i] .. start[i + 1] - 1].
  select array_agg(s.id order by s.i), array_agg(s.cost order by s.i),
         array_agg(s.rank order by s.i), array_agg(s.approvals order by s.i),
         array_agg(coalesce(s.votes, s.approvals) order by s.i),
         array_agg(s.s order by s.i) || (sum(s.n) + 1)::integer,
         (select coalesce(array_agg(a.t order by a.i, a.t), '{}') from approving a),
         (select coalesce(array_agg(t.mult order by t.t), '{}') from types t)
  into v_ids, v_cost, v_rank, v_approvals, v_votes, v_start, v_types, v_mult
  from starts s;
  if v_ids is null then
    return '{}';
  end if;
  if p_rule <> 'greedy' then
    v_chosen := app_private.mes_completed(p_budget, v_voters, p_rule = 'mes-plain', v_cost,
                                          v_approvals, v_rank, v_start, v_types, v_mult);
  end if;
  if p_rule in ('greedy', 'mes-greedy') then
    -- Greedy fill of what is left: more votes, then lower cost, then lower id.
    v_left := p_budget - coalesce((select sum(v_cost[c]) from unnest(v_chosen) c), 0);
    for v_c in select u.i from unnest(v_votes, v_cost, v_rank) with ordinality u(votes, cost, rank, i)
               order by u.votes desc, u.cost, u.rank loop
      if v_cost[v_c] <= v_left and not v_c = any (v_chosen) then
        v_chosen := v_chosen || v_c;
        v_left := v_left - v_cost[v_c];
      end if;
    end loop;
  end if;
  return (select coalesce(array_agg(v_ids[c] order by o), '{}')
          from unnest(v_chosen) with ordinality u(c, o));
end
$$;
