// npm run pb -- select FILE.pb --rule greedy|mes|mes-greedy|mes-plain
// Runs Qatysu's winner-selection rules (src/selection) on a Pabulib file, for researchers and
// auditors: prints the selected project ids, one per line, then the total cost.
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { PabulibError, parsePabulib } from '../src/pabulib/parse'
import { selectionInputFromPabulib } from '../src/selection/fromPabulib'
import { SelectionError } from '../src/selection/prepare'
import { select } from '../src/selection/select'
import { RULES, type Rule } from '../src/selection/types'

const HELP = `Qatysu winner selection on Pabulib files (https://pabulib.org/format)

  npm run pb -- select FILE.pb --rule RULE

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

Exit status: 0 done, 1 the file is missing, broken or not supported, 2 bad arguments.
`

class UsageError extends Error {}

function readArgs(argv: string[]): { file: string; rule: Rule } | 'help' {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: { rule: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    })
  } catch (e) {
    throw new UsageError((e as Error).message)
  }
  const { values, positionals } = parsed
  if (values.help) return 'help'
  const [command, file, ...extra] = positionals
  if (command !== 'select') {
    throw new UsageError(command ? `unknown command ${command} (expected select)` : 'no command')
  }
  if (!file) throw new UsageError('no FILE.pb')
  if (extra.length > 0) throw new UsageError(`unexpected ${extra.join(' ')}`)
  if (!values.rule) throw new UsageError('missing --rule')
  const rule = values.rule as Rule
  if (!RULES.includes(rule)) {
    throw new UsageError(`unknown --rule ${values.rule} (expected ${RULES.join(', ')})`)
  }
  return { file, rule }
}

function main(argv: string[]): number {
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
  let text: string
  try {
    text = readFileSync(args.file, 'utf8')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory' : code
    console.error(`pb: ${args.file}: cannot read it (${why ?? (e as Error).message})`)
    return 1
  }
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

process.exitCode = main(process.argv.slice(2))
