// `npm run pb -- verify`: a confirmed outcome re-run with src/selection, from the database (a
// Supabase project or the embedded snapshot, read anonymously), from an exported JSON file or from
// a Pabulib file's `selected` column. The lines printed, and whether they match.
import { createHash } from 'node:crypto'
import type { Api } from '../src/api/client'
import type { BallotApproval, SelectionOutcome } from '../src/api/types'
import {
  ballotsText,
  verifyOutcome,
  type VerifiableOutcome,
} from '../src/features/selection/verifyOutcome'
import { selectionInputFromPabulib } from '../src/selection/fromPabulib'
import type { PabulibInstance } from '../src/pabulib/types'
import { select } from '../src/selection/select'
import { RULES, type Rule } from '../src/selection/types'

export interface Verdict {
  match: boolean
  lines: string[]
}

/** An exported outcome: as api.selection_outcomes returns it, with the cycle's ballots. */
export interface OutcomeFile {
  outcome: VerifiableOutcome
  ballots: BallotApproval[]
}

export class VerifyError extends Error {}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

/** Re-runs an outcome's rule on its inputs and ballots; checks the ballots' digest if recorded. */
export function verifyWithBallots(outcome: VerifiableOutcome, ballots: BallotApproval[]): Verdict {
  if (!RULES.includes(outcome.rule)) throw new VerifyError(`unknown rule ${String(outcome.rule)}`)
  const titles = new Map(outcome.inputs.proposals.map((p) => [p.id, p.title]))
  const name = (id: string) => `  ${id}  ${titles.get(id) ?? ''}`.trimEnd()
  const lines: string[] = []
  let match = true
  const recorded = outcome.inputs.ballots
  if (recorded) {
    const digest = sha256(ballotsText(outcome.inputs, ballots))
    const same = digest === recorded.sha256
    match &&= same
    lines.push(
      same
        ? `ballots: ${recorded.online_ballots} online + ${recorded.paper_ballots} paper, the ones on the record (SHA-256 ${digest})`
        : `ballots: not the ones on the record (SHA-256 ${digest}, recorded ${recorded.sha256})`,
    )
  } else {
    lines.push('ballots: no digest on the record (an outcome confirmed before it was kept)')
  }
  const v = verifyOutcome(outcome, ballots)
  match &&= v.match
  if (v.match) {
    lines.push(`match: the outcome is the ${v.rule} outcome (${v.expected.length} proposals)`)
  } else {
    lines.push(`mismatch: the outcome is not the ${v.rule} outcome`)
    if (v.missing.length > 0) {
      lines.push(`the rule funds, the outcome does not (${v.missing.length}):`)
      lines.push(...v.missing.map(name))
    }
    if (v.extra.length > 0) {
      lines.push(`the outcome funds, the rule does not (${v.extra.length}):`)
      lines.push(...v.extra.map(name))
    }
  }
  return { match, lines }
}

/** The confirmed outcome of one district (and ballot group) of a cycle, from the API. */
export async function verifyFromApi(
  api: Api,
  cycleId: string,
  districtId: string,
  groupId: string | null,
): Promise<Verdict> {
  const outcomes = await api.selectionOutcomes(cycleId)
  const outcome = outcomes.find(
    (o: SelectionOutcome) =>
      o.district_id === districtId && (o.ballot_group_id ?? null) === (groupId ?? null),
  )
  if (!outcome) {
    const known = outcomes
      .map((o) => (o.ballot_group_id ? `${o.district_id} ${o.ballot_group_id}` : o.district_id))
      .join(', ')
    throw new VerifyError(
      `no confirmed outcome for ${districtId}${groupId ? ` group ${groupId}` : ''} in ${cycleId}` +
        (known ? ` (confirmed: ${known})` : ' (none is confirmed)'),
    )
  }
  const ballots = await api.cycleBallots(cycleId)
  return verifyWithBallots(outcome as VerifiableOutcome, ballots)
}

/** An exported outcome file (see OutcomeFile). */
export function verifyFile(json: unknown): Verdict {
  const file = json as Partial<OutcomeFile>
  if (!file || typeof file !== 'object' || !file.outcome || !Array.isArray(file.ballots)) {
    throw new VerifyError('expected {"outcome": …, "ballots": […]}')
  }
  const o = file.outcome
  if (!Array.isArray(o.selected) || !o.inputs || !Array.isArray(o.inputs.proposals)) {
    throw new VerifyError('the outcome has no selected proposals or no inputs')
  }
  return verifyWithBallots(o, file.ballots)
}

/** A Pabulib file's `selected` column (1) against a rule run on the file's ballots. */
export function verifyPabulib(pb: PabulibInstance, rule: Rule): Verdict {
  const expected = select(selectionInputFromPabulib(pb), rule).selected
  const announced = pb.projects.filter((p) => p.fields.selected === '1').map((p) => p.id)
  const wanted = new Set(expected)
  const got = new Set(announced)
  const missing = expected.filter((id) => !got.has(id))
  const extra = announced.filter((id) => !wanted.has(id))
  if (missing.length === 0 && extra.length === 0) {
    return {
      match: true,
      lines: [`match: the selected column is the ${rule} outcome (${expected.length} projects)`],
    }
  }
  return {
    match: false,
    lines: [
      `mismatch: the selected column is not the ${rule} outcome`,
      ...(missing.length > 0
        ? [
            `the rule funds, the file does not (${missing.length}):`,
            ...missing.map((id) => `  ${id}`),
          ]
        : []),
      ...(extra.length > 0
        ? [`the file funds, the rule does not (${extra.length}):`, ...extra.map((id) => `  ${id}`)]
        : []),
    ],
  }
}
