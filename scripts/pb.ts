// npm run pb -- select FILE.pb --rule greedy|mes|mes-greedy|mes-plain
// npm run pb -- verify (--cycle ID --district ID [--group ID] | FILE.json | FILE.pb --rule RULE)
// Runs Qatysu's winner-selection rules (src/selection) on a Pabulib file, for researchers and
// auditors: prints the selected project ids, one per line, then the total cost. `verify` re-runs
// the rule of a confirmed outcome and says whether the outcome is the rule's (scripts/pb-verify.ts).
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { PabulibError, parsePabulib } from '../src/pabulib/parse'
import { selectionInputFromPabulib } from '../src/selection/fromPabulib'
import { SelectionError } from '../src/selection/prepare'
import { select } from '../src/selection/select'
import { RULES, type Rule } from '../src/selection/types'
import { verifyFile, verifyFromApi, verifyPabulib, VerifyError, type Verdict } from './pb-verify'

const HELP = `Qatysu winner selection on Pabulib files (https://pabulib.org/format)

  npm run pb -- select FILE.pb --rule RULE
  npm run pb -- verify --cycle CYCLE --district DISTRICT [--group GROUP]
  npm run pb -- verify OUTCOME.json
  npm run pb -- verify FILE.pb --rule RULE

Prints the ids of the selected projects (the file's own project_id), one per line, in the
order the rule selected them, then one last line with their summed cost in the file's
currency units, digits only:

  total cost: 999500

Options
  --rule RULE   required; one of
      greedy      Most votes first: each project in turn is funded if it still fits in what is
                  left of the budget; one that does not fit is skipped and the next one tried.
                  Ties on votes: the lower cost first, then the lower project_id. A project
                  without votes comes last, and is funded if it still fits.
      mes         The Method of Equal Shares for approval ballots with cost utilities (a
                  voter's utility of a project is its cost), completed by the add-one method as
                  equalshares.net computes it (below). Each round funds the project whose
                  approvers can pay for it with the lowest price per unit of utility
                  (equalshares.net: the highest effective vote count). Ties: the lower cost,
                  then more approving ballots, then the lower project_id.
      mes-greedy  mes, then what is left of the budget (the budget less the cost of what mes
                  selected) is filled by the greedy rule, with the greedy rule's ties.
      mes-plain   The Method of Equal Shares with each voter's budget exactly budget / voters:
                  no completion, no filling.
  -h, --help    this text

Completion (mes, mes-greedy): every voter starts with floor(budget / voters) currency units
(voters: all ballots, empty ones included) and MES runs; while its outcome costs at most the
budget, every voter gets one unit more and MES runs again. The result is the outcome of the
last per-voter budget whose outcome fit in the budget: raising stops at the first outcome
that costs more than the budget, not at the first to which nothing more could be added
(equalshares.net "add1", integral start, not exhaustive). When all projects together cost
at most the budget there is no completion (plain MES), as on equalshares.net; when every
project with a vote fits, raising stops once more money can no longer change the outcome
(where equalshares.net would go on forever). The result is
the same as raising one unit at a time, computed with far fewer runs: ranges of per-voter
budgets with the same outcome are proven rather than run unit by unit.

Arithmetic is exact: each decision is proven in floating point or taken in exact fractions.

Input: approval ballots (vote_type approval or choose-1); project costs and the budget in
whole currency units. Votes are counted from the VOTES section, not taken from the PROJECTS
votes column.

Examples
  npm run -s pb -- select Netherlands_Assen_2024.pb --rule mes
  npm run -s pb -- select Poland_Warszawa_2023_Wawer.pb --rule greedy

Verify: re-runs the rule of a confirmed outcome with these same rules and prints whether the
outcome is the rule's outcome (as a set), else the proposals that differ, with their titles:

  --cycle CYCLE --district DISTRICT [--group GROUP]
      the outcome confirmed in Qatysu for that district (and ballot group) of the cycle (the
      cycle's full id, e.g. almaty-2020), with its rule, its inputs as frozen at confirmation
      (budget; proposals with cost, online and paper votes) and the cycle's anonymised online
      ballots (api.cycle_ballots); each paper vote is a ballot approving that one proposal, as
      in the selection panel. The online ballots are checked against the SHA-256 the database
      recorded with the outcome. Read from a Supabase project when VITE_SUPABASE_URL and
      VITE_SUPABASE_ANON_KEY (or SUPABASE_URL and SUPABASE_ANON_KEY) are set, else from the
      embedded database; as the anonymous role.
  OUTCOME.json
      {"outcome": <one row of api.selection_outcomes>, "ballots": <api.cycle_ballots>}
  FILE.pb --rule RULE
      the file's selected column (1) against RULE run on its ballots

Exit status: 0 done (verify: match), 1 the file or outcome is missing, broken or not
supported, 2 bad arguments, 3 verify: mismatch.
`

