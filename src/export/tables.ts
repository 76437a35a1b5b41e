// The data sets as tables: stable snake_case columns, one record per row with its geometry (for
// GeoJSON; null where a row has none). Money columns end in `_kzt` and hold integer tenge as the
// API gives it. District and category names come in kk, ru and en. Pure: API payloads in.
import type { Geometry } from 'geojson'
import type {
  Category,
  CyclePayment,
  DistrictLayer,
  DistrictSummary,
  ProjectLayer,
  ProjectMoney,
  ProposalLayer,
} from '../api/types'
import type { Cell } from './types'

export interface ExportRecord {
  id: string
  properties: Record<string, Cell>
  geometry: Geometry | null
}

export interface ExportTable {
  columns: readonly string[]
  records: ExportRecord[]
}

export const PROPOSAL_COLUMNS = [
  'cycle_id',
  'id',
  'title',
  'status',
  'category_id',
  'category_kk',
  'category_ru',
  'category_en',
  'cost_estimate_kzt',
  'votes',
  'district_id',
  'district_kk',
  'district_ru',
  'district_en',
  'yard_id',
  'lon',
  'lat',
  'is_demo',
] as const

export const PROJECT_COLUMNS = [
  'cycle_id',
  'id',
  'proposal_id',
  'title',
  'status',
  'progress',
  'category_id',
  'category_kk',
  'category_ru',
  'category_en',
  'district_id',
  'district_kk',
  'district_ru',
  'district_en',
  'approved_kzt',
  'contracted_kzt',
  'paid_kzt',
  'payments',
  'planned_start',
  'planned_end',
  'last_update',
  'over_budget',
  'late',
  'stalled',
  'is_demo',
] as const

export const PAYMENT_COLUMNS = [
  'cycle_id',
  'id',
  'project_id',
  'project_title',
  'district_id',
  'district_kk',
  'district_ru',
  'district_en',
  'amount_kzt',
  'paid_on',
  'document_ref',
  'reverses',
  'reason',
  'is_demo',
] as const

export const DISTRICT_COLUMNS = [
  'cycle_id',
  'id',
  'code',
  'kato',
  'name_kk',
  'name_ru',
  'name_en',
  'area_km2',
  'population',
  'population_date',
  'population_source',
  'population_reliability',
  'allocation_kzt',
  'proposals',
  'votes',
  'approved_kzt',
  'contracted_kzt',
  'paid_kzt',
  'is_demo',
] as const

type Named = { name_kk: string; name_ru: string; name_en: string }

function names(prefix: string, found: Named | undefined): Record<string, Cell> {
  return {
    [`${prefix}_kk`]: found?.name_kk ?? null,
    [`${prefix}_ru`]: found?.name_ru ?? null,
    [`${prefix}_en`]: found?.name_en ?? null,
  }
}

const byId = <T extends { id: string }>(items: readonly T[]) =>
  new Map(items.map((item) => [item.id, item]))

export function proposalsTable(
  cycleId: string,
  layer: ProposalLayer,
  categories: readonly Category[],
  districts: readonly DistrictSummary[],
): ExportTable {
  const category = byId(categories)
  const district = byId(districts)
  return {
    columns: PROPOSAL_COLUMNS,
    records: layer.features.map((f) => {
      const p = f.properties
      const [lon, lat] = f.geometry.coordinates
      return {
        id: p.id,
        geometry: f.geometry,
        properties: {
          cycle_id: cycleId,
          id: p.id,
          title: p.title,
          status: p.status,
          category_id: p.category_id,
          ...names('category', p.category_id ? category.get(p.category_id) : undefined),
          cost_estimate_kzt: p.cost_estimate,
          votes: p.votes,
          district_id: p.district_id,
          ...names('district', p.district_id ? district.get(p.district_id) : undefined),
          yard_id: p.yard_id,
          lon: lon ?? null,
          lat: lat ?? null,
          is_demo: p.is_demo,
        },
      }
    }),
  }
}

