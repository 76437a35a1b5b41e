// `npm run pb -- verify FILE.pb --rule …` and the argument checks, as an auditor runs them: a child
// process, its output and its exit status.
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { parsePabulib } from '../../src/pabulib/parse'
import { verifyPabulib } from '../../scripts/pb-verify'

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

describe('npm run pb -- verify', () => {
  it('matches Assen 2024’s selected column with mes, and exits 0', async () => {
    const { code, stdout } = await pb([
      'verify',
      DIR + 'Netherlands_Assen_2024.pb',
      '--rule',
      'mes',
    ])
    expect(stdout).toMatch(/^match: the selected column is the mes outcome \(\d+ projects\)\n$/)
    expect(code).toBe(0)
  })

  it('reports what greedy would have funded instead, and exits 3', async () => {
    const file = DIR + 'Netherlands_Assen_2024.pb'
    const verdict = verifyPabulib(parsePabulib(readFileSync(file, 'utf8')), 'greedy')
    expect(verdict.match).toBe(false)
    expect(verdict.lines[0]).toBe('mismatch: the selected column is not the greedy outcome')
    const { code, stdout } = await pb(['verify', file, '--rule', 'greedy'])
    expect(stdout).toBe(verdict.lines.map((l) => `${l}\n`).join(''))
    expect(code).toBe(3)
  })

  it('refuses arguments that do not say what to verify', async () => {
    for (const args of [
      ['verify'],
      ['verify', '--cycle', 'almaty-2020'],
      ['verify', DIR + 'Netherlands_Assen_2024.pb'],
      ['verify', 'x.json', '--rule', 'mes'],
      ['verify', 'x.pb', '--rule', 'mes', '--district', 'almaty-medeu'],
    ]) {
      const { code, stderr } = await pb(args)
      expect([args.join(' '), code]).toEqual([args.join(' '), 2])
      expect(stderr).toMatch(/^pb: /)
    }
  })
})
