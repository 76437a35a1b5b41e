// The .pb writer's output reads back as what was written, for our instances and real ones.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parsePabulib } from '../../src/pabulib/parse'
import type { PabulibInstance } from '../../src/pabulib/types'
import { writePabulib } from '../../src/pabulib/write'
import { deepFreeze } from './deepFreeze'

const DIR = fileURLToPath(new URL('../fixtures/pabulib/', import.meta.url))

function createInstance(): PabulibInstance {
  return deepFreeze({
    meta: [
      ['description', 'Qatysu: "Almaty"; 2020, Medeu'],
      ['num_projects', '2'],
      ['num_votes', '3'],
      ['budget', '500000000'],
      ['vote_type', 'approval'],
      ['comment', '#1: line one\n#2: line two'],
    ],
    voteType: 'approval',
    budget: 500_000_000,
    projectColumns: ['project_id', 'cost', 'votes', 'name'],
    projects: [
      {
        id: 'c972f0c9-15c9-5a92-bfc6-942b7a6de4fe',
        cost: 54_100_000,
        fields: { cost: '54100000', votes: '2', name: 'Площадка «Алма», ул. Пушкина; 33 "А"' },
      },
      {
        id: '7f692f6d-36d0-541c-8332-b76f62f9d4dc',
        cost: 69_100_000,
        fields: { cost: '69100000', votes: '2', name: ' Жаңа ойын алаңы ' },
      },
    ],
    voteColumns: ['voter_id', 'vote'],
    votes: [
      {
        voterId: '1',
        vote: ['c972f0c9-15c9-5a92-bfc6-942b7a6de4fe', '7f692f6d-36d0-541c-8332-b76f62f9d4dc'],
        points: null,
        fields: {},
      },
      { voterId: '2', vote: ['c972f0c9-15c9-5a92-bfc6-942b7a6de4fe'], points: null, fields: {} },
      { voterId: '3', vote: ['7f692f6d-36d0-541c-8332-b76f62f9d4dc'], points: null, fields: {} },
    ],
  } satisfies PabulibInstance)
}

/** What a written file must keep: everything but the `fields` copies of structured values. */
function essence(pb: PabulibInstance) {
  return {
    meta: pb.meta,
    voteType: pb.voteType,
    budget: pb.budget,
    projectColumns: pb.projectColumns,
    projects: pb.projects.map((p) => ({ id: p.id, cost: p.cost, fields: p.fields })),
    voteColumns: pb.voteColumns,
    votes: pb.votes.map((v) => ({ voterId: v.voterId, vote: v.vote, points: v.points })),
  }
}

describe('writePabulib', () => {
  it('writes sections, headers and quoted cells that the parser reads back', () => {
    const instance = createInstance()
    const text = writePabulib(instance)
    expect(text.startsWith('META\nkey;value\n')).toBe(true)
    expect(text).toContain('\nPROJECTS\nproject_id;cost;votes;name\n')
    expect(text).toContain('\nVOTES\nvoter_id;vote\n')
    expect(text).toContain('description;"Qatysu: ""Almaty""; 2020, Medeu"\n')
    expect(text).not.toContain('\r')
    const back = parsePabulib(text)
    expect(back.meta).toEqual(instance.meta)
    expect(back.projects.map((p) => p.fields.name)).toEqual([
      'Площадка «Алма», ул. Пушкина; 33 "А"',
      ' Жаңа ойын алаңы ',
    ])
    expect(back.votes.map((v) => [v.voterId, v.vote])).toEqual(
      instance.votes.map((v) => [v.voterId, v.vote]),
    )
  })

  it('refuses a project id a ballot could not list', () => {
    const instance = createInstance()
    const bad = { ...instance, projects: [{ id: 'a,b', cost: 1, fields: {} }] }
    expect(() => writePabulib(bad)).toThrow(/unusable project id/)
  })

  for (const file of [
    'France_Toulouse_2024.pb',
    'Switzerland_Zurich_D10.pb',
    'Poland_Warszawa_2023_Wawer.pb',
  ]) {
    it(`rewrites ${file} into a file that reads back the same`, () => {
      const pb = parsePabulib(readFileSync(DIR + file, 'utf8'))
      expect(essence(parsePabulib(writePabulib(pb)))).toEqual(essence(pb))
    })
  }
})
