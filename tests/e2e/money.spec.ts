// A journalist follows the money of Almaty 2020: how much of Medeu's allocation was paid, which
// projects are late (also on the map), the table in another order, the data behind it as a CSV,
// the view in Russian, and a print layout without the app's controls.
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import Papa from 'papaparse'
import { BOOT_TIMEOUT } from './support'

const tenge = (text: string | null) => Number((text ?? '').replace(/\D/g, ''))

test('a journalist finds what Medeu was paid, the late projects, and downloads the data', async ({
  page,
}, testInfo) => {
  await page.goto('/?city=almaty&cycle=almaty-2020&lang=en')
  await page.getByRole('button', { name: 'Money', exact: true }).click({ timeout: BOOT_TIMEOUT })
  await expect(page).toHaveURL(/view=money/)
  const view = page.locator('.spending-view')
  await expect(view.locator('.money-title')).toHaveText('Where the money went: Almaty', {
    timeout: BOOT_TIMEOUT,
  })

  // The table's total is the sum of its rows, to the tenge.
  const table = view.locator('.money-table')
  const paidCells = await table.locator('tbody td.col-paid').allTextContents()
  expect(paidCells).toHaveLength(8)
  const totalPaid = tenge(await table.locator('tfoot td.col-paid').textContent())
  expect(totalPaid).toBe(paidCells.reduce((s, c) => s + tenge(c), 0))

  // Sorting by what was paid puts the largest first, and the order is in the address.
  await table
    .getByRole('button', { name: /^Paid\b/ })
    .first()
    .click()
  await expect(page).toHaveURL(/sort=-paid/)
  const sorted = (await table.locator('tbody td.col-paid').allTextContents()).map(tenge)
  expect(sorted).toEqual([...sorted].sort((a, b) => b - a))

  // Medeu: the headline says what was paid and what share of the allocation that is.
  const medeuPaid = tenge(
    await table.locator('tr[data-district="almaty-medeu"] td.col-paid').textContent(),
  )
  await table.getByRole('button', { name: 'Medeu' }).click()
  await expect(view.locator('.money-title')).toHaveText('Where the money went: Medeu')
  await expect(view.locator('.money-title')).toBeInViewport()
  const paid = view.locator('.money-figures [data-measure="paid"]')
  await expect(paid.locator('data')).toHaveAttribute('value', String(medeuPaid))
  await expect(paid).toContainText('of the allocation')
  await page.screenshot({ path: testInfo.outputPath('money-medeu-en.png') })

  // The data behind it: Medeu's projects as CSV; their payments add up to the headline.
  const downloads = view.locator('.downloads')
  await expect(downloads).toContainText('Medeu only.')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    downloads
      .getByRole('button', { name: 'Download Projects, with money and flags as CSV' })
      .click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^qatysu_almaty-2020_projects_.*\.csv$/)
  const text = readFileSync((await download.path())!, 'utf8')
  expect(text.charCodeAt(0)).toBe(0xfeff)
  const csv = Papa.parse<Record<string, string>>(text.slice(1), {
    header: true,
    skipEmptyLines: true,
  })
  expect(csv.errors).toEqual([])
  expect(csv.data.length).toBeGreaterThan(0)
  expect(csv.data.every((r) => r.district_id === 'almaty-medeu')).toBe(true)
  expect(csv.data.reduce((s, r) => s + Number(r.paid_kzt), 0)).toBe(medeuPaid)
  expect(csv.data[0]!.licence).toContain('CC BY 4.0')

  // Late projects of the whole city: listed, each opens its detail, and they make a map layer.
  await view.getByRole('button', { name: 'All of Almaty' }).click()
  const late = view.locator('.flag-group[data-flag="late"]')
  const lateCount = await late.locator('li').count()
  expect(lateCount).toBeGreaterThan(0)
  await expect(late.locator('h4 data')).toHaveAttribute('value', String(lateCount))
  const first = late.locator('li').first()
  const title = (await first.locator('.link-button').textContent())!
  await first.locator('.link-button').click()
  await expect(page.locator('#item-title')).toHaveText(title)
  await late.getByRole('button', { name: 'Show these on the map' }).click()
  await expect(page).toHaveURL(/status=flag%3Alate/)
  await expect(page).not.toHaveURL(/view=money/)
  await expect(page.locator('.filter-count')).toHaveText(new RegExp(`projects: ${lateCount}$`))

  // A stalled span that makes no sense is refused in words; what is typed stays.
  await page.goBack()
  await expect(page).toHaveURL(/view=money/)
  const stalled = view.getByLabel('Stalled after how many days without an update')
  await stalled.fill('0')
  await expect(view.locator('.stalled-days [role="alert"]')).toHaveText(
    'Enter a whole number of days from 1 to 3650.',
  )
  await expect(stalled).toHaveValue('0')
  await stalled.fill('30')
  await expect(page).toHaveURL(/stalled=30/)

  // In Russian, with the same numbers.
  await page.getByRole('button', { name: 'Русский' }).click()
  await expect(view.locator('.money-title')).toHaveText('Куда ушли деньги: Алматы')
  expect(tenge(await table.locator('tfoot td.col-paid').textContent())).toBe(totalPaid)
  await page.screenshot({ path: testInfo.outputPath('money-city-ru.png') })

  // Printing keeps the figures and drops the controls.
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.toolbar')).toBeHidden()
  await expect(view.locator('.downloads')).toBeHidden()
  await expect(table).toBeVisible()
})
