// `npm run pb -- select FILE.pb --rule …` as a researcher runs it: a child process, its output and
// its exit status.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { parsePabulib } from '../../src/pabulib/parse'

const root = fileURLToPath(new URL('../../', import.meta.url))
const DIR = fileURLToPath(new URL('../fixtures/pabulib/', import.meta.url))

async function pb(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      join(root, 'node_modules/.bin/tsx'),
      ['scripts/pb.ts', ...args],
      { cwd: root },
    )
    return { code: 0, stdout, stderr }
  } catch (e) {
    const failure = e as { code: number; stdout: string; stderr: string }
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr }
  }
}

describe('npm run pb', () => {
  it('prints Assen 2024 MES outcome, the selected column of the file, and its total', async () => {
    const file = DIR + 'Netherlands_Assen_2024.pb'
    const { code, stdout, stderr } = await pb(['select', file, '--rule', 'mes'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const lines = stdout.trimEnd().split('\n')
    const last = lines.pop()!
    const projects = parsePabulib(readFileSync(file, 'utf8')).projects
    const announced = projects.filter((p) => p.fields.selected === '1')
    expect([...lines].sort()).toEqual(announced.map((p) => p.id).sort())
    expect(last).toBe(`total cost: ${announced.reduce((sum, p) => sum + p.cost, 0)}`)
  })

  it('refuses an unknown rule with status 2', async () => {
    const result = await pb(['select', DIR + 'Netherlands_Assen_2024.pb', '--rule', 'borda'])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(
      'unknown --rule borda (expected greedy, mes, mes-greedy, mes-plain)',
    )
  })

  it('refuses a broken file with status 1, naming the line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qatysu-pb-'))
    try {
      const file = join(dir, 'broken.pb')
      const lines = ['META', 'key;value', 'budget;100', 'vote_type;approval', 'PROJECTS']
      lines.push('project_id;cost', 'a;50', 'VOTES', 'voter_id;vote', '1;a', '2;z')
      writeFileSync(file, lines.join('\n'))
      const result = await pb(['select', file, '--rule', 'greedy'])
      expect(result.code).toBe(1)
      expect(result.stdout).toBe('')
      expect(result.stderr).toBe(`pb: ${file}: line 11: voter 2 votes for unknown project "z"\n`)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('refuses a missing file and an unsupported vote type with status 1', async () => {
    const missing = await pb(['select', join(tmpdir(), 'no-such-file.pb'), '--rule', 'mes'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/cannot read it \(no such file\)/)
    const zurich = await pb(['select', DIR + 'Switzerland_Zurich_D10.pb', '--rule', 'mes'])
    expect(zurich.code).toBe(1)
    expect(zurich.stderr).toMatch(/vote_type cumulative is not supported/)
  })

  it('documents every rule, the ties, the completion and the last line in --help', async () => {
    const { code, stdout } = await pb(['--help'])
    expect(code).toBe(0)
    for (const text of ['greedy', 'mes-greedy', 'mes-plain', 'total cost: ', 'Ties', 'floor(']) {
      expect(stdout).toContain(text)
    }
  })
})
