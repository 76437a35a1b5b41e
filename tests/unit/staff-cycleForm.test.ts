import { describe, expect, it } from 'vitest'
import { CYCLE_PHASES } from '../../src/api/types'
import {
  allocationTotal,
  cycleFormErrors,
  defaultPhaseDates,
  emptyCycleForm,
  emptyGroup,
  field,
  fieldOfRefusal,
  isCycleForm,
  newCycleOf,
  shareEqually,
  withYear,
  type CycleForm,
  type GroupRow,
} from '../../src/features/staff/cycleFormRules'
import { deepFreeze } from './deepFreeze'

const DISTRICTS = deepFreeze(['almaty-almaly', 'almaty-medeu', 'almaty-turksib'])

/** A complete form that may be sent. */
function createForm(patch: Partial<CycleForm> = {}): CycleForm {
  return deepFreeze({
    ...emptyCycleForm('almaty', 2027),
    title_kk: 'Алматы қатысу бюджеті, 2027',
    title_ru: 'Бюджет участия Алматы, 2027',
    title_en: 'Almaty participatory budget, 2027',
    costCap: '150 000 000',
    allocations: { 'almaty-almaly': '800 000 000', 'almaty-medeu': '750000000' },
    ...patch,
  })
}

function createGroup(key: string, patch: Partial<GroupRow> = {}): GroupRow {
  return {
    ...emptyGroup(key),
    code: `g${key}`,
    name_kk: 'Аулалар',
    name_ru: 'Дворы',
    name_en: 'Yards',
    minFlats: '1',
    maxFlats: '40',
    ...patch,
  }
}

