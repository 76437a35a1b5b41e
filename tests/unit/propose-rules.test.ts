import { describe, expect, it } from 'vitest'
import { clearDraft, loadDraft, saveDraft } from '../../src/features/propose/draftStore'
import {
  draftErrors,
  EMPTY_FORM,
  parseTenge,
  submissionErrors,
  type ProposalForm,
} from '../../src/features/propose/proposalRules'

const CAP = { project_cost_cap: 15_000_000 }
const GOOD: ProposalForm = {
  title: 'Детская площадка',
  description: 'Новая площадка во дворе дома 12 для детей до 7 лет.',
  categoryId: 'playgrounds',
  cost: '12 500 000',
  point: [71.43, 51.13],
  photoPath: null,
}

describe('parseTenge', () => {
  it('reads whole tenge however the groups are separated', () => {
    for (const typed of [
      '15000000',
      '15 000 000',
      '15\u00a0000\u00a0000',
      '15,000,000',
      '15.000.000',
    ])
      expect(parseTenge(typed)).toBe(15_000_000)
    expect(parseTenge('  ')).toBeNull()
  })

  it('refuses fractions and words', () => {
    for (const typed of ['15,5', '1500.50', '15 млн', 'abc', '-5'])
      expect(parseTenge(typed)).toBeNaN()
  })
})

describe('submissionErrors', () => {
  it('accepts a complete proposal inside the city and under the cap', () => {
    expect(submissionErrors(GOOD, CAP, 'inside')).toEqual({})
  })

  it('names every missing or wrong field with the database’s own key', () => {
    expect(submissionErrors(EMPTY_FORM, CAP, 'unknown')).toEqual({
      title: 'title_too_short',
      description: 'description_too_short',
      category: 'category_required',
      cost: 'cost_required',
      location: 'location_required',
    })
    expect(
      submissionErrors({ ...GOOD, title: 'Парк', cost: '15 000 001' }, CAP, 'outside'),
    ).toEqual({
      title: 'title_too_short',
      cost: 'cost_above_cap',
      location: 'location_outside_city',
    })
    expect(submissionErrors({ ...GOOD, cost: '12,5' }, CAP, 'inside')).toEqual({
      cost: 'cost_not_whole_tenge',
    })
    expect(submissionErrors({ ...GOOD, cost: '0' }, CAP, 'inside')).toEqual({
      cost: 'cost_required',
    })
  })

  it('counts the limits on trimmed text, at the exact boundaries', () => {
    expect(submissionErrors({ ...GOOD, title: '  Парк1  ' }, CAP, 'inside')).toEqual({})
    expect(submissionErrors({ ...GOOD, title: 'x'.repeat(201) }, CAP, 'inside')).toEqual({
      title: 'title_too_long',
    })
    expect(submissionErrors({ ...GOOD, description: 'x'.repeat(19) }, CAP, 'inside')).toEqual({
      description: 'description_too_short',
    })
  })

  it('has no cap where the cycle sets none', () => {
    expect(
      submissionErrors({ ...GOOD, cost: '900000000' }, { project_cost_cap: null }, 'inside'),
    ).toEqual({})
  })
})

describe('draftErrors', () => {
  it('lets an unfinished draft be saved but not a value the database refuses', () => {
    expect(draftErrors(EMPTY_FORM, CAP, 'unknown')).toEqual({})
    expect(draftErrors({ ...EMPTY_FORM, cost: '20 000 000' }, CAP, 'unknown')).toEqual({
      cost: 'cost_above_cap',
    })
    expect(draftErrors({ ...EMPTY_FORM, point: [0, 0] }, CAP, 'outside')).toEqual({
      location: 'location_outside_city',
    })
  })
})

describe('draftStore', () => {
  function memoryStorage(): Storage {
    const data = new Map<string, string>()
    return {
      get length() {
        return data.size
      },
      clear: () => data.clear(),
      getItem: (k) => data.get(k) ?? null,
      key: (i) => [...data.keys()][i] ?? null,
      removeItem: (k) => void data.delete(k),
      setItem: (k, v) => void data.set(k, String(v)),
    }
  }
  const key = { userId: 'u1', cycleId: 'astana-2026', proposalId: null }

  it('keeps a form per person, cycle and proposal until cleared', () => {
    const storage = memoryStorage()
    expect(loadDraft(key, storage)).toBeNull()
    saveDraft(key, { form: GOOD, proposalId: null }, storage)
    expect(loadDraft(key, storage)).toEqual({ form: GOOD, proposalId: null })
    // Once saved, the entry of a new proposal remembers its id.
    saveDraft(key, { form: GOOD, proposalId: 'p9' }, storage)
    expect(loadDraft(key, storage)?.proposalId).toBe('p9')
    expect(loadDraft({ ...key, userId: 'u2' }, storage)).toBeNull()
    expect(loadDraft({ ...key, proposalId: 'p1' }, storage)).toBeNull()
    clearDraft(key, storage)
    expect(loadDraft(key, storage)).toBeNull()
  })

  it('ignores what is not a form', () => {
    const storage = memoryStorage()
    storage.setItem('qatysu.proposal-draft:u1:astana-2026:new', '{"form": {"title": 5}}')
    expect(loadDraft(key, storage)).toBeNull()
    storage.setItem('qatysu.proposal-draft:u1:astana-2026:new', 'not json')
    expect(loadDraft(key, storage)).toBeNull()
  })
})
