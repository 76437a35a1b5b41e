// The .pb parser reads every real Pabulib file we keep, with what real files contain, and
// refuses broken files naming the line at fault.
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { PabulibError, parsePabulib } from '../../src/pabulib/parse'
import { metaValue } from '../../src/pabulib/types'

// Real elections from pabulib.org, copied into tests/fixtures/pabulib (see its SOURCES.md).
const DIR = fileURLToPath(new URL('../fixtures/pabulib/', import.meta.url))
const files = readdirSync(DIR).filter((f) => f.endsWith('.pb'))

const MINIMAL = [
  'META',
  'key;value',
  'description;Test',
  'num_projects;2',
  'num_votes;2',
  'budget;100',
  'vote_type;approval',
  'PROJECTS',
  'project_id;cost;name',
  'a;60;First',
  'b;50;Second',
  'VOTES',
  'voter_id;vote',
  'v1;a,b',
  'v2;b',
]

function refusal(text: string): PabulibError {
  try {
    parsePabulib(text)
  } catch (e) {
    if (e instanceof PabulibError) return e
    throw e
  }
  throw new Error('the file was accepted')
}

describe('parsePabulib on the real files', () => {
  it('finds the files', () => {
    expect(files.length).toBeGreaterThanOrEqual(10)
  })

  for (const file of files) {
    it(`reads ${file}: counts as META says, tallies as the PROJECTS votes column says`, () => {
      const pb = parsePabulib(readFileSync(DIR + file, 'utf8'))
      expect(pb.projects.length).toBe(Number(metaValue(pb, 'num_projects')))
      expect(pb.votes.length).toBe(Number(metaValue(pb, 'num_votes')))
      expect(pb.budget).toBe(Number(metaValue(pb, 'budget')))
      expect(pb.voteType).toBe(metaValue(pb, 'vote_type'))
      const tally = new Map<string, number>()
      for (const v of pb.votes) for (const id of v.vote) tally.set(id, (tally.get(id) ?? 0) + 1)
      for (const p of pb.projects) {
        if (p.fields.votes !== undefined)
          expect(tally.get(p.id) ?? 0, p.id).toBe(Number(p.fields.votes))
        expect(p.cost).toBeGreaterThan(0)
      }
    })
  }

  it('keeps quoted names with doubled quotes and semicolons (Toulouse)', () => {
    const pb = parsePabulib(readFileSync(DIR + 'France_Toulouse_2024.pb', 'utf8'))
    const names = pb.projects.map((p) => p.fields.name ?? '')
    expect(names.some((n) => n.includes('"'))).toBe(true)
    expect(pb.projects.every((p) => /^\d+$/.test(p.id))).toBe(true)
    expect(pb.projects[0]!.fields.cost).toBe('100000.0')
    expect(pb.projects[0]!.cost).toBe(100000)
  })

  it('reads cumulative ballots with their points (Zürich)', () => {
    const pb = parsePabulib(readFileSync(DIR + 'Switzerland_Zurich_D10.pb', 'utf8'))
    expect(pb.voteType).toBe('cumulative')
    const withPoints = pb.votes.filter((v) => v.vote.length > 0)
    expect(withPoints.length).toBeGreaterThan(0)
    for (const v of withPoints) {
      expect(v.points).toHaveLength(v.vote.length)
      expect(v.points!.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(10)
    }
    const score = new Map<string, number>()
    for (const v of pb.votes) {
      v.vote.forEach((id, i) => score.set(id, (score.get(id) ?? 0) + v.points![i]!))
    }
    for (const p of pb.projects) expect(score.get(p.id) ?? 0).toBe(Number(p.fields.score))
  })

  it('keeps the extra VOTES columns by name, wherever vote stands (Warszawa)', () => {
    const pb = parsePabulib(readFileSync(DIR + 'Poland_Warszawa_2023_Wawer.pb', 'utf8'))
    expect(pb.voteColumns).toEqual(['voter_id', 'vote', 'age', 'sex', 'voting_method'])
    expect(pb.votes.some((v) => v.fields.voting_method !== undefined)).toBe(true)
  })
})

describe('parsePabulib on what files may contain', () => {
  it('reads a minimal file', () => {
    const pb = parsePabulib(MINIMAL.join('\n'))
    expect(pb.meta[0]).toEqual(['description', 'Test'])
    expect(pb.projects.map((p) => [p.id, p.cost])).toEqual([
      ['a', 60],
      ['b', 50],
    ])
    expect(pb.votes.map((v) => [v.voterId, v.vote])).toEqual([
      ['v1', ['a', 'b']],
      ['v2', ['b']],
    ])
  })

  it('accepts a BOM, CRLF mixed with LF, blank lines, spaces and no final newline', () => {
    const text =
      '\uFEFF' + MINIMAL.slice(0, 8).join('\r\n') + '\n\n' + MINIMAL.slice(8).join('\r\n')
    const spaced = text.replace('budget;100', 'budget ; 100 ')
    const pb = parsePabulib(spaced)
    expect(pb.budget).toBe(100)
    expect(pb.votes).toHaveLength(2)
  })

  it('accepts section names in any letter case, in any order', () => {
    const lines = [...MINIMAL.slice(11), ...MINIMAL.slice(7, 11), ...MINIMAL.slice(0, 7)]
    const pb = parsePabulib(lines.join('\n').replace('VOTES', 'votes').replace('META', 'Meta'))
    expect(pb.votes).toHaveLength(2)
  })

  it('reads quoted cells with ; , quotes and line breaks inside', () => {
    const text = MINIMAL.join('\n').replace(
      'a;60;First',
      'a;60;"Park ""Stok"", benches; lights\nand paths"',
    )
    const pb = parsePabulib(text)
    expect(pb.projects[0]!.fields.name).toBe('Park "Stok", benches; lights\nand paths')
  })

  it('reads a decimal comma, `None` and an empty ballot', () => {
    const text = MINIMAL.join('\n')
      .replace('a;60;First', 'a;60,5;None')
      .replace('v2;b', 'v2;')
      .replace('num_votes;2', 'num_votes;2')
    const pb = parsePabulib(text)
    expect(pb.projects[0]!.cost).toBe(60.5)
    expect(pb.projects[0]!.fields.name).toBeUndefined()
    expect(pb.votes[1]!.vote).toEqual([])
  })

  it('keeps every vote type', () => {
    for (const type of ['approval', 'ordinal', 'choose-1'] as const) {
      const text = MINIMAL.join('\n').replace('vote_type;approval', `vote_type;${type}`)
      expect(parsePabulib(text).voteType).toBe(type)
    }
    const scoring = MINIMAL.join('\n')
      .replace('vote_type;approval', 'vote_type;scoring')
      .replace('voter_id;vote', 'voter_id;vote;points')
      .replace('v1;a,b', 'v1;a,b;3,1')
      .replace('v2;b', 'v2;b;2')
    const pb = parsePabulib(scoring)
    expect(pb.voteType).toBe('scoring')
    expect(pb.votes[0]!.points).toEqual([3, 1])
  })
})

describe('parsePabulib refuses broken files, naming the line', () => {
  const broken = (from: string, to: string) => MINIMAL.join('\n').replace(from, to)
  const cases: [string, string, number | null, RegExp][] = [
    ['an unknown project in a ballot', broken('v2;b', 'v2;c'), 15, /unknown project "c"/],
    ['a row with too few cells', broken('b;50;Second', 'b;50'), 11, /2 cells, its header has 3/],
    ['a cost that is no number', broken('b;50;Second', 'b;fifty;Second'), 11, /valid cost/],
    ['a project listed twice', broken('b;50;Second', 'a;50;Second'), 11, /listed twice/],
    ['a voter voting twice', broken('v2;b', 'v1;b'), 15, /votes twice/],
    ['a ballot naming a project twice', broken('v2;b', 'v2;b,b'), 15, /twice/],
    ['a one-cell META row', broken('description;Test', 'rule: greedy'), 3, /key;value/],
    ['a wrong num_votes', broken('num_votes;2', 'num_votes;3'), 5, /num_votes is 3/],
    ['an unknown vote type', broken('vote_type;approval', 'vote_type;veto'), 7, /vote_type/],
    ['a missing budget', broken('budget;100\n', ''), 1, /no budget/],
    ['a PROJECTS header without project_id', broken('project_id;cost', 'id;cost'), 9, /project_id/],
    ['an unclosed quote', broken('a;60;First', 'a;60;"First'), 10, /never closed/],
    ['text after a closing quote', broken('a;60;First', 'a;60;"First"x'), 10, /after a quoted/],
    ['a second META section', MINIMAL.join('\n') + '\nMETA', 16, /second META/],
    ['rows before any section', 'hello\n' + MINIMAL.join('\n'), 1, /section name/],
    ['a missing VOTES section', MINIMAL.slice(0, 11).join('\n'), null, /no VOTES/],
    ['an empty file', '\uFEFF\n\n', null, /empty/],
    [
      'a cumulative ballot without points',
      broken('vote_type;approval', 'vote_type;cumulative'),
      14,
      /needs points/,
    ],
  ]
  for (const [what, text, line, message] of cases) {
    it(`refuses ${what}`, () => {
      const e = refusal(text)
      expect(e.line).toBe(line)
      expect(e.message).toMatch(message)
      if (line !== null) expect(e.message).toMatch(new RegExp(`^line ${line}: `))
    })
  }
})
