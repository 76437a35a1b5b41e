// Winner selection (src/selection) on the real elections in tests/fixtures/pabulib: seconds per file and
// rule in this process (median of three runs, the file already parsed), the MES runs the add-one
// completion needed against the units it raised the equal share by, and the whole command
// `npm run pb -- select FILE --rule mes` (a fresh tsx process: start-up, parsing, selection).
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parsePabulib } from '../src/pabulib/parse'
import { addOneCompletion } from '../src/selection/completion'
import { selectionInputFromPabulib } from '../src/selection/fromPabulib'
import { prepare } from '../src/selection/prepare'
import { select } from '../src/selection/select'
import { RULES, type SelectionInput } from '../src/selection/types'
import { median } from './stats'

function seconds(run: () => void): number {
  const times: number[] = []
  for (let i = 0; i < 3; i++) {
    const start = performance.now()
    run()
    times.push((performance.now() - start) / 1000)
  }
  return median(times)
}

export function pbSelect(root: string, log: (line: string) => void): void {
  const dir = join(root, 'tests', 'fixtures', 'pabulib')
  const files = readdirSync(dir).filter((f) => f.endsWith('.pb'))
  const columns = [...RULES, 'command (mes)', 'MES runs / units']
  log(`  ${'file'.padEnd(42)} ${columns.map((c) => c.padStart(11)).join(' ')}`)
  for (const file of files) {
    let input: SelectionInput
    try {
      input = selectionInputFromPabulib(parsePabulib(readFileSync(join(dir, file), 'utf8')))
    } catch (e) {
      log(`  ${file.padEnd(42)} refused: ${(e as Error).message}`)
      continue
    }
    const cells = RULES.map((rule) => `${seconds(() => select(input, rule)).toFixed(2)} s`)
    const start = performance.now()
    execFileSync(
      join(root, 'node_modules/.bin/tsx'),
      ['scripts/pb.ts', 'select', join(dir, file), '--rule', 'mes'],
      {
        cwd: root,
        stdio: 'ignore',
      },
    )
    cells.push(`${((performance.now() - start) / 1000).toFixed(2)} s`)
    const p = prepare(input)
    const completion = addOneCompletion(p)
    const units = completion.perVoterBudget - Math.floor(p.budget / p.voters)
    cells.push(`${completion.steps} / ${units}`)
    log(`  ${file.padEnd(42)} ${cells.map((c) => c.padStart(11)).join(' ')}`)
  }
}