class UsageError extends Error {}

type Command =
  | { command: 'select'; file: string; rule: Rule }
  | { command: 'verify'; file: string; rule: Rule | null }
  | { command: 'verify'; cycle: string; district: string; group: string | null }

function readRule(rule: string | undefined): Rule | null {
  if (rule === undefined) return null
  if (!RULES.includes(rule as Rule)) {
    throw new UsageError(`unknown --rule ${rule} (expected ${RULES.join(', ')})`)
  }
  return rule as Rule
}

function readArgs(argv: string[]): Command | 'help' {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: {
        rule: { type: 'string' },
        cycle: { type: 'string' },
        district: { type: 'string' },
        group: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (e) {
    throw new UsageError((e as Error).message)
  }
  const { values, positionals } = parsed
  if (values.help) return 'help'
  const [command, file, ...extra] = positionals
  if (command !== 'select' && command !== 'verify') {
    throw new UsageError(
      command ? `unknown command ${command} (expected select or verify)` : 'no command',
    )
  }
  if (extra.length > 0) throw new UsageError(`unexpected ${extra.join(' ')}`)
  const rule = readRule(values.rule)
  const fromDatabase = values.cycle !== undefined || values.district !== undefined
  if (command === 'verify' && fromDatabase) {
    if (file) throw new UsageError('give either FILE or --cycle and --district, not both')
    if (!values.cycle?.trim() || !values.district?.trim()) {
      throw new UsageError('verify needs both --cycle and --district')
    }
    if (rule) throw new UsageError('--rule: the outcome names its own rule')
    return {
      command,
      cycle: values.cycle.trim(),
      district: values.district.trim(),
      group: values.group?.trim() || null,
    }
  }
  if (values.cycle !== undefined || values.district !== undefined || values.group !== undefined) {
    throw new UsageError('--cycle, --district and --group are for verify')
  }
  if (!file) throw new UsageError(command === 'select' ? 'no FILE.pb' : 'no FILE or --cycle')
  if (command === 'verify') {
    if (file.endsWith('.json') && rule) throw new UsageError('--rule: the outcome names its rule')
    if (!file.endsWith('.json') && !rule) throw new UsageError('missing --rule')
    return { command, file, rule }
  }
  if (!rule) throw new UsageError('missing --rule')
  return { command, file, rule }
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory' : code
    console.error(`pb: ${file}: cannot read it (${why ?? (e as Error).message})`)
    return null
  }
}

function report(verdict: Verdict): number {
  process.stdout.write(verdict.lines.map((line) => `${line}\n`).join(''))
  return verdict.match ? 0 : 3
}

async function verify(args: Extract<Command, { command: 'verify' }>): Promise<number> {
  if ('cycle' in args) {
    const { connect } = await import('./connection')
    const connection = await connect()
    try {
      return report(await verifyFromApi(connection.api, args.cycle, args.district, args.group))
    } catch (e) {
      const err = e as { key?: string; message?: string }
      console.error(`pb: ${connection.where}: ${err.key ?? err.message ?? String(e)}`)
      return 1
    } finally {
      await connection.close()
    }
  }
  const text = readText(args.file)
  if (text === null) return 1
  try {
    if (args.rule === null) return report(verifyFile(JSON.parse(text)))
    return report(verifyPabulib(parsePabulib(text), args.rule))
  } catch (e) {
    if (
      e instanceof PabulibError ||
      e instanceof SelectionError ||
      e instanceof VerifyError ||
      e instanceof SyntaxError
    ) {
      console.error(`pb: ${args.file}: ${e.message}`)
      return 1
    }
    throw e
  }
}

async function main(argv: string[]): Promise<number> {
  let args
  try {
    args = readArgs(argv)
  } catch (e) {
    console.error(`pb: ${(e as Error).message}\nRun with --help for the options.`)
    return 2
  }
  if (args === 'help') {
    process.stdout.write(HELP)
    return 0
  }
  if (args.command === 'verify') return verify(args)
  const text = readText(args.file)
  if (text === null) return 1
  try {
    const result = select(selectionInputFromPabulib(parsePabulib(text)), args.rule)
    process.stdout.write(result.selected.map((id) => `${id}\n`).join(''))
    process.stdout.write(`total cost: ${result.totalCost}\n`)
    return 0
  } catch (e) {
    if (e instanceof PabulibError || e instanceof SelectionError) {
      console.error(`pb: ${args.file}: ${e.message}`)
      return 1
    }
    throw e
  }
}

process.exitCode = await main(process.argv.slice(2))
