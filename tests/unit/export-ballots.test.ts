// A cycle's ballots as Pabulib instances: one per district (and ballot group), only proposals
// that were on the ballot, paper votes apart, and a file the parser reads back.
import { describe, expect, it } from 'vitest'
import type {
  BallotGroup,
  DistrictSummary,
  ProposalProperties,
  ProposalStatus,
} from '../../src/api/types'
import { ballotFiles, type BallotData } from '../../src/export/ballots'
import { parsePabulib } from '../../src/pabulib/parse'
import { metaValue } from '../../src/pabulib/types'
import { writePabulib } from '../../src/pabulib/write'
import { deepFreeze } from './deepFreeze'

const district = (id: string, name: string, allocation: number) =>
  ({ id, name_kk: name, name_ru: name, name_en: name, allocation }) as DistrictSummary

const proposal = (
  id: string,
  districtId: string,
  status: ProposalStatus,
  votes: number,
  cost = 1_000_000,
): ProposalProperties => ({
  id,
  title: `Проект ${id}; «двор»`,
  status,
  category_id: 'lighting',
  cost_estimate: cost,
  votes,
  district_id: districtId,
  yard_id: null,
  is_demo: true,
})

function createData(groups = new Map<string, BallotGroup>()): BallotData {
  return deepFreeze({
    cycle: {
      id: 'almaty-2020',
      city_id: 'almaty',
      year: 2020,
      title_kk: '',
      title_ru: '',
      title_en: 'Almaty participatory budget, 2020',
      phase: 'execution',
      project_cost_cap: null,
      votes_per_voter: 3,
      votes_changeable: false,
      residents_only: true,
      total_allocation: 1_000_000_000,
      is_demo: false,
      selection_rule: 'greedy',
      phase_dates: [{ phase: 'voting', starts_on: '2019-11-03', ends_on: '2019-11-12' }],
    },
    city: { name_kk: 'Алматы', name_ru: 'Алматы', name_en: 'Almaty' },
    districts: [district('d-medeu', 'Medeu', 500_000_000), district('d-auezov', 'Auezov', 400)],
    proposals: [
      proposal('a1', 'd-medeu', 'selected', 3),
      proposal('a2', 'd-medeu', 'not_selected', 5),
      proposal('a3', 'd-medeu', 'on_ballot', 0),
      proposal('a4', 'd-medeu', 'rejected', 0),
      proposal('a5', 'd-medeu', 'submitted', 0),
      proposal('b1', 'd-auezov', 'not_selected', 1),
    ],
    funded: new Set(['a2']),
    categories: [
      { id: 'lighting', name_kk: '', name_ru: '', name_en: 'Street, lighting', sort_order: 1 },
    ],
    ballots: [
      { voter: 2, proposal_id: 'a1' },
      { voter: 1, proposal_id: 'a1' },
      { voter: 1, proposal_id: 'a2' },
      { voter: 3, proposal_id: 'b1' },
      // a1's tally (3) is below its online approvals (4): paper votes stay 0, never negative.
      { voter: 4, proposal_id: 'a1' },
      { voter: 5, proposal_id: 'a1' },
    ],
    groups,
    licence: 'CC BY 4.0',
    generatedAt: '2026-11-23T10:00:00Z',
  } satisfies BallotData)
}

const fields = (files: ReturnType<typeof ballotFiles>, i: number) =>
  Object.fromEntries(files[i]!.instance.projects.map((p) => [p.id, p.fields]))

describe('ballotFiles', () => {
  const files = ballotFiles(createData())

  it('makes one instance per district, budget its allocation', () => {
    expect(files.map((f) => f.district.id)).toEqual(['d-medeu', 'd-auezov'])
    expect(files.map((f) => f.instance.budget)).toEqual([500_000_000, 400])
  })

  it('lists only proposals that were on the ballot, most votes first', () => {
    expect(files[0]!.instance.projects.map((p) => p.id)).toEqual(['a2', 'a1', 'a3'])
  })

  it('counts online votes from the ballots and paper votes apart, never negative', () => {
    const medeu = fields(files, 0)
    expect(medeu.a1).toMatchObject({ votes: '4', paper_votes: '0' })
    expect(medeu.a2).toMatchObject({ votes: '1', paper_votes: '4' })
    expect(medeu.a3).toMatchObject({ votes: '0', paper_votes: '0' })
  })

  it('marks selected proposals and those that became projects', () => {
    const medeu = fields(files, 0)
    expect([medeu.a1!.selected, medeu.a2!.selected, medeu.a3!.selected]).toEqual(['1', '1', '0'])
  })

  it('keeps the anonymous voter numbers, each voter with their approvals in the district', () => {
    expect(files[0]!.instance.votes.map((v) => [v.voterId, v.vote])).toEqual([
      ['1', ['a1', 'a2']],
      ['2', ['a1']],
      ['4', ['a1']],
      ['5', ['a1']],
    ])
    expect(files[1]!.instance.votes.map((v) => v.voterId)).toEqual(['3'])
  })

  it('writes the META the format asks for', () => {
    const medeu = files[0]!.instance
    expect(Object.fromEntries(medeu.meta)).toMatchObject({
      country: 'Kazakhstan',
      unit: 'Almaty',
      district: 'Medeu',
      instance: 'almaty-2020',
      num_projects: '3',
      num_votes: '4',
      budget: '500000000',
      vote_type: 'approval',
      rule: 'greedy',
      date_begin: '03.11.2019',
      date_end: '12.11.2019',
      min_length: '1',
      max_length: '3',
      currency: 'KZT',
      licence: 'CC BY 4.0',
      generated_at: '2026-11-23T10:00:00Z',
    })
    expect(metaValue(medeu, 'comment')).toContain('demo')
    expect(fields(files, 0).a1!.category).toBe('Street lighting')
  })

  it('writes files the parser reads back with the same counts', () => {
    for (const f of files) {
      const back = parsePabulib(writePabulib(f.instance))
      expect(back.projects.map((p) => [p.id, p.fields.votes, p.fields.name])).toEqual(
        f.instance.projects.map((p) => [p.id, p.fields.votes, p.fields.name]),
      )
      expect(back.votes.length).toBe(Number(metaValue(back, 'num_votes')))
    }
  })

  it('splits a district by ballot group, each with its allocation', () => {
    const group = (id: string, code: string, min: number, allocation: number | null) =>
      ({
        id,
        code,
        name_kk: code,
        name_ru: code,
        name_en: code,
        min_flats: min,
        max_flats: null,
        allocation,
      }) as BallotGroup
    const small = group('g1', 'small', 1, 20_000_000)
    const large = group('g2', 'large', 101, null)
    const grouped = ballotFiles(
      createData(
        new Map([
          ['a1', large],
          ['a2', small],
          ['a3', small],
          ['b1', small],
        ]),
      ),
    )
    expect(grouped.map((f) => [f.district.id, f.group?.code, f.instance.budget])).toEqual([
      ['d-medeu', 'small', 20_000_000],
      ['d-medeu', 'large', 500_000_000],
      ['d-auezov', 'small', 20_000_000],
    ])
    expect(metaValue(grouped[1]!.instance, 'subunit')).toBe('large')
    expect(grouped[1]!.instance.votes.map((v) => v.voterId)).toEqual(['1', '2', '4', '5'])
  })

  it('makes no file for a district without ballot proposals', () => {
    const data = createData()
    expect(ballotFiles({ ...data, proposals: data.proposals.slice(0, 5) })).toHaveLength(1)
  })
})
