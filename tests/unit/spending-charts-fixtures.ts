// Small hand-made rows for the spending chart tests, frozen so a shaping function that mutates
// its input fails at once; and a renderer that draws a chart to static HTML in one language.
import i18next from 'i18next'
import { createElement, type ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import type {
  Category,
  CyclePayment,
  DistrictSummary,
  Language,
  ProjectMoney,
} from '../../src/api/types'
import type { CycleTotals } from '../../src/features/spending/charts/cycleComparisonData'
import { resources } from '../../src/i18n/index'
import { deepFreeze } from './deepFreeze'

export function createDistrict(
  id: string,
  names: [kk: string, ru: string, en: string],
  money: { allocation: number; approved: number; contracted: number; paid: number },
): DistrictSummary {
  return deepFreeze({
    id,
    code: id,
    kato: '750000000',
    area_km2: 100,
    population: null,
    population_date: null,
    population_source: null,
    population_reliability: null,
    name_kk: names[0],
    name_ru: names[1],
    name_en: names[2],
    proposals: 0,
    votes: 0,
    ...money,
  })
}

export function createDistricts(): DistrictSummary[] {
  return deepFreeze([
    createDistrict('medeu', ['Медеу ауданы', 'Медеуский район', 'Medeu'], {
      allocation: 500_000_000,
      approved: 487_250_001,
      contracted: 470_000_000,
      paid: 431_000_007,
    }),
    createDistrict('bostandyk', ['Бостандық ауданы', 'Бостандыкский район', 'Bostandyk'], {
      allocation: 500_000_000,
      approved: 499_999_999,
      contracted: 0,
      paid: 0,
    }),
    createDistrict('alatau', ['Алатау ауданы', 'Алатауский район', 'Alatau'], {
      allocation: 500_000_000,
      approved: 512_000_000,
      contracted: 512_000_000,
      paid: 530_125_333,
    }),
  ])
}

export function createProject(
  id: string,
  fields: Partial<ProjectMoney> & Pick<ProjectMoney, 'approved' | 'paid'>,
): ProjectMoney {
  return deepFreeze({
    id,
    title: `Project ${id}`,
    district_id: 'medeu',
    category_id: null,
    status: 'in_progress',
    progress: 50,
    contracted: null,
    payments: 0,
    planned_start: null,
    planned_end: null,
    last_update: '2020-06-01T10:00:00+05:00',
    is_demo: true,
    over_budget: false,
    late: false,
    stalled: false,
    ...fields,
  })
}

export function createCategories(): Category[] {
  return deepFreeze([
    { id: 'parks', sort_order: 1, name_kk: 'Саябақтар', name_ru: 'Парки', name_en: 'Parks' },
    { id: 'roads', sort_order: 2, name_kk: 'Жолдар', name_ru: 'Дороги', name_en: 'Roads' },
    { id: 'sport', sort_order: 3, name_kk: 'Спорт', name_ru: 'Спорт', name_en: 'Sport' },
    { id: 'light', sort_order: 4, name_kk: 'Жарық', name_ru: 'Освещение', name_en: 'Lighting' },
  ])
}

export function createCategoryProjects(): ProjectMoney[] {
  return deepFreeze([
    createProject('p1', { category_id: 'roads', approved: 30_000_001, paid: 10_000_000 }),
    createProject('p2', { category_id: 'parks', approved: 120_000_000, paid: 99_999_999 }),
    createProject('p3', { category_id: 'roads', approved: 45_500_000, paid: 45_500_000 }),
    createProject('p4', { category_id: null, approved: 7_000_003, paid: 1 }),
    createProject('p5', { category_id: 'sport', approved: 75_500_001, paid: 0 }),
  ])
}

export function createPayment(id: string, paid_on: string, amount: number): CyclePayment {
  return deepFreeze({
    id,
    project_id: 'p1',
    project_title: 'Project p1',
    district_id: 'medeu',
    amount,
    paid_on,
    document_ref: `doc-${id}`,
    reverses: null,
    reason: null,
    is_demo: true,
  })
}

export function createPayments(): CyclePayment[] {
  return deepFreeze([
    createPayment('a', '2020-05-20', 40_000_001),
    createPayment('b', '2020-03-01', 10_000_000),
    createPayment('c', '2020-03-31', 2_500_000),
    // April has none: the cumulative total carries over.
    createPayment('d', '2020-06-30', 100_000_000),
  ])
}

export function createCycleTotals(): CycleTotals[] {
  const cycle = (id: string, year: number, en: string, ru: string, kk: string) => ({
    id,
    year,
    title_en: en,
    title_ru: ru,
    title_kk: kk,
  })
  return deepFreeze([
    {
      cycle: cycle('c2021', 2021, 'Almaty 2021', 'Алматы 2021', 'Алматы 2021'),
      totals: { allocated: 800_000_000, approved: 790_000_001, contracted: 600_000_000, paid: 0 },
    },
    {
      cycle: cycle('c2020', 2020, 'Almaty 2020', 'Алматы 2020', 'Алматы 2020'),
      totals: {
        allocated: 500_000_000,
        approved: 487_250_001,
        contracted: 470_000_000,
        paid: 431_000_007,
      },
    },
  ])
}

/** Draws an element to static HTML with the charts' texts in `lang`. */
export function renderChart(element: ReactElement, lang: Language): string {
  const i18n = i18next.createInstance()
  void i18n.init({
    resources,
    lng: lang,
    fallbackLng: 'kk',
    initAsync: false,
    interpolation: { escapeValue: false },
  })
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n }, element))
}

/** The cells of a table in rendered HTML, row by row, as text. */
export function tableCells(html: string): string[][] {
  const table = /<table[\s\S]*?<\/table>/.exec(html)?.[0] ?? ''
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) =>
      c[1]!.replace(/<[^>]+>/g, ''),
    ),
  )
}

/** A whole number back out of "431 000 007 ₸", "431,000,007 ₸", "3"; null for an empty cell. */
export function parseWhole(text: string): number | null {
  const digits = text.replace(/[^\d-]/g, '')
  return digits === '' ? null : Number(digits)
}
