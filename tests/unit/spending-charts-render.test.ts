// The spending charts drawn to static SVG: snapshots in two languages, accessible names, and
// table alternatives holding exactly the figures of the shaped data.
import { createElement } from 'react'
import { describe, expect, it } from 'vitest'
import type { Language } from '../../src/api/types'
import { CategoryBreakdown } from '../../src/features/spending/charts/CategoryBreakdown'
import { categoryBreakdownData } from '../../src/features/spending/charts/categoryBreakdownData'
import { CycleComparison } from '../../src/features/spending/charts/CycleComparison'
import { cycleComparisonData } from '../../src/features/spending/charts/cycleComparisonData'
import { MoneyByDistrict } from '../../src/features/spending/charts/MoneyByDistrict'
import { moneyByDistrictData } from '../../src/features/spending/charts/moneyByDistrictData'
import { MONEY_MEASURES } from '../../src/features/spending/charts/moneyMeasures'
import { PaymentsOverTime } from '../../src/features/spending/charts/PaymentsOverTime'
import { paymentsOverTimeData } from '../../src/features/spending/charts/paymentsOverTimeData'
import { ProgressDistribution } from '../../src/features/spending/charts/ProgressDistribution'
import { progressDistributionData } from '../../src/features/spending/charts/progressDistributionData'
import {
  createCategories,
  createCategoryProjects,
  createCycleTotals,
  createDistricts,
  createPayments,
  createProject,
  parseWhole,
  renderChart,
  tableCells,
} from './spending-charts-fixtures'

const progressProjects = [
  ...[0, 10, 24, 25, 60, 99, 100].map((progress, i) =>
    createProject(`p${i}`, { progress, approved: 1, paid: 0 }),
  ),
  createProject('c', { progress: 30, status: 'cancelled', approved: 1, paid: 0 }),
]

function money(lang: Language) {
  return renderChart(createElement(MoneyByDistrict, { districts: createDistricts(), lang }), lang)
}
function categories(lang: Language) {
  return renderChart(
    createElement(CategoryBreakdown, {
      projects: createCategoryProjects(),
      categories: createCategories(),
      lang,
    }),
    lang,
  )
}
function progress(lang: Language) {
  return renderChart(
    createElement(ProgressDistribution, { projects: progressProjects, lang }),
    lang,
  )
}
function payments(lang: Language) {
  return renderChart(
    createElement(PaymentsOverTime, { payments: createPayments(), approved: 300_000_000, lang }),
    lang,
  )
}
function cycles(lang: Language) {
  return renderChart(
    createElement(CycleComparison, { cycles: createCycleTotals(), lang, title: 'Medeu' }),
    lang,
  )
}

const charts = { money, categories, progress, payments, cycles }

/** Numbers of the table's body and footer rows (the header row dropped). */
function tableNumbers(html: string): (number | null)[][] {
  return tableCells(html)
    .slice(1)
    .map((row) => row.slice(1).map(parseWhole))
}

describe('spending chart snapshots', () => {
  for (const lang of ['en', 'ru'] as const) {
    for (const [name, render] of Object.entries(charts)) {
      it(`${name} (${lang})`, () => {
        expect(render(lang)).toMatchSnapshot()
      })
    }
  }
})

describe('every spending chart', () => {
  for (const [name, render] of Object.entries(charts)) {
    it(`${name}: a titled figure, an SVG image with a summary and a table alternative`, () => {
      const html = render('en')
      expect(html).toMatch(/^<figure class="chart [a-z-]+"><figcaption class="chart-title">/)
      expect(html).toMatch(/<svg [^>]*role="img" aria-label="[^"]{20,}"/)
      expect(html).toContain('<details class="chart-details"><summary>Show as a table</summary>')
      expect(html).toMatch(/<table class="chart-table"><caption>[^<]+<\/caption>/)
      expect(html).toContain('<th scope="col">')
      expect(html).toContain('<th scope="row">')
    })
  }

  it('says so instead of drawing an empty chart', () => {
    const empty = [
      createElement(MoneyByDistrict, { districts: [], lang: 'en' }),
      createElement(CategoryBreakdown, {
        projects: [],
        categories: createCategories(),
        lang: 'en',
      }),
      createElement(ProgressDistribution, { projects: [], lang: 'en' }),
      createElement(PaymentsOverTime, { payments: [], approved: 5, lang: 'en' }),
      createElement(CycleComparison, { cycles: [], lang: 'en' }),
    ]
    for (const element of empty) {
      const html = renderChart(element, 'en')
      expect(html).toContain('<p class="chart-empty">No data yet.</p>')
      expect(html).not.toContain('<svg')
      expect(html).not.toContain('<table')
    }
    expect(
      renderChart(createElement(MoneyByDistrict, { districts: [], lang: 'ru' }), 'ru'),
    ).toContain('Данных пока нет.')
  })
})