export function projectsTable(
  cycleId: string,
  money: readonly ProjectMoney[],
  layer: ProjectLayer,
  categories: readonly Category[],
  districts: readonly DistrictSummary[],
): ExportTable {
  const category = byId(categories)
  const district = byId(districts)
  const features = new Map(layer.features.map((f) => [f.properties.id, f]))
  return {
    columns: PROJECT_COLUMNS,
    records: money.map((m) => {
      const feature = features.get(m.id)
      return {
        id: m.id,
        geometry: feature?.geometry ?? null,
        properties: {
          cycle_id: cycleId,
          id: m.id,
          proposal_id: feature?.properties.proposal_id ?? null,
          title: m.title,
          status: m.status,
          progress: m.progress,
          category_id: m.category_id,
          ...names('category', m.category_id ? category.get(m.category_id) : undefined),
          district_id: m.district_id,
          ...names('district', district.get(m.district_id)),
          approved_kzt: m.approved,
          contracted_kzt: m.contracted,
          paid_kzt: m.paid,
          payments: m.payments,
          planned_start: m.planned_start,
          planned_end: m.planned_end,
          last_update: m.last_update,
          over_budget: m.over_budget,
          late: m.late,
          stalled: m.stalled,
          is_demo: m.is_demo,
        },
      }
    }),
  }
}

export function paymentsTable(
  cycleId: string,
  payments: readonly CyclePayment[],
  districts: readonly DistrictSummary[],
): ExportTable {
  const district = byId(districts)
  return {
    columns: PAYMENT_COLUMNS,
    records: payments.map((p) => ({
      id: p.id,
      geometry: null,
      properties: {
        cycle_id: cycleId,
        id: p.id,
        project_id: p.project_id,
        project_title: p.project_title,
        district_id: p.district_id,
        ...names('district', district.get(p.district_id)),
        amount_kzt: p.amount,
        paid_on: p.paid_on,
        document_ref: p.document_ref,
        reverses: p.reverses,
        reason: p.reason,
        is_demo: p.is_demo,
      },
    })),
  }
}

/**
 * District summaries with their boundaries. A district's `is_demo` is true when its figures
 * count invented rows: the cycle is a demo cycle, or one of its proposals or projects is demo.
 */
export function districtsTable(
  cycleId: string,
  cycleIsDemo: boolean,
  layer: DistrictLayer,
  proposals: ProposalLayer,
  money: readonly ProjectMoney[],
): ExportTable {
  const demo = new Set<string>()
  for (const f of proposals.features) {
    if (f.properties.is_demo && f.properties.district_id) demo.add(f.properties.district_id)
  }
  for (const m of money) if (m.is_demo) demo.add(m.district_id)
  return {
    columns: DISTRICT_COLUMNS,
    records: layer.features.map((f) => {
      const d = f.properties
      return {
        id: d.id,
        geometry: f.geometry,
        properties: {
          cycle_id: cycleId,
          id: d.id,
          code: d.code,
          kato: d.kato,
          name_kk: d.name_kk,
          name_ru: d.name_ru,
          name_en: d.name_en,
          area_km2: d.area_km2,
          population: d.population,
          population_date: d.population_date,
          population_source: d.population_source,
          population_reliability: d.population_reliability,
          allocation_kzt: d.allocation,
          proposals: d.proposals,
          votes: d.votes,
          approved_kzt: d.approved,
          contracted_kzt: d.contracted,
          paid_kzt: d.paid,
          is_demo: cycleIsDemo || demo.has(d.id),
        },
      }
    }),
  }
}

/** The records of one district only. */
export function onlyDistrict(table: ExportTable, districtId: string): ExportTable {
  const key = table.columns.includes('district_id') ? 'district_id' : 'id'
  return { ...table, records: table.records.filter((r) => r.properties[key] === districtId) }
}