describe('a new cycle form', () => {
  it('starts from the city and year: suggested id, division date and phase dates', () => {
    const form = emptyCycleForm('astana', 2027)
    expect(form).toMatchObject({ id: 'astana-2027', idEdited: false, divisionDate: '2027-01-01' })
    expect(form.phases.planning).toEqual({ starts: '2027-02-01', ends: '2027-03-31' })
    expect(form.phases.closed).toEqual({ starts: '2029-03-01', ends: '2029-12-31' })
    expect(cycleFormErrors(createForm(), DISTRICTS)).toEqual({})
  })

  it('prefills phases that follow one another, with the leap day where there is one', () => {
    const phases = defaultPhaseDates('2026')
    expect(phases.reporting.ends).toBe('2028-02-29')
    expect(defaultPhaseDates('2027').reporting.ends).toBe('2029-02-28')
    for (let i = 1; i < CYCLE_PHASES.length; i++) {
      const previous = phases[CYCLE_PHASES[i - 1]!]
      const current = phases[CYCLE_PHASES[i]!]
      expect(current.starts > previous.ends).toBe(true)
      expect(current.ends >= current.starts).toBe(true)
    }
    expect(defaultPhaseDates('20x7').voting).toEqual({ starts: '', ends: '' })
  })

  it('follows a new year where the admin kept the suggestions, and keeps what they typed', () => {
    const moved = withYear(createForm(), 'almaty', '2028')
    expect(moved).toMatchObject({ year: '2028', id: 'almaty-2028', divisionDate: '2028-01-01' })
    expect(moved.phases.voting.starts).toBe('2028-11-01')
    const edited = createForm({
      id: 'almaty-pilot',
      idEdited: true,
      divisionDate: '2026-06-01',
      phases: {
        ...defaultPhaseDates('2027'),
        voting: { starts: '2027-11-02', ends: '2027-12-15' },
      },
    })
    const kept = withYear(edited, 'almaty', '2028')
    expect(kept).toMatchObject({ id: 'almaty-pilot', divisionDate: '2026-06-01' })
    expect(kept.phases).toBe(edited.phases)
  })

  it('shares a total equally to the tenge, the rest one tenge each to the first districts', () => {
    expect(shareEqually(1_000_000_000, DISTRICTS)).toEqual({
      'almaty-almaly': 333_333_334,
      'almaty-medeu': 333_333_333,
      'almaty-turksib': 333_333_333,
    })
    const shares = shareEqually(2_400_000_001, DISTRICTS)
    expect(Object.values(shares).reduce((a, b) => a + b, 0)).toBe(2_400_000_001)
    expect(shareEqually(0, DISTRICTS)).toEqual({})
    expect(shareEqually(100, [])).toEqual({})
  })

  it('totals the allocations exactly, leaving out empty districts and unknown ones', () => {
    const form = createForm({
      allocations: {
        'almaty-almaly': '800 000 001',
        'almaty-medeu': '',
        'astana-esil': '5 000 000',
      },
    })
    expect(allocationTotal(form, DISTRICTS)).toBe(800_000_001)
    expect(newCycleOf(form, 'almaty', DISTRICTS).allocations).toEqual({
      'almaty-almaly': 800_000_001,
    })
  })

  it('names each problem with the key the database raises, first field first', () => {
    const errors = cycleFormErrors(
      createForm({
        year: '2014',
        id: 'Almaty 2027',
        title_ru: '  ',
        costCap: '0',
        votesPerVoter: '0',
        divisionDate: '',
        allocations: { 'almaty-medeu': '-5 000 000' },
      }),
      DISTRICTS,
    )
    expect(errors).toEqual({
      year: 'cycle_year_invalid',
      id: 'cycle_id_invalid',
      title_ru: 'cycle_title_required',
      costCap: 'cost_cap_invalid',
      votesPerVoter: 'votes_per_voter_invalid',
      divisionDate: 'division_date_required',
      [field.allocation('almaty-medeu')]: 'allocation_invalid',
    })
    expect(Object.keys(errors)[0]).toBe('year')
  })

  it('wants at least one allocation, in whole tenge', () => {
    expect(cycleFormErrors(createForm({ allocations: {} }), DISTRICTS)).toEqual({
      allocations: 'allocations_required',
    })
    expect(
      cycleFormErrors(createForm({ allocations: { 'almaty-medeu': '1 000,50' } }), DISTRICTS),
    ).toEqual({ [field.allocation('almaty-medeu')]: 'allocation_invalid' })
    expect(cycleFormErrors(createForm({ costCap: '' }), DISTRICTS)).toEqual({})
  })

  it('refuses an id of a cycle that exists', () => {
    expect(cycleFormErrors(createForm(), DISTRICTS, ['almaty-2027'])).toEqual({
      id: 'cycle_id_taken',
    })
  })

  it('wants phases in order, each ending on or after its start', () => {
    const phases = {
      ...defaultPhaseDates('2027'),
      submission: { starts: '2027-03-15', ends: '2027-06-30' },
      review: { starts: '2027-07-01', ends: '2027-06-30' },
      voting: { starts: '', ends: '2027-12-15' },
      selection: { starts: '', ends: '' },
    }
    expect(cycleFormErrors(createForm({ phases }), DISTRICTS)).toEqual({
      [field.phaseStarts('submission')]: 'phase_dates_out_of_order',
      [field.phaseEnds('review')]: 'phase_ends_before_start',
      [field.phaseStarts('voting')]: 'phase_date_required',
    })
    const touching = {
      ...defaultPhaseDates('2027'),
      submission: { starts: '2027-03-31', ends: '2027-06-30' },
    }
    expect(cycleFormErrors(createForm({ phases: touching }), DISTRICTS)).toEqual({})
  })

  it('checks ballot groups: codes, names, flat ranges that do not overlap, allocations', () => {
    const groups = [
      createGroup('1'),
      createGroup('2', { code: 'g1', minFlats: '41', maxFlats: '' }),
      createGroup('3', { code: 'g3', minFlats: '30', maxFlats: '50' }),
      createGroup('4', { code: 'Big', name_en: ' ', minFlats: '0', allocation: 'lots' }),
      createGroup('5', { code: 'g5', minFlats: '10', maxFlats: '5' }),
    ]
    expect(cycleFormErrors(createForm({ groups }), DISTRICTS)).toEqual({
      [field.group('2', 'code')]: 'ballot_group_code_taken',
      [field.group('3', 'minFlats')]: 'ballot_groups_overlap',
      [field.group('4', 'code')]: 'ballot_group_code_invalid',
      [field.group('4', 'names')]: 'ballot_group_name_required',
      [field.group('4', 'minFlats')]: 'ballot_group_flats_invalid',
      [field.group('4', 'allocation')]: 'allocation_invalid',
      [field.group('5', 'maxFlats')]: 'ballot_group_flats_invalid',
      // Each group has its own share of the district's money.
      [field.group('1', 'allocation')]: 'ballot_group_allocation_required',
      [field.group('2', 'allocation')]: 'ballot_group_allocation_required',
      [field.group('3', 'allocation')]: 'ballot_group_allocation_required',
      [field.group('5', 'allocation')]: 'ballot_group_allocation_required',
    })
  })

  it('keeps the ballot groups within the smallest district, the amounts within a trillion', () => {
    const groups = (small: string, big: string) => [
      createGroup('1', { allocation: small }),
      createGroup('2', { code: 'big', minFlats: '41', maxFlats: '', allocation: big }),
    ]
    // Medeu has 750 000 000 of the two.
    expect(
      cycleFormErrors(createForm({ groups: groups('700 000 000', '50 000 000') }), DISTRICTS),
    ).toEqual({})
    expect(
      cycleFormErrors(createForm({ groups: groups('700 000 000', '50 000 001') }), DISTRICTS),
    ).toEqual({ [field.group('2', 'allocation')]: 'ballot_groups_exceed_district' })
    expect(cycleFormErrors(createForm({ costCap: '1 000 000 000 001' }), DISTRICTS).costCap).toBe(
      'cost_cap_invalid',
    )
  })

  it('declares a selection rule and keeps dates near the year', () => {
    expect(createForm().selectionRule).toBe('greedy')
    expect(
      newCycleOf(createForm({ selectionRule: 'mes' }), 'almaty', DISTRICTS).selection_rule,
    ).toBe('mes')
    expect(cycleFormErrors(createForm({ divisionDate: '2016-12-31' }), DISTRICTS)).toEqual({
      divisionDate: 'division_date_out_of_range',
    })
    const phases = defaultPhaseDates('2027')
    expect(
      cycleFormErrors(
        createForm({ phases: { ...phases, closed: { starts: '2037-01-01', ends: '2038-01-01' } } }),
        DISTRICTS,
      ),
    ).toEqual({ [field.phaseEnds('closed')]: 'phase_date_out_of_range' })
    expect(
      cycleFormErrors(
        createForm({
          phases: { ...phases, planning: { starts: '2024-12-31', ends: '2025-01-31' } },
        }),
        DISTRICTS,
      ),
    ).toEqual({ [field.phaseStarts('planning')]: 'phase_date_out_of_range' })
  })

  it('sends trimmed text, whole tenge and the phases given, in the order they run', () => {
    const form = createForm({
      title_en: '  Almaty 2027  ',
      costCap: '',
      votesPerVoter: '5',
      votesChangeable: false,
      groups: [
        createGroup('1', { allocation: '20 000 000' }),
        createGroup('2', { code: 'big', minFlats: '41', maxFlats: '', allocation: '' }),
      ],
      phases: { ...defaultPhaseDates('2027'), closed: { starts: '', ends: '' } },
    })
    const cycle = newCycleOf(form, 'almaty', DISTRICTS)
    expect(cycle).toMatchObject({
      id: 'almaty-2027',
      city_id: 'almaty',
      year: 2027,
      title_en: 'Almaty 2027',
      project_cost_cap: null,
      votes_per_voter: 5,
      votes_changeable: false,
      residents_only: true,
      division_date: '2027-01-01',
      allocations: { 'almaty-almaly': 800_000_000, 'almaty-medeu': 750_000_000 },
    })
    expect(cycle.phase_dates.map((p) => p.phase)).toEqual(CYCLE_PHASES.slice(0, 7))
    expect(cycle.ballot_groups).toEqual([
      {
        code: 'g1',
        name_kk: 'Аулалар',
        name_ru: 'Дворы',
        name_en: 'Yards',
        min_flats: 1,
        max_flats: 40,
        allocation: 20_000_000,
      },
      {
        code: 'big',
        name_kk: 'Аулалар',
        name_ru: 'Дворы',
        name_en: 'Yards',
        min_flats: 41,
        max_flats: null,
        allocation: null,
      },
    ])
  })

  it('places a refusal of the database next to its field', () => {
    expect(fieldOfRefusal('cycle_id_taken', 'almaty-2027')).toBe('id')
    expect(fieldOfRefusal('district_not_in_cycle_city', 'almaty-medeu')).toBe(
      field.allocation('almaty-medeu'),
    )
    expect(fieldOfRefusal('forbidden', '')).toBeNull()
  })

  it('restores only a draft of the same shape', () => {
    const form = createForm({ groups: [createGroup('1')] })
    expect(isCycleForm(JSON.parse(JSON.stringify(form)))).toBe(true)
    expect(isCycleForm({ ...form, phases: {} })).toBe(false)
    expect(isCycleForm({ ...form, groups: [{ key: '1' }] })).toBe(false)
    expect(isCycleForm(null)).toBe(false)
  })
})
