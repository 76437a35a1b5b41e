import { describe, expect, it } from 'vitest'
import type { ProjectLayer, ProposalLayer } from '../../src/api/types'
import {
  DEFAULT_SORT,
  listRows,
  nextSort,
  sortRows,
  type ListRow,
  type RowTexts,
} from '../../src/features/list/listRows'
import { deepFreeze } from './deepFreeze'

function createRow(id: string, r: Partial<ListRow> = {}): ListRow {
  return {
    kind: 'proposal',
    id,
    title: id,
    districtId: 'd1',
    categoryId: 'c1',
    cost: 100,
    votes: 1,
    status: 'on_ballot',
    isDemo: false,
    ...r,
  }
}

const texts: RowTexts = {
  district: (id) => ({ d1: 'Медеу', d2: 'Әуезов', d3: 'Алмалы' })[id ?? ''] ?? '',
  category: (id) => id ?? '',
  status: (row) => row.status,
}
const collator = new Intl.Collator('kk-KZ')
const order = (rows: ListRow[]) => rows.map((r) => r.id)

describe('listRows', () => {
  it('turns proposals and projects into rows; a project gets its proposal category', () => {
    const proposals: ProposalLayer = deepFreeze({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [0, 0] },
          properties: {
            id: 'p',
            title: 'Park',
            status: 'selected',
            category_id: 'green',
            cost_estimate: 7,
            votes: 3,
            district_id: 'd1',
            yard_id: null,
            is_demo: true,
          },
        },
      ],
    })
    const projects: ProjectLayer = deepFreeze({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [0, 0] },
          properties: {
            id: 'x',
            proposal_id: 'p',
            title: 'Park works',
            status: 'in_progress',
            progress: 10,
            approved_budget: 9,
            paid: 1,
            district_id: 'd1',
            category_id: 'green',
            is_demo: false,
          },
        },
      ],
    })
    const rows = listRows(proposals, projects)
    expect(rows).toEqual([
      createRow('p', {
        title: 'Park',
        categoryId: 'green',
        cost: 7,
        votes: 3,
        status: 'selected',
        isDemo: true,
      }),
      createRow('x', {
        kind: 'project',
        title: 'Park works',
        categoryId: 'green',
        cost: 9,
        votes: null,
        status: 'in_progress',
      }),
    ])
  })
})

describe('sortRows', () => {
  const rows = deepFreeze([
    createRow('b', { cost: 300, votes: 2, districtId: 'd1' }),
    createRow('a', { cost: null, votes: 9, districtId: 'd2' }),
    createRow('c', { cost: 200, votes: null, districtId: 'd3' }),
    createRow('d', { cost: 200, votes: 2, districtId: null }),
  ])

  it('sorts numbers either way, missing values last', () => {
    expect(order(sortRows(rows, { key: 'cost', direction: 'ascending' }, texts, collator))).toEqual(
      ['c', 'd', 'b', 'a'],
    )
    expect(
      order(sortRows(rows, { key: 'cost', direction: 'descending' }, texts, collator)),
    ).toEqual(['b', 'c', 'd', 'a'])
    expect(order(sortRows(rows, DEFAULT_SORT, texts, collator))).toEqual(['a', 'b', 'd', 'c'])
  })

  it('sorts by the shown names in the language’s alphabet (Ә after А)', () => {
    expect(
      order(sortRows(rows, { key: 'district', direction: 'ascending' }, texts, collator)),
    ).toEqual(['c', 'a', 'b', 'd'])
    expect(
      order(sortRows(rows, { key: 'title', direction: 'descending' }, texts, collator)),
    ).toEqual(['d', 'c', 'b', 'a'])
  })
})

describe('nextSort', () => {
  it('flips the same column and starts a new one in its natural direction', () => {
    expect(nextSort({ key: 'title', direction: 'ascending' }, 'title')).toEqual({
      key: 'title',
      direction: 'descending',
    })
    expect(nextSort(DEFAULT_SORT, 'cost')).toEqual({ key: 'cost', direction: 'descending' })
    expect(nextSort(DEFAULT_SORT, 'district')).toEqual({ key: 'district', direction: 'ascending' })
  })
})