/** Short amounts keep their unit on the line: "500 mln ₸" is written with no-break spaces. */
const nbsp = (s: string) => s.replace(/(\d|mln|млн) (?=mln|млн|₸)/g, '$1\u00a0')

describe('summaries', () => {
  it('name each district and its money in words', () => {
    expect(money('en')).toContain(
      nbsp(
        'aria-label="Medeu: allocated 500 mln ₸, approved 487 mln ₸, under contract 470 mln ₸, paid 431 mln ₸; Bostandyk:',
      ),
    )
    expect(money('ru')).toContain(
      nbsp(
        'aria-label="Медеуский район: выделено 500 млн ₸, утверждено 487 млн ₸, по договорам 470 млн ₸, оплачено 431 млн ₸;',
      ),
    )
  })

  it('count cancelled projects in a line of their own', () => {
    expect(progress('en')).toContain(
      '<p class="chart-note">Cancelled projects, not counted above: 1</p>',
    )
  })

  it('name the period, the total paid and the total approved', () => {
    expect(payments('en')).toContain(
      nbsp('aria-label="March 2020 – June 2020: paid in total 153 mln ₸, approved 300 mln ₸"'),
    )
  })
})

describe('table alternatives hold exactly the shaped figures', () => {
  for (const lang of ['en', 'ru', 'kk'] as const) {
    it(`money by district (${lang})`, () => {
      const data = moneyByDistrictData(createDistricts(), lang)
      const rows = tableCells(money(lang)).slice(1)
      expect(rows.map((r) => r[0])).toEqual([...data.rows.map((r) => r.name), expect.any(String)])
      expect(tableNumbers(money(lang))).toEqual([
        ...data.rows.map((r) => MONEY_MEASURES.map((m) => r[m])),
        MONEY_MEASURES.map((m) => data.totals[m]),
      ])
    })
  }

  it('category breakdown', () => {
    const data = categoryBreakdownData(createCategoryProjects(), createCategories(), 'en')
    const html = categories('en')
    expect(tableCells(html).map((r) => r[0])).toEqual([
      'Category',
      'Parks',
      'Roads',
      'Sport',
      'No category',
      'Total',
    ])
    expect(tableNumbers(html)).toEqual([
      ...data.rows.map((r) => [r.projects, r.approved, r.paid]),
      [data.totals.projects, data.totals.approved, data.totals.paid],
    ])
  })

  it('progress distribution', () => {
    const data = progressDistributionData(progressProjects)
    const html = progress('ru')
    expect(tableCells(html).map((r) => r[0])).toEqual([
      'Исполнено',
      '0\u00a0%',
      '1–24\u00a0%',
      '25–49\u00a0%',
      '50–74\u00a0%',
      '75–99\u00a0%',
      '100\u00a0%',
      'Итого',
      'Отменены (не учтены)',
    ])
    expect(tableNumbers(html)).toEqual([
      ...data.bands.map((b) => [b.count]),
      [data.counted],
      [data.cancelled],
    ])
    expect(data.bands.map((b) => b.count)).toEqual([1, 2, 1, 1, 1, 1])
  })

  it('payments over time', () => {
    const data = paymentsOverTimeData(createPayments(), 300_000_000)
    const html = payments('en')
    expect(tableNumbers(html)).toEqual([
      ...data.months.map((m) => [m.paid, m.cumulative]),
      [data.total, null],
      [300_000_000, null],
    ])
    expect(tableCells(html)[2]![0]).toBe('April 2020')
  })

  it('cycle comparison', () => {
    const data = cycleComparisonData(createCycleTotals(), 'en')
    const html = cycles('en')
    expect(tableCells(html).map((r) => r[0])).toEqual([
      'Cycle',
      'Almaty 2020',
      'Almaty 2021',
      'All cycles',
    ])
    expect(tableNumbers(html)).toEqual([
      ...data.groups.map((g) => MONEY_MEASURES.map((m) => g[m])),
      MONEY_MEASURES.map((m) => data.totals[m]),
    ])
  })
})
